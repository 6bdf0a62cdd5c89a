"""Speed and memory, each measurement in a fresh single-process subprocess.

The parent picks the inputs and spawns `python -m bench.speed --worker TASK --spec FILE`
once per task and repeat, interleaving tasks (a, b, c, a, b, c, ...) so machine noise
hits all systems alike. A worker imports its system, loads its inputs into memory,
notes its RSS, processes one warm-up input, then times one pass over all inputs and
prints JSON: seconds, inputs, bytes, articles out, RSS after loading, peak RSS
(VmHWM). Throughput is the best of the repeats; peak RSS the largest.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from . import peers
from .common import REPO, block_network, log, table

N_PAGES = 400      # HTML pages for (a), (b), (c)
TEXT_DUMPS = 200   # page dumps of the first of those pages, for text throughput
TEXT_CONCATS = 60  # split concatenations (the first of the 300), for text throughput
FLAT_N = 100       # memory flatness: run over FLAT_N and 3 x FLAT_N pages
REPEATS = 3
WORKER_TIMEOUT = 900


# --- worker side ------------------------------------------------------------------------

def _status_mb(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _rss_mb() -> float:
    return _status_mb("VmRSS")


def _peak_mb() -> float:
    """Peak RSS of this process.

    VmHWM, not ru_maxrss: on Linux a child's ru_maxrss keeps the high-water mark of the
    process it was forked from (across exec), so it would report the parent's size.
    """
    hwm = _status_mb("VmHWM")
    if hwm == hwm:  # not NaN
        return hwm
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


def _pages(spec: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    from .wcxb import load_pages, read_html
    root = Path(spec["root"])
    urls = {p.id: p.url for p in load_pages(root)}
    return [(pid, read_html(root, pid), urls.get(pid)) for pid in spec["ids"]]


def write_copies(root: Path, ids: list[str], copies: int, out_dir: Path) -> list[str]:
    """Write `copies` copies of the pages as .html files; copy r > 0 gets a one-paragraph
    edit so it is not an exact duplicate. Returns the paths, copy by copy."""
    import re
    from .wcxb import read_html
    # before the first paragraph with 200+ chars of plain text: likely body text, which
    # the extractor keeps, so the copies really differ
    body_p = re.compile(r"<p(?:\s[^>]*)?>[^<]{200}", re.I)
    first_p = re.compile(r"<p[\s>]", re.I)
    paths = []
    for r in range(copies):
        for pid in ids:
            html = read_html(root, pid)
            if r:
                note = f"<p>Editor's note {r}: this copy of the page was updated.</p>"
                m = body_p.search(html) or first_p.search(html)
                html = html[:m.start()] + note + html[m.start():] if m else html + note
            path = out_dir / f"{pid}-{r}.html"
            path.write_text(html, encoding="utf-8")
            paths.append(str(path))
    return paths


def _prepare(task: str, spec: dict[str, Any]) -> tuple[list[Any], int, Callable[[list[Any]], int]]:
    """(inputs, input bytes, process(inputs) -> articles out) for a task."""
    if task == "trafilatura":
        import trafilatura
        items = [(h, u) for _, h, u in _pages(spec)]

        def process(xs: list[Any]) -> int:
            return sum(trafilatura.extract(h, url=u, with_metadata=True, output_format="txt") is not None
                       for h, u in xs)
        return items, sum(len(h.encode()) for h, _ in items), process

    from wirescope import Article, analyze, run
    if task in ("analyze-html", "run-html"):
        items = [Article(raw=h, kind="html", source=pid, url=u) for pid, h, u in _pages(spec)]
    elif task == "analyze-dumps":
        dumps = json.loads(Path(spec["dumps_file"]).read_text())
        items = [Article(raw=dumps[pid], kind="text", source=pid) for pid in spec["ids"][:spec["n_dumps"]]]
    elif task == "analyze-concat":
        from .split import build
        from .wcxb import load_pages
        concats = build(load_pages(Path(spec["root"])), spec["n_concat"])
        items = [Article(raw=c.text, kind="text", source=c.id) for c in concats]
        spec["gold"] = sum(len(c.spans) for c in concats)
    else:
        raise SystemExit(f"unknown task {task}")
    nbytes = sum(len(a.raw.encode()) for a in items)
    if task == "run-html":
        def process(xs: list[Any]) -> int:
            with tempfile.TemporaryDirectory() as tmp:
                return _count(run(xs, db_path=os.path.join(tmp, "bench.db"), language_layer=False),
                              len(xs))
        return items, nbytes, process
    # the extraction stages only: the language layer has its own section (nlpspeed)
    return items, nbytes, lambda xs: sum(1 for _ in analyze(xs, language_layer=False))


def _fresh(item: Any) -> Any:
    """A copy for the warm-up call, so the timed pass gets untouched inputs."""
    if isinstance(item, tuple):
        return item
    return type(item)(raw=item.raw, kind=item.kind, source=item.source + "-warmup", url=item.url)


def _count(summary: Any, default: int) -> int:
    """Articles stored according to a RunSummary, whatever its shape."""
    statuses = getattr(summary, "statuses", None)
    if statuses is not None:
        return sum(v for k, v in statuses.items() if k != "rejected")
    for name in ("stored", "articles", "n_articles", "written", "inserted"):
        v = summary.get(name) if isinstance(summary, dict) else getattr(summary, name, None)
        if isinstance(v, int):
            return v
    return default


def worker(task: str, spec: dict[str, Any]) -> dict[str, Any]:
    block_network()
    if task.startswith("flat-"):
        from wirescope import run
        paths = spec["flat_paths"][: int(task.split("-")[1]) * spec["flat_n"]]
        rss0 = _rss_mb()
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            summary = run(paths, db_path=os.path.join(tmp, "bench.db"), language_layer=False)
            dt = time.perf_counter() - t0
        statuses = dict(getattr(summary, "statuses", {}) or {})
        return {"seconds": dt, "inputs": len(paths), "bytes": sum(os.path.getsize(p) for p in paths),
                "out": _count(summary, -1), "rss_loaded": rss0, "peak": _peak_mb(),
                "statuses": ", ".join(f"{k} {v}" for k, v in sorted(statuses.items()))}
    items, nbytes, process = _prepare(task, spec)
    rss0 = _rss_mb()
    process([_fresh(items[0])])  # warm-up: lazy imports and one-time setup are not per-page cost
    t0 = time.perf_counter()
    out = process(items)
    dt = time.perf_counter() - t0
    # the articles the inputs really hold: one per page dump, the gold count per concatenation
    return {"seconds": dt, "inputs": len(items), "bytes": nbytes, "out": out, "gold": spec.get("gold", len(items)),
            "rss_loaded": rss0, "peak": _peak_mb()}


# --- parent side ------------------------------------------------------------------------

def _spawn(task: str, spec_file: Path) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.speed", "--worker", task, "--spec", str(spec_file)]
    try:
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=WORKER_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {WORKER_TIMEOUT}s"}
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        return {"error": tail[0][:300]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _best(results: list[dict[str, Any]]) -> dict[str, Any] | None:
    ok = [r for r in results if "error" not in r]
    if not ok:
        return None
    best = dict(min(ok, key=lambda r: r["seconds"]))
    best["peak"] = max(r["peak"] for r in ok)
    best["rss_loaded"] = max(r["rss_loaded"] for r in ok)
    return best


def bench_speed(root: Path, pages: list[Any], jobs: int, limit: int | None = None,
                repeats: int = REPEATS) -> str:
    from .dumps import load_dumps
    ids = [p.id for p in pages]
    n = min(N_PAGES, len(ids))
    ids = ids[::max(1, len(ids) // n)][:n]  # spread over the id range (and so over page types)
    flat_n = min(FLAT_N, len(ids))
    n_concat = min(limit, TEXT_CONCATS) if limit else TEXT_CONCATS
    n_dumps = min(TEXT_DUMPS, len(ids))
    why = peers.wirescope_status()
    tasks = ["trafilatura"] + ([] if why else ["analyze-html", "run-html", "analyze-dumps", "analyze-concat"])
    with tempfile.TemporaryDirectory() as tmp:
        spec = {"root": str(root), "ids": ids, "flat_n": flat_n, "n_concat": n_concat, "n_dumps": n_dumps}
        if not why:
            dumps_file = Path(tmp) / "dumps.json"
            dumps_file.write_text(json.dumps(load_dumps(root, ids[:n_dumps], jobs)))
            spec["dumps_file"] = str(dumps_file)
        if not why:
            flat_dir = Path(tmp) / "flat"
            flat_dir.mkdir()
            spec["flat_paths"] = write_copies(root, ids[:flat_n], 3, flat_dir)
        spec_file = Path(tmp) / "spec.json"
        spec_file.write_text(json.dumps(spec))
        results: dict[str, list[dict[str, Any]]] = {t: [] for t in tasks}
        for rep in range(repeats):
            for task in tasks:
                log(f"  speed: {task} (repeat {rep + 1}/{repeats})")
                results[task].append(_spawn(task, spec_file))
        flat = {}
        if not why:
            for copies in (1, 3):
                log(f"  speed: run over {copies} x {flat_n} inputs (memory flatness)")
                flat[copies] = _spawn(f"flat-{copies}", spec_file)
    return _report(results, flat, why, len(ids), flat_n, repeats)


def _report(results: dict[str, list[dict[str, Any]]], flat: dict[int, dict[str, Any]],
            why: str | None, n_pages: int, flat_n: int, repeats: int) -> str:
    best = {t: _best(rs) for t, rs in results.items()}
    notes = list(dict.fromkeys(f"{t}: {r['error']}" for t, rs in results.items() for r in rs if "error" in r))
    base = best.get("trafilatura")
    labels = {"trafilatura": "(a) trafilatura extract, metadata + txt",
              "analyze-html": "(b) wirescope analyze (clean+split)",
              "run-html": "(c) wirescope run --extract-only → SQLite"}
    rows = []
    for task, label in labels.items():
        b = best.get(task)
        if b is None:
            continue
        ratio = b["seconds"] / base["seconds"] if base else None
        rows.append([label, b["inputs"], b["out"], b["bytes"] / 1e6, b["seconds"], b["inputs"] / b["seconds"],
                     b["bytes"] / 1e6 / b["seconds"], ratio, b["peak"], b["rss_loaded"]])
    out = ["### Speed and memory (single process per measurement)", "",
           f"{n_pages} WCXB pages held in memory; best of {repeats} fresh subprocesses per row, rows "
           "interleaved; one warm-up page before timing. 'time ×' = seconds / trafilatura seconds in "
           "this run. Peak RSS = VmHWM of the worker (includes the loaded inputs); 'RSS loaded' = after imports "
           "and loading inputs.", ""]
    out.append(table(["HTML", "pages", "articles", "MB", "best s", "pages/s", "MB/s", "time ×",
                      "peak RSS MB", "RSS loaded MB"], rows, digits=2))
    text_rows = []
    for task, label in (("analyze-dumps", "page dumps (text)"), ("analyze-concat", "split concatenations")):
        b = best.get(task)
        if b is not None:
            gold = b.get("gold", b["inputs"])
            text_rows.append([label, b["inputs"], gold, b["out"], b["bytes"] / 1e6, b["seconds"],
                              b["inputs"] / b["seconds"], gold / b["seconds"], b["out"] / b["seconds"],
                              b["bytes"] / 1e6 / b["seconds"], b["peak"], b["rss_loaded"]])
    if text_rows:
        out += ["", "Text: 'articles' = the articles the inputs hold (one per page dump; the gold count of "
                "each concatenation), 'yielded' = what wirescope cut them into; the rate that counts is "
                "articles/s (yielded/s grows with over-splitting).", "",
                table(["wirescope analyze, text", "inputs", "articles", "yielded", "MB", "best s", "inputs/s",
                       "articles/s", "yielded/s", "MB/s", "peak RSS MB", "RSS loaded MB"], text_rows, digits=2)]
    frows: list[list[Any]] = []
    if flat:
        for copies, r in sorted(flat.items()):
            if "error" in r:
                notes.append(f"flat-{copies}: {r['error']}")
                continue
            frows.append([f"run over {copies} × {flat_n} pages", r["inputs"], r["out"], r["seconds"],
                          r["rss_loaded"], r["peak"], r["peak"] - r["rss_loaded"], r.get("statuses")])
        if len(frows) == 2:
            frows.append(["3N / N", None, None, frows[1][3] / frows[0][3], None,
                          frows[1][5] / frows[0][5], frows[1][6] / frows[0][6] if frows[0][6] else None,
                          None])
    if flat and frows:
        out += ["", "Memory flatness: `run` over N page files and over the same pages three times "
                "(copies 2 and 3 carry a one-paragraph edit), given as paths so wirescope reads them "
                "one at a time; 'articles' = articles stored, 'statuses' = the store's verdicts.", "",
                table(["flatness", "inputs", "articles", "s", "RSS start MB", "peak RSS MB", "growth MB",
                       "statuses"], frows, digits=2)]
    if why:
        notes.append(f"wirescope not measured: {why}")
    if notes:
        out += [""] + [f"- {n}" for n in notes]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="bench.speed worker (spawned by bench.run)")
    ap.add_argument("--worker", required=True)
    ap.add_argument("--spec", required=True)
    args = ap.parse_args(argv)
    res = worker(args.worker, json.loads(Path(args.spec).read_text()))
    print(json.dumps(res))


if __name__ == "__main__":
    main()
