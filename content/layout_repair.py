"""Repair the damage that column and page layout does to extracted newspaper text.

    >>> d = ArticleDraft(title="题", body=[Block("农畜产品精深加工等关"), Block("键环节，强化科技攻关。")])
    >>> repair_article(d).body[0].text
    '农畜产品精深加工等关键环节，强化科技攻关。'

Three kinds of damage, each repaired in place on an ArticleDraft:
1. a paragraph cut at a column or page break is joined to its continuation;
2. a block printed after the article's author bio is moved back into the article;
3. an article whose opening was lost keeps its text and gets a warning.
"""
from __future__ import annotations

from dataclasses import dataclass

from content.article_draft import ArticleDraft, Block
from content.cjk_text import CJK, NON_INITIAL, is_terminated, join_fragments, split_sentences, starts_enumeration

MISSING_OPENING = "本文开头可能不完整：原版面排版损坏，第一段像是前文的后半部分"
MISSING_ENDING = "本文结尾部分缺失：最后一段在句子中间中断"
ORPHAN_UNSURE = "本文有一段文字排在作者简介之后，已移到正文开头，请核对顺序"
# A lone lead this short, of a single sentence, is a fragment (see _lone_lead_fragment).
LEAD_FRAGMENT_MAX = 100
PULL_QUOTE_MIN = 15
PULL_QUOTE_SCAN = 3


@dataclass
class WholeBlock(Block):
    """A paragraph the source shows complete though it ends without punctuation (a short line
    standing alone in a newspaper site's markdown): the next paragraph is never joined to it."""


def repair_article(draft: ArticleDraft) -> ArticleDraft:
    _lift_pull_quotes(draft)
    _place_orphans(draft)
    draft.body = join_cut_paragraphs(draft.body)
    if begins_mid_sentence(draft):
        draft.warnings.append(MISSING_OPENING)
    if _ends_mid_sentence(draft):
        draft.warnings.append(MISSING_ENDING)
    return draft


def _is_fresh_start(text: str) -> bool:
    """Text that opens a new unit on its own: an enumerated point, or a salutation (同志们：)."""
    return starts_enumeration(text) or (len(text) <= 12 and text.endswith(("：", ":")))


def _is_cut(text: str) -> bool:
    # A "——" line under a title is a subtitle (date and occasion), complete without punctuation.
    return not is_terminated(text) and not text.startswith("——")


def join_cut_paragraphs(blocks: list[Block]) -> list[Block]:
    """Join each paragraph that ends mid-sentence to the paragraph right after it."""
    out: list[Block] = []
    pieces: list[str] = []  # the paragraph being assembled, joined once (no quadratic copying)

    def flush():
        if pieces:
            out.append(Block(join_fragments(*pieces)))
            pieces.clear()

    closed = False  # the paragraph being assembled ends with a whole block
    for block in blocks:
        if block.is_heading:
            flush()
            out.append(Block(block.text, True))
        elif pieces and _continues(pieces[-1], block.text) and not (closed and block.text[:1] not in NON_INITIAL):
            pieces.append(block.text)
        else:
            flush()
            pieces.append(block.text)
        closed = isinstance(block, WholeBlock)
    flush()
    return out


def _continues(prev: str, text: str) -> bool:
    """Whether `text` is the rest of the paragraph `prev` (a column or page break fell between them)."""
    prev = prev.rstrip()
    if not prev:
        return False
    if text[:1] in NON_INITIAL:  # "，…" or "》…" cannot open a paragraph
        return True
    return _is_cut(prev) and (prev[-1] in "，、," or not _is_fresh_start(text))


def detach_unsigned_piece(draft: ArticleDraft) -> ArticleDraft | None:
    """Text after the bio that is a whole piece of its own (an unsigned 短评 under a title).

    It opens with a heading, ends with a full sentence, and the article before it
    has no gap it could fill: its body neither opens nor ends mid-sentence and
    has a lead of its own. Such a block becomes a separate article.
    """
    orphan = draft.orphan
    paragraphs = [b for b in orphan if not b.is_heading]
    if not orphan or not orphan[0].is_heading or not paragraphs or _is_cut(paragraphs[-1].text):
        return None
    body = draft.paragraphs()
    if not body or _is_cut(body[-1].text) or begins_mid_sentence(draft):
        return None
    draft.orphan = []
    return ArticleDraft(title=orphan[0].text, column=draft.column, body=orphan[1:])


def _lift_pull_quotes(draft: ArticleDraft) -> None:
    """A highlighted quote at the top repeats a sentence of the body: it becomes a core point, not text."""
    paragraphs = draft.paragraphs()
    for block in paragraphs[:PULL_QUOTE_SCAN]:
        core = block.text.rstrip("。！？；…")
        if len(core) < PULL_QUOTE_MIN:
            continue
        if any(other is not block and core in other.text and len(other.text) > len(block.text)
               for other in paragraphs):
            draft.body.remove(block)
            draft.core_points.append(core)


def _place_orphans(draft: ArticleDraft) -> None:
    """Move the block printed after the bio to where the article's text continues.

    The orphan is either the article's ending (the body's last paragraph stops
    mid-sentence, the orphan opens with a paragraph and itself ends with a full
    sentence, as an ending does), or a part the layout pushed below the bio; then
    it goes before the paragraph that starts mid-text, or at the start of the
    body: in newspaper layout the part that jumps is usually the opening, and its
    last paragraph running into the body's first one (joined afterwards)
    confirms the placement.
    """
    orphan, draft.orphan = draft.orphan, []
    if not orphan:
        return
    body = draft.body
    orphan_paragraphs = [b for b in orphan if not b.is_heading]
    orphan_ends_cut = bool(orphan_paragraphs) and _is_cut(orphan_paragraphs[-1].text)
    if (body and not body[-1].is_heading and _is_cut(body[-1].text) and not orphan[0].is_heading
            and not orphan_ends_cut):
        body.extend(orphan)
        return
    target = next((i for i, b in enumerate(body) if not b.is_heading and b.text[0] in NON_INITIAL), None)
    if target is None:
        target = 0
        if body and not orphan_ends_cut:
            draft.warnings.append(ORPHAN_UNSURE)
    draft.body = body[:target] + orphan + body[target:]


def _lead(draft: ArticleDraft) -> list[Block]:
    """Paragraphs before the first section heading."""
    lead = []
    for block in draft.body:
        if block.is_heading:
            break
        lead.append(block)
    return lead


def _lone_lead_fragment(draft: ArticleDraft) -> bool:
    """Whether the lead is the tail of a lost opening.

    A signed theory-page article opens with a lead that sets out its subject in
    several sentences before the first section heading. When the top of the
    article is lost in layout, what remains between the byline/core points and
    the first heading is a single short sentence, typically a verb phrase with no
    subject ("发展新能源、新材料…，为高质量发展注入持久动力。"), and it does not
    touch the article's subject at all, where a real lead names it. So: the
    article is signed or has core points, has at least two section headings, and
    its whole lead is one paragraph holding one sentence of at most
    LEAD_FRAGMENT_MAX characters that is not a quotation lead ("…指出：“…”") and
    shares no two-character sequence with the title.
    """
    if not (draft.authors or draft.core_points):
        return False
    headings = sum(1 for b in draft.body if b.is_heading)
    lead = _lead(draft)
    if headings < 2 or len(lead) != 1:
        return False
    text = lead[0].text
    return (len(text) <= LEAD_FRAGMENT_MAX and len(split_sentences(text)) == 1
            and "“" not in text and CJK.match(text) is not None
            and not (_bigrams(draft.title) & _bigrams(text)))


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if CJK.match(text[i]) and CJK.match(text[i + 1])}


def begins_mid_sentence(draft: ArticleDraft) -> bool:
    """The article's text starts in the middle of a sentence (its opening is missing)."""
    paragraphs = draft.paragraphs()
    if not paragraphs:
        return False
    if paragraphs[0].text[0] in NON_INITIAL:
        return True
    return _lone_lead_fragment(draft)


def _ends_mid_sentence(draft: ArticleDraft) -> bool:
    paragraphs = draft.paragraphs()
    if not paragraphs:
        return False
    last = paragraphs[-1].text.rstrip()
    return last[-1] in "，、," or CJK.match(last[-1]) is not None
