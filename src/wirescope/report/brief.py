"""The HTML brief: one self-contained page of the stories in a store.

Stories are listed by day (newest first), then by outlet, each with its lede
and its copies; undated stories come last. The page is rendered while the
articles stream out of the store, so memory stays flat on a large corpus.
Article text is untrusted: the template autoescapes everything and only
http(s) links are kept.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from jinja2 import Environment, PackageLoader, StrictUndefined

from wirescope.article import Article
from wirescope.errors import InputError
from wirescope.store.writer import outlet_key

if TYPE_CHECKING:
    from wirescope.store import Stats, Store

__all__ = ["check_brief_path", "key_quotes", "lede", "render_brief", "write_brief"]

KEY_QUOTES = 2      # quotes shown per story
QUOTE_CHARS = 280   # a longer quote is cut at a word boundary

log = logging.getLogger(__name__)

LEDE_CHARS = 400
STAND_IN_CHARS = 90   # the opening words shown in place of a missing headline
UNDATED = "Undated"
UNKNOWN_OUTLET = "Unknown outlet"

_PARAGRAPH = re.compile(r"\n\s*\n")


def _environment() -> Environment:
    # autoescape=True, not select_autoescape: the file ends in .j2, not .html.
    return Environment(loader=PackageLoader("wirescope.report", "templates"),
                       autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def lede(text: str, limit: int = LEDE_CHARS) -> str:
    """The first paragraph of `text`, cut at a word boundary near `limit` chars."""
    text = text.strip()
    para = _PARAGRAPH.split(text, 1)[0]
    if len(para) > limit and "\n" in para:
        para = para.split("\n", 1)[0]  # single-newline paragraphs
    para = " ".join(para.split())
    if len(para) <= limit:
        return para
    cut = para[:limit].rsplit(" ", 1)[0] or para[:limit]
    return cut.rstrip(",;:-–— ") + "…"


def _safe_url(url: str | None) -> str | None:
    """Keep only http(s) links: a javascript: URL from the input must not become a link."""
    if url and re.match(r"https?://", url.strip(), re.I):
        return url.strip()
    return None


def _parse(published: str) -> datetime | date | None:
    try:
        return datetime.fromisoformat(published) if "T" in published else date.fromisoformat(
            published)
    except ValueError:
        return None


def _day_label(key: str | None) -> str:
    if key is None:
        return UNDATED
    day = _parse(key)
    if isinstance(day, date):
        return f"{day:%A} {day.day} {day:%B %Y}"
    if re.fullmatch(r"\d{4}-\d{2}", key):
        return datetime.strptime(key, "%Y-%m").strftime("%B %Y")
    return key


def _when(published: str | None) -> str | None:
    if not published:
        return None
    value = _parse(published)
    if isinstance(value, datetime):
        zone = value.strftime(" %z") if value.tzinfo else ""
        if value.tzinfo and value.utcoffset() == timezone.utc.utcoffset(None):
            zone = " UTC"
        return value.strftime("%H:%M") + zone
    return None if value else published


def _anchor(key: str | None) -> str:
    return "undated" if key is None else "day-" + re.sub(r"[^0-9A-Za-z-]", "-", key)


@dataclass
class _Day:
    key: str | None
    label: str
    anchor: str
    outlets: Iterator[Any]


@dataclass
class _Outlet:
    name: str
    items: Iterator[dict[str, Any]]


def _day_key(article: Article) -> str | None:
    return article.published[:10] if article.published else None


def _item(store: Store, article: Article) -> dict[str, Any]:
    copies = [
        {"kind": c.kind, "similarity": c.similarity, "outlet": c.outlet, "source": c.source,
         # A near copy never shows as 100%, even when the estimate rounds up.
         "percent": min(round(c.similarity * 100), 99),
         "segment": c.segment, "url": _safe_url(c.url), "title": c.title}
        for c in store.copies(article.id)
    ]
    outlets = sorted({c["outlet"].strip().casefold(): c["outlet"].strip()
                      for c in copies if c["outlet"] and c["outlet"].strip()}.values(),
                     key=str.casefold)
    return {
        "id": article.id,
        "title": (article.title or "").strip() or None,
        "url": _safe_url(article.url),
        "outlet": article.outlet,
        "authors": ", ".join(article.authors),
        "when": _when(article.published),
        # no headline: the opening words stand in, marked as such in the page
        "stand_in": lede(article.text, STAND_IN_CHARS),
        "lede": lede(article.text),
        "truncated": article.truncated,
        "copies": copies,
        "copy_outlets": ", ".join(outlets) if outlets else "unknown outlets",
        "quotes": key_quotes(article),
    }


_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]?")


def _spoken(q: dict[str, Any]) -> str:
    """A direct quote's own words, without the attribution inside it ("…,” he said. “…")."""
    text = str(q.get("text", "")).strip()
    if q.get("kind") == "direct":
        parts = [p.strip().rstrip(",") for p in _QUOTED.findall(text) if p.strip()]
        if parts:
            return " … ".join(parts)
    return text


def _fragment(text: str) -> str:
    """Words taken from inside a sentence ("with anyone who puts …") open on an ellipsis."""
    return "…" + text if text[:1].islower() else text


def key_quotes(article: Article, n: int = KEY_QUOTES) -> list[dict[str, Any]]:
    """The story's key quotes: direct words of named speakers first, in text order."""
    def rank(q: dict[str, Any]) -> tuple:
        speaker = q.get("speaker") or {}
        words = len(str(q.get("text", "")).split())
        return (q.get("kind") == "direct", speaker.get("entity") is not None,
                bool(speaker.get("name")), 8 <= words <= 60, -abs(words - 25))
    quotes = [q for q in article.quotes or [] if (q.get("speaker") or {}).get("name")]
    best = sorted(sorted(quotes, key=rank, reverse=True)[:n], key=lambda q: q.get("start", 0))
    return [{"text": _fragment(lede(_spoken(q), QUOTE_CHARS)), "kind": q.get("kind"),
             "speaker": (q.get("speaker") or {}).get("name"), "cue": q.get("cue")} for q in best]


def _days(store: Store) -> Iterator[_Day]:
    # groupby over the store's (day, outlet, time) order streams one story at
    # a time; the template must consume the groups in order, which it does.
    for key, day_articles in groupby(store.articles(order="day"), key=_day_key):
        yield _Day(key=key, label=_day_label(key), anchor=_anchor(key),
                   outlets=_outlets(store, day_articles))


def _outlets(store: Store, articles: Iterator[Article]) -> Iterator[_Outlet]:
    for _, group in groupby(articles, key=lambda a: outlet_key(a.outlet)):
        first = next(group)
        name = (first.outlet or "").strip() or UNKNOWN_OUTLET
        items = (_item(store, a) for a in _chain(first, group))
        yield _Outlet(name=name, items=items)


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _span(stats: Stats) -> str | None:
    if not stats.first_published:
        return None
    first, last = stats.first_published[:10], stats.last_published[:10]
    return first if first == last else f"{first} – {last}"


def render_brief(store: Store, *, title: str | None = None) -> Iterator[str]:
    """Render the brief of `store` as a stream of HTML chunks."""
    stats = store.stats()
    span = _span(stats)
    toc = [{"anchor": _anchor(day), "short": day or UNDATED, "count": n}
           for day, n in store.day_counts()]
    template = _environment().get_template("brief.html.j2")
    return template.generate(
        title=title or (f"wirescope brief, {span}" if span else "wirescope brief"),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        stats=stats, span=span, toc=toc, days=_days(store))


def write_brief(store: Store, path: str | Path, *, title: str | None = None) -> Path:
    """Write the HTML brief of `store` to `path`.

    Args:
        store: an open `wirescope.store.Store`.
        path: the HTML file to write; replaced atomically, so a failed run
            leaves any previous brief intact.
        title: page title; default "wirescope brief, <date span>".

    Returns:
        The path written.
    """
    path = check_brief_path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for chunk in render_brief(store, title=title):
                out.write(chunk)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("wrote brief %s", path)
    return path


def check_brief_path(path: str | os.PathLike) -> Path:
    """`path` as a Path when a brief can be written there; else InputError saying why
    (checked before a run starts, so the run's work does not end on it)."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"brief {path}: is a directory; give a file name such as {path / 'brief.html'}")
    parent = path.parent
    if not parent.is_dir():
        raise InputError(f"brief {path}: directory {parent} does not exist; create it first (mkdir -p {parent})")
    if not os.access(parent, os.W_OK):
        raise InputError(f"brief {path}: directory {parent} is not writable; choose another place")
    return path
