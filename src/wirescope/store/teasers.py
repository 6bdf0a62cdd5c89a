"""A teaser and its article: the shorter text of one story stored as the fuller one's copy.

A feed's summary and its page share an address; a teaser pasted without its link opens
with the article's words; a front page's blurb carries the article's headline. Whichever
comes first, the fuller text ends up canonical (`demote` turns a stored teaser into the
copy of the article that arrives after it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from wirescope.dedupe import (OPENING_CONTAINMENT, SAME_URL_CONTAINMENT, TEASER_SHARE, TITLE_CONTAINMENT,
                              NearIndex, containment)

__all__ = ["TeaserPair", "demote", "teaser_pair"]

# A teaser known by its headline alone is published within this many days of its article.
TITLE_DAYS = 2


@dataclass(frozen=True, slots=True)
class TeaserPair:
    """A stored canonical article of which the text being added is the teaser, or the
    teaser of the text being added (same address, opening words or headline)."""

    article_id: str
    similarity: float     # the share of the shorter text's phrases found in the longer
    new_is_teaser: bool   # the text being added is the shorter one


def teaser_pair(conn: sqlite3.Connection, key: str | None, opening: str | None, headline: str | None,
                text: str, published: str | None = None) -> TeaserPair | None:
    """The canonical article of which `text` is the teaser or the teaser of which it
    is: the shorter has at most `TEASER_SHARE` of the longer's words, and at least
    `SAME_URL_CONTAINMENT` of its phrases in it when both come from the address `key`
    (a feed's summary and its page), `OPENING_CONTAINMENT` when they only open alike
    (`opening`: a teaser pasted or exported without its link), `TITLE_CONTAINMENT`
    when they share only their headline (`headline`: a blurb written for a front
    page) and were not published more than `TITLE_DAYS` apart (a daily briefing under one
    headline is a new story each day); the most contained if several."""
    found: dict[str, tuple[str, float]] = {}
    for column, value, needed in (("url_key", key, SAME_URL_CONTAINMENT),
                                  ("opening_key", opening, OPENING_CONTAINMENT),
                                  ("title_key", headline, TITLE_CONTAINMENT)):
        if value is None:
            continue
        for other, stored, when in conn.execute(
                f"SELECT id, text, published FROM articles WHERE {column} = ? AND canonical_id IS NULL", (value,)):
            if column == "title_key" and not _near_days(published, when):
                continue
            # each address, opening or headline in common is a reason on its own: the least demanding counts
            found[other] = (stored, min(needed, found.get(other, ("", 1.0))[1]))
    best = None
    for other, (stored, needed) in found.items():
        short, long = sorted((text, stored), key=len)
        if len(short.split()) > TEASER_SHARE * len(long.split()):
            continue   # two versions of the story, not a teaser and its article
        share = containment(short, long)
        if share >= needed and (best is None or share > best.similarity):
            best = TeaserPair(other, share, len(text) <= len(stored))
    return best


def _near_days(a: str | None, b: str | None) -> bool:
    """Two publication dates at most `TITLE_DAYS` apart, or either unknown."""
    try:
        days = abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else 0
    except ValueError:
        return True
    return days <= TITLE_DAYS


def demote(conn: sqlite3.Connection, near: NearIndex, teaser: str, full: str, share: float) -> None:
    """Make the stored canonical `teaser` a copy of `full`, the fuller text of its story
    (see `teaser_pair`): its copies follow it, it leaves the search and near-copy indexes,
    and its entity mentions and quotes give way to those of `full`."""
    conn.execute("UPDATE articles SET canonical_id = ?, similarity = ? WHERE id = ?", (full, share, teaser))
    conn.execute("UPDATE articles SET canonical_id = ? WHERE canonical_id = ?", (full, teaser))
    conn.execute("UPDATE copies SET canonical_id = ? WHERE canonical_id = ?", (full, teaser))
    conn.execute(
        "INSERT OR IGNORE INTO copies(source_row, article_id, canonical_id, kind, similarity) "
        "SELECT rowid, article_id, ?, 'teaser', ? FROM sources WHERE article_id = ?", (full, share, teaser))
    near.forget(teaser)
    for entity, mentions in conn.execute(
            "SELECT entity_id, mentions FROM entity_mentions WHERE article_id = ?", (teaser,)).fetchall():
        conn.execute("UPDATE entities SET mentions = max(mentions - ?, 0), articles = max(articles - 1, 0) "
                     "WHERE id = ?", (mentions, entity))
    conn.execute("DELETE FROM entity_mentions WHERE article_id = ?", (teaser,))
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (teaser,))
