"""Quote-matching metric for the `quotes` section (pure functions, no I/O).

GenderGapTracker-style matching as defined for PolNeAR in ../shared/datasets/README.md;
bench/README.md restates it. Gold quotes are character sets (PolNeAR spans can be
discontinuous), predicted quotes are half-open `[start, end)` ranges.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

__all__ = [
    "Gold", "Pred", "QuoteCounts", "char_set", "coverage", "match_quotes", "speaker_correct",
    "score_quotes", "quoted_mask", "is_direct", "THRESHOLDS",
]

THRESHOLDS = (0.3, 0.8)
# Marks that open/close a direct quote. Single marks are left out on purpose: ’ is
# mostly an apostrophe, and ‘…’ in news is a nested quote or a headline scare quote.
OPEN, CLOSE, STRAIGHT = "“«„", "”»", '"'


@dataclass(frozen=True)
class Gold:
    """One gold attribution: Content characters, Source characters (None: no source)."""
    chars: frozenset[int]
    source: frozenset[int] | None = None


@dataclass(frozen=True)
class Pred:
    """One predicted quote: `[start, end)` and the speaker span/name (all optional)."""
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None

    @property
    def has_speaker(self) -> bool:
        return bool(self.speaker_name) or self.speaker_start is not None


def char_set(fragments: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Union of half-open fragments as a set of character offsets."""
    return frozenset(i for s, e in fragments for i in range(s, e))


def coverage(gold: frozenset[int], start: int, end: int) -> float:
    """|gold ∩ [start, end)| / |gold| (0 for an empty gold set)."""
    if not gold:
        return 0.0
    return sum(1 for i in gold if start <= i < end) / len(gold)


def match_quotes(golds: Sequence[Gold], preds: Sequence[Pred], threshold: float) -> list[tuple[int, int]]:
    """[(gold index, pred index)] matched greedily.

    Gold quotes are walked in document order (first character, then last); each takes
    the not-yet-used prediction with the highest coverage, if strictly above
    `threshold`. Ties go to the prediction that starts first.
    """
    order = sorted(range(len(golds)), key=lambda g: (min(golds[g].chars, default=0),
                                                     max(golds[g].chars, default=0)))
    pred_order = sorted(range(len(preds)), key=lambda p: (preds[p].start, preds[p].end))
    used: set[int] = set()
    pairs = []
    for g in order:
        best, best_score = None, threshold
        for p in pred_order:
            if p in used:
                continue
            s = coverage(golds[g].chars, preds[p].start, preds[p].end)
            if s > best_score:
                best, best_score = p, s
        if best is not None:
            used.add(best)
            pairs.append((g, best))
    return pairs


def speaker_correct(gold: Gold, pred: Pred) -> bool:
    """The predicted speaker span overlaps the gold Source by >= 1 char, or the gold has
    no source and the prediction has no speaker (neither name nor span)."""
    if gold.source is None or not gold.source:
        return not pred.has_speaker
    if pred.speaker_start is None or pred.speaker_end is None:
        return False
    return any(pred.speaker_start <= i < pred.speaker_end for i in gold.source)


@dataclass
class QuoteCounts:
    """Micro counts at one threshold, summed over articles with `+=`."""
    gold: int = 0
    pred: int = 0
    tp: int = 0          # matched pairs
    speaker_ok: int = 0  # matched pairs with a correct speaker (= end-to-end TPs)

    def __iadd__(self, other: "QuoteCounts") -> "QuoteCounts":
        self.gold += other.gold
        self.pred += other.pred
        self.tp += other.tp
        self.speaker_ok += other.speaker_ok
        return self

    @staticmethod
    def _f(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * tp / (pred + gold) if pred + gold else 0.0)

    @property
    def prf(self) -> tuple[float, float, float]:
        """Quote P, R, F1: TP = matched pair, FP = unmatched prediction, FN = unmatched gold."""
        return self._f(self.tp, self.pred, self.gold)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.tp if self.tp else float("nan")

    @property
    def e2e(self) -> tuple[float, float, float]:
        """End-to-end P, R, F1: a TP is a matched pair whose speaker is also correct;
        every other prediction is an FP and every other gold quote an FN."""
        return self._f(self.speaker_ok, self.pred, self.gold)


def score_quotes(golds: Sequence[Gold], preds: Sequence[Pred], threshold: float) -> QuoteCounts:
    """Counts for one article at one threshold."""
    pairs = match_quotes(golds, preds, threshold)
    ok = sum(1 for g, p in pairs if speaker_correct(golds[g], preds[p]))
    return QuoteCounts(gold=len(golds), pred=len(preds), tp=len(pairs), speaker_ok=ok)


def quoted_mask(text: str) -> list[bool]:
    """Per character: does it lie inside double quotation marks (marks included)?

    “ « „ open and ” » close; a straight " opens when none is open and closes
    otherwise; a ” opening a line, with nothing open, opens. A line break ends an open
    quote, since news opens a quote again at the start of each paragraph it continues
    over. Two apostrophes ('') count as one straight mark, as in wire archives that
    write quotes that way.
    """
    text = text.replace("''", '"\u2060')   # same length, so indices still line up
    mask = [False] * len(text)
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            if open_at is not None:
                mask[open_at:i] = [True] * (i - open_at)
            open_at = None
        elif ch in OPEN or (ch == STRAIGHT and open_at is None) \
                or ch in CLOSE and open_at is None and (i == 0 or text[i - 1] == "\n"):
            open_at = i   # a closing mark opening a line closes nothing: it opens (a typesetting slip)
        elif (ch in CLOSE or ch == STRAIGHT) and open_at is not None:
            mask[open_at:i + 1] = [True] * (i + 1 - open_at)
            open_at = None
    if open_at is not None:
        mask[open_at:] = [True] * (len(text) - open_at)
    return mask


def is_direct(chars: frozenset[int], text: str, mask: Sequence[bool], share: float = 0.5) -> bool:
    """A gold quote is direct when at least `share` of its non-space characters lie inside
    quotation marks (`quoted_mask`)."""
    ink = [i for i in chars if i < len(text) and not text[i].isspace()]
    return bool(ink) and sum(1 for i in ink if mask[i]) >= share * len(ink)
