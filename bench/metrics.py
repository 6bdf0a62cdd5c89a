"""Scoring functions shared by the benchmarks (pure functions, no I/O).

Definitions follow ../shared/datasets/README.md; bench/README.md restates them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

__all__ = [
    "PRF", "tokens", "word_bag", "snippet_hits", "norm_ws", "title_match",
    "author_match", "split_names", "date_match", "DateCounts", "date_outcome",
    "boundary_counts", "best_overlap", "mean",
]

_WORD = re.compile(r"\w+")
_WS = re.compile(r"\s+")
# Name separators for the lenient author comparison: "," ";" "&" and " and ".
_NAME_SEP = re.compile(r"\s*[,;&]\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


@dataclass(frozen=True)
class PRF:
    p: float
    r: float
    f: float


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def tokens(text: str | None) -> list[str]:
    """Lowercased `\\w+` tokens."""
    return _WORD.findall((text or "").lower())


def word_bag(pred: str | None, ref: str | None) -> PRF:
    """Word-bag precision/recall/F1 of one page (multiset overlap of `\\w+` tokens).

    Empty reference: 1.0 if the prediction is empty too, else 0.0.
    Empty prediction for a non-empty reference: 0.0.
    """
    pt, rt = tokens(pred), tokens(ref)
    if not rt:
        s = 1.0 if not pt else 0.0
        return PRF(s, s, s)
    if not pt:
        return PRF(0.0, 0.0, 0.0)
    overlap = sum((Counter(pt) & Counter(rt)).values())
    p, r = overlap / len(pt), overlap / len(rt)
    f = 2 * p * r / (p + r) if overlap else 0.0
    return PRF(p, r, f)


def norm_ws(text: str | None) -> str:
    """Runs of whitespace to one space, stripped."""
    return _WS.sub(" ", text or "").strip()


def snippet_hits(pred: str | None, snippets: Sequence[str]) -> tuple[int, int]:
    """(found, total) for case-insensitive substring tests, whitespace collapsed on both sides."""
    hay = norm_ws(pred).lower()
    snippets = [s for s in snippets if norm_ws(s)]
    found = sum(1 for s in snippets if norm_ws(s).lower() in hay)
    return found, len(snippets)


# Typographic variants of one character: a page's <title> and its visible headline often
# differ only in curly against straight quotes or the dash drawn.
_TYPO = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                       "\u00a0": " "})


def title_match(pred: str | None, gold: str) -> bool:
    """Exact match after whitespace normalisation, curly quotes and en/em dashes counted
    as their plain forms."""
    return norm_ws((pred or "").translate(_TYPO)) == norm_ws(gold.translate(_TYPO))


def split_names(text: str | None) -> frozenset[str]:
    """Author names from a string, split on `,` `;` `&` and ` and ` (", and" once)."""
    return frozenset(n for n in (norm_ws(x) for x in _NAME_SEP.split(text or "")) if n)


def author_match(pred: Sequence[str] | str | None, gold: str) -> bool:
    """Exact match of ", ".join(pred) after whitespace normalisation, or equal name sets."""
    joined = pred if isinstance(pred, str) or pred is None else ", ".join(pred)
    if not norm_ws(joined):
        return False
    if norm_ws(joined) == norm_ws(gold):
        return True
    return split_names(joined) == split_names(gold)


def date_match(pred: str | None, gold: str) -> bool:
    """Compare the YYYY-MM-DD part."""
    return bool(pred) and norm_ws(pred)[:10] == norm_ws(gold)[:10]


@dataclass
class DateCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else 0.0

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / self.n if self.n else 0.0


def date_outcome(pred: str | None, gold: str | None) -> str:
    """"tp" | "fp" | "fn" | "tn" for one page (htmldate rules, YYYY-MM-DD part)."""
    pred = (pred or "").strip()[:10] or None
    if gold is None:
        return "tn" if pred is None else "fp"
    if pred is None:
        return "fn"
    return "tp" if pred == gold[:10] else "fp"


def boundary_counts(gold: Sequence[int], spans: Sequence[tuple[int, int]],
                    max_gap: int = 300) -> tuple[int, int, int]:
    """(tp, fp, fn) of predicted article boundaries.

    `gold` are the char offsets where articles 2..n start; `spans` are the
    predicted segments' (start, end) in raw-text order. Segment k>1 predicts a
    boundary in the gap (end of segment k-1, start of segment k); it is correct
    if that gap is at most `max_gap` chars and holds a not-yet-matched gold
    boundary (ends inclusive).
    """
    unmatched = sorted(gold)
    tp = fp = 0
    for (_, prev_end), (start, _) in zip(spans, spans[1:]):
        hit = None
        if 0 <= start - prev_end <= max_gap:
            hit = next((b for b in unmatched if prev_end <= b <= start), None)
        if hit is None:
            fp += 1
        else:
            unmatched.remove(hit)
            tp += 1
    return tp, fp, len(unmatched)


def best_overlap(span: tuple[int, int], candidates: Sequence[tuple[int, int]]) -> int | None:
    """Index of the candidate span with the largest char overlap (None if none overlaps)."""
    best, best_len = None, 0
    for i, (s, e) in enumerate(candidates):
        ov = min(span[1], e) - max(span[0], s)
        if ov > best_len:
            best, best_len = i, ov
    return best
