"""RSS and Atom feeds (feedparser).

An entry with full content becomes an HTML article; an entry with only a
summary keeps its link and summary as a short text article, marked truncated
when the summary is cut off.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from ..article import Article
from .decode import Rejected

__all__ = ["read_feed", "looks_like_feed"]


def looks_like_feed(head: str) -> bool:
    head = head.lstrip("\ufeff \n\t")[:2000].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf:rdf" in head) or \
        head.startswith("<rss") or head.startswith("<feed")


def _iso(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S", struct)


def read_feed(text: str, source: str) -> Iterator[Article]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = "feed has no entries"
        if parsed.bozo:
            reason = f"malformed feed ({parsed.get('bozo_exception')}); check that it is RSS or Atom XML"
        raise Rejected(reason)
    outlet = parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries):
        where = f"{source}#{entry.get('id') or entry.get('link') or i}"
        given = {
            "url": entry.get("link"),
            "title": entry.get("title"),
            "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            "outlet": outlet,
        }
        authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        if authors:
            given["authors"] = authors
        given = {k: v for k, v in given.items() if v}
        content = "".join(c.get("value", "") for c in entry.get("content", []))
        if content.strip():
            yield Article(raw=content, kind="html", source=where, given=given)
            continue
        summary = entry.get("summary", "")
        if summary.strip():
            # Summaries are HTML fragments in RSS; clean.html handles both.
            yield Article(raw=summary, kind="html", source=where, given={**given, "summary_only": True})
        else:
            yield Article(source=where, rejected="feed entry has neither content nor summary", given=given)
