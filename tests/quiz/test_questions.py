from quiz.questions import Question, QuestionType, Source


def make(qtype=QuestionType.FILL_BLANK, answer=("问题导向",)):
    return Question(qtype, "坚持（  ）相统一。", [], list(answer), "坚持【问题导向】相统一。", 0.4,
                    Source("标题", 1, 2, 10, 20, "坚持问题导向相统一。"))


def test_json_has_exactly_the_contract_fields():
    d = make().to_json()
    assert set(d) == {"id", "type", "stem", "options", "answer", "explanation", "difficulty", "source"}
    assert set(d["source"]) == {"article", "section", "paragraph", "start", "end", "sentence"}
    assert d["type"] == "fill_blank" and d["answer"] == ["问题导向"] and d["source"]["paragraph"] == 2


def test_id_is_stable_and_depends_on_content():
    assert make().id == make().id
    assert make().id != make(answer=("目标导向",)).id


def test_type_labels_are_chinese():
    assert QuestionType.MULTIPLE_CHOICE.label == "多选题"
