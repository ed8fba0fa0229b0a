"""复习: today's flashcards. Space shows the answer, 1–4 rate it; the buttons show the next intervals."""
from __future__ import annotations

import html
import math
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from gui.study_page import StudyPage
from gui.study_widgets import big_button, label, marked_html, scrolling_card
from gui.fonts import pinyin_css_families
from gui.theme import MUTED
from quiz.cards import build_cards
from quiz.learning_store import LearningStore, StoredCard, from_iso, to_iso
from quiz.profiles import Profiles
from quiz.questions import BLANK
from quiz.review_queue import WRONG_ANSWER_KIND, ReviewQueue, add_article_cards, day_bounds, due_forecast
from quiz.scheduling import RATING_LABELS, Rating, format_interval

KIND_LABELS = {"term": "术语", "core_point": "核心提示", "enumeration": "列举", "wrong_answer": "错题"}
RATING_KEYS = {Qt.Key.Key_1: Rating.Again, Qt.Key.Key_2: Rating.Hard,
               Qt.Key.Key_3: Rating.Good, Qt.Key.Key_4: Rating.Easy}


def _short(text: str, limit: int = 24) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[:limit] + "…"


WIDE_BLANK = '<span style="white-space:pre">（\u3000\u3000）</span>'  # rich text collapses bare spaces


def front_html(front: str, note_px: int) -> str:
    """A card's question in its large type; a last line in brackets (a blank's length and the article,
    the order to say a list in) is a note to it, drawn smaller and plain so the question stands out."""
    lines = front.split("\n")
    note = lines.pop() if len(lines) > 1 and lines[-1].startswith("（") else ""
    # two no-break spaces shrink to a sliver in bold large type: the blank drawn two characters wide
    body = "<br>".join(html.escape(line).replace(BLANK, WIDE_BLANK) for line in lines)
    if note:
        body += (f'<br><span style="font-size:{note_px}px; font-weight:normal; color:{MUTED}">'
                 f"{html.escape(note)}</span>")
    return body


# a reading on a term card's back (zǔ guó běi jiāng): words of Latin letters, the first with a tone mark
LATIN = "A-Za-z\u00c0-\u024f"
PINYIN_RUN = re.compile(f"[{LATIN}]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][{LATIN}]*(?: [{LATIN}]+)*")


def back_html(back: str) -> str:
    """The answer with its 【marks】 in red and any reading in a face that has every tone letter: the
    Chinese face (文泉驿微米黑) lacks ǔ, and Qt left a gap for it (zǔ showed as "z ")."""
    families = pinyin_css_families()
    return PINYIN_RUN.sub(lambda m: f'<span style="font-family:{families}">{m.group(0)}</span>', marked_html(back))


def card_name(card: StoredCard) -> str:
    """What a notice calls the card: a term card by its term (its front is a whole sentence)."""
    return card.term if card.kind == "term" and card.term else _short(card.front)


class ReviewPage(StudyPage):
    """The daily review of the current profile. ``ReviewPage(store, library)``."""

    card_rated = Signal(int, int)                   # card_id, rating

    def __init__(self, store: LearningStore, library, parent: QWidget | None = None):
        super().__init__(store, library, parent=parent)
        self.card: StoredCard | None = None
        self.revealed = False
        self._shown_at = None
        self._reading_article: int | None = None
        self._titles: dict[int, str] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.refresh()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(label(self.tr("卡片复习"), "title", wrap=False))
        top.addStretch(1)
        # on its own line: beside the buttons it was squeezed into two lines at large type
        self.counts = label("", "muted", wrap=False)
        self.article_choice = QComboBox()
        self.article_choice.setMinimumWidth(200)
        self.article_choice.setMaximumWidth(420)
        self.add_button = big_button(self.tr("把这篇文章做成卡片"))
        self.add_button.clicked.connect(self.add_selected_article)
        self.resume_button = big_button("")
        self.resume_button.clicked.connect(self.resume_suspended)
        self.resume_button.hide()
        top.addWidget(self.resume_button)
        # the chooser only adds cards: the review itself takes the due cards of every article, and each
        # card names its own article (the chooser alone read as "I am reviewing this article")
        top.addWidget(label(self.tr("做卡片："), "muted", wrap=False))
        top.addWidget(self.article_choice)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        self.notice = label("", "muted")
        layout.addWidget(self.notice)
        layout.addWidget(self._build_card(), 1)
        layout.addLayout(self._build_buttons())
        for button in self.findChildren(type(self.add_button)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Space and 1–4 for the page

    def _build_card(self) -> QWidget:
        """The card's text scrolls inside the frame, so a long card at large type never pushes the
        rating buttons below a laptop screen: they stay at the foot of the page."""
        self.kind = label("", "muted")
        self.front = label("", "card_front")
        self.front.setTextFormat(Qt.TextFormat.RichText)
        self.back = label("", "card_back")
        self.back.setTextFormat(Qt.TextFormat.RichText)
        self.leech = label(self.tr("⚠ 这张卡片已经忘记了 8 次以上，建议回到原文重新理解。"))
        self.leech.setStyleSheet("color: #a0522d;")
        self.source_button = big_button(self.tr("查看出处"))
        self.source_button.clicked.connect(self.toggle_source)
        self.open_button = big_button(self.tr("打开原文"))
        self.open_button.clicked.connect(self.open_source)
        self.source = label("", "hint")
        self.source.setTextFormat(Qt.TextFormat.RichText)
        frame, box, self.card_scroll = scrolling_card(margins=(34, 26, 34, 8))
        for widget in (self.kind, self.front, self.back, self.leech):
            box.addWidget(widget)
        box.addStretch(1)
        box.addWidget(self.source)
        row = QHBoxLayout()
        row.setContentsMargins(34, 0, 34, 0)
        row.addWidget(self.source_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        frame.layout().setContentsMargins(2, 2, 2, 18)
        frame.layout().addLayout(row)
        return frame

    def _build_buttons(self):
        row = QHBoxLayout()
        self.show_button = big_button(self.tr("显示答案（空格键）"), primary=True)
        self.show_button.clicked.connect(self.reveal)
        row.addWidget(self.show_button, 1)
        self.ahead_button = big_button(self.tr("现在提前复习"), primary=True)
        self.ahead_button.clicked.connect(self.review_ahead)
        self.ahead_button.hide()
        row.addWidget(self.ahead_button, 1)
        self.rate_buttons: dict[Rating, object] = {}
        for rating in Rating:
            button = big_button("")
            button.setMinimumHeight(72)
            button.clicked.connect(lambda _=False, r=rating: self.rate(r))
            self.rate_buttons[rating] = button
            row.addWidget(button, 1)
        return row

    # -- state ------------------------------------------------------------------------------
    def set_profile(self, profile_id: int) -> None:
        self.profile_id = profile_id
        self.refresh()

    def set_ui_px(self, ui_px: int) -> None:
        super().set_ui_px(ui_px)
        if self.card is not None:  # the note's size follows A+/A− on the card already shown
            self.front.setText(front_html(self.card.front, ui_px + 6))

    def queue(self) -> ReviewQueue:
        return ReviewQueue(self.store, self.profile_id)

    def set_reading_article(self, article_id: int | None) -> None:
        """The article open in the reader becomes the one offered for new cards."""
        self._reading_article = article_id

    def refresh(self) -> None:
        """Reload the article list and show the next card due."""
        current = self._reading_article if self._reading_article is not None else self.article_choice.currentData()
        self._reading_article = None
        self.article_choice.clear()
        self._titles = {}
        for summary in self.library.list_articles() if self.library else []:
            self.article_choice.addItem(summary.title, summary.id)
            self._titles[summary.id] = summary.title
        if current is not None:
            self.article_choice.setCurrentIndex(max(0, self.article_choice.findData(current)))
        self.show_card(self.queue().next_card())

    def show_card(self, card: StoredCard | None) -> None:
        self.card, self.revealed = card, False
        self.card_scroll.verticalScrollBar().setValue(0)
        self.notice.setText("")
        self.ahead_button.hide()
        self._shown_at = self.store.clock()
        counts = self.queue().counts()
        self.counts.setText(self.tr("今天（全部文章）：新卡 {0} · 学习中 {1} · 待复习 {2}")
                            .format(counts.new, counts.learning, counts.review))
        self.source.hide()
        self.back.hide()
        suspended = len(self.queue().suspended_cards())
        self.resume_button.setText(self.tr("恢复暂停的卡片（{0}）").format(suspended))
        self.resume_button.setVisible(bool(suspended))
        if card is None:
            self._show_done()
            return
        fresh = card.is_new and card.due is None
        title = self._titles.get(card.article_id)
        named = title and f"《{title}》" not in card.front  # a term card's note names its article already
        self.kind.setText(KIND_LABELS.get(card.kind, card.kind) + (self.tr("（新卡片）") if fresh else "")
                          + (f" · 《{title}》" if named else ""))
        self.front.setText(front_html(card.front, self.ui_px + 6))
        self.back.setText(back_html(card.back))
        self.leech.setVisible(card.leech)
        if card.due and from_iso(card.due) > self.store.clock():
            self.notice.setText(self.tr("提前复习：这张卡片本来稍后才到期。"))
        self.source.setText(marked_html((card.source or {}).get("sentence", "")) or self.tr("（没有记录出处）"))
        self.source_button.setEnabled(bool(card.source))
        self.open_button.setEnabled(card.article_id is not None and bool(card.source))
        self._set_buttons(revealed=False)
        self.setFocus()

    def _reviewed_today(self) -> int:
        start, end = day_bounds(self.store.clock())
        return self.store.db["reviews"].count_where("profile_id = ? and reviewed_at >= ? and reviewed_at < ?",
                                                    [self.profile_id, to_iso(start), to_iso(end)])

    def _show_nothing_due(self) -> None:
        """Nothing due now. “Done” only after a review today (ux report 8, P14: a first visit after a quiz,
        with only the wrong answers waiting for tomorrow, said 今天的复习已经完成); without cards of an
        article yet, how to make them."""
        tomorrow = due_forecast(self.store, self.profile_id, days=2)[1][1]
        wrong = due_forecast(self.store, self.profile_id, days=2, kind=WRONG_ANSWER_KIND)[1][1]
        among = self.tr("（其中 {0} 道是答错的题）").format(wrong) if wrong else ""
        made = self.store.db["cards"].count_where("profile_id = ? and kind != ?",
                                                  [self.profile_id, WRONG_ANSWER_KIND])
        self.front.setText(self.tr("今天的复习已经完成 ✓") if self._reviewed_today()
                           else self.tr("今天没有要复习的卡片"))
        if made:
            self.back.setText(self.tr("明天有 {0} 张卡片到期{1}。可以在右上角选一篇文章做成新卡片。")
                              .format(tomorrow, among))
        else:
            self.back.setText(self.tr("答错的题会按时回到这里复习（明天 {0} 张）。还没有文章的卡片：在右上角选一篇文章"
                                      "（默认是正在阅读的那篇），点“把这篇文章做成卡片”，它的重点词和核心提示"
                                      "就成了卡片，每天在这里复习。").format(tomorrow))

    def _show_done(self) -> None:
        """No card to show now: none made yet, some still learning (later today), or all done."""
        waiting = self.queue().waiting_learning()
        self.kind.setText("")
        if not self.store.card_count(self.profile_id):
            self.front.setText(self.tr("还没有卡片。"))
            self.back.setText(self.tr("在右上角选一篇文章（默认是正在阅读的那篇），点“把这篇文章做成卡片”，"
                                      "它的重点词和核心提示就成了卡片，每天在这里复习。"))
        elif waiting:
            minutes = max(1, math.ceil((from_iso(waiting[0].due) - self.store.clock()).total_seconds() / 60))
            self.front.setText(self.tr("现在没有要复习的卡片了"))
            self.back.setText(self.tr("还有 {0} 张学习中的卡片，{1} 分钟后到期。可以先休息，到时再来；"
                                      "也可以点“现在提前复习”。").format(len(waiting), minutes))
        else:
            self._show_nothing_due()
        self.ahead_button.setVisible(bool(waiting))
        self.back.show()
        self.leech.hide()
        self.source_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.show_button.hide()
        for button in self.rate_buttons.values():
            button.hide()

    def review_ahead(self) -> None:
        """Show the soonest learning card before its step is due (the learner asked for it)."""
        waiting = self.queue().waiting_learning()
        if waiting:
            self.show_card(waiting[0])

    def _set_buttons(self, revealed: bool) -> None:
        self.show_button.setVisible(not revealed)
        intervals = self.queue().intervals(self.card) if revealed else {}
        for number, (rating, button) in enumerate(self.rate_buttons.items(), 1):
            button.setVisible(revealed)
            if revealed:
                button.setText(f"{RATING_LABELS[rating]}  {number}\n{format_interval(intervals[rating])}")

    # -- actions ----------------------------------------------------------------------------
    def reveal(self) -> None:
        if self.card is None or self.revealed:
            return
        self.revealed = True
        self.back.show()
        self._set_buttons(revealed=True)
        # after the layout has made room for the answer, or there is nothing yet to scroll to
        QTimer.singleShot(0, self._scroll_to_answer)

    def _scroll_to_answer(self) -> None:
        """As much of the answer as fits, never scrolling the question's start out of view: at large
        type a tester saw only the question's last line above the answer."""
        bar = self.card_scroll.verticalScrollBar()
        question_top = self.kind.geometry().top() if self.kind.text() else self.front.geometry().top()
        answer_end = self.back.geometry().bottom() + 8
        bar.setValue(max(0, min(question_top, answer_end - self.card_scroll.viewport().height())))

    def rate(self, rating: Rating) -> None:
        if self.card is None or not self.revealed:
            return
        took = int((self.store.clock() - self._shown_at).total_seconds() * 1000)
        was_suspended = self.card.suspended
        rated = self.queue().rate(self.card.id, rating, duration_ms=max(0, took))
        self.card_rated.emit(rated.id, int(rating))
        self.show_card(self.queue().next_card())
        if rated.suspended and not was_suspended:
            self.notice.setText(self.tr("“{0}”已经忘记了 {1} 次，先暂停复习。建议回到原文重新读懂它，"
                                        "再点右上角“恢复暂停的卡片”。").format(card_name(rated), rated.lapses))

    def resume_suspended(self) -> int:
        resumed = self.queue().resume_suspended()
        self.show_card(self.queue().next_card())
        self.notice.setText(self.tr("已恢复 {0} 张暂停的卡片，今天就可以复习。").format(resumed))
        return resumed

    def toggle_source(self) -> None:
        self.source.setVisible(not self.source.isVisible())
        if self.source.isVisible():
            QTimer.singleShot(0, lambda: self.card_scroll.ensureWidgetVisible(self.source, 0, 0))

    def open_source(self) -> None:
        if self.card:
            self.request_source(self.card.article_id, self.card.source)

    def add_selected_article(self) -> int:
        """Make the chosen article's cards; returns how many were new to this profile."""
        article_id = self.article_choice.currentData()
        if article_id is None:
            return 0
        cards = build_cards(self.library.get_article(article_id))
        before = self.store.card_count(self.profile_id)
        add_article_cards(self.store, self.profile_id, article_id, cards)
        added = self.store.card_count(self.profile_id) - before
        self.refresh()
        self.notice.setText(self.added_notice(added))
        return added

    def added_notice(self, added: int) -> str:
        """How many cards came in, and why fewer show as 新卡 today (the daily cap of new cards)."""
        if not added:
            return self.tr("这篇文章的卡片已经都在了。")
        per_day = Profiles(self.store).get(self.profile_id).new_per_day
        if added <= per_day:
            return self.tr("新加入 {0} 张卡片。").format(added)
        return self.tr("新加入 {0} 张卡片。每天最多学 {1} 张新卡，其余的留到以后几天（可在“学习设置”里改）。"
                       ).format(added, per_day)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Space and not self.revealed:
            self.reveal()
        elif event.key() in RATING_KEYS and self.revealed:
            self.rate(RATING_KEYS[event.key()])
        else:
            super().keyPressEvent(event)
