"""Split: cut a text holding several articles into one article per story.

Boundaries come from these kinds of evidence, strongest first:

1. a story's end is marked by a contributor credit ("With assistance from …"),
   or a new story is announced by a headline over a byline or a date: fixed cuts;
2. a paragraph stops mid-sentence (a teaser or a truncated paste), or a
   clause-length headline stands over the next paragraph: cheap cuts;
3. the vocabulary and the typographic house style change: the segmentation of
   Utiyama and Isahara (2001) weighs every candidate cut against the cost of
   describing each piece with a word model of its own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from .article import Article
from .clean.lexicon import STOPWORDS
from .clean.meta import find_outlet, is_update_line
from .clean.text import JUNK, Line, ends_mid_sentence, is_list_item

__all__ = ["split_article", "segment_lines", "Segment"]

_CONTENT = re.compile(r"[^\W\d_]{3,}")
# Lines that close a story: follow-us and contact lines, copyright, first-published notes,
# "Posted on … by …" footers, wire credits.
_CLOSER = re.compile(
    r"(?i)\bfollow (?:me|us|her|him|them)\b.{0,40}\b(?:on|@)|\bon (?:instagram|twitter|facebook|linkedin|"
    r"tiktok|bluesky|mastodon)\b|all rights reserved|(?:©|\bcopyright) ?\d{4}|"
    r"\bthis (?:article|story|post|piece) (?:was |first |originally )*(?:published|appeared)\b|"
    r"^posted (?:on|in)\b.{3,60}\bby\b|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b|"
    r"^\(?(?:reporting|writing|editing|additional reporting) by\b")
# A cut-off paragraph this long is evidence of a story boundary; shorter ones may be headings.
_TRUNC_MIN_WORDS = 8


@dataclass
class Segment:
    """A run of labelled lines that forms one story."""

    lines: list[Line] = field(default_factory=list)

    @property
    def body(self) -> list[Line]:
        return [ln for ln in self.lines if ln.label == "body"]


# Typographic habits are part of an outlet's house style: straight or curly
# apostrophes and quotes, en or em dashes. A change of habit is a change of source.
_STYLE = [("\u2019", " ~apos-curly"), ("'", " ~apos-straight"), ("\u201c", " ~quote-curly"),
          ('"', " ~quote-straight"), ("\u2014", " ~dash-em"), (" \u2013 ", " ~dash-en"), (" - ", " ~dash-hyphen")]


def _bag(text: str) -> Counter[str]:
    bag = Counter(w[:7] for w in _CONTENT.findall(text.lower()) if w not in STOPWORDS)
    for mark, token in _STYLE:
        if mark in text:
            bag[token] += _STYLE_WEIGHT
    return bag


def _hard_segments(lines: list[Line]) -> list[Segment]:
    """Cut at credits and at headline+byline openings."""
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


# c * log(c + 1) for the small counts of a news text.
_XLOG = [c * math.log(c + 1) for c in range(4096)]
# The vocabulary segmentation considers at most this many cut points besides those with
# evidence (cut-off paragraphs, headlines): the gaps where neighbouring text shares least.
_MAX_CANDIDATES = 16
_WINDOW_WORDS = 60
# A story spans at most this many candidate blocks (bounds the quadratic search).
_MAX_PIECE_BLOCKS = 24
_STYLE_WEIGHT = 4


def _window(bags: list[Counter[str]], lens: list[int], idx: range) -> Counter[str]:
    out: Counter[str] = Counter()
    size = 0
    for i in idx:
        out.update(bags[i])
        size += lens[i]
        if size >= _WINDOW_WORDS:
            break
    return out


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    shared = sum(min(v, b[k]) for k, v in a.items() if k in b)
    return shared / min(sum(a.values()), sum(b.values()))


def _reclaim_tails(units: list[Line], bags: list[Counter[str]], lens: list[int]) -> None:
    """A headline-shaped line that shares more words with the paragraphs before it than
    with those after is the tail of a cut-off paragraph, not the heading of the next one."""
    for g in range(1, len(units) - 1):
        ln = units[g]
        if ln.label != "heading" or units[g - 1].label != "body" or ln.text[-1] in "?!":
            continue
        before = _overlap(bags[g], _window(bags, lens, range(g - 1, -1, -1)))
        after = _overlap(bags[g], _window(bags, lens, range(g + 1, len(units))))
        if before > after:
            ln.label = "body"


def _best_cuts(bags, words, lens, allowed, bonus, vocab, per_cut, min_words, hard) -> list[int]:
    """Gaps (unit indices) of the cheapest segmentation, by dynamic programming over the
    candidate gaps only, so long texts stay fast."""
    n = len(bags)
    evidence = [g for g in range(1, n) if allowed[g] and bonus[g] > 0]
    plain = [g for g in range(1, n) if allowed[g] and bonus[g] == 0]
    if len(plain) > _MAX_CANDIDATES:  # keep the gaps where neighbouring text shares least
        plain = [g for _, g in sorted((_overlap(_window(bags, lens, range(g - 1, -1, -1)),
                                                _window(bags, lens, range(g, n))), g) for g in plain)]
        plain = plain[:_MAX_CANDIDATES]
    gaps = sorted(set(evidence) | set(plain))
    edges = [0] + gaps + [n]
    blocks: list[tuple[Counter[str], int, int]] = []
    for a, b in zip(edges, edges[1:]):
        counts: Counter[str] = Counter()
        for i in range(a, b):
            counts.update(bags[i])
        blocks.append((counts, sum(lens[a:b]), sum(words[a:b])))
    m = len(blocks)
    best = [0.0] + [math.inf] * m
    back = [0] * (m + 1)
    xl, top = _XLOG, len(_XLOG) - 1
    for i in range(m):
        if best[i] == math.inf:
            continue
        counts = Counter()
        size = seg_words = 0
        fit = 0.0  # running sum of c*log(c+1) over the piece's counts
        for j in range(i + 1, min(m, i + _MAX_PIECE_BLOCKS) + 1):
            block, block_len, block_words = blocks[j - 1]
            for word, k in block.items():
                c = counts[word]
                new = c + k
                fit += (xl[new] if new < top else new * math.log(new + 1)) - (
                    xl[c] if c < top else c * math.log(c + 1))
                counts[word] = new
            size += block_len
            seg_words += block_words
            # A short story is only cut out where a paragraph ends mid-sentence.
            if seg_words < min_words and not (i == 0 and j == m) and not (
                    bonus[edges[i]] >= hard or (j < m and bonus[edges[j]] >= hard)):
                continue
            cost = best[i] + size * math.log(size + vocab) - fit + per_cut - bonus[edges[i]] * (i > 0)
            if cost < best[j]:
                best[j], back[j] = cost, i
    cuts = []
    j = m
    while j > 0:
        j = back[j]
        if j > 0:
            cuts.append(edges[j])
    return cuts


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
    lens = [sum(b.values()) for b in bags]
    _reclaim_tails(units, bags, lens)
    words = [ln.words for ln in units]  # the min_words limits count all words
    vocab = len(set().union(*bags))
    if vocab == 0:
        return [seg]
    per_cut = penalty * math.log(sum(lens) + 1)
    n = len(units)
    # Never cut between a heading and its paragraph, nor before a line that starts in
    # lower case (the rest of a sentence broken over two lines); a heading-shaped closer
    # ("Posted on 15/12/2025 by @jdoe") ends its story like a paragraph does.
    closes = [bool(_CLOSER.search(ln.text)) for ln in units]
    allowed = [True] + [(units[g - 1].label != "heading" or closes[g - 1]) and not units[g].text[0].islower()
                        for g in range(1, n)]
    bonus = [0.0] * (n + 1)
    for g in range(1, n):
        prev = units[g - 1]
        if not allowed[g]:
            continue
        if (prev.label == "body" and prev.words >= _TRUNC_MIN_WORDS and ends_mid_sentence(prev.text)
                and not is_list_item(prev) and prev.reason != "list") or closes[g - 1] and not closes[g]:
            bonus[g] = trunc_bonus * per_cut
        elif units[g].label == "heading" and units[g].words >= 9 and ":" not in units[g].text and prev.label == "body":
            bonus[g] = heading_bonus * per_cut  # a headline over the next paragraph: a likely story start
    cuts = _best_cuts(bags, words, lens, allowed, bonus, vocab, per_cut, min_words, trunc_bonus * per_cut)
    if not cuts:
        return [seg]
    starts = {id(units[g]) for g in cuts}
    out: list[Segment] = [Segment()]
    for ln in seg.lines:
        if id(ln) in starts:
            out.append(Segment())
        out[-1].lines.append(ln)
    # a piece of headings alone (a credit line cut off its story) joins its neighbour
    merged: list[Segment] = []
    for piece in out:
        if merged and (not piece.body or not merged[-1].body):
            merged[-1].lines.extend(piece.lines)
        else:
            merged.append(piece)
    return merged


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
        art.truncated = _cut_off(body[-1])
        art.raw_span = (seg.lines[0].start, body[-1].end)
        yield art


def _cut_off(last: Line) -> bool:
    """A story is truncated when its last paragraph stops mid-sentence; a list item or a
    heading without a full stop is how many stories end, not a cut."""
    return (last.label == "body" and last.reason != "list" and not is_list_item(last)
            and ends_mid_sentence(last.text) and (last.words >= 3 or last.text[-1] in ",;"))


def _copy(article: Article, *, segment: int, text: str, rejected: str | None = None) -> Article:
    return Article(raw=article.raw, source=article.source, kind=article.kind, segment=segment,
                   text=text, url=article.url, rejected=rejected, given=article.given)
