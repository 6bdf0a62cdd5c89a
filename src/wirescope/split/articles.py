"""From stories to articles: each story `segment.py` found becomes an `Article` with its
headline, byline, date and outlet, and its end read for truncation (its last paragraph, or a
line after it the cleaner dropped, stops mid-sentence)."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ..article import Article
from ..clean.meta import find_outlet, is_update_line
from ..clean.text import JUNK, Line
from .segment import Segment, segment_lines
from .truncation import cut_fragment, ends_truncated, tail_cut_off

__all__ = ["split_article"]


# A heading this short over the headline is a kicker or a section ("Energy", "Analysis").
_KICKER_WORDS = 3


def _title(seg: Segment) -> str | None:
    """The headline above the first paragraph: of the headings stacked right above a
    byline, the first that is no kicker (the ones under it are standfirsts); else the
    last heading."""
    head: list[Line] = []
    for ln in seg.lines:
        if ln.label == "body":
            break
        head.append(ln)
    headings = [ln for ln in head if ln.label == "heading"]
    if not headings:
        return None
    for i, ln in enumerate(head):
        if ln.label in ("byline", "date"):
            stack: list[Line] = []   # the headings right above, page furniture between them skipped
            for h in reversed(head[:i]):
                if h.label == "heading":
                    stack.insert(0, h)
                elif h.label != JUNK and stack:
                    break
            if stack:
                return next((h.text for h in stack if len(h.text.split()) > _KICKER_WORDS), stack[-1].text)
    return headings[-1].text


def split_article(article: Article, *, min_words: int = 25, min_words_complete: int = 50,
                  min_words_untitled: int = 70, cut_bias: float = 0.0) -> Iterator[Article]:
    """One article per story found in a cleaned text article (`article.blocks` set by clean.text).

    A record its container names as one article (a JSONL object with a `title` or a `url`)
    is cut only at a fixed cut (a credit, a headline over a byline): the export already
    holds one story per record, and a change of subject inside it (a feature's next
    scene) is no new story."""
    lines: list[Line] = article.blocks
    named = bool(article.given.get("title") or article.given.get("url"))
    segs = segment_lines(lines, min_words=min_words, min_words_complete=min_words_complete,
                         min_words_untitled=min_words_untitled, cut_bias=cut_bias, soft=not named)
    if not segs:
        yield _copy(article, segment=0, text="", rejected="no article text found after cleaning")
        return
    outlet = article.given.get("outlet")
    for ln in lines:
        if outlet:
            break
        if ln.label == JUNK and ln.reason == "form":
            outlet = find_outlet(ln.text)
    index = {id(ln): i for i, ln in enumerate(lines)}
    for n, seg in enumerate(segs):
        first = next(ln.start for ln in seg.lines if ln.label == "body")   # once, not per line
        head = [ln for ln in seg.lines if ln.start < first]
        body = [ln for ln in seg.lines if ln.start >= first and ln.label in ("body", "heading")]
        while body and body[-1].label == "heading":
            body.pop()
        # the line after the last paragraph, dropped as furniture, may be the start of a
        # paragraph cut off ("One of the most"): the story's true end; so may the last one
        # before the next story, after the story's dropped headings and short lines ("Using
        # EXPLAIN ANALYZE" over "The first step in query optimization is"). Only where the
        # text stops there: a short line followed by page furniture ("Most recent posts"
        # over a list of links, "Written by" over an author box) is the page's.
        i = index[id(body[-1])] + 1
        stop = segs[n + 1].lines[0].start if n + 1 < len(segs) else math.inf
        dropped = _dropped_text(lines, i, stop)
        cut_tail = tail_cut_off(dropped)
        if cut_tail and cut_fragment(dropped[0]):
            body.append(dropped[0])
        authors = next((ln.authors for ln in head if ln.label == "byline" and ln.authors), None)
        # A first-publication date wins over an "Updated …" one.
        dates = sorted((is_update_line(ln.text), ln.date) for ln in head if ln.date)
        art = _copy(article, segment=n, text="\n\n".join(ln.text for ln in body))
        art.title = _title(seg)
        art.authors = authors or []
        art.published = dates[0][1] if dates else None
        art.outlet = outlet
        art.truncated = cut_tail or ends_truncated(body[-1])
        art.raw_span = (seg.lines[0].start, body[-1].end)
        yield art


def _dropped_text(lines: list[Line], i: int, stop: float) -> list[Line]:
    """The lines from lines[i] up to the offset `stop` (the next story's first line, or
    the end of the text) when the cleaner dropped them all as too short to be paragraphs,
    or read them as headings: text, not furniture. None when a line of page furniture (a
    menu, a form, a byline, a credit) comes before `stop`."""
    out = []
    for ln in lines[i:]:
        if ln.start >= stop:
            break
        if not (ln.label == "heading" or ln.reason in ("short", "fragment")):
            return []
        out.append(ln)
    return out


def _copy(article: Article, *, segment: int, text: str, rejected: str | None = None) -> Article:
    return Article(raw=article.raw, source=article.source, kind=article.kind, segment=segment,
                   text=text, url=article.url, rejected=rejected, given=article.given)
