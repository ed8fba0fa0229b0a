"""A source note under the title names a writer with a middle dot (a foreign name): it is the byline,
not the article's first paragraph (review round 20, k07)."""
from content.page_parser import parse_page


def test_a_source_note_with_a_foreign_name_is_no_paragraph():
    page = parse_page("# 为完善全球治理提供合作框架\n\n> 爱德华多·雷加拉多《人民日报》（2025年10月04日第 03 版）\n\n"
                      "当前，世界正处在关键节点，多边主义遭受侵蚀，全球治理体系面临挑战。\n\n"
                      "推动落实全球治理倡议，国际社会必须重申对多边主义的承诺。\n", "x.md")
    article = page.articles[0]
    first = article.sections[0].paragraphs[0]
    assert "人民日报" not in first and first.startswith("当前")


def test_a_reprint_note_is_no_paragraph():
    # review round 21: （摘编自《广西日报》，原题为《…》） was stored as the last paragraph and asked about
    page = parse_page("# 做好文旅这篇文章\n\n各地推出特色文旅产品，吸引更多游客。\n\n要练好内功、做优服务、突出特色。\n\n"
                      "（摘编自《广西日报》，原题为《放长眼光做好文旅》）\n", "x.md")
    paragraphs = [t for _, _, t in page.articles[0].iter_paragraphs()]
    assert paragraphs[-1] == "要练好内功、做优服务、突出特色。"
