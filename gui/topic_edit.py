"""The 学习主题 field of a group session: it offers a topic made from the ticked articles until the
user types one, and goes back to offering when the user empties it.

    edit = TopicEdit()
    edit.follow(["织密六张网"])      # shows 学习《织密六张网》
    edit.topic([...])                # what to store: the text, else the suggestion
"""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from quiz.contest_store import suggested_topic


class TopicEdit(QLineEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("例如：学习贯彻党的二十届四中全会精神（勾选文章后自动填写）"))
        self._follows_articles = True
        self.textEdited.connect(self._typed)

    def set_topic(self, topic: str) -> None:
        """A topic given by the user: the ticked articles no longer change it."""
        self.setText(topic)
        self._typed(topic)

    def _typed(self, text: str) -> None:
        # emptied again: go back to suggesting one from the articles
        self._follows_articles = not text.strip()

    def follow(self, titles: list[str]) -> None:
        if self._follows_articles:
            self.setText(suggested_topic(titles))
            self.setCursorPosition(0)       # a long topic is read from its start, not its end

    def topic(self, titles: list[str]) -> str:
        return self.text().strip() or suggested_topic(titles)
