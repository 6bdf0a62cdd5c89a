"""Split: cut a text holding several articles into one article per story.

Boundaries come from two kinds of evidence:

1. a story's end is marked by a contributor credit ("With assistance from …"),
   or a new story is announced by a headline over a byline or a date: fixed cuts;
2. everything else a reader weighs at a paragraph gap (the text stops mid-sentence,
   the vocabulary and the house style change, a closing line, a headline, a dateline):
   the gap model of `gaps.py` gives each gap a probability, and the likeliest gaps
   become cuts as long as every story keeps a few sentences and no list or numbered
   series is torn apart, nor a section from the story it belongs to (its heading takes
   its words from the paragraphs before; the two sides of the cut, read whole, share
   their names and terms).

`articles.py` then makes each story an article and reads its end for truncation.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain

import numpy as np

from ..analyze.gazetteer import common_words
from ..clean.text import JUNK, Line, ends_mid_sentence, is_list_item
from .gaps import (SENTENCE_INSIDE, Gaps, Words, closes_story, cut_off, load_gap_model, open_on_function_word,
                   opens_story, overlap, stops_dangling, window_overlap)
from .truncation import tail_cut_off, title_case

__all__ = ["segment_lines", "Segment", "story_units", "cut_gaps"]

# A line this short that stops on a word like "when" or on a comma is the tail of a teaser,
# never a story's start (a short line stopping on a noun may be the next headline).
_FRAGMENT_WORDS = 12
# Words on each side a headline-shaped line is compared with (see _reclaim_tails).
_TAIL_WINDOW = 60
# Dropped lines that were text (a blurb, a teaser, a short line), not page furniture.
_TEXT_JUNK = frozenset(("fragment", "excerpt", "teaser", "short"))
# A gap whose probability over the whole text is below this is no boundary (see cut_gaps);
# after a paragraph cut off mid-sentence (a teaser's end, read worst over the whole text) the
# lower floor holds.
_WHOLE_FLOOR = 0.1
_WHOLE_FLOOR_CUT = 0.05
# A numbered item or step ("2. Plan the route", "(3) …", "Step 3:", "Trend #2:") continues a story.
_NUMBERED = re.compile(r"\(?\d{1,2}[.):]\s+\S|"
                       r"(?i:step|tip|lesson|option|method|rule|reason|stage|phase)\s+#?\d{1,2}\b|"
                       r"[A-Z][\w-]*\s+#\d{1,2}\b")
# A paragraph this short right after a cut may end the story before it (see _attach).
_SHORT_WORDS = 25
# A "Label: value" line: a field of a list entry ("Type: Exploit", "Author: Ana Silva").
_FIELD = re.compile(r"[A-Z][\w/&' -]{0,24}:(?:\s|$)")
# Marks of code, not of a dateline ("WHERE created_at > '2024-01-01'").
_CODE_MARKS = re.compile(r"[=<>;{}]")
# Share of a heading's and its first paragraph's rare words found just before it that
# makes it a section of the story before (see `_continues`).
_SECTION_SHARE = 0.2
# Share of rare words two sides of a cut have in common that makes them one story (see `_rejoin`).
_SAME_STORY = 0.3
# Marks a quoted paragraph opens with.
_QUOTES = frozenset("\"'\u201c\u2018\u00ab")
# Log-odds added at a gap before a paragraph that opens like a story (`opens_story`: a
# dateline, "This guide …"): evidence the GUM texts the gap model learns from hardly hold.
_OPENER_ODDS = 3.0


@dataclass
class Segment:
    """A run of labelled lines that forms one story."""

    lines: list[Line] = field(default_factory=list)

    @property
    def body(self) -> list[Line]:
        return [ln for ln in self.lines if ln.label == "body"]


def _index_after(lines: list[Line], i: int) -> int:
    """The index of the line read after lines[i] (len(lines) if none), past page furniture
    (a share button, a caption) but not past dropped text (an event's blurb between its
    title and the next date)."""
    j = i + 1
    while j < len(lines) and lines[j].label == JUNK and lines[j].reason not in _TEXT_JUNK:
        j += 1
    return j


def _read_after(lines: list[Line], i: int) -> Line | None:
    """The line read after lines[i] (see `_index_after`)."""
    j = _index_after(lines, i)
    return lines[j] if j < len(lines) else None


def _field(line: Line | None) -> bool:
    """A "Label: value" line ("Type: Exploit", "Released:") or a line ending on a colon."""
    return line is not None and (_FIELD.match(line.text) is not None or line.text.rstrip().endswith(":"))


def _record_field(lines: list[Line], i: int) -> bool:
    """The byline or date lines[i] is a field of a list entry, not a story's opening: a
    date with code marks around it (a SQL filter: "WHERE created > '2024-01-01'"), or a
    "Label: value" line followed by another field ("Author: …" over "Released: …" in a
    list of books, "2020-05-26:" over "Internal:" in a changelog)."""
    ln = lines[i]
    if ln.label == "date" and _CODE_MARKS.search(ln.text):
        return True
    return _field(ln) and _field(_read_after(lines, i))


def _opens(lines: list[Line], i: int) -> bool:
    """A story starts at lines[i] after a paragraph: a byline, or a headline (no two
    sentences in it) directly over a byline or a date, neither a field of a list entry."""
    ln = lines[i]
    if ln.label == "byline":
        return not _record_field(lines, i)
    if ln.label != "heading" or SENTENCE_INSIDE.search(ln.text):
        return False
    j = _index_after(lines, i)
    return j < len(lines) and lines[j].label in ("byline", "date") and not _record_field(lines, j)


def _hard_segments(lines: list[Line]) -> list[Segment]:
    """Cut at credits and at headline+byline openings."""
    segs: list[Segment] = [Segment()]
    has_body = False  # the current segment has a paragraph
    for i, ln in enumerate(lines):
        if ln.label == JUNK:
            continue
        if ln.label == "credit":
            if has_body:
                segs.append(Segment())
                has_body = False
            continue
        if has_body and _opens(lines, i):
            segs.append(Segment())
            has_body = False
        segs[-1].lines.append(ln)
        has_body = has_body or ln.label == "body"
    return [s for s in segs if s.body]


def _reclaim_tails(units: list[Line]) -> None:
    """A headline-shaped line after a paragraph is the start of a paragraph cut off when it
    stops on a word no headline ends on ("How I set up the"), and the tail of one when it
    shares more words with the paragraphs before it than with those after, or none with
    the paragraph under it while not in Title Case nor ending on a colon (a heading names
    what follows it: "When I was planning" over a story on tax filing does not)."""
    common = common_words()   # the gap features read the same cached words
    words = Words(units, common)
    for g in range(1, len(units)):
        ln = units[g]
        if ln.label != "heading" or units[g - 1].label != "body" or ln.text[-1] in "?!":
            continue
        if stops_dangling(ln.text):
            ln.label = "body"
            continue
        if g == len(units) - 1:
            continue
        bag = Counter(words[g])
        if not overlap(bag, Counter(words[g + 1])) and not title_case(ln.text) and ln.text[-1] != ":":
            ln.label = "body"
        elif bag and window_overlap(bag, words, range(g - 1, -1, -1), _TAIL_WINDOW) > \
                window_overlap(bag, words, range(g + 1, len(units)), _TAIL_WINDOW):
            ln.label = "body"


def story_units(lines: list[Line]) -> list[Line]:
    """The paragraphs and headings of a run of lines, the units a story is made of (a
    headline-shaped tail of a cut-off paragraph relabelled as body)."""
    units = [ln for ln in lines if ln.label in ("body", "heading")]
    _reclaim_tails(units)
    return units


def cut_gaps(units: list[Line], score: Callable[[int, int, list[bool] | None], Sequence[float]], threshold: float,
             min_words: int, cut_bias: float = 0.0, min_words_complete: int = 0,
             min_words_untitled: int = 0, cut_ends: Sequence[bool] | None = None) -> list[int]:
    """The gaps (indices into units; gap g comes before units[g]) where new stories start.

    `score(lo, hi, need)` gives the probability of a boundary at each gap inside
    units[lo:hi] read as if that piece stood alone (only at the gaps flagged in `need`,
    one flag per gap, unless it is None). Divisive: the likeliest admissible gap (see
    `_best_cut`) splits the units in two, and each side is scored and cut again on its
    own, so a story's neighbours no longer blur the evidence at its other end.
    `cut_ends` flags the units a story ending there would end cut off at (by default
    those `cut_off` themselves)."""
    cuts: list[int] = []
    todo = [(0, len(units))]
    whole: np.ndarray | None = None  # the probabilities scored over all units; whole[g - 1]: gap g
    closes = np.array([closes_story(u.text) for u in units], dtype=bool)
    words = np.concatenate([[0], np.cumsum([u.words for u in units], dtype=np.int64)])
    ends = np.array([cut_off(u) for u in units] if cut_ends is None else cut_ends, dtype=bool)
    text = _Text(units, closes, np.full(len(units), -1, dtype=np.int8),
                 np.array([g > 0 and _may_cut(units[g - 1], units[g], closes[g - 1], closes[g])
                           for g in range(len(units))], dtype=bool), words, ends)

    opener_floor = 1 / (1 + math.exp(_OPENER_ODDS - _logit(_WHOLE_FLOOR)))
    floor = np.where(ends[:-1], _WHOLE_FLOOR_CUT, _WHOLE_FLOOR)  # floor[g - 1]: gap g

    def scored(lo: int, hi: int) -> Sequence[float]:
        nonlocal whole
        if whole is None:
            whole = np.asarray(score(0, len(units), None))
        if (lo, hi) == (0, len(units)):
            return whole
        # a gap the whole text gives almost no chance is no boundary, however new
        # the words look inside a small piece (few words on each side inflate novelty);
        # nor is one no story may start at or that leaves too few words on a side (its
        # probability would never be read)
        # (a paragraph opening like a story gets the odds `_best_cut` will add to it)
        gap = np.arange(lo + 1, hi)
        p = whole[gap - 1]
        ok = text.may_cut[gap] & (words[gap] - words[lo] >= min_words) & (words[hi] - words[gap] >= min_words)
        likely = p >= floor[gap - 1]
        opener = ok & ~likely & (p >= opener_floor)
        likely[opener] = text.opens(gap[opener])
        open_gaps = (ok & likely).tolist()
        if not any(open_gaps):
            return [0.0] * (hi - lo - 1)  # nothing to score (closing lines still cut)
        return [x if is_open else 0.0 for x, is_open in zip(score(lo, hi, open_gaps), open_gaps)]

    while todo:  # a work list, not recursion: a digest may hold hundreds of stories
        lo, hi = todo.pop()
        if hi - lo < 2 or words[hi] - words[lo] < 2 * min_words:
            continue   # no cut could leave `min_words` on both sides: spare the scoring
        g = _best_cut(text.piece(lo, hi), scored(lo, hi), threshold, min_words, cut_bias, min_words_complete,
                      min_words_untitled)
        if g is not None:
            cuts.append(lo + g)
            todo += [(lo, lo + g), (lo + g, hi)]
    return _rejoin(units, sorted(cuts), closes)


def _rejoin(units: list[Line], cuts: list[int], closes: np.ndarray) -> list[int]:
    """The cuts that part two stories: a cut whose two sides, read whole, share at least
    `_SAME_STORY` of their rare words (by the `overlap` of the smaller side) parts one
    story told in sections, and is dropped, unless a closing line ends the side before.
    Each side is read whole, not the 60 words next to the gap: a story's recurring names
    and terms show only over its length."""
    if not cuts:
        return cuts
    words = Words(units, common_words(), 1)
    edges = [0, *cuts, len(units)]
    bags = [Counter(chain.from_iterable(words[i] for i in range(a, b))) for a, b in zip(edges, edges[1:])]
    kept = []
    for k, g in enumerate(cuts):
        if not (closes[g - 1] and not closes[g]) and overlap(bags[k], bags[k + 1]) >= _SAME_STORY:
            bags[k + 1] += bags[k]
        else:
            kept.append(g)
    return kept


@dataclass
class _Text:
    """The units of a text (or a piece of it) and what is read once per unit: whether it
    closes a story, whether it opens one (read when first asked), whether a story may
    start at it and how many words come before it."""

    units: list[Line]
    closes: np.ndarray  # of bool
    opening: np.ndarray  # per unit 1 if it opens like a story (`opens_story`), 0 if not, -1 not read yet
    may_cut: np.ndarray  # of bool, index g: gap g (see `_may_cut`)
    words: np.ndarray  # words[i]: the words of the text before units[i] (one more entry than units)
    cut_end: np.ndarray  # of bool: a story ending at units[i] ends cut off (see `cut_gaps`)

    def piece(self, lo: int, hi: int) -> _Text:
        return _Text(self.units[lo:hi], self.closes[lo:hi], self.opening[lo:hi], self.may_cut[lo:hi],
                     self.words[lo:hi + 1], self.cut_end[lo:hi])

    def opens(self, idx: np.ndarray) -> np.ndarray:
        """Whether units[i] opens like a story, for each i of `idx` (a piece shares what its text read)."""
        for i in idx[self.opening[idx] < 0].tolist():
            self.opening[i] = opens_story(self.units[i].text)
        return self.opening[idx] > 0


def _best_cut(text: _Text, probs: Sequence[float], threshold: float,
              min_words: int, cut_bias: float, min_words_complete: int, min_words_untitled: int = 0) -> int | None:
    """The likeliest gap by `probs` (one probability per gap) that clears the threshold
    and leaves `min_words` words on each side (`min_words_complete` on a side that ends on
    a full sentence: a short paragraph after a story is more often its last word than a
    story of its own; `min_words_untitled` when that side opens without a heading, nor
    after a closing line, as well: a paragraph or two on their own, whole and untitled,
    are a story's intro, its end or a quote or notice it shares with others far more often
    than a story). Never between a heading and its paragraph, nor before a line that
    starts in lower case (the rest of a sentence broken over two lines), a short
    fragment cut off mid-sentence (a teaser's last words), a closing line, the next item
    of a list or a numbered item; a heading-shaped closer ("Posted on 15/12/2025 by
    @jdoe") ends its story like a paragraph does. A short paragraph right after the
    chosen gap may move the cut past it (see `_attach`)."""
    units = text.units
    n = len(units)
    if n < 2:
        return None
    floor = _logit(threshold) - cut_bias
    p = np.clip(np.asarray(probs, dtype=float), 1e-12, 1 - 1e-12)
    odds = np.log(p / (1 - p))
    # a paragraph opening like a story adds to the odds: read where that could clear the floor
    could = np.flatnonzero(odds + _OPENER_ODDS > floor)
    odds[could] += _OPENER_ODDS * text.opens(could + 1)
    # a closing line (contact, follow-us, copyright, sign-off) ends its story whatever the words say
    odds[text.closes[:-1] & ~text.closes[1:]] = math.inf
    odds = np.concatenate([[-math.inf], odds])  # odds[g]: gap g
    starts = (text.words - text.words[0]).tolist()  # starts[g]: the words of the piece before units[g]

    def keeps(first: int, end: int, words: int) -> bool:  # units[first..end] may stand alone
        if text.cut_end[end]:
            return words >= min_words
        # a headline, or a closing line just before, says a story starts here
        titled = units[first].label == "heading" or first > 0 and text.closes[first - 1]
        least = min_words_complete if titled else max(min_words_complete, min_words_untitled)
        return words >= max(min_words, least)

    def admissible(g: int) -> bool:
        return (bool(text.may_cut[g]) and keeps(0, g - 1, starts[g]) and keeps(g, n - 1, starts[n] - starts[g])
                and not _continues(units, g))

    likely = np.flatnonzero(odds > floor)
    for g in likely[np.lexsort((-likely, -odds[likely]))].tolist():  # likeliest first, ties from the end
        if admissible(g):
            # a short paragraph after the cut may end the story before it (unless a closing line ends it)
            if _attach(text, g) and odds[g + 1] != math.inf and admissible(g + 1):
                return g + 1
            return g
    return None


def _continues(units: list[Line], g: int) -> bool:
    """The heading units[g] opens a section of the story before it: the heading and its
    first paragraph take at least `_SECTION_SHARE` of their rare words from the
    `_TAIL_WINDOW` rare words before it (a new story's headline and lead bring their own
    names and terms)."""
    if units[g].label != "heading" or g + 1 >= len(units):
        return False
    words = Words(units, common_words(), 1)
    lead = Counter(words[g] + words[g + 1])
    return window_overlap(lead, words, range(g - 1, -1, -1), _TAIL_WINDOW) >= _SECTION_SHARE


def _may_cut(prev: Line, nxt: Line, prev_closes: bool, nxt_closes: bool) -> bool:
    """Whether a story may start at `nxt` after `prev`, whatever their words (see `_best_cut`)."""
    if prev.label == "heading" and not prev_closes or nxt.text[0].islower():
        return False
    if nxt_closes and not prev_closes:
        return False  # a closing line ("Thanks to … for feedback") ends the story before it
    end = prev.text.rstrip()[-1]
    if is_list_item(nxt) and (is_list_item(prev) or end == ":"):
        return False  # items of one list, or a list after its lead-in, belong together
    if end in ":," and nxt.text[0] in _QUOTES:
        return False  # a quote after its lead-in ("Nagel says that," "“In order to …”")
    if _NUMBERED.match(nxt.text):
        return False  # a numbered item or section ("2. Plan your route", "Step 3:") continues its story
    # a story does not open with a fragment cut off: it is the last one's tail
    return not (nxt.words < _FRAGMENT_WORDS and open_on_function_word(nxt))


def _attach(text: _Text, g: int) -> int:
    """1 when the short paragraph after gap g reads as the end of the story before it, else
    0: it shares more words with the paragraphs before than with those after, or as many
    when it is a full sentence, shares none with either or stops on a word like "the" (a
    closing note, a teaser's last words: "All prices are based on survey data.", "When I
    was planning", "When I was"). A headline-shaped line (no full stop) sharing its words
    with the story after it, a Title Case heading or a dateline stays with the story it
    opens, and nothing follows a story cut off mid-sentence (a teaser)."""
    units = text.units
    first = units[g]
    if (text.cut_end[g - 1] or first.words > _SHORT_WORDS or g + 1 >= len(units) or text.opens(np.array([g]))[0]
            or title_case(first.text)):
        return 0
    if stops_dangling(first.text):
        return 1
    before = after = 0.0
    for kind in (0, 1):  # all and rare content words
        words = Words(units, common_words(), kind)
        bag = Counter(words[g])
        before += window_overlap(bag, words, range(g - 1, -1, -1), _TAIL_WINDOW)
        after += window_overlap(bag, words, range(g + 1, len(units)), _TAIL_WINDOW)
    return int(before > after or before == after and (not before or not ends_mid_sentence(first.text)))


def _logit(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def _cut_ends(lines: list[Line]) -> set[int]:
    """The ids of the paragraphs and headings after which, up to the next one, come only
    short lines of text the cleaner dropped that end a story cut off (`tail_cut_off`): a
    teaser's end, as if the paragraph stopped there."""
    after: dict[int, list[Line]] = {}
    run: list[Line] | None = None
    for ln in lines:
        if ln.label in ("body", "heading"):
            run = after[id(ln)] = []
        elif run is not None:
            if ln.label == JUNK and ln.reason in ("short", "fragment"):
                run.append(ln)
            else:
                run.clear()  # page furniture: what follows is not the story's end
                run = None
    return {key for key, tail in after.items() if tail_cut_off(tail)}


def _soft_split(seg: Segment, min_words: int, min_words_complete: int, cut_bias: float,
                min_words_untitled: int = 0, cut_ends: set[int] | frozenset[int] = frozenset()) -> list[Segment]:
    """Cut a segment into stories at the gaps the gap model finds likeliest (`cut_ends`:
    the `_cut_ends` of the whole text)."""
    units = story_units(seg.lines)
    if sum(1 for ln in units if ln.label == "body") < 2:
        return [seg]
    model = load_gap_model()
    gaps = Gaps(units, common_words())
    cuts = cut_gaps(units, lambda lo, hi, need: model.probabilities(gaps.rows(lo, hi, need)), model.threshold,
                    min_words, cut_bias, min_words_complete, min_words_untitled,
                    [cut_off(u) or id(u) in cut_ends for u in units])
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


def segment_lines(lines: list[Line], *, min_words: int = 25, min_words_complete: int = 50,
                  min_words_untitled: int = 70, cut_bias: float = 0.0, soft: bool = True) -> list[Segment]:
    """Group labelled lines into stories; with `soft` False only at the fixed cuts (a
    credit, a headline over a byline), not where the gap model would cut."""
    if not soft:
        return _hard_segments(lines)
    out: list[Segment] = []
    ends = _cut_ends(lines)
    for seg in _hard_segments(lines):
        out.extend(_soft_split(seg, min_words, min_words_complete, cut_bias, min_words_untitled, ends))
    return out
