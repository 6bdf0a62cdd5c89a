"""Reading the store: articles, copies and counts (the read side of `Store`)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any, Iterator, Literal

from wirescope.article import Article

__all__ = ["Copy", "Reading", "Stats"]


@dataclass(frozen=True, slots=True)
class Copy:
    """A copy of a canonical article as seen at one source."""

    source: str
    segment: int
    article_id: str
    kind: Literal["exact", "near", "teaser"]
    similarity: float
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    authors: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Stats:
    """Corpus counts. Invariant: sources == canonical + copies."""

    articles: int      # distinct texts stored (canonical + near copies)
    canonical: int     # stories: articles that are no one's copy
    copies: int        # source rows that copy a canonical (exact + near + teaser)
    exact_copies: int
    near_copies: int
    teaser_copies: int  # shorter texts of a story at its address (a feed's summary of a page)
    sources: int       # every (source, segment, text) seen
    inputs: int
    rejects: int
    outlets: int
    first_published: str | None
    last_published: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _article(text: str, data: str) -> Article:
    record = json.loads(data)
    record["text"] = text
    return Article.from_dict(record)


class Reading:
    """What `Store` offers to read; it needs `conn` and `path`."""

    conn: sqlite3.Connection
    path: str

    def __contains__(self, article_id: object) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def get(self, article_id: str) -> Article:
        """The stored article with this id (as first stored); KeyError if absent."""
        row = self.conn.execute(
            "SELECT text, data FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(f"no article {article_id!r} in {self.path}")
        return _article(*row)

    def canonical_id(self, article_id: str) -> str:
        """Id of the canonical article of `article_id`'s story; KeyError if absent."""
        row = self.conn.execute(
            "SELECT coalesce(canonical_id, id) FROM articles WHERE id = ?",
            (article_id,)).fetchone()
        if row is None:
            raise KeyError(f"no article {article_id!r} in {self.path}")
        return row[0]

    def articles(self, *, canonical_only: bool = True,
                 order: Literal["day", "added"] = "day") -> Iterator[Article]:
        """Stream stored articles.

        order="day": newest day first, then outlet (A-Z, unknown last), then
        newest time first; undated articles last. order="added": store order.
        """
        where = "WHERE canonical_id IS NULL" if canonical_only else ""
        if order == "day":
            order_by = ("published IS NULL, substr(published, 1, 10) DESC, "
                        "outlet_key(outlet) IS NULL, outlet_key(outlet), published DESC, rowid")
        elif order == "added":
            order_by = "rowid"
        else:
            raise ValueError(f"order must be 'day' or 'added', not {order!r}")
        for text, data in self.conn.execute(
                f"SELECT text, data FROM articles {where} ORDER BY {order_by}"):
            yield _article(text, data)

    def copies(self, canonical_id: str) -> list[Copy]:
        """Copies of a canonical article, in the order they were stored."""
        rows = self.conn.execute(
            "SELECT s.source, s.segment, c.article_id, c.kind, c.similarity, s.outlet, s.title, "
            "s.url, s.published, s.authors FROM copies c JOIN sources s ON s.rowid = c.source_row "
            "WHERE c.canonical_id = ? ORDER BY c.source_row", (canonical_id,))
        return [Copy(*r[:9], authors=json.loads(r[9])) for r in rows]

    def day_counts(self) -> list[tuple[str | None, int]]:
        """(day, canonical articles) newest first; day None counts the undated."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT substr(published, 1, 10) AS day, count(*) FROM articles "
            "WHERE canonical_id IS NULL GROUP BY day ORDER BY day IS NULL, day DESC")]

    def stats(self) -> Stats:
        """Counts of articles, copies, sources, inputs, rejects, outlets and the date span."""
        q = self.conn.execute
        articles, canonical, first, last = q(
            "SELECT count(*), count(*) FILTER (WHERE canonical_id IS NULL), "
            "min(published), max(published) FROM articles").fetchone()
        exact, near, teasers = q("SELECT count(*) FILTER (WHERE kind = 'exact'), "
                                 "count(*) FILTER (WHERE kind = 'near'), "
                                 "count(*) FILTER (WHERE kind = 'teaser') FROM copies").fetchone()
        return Stats(
            articles=articles, canonical=canonical, copies=exact + near + teasers,
            exact_copies=exact, near_copies=near, teaser_copies=teasers,
            sources=q("SELECT count(*) FROM sources").fetchone()[0],
            inputs=q("SELECT count(*) FROM inputs").fetchone()[0],
            rejects=q("SELECT count(*) FROM rejects").fetchone()[0],
            outlets=q("SELECT count(DISTINCT outlet_key(outlet)) FROM sources").fetchone()[0],
            first_published=first, last_published=last)
