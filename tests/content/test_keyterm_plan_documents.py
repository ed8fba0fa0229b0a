"""A quoted plan said with a document's head (“十五五”规划建议) names that document, though the plan is also
said with other heads (“十五五”开局之年): a fresh People's Daily commentary's instructor listed it."""
from __future__ import annotations

from content.analysis import Analyzer
from content.model import Article, Section

BODY = [
    "党的二十届四中全会审议通过“十五五”规划建议，为未来5年发展擘画蓝图。",
    "今年是“十五五”开局之年，党中央已经作出全面部署，各地区各部门要抓好贯彻落实。",
    "新征程上，我们要坚定信心、保持定力，一步一个脚印把宏伟蓝图变为美好现实。",
]


def test_the_plan_document_is_a_term():
    terms = [t.term for t in Analyzer(None).key_terms(Article("继续回答好延安“窑洞之问”", sections=[Section(None, BODY)]))]
    assert "“十五五”规划建议" in terms


def test_a_quoted_word_with_a_head_it_rarely_has_is_still_no_name():
    """“押注”-like stress and heads said once of several uses keep the old rule: 70% of the uses."""
    body = ["我们要打造“智慧”平台，建设“智慧”城市，发展“智慧”农业，让群众享受“智慧”生活。",
            "各地要结合实际，因地制宜推进工作，确保各项任务落地见效。"]
    terms = [t.term for t in Analyzer(None).key_terms(Article("建设智慧城市", sections=[Section(None, body)]))]
    assert "“智慧”平台" not in terms
