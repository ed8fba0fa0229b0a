"""Study packs (.xuepack): chosen articles with their corrected key terms and reviewed questions, in one file.

    >>> from content.library import Library
    >>> from content.model import Page, Article, Section
    >>> import tempfile, pathlib
    >>> src = Library(":memory:")
    >>> ids = src.import_page(Page("p", [Article("标题", sections=[Section(None, ["正文。"])])]), "p", "h").article_ids
    >>> pack = export_pack(src, ids, pathlib.Path(tempfile.mkdtemp()) / "周五.xuepack")
    >>> dst = Library(":memory:")
    >>> import_pack(dst, pack).articles_added, import_pack(dst, pack).articles_added
    (1, 0)

A pack is a zip: manifest.json (format name, version, and the sha256 of every other member),
articles.json and question_sets.json. Import checks everything before writing anything and then
writes in one transaction, so a damaged or foreign file changes nothing, and an article or question
set already present is left alone, so importing the same pack twice changes nothing.

A question set goes in only with all its articles (quiz/pack_contents.py): export adds the articles
a given set asks about, and by default packs only the saved sets the articles cover. Each set entry
also carries "question_articles" (question id -> article key) so that on import every question
points at the article's id on that desktop; packs written before that still import, their
questions then pointing at no article. Imported sets are recorded (PackSets) for 测验 to offer.
"""
from __future__ import annotations

import hashlib
import json
import os
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from content.db_transactions import write_transaction
from content.model import Article, BadInput, Page
from quiz.learning_store import local_now
from quiz.pack_contents import PackContents, PackSets, complete_sets, plan_pack
from quiz.question_sets import QuestionSet, QuestionSetStore

FORMAT_NAME = "xueer-study-pack"
FORMAT_VERSION = 1
SUFFIX = ".xuepack"
MEMBERS = ("articles.json", "question_sets.json")
MAX_MEMBER_BYTES = 200 * 1024 * 1024
DAMAGED = "学习包已损坏（{detail}），没有导入任何内容。请重新拷贝或让组织者重新导出。"
FOREIGN = "“{name}”不是学而的学习包，没有导入任何内容。"


@dataclass
class PackImport:
    articles_added: int
    articles_present: int
    article_ids: list[int]
    sets_added: int
    set_ids: list[int] = field(default_factory=list)      # every set of the pack, new or already here
    question_count: int = 0                                # questions in those sets

    def message(self) -> str:
        """What came in and where to find it, in the words of the menus."""
        text = f"学习包里有 {len(self.article_ids)} 篇文章"
        if self.set_ids:
            text += f"、{len(self.set_ids)} 套题（{self.question_count} 题）"
        text += f"。\n新加入文库 {self.articles_added} 篇文章"
        if self.articles_present:
            text += f"，{self.articles_present} 篇本来就在文库中"
        if self.set_ids and self.sets_added:
            text += f"；新加入 {self.sets_added} 套题"
            text += "。\n\n文章在“文库”里；题目在“测验”页的“学习包里的题”，可以直接做一次测验"
        elif self.set_ids:
            text += "；这些题本来就在本机"
        return text + "。"


def article_key(article: Article) -> str:
    """The article's identity across desktops: its words, not its database id."""
    d = article.to_json()
    raw = json.dumps([d["title"], d["core_points"], d["sections"]], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- export -------------------------------------------------------------------------------------
def pack_contents(lib, article_ids: list[int], question_sets: list[QuestionSet] | None = None) -> PackContents:
    """What export_pack will write: `question_sets` defaults to the saved sets these articles cover;
    the articles a set asks about are added to the chosen ones."""
    if question_sets is None:
        question_sets = complete_sets(QuestionSetStore(lib.db).all(), article_ids)
    return plan_pack(article_ids, question_sets)


def export_pack(lib, article_ids: list[int], out: Path, question_sets: list[QuestionSet] | None = None,
                title: str = "", clock: Callable[[], datetime] = local_now) -> Path:
    """Write the pack (see pack_contents for what goes in)."""
    plan = pack_contents(lib, article_ids, question_sets)
    if not plan.article_ids:
        raise BadInput("请至少选择一篇文章放进学习包。")
    keys, articles = {}, []
    for aid in plan.article_ids:
        try:
            art = lib.get_article(aid)
        except KeyError:
            raise BadInput(f"文库里没有编号为 {aid} 的文章（题目要用到它，可能已被删除）。") from None
        added, removed = lib.term_corrections(aid)
        keys[aid] = article_key(art)
        articles.append({"key": keys[aid], "article": art.to_json(), "analysed": lib.has_analysis(aid),
                         "corrections": {"added": added, "removed": removed}})
    sets = [_set_entry(qs, keys) for qs in plan.question_sets]
    payload = {"articles.json": articles, "question_sets.json": sets}
    # the pack's name on the member's PC (its articles' source, 学习包里的题): the paper's title, if it has one
    title = title or (plan.question_sets[0].title if plan.question_sets else articles[0]["article"]["title"])
    return _write_zip(Path(out), payload, title, clock)


def _set_entry(qs: QuestionSet, keys: dict[int, str]) -> dict:
    by_question = {q["id"]: keys[q["article_id"]] for q in qs.questions if q.get("article_id") in keys}
    return {"title": qs.title, "article_keys": [keys[i] for i in qs.article_ids if i in keys],
            "questions": qs.questions, "question_articles": by_question}


def _write_zip(out: Path, payload: dict, title: str, clock) -> Path:
    blobs = {name: json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8") for name, obj in payload.items()}
    manifest = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "title": title,
                "created_at": clock().isoformat(timespec="seconds"),
                "files": {name: {"sha256": _sha(data), "bytes": len(data)} for name, data in blobs.items()}}
    # A plain temporary name beside the target (not mkstemp, whose 0600 mode would stop others on
    # the shared drive from reading the pack).
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in blobs.items():
                zf.writestr(name, data)
        os.replace(tmp, out)          # a half-written pack never carries the final name
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BadInput(f"无法写入学习包“{out}”：{exc.strerror or exc}") from None
    return out


# ---- import -------------------------------------------------------------------------------------
def read_pack(path: Path) -> tuple[dict, list[dict], list[dict]]:
    """(manifest, articles, question sets) after every check; raises BadInput and writes nothing."""
    path = Path(path)
    if not path.is_file():
        raise BadInput(f"找不到学习包文件：{path}")
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _manifest(zf, path.name)
            blobs = {name: _member(zf, name, manifest) for name in MEMBERS}
    except zipfile.BadZipFile:
        raise BadInput(FOREIGN.format(name=path.name)) from None
    except (OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise BadInput(DAMAGED.format(detail=f"无法读取：{exc}")) from None
    try:
        articles = json.loads(blobs["articles.json"].decode("utf-8"))
        sets = json.loads(blobs["question_sets.json"].decode("utf-8"))
        _check_shapes(articles, sets)
    except (ValueError, TypeError, KeyError, AttributeError):
        raise BadInput(DAMAGED.format(detail="内容格式不对")) from None
    return manifest, articles, sets


def _manifest(zf: zipfile.ZipFile, name: str) -> dict:
    try:
        manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
    except KeyError:
        raise BadInput(FOREIGN.format(name=name)) from None
    except (ValueError, zipfile.BadZipFile):
        raise BadInput(DAMAGED.format(detail="清单无法读取")) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BadInput(FOREIGN.format(name=name))
    if not isinstance(manifest.get("version"), int) or manifest["version"] > FORMAT_VERSION:
        raise BadInput("这个学习包由更新版本的学而导出，请先升级学而再导入。")
    return manifest


def _member(zf: zipfile.ZipFile, name: str, manifest: dict) -> bytes:
    expected = (manifest.get("files") or {}).get(name) or {}
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise BadInput(DAMAGED.format(detail=f"缺少 {name}")) from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise BadInput(DAMAGED.format(detail=f"{name} 大得不正常"))
    try:
        data = zf.read(name)
    except (zipfile.BadZipFile, ValueError) as exc:   # CRC errors and truncated data
        raise BadInput(DAMAGED.format(detail=f"{name} 无法解压：{exc}")) from None
    if _sha(data) != expected.get("sha256"):
        raise BadInput(DAMAGED.format(detail=f"{name} 校验不符"))
    return data


def _check_shapes(articles, sets) -> None:
    if not isinstance(articles, list) or not isinstance(sets, list) or not articles:
        raise ValueError("shape")
    for entry in articles:
        art = Article.from_json(entry["article"])
        if article_key(art) != entry["key"] or not art.sections:
            raise ValueError("article")
        if not all(isinstance(t, str) for part in ("added", "removed") for t in entry["corrections"][part]):
            raise ValueError("corrections")
    for s in sets:
        if not isinstance(s["title"], str) or not isinstance(s["questions"], list):
            raise ValueError("set")
        if not all(isinstance(q, dict) for q in s["questions"]):
            raise ValueError("question")
        by_question = s.get("question_articles", {})              # absent from packs of before
        if not isinstance(by_question, dict) or not all(isinstance(k, str) for k in by_question.values()):
            raise ValueError("question articles")
        QuestionSet(s["title"], [], s["questions"])


def import_pack(lib, path: Path) -> PackImport:
    """Bring the pack's articles and question sets into `lib`, once; nothing changes on any error."""
    manifest, articles, sets = read_pack(path)
    existing = {article_key(art): aid for aid, art in lib.all_articles()}
    store, registry = QuestionSetStore(lib.db), PackSets(lib.db)
    source_name = f"学习包：{manifest.get('title') or Path(path).name}"
    ids, added = {}, 0
    with write_transaction(lib.db):
        for entry in articles:
            key = entry["key"]
            if key in existing:
                ids[key] = existing[key]
            else:
                art = Article.from_json(entry["article"])
                outcome = lib.import_page(Page(source_name, [art]), source_name, f"xuepack:{key}")
                ids[key] = outcome.article_ids[0]
                added += bool(outcome.new_ids)  # the same text under another title is already here
            _apply_corrections(lib, ids[key], entry)
        by_title = {e["article"]["title"]: e["key"] for e in articles}
        imported = [_import_set(store, s, ids, by_title) for s in sets]
        for set_id, new in imported:
            if new:  # a set found here was imported before (already recorded) or made here (not a pack's)
                registry.remember(set_id, source_name)
    return PackImport(added, len(articles) - added, [ids[e["key"]] for e in articles],
                      sum(new for _id, new in imported), [set_id for set_id, _new in imported],
                      sum(len(s["questions"]) for s in sets))


def _apply_corrections(lib, article_id: int, entry: dict) -> None:
    """Only what this desktop lacks, so a second import writes nothing."""
    have_added, have_removed = lib.term_corrections(article_id)
    for term in entry["corrections"]["added"]:
        if term not in have_added:
            lib.add_term(article_id, term)
    for term in entry["corrections"]["removed"]:
        if term not in have_removed:
            lib.remove_term(article_id, term)
    if entry.get("analysed") and not lib.has_analysis(article_id):
        lib.save_key_terms(article_id, Article.from_json(entry["article"]).key_terms, version=None)  # redone here


def _import_set(store: QuestionSetStore, s: dict, ids: dict, by_title: dict[str, str]) -> tuple[int, bool]:
    """(the set's id here, whether it is new). Each question points at this desktop's id of its article:
    by the set's question_articles, else by the article title its source names (a 试卷's questions carry
    only that, and packs of before have no question_articles)."""
    by_question = s.get("question_articles") or {}
    questions = [dict(q, article_id=ids.get(by_question.get(str(q.get("id"))) or by_title.get(_source_title(q))))
                 for q in s["questions"]]   # JSON keys are strings, whatever the question ids were
    qs = QuestionSet(s["title"], [ids[k] for k in s.get("article_keys", []) if k in ids], questions)
    as_packed = QuestionSet(s["title"], [], s["questions"]).content_hash()   # the organiser's own copy
    found = store.find_by_hash(qs.content_hash()) or store.find_by_hash(as_packed)
    if found is not None:
        return found.id, False
    return store.save(qs), True


def _source_title(question: dict) -> str | None:
    source = question.get("source")
    title = source.get("article") if isinstance(source, dict) else None
    return title if isinstance(title, str) else None
