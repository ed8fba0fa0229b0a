"""Correcting the key terms from the reader: adding one, taking one out, and putting it back (撤销).

    removed = remove_term(lib, article_id, "核心要义")   # stored as the user's correction
    undo_removal(lib, removed)                            # as if it had never been removed

Undo drops the removal, it does not add the term as the user's own: a term the analysis found stays
the analysis's (its kind, its place in the list), and a later analysis may still leave it out."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from content.db_transactions import write_transaction
from content.keyterm_version import KEY_TERMS_VERSION
from content.library import Library
from content.model import BadInput, KeyTerm
from content.term_corrections import in_quotes, term_to_add
from gui.reader_notices import show_for_a_while
from gui.reader_toolbar import UndoNotice


@dataclass(frozen=True)
class RemovedTerm:
    article_id: int
    term: str
    key: KeyTerm | None        # the stored key term as it was
    index: int                 # its place among the article's key terms
    was_added: bool            # the user had added it herself
    version: int | None        # the stored analysis's version, kept on undo


def remove_term(lib: Library, article_id: int, term: str) -> RemovedTerm:
    terms = lib.get_article(article_id).key_terms
    index = next((i for i, k in enumerate(terms) if k.term == term), len(terms))
    removed = RemovedTerm(article_id, term, terms[index] if index < len(terms) else None, index,
                          term in lib.term_corrections(article_id)[0],
                          KEY_TERMS_VERSION if lib.analysis_current(article_id) else None)
    lib.remove_term(article_id, term)
    return removed


def undo_removal(lib: Library, removed: RemovedTerm) -> None:
    """Forget the removal and put the stored key term back where it was."""
    article_id, term = removed.article_id, removed.term
    with write_transaction(lib.db):
        lib.forget_term_correction(article_id, term, "remove")
        if removed.was_added:
            lib.add_term(article_id, term, removed.key.pinyin if removed.key is not None else "")
        elif removed.key is not None and lib.has_analysis(article_id):
            terms = [k for k in lib.get_article(article_id).key_terms if k.term != term]
            terms.insert(min(removed.index, len(terms)), removed.key)
            lib.save_key_terms(article_id, terms, removed.version)


class TermEdits:
    """The reader page's term corrections; says each removal under the toolbar, with 撤销 (Ctrl+Z)."""

    def __init__(self, page):
        self.page = page
        self.removed: list[RemovedTerm] = []   # the terms taken out, the last last: 撤销 puts them back in turn
        self.notice = UndoNotice()
        self.notice.undo_requested.connect(self.undo)
        self.undo_action = QAction(page.tr("撤销"), page)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        page.addAction(self.undo_action)

    def remove(self, term: str) -> None:
        page = self.page
        self.removed.append(remove_term(page.lib, page.article_id, term))
        if page.panel.term is None or page.panel.term.term == term:
            page.panel.hide()  # (the panel of another term stays open)
        self._say_last_removal()
        page.reload_terms()
        page.terms_changed.emit(page.article_id)

    def last_removed(self) -> str | None:
        """The term 撤销 would put back in the open article, if any."""
        index = self._last_index()
        return None if index is None else self.removed[index].term

    def _last_index(self) -> int | None:
        """Where the open article's last removal stands among the removals."""
        return next((i for i in range(len(self.removed) - 1, -1, -1)
                     if self.removed[i].article_id == self.page.article_id), None)

    def undo(self) -> None:
        """The term of the open article taken out last is a key term again, as it was; 撤销 again puts
        back the one before it."""
        page = self.page
        index = self._last_index()
        if index is None:
            self.notice.clear()
            return
        removed = self.removed.pop(index)
        undo_removal(page.lib, removed)
        self._say_last_removal()
        page.reload_terms()
        page.terms_changed.emit(page.article_id)
        show_for_a_while(page.status, page.tr("已恢复重点词%1。").replace("%1", in_quotes(removed.term)))

    def _say_last_removal(self) -> None:
        term = self.last_removed()
        if term is None:
            self.notice.clear()
        else:
            self.notice.say(self.page.tr("已移出%1，文中不再标出。").replace("%1", in_quotes(term)))

    def add(self, text: str) -> None:
        page = self.page
        if page.article_id is None:
            return
        try:
            term = term_to_add(page.article, text)
        except BadInput as refusal:
            message = str(refusal) if text.strip() else page.tr("请先在文中选中要加为重点词的文字。")
            show_for_a_while(page.status, message.replace("关键词", "重点词"))
            return
        page.lib.add_term(page.article_id, term, page.lookups.reading(term))
        self.removed.clear()  # 撤销 would take back an older removal, not this addition: the notice goes
        self.notice.clear()
        page.reload_terms()
        page.terms_changed.emit(page.article_id)
        for index, key in enumerate(page.article.key_terms):
            if key.term == term:
                page.show_term(index)
                break
        show_for_a_while(page.status, page.tr("已把%1加为重点词。").replace("%1", in_quotes(term)))
