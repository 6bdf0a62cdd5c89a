"""JSON Lines exports: one object per line with `text` or `html`."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from ..article import Article

__all__ = ["read_jsonl"]

_TEXT_FIELDS = ("url", "title", "outlet")
log = logging.getLogger(__name__)


def read_jsonl(text: str, source: str) -> Iterator[Article]:
    """One article per object; a bad line becomes a rejected article naming the line."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Article(source=where, rejected=f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Article(source=where, rejected="not a JSON object; expected {\"text\": ...} or {\"html\": ...}")
            continue
        body, kind = obj.get("text"), "text"
        if not isinstance(body, str) or not body.strip():
            body, kind = obj.get("html"), "html"
        if not isinstance(body, str) or not body.strip():
            yield Article(source=where, rejected="no \"text\" or \"html\" field with content")
            continue
        given = _given(obj, where)
        yield Article(raw=body.replace("\r\n", "\n"), kind=kind, source=where, given=given)


def _given(obj: dict[str, Any], where: str) -> dict[str, Any]:
    """The record's metadata as the pipeline reads it: `url`, `title` and `outlet` as text
    (a number written as one), `published` as text or Unix time, `authors` (or `author`)
    as a list of names. A field of another shape is left out with a warning, not stored."""
    given: dict[str, Any] = {}
    for key in (*_TEXT_FIELDS, "published"):
        value = obj.get(key)
        if not value:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            log.warning("%s: %s=%r is not text; left out", where, key, value)
        else:
            given[key] = value if isinstance(value, str) or key == "published" else str(value)
    authors = obj.get("authors") or obj.get("author")
    if isinstance(authors, str):
        authors = [authors]
    if isinstance(authors, list):
        names = [a.strip() for a in authors if isinstance(a, str) and a.strip()]
        if names:
            given["authors"] = names
    elif authors:
        log.warning("%s: authors=%r is not a name or a list of names; left out", where, authors)
    return given
