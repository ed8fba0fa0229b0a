"""Key terms of a made-up article, for tests that state a rule on a sentence or two."""
from content.model import Article, Section


def terms_of(analyzer, paragraphs, title):
    return [k.term for k in analyzer.key_terms(Article(title, sections=[Section(None, paragraphs)]))]


# a paragraph's worth of the stock sentences every study text has, to give a rule's sentence its setting
FILLER = ("各地各部门要把学习成果转化为推动工作的实际成效，坚持问题导向，聚焦重点难点，"
          "以钉钉子精神抓好落实，确保各项部署落地见效。")
