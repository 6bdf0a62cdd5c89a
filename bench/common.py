"""Shared plumbing: dataset path, progress on stderr, tables, a guarded process pool."""

from __future__ import annotations

import math
import multiprocessing as mp
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / "bench" / "_cache"
PAGE_TIMEOUT = 60  # seconds one system may spend on one input before it counts as an error


def datasets_root(arg: str | None = None) -> Path:
    """--datasets, else $WIRESCOPE_DATASETS, else ../shared/datasets next to the repo."""
    path = Path(arg or os.environ.get("WIRESCOPE_DATASETS") or REPO.parent / "shared" / "datasets")
    if not (path / "wcxb").is_dir():
        raise SystemExit(f"bench: no wcxb/ under {path}; pass --datasets PATH or set WIRESCOPE_DATASETS")
    return path.resolve()


# --- no network -------------------------------------------------------------

def _refuse(*_a: Any, **_k: Any) -> None:
    raise OSError("network access is disabled in the benchmark")


def block_network() -> None:
    """Make any socket connection fail, so a peer that tries to fetch is caught."""
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
    socket.create_connection = _refuse  # type: ignore[assignment]


# --- progress ---------------------------------------------------------------

class Progress:
    """A one-line progress counter on stderr (a line every ~10% when not a tty)."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label, total, 0
        self.t0 = time.perf_counter()
        self.tty = sys.stderr.isatty()
        self._next_pct = 10

    def step(self, n: int = 1) -> None:
        self.done += n
        pct = 100 * self.done / max(self.total, 1)
        if self.tty:
            if self.done == self.total or self.done % max(1, self.total // 200) == 0:
                sys.stderr.write(f"\r  {self.label}: {self.done}/{self.total} {self._rate()}\x1b[K")
                sys.stderr.flush()
        elif pct >= self._next_pct:
            sys.stderr.write(f"  {self.label}: {self.done}/{self.total} {self._rate()}\n")
            self._next_pct = 10 * (int(pct) // 10 + 1)

    def close(self) -> None:
        if self.tty:
            sys.stderr.write(f"\r  {self.label}: {self.done}/{self.total} {self._rate()}, done\x1b[K\n")
        sys.stderr.flush()

    def _rate(self) -> str:
        dt = time.perf_counter() - self.t0
        return f"({dt:.0f}s, {self.done / dt:.1f}/s)" if dt > 0 else ""


def log(msg: str) -> None:
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


# --- process pool with a per-item time limit ----------------------------------

class ItemTimeout(Exception):
    pass


def _alarm(_sig: int, _frame: Any) -> None:
    raise ItemTimeout(f"over {PAGE_TIMEOUT}s")


def _init_worker(init: Callable[..., None] | None, args: tuple) -> None:
    block_network()
    signal.signal(signal.SIGALRM, _alarm)
    if init is not None:
        init(*args)


def _guarded(call: tuple[Callable[[Any], Any], Any]) -> tuple[Any, str | None]:
    fn, item = call
    signal.alarm(PAGE_TIMEOUT)
    try:
        return fn(item), None
    except Exception as exc:  # noqa: BLE001 - a failing peer is data for the table
        return None, f"{type(exc).__name__}: {exc}"[:300]
    finally:
        signal.alarm(0)


def pool_map(fn: Callable[[Any], Any], items: Sequence[Any], *, label: str, jobs: int,
             init: Callable[..., None] | None = None, init_args: tuple = ()) -> list[tuple[Any, str | None]]:
    """[(result, error)] for fn over items in order, in `jobs` fresh worker processes.

    `fn` and `init` must be module-level functions. Each item gets PAGE_TIMEOUT seconds;
    an exception or timeout becomes an error string instead of a result.
    """
    prog = Progress(label, len(items))
    ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    out: list[tuple[Any, str | None]] = []
    with ctx.Pool(max(1, jobs), initializer=_init_worker, initargs=(init, init_args),
                  maxtasksperchild=250) as pool:
        for res in pool.imap(_guarded, [(fn, it) for it in items], chunksize=1):
            out.append(res)
            prog.step()
    prog.close()
    return out


# --- tables -----------------------------------------------------------------

def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return "–" if math.isnan(value) else f"{value:.{digits}f}"
    return str(value)


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], digits: int = 3) -> str:
    """A markdown table padded so it also reads well in a terminal."""
    cells = [[fmt(c, digits) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
              for i, h in enumerate(headers)]
    def line(vals: Sequence[str]) -> str:
        return "| " + " | ".join(v.ljust(w) if i == 0 else v.rjust(w)
                                 for i, (v, w) in enumerate(zip(vals, widths))) + " |"
    sep = "|" + "|".join("-" * (w + 1) + ":" if i else ":" + "-" * (w + 1)
                         for i, w in enumerate(widths)) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in cells)])
