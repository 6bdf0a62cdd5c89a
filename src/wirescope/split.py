"""Split: cut a text holding several articles into one article per story.

Boundaries come from three kinds of evidence, strongest first:

1. a story's end is marked: a contributor credit ("With assistance from …")
   or a paragraph that stops mid-sentence (a teaser or a truncated paste);
2. a new story is announced: a headline followed by a byline or a date;
3. the vocabulary changes: neighbouring windows of paragraphs share almost no
   content words (lexical cohesion, as in TextTiling).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from .article import Article
from .clean.lexicon import STOPWORDS, WORD
from .clean.meta import find_outlet, is_update_line
from .clean.text import JUNK, Line, ends_mid_sentence, is_headline, is_list_item

__all__ = ["split_article", "segment_lines", "Segment"]

_CONTENT = re.compile(r"[^\W\d_]{3,}")
# A cut-off paragraph this long is evidence of a story boundary; shorter ones may be headings.
_TRUNC_MIN_WORDS = 8


@dataclass
class Segment:
    """A run of labelled lines that forms one story."""

    lines: list[Line] = field(default_factory=list)

    @property
    def body(self) -> list[Line]:
        return [ln for ln in self.lines if ln.label == "body"]

    def words(self) -> int:
        return sum(ln.words for ln in self.body)


def _bag(text: str) -> Counter[str]:
    return Counter(w[:7] for w in _CONTENT.findall(text.lower()) if w not in STOPWORDS)


def _hard_segments(lines: list[Line]) -> list[Segment]:
    """Cut at credits, mid-sentence ends, and headline+byline openings."""
    kept = [ln for ln in lines if ln.label != JUNK]
    segs: list[Segment] = [Segment()]
    for i, ln in enumerate(kept):
        cur = segs[-1]
        has_body = bool(cur.body)
        if ln.label == "credit":
            if has_body:
                segs.append(Segment())
            continue
        if ln.label in ("heading", "byline", "date") and has_body:
            # A headline directly over a byline/date, or a byline after body: a new story starts.
            nxt = kept[i + 1] if i + 1 < len(kept) else None
            opens = ln.label == "byline" or (ln.label == "heading" and nxt is not None and nxt.label in ("byline", "date"))
            if opens:
                segs.append(Segment())
                cur = segs[-1]
        cur.lines.append(ln)
    return [s for s in segs if s.body]


def _LOG1P(c: int) -> float:
    return math.log(c + 1)


def _soft_split(seg: Segment, penalty: float, min_words: int, trunc_bonus: float,
                heading_bonus: float) -> list[Segment]:
    """Cut a segment into stories that each have a vocabulary of their own.

    The segmentation of Utiyama and Isahara (2001): dynamic programming over
    paragraph gaps minimising the summed cost of the pieces, each the negative
    log-likelihood under its own Laplace-smoothed unigram model
    (n*log(n+V) - sum c*log(c+1)), plus a penalty per piece. A paragraph that ends mid-sentence makes a cut after it cheaper.
    """
    units = [ln for ln in seg.lines if ln.label in ("body", "heading")]
    if sum(1 for ln in units if ln.label == "body") < 2:
        return [seg]
    bags = [_bag(ln.text) for ln in units]
    words = [ln.words for ln in units]  # the min_words limits count all words
    total_words = sum(words)
    vocab = len(set().union(*bags))
    if vocab == 0:
        return [seg]
    lens = [sum(b.values()) for b in bags]
    per_cut = penalty * math.log(sum(lens) + 1)
    n = len(units)
    # Never cut between a heading and its paragraph, nor before a line that starts in
    # lower case (the rest of a sentence broken over two lines).
    allowed = [True] + [units[g - 1].label != "heading" and not units[g].text[0].islower() for g in range(1, n)]
    bonus = [0.0] * (n + 1)
    for g in range(1, n):
        prev = units[g - 1]
        if not allowed[g]:
            continue
        if (prev.label == "body" and prev.words >= _TRUNC_MIN_WORDS and ends_mid_sentence(prev.text)
                and not is_list_item(prev) and not is_headline(prev)):
            bonus[g] = trunc_bonus * per_cut
        elif units[g].label == "heading" and units[g].words >= 9 and ":" not in units[g].text and prev.label == "body":
            bonus[g] = heading_bonus * per_cut  # a headline over the next paragraph: a likely story start
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for i in range(n):
        if best[i] == math.inf or not allowed[i]:
            continue
        counts: Counter[str] = Counter()
        size = seg_words = 0
        fit = 0.0  # running sum of c*log(c+1) over the segment's counts
        for j in range(i + 1, n + 1):
            for word, k in bags[j - 1].items():
                c = counts[word]
                fit += (c + k) * _LOG1P(c + k) - c * _LOG1P(c)
                counts[word] = c + k
            size += lens[j - 1]
            seg_words += words[j - 1]
            # A short story is only cut out where a paragraph ends mid-sentence.
            if seg_words < min_words and not (i == 0 and j == n) and not (
                    bonus[i] >= trunc_bonus * per_cut or (j < n and bonus[j] >= trunc_bonus * per_cut)):
                continue
            if j < n and not allowed[j]:
                continue
            cost = best[i] + size * math.log(size + vocab) - fit + per_cut - bonus[i]
            if cost < best[j]:
                best[j], back[j] = cost, i
    cuts: list[int] = []
    j = n
    while j > 0:
        j = back[j]
        if j > 0:
            cuts.append(j)
    if not cuts:
        return [seg]
    starts = {id(units[g]) for g in cuts}
    out: list[Segment] = [Segment()]
    for ln in seg.lines:
        if id(ln) in starts:
            out.append(Segment())
        out[-1].lines.append(ln)
    return out


def segment_lines(lines: list[Line], *, penalty: float = 20.0, min_words: int = 25,
                  truncation_bonus: float = 1.0, heading_bonus: float = 0.5) -> list[Segment]:
    """Group labelled lines into stories."""
    out: list[Segment] = []
    for seg in _hard_segments(lines):
        out.extend(_soft_split(seg, penalty, min_words, truncation_bonus, heading_bonus))
    return out


def _title(seg: Segment) -> str | None:
    """The headline above the first paragraph: the heading nearest above a byline, else the last one."""
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
            above = [h for h in head[:i] if h.label == "heading"]
            if above:
                return above[-1].text
    return headings[-1].text


def split_article(article: Article, *, penalty: float = 20.0, min_words: int = 25,
                  truncation_bonus: float = 1.0, heading_bonus: float = 0.5) -> Iterator[Article]:
    """One article per story found in a cleaned text article (`article.blocks` set by clean.text)."""
    lines: list[Line] = article.blocks
    segs = segment_lines(lines, penalty=penalty, min_words=min_words, truncation_bonus=truncation_bonus,
                         heading_bonus=heading_bonus)
    if not segs:
        yield _copy(article, segment=0, text="", rejected="no article text found after cleaning")
        return
    outlet = article.given.get("outlet")
    for ln in lines:
        if outlet:
            break
        if ln.label == JUNK and ln.reason == "form":
            outlet = find_outlet(ln.text)
    for n, seg in enumerate(segs):
        head = [ln for ln in seg.lines if ln.start < seg.body[0].start]
        body = [ln for ln in seg.lines if ln.start >= seg.body[0].start and ln.label in ("body", "heading")]
        while body and body[-1].label == "heading":
            body.pop()
        authors = next((ln.authors for ln in head if ln.label == "byline" and ln.authors), None)
        # A first-publication date wins over an "Updated …" one.
        dates = sorted((is_update_line(ln.text), ln.date) for ln in head if ln.date)
        art = _copy(article, segment=n, text="\n\n".join(ln.text for ln in body))
        art.title = _title(seg)
        art.authors = authors or []
        art.published = dates[0][1] if dates else None
        art.outlet = outlet
        art.truncated = ends_mid_sentence(body[-1].text)
        art.raw_span = (seg.lines[0].start, body[-1].end)
        yield art


def _copy(article: Article, *, segment: int, text: str, rejected: str | None = None) -> Article:
    return Article(raw=article.raw, source=article.source, kind=article.kind, segment=segment,
                   text=text, url=article.url, rejected=rejected, given=article.given)
