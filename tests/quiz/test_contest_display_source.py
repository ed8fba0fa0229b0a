"""The audience screen after 揭晓 and long article titles (ux report 6 #6)."""
from quiz.contest import ContestRules
from quiz.contest_display import audience_view, short_title
from tests.quiz.contest_fixtures import make_contest

LONG_TITLE = "深入把握习近平文化思想的核心要义及其内在逻辑（深入学习贯彻习近平新时代中国特色社会主义思想）"


def contest_on(question: dict):
    c = make_contest(rules=ContestRules(required_per_team=1, buzzer_questions=0, risk_per_team=0))
    c.next()
    c.question = {**c.question, **question}
    return c


def test_a_trailing_series_tag_is_dropped_from_a_title():
    assert short_title("把握文化主体性（深入学习贯彻习近平新时代中国特色社会主义思想）") == "把握文化主体性"


def test_a_long_title_is_cut_with_an_ellipsis():
    title = short_title(LONG_TITLE)
    assert title.endswith("…") and len(title) <= 18 and title.startswith("深入把握习近平文化思想")


def test_a_short_title_is_kept_whole():
    assert short_title("织密六张网") == "织密六张网"


def test_the_stem_quotes_the_short_title():
    c = contest_on({"type": "multiple_choice", "stem": f"《{LONG_TITLE}》中写道：“……（ ）……”括号处提到的有哪些？",
                    "source": {"article": LONG_TITLE}})
    stem = audience_view(c).stem
    assert "《深入把握习近平文化思想的核心要义…》中写道" in stem and "深入学习贯彻" not in stem


def test_the_source_line_names_the_short_title():
    c = contest_on({"source": {"article": LONG_TITLE}})
    c.reveal()
    assert audience_view(c).source_title == short_title(LONG_TITLE)


def blank_question() -> dict:
    return {"type": "fill_blank", "stem": "要把（ ）作为第一动力。", "answer": ["创新"], "options": [],
            "explanation": "要把【创新】作为第一动力。"}


def test_a_revealed_blank_stem_becomes_its_source_with_the_answer_marked():
    c = contest_on(blank_question())
    c.reveal()
    view = audience_view(c)
    assert view.marked_stem == [("要把", False), ("创新", True), ("作为第一动力。", False)]


def test_the_source_of_a_blank_stem_is_not_shown_twice():
    c = contest_on(blank_question())
    c.reveal()
    view = audience_view(c)
    assert not view.stem and not view.explanation


def test_a_stem_not_found_in_its_source_keeps_the_source_line():
    c = contest_on({**blank_question(), "stem": "下列哪一项被作为第一动力（ ）？"})
    c.reveal()
    view = audience_view(c)
    assert view.stem and ("创新", True) in view.explanation and not view.marked_stem


def test_the_blank_stays_while_the_question_is_asked():
    view = audience_view(contest_on(blank_question()))
    assert "（" in view.stem and not view.marked_stem
