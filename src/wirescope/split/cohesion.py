"""Cohesion: what the words on the two sides of each paragraph gap have in common.

`Counts` holds the words of a run of paragraphs as one sparse table, built once per
text; every piece of the text the splitter rescores (see `segment.cut_gaps`) reads its
windows from it with array arithmetic, so the per-paragraph work (reading the words) is
never repeated. A window before gap g is the nearest paragraphs before it that hold a
given number of words (all of them back to the piece's start if fewer), the window after
it the nearest ones from g on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain

import numpy as np

__all__ = ["Counts", "bounds", "overlap_rows", "cohesion", "DEPTH_REACH"]

# Gaps whose windows are counted in one array (bounds memory on very long texts; a smaller
# block spans fewer paragraphs and words: 128 is quicker than 256 or 64 on the bench texts).
_BLOCK = 128
DEPTH_REACH = 5  # gaps on each side for the depth score and the local minimum


class Counts:
    """The words of a run of paragraphs (one list per paragraph, a word as often as it
    occurs) as one sparse table of (paragraph, word, count), by paragraph; a paragraph's
    size is its number of words."""

    def __init__(self, words: Sequence[Sequence[str]]) -> None:
        n = len(words)
        sizes = np.fromiter(map(len, words), dtype=np.int64, count=n)
        flat = list(chain.from_iterable(words))
        self.words = {w: i for i, w in enumerate(dict.fromkeys(flat))}  # word -> id
        self.vocab = v = len(self.words)
        ids = np.fromiter(map(self.words.__getitem__, flat), dtype=np.int64, count=len(flat))
        pairs, counts = np.unique(np.repeat(np.arange(n, dtype=np.int64), sizes) * max(v, 1) + ids, return_counts=True)
        self.unit, self.ids, self.counts = pairs // max(v, 1), pairs % max(v, 1), counts.astype(np.int32)
        self.ptr = np.searchsorted(self.unit, np.arange(n + 1))
        # a word of one paragraph only is never on both sides of a gap: the windows leave it out
        self.repeated = np.bincount(self.ids, minlength=v)[self.ids] > 1
        single = np.bincount(self.unit, weights=np.where(self.repeated, 0, self.counts), minlength=n)
        self.single_cum = np.concatenate([[0], np.cumsum(single.astype(np.int64))])
        self.cum = np.concatenate([[0], np.cumsum(sizes)])

    def firsts(self, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """Per word id: the first and the last paragraph of the piece lo..hi that holds it."""
        p, q = self.ptr[lo], self.ptr[hi]
        ids, unit = self.ids[p:q], self.unit[p:q]
        first = np.full(self.vocab, hi, dtype=np.int64)
        last = np.full(self.vocab, lo - 1, dtype=np.int64)
        words, at = np.unique(ids, return_index=True)
        first[words] = unit[at]
        words, at = np.unique(ids[::-1], return_index=True)
        last[words] = unit[::-1][at]
        return first, last

    def windows(self, lo: int, hi: int, gap: np.ndarray, window_sizes: Sequence[int]
                ) -> Iterator[tuple[np.ndarray, np.ndarray, list[tuple]]]:
        """The windows around the gaps `gap` (in order) of the piece lo..hi, for each of
        `window_sizes`, a block of gaps at a time. Yields (gaps, word ids, sides) with one (before, after,
        n_before, n_after) in `sides` per window size: before[r] and after[r] count the
        words in the windows around gaps[r]; n_before and n_after are the windows' sizes.
        The words are those found in two paragraphs or more of the text (no other can be
        on both sides; `single_cum` counts the others)."""
        cum = self.cum
        edges = [bounds(cum, lo, hi, gap, size) for size in window_sizes]
        for s in range(0, len(gap), _BLOCK):
            g = gap[s:s + _BLOCK]
            blocks = [(a[s:s + _BLOCK], b[s:s + _BLOCK]) for a, b in edges]
            first, end = min(int(a.min()) for a, _ in blocks), max(int(b.max()) for _, b in blocks)
            p, q = self.ptr[first], self.ptr[end]
            keep = self.repeated[p:q]
            ids, counts, unit = self.ids[p:q][keep], self.counts[p:q][keep], self.unit[p:q][keep]
            words, col = np.unique(ids, return_inverse=True)
            table = np.zeros((end - first + 1, len(words) or 1), dtype=np.int32)
            table[unit - first + 1, col] = counts
            np.cumsum(table, axis=0, out=table)  # row r: paragraphs first .. first + r - 1
            here = table[g - first]
            yield g, words, [(here - table[a - first], table[b - first] - here, cum[g] - cum[a], cum[b] - cum[g])
                             for a, b in blocks]


def bounds(cum: np.ndarray, lo: int, hi: int, gap: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """For each gap g of the piece lo..hi in `gap` (lo < g < hi): the first paragraph of
    the window before it and the end of the window after it, `size` words each by the
    cumulative paragraph sizes `cum`."""
    before = np.clip(np.searchsorted(cum, cum[gap] - size, side="right") - 1, lo, gap - 1)
    after = np.clip(np.searchsorted(cum, cum[gap] + size, side="left"), gap + 1, hi)
    return before, after


def overlap_rows(before: np.ndarray, after: np.ndarray, n_before: np.ndarray, n_after: np.ndarray) -> np.ndarray:
    """Per row: the words the two windows share over the size of the smaller one."""
    smaller = np.minimum(n_before, n_after)
    return np.where(smaller > 0, np.minimum(before, after).sum(axis=1) / np.maximum(smaller, 1), 0.0)


def cohesion(ov: np.ndarray) -> np.ndarray:
    """Per gap (the columns of `ov`, one row of overlaps per series): for each series its
    overlap, depth score (how far it dips below the highest overlap within `DEPTH_REACH`
    gaps on each side, the depth score of TextTiling, Hearst 1997) and whether it is the
    lowest around."""
    gaps = np.atleast_2d(np.asarray(ov, dtype=float))
    k, m = gaps.shape
    if not m:
        return np.zeros((0, 3 * k))
    r = DEPTH_REACH
    pad = np.full((k, r), np.inf)
    low = np.concatenate([-pad, gaps, -pad], axis=1)
    high = np.concatenate([pad, gaps, pad], axis=1)
    windows = np.lib.stride_tricks.sliding_window_view(low, r + 1, axis=1)
    left = windows[:, :m].max(axis=2)      # gaps g - r .. g
    right = windows[:, r:r + m].max(axis=2)  # gaps g .. g + r
    lowest = np.lib.stride_tricks.sliding_window_view(high, 2 * r + 1, axis=1).min(axis=2)
    depth = left + right - 2 * gaps
    return np.stack([gaps, depth, (gaps <= lowest).astype(float)], axis=2).transpose(1, 0, 2).reshape(m, 3 * k)
