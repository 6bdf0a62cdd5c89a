"""Deduplication: syndicated copies of WCXB gold texts, linked back to their originals.

The test set is built in memory, deterministically (seed `SEED`), from the gold main
texts of WCXB dev article pages with >= 120 words; nothing of it is written to disk.

- originals: `N_ORIGINALS` pages (every page of a domain that has several in the pool
  is among them, so its siblings can be same-site negatives);
- copies: each original gets two copies with one edit each (the kinds dealt round
  from a shuffled deck, so every kind gets its share) and, half the time, a third
  copy with 2-3 edits combined (`EDITS` says what each edit does);
- negatives: the other articles of a domain that has an original ("same site"),
  pairs of unrelated articles given the same 40-60-word paragraph (a long quote or a
  boilerplate paragraph, at the top, middle or bottom: "shared paragraph") and other
  articles ("other article").

Every system sees the originals first (shuffled), then the copies and negatives
(shuffled), each input named `inputNNNN` so its name tells nothing.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable
from urllib.parse import urlsplit

from . import peers
from .common import log, table
from .dedupe_edits import COMBINABLE, EDITS, n_words, paragraphs
from .wcxb import Page

SEED = 20261122
N_ORIGINALS = 300
N_SHARED_PAIRS = 50
N_OTHER = 150
MIN_WORDS = 120

_WORD = re.compile(r"\S+")
_SENT = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")

# --- the test set -------------------------------------------------------------------------

@dataclass
class Item:
    id: str     # the input's name as the systems see it
    text: str
    role: str   # "original", "copy" or "negative"
    kind: str   # edit kind(s) for a copy, negative kind, or "original"
    story: str  # the page id of the original for a copy; the item's own page id otherwise
    url: str | None = None  # its address: the page's; a teaser's is its original's


def domain(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").lower().removeprefix("www.")


def shared_paragraph(donor: str, rng: random.Random) -> str:
    """40-60 words of `donor` from a sentence start on, ending at a sentence end when one
    falls in that range (else cut at 60 words and closed with a full stop)."""
    sents = [s for s in _SENT.split(" ".join(paragraphs(donor))) if s.strip()]
    start = rng.randrange(len(sents))
    words: list[str] = []
    for s in sents[start:] + sents[:start]:
        words += _WORD.findall(s)
        if len(words) >= 40:
            break
    words = words[:60] if len(words) >= 40 else (words * (40 // max(1, len(words)) + 1))[:40]
    text = " ".join(words)
    return text if text[-1] in ".!?" else text.rstrip(",;:") + "."


def _insert(text: str, para: str, where: str, rng: random.Random) -> str:
    paras = paragraphs(text)
    at = 0 if where == "top" else len(paras) if where == "bottom" else rng.randint(1, max(1, len(paras) - 1))
    return "\n\n".join([*paras[:at], para, *paras[at:]])


def build(pages: list[Page], n: int = N_ORIGINALS, seed: int = SEED) -> list[Item]:
    """The inputs in the order every system sees them (see module docstring)."""
    pool, seen = [], set()
    for p in sorted(pages, key=lambda p: p.id):
        # WCXB has a page twice under one address ("…/moseley-coffee" and "…/moseley-coffee/"):
        # keep the first, the second is no negative
        key = domain(p.url) + urlsplit(p.url or "").path.rstrip("/") if p.url else p.id
        if p.page_type == "article" and n_words(p.main) >= MIN_WORDS and key not in seen:
            seen.add(key)
            pool.append(p)
    rng = random.Random(seed)
    by_domain: dict[str, list[Page]] = defaultdict(list)
    for p in pool:
        by_domain[domain(p.url)].append(p)
    shared_site = [ps for d, ps in sorted(by_domain.items()) if d and len(ps) > 1][:n]
    originals = [ps[0] for ps in shared_site]
    site_negs = [p for ps in shared_site for p in ps[1:]]
    used = {p.id for p in originals + site_negs}
    rest = [p for p in pool if p.id not in used]
    rng.shuffle(rest)
    take = max(0, n - len(originals))
    originals += rest[:take]
    rest = rest[take:]

    first: list[Item] = [Item("", p.main, "original", "original", p.id, p.url) for p in originals]
    later: list[Item] = [Item("", p.main, "negative", "same site", p.id, p.url) for p in site_negs]
    deck: list[str] = []
    for p in originals:
        for _ in range(2):
            if not deck:
                deck = list(EDITS)
                rng.shuffle(deck)
            kind = deck.pop()
            url = p.url if kind == "teaser" else f"https://wire{len(later)}.example/story"
            later.append(Item("", EDITS[kind](p.main, rng), "copy", kind, p.id, url))
        if rng.random() < 0.5:
            kinds = rng.sample(COMBINABLE, rng.randint(2, 3))
            kinds = [k for k in COMBINABLE if k in kinds]
            if "note top" in kinds and "note bottom" in kinds:
                kinds.remove("note bottom")
            text = p.main
            for k in kinds:
                text = EDITS[k](text, rng)
            later.append(Item("", text, "copy", " + ".join(kinds), p.id,
                              f"https://wire{len(later)}.example/story"))
    k = min(round(N_SHARED_PAIRS * n / N_ORIGINALS), len(rest) // 3)  # negatives scale with n
    for i in range(k):
        a, b, donor = rest[3 * i], rest[3 * i + 1], rest[3 * i + 2]
        para = shared_paragraph(donor.main, rng)
        where = ("top", "middle", "bottom")[i % 3]
        if rng.random() < 0.5:  # a long quote rather than a boilerplate paragraph
            who = rng.choice(["a spokesperson", "the report", "one expert"])
            para = f"\u201c{para[:-1]},\u201d said {who}."
        for p in (a, b):
            later.append(Item("", _insert(p.main, para, where, rng), "negative", "shared paragraph",
                              p.id, p.url))
    n_other = round(N_OTHER * n / N_ORIGINALS)
    later += [Item("", p.main, "negative", "other article", p.id, p.url) for p in rest[3 * k:3 * k + n_other]]
    rng.shuffle(first)
    rng.shuffle(later)
    items = first + later
    for i, it in enumerate(items):
        it.id = f"input{i:04d}"
    return items


# --- scoring ------------------------------------------------------------------------------

def outcome(item: Item, linked: Item | None) -> str:
    """What a system did with one input: for a copy "right" (linked to an input of its
    story: the original or another copy of it), "wrong" (another story) or "missed" (no
    link); for an original or a negative "false" (any link) or "ok"."""
    if item.role == "copy":
        if linked is None:
            return "missed"
        return "right" if linked.story == item.story else "wrong"
    return "ok" if linked is None else "false"


def prf(outcomes: Iterable[str]) -> dict[str, float]:
    """Micro P/R/F1 of "is a copy of X": TP = right links, FP = wrong and false links,
    FN = copies not rightly linked."""
    c = Counter(outcomes)
    tp, fp = c["right"], c["wrong"] + c["false"]
    fn = c["wrong"] + c["missed"]
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "fp": fp, "fn": fn, **c}


def owner_links(rows: Iterable[tuple[str, str, str, int]]) -> dict[str, str]:
    """{input: the input it was linked to} from a store's source rows in storage order,
    `(input, article_id, canonical_id, words)`: each canonical article belongs to the
    input whose row stored it first; an input whose rows point to canonical articles of
    other inputs is linked to the one owning the most of its words."""
    owner: dict[str, str] = {}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for source, article_id, canonical, words in rows:
        owner.setdefault(article_id, source)
        who = owner.get(canonical, source)
        if who != source:
            votes[source][who] += words
    return {s: c.most_common(1)[0][0] for s, c in votes.items()}


def edit_group(kind: str) -> str:
    """The row of a copy in the by-edit table: its edit, or "n edits" when combined."""
    n = kind.count(" + ")
    return f"{n + 1} edits" if n else kind


def miss_cause(stored: bool, raw_sim: float, threshold: float) -> str:
    """Why wirescope missed a copy: nothing stored; the input texts themselves under the
    threshold (dedupe's limit); or else the segments stored (cut differently, or cleaned)."""
    if not stored:
        return "stored nothing"
    return "input texts below threshold" if raw_sim < threshold else "segments differ"


def threshold() -> float:
    from wirescope.dedupe import DedupeSettings
    return DedupeSettings().threshold


# --- systems ------------------------------------------------------------------------------

def _wirescope_run(items: list[Item], tmp: str,
                   urls: bool = False) -> tuple[dict[str, str], dict[str, str], dict]:
    """`wirescope.run` over the inputs into a fresh store (`urls`: each input with its
    address): (links, largest-segment text per input, run info)."""
    from wirescope import Article, run
    from wirescope.store import Store
    db = os.path.join(tempfile.mkdtemp(dir=tmp), "run.db")  # a fresh store per call
    summary = run([Article(raw=it.text, kind="text", source=it.id, url=it.url if urls else None)
                   for it in items], db_path=db, language_layer=False)
    with Store(db) as store:
        rows = store.conn.execute(
            "SELECT s.source, s.article_id, coalesce(a.canonical_id, a.id), a.text "
            "FROM sources s JOIN articles a ON a.id = s.article_id ORDER BY s.rowid").fetchall()
    links = owner_links((s, aid, can, n_words(text)) for s, aid, can, text in rows)
    main: dict[str, str] = {}
    segs: Counter[str] = Counter()
    for s, _aid, _can, text in rows:
        segs[s] += 1
        if n_words(text) > n_words(main.get(s, "")):
            main[s] = text
    info = {"statuses": summary.statuses, "split": sum(1 for v in segs.values() if v > 1),
            "no_article": len(items) - len(segs)}
    return links, main, info


def _wirescope_add(items: list[Item], tmp: str) -> dict[str, str]:
    """`Store.add` of each input's text as is (no cleaning, no splitting): dedupe alone."""
    from wirescope import Article
    from wirescope.store import Store
    links: dict[str, str] = {}
    first: dict[str, str] = {}
    with Store(os.path.join(tempfile.mkdtemp(dir=tmp), "add.db")) as store:
        for it in items:
            res = store.add(Article(raw=it.text, text=it.text, source=it.id))
            first.setdefault(res.article_id, it.id)
            who = first.get(res.canonical_id or res.article_id, it.id)
            if who != it.id:
                links[it.id] = who
    return links


def _exact(items: list[Item]) -> dict[str, str]:
    from wirescope.article import content_id
    first: dict[str, str] = {}
    links = {}
    for it in items:
        key = content_id(it.text)
        if key in first:
            links[it.id] = first[key]
        else:
            first[key] = it.id
    return links


def _datasketch(items: list[Item], threshold: float = 0.5,
                ratio: float | None = None) -> dict[str, str]:
    """MinHashLSH(threshold, num_perm=128) on lowercased 3-word shingles; unlinked inputs are
    indexed. Without `ratio` a query's candidate with the highest estimated Jaccard is the
    link; with it, the candidate with the highest rapidfuzz `fuzz.ratio` of the lowercased
    texts if it reaches `ratio`."""
    from datasketch import MinHash, MinHashLSH
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    sigs: dict[str, MinHash] = {}
    texts: dict[str, str] = {}
    links = {}
    for it in items:
        low = it.text.lower()
        ws = re.findall(r"\w+", low)
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(ws[i:i + 3]).encode() for i in range(max(1, len(ws) - 2))])
        cands = sorted(lsh.query(m))
        best = None
        if cands and ratio is None:
            best = max(cands, key=lambda c: sigs[c].jaccard(m))
        elif cands:
            from rapidfuzz import fuzz
            score, best = max((fuzz.ratio(low, texts[c]), c) for c in cands)
            best = best if score >= ratio else None
        if best is not None:
            links[it.id] = best
        else:
            lsh.insert(it.id, m)
            sigs[it.id], texts[it.id] = m, low
    return links


# --- the section --------------------------------------------------------------------------

def _similarities(items: list[Item], texts: dict[str, str]) -> dict[str, float]:
    """wirescope's estimated Jaccard (its own signature and settings) of each copy's text
    in `texts` against its original's."""
    import sqlite3
    from wirescope.dedupe import NearIndex, similarity
    orig = {it.story: it.id for it in items if it.role == "original"}
    index = NearIndex(sqlite3.connect(":memory:"))
    out = {}
    for it in items:
        if it.role != "copy":
            continue
        a, b = texts.get(it.id), texts.get(orig[it.story])
        sa = index.signature(a) if a else None
        sb = index.signature(b) if b else None
        out[it.id] = similarity(sa, sb) if sa is not None and sb is not None else 0.0
    return out


def bench_dedupe(pages: list[Page], limit: int | None = None) -> str:
    items = build(pages, min(limit, N_ORIGINALS) if limit else N_ORIGINALS)
    if not items:
        return "### Deduplication\n\nno inputs (too few article pages)"
    by_id = {it.id: it for it in items}
    systems: dict[str, Callable[[list[Item]], dict[str, str]]] = {}
    notes, extra, main = [], {}, {}
    tmp = tempfile.TemporaryDirectory(prefix="bench-dedupe-")
    if why := peers.wirescope_status():
        notes.append(f"wirescope not measured: {why}")
    else:
        def ws_run(its: list[Item]) -> dict[str, str]:
            links, m, info = _wirescope_run(its, tmp.name)
            main.update(m)
            extra.update(info)
            return links
        systems["wirescope run"] = ws_run
        systems["wirescope run, urls"] = lambda its: _wirescope_run(its, tmp.name, urls=True)[0]
        systems["wirescope Store.add"] = lambda its: _wirescope_add(its, tmp.name)
    systems["exact hash"] = _exact
    systems["datasketch LSH 0.5"] = _datasketch
    systems["rapidfuzz ratio 80"] = lambda its: _datasketch(its, 0.3, 80)
    results: dict[str, tuple[dict[str, str], float]] = {}
    for name, fn in systems.items():
        log(f"  dedupe/{name}: {len(items)} inputs")
        try:
            fn(items[:20])  # warm-up (imports, caches) into a store of its own, untimed
            t0 = time.perf_counter()
            links = fn(items)
        except Exception as exc:  # noqa: BLE001 - a failing system is data for the table
            notes.append(f"{name}: {type(exc).__name__}: {exc}"[:300])
            continue
        results[name] = (links, time.perf_counter() - t0)
    tmp.cleanup()

    def outcomes(links: dict[str, str], subset: Iterable[Item]) -> list[str]:
        return [outcome(it, by_id.get(links.get(it.id, ""))) for it in subset]

    copies = [it for it in items if it.role == "copy"]
    others = [it for it in items if it.role != "copy"]
    rows = []
    for name, (links, secs) in results.items():
        s = prf(outcomes(links, items))
        c = Counter(outcomes(links, copies))
        o = Counter(outcomes(links, others))
        rows.append([name, s["p"], s["r"], s["f"], c["wrong"], c["missed"], o["false"],
                     1000 * secs / len(items)])
    kinds = list(EDITS) + ["2 edits", "3 edits"]
    sims = _similarities(items, main) if main else {}
    by_kind = []
    for kind in kinds:
        group = [it for it in copies if edit_group(it.kind) == kind]
        if not group:
            continue
        row: list = [kind, len(group)]
        for name, (links, _) in results.items():
            c = Counter(outcomes(links, group))
            row.append(f"{c['right'] / len(group):.2f}" + (f" ({c['wrong']}w)" if c["wrong"] else ""))
        if sims:
            row.append(statistics.median(sims[it.id] for it in group))
        by_kind.append(row)
    neg_rows = []
    for kind in ("original", "same site", "shared paragraph", "other article"):
        group = [it for it in others if it.kind == kind]
        if group:
            neg_rows.append([kind, len(group)] + [Counter(outcomes(links, group))["false"]
                                                  for links, _ in results.values()])
    combos = Counter(k for it in copies if " + " in it.kind for k in it.kind.split(" + "))
    n_neg = sum(it.role == "negative" for it in items)
    note = (f"{len(items)} inputs (seed {SEED}): {len(others) - n_neg} WCXB dev article originals "
            f"(>= {MIN_WORDS} words), {len(copies)} copies, {n_neg} negatives; originals first, then "
            "copies and negatives, shuffled. A copy is right when linked to an input of its story "
            "(its original, or another copy of it when the original was missed); P/R/F1 micro over "
            "inputs of \"is a copy of X\" (FP = wrong links of copies + any link of an original or a "
            "negative). wirescope run: an input is linked when any of its segments is stored as (a copy "
            "of) an article another input stored first; urls: with each input's address (a teaser "
            "at its original's); Store.add: the input text stored as is (no cleaning or splitting). "
            "s/1k = wall seconds per 1,000 inputs (wirescope run includes cleaning, splitting and "
            "the store). Systems: bench/README.md.")
    if extra:
        note += (f" wirescope run statuses: {dict(extra['statuses'])}; {extra['split']} inputs cut "
                 f"into several articles, {extra['no_article']} stored nothing.")
    note += " Combined copies' edits: " + ", ".join(f"{k} {v}" for k, v in combos.most_common()) + "."
    if sims and "wirescope run" in results:
        raw = _similarities(items, {it.id: it.text for it in items})
        missed = [it for it, o in zip(copies, outcomes(results["wirescope run"][0], copies)) if o == "missed"]
        why = Counter(miss_cause(it.id in main, raw[it.id], threshold()) for it in missed)
        note += (" wirescope run's missed copies: " + ", ".join(f"{k} {v}" for k, v in why.most_common())
                 + ".")
    if notes:
        note += "\n\n" + "\n".join(f"- {n}" for n in notes)
    names = list(results)
    out = ["### Deduplication: syndicated copies", "", note, "",
           table(["system", "P", "R", "F1", "wrong", "missed", "false links", "s/1k"], rows), "",
           table(["copies: recall by edit (wrong links)", "n", *names]
                 + (["wirescope sim (median)"] if sims else []), by_kind, digits=2), "",
           table(["false links of", "n", *names], neg_rows)]
    return "\n".join(out)
