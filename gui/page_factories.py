"""The study and group screens of the main window, built the first time they are shown.

Each entry is (key, title, shortcut, factory); a factory takes the main window and returns the
page. Their modules load quiz/ (scheduling, question generation), which the first window does not
need, so they are imported here, inside the factories.
"""
from __future__ import annotations

import traceback


def page_failed_message(exc: BaseException) -> str:
    """What the user reads when a page cannot be built: what to do, and the error for a bug report."""
    detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return ("这个页面没有打开，出了一个程序错误。已有的文章和学习记录都没有受影响。\n"
            "可以再点一次试试；如果还是打不开，请把下面这段文字发给维护人员：\n\n" + detail)


def review_page(window):
    from gui.review_page import ReviewPage
    return ReviewPage(window.learning_store(), window.lib)


def practice_page(window):
    from gui.practice_page import PracticePage
    return PracticePage(window.learning_store(), window.lib)


def exam_page(window):
    from gui.exam_page import ExamPage
    return ExamPage(window.learning_store(), window.lib, messages=window.messages)


def wrong_book_page(window):
    from gui.wrong_book_page import WrongBookPage
    return WrongBookPage(window.learning_store(), window.lib, messages=window.messages)


def progress_page(window):
    from gui.progress_page import ProgressPage
    return ProgressPage(window.learning_store(), window.lib)


def contest_page(window):
    from gui.contest_page import ContestPage
    return ContestPage(window.lib, messages=window.messages)


STUDY_PAGES = (
    ("review", "复习", "Ctrl+3", review_page),
    ("practice", "练习", "Ctrl+4", practice_page),
    ("exam", "测验", "Ctrl+5", exam_page),
    ("wrong_book", "错题本", "Ctrl+6", wrong_book_page),
    ("progress", "进度", "Ctrl+7", progress_page),
    ("contest", "竞赛", "Ctrl+8", contest_page),
)
