"""A small mixed question set in DESIGN.md's JSON format, for paper, pack and contest tests."""
from __future__ import annotations

SRC = {"article": "以新质生产力推动高质量发展", "section": 1, "paragraph": 0, "start": 0, "end": 30}


def q(qid, qtype, stem, options, answer, sentence, difficulty=0.5):
    return {"id": qid, "type": qtype, "stem": stem, "options": options, "answer": answer,
            "explanation": sentence, "difficulty": difficulty, "source": {**SRC, "sentence": sentence}}


def mixed_questions() -> list[dict]:
    return [
        q("s1", "single_choice", "发展新质生产力的关键在于（  ）。", ["科技创新", "扩大投资", "增加出口", "降低成本"],
          ["科技创新"], "发展新质生产力，关键在于科技创新。", 0.3),
        q("s2", "single_choice", "高质量发展是新时代的（  ）。", ["硬道理", "总任务", "软实力", "新要求"],
          ["硬道理"], "高质量发展是新时代的硬道理。", 0.4),
        q("m1", "multiple_choice", "新发展理念包括（  ）。", ["创新", "协调", "绿色", "开放", "速度"],
          ["创新", "协调", "绿色", "开放"], "创新、协调、绿色、开放、共享的新发展理念。", 0.6),
        q("t1", "true_false", "因地制宜发展新质生产力。", [], [True], "要因地制宜发展新质生产力。", 0.2),
        q("t2", "true_false", "新质生产力以劳动密集为特点。", [], [False], "新质生产力以创新为主导。", 0.5),
        q("f1", "fill_blank", "坚持（  ）、目标导向、结果导向相统一。", [], ["问题导向"],
          "坚持问题导向、目标导向、结果导向相统一。", 0.5),
        q("f2", "fill_blank", "把（  ）作为第一动力，把（  ）作为第一资源。", [], ["创新", "人才"],
          "把创新作为第一动力，把人才作为第一资源。", 0.7),
        q("o1", "ordering", "请按原文顺序排列下列举措：", ["完善制度", "强化人才", "突破技术"],
          ["突破技术", "强化人才", "完善制度"], "一是突破技术，二是强化人才，三是完善制度。", 0.8),
        q("p1", "matching", "请把概念与其含义配对：", ["创新起主导作用", "经济发展的根本目的"],
          [["新质生产力", "创新起主导作用"], ["以人民为中心", "经济发展的根本目的"]],
          "新质生产力是创新起主导作用的先进生产力。", 0.7),
    ]
