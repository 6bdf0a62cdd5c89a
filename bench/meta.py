"""Metadata: title/author/date on WCXB article pages, and the htmldate dev set."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from . import peers
from .common import pool_map, table
from .metrics import DateCounts, author_match, date_match, date_outcome, title_match
from .wcxb import Page, Runs

FIELDS = ("title", "author", "date")
# Which fields each system reports (others show as "–").
PROVIDES = {"wirescope": FIELDS, "trafilatura": FIELDS, "newspaper4k": FIELDS,
            "htmldate": ("date",), "htmldate fast": ("date",)}


def _correct(field: str, out: dict[str, Any], gold: str) -> bool:
    if field == "title":
        return title_match(out.get("title"), gold)
    if field == "author":
        return author_match(out.get("authors"), gold)
    return date_match(out.get("date"), gold)


def bench_wcxb_meta(runs: Runs, pages: list[Page]) -> str:
    """Exact-match accuracy of title, author and date on WCXB article pages with gold."""
    arts = [p for p in pages if p.page_type == "article"]
    gold = {f: {p.id: getattr(p, f) for p in arts if getattr(p, f)} for f in FIELDS}
    rows, notes = [], []
    for system in peers.HTML_META:
        if system == "wirescope" and (why := peers.wirescope_status()):
            notes.append(f"wirescope not measured: {why}")
            continue
        outputs = runs.html("HTML_META", system, arts)
        row: list[Any] = [system]
        for f in FIELDS:
            if f not in PROVIDES[system]:
                row.append(None)
                continue
            hits = sum(1 for pid, g in gold[f].items()
                       if outputs[pid][0] is not None and _correct(f, outputs[pid][0], g))
            row.append(hits / len(gold[f]) if gold[f] else float("nan"))
        errors = sum(1 for _, e in outputs.values() if e)
        row.append(errors)
        if errors:
            first = next(f"{pid}: {e}" for pid, (_, e) in sorted(outputs.items()) if e)
            notes.append(f"{system}: {errors} errors, first: {first}")
        rows.append(row)
    heads = ["system"] + [f"{f} (n={len(gold[f])})" for f in FIELDS] + ["errors"]
    note = (f"{len(arts)} article pages; accuracy over pages with a gold value. Title: exact after "
            "whitespace normalisation, curly quotes and en/em dashes read as their plain forms. Author: ', '.join(authors) exact, or equal name sets after "
            "splitting on , ; & ' and '. Date: YYYY-MM-DD part.")
    if notes:
        note += "\n\n" + "\n".join(f"- {n}" for n in notes)
    return "\n".join(["### WCXB dev articles: metadata", "", note, "", table(heads, rows)])


# --- htmldate MediaCloud 2020 dev -----------------------------------------------------

_HD_ROOT: Path | None = None
HTMLDATE_SYSTEMS = ["wirescope", "htmldate", "htmldate fast", "trafilatura", "newspaper4k"]


def _init(root: Path) -> None:
    global _HD_ROOT
    _HD_ROOT = root


def _date_of(item: tuple[str, str, str]) -> str | None:
    system, url, fname = item
    html = gzip.decompress((_HD_ROOT / "htmldate" / "pages" / fname).read_bytes()).decode(
        "utf-8", errors="replace")
    return peers.HTML_META[system](html, url, fname)["date"]


def bench_htmldate(root: Path, jobs: int, limit: int | None = None) -> str:
    gold = json.loads((root / "htmldate" / "gold.json").read_text())
    entries = sorted(gold.items())[:limit] if limit else sorted(gold.items())
    rows, notes = [], []
    for system in HTMLDATE_SYSTEMS:
        if system == "wirescope" and (why := peers.wirescope_status()):
            notes.append(f"wirescope not measured: {why}")
            continue
        items = [(system, url, g["file"]) for url, g in entries]
        res = pool_map(_date_of, items, label=f"htmldate/{system}", jobs=jobs,
                       init=_init, init_args=(root,))
        c = DateCounts()
        for (url, g), (pred, err) in zip(entries, res):
            c.add(date_outcome(pred, g.get("date")))
        errors = sum(1 for _, e in res if e)
        if errors:
            first = next(f"{url}: {e}" for (url, _), (_, e) in zip(entries, res) if e)
            notes.append(f"{system}: {errors} errors, first: {first}")
        rows.append([system, c.precision, c.recall, c.f1, c.accuracy, c.tp, c.fp, c.fn, c.tn, errors])
    note = (f"{len(entries)} pages. TP correct date, FP other date (or any date when gold is null), "
            "FN no date, TN no date for null gold. 'htmldate' = find_date defaults "
            "(extensive_search=True); 'htmldate fast' = extensive_search=False.")
    if notes:
        note += "\n\n" + "\n".join(f"- {n}" for n in notes)
    heads = ["system", "P", "R", "F1", "accuracy", "TP", "FP", "FN", "TN", "errors"]
    return "\n".join(["### htmldate dev (MediaCloud 2020): publication date", "", note, "",
                      table(heads, rows)])
