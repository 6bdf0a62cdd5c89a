"""JSON Lines exports: one object per line with `text` or `html`."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..article import Article

__all__ = ["read_jsonl"]

_FIELDS = ("url", "title", "published", "outlet", "authors")


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
        given = {k: obj[k] for k in _FIELDS if obj.get(k)}
        if isinstance(given.get("authors"), str):
            given["authors"] = [given["authors"]]
        if obj.get("author") and "authors" not in given:
            given["authors"] = [obj["author"]] if isinstance(obj["author"], str) else list(obj["author"])
        yield Article(raw=body.replace("\r\n", "\n"), kind=kind, source=where, given=given)
