"""Run the wirescope benchmarks and print (and optionally record) the tables.

    python -m bench.run [--datasets PATH] [--limit N] [--only seeds,wcxb,meta,dumps,split,dedupe,speed]
                        [--jobs N] [--record]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
import time
import warnings
from pathlib import Path

from . import peers
from .common import REPO, block_network, datasets_root, log

SECTIONS = ("seeds", "wcxb", "meta", "dumps", "split", "dates", "quotes", "ner", "nlpspeed", "dedupe", "speed")
RESULTS = REPO / "bench" / "RESULTS.md"
HEADER = ("# wirescope benchmark results\n\nWritten by `python -m bench.run --record` (`make bench`). "
          "One section per date and commit; re-running replaces the tables it ran. "
          "Definitions: bench/README.md.\n")


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def commit_label() -> str:
    head = _git("rev-parse", "--short", "HEAD") or "no-commit"
    # the results file itself does not make the measured code dirty
    dirty = _git("status", "--porcelain", "--untracked-files=no", "--", "src", "bench", ":!bench/RESULTS.md")
    return head + ("-dirty" if dirty else "")


def record(blocks: dict[str, str], header_lines: list[str], path: Path = RESULTS) -> None:
    """Put the tables in the section for today's date and this commit; replace the blocks
    this run produced, keep the others, put the newest section first."""
    heading = f"## {dt.date.today().isoformat()} · {commit_label()}"
    text = path.read_text() if path.exists() else HEADER
    parts = re.split(r"(?m)^(?=## )", text)
    head, sections = parts[0], parts[1:]
    old = next((s for s in sections if s.splitlines()[0] == heading), None)
    kept: dict[str, str] = {}
    if old is not None:
        for m in re.finditer(r"<!-- bench:(\w+) -->\n(.*?)<!-- /bench:\1 -->\n", old, re.S):
            kept[m.group(1)] = m.group(2)
        sections.remove(old)
    kept.update({k: v.rstrip() + "\n" for k, v in blocks.items()})
    body = [heading, ""] + header_lines + [""]
    for name in SECTIONS:
        if name in kept:
            body += [f"<!-- bench:{name} -->", kept[name].rstrip(), f"<!-- /bench:{name} -->", ""]
    new = "\n".join(body) + "\n"
    path.write_text((head.rstrip() + "\n\n" + new.rstrip() + "\n\n" + "".join(sections)).rstrip() + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", help="datasets folder (default: $WIRESCOPE_DATASETS or ../shared/datasets)")
    ap.add_argument("--limit", type=int, help="use only the first N pages / N concatenations")
    ap.add_argument("--only", default=",".join(SECTIONS), help=f"comma list of {','.join(SECTIONS)}")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="worker processes for the quality sections (speed is always single-process)")
    ap.add_argument("--record", action="store_true", help="write the tables into bench/RESULTS.md")
    args = ap.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    if bad := [s for s in only if s not in SECTIONS]:
        ap.error(f"unknown section(s) {', '.join(bad)}; choose from {', '.join(SECTIONS)}")
    warnings.filterwarnings("ignore")
    block_network()
    root = datasets_root(args.datasets)

    from .wcxb import Runs, bench_wcxb, load_pages
    pages = load_pages(root, args.limit)
    runs = Runs(root, args.jobs)
    vers = peers.versions()
    why = peers.wirescope_status()
    header_lines = [
        f"- datasets: `{root}`" + (f", limit {args.limit}" if args.limit else ""),
        f"- python {platform.python_version()}, {os.cpu_count()} cores, jobs {args.jobs}; "
        + ", ".join(f"{k} {v}" for k, v in vers.items()),
    ] + ([f"- wirescope unavailable: {why}"] if why else [])
    print("\n".join(header_lines) + "\n", flush=True)

    blocks: dict[str, str] = {}
    t_all = time.perf_counter()
    for name in only:
        log(f"[{name}]")
        t0 = time.perf_counter()
        if name == "seeds":
            from .seeds import bench_seeds
            out = bench_seeds(root)
        elif name == "wcxb":
            out = bench_wcxb(runs, pages)
        elif name == "meta":
            from .meta import bench_htmldate, bench_wcxb_meta
            out = bench_wcxb_meta(runs, pages) + "\n\n" + bench_htmldate(root, args.jobs, args.limit)
        elif name == "dumps":
            from .dumps import bench_dumps
            out = bench_dumps(root, pages, args.jobs)
        elif name == "split":
            from .split import bench_split
            # the article pool is always the whole dev set; --limit caps the concatenations
            out = bench_split(pages if not args.limit else load_pages(root), args.jobs, args.limit)
        elif name == "dates":
            from .dates import bench_dates
            out = bench_dates(root)
        elif name == "quotes":
            from .quotes import bench_quotes
            out = bench_quotes(root, args.jobs, args.limit)
        elif name == "ner":
            from .ner import bench_ner
            out = bench_ner(root)
        elif name == "nlpspeed":
            from .nlp_speed import bench_nlp_speed
            out = bench_nlp_speed(root, args.limit)
        elif name == "dedupe":
            from .dedupe import bench_dedupe
            # the article pool is always the whole dev set; --limit caps the originals
            out = bench_dedupe(pages if not args.limit else load_pages(root), args.limit)
        else:
            from .speed import bench_speed
            out = bench_speed(root, pages, args.jobs, args.limit)
        out += f"\n\n_{name}: {time.perf_counter() - t0:.0f}s_"
        blocks[name] = out
        print(out + "\n", flush=True)
    log(f"total {time.perf_counter() - t_all:.0f}s")
    if args.record:
        record(blocks, header_lines)
        log(f"recorded in {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
