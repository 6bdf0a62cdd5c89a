"""Splitting: run-together articles built from WCXB gold texts, cut apart again.

Concatenations are deterministic (fixed seed over the sorted page ids):

- pool: WCXB dev article pages whose gold main text has >= 120 words;
- each concatenation takes 2-5 distinct articles;
- in about half ("teaser" pages) every article after the first keeps only its
  first 40-150 words, cut after a word that ends in a letter or digit (so no
  sentence end and no trailing punctuation) and is followed by a space, not a
  line break; in the rest all articles are complete;
- joins: in ~70% a single "\\n" between articles and between paragraphs (the
  gold's blank-line paragraph breaks become "\\n"); otherwise "\\n\\n" everywhere.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from . import peers
from .common import pool_map, table
from .metrics import best_overlap, boundary_counts, mean, word_bag
from .wcxb import Page

SEED = 20241030
N_CONCAT = 300
MIN_WORDS = 120
_PARA = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\S+")
_END = re.compile(r"[.!?…:;\"'”’»)\]]\s*$")


@dataclass
class Concat:
    id: str
    text: str
    spans: list[tuple[int, int]]  # gold articles in text order
    truncated: list[bool]
    teasers: bool
    join: str
    parts: list[str] = field(default_factory=list)  # gold text of each article

    @property
    def boundaries(self) -> list[int]:
        return [s for s, _ in self.spans[1:]]


def _teaser(text: str, rng: random.Random) -> str:
    """The first 40-150 words of text, cut mid-sentence (see module docstring)."""
    words = list(_WORD.finditer(text))
    hi = min(150, len(words) - 1)
    target = rng.randint(40, hi)
    # word i closes a teaser of i + 1 words; try the ones nearest the target first
    order = sorted(range(39, hi), key=lambda i: (abs(i + 1 - target), i))
    for i in order:
        w = words[i]
        if w.group()[-1].isalnum() and text[w.end()] == " ":
            return text[:w.end()]
    return text[:words[target - 1].end()].rstrip(".!?,;:")  # no clean cut found (rare)


def build(pages: list[Page], n: int = N_CONCAT, seed: int = SEED) -> list[Concat]:
    """The deterministic concatenations (see module docstring)."""
    pool = sorted((p for p in pages if p.page_type == "article" and p.main.strip()
                   and len(p.main.split()) >= MIN_WORDS), key=lambda p: p.id)
    if len(pool) < 2:
        return []
    rng = random.Random(seed)
    out = []
    for k in range(n):
        chosen = rng.sample(pool, min(len(pool), rng.randint(2, 5)))
        teasers = rng.random() < 0.5
        join = "\n" if rng.random() < 0.7 else "\n\n"
        parts = []
        for j, p in enumerate(chosen):
            body = join.join(x.strip() for x in _PARA.split(p.main.strip()) if x.strip())
            parts.append(_teaser(body, rng) if teasers and j else body)
        spans, pos = [], 0
        for part in parts:
            spans.append((pos, pos + len(part)))
            pos += len(part) + len(join)
        out.append(Concat(f"concat{k:03d}", join.join(parts), spans,
                          [teasers and j > 0 for j in range(len(parts))], teasers, join, parts))
    return out


# --- predictions ----------------------------------------------------------------------

def _ends_open(text: str) -> bool:
    return not _END.search(text)


def _spans_by(text: str, sep: re.Pattern[str]) -> list[dict[str, Any]]:
    segs, pos = [], 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            s, e = pos + lead, pos + len(chunk.rstrip())
            segs.append({"text": text[s:e], "span": (s, e), "truncated": _ends_open(text[s:e])})
        pos = m.end() if m else len(text)
    return segs


BASELINES = {
    "baseline: no split": lambda t: _spans_by(t, re.compile(r"(?!x)x")),
    "baseline: split at blank lines": lambda t: _spans_by(t, re.compile(r"\n\s*\n")),
    "baseline: split at every line": lambda t: _spans_by(t, re.compile(r"\n")),
}


def _segments(item: tuple[str, str, str]) -> list[dict[str, Any]]:
    system, cid, text = item
    if system == "wirescope":
        return peers.wirescope_text(text, cid)
    return BASELINES[system](text)


# --- scoring ----------------------------------------------------------------------------

def score(concats: list[Concat], preds: list[list[dict[str, Any]] | None]) -> dict[str, float]:
    tp = fp = fn = count_ok = 0
    trunc = {True: [], False: []}
    seg_f1: list[float] = []
    art_f1: list[float] = []
    no_span = 0
    for c, segs in zip(concats, preds):
        segs = segs or []
        if any(s["span"] is None for s in segs):
            no_span += 1
            segs = []
        segs = sorted(segs, key=lambda s: s["span"])
        spans = [s["span"] for s in segs]
        a, b, d = boundary_counts(c.boundaries, spans)
        tp, fp, fn = tp + a, fp + b, fn + d
        count_ok += len(segs) == len(c.spans)
        for gspan, flag, part in zip(c.spans, c.truncated, c.parts):
            i = best_overlap(gspan, spans)
            trunc[flag].append(i is not None and segs[i]["truncated"] == flag)
            art_f1.append(word_bag(segs[i]["text"], part).f if i is not None else 0.0)
        for s in segs:
            j = best_overlap(s["span"], c.spans)
            seg_f1.append(word_bag(s["text"], c.parts[j]).f if j is not None else 0.0)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    allt = trunc[True] + trunc[False]
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "count": count_ok / len(concats),
            "trunc": mean(allt), "trunc_t": mean(trunc[True]), "trunc_c": mean(trunc[False]),
            "seg_f1": mean(seg_f1), "art_f1": mean(art_f1), "no_span": no_span}


def bench_split(pages: list[Page], jobs: int, limit: int | None = None) -> str:
    concats = build(pages, min(limit, N_CONCAT) if limit else N_CONCAT)
    if not concats:
        return "### Splitting\n\nno concatenations (too few article pages)"
    systems = list(BASELINES)
    notes = []
    if why := peers.wirescope_status():
        notes.append(f"wirescope not measured: {why}")
    else:
        systems.insert(0, "wirescope")
    rows, by_kind = [], []
    for system in systems:
        items = [(system, c.id, c.text) for c in concats]
        res = pool_map(_segments, items, label=f"split/{system}", jobs=jobs) if system == "wirescope" \
            else [(_segments(it), None) for it in items]
        preds = [r for r, _ in res]
        errors = sum(1 for _, e in res if e)
        s = score(concats, preds)
        if errors == len(concats):  # nothing ran: show dashes, not the scores of empty output
            s = {k: (float("nan") if isinstance(v, float) else v) for k, v in s.items()}
        rows.append([system, s["p"], s["r"], s["f"], s["count"], s["trunc"], s["trunc_t"],
                     s["trunc_c"], s["seg_f1"], s["art_f1"], errors])
        if s["no_span"]:
            notes.append(f"{system}: {s['no_span']} inputs had segments without raw_span (scored as no segments)")
        if errors:
            first = next(e for _, e in res if e)
            notes.append(f"{system}: {errors} errors, first: {first}")
        if system == "wirescope":
            for teasers in (False, True):
                for join in ("\n", "\n\n"):
                    idx = [i for i, c in enumerate(concats) if c.teasers == teasers and c.join == join]
                    if idx:
                        k = score([concats[i] for i in idx], [preds[i] for i in idx])
                        by_kind.append(["teasers" if teasers else "complete", repr(join), len(idx),
                                        k["p"], k["r"], k["f"], k["count"], k["trunc"]])
    n_art = sum(len(c.spans) for c in concats)
    n_teaser = sum(c.teasers for c in concats)
    note = (f"{len(concats)} concatenations (seed {SEED}) of {n_art} gold articles; {n_teaser} list "
            "teasers after the first article. Boundary P/R/F1 micro (a boundary counts when the gold "
            "start lies in the gap before a predicted segment, gap <= 300 chars); count = exact number "
            "of articles; trunc = `truncated` flag of the most-overlapping segment per gold article "
            "(all / teasers / complete); seg F1 = mean word-bag F1 of each segment vs its "
            "most-overlapping gold article; article F1 = mean over gold articles of F1 vs their "
            "most-overlapping segment (0 if none). Baselines flag a segment truncated when it does not end in . ! ? … : ; "
            "quote or bracket.")
    if notes:
        note += "\n\n" + "\n".join(f"- {n}" for n in notes)
    heads = ["system", "P", "R", "F1", "count acc", "trunc acc", "trunc (teasers)", "trunc (complete)",
             "seg F1", "article F1", "errors"]
    out = ["### Splitting run-together articles", "", note, "", table(heads, rows)]
    if by_kind:
        out += ["", table(["wirescope by kind", "join", "n", "P", "R", "F1", "count acc", "trunc acc"],
                          by_kind)]
    return "\n".join(out)
