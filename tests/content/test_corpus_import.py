"""Every real article of ../shared/corpus reads and parses into clean articles."""
import re
from pathlib import Path

import pytest

from content.cjk_text import is_terminated
from content.page_parser import build_page
from content.reading import read_document
ARTICLES = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "articles"
FILES = sorted(ARTICLES.glob("*.txt")) + sorted((ARTICLES / "raw").glob("*")) if ARTICLES.is_dir() else []
IDS = [f.name for f in FILES]
MARKUP = re.compile(r"[#*\[\]]|\]\(|https?:|\.jpe?g|\.png")


@pytest.fixture(params=FILES, ids=IDS)
def corpus_page(request, corpus_dir):
    path = request.param
    return build_page(read_document(path), path.name)


def _paragraphs(page):
    return [t for a in page.articles for _, _, t in a.iter_paragraphs()]


def test_at_least_one_article(corpus_page):
    assert corpus_page.articles and corpus_page.warnings == []


def test_titles_are_sensible(corpus_page):
    for article in corpus_page.articles:
        assert 4 <= len(article.title) <= 80, article.title
        assert not MARKUP.search(article.title), article.title
        assert not article.title.endswith(("。", "，", "…")), article.title


def test_no_paragraph_cut_mid_sentence(corpus_page):
    # A "——" line under a title is a subtitle (date and occasion), complete without punctuation.
    cut = [p[-20:] for p in _paragraphs(corpus_page) if not is_terminated(p) and not p.startswith("——")]
    assert cut == []


def test_no_markup_or_debris_in_paragraphs(corpus_page):
    for paragraph in _paragraphs(corpus_page):
        assert not MARKUP.search(paragraph), paragraph[:40]
        assert re.search(r"[\u4e00-\u9fff]", paragraph), paragraph


def test_no_article_warned_as_damaged(corpus_page):
    from content.titles import UNTITLED_NOTE
    damage = [[w for w in a.warnings if w != UNTITLED_NOTE] for a in corpus_page.articles]
    assert damage == [[] for _ in corpus_page.articles]


def test_most_of_the_text_is_kept(corpus_page, corpus_dir):
    source = next(f for f in FILES if f.name == corpus_page.source)
    raw = re.sub(r"\s", "", read_document(source))
    kept = sum(len(re.sub(r"\s", "", p)) for p in _paragraphs(corpus_page))
    assert kept >= 0.85 * len(raw)


def test_gbk_file_reads_like_its_utf8_conversion(corpus_dir):
    gbk = build_page(read_document(corpus_dir / "raw" / "新时代中国特色社会主义_GB18030.txt"))
    utf8 = build_page(read_document(corpus_dir / "11_xinshidai-tese-shehuizhuyi-dawenzhang.txt"))
    assert _paragraphs(gbk) == _paragraphs(utf8)


def test_docx_parses_like_its_text_export(corpus_dir):
    docx = build_page(read_document(corpus_dir / "raw" / "2025年内蒙古自治区政府工作报告.docx"))
    text = build_page(read_document(corpus_dir / "01_nmg-2025-zhengfu-gongzuo-baogao.txt"))
    assert [s.heading for s in docx.articles[0].sections] == [s.heading for s in text.articles[0].sections]
    assert _paragraphs(docx) == _paragraphs(text)


def test_pdf_title_without_site_name(corpus_dir):
    page = build_page(read_document(next((corpus_dir / "raw").glob("*.pdf"))))
    assert page.articles[0].title == "借智博物馆打造“行走的思政课堂”"


def test_front_matter_author_and_bio(corpus_dir):
    art = build_page(read_document(corpus_dir / "06_rmrb-2025-zhang-hui-keji-chanye-ronghe.txt")).articles[0]
    assert art.authors == ["张辉"] and art.author_bio.startswith("（作者为")


def test_unmarked_section_heads_found(corpus_dir):
    art = build_page(read_document(corpus_dir / "05_rmrb-2025-han-qingxiang-wenhua-sixiang.txt")).articles[0]
    assert len([s for s in art.sections if s.heading]) == 6


def test_bold_heads_found(corpus_dir):
    art = build_page(read_document(corpus_dir / "10_wang-xiaohui-2018-dianying-gaige-kaifang-40nian.txt")).articles[0]
    assert len([s for s in art.sections if s.heading]) == 5


def test_run_on_speech_split_into_many_paragraphs(corpus_dir):
    page = build_page(read_document(corpus_dir / "08_xi-2020-zhuti-jiaoyu-zongjie-dahui-jianghua.txt"))
    assert len(_paragraphs(page)) >= 30


def test_photo_captions_removed(corpus_dir):
    page = build_page(read_document(corpus_dir / "07_qiushi-2020-zhengzhi-jingjixue-xinjingjie.txt"))
    text = "".join(_paragraphs(page))
    assert "/摄" not in text and "新华社记者" not in text
    assert any(p.startswith("第三，") for p in _paragraphs(page))


def test_editor_credits_and_images_dropped(corpus_dir):
    page = build_page(read_document(corpus_dir / "09_tian-xiangli-guojia-zhanlue-fudi.txt"))
    assert not any("编辑" in p or "审核" in p for p in _paragraphs(page))
    assert page.articles[0].authors == ["田向利"]


# --- a damaged page made of real articles is repaired ------------------------

def _blocks(article):
    out = []
    for section in article.sections:
        if section.heading:
            out.append("## " + section.heading)
        out.extend(section.paragraphs)
    return out


def _render(article, blocks, orphan=()):
    head = [f"## {article.title}", "□" + " ".join(article.authors)]
    return head + list(blocks) + [article.author_bio] + list(orphan)


def _cut_mid_word(blocks):
    i = next(i for i, b in enumerate(blocks) if not b.startswith("##") and len(b) > 80)
    k = len(blocks[i]) // 2
    return blocks[:i] + [blocks[i][:k], blocks[i][k:]] + blocks[i + 1:]


def _opening_after_bio(blocks):
    """The opening up to the middle of the first section's first paragraph jumps below the bio."""
    j = next(i for i, b in enumerate(blocks) if b.startswith("##")) + 1
    k = len(blocks[j]) // 2
    return [blocks[j][k:]] + blocks[j + 1:], blocks[:j] + [blocks[j][:k]]


def test_damaged_page_built_from_corpus_articles_is_repaired(corpus_dir):
    names = ["04_rmrb-2026-gu-hailiang-gaozhiliang-fazhan.txt", "05_rmrb-2025-han-qingxiang-wenhua-sixiang.txt",
             "06_rmrb-2025-zhang-hui-keji-chanye-ronghe.txt"]
    originals = [build_page(read_document(corpus_dir / n)).articles[0] for n in names]
    body, orphan = _opening_after_bio(_blocks(originals[1]))
    lines = (["理论版"] + _render(originals[0], _cut_mid_word(_blocks(originals[0])))
             + _render(originals[1], body, orphan) + _render(originals[2], _cut_mid_word(_blocks(originals[2]))))
    page = build_page("\n\n".join(lines))
    assert [a.column for a in page.articles] == ["理论版"] * 3
    for original, repaired in zip(originals, page.articles):
        assert (repaired.title, repaired.authors, repaired.author_bio) == \
            (original.title, original.authors, original.author_bio)
        assert _blocks(repaired) == _blocks(original) and repaired.warnings == []


def test_a_licence_footer_is_not_article_text(corpus_dir):
    from content.page_parser import parse_page
    text = (corpus_dir / "02_guowuyuan-2025-zhengfu-gongzuo-baogao.txt").read_text(encoding="utf-8")
    body = "\n".join(a.body_text() for a in parse_page(text, "02").articles)
    assert "公有领域" not in body and "Public domain" not in body
    assert body.rstrip().endswith("不懈奋斗！")


def test_an_untitled_file_with_a_chinese_name_takes_its_name(corpus_dir):
    from content.page_parser import parse_page
    from content.titles import UNTITLED_NOTE
    raw = corpus_dir / "raw" / "新时代中国特色社会主义_GB18030.txt"
    art = parse_page(raw.read_bytes().decode("gb18030"), raw.name).articles[0]
    assert art.title == "新时代中国特色社会主义"
    assert UNTITLED_NOTE in art.warnings


def test_a_titled_article_carries_no_untitled_note(corpus_dir):
    from content.page_parser import parse_page
    from content.titles import UNTITLED_NOTE
    text = (corpus_dir / "03_zhongyang-2018-xiangcun-zhenxing-yijian.txt").read_text(encoding="utf-8")
    art = parse_page(text, "一个中文文件名.txt").articles[0]
    assert art.title == "中共中央 国务院关于实施乡村振兴战略的意见"
    assert UNTITLED_NOTE not in art.warnings
