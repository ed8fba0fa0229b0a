"""The house rule: gui → quiz → content; content/ and quiz/ never import Qt."""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def modules_of(package: str) -> list[str]:
    return [".".join(p.relative_to(ROOT).with_suffix("").parts) for p in sorted((ROOT / package).rglob("*.py"))]


def test_content_and_quiz_import_without_qt():
    mods = modules_of("content") + modules_of("quiz")
    code = ("import sys, importlib\n"
            f"for m in {mods!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken')]\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_content_never_imports_quiz_or_gui():
    pattern = re.compile(r"^\s*(from|import)\s+(quiz|gui)\b", re.M)
    offenders = [str(p) for p in (ROOT / "content").rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_quiz_never_imports_gui():
    pattern = re.compile(r"^\s*(from|import)\s+gui\b", re.M)
    offenders = [str(p) for p in (ROOT / "quiz").rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_cli_never_imports_gui_or_qt():
    pattern = re.compile(r"^\s*(from|import)\s+(gui|PySide6)\b", re.M)
    offenders = [str(p) for p in (ROOT / "cli").rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
