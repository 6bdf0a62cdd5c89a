"""The central data model: one `Article` flows through every pipeline stage.

`raw` is the decoded input and is never mutated; `text` is the cleaned body.
Every annotation is a span of character offsets into `text` (code points).
A rejected input is data (`rejected` holds the reason), not an exception.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

__all__ = ["Article", "content_id", "iso_error", "normalize_for_hash"]

_WS = re.compile(r"\s+")
# Curly quotes and dashes differ between copies of one story; fold them so
# the content hash treats "said" and “said” alike.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})


# An ISO 8601 date or date-time at any precision from the year on, as `published` holds it.
ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?"
                      r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$")


def iso_error(value: str) -> str | None:
    """Why `value` is no ISO 8601 date ("2024", "2024-10", "2024-10-30T14:32:00+01:00"),
    or None when it is one: the shape, then the calendar ("2024-13", "2024-02-30")."""
    if not ISO_DATE.match(value):
        return "write it as 2024-10-30 (or 2024-10, 2024, 2024-10-30T14:00)"
    try:
        datetime.fromisoformat(value + "-01-01"[len(value) - 4:] if len(value) < 10 else value)
    except ValueError as err:
        return str(err)
    return None


@lru_cache(maxsize=64)
def normalize_for_hash(text: str) -> str:
    """Text as compared for exact duplicates: NFC, folded quotes, one space. Cached: the
    content hash and the near-duplicate words of one article read it in turn."""
    text = unicodedata.normalize("NFC", text).translate(_FOLD)
    return _WS.sub(" ", text).strip().lower()


def content_id(text: str) -> str:
    """Stable content hash of a body text (hex, 16 chars)."""
    digest = hashlib.blake2b(normalize_for_hash(text).encode("utf-8"), digest_size=8)
    return digest.hexdigest()


@dataclass
class Article:
    """One news article and everything found in it.

    Args:
        raw: the decoded input (a whole file, feed entry or WARC record).
        source: path or URL the input came from.
        kind: input kind: "text" or "html".
    """

    raw: str = ""
    source: str = "-"
    kind: str = "text"
    segment: int = 0
    text: str = ""
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    truncated: bool = False
    rejected: str | None = None
    # Where this article's text came from inside `raw` (text inputs only).
    raw_span: tuple[int, int] | None = None
    # Labelled lines of `raw` (clean.text sets them, split reads them).
    blocks: list[Any] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # Why the language layer did not run on this article (e.g. not English).
    skipped: str | None = None
    # Transient per-article state of the pipeline (the spaCy Doc of the text);
    # never serialised, dropped when the pipeline is done with the article.
    doc: Any = field(default=None, repr=False, compare=False)
    # Metadata given by the container (JSONL fields, feed entry, WARC headers):
    # it wins over what the cleaner finds in the text.
    given: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return content_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        """The output contract (DESIGN.md, v1)."""
        return {
            "id": self.id,
            "source": self.source,
            "segment": self.segment,
            "url": self.url,
            "title": self.title,
            "authors": list(self.authors),
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "truncated": self.truncated,
            "skipped": self.skipped,
            "entities": self.entities,
            "quotes": self.quotes,
            "dates": self.dates,
            "quantities": self.quantities,
            "events": self.events,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """Rebuild an article from `to_dict()` output (the store and exports use it)."""
        keys = {"source", "segment", "url", "title", "outlet", "published", "language",
                "text", "truncated", "skipped", "entities", "quotes", "dates", "quantities", "events"}
        kwargs = {k: data[k] for k in keys if k in data}
        kwargs["authors"] = list(data.get("authors") or [])
        return cls(**kwargs)
