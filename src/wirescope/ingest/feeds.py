"""RSS and Atom feeds (feedparser).

An entry with full content becomes an HTML article; an entry with only a
summary keeps its link and summary as a short text article, marked truncated
when the summary is cut off.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import feedparser

from ..article import Article
from .decode import Rejected

__all__ = ["feed_outlet", "read_feed", "looks_like_feed"]


def looks_like_feed(head: str) -> bool:
    head = head.lstrip("\ufeff \n\t")[:2000].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf:rdf" in head) or \
        head.startswith("<rss") or head.startswith("<feed")


def _iso(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S", struct)


# Separators between a site's name and a section in a feed title ("Europe | The Herald").
_PARTS = re.compile(r"\s+[|\u2013\u2014:\u00b7\u2022-]\s+|:\s+")


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", text.strip().lower()))


def feed_outlet(title: str | None, link: str | None) -> str | None:
    """The outlet a feed's title names without its section ("Europe | The Meridian Herald",
    "Harbour Post — World"): the part the feed's web address spells, else the longest."""
    if not title or not title.strip():
        return None
    parts = [p.strip() for p in _PARTS.split(title.strip()) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    host = urlsplit(link or "").hostname or ""
    host = host.removeprefix("www.").replace("-", "").replace(".", "")
    spelled = [p for p in parts if len(_letters(p)) >= 3 and _letters(p) in host]
    return max(spelled or parts, key=len)


def read_feed(text: str, source: str) -> Iterator[Article]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = "feed has no entries"
        if parsed.bozo:
            reason = f"malformed feed ({parsed.get('bozo_exception')}); check that it is RSS or Atom XML"
        raise Rejected(reason)
    outlet = feed_outlet(parsed.feed.get("title"), parsed.feed.get("link"))
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
