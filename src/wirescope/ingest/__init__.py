"""Ingest: paths, directories and stdin to raw articles.

Every input unit (a file, a JSONL line, a feed entry, a WARC record) becomes
one `Article` with `raw` and `kind` set, or a rejected `Article` whose
`rejected` field says what was wrong. Nothing here raises for bad content.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..article import Article
from ..errors import InputError
from .decode import Rejected, decode, gunzip, is_gzip
from .feeds import looks_like_feed, read_feed
from .jsonl import read_jsonl
from .warc import read_warc

__all__ = ["iter_inputs", "expand_paths", "Rejected"]

_KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
          ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "feed",
          ".atom": "feed", ".xml": "feed", ".warc": "warc"}


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[str]:
    """Files in the order given; directories recursively, sorted, skipping hidden and unknown files."""
    for p in paths:
        p = os.fspath(p)
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    # In directories only known kinds are read (a README.md is no article);
                    # a file named on the command line is read whatever its name.
                    if not name.startswith(".") and kind_of(name):
                        yield os.path.join(root, name)
        elif path.exists():
            yield p
        else:
            raise InputError(f"{p}: no such file or directory")


def kind_of(name: str) -> str | None:
    """Input kind from a file name ("a.html.gz" -> "html"), None when unknown."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return _KINDS.get(os.path.splitext(lower)[1])


def sniff(text: str) -> str:
    """Input kind from content, for stdin and unknown extensions."""
    head = text.lstrip("\ufeff \n\t")[:1000]
    low = head.lower()
    if looks_like_feed(head):
        return "feed"
    if low.startswith(("<!doctype html", "<html")) or ("<body" in low and "</" in low) or \
            (low.startswith("<") and ("<p>" in low or "<div" in low)):
        return "html"
    if head.startswith("{") and head.splitlines()[0].rstrip().endswith("}"):
        return "jsonl"
    return "text"


def read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise Rejected(f"too large ({size:,} bytes > ingest.max_bytes {max_bytes:,}); "
                           "split the file or raise the limit with --set ingest.max_bytes=N")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Rejected(f"too large (over ingest.max_bytes {max_bytes:,}); raise the limit with --set ingest.max_bytes=N")
    return data


def _read_one(path: str, max_bytes: int, max_control_ratio: float) -> Iterator[Article]:
    source = "<stdin>" if path == "-" else path
    kind = None if path == "-" else kind_of(path)
    if kind == "warc":
        # Records are gzipped one by one: let warcio stream the file.
        with open(path, "rb") as fh:
            yield from read_warc(fh, source, max_bytes=max_bytes, max_control_ratio=max_control_ratio)
        return
    data = read_bytes(path, max_bytes)
    if is_gzip(data):
        data = gunzip(data, max_bytes)
    if kind == "warc" or data.startswith(b"WARC/"):
        yield from read_warc(io.BytesIO(data), source, max_bytes=max_bytes, max_control_ratio=max_control_ratio)
        return
    text, _ = decode(data, html=kind in (None, "html", "feed"), max_control_ratio=max_control_ratio)
    kind = kind or sniff(text)
    if kind == "feed" and not looks_like_feed(text):
        kind = sniff(text)
    if kind == "jsonl":
        yield from read_jsonl(text, source)
    elif kind == "feed":
        yield from read_feed(text, source)
    else:
        yield Article(raw=text, kind=kind, source=source)


def iter_inputs(inputs: Iterable[str | os.PathLike | Article], *, max_bytes: int = 20_000_000,
                max_control_ratio: float = 0.02) -> Iterator[Article]:
    """Raw articles from paths, directories, "-" (stdin) or prepared `Article` objects.

    Raises:
        InputError: a path does not exist (checked before anything is read).
    """
    items = [inputs] if isinstance(inputs, (str, os.PathLike)) else inputs
    if isinstance(items, (list, tuple)):  # a missing path fails before anything is read
        for item in items:
            if not isinstance(item, Article) and os.fspath(item) != "-" and not os.path.exists(item):
                raise InputError(f"{os.fspath(item)}: no such file or directory")
    for item in items:  # a stream is read lazily, never held in memory
        if isinstance(item, Article):
            yield item
            continue
        for path in expand_paths([item]):
            yielded = False
            try:
                for art in _read_one(path, max_bytes, max_control_ratio):
                    yielded = True
                    yield art
            except Rejected as exc:
                yield Article(source="<stdin>" if path == "-" else path, rejected=exc.reason)
            except OSError as exc:
                yield Article(source=path, rejected=f"cannot read ({exc.strerror or exc})")
            else:
                if not yielded:
                    yield Article(source=path, rejected="no articles found in the input")
