"""WCXB dev: loading pages, and the main-text benchmark on HTML."""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import peers
from .common import pool_map, table
from .metrics import mean, snippet_hits, word_bag

PAGE_TYPES = ["article", "service", "forum", "listing", "product", "collection", "documentation"]


@dataclass
class Page:
    id: str
    page_type: str
    url: str | None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    main: str = ""
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)


def load_pages(root: Path, limit: int | None = None) -> list[Page]:
    """Gold for the WCXB dev pages, sorted by id (the first `limit` if given)."""
    meta = json.loads((root / "wcxb" / "metadata.json").read_text())["files"]
    ids = sorted(i for i, m in meta.items() if m.get("split") == "dev")
    pages = []
    for pid in ids[:limit] if limit else ids:
        gt = json.loads((root / "wcxb" / "dev" / "ground-truth" / f"{pid}.json").read_text())
        g = gt.get("ground_truth") or {}
        pages.append(Page(
            id=pid, page_type=meta[pid].get("page_type") or "?", url=gt.get("url"),
            title=g.get("title") or None, author=g.get("author") or None,
            date=g.get("publish_date") or None, main=g.get("main_content") or "",
            with_=list(g.get("with") or []), without=list(g.get("without") or [])))
    return pages


def read_html(root: Path, pid: str) -> str:
    return gzip.decompress((root / "wcxb" / "dev" / "html" / f"{pid}.html.gz").read_bytes()).decode(
        "utf-8", errors="replace")


# --- running systems over pages (in worker processes) -----------------------------

_ROOT: Path | None = None


def init_worker(root: Path) -> None:
    global _ROOT
    _ROOT = root


def _extract(item: tuple[str, str, str | None, str]) -> peers.Extraction:
    table_name, system, url, pid = item
    fn = getattr(peers, table_name)[system]
    return fn(read_html(_ROOT, pid), url, pid)


class Runs:
    """Per-run memo of system outputs, so one extraction serves several sections."""

    def __init__(self, root: Path, jobs: int) -> None:
        self.root, self.jobs = root, jobs
        self._memo: dict[tuple[str, str], dict[str, tuple[Any, str | None]]] = defaultdict(dict)

    def html(self, table_name: str, system: str, pages: list[Page]) -> dict[str, tuple[Any, str | None]]:
        """{page id: (extraction, error)} for one system (the key names the adapter table)."""
        # wirescope and newspaper4k give text and metadata in one call: share it.
        key = ("shared" if system in ("wirescope", "newspaper4k") else table_name, system)
        memo = self._memo[key]
        todo = [p for p in pages if p.id not in memo]
        if todo:
            items = [(table_name, system, p.url, p.id) for p in todo]
            res = pool_map(_extract, items, label=system, jobs=self.jobs,
                           init=init_worker, init_args=(self.root,))
            memo.update(zip((p.id for p in todo), res))
        return {p.id: memo[p.id] for p in pages}


# --- the main-text benchmark -------------------------------------------------------

def score_texts(pages: list[Page], outputs: dict[str, tuple[Any, str | None]],
                text_of=lambda x: x["text"]) -> dict[str, Any]:
    """Word-bag scores and snippet rates for one system over pages."""
    per_type: dict[str, list[float]] = defaultdict(list)
    per_type_pr: dict[str, list[tuple[float, float]]] = defaultdict(list)
    ps, rs, fs = [], [], []
    w_found = w_total = wo_found = wo_total = errors = 0
    for p in pages:
        out, err = outputs[p.id]
        errors += err is not None
        pred = text_of(out) if out is not None else ""
        s = word_bag(pred, p.main)
        ps.append(s.p); rs.append(s.r); fs.append(s.f)
        per_type[p.page_type].append(s.f)
        per_type_pr[p.page_type].append((s.p, s.r))
        a, b = snippet_hits(pred, p.with_)
        w_found += a; w_total += b
        a, b = snippet_hits(pred, p.without)
        wo_found += a; wo_total += b
    if pages and errors == len(pages):  # nothing ran: show dashes, not the empty-output scores
        nan = float("nan")
        return {"f": nan, "p": nan, "r": nan, "n": len(pages), "with": nan, "without": nan,
                "types": {t: (nan, len(v)) for t, v in per_type.items()},
                "types_pr": {t: (nan, nan) for t in per_type}, "errors": errors}
    return {"f": mean(fs), "p": mean(ps), "r": mean(rs), "n": len(pages),
            "types": {t: (mean(v), len(v)) for t, v in per_type.items()},
            "types_pr": {t: (mean([a for a, _ in v]), mean([b for _, b in v])) for t, v in per_type_pr.items()},
            "with": w_found / w_total if w_total else float("nan"),
            "without": wo_found / wo_total if wo_total else float("nan"),
            "errors": errors}


def _first_error(outputs: dict[str, tuple[Any, str | None]]) -> str | None:
    return next((f"{pid}: {e}" for pid, (_, e) in sorted(outputs.items()) if e), None)


def result_tables(title: str, scores: dict[str, dict[str, Any]], note: str = "") -> str:
    """Overall table and per-page-type F1 table for a set of systems."""
    rows = [[name, s["f"], s["p"], s["r"], s["with"], s["without"], s["errors"]]
            for name, s in scores.items()]
    out = [f"### {title}", ""]
    if note:
        out += [note, ""]
    out.append(table(["system", "F1", "P", "R", "with ↑", "without ↓", "errors"], rows))
    any_s = next(iter(scores.values()))
    types = [t for t in PAGE_TYPES if t in any_s["types"]] + sorted(
        t for t in any_s["types"] if t not in PAGE_TYPES)
    if len(types) > 1:
        heads = ["F1 by page type"] + [f"{t} ({any_s['types'][t][1]})" for t in types] + [f"all ({any_s['n']})"]
        rows = [[name] + [s["types"].get(t, (float("nan"), 0))[0] for t in types] + [s["f"]]
                for name, s in scores.items()]
        out += ["", table(heads, rows)]
    if len(types) > 1 and "article" in any_s["types"] and all("types_pr" in s for s in scores.values()):
        rows = [[name, s["types"]["article"][0], *s["types_pr"]["article"]] for name, s in scores.items()]
        out += ["", f"Article pages ({any_s['types']['article'][1]}), macro over pages:", "",
                table(["system", "F1", "P", "R"], rows)]
    return "\n".join(out)


def bench_wcxb(runs: Runs, pages: list[Page], systems: list[str] | None = None) -> str:
    """WCXB main text: word-bag F1/P/R and snippet rates per system."""
    scores, notes = {}, []
    for system in systems or list(peers.HTML_TEXT):
        if system == "wirescope" and (why := peers.wirescope_status()):
            notes.append(f"wirescope not measured: {why}")
            continue
        outputs = runs.html("HTML_TEXT", system, pages)
        scores[system] = score_texts(pages, outputs)
        if err := _first_error(outputs):
            notes.append(f"{system}: {scores[system]['errors']} errors, first: {err}")
    note = (f"{len(pages)} pages; word-bag F1/P/R macro over pages; 'with' = share of must-have "
            "snippets found, 'without' = share of boilerplate snippets found (lower is better).")
    if notes:
        note += "\n\n" + "\n".join(f"- {n}" for n in notes)
    return result_tables("WCXB dev: main text from HTML", scores, note)
