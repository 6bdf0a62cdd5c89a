"""The store: one SQLite file (WAL, FTS5) and its one writer, `Store`.

Articles are keyed by their content hash, so re-adding is safe: the same
(source, segment, text) is "already" stored and adds nothing. All articles of
one input commit together (`Store.input`), so a run killed mid-input leaves
nothing half-written and the input is simply done again on the next run.

A `Store` holds one connection and is not thread-safe; other processes may
read while it writes (WAL), and a second writer waits `timeout` seconds for
the lock, then gets a `StoreError`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Literal
from urllib.parse import quote

from wirescope.article import Article
from wirescope.dedupe import (OPENING_CONTAINMENT, SAME_URL_CONTAINMENT, TEASER_SHARE, TITLE_CONTAINMENT,
                               DedupeSettings, Match,
                              NearIndex, containment, opening_key, title_key, url_key)
from wirescope.errors import StoreError
from wirescope.link.entities import EntityIndex
from wirescope.store.schema import SCHEMA_VERSION, migrate, name_functions, newer_store, stored_version

__all__ = ["AddResult", "Copy", "Stats", "Store", "input_fingerprint", "outlet_key"]

log = logging.getLogger(__name__)

Status = Literal["new", "exact_copy", "near_copy", "teaser_copy", "already", "rejected"]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `Store.add` did with an article.

    `canonical_id` is the canonical article of the story (the article itself
    when it is canonical); `similarity` is 1.0 for exact copies. "teaser_copy":
    a shorter text of a story stored before, from the same address (a feed's summary
    of a page) or opening with its words (a teaser pasted without its link).
    `replaced` names the stored teaser a new, fuller text made a copy of this one.
    """

    status: Status
    article_id: str
    canonical_id: str | None = None
    similarity: float | None = None
    reason: str | None = None  # for "rejected"
    replaced: str | None = None  # for "new"


@dataclass(frozen=True, slots=True)
class _TeaserPair:
    """A stored canonical article of which the text being added is the teaser, or the
    teaser of the text being added (same address, or same opening words)."""

    article_id: str
    similarity: float     # the share of the shorter text's phrases found in the longer
    new_is_teaser: bool   # the text being added is the shorter one


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


def input_fingerprint(data: bytes, source: str, *, salt: str = "") -> str:
    """Identity of one input for `Store.input`: its bytes, where they came from, and `salt`.

    The source is part of it so the same file at two paths is stored twice
    (the second as exact copies); put a pipeline or settings version in
    `salt` to make a re-run redo inputs that were already done.
    """
    h = hashlib.sha256(data)
    h.update(b"\0" + source.encode("utf-8", "surrogatepass") + b"\0" + salt.encode("utf-8"))
    return "sha256:" + h.hexdigest()


def outlet_key(outlet: str | None) -> str | None:
    """How outlets are compared: trimmed, case-folded; blank is no outlet."""
    key = (outlet or "").strip().casefold()
    return key or None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _article(text: str, data: str) -> Article:
    record = json.loads(data)
    record["text"] = text
    return Article.from_dict(record)


def _iso(value: Any) -> str | None:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return None if value is None else str(value)


class Store:
    """One wirescope store file.

    Args:
        path: the SQLite file; created (with its schema) if missing.
            ":memory:" gives a throwaway store.
        dedupe: near-duplicate settings (`wirescope.dedupe.DedupeSettings`).
        readonly: open for reading only (search, brief); the file must exist.
        timeout: seconds to wait for another writer's lock.
    """

    def __init__(self, path: str | Path, *, dedupe: DedupeSettings | None = None,
                 readonly: bool = False, timeout: float = 5.0):
        self.path = str(path)
        self.readonly = readonly
        self._input: dict[str, Any] | None = None
        self.conn = self._connect(timeout)
        try:
            if readonly:
                if stored_version(self.conn) < SCHEMA_VERSION and os.access(self.path, os.W_OK):
                    # an older store the user may write: migrate it, then read it
                    self.conn.close()
                    Store(self.path, dedupe=dedupe, timeout=timeout).close()
                    self.conn = self._connect(timeout)
                self._check_version()
            else:
                migrate(self.conn, self.path)
            self.near = NearIndex(self.conn, dedupe)
            self.entities = EntityIndex(self.conn)
            self._check_dedupe_settings()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
        except BaseException:
            self.conn.close()
            raise

    def _connect(self, timeout: float) -> sqlite3.Connection:
        if self.path != ":memory:" and Path(self.path).is_dir():
            raise StoreError(f"{self.path}: is a directory; give the store's file name, "
                             f"e.g. --db {Path(self.path) / 'wirescope.db'}")
        if self.readonly:
            if self.path == ":memory:" or not Path(self.path).exists():
                raise StoreError(f"{self.path}: no store here; create one with `wirescope run`")
            uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        else:
            parent = Path(self.path).parent
            if self.path != ":memory:" and not parent.is_dir():
                raise StoreError(f"{self.path}: directory {parent} does not exist; create it first")
            # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE below).
            conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
            # NORMAL is durable across application crashes in WAL mode.
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        # SQLite's lower() folds ASCII only; search and ordering use this.
        conn.create_function("outlet_key", 1, outlet_key, deterministic=True)
        # Names compare folded (no accents, no case) in entity and quote lookups.
        name_functions(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _check_version(self) -> None:
        version = stored_version(self.conn)
        if version > SCHEMA_VERSION:
            raise newer_store(self.path, version)
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema v{version}, this wirescope reads v{SCHEMA_VERSION}, and the "
                "file is read-only here: give this user write access to it once so that it is migrated")

    def _check_dedupe_settings(self) -> None:
        """A store keeps the signature shape it was built with (num_perm, seed,
        shingle_words, bands): a store built under other defaults goes on with its own;
        asking for another shape explicitly is warned about, and a shape this wirescope
        cannot make is an error."""
        asked = self.near.settings
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'dedupe'").fetchone()
        if row is None and not self.readonly:
            with self._write():
                self.conn.execute("INSERT INTO meta(key, value) VALUES ('dedupe', ?), "
                                  "('created_at', ?)", (asked.fingerprint, _now()))
        elif row is not None and row[0] != asked.fingerprint and not self.readonly:
            kept = asked.with_fingerprint(row[0])
            if kept is None:
                raise StoreError(
                    f"{self.path}: store was built with near-duplicate settings {row[0]!r}, which this "
                    f"wirescope cannot reproduce ({asked.fingerprint!r}); use a new store")
            if asked.shape != DedupeSettings().shape:
                log.warning("%s keeps the near-duplicate settings it was built with (%s), not %s; "
                            "use a new store to change them", self.path, row[0], asked.fingerprint)
            self.near = NearIndex(self.conn, kept)

    def close(self) -> None:
        """Close the connection; an unfinished input is rolled back."""
        if self._input is not None:
            log.warning("closing %s with input %s unfinished; rolling it back",
                        self.path, self._input["source"])
            self.abort_input()
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------

    def _begin(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: store is open read-only")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"{self.path}: cannot write ({exc}); another process is writing to this "
                "store; wait for it to finish or use another store file") from exc

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One atomic write; inside an input, a savepoint in the input's transaction."""
        if self._input is not None:
            # A failed add inside an input must not leave half its rows behind
            # when the caller carries on with the input's other articles.
            self.conn.execute("SAVEPOINT write")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK TO write")
                raise
            finally:
                self.conn.execute("RELEASE write")
            return
        self._begin()
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- inputs ---------------------------------------------------------------

    def input_status(self, fingerprint: str) -> str | None:
        """"done" or "rejected" if the input was finished before, else None."""
        row = self.conn.execute(
            "SELECT status FROM inputs WHERE fingerprint = ?", (fingerprint,)).fetchone()
        return row[0] if row else None

    def begin_input(self, fingerprint: str, source: str) -> None:
        """Start the transaction holding every article of one input."""
        if self._input is not None:
            raise StoreError(
                f"{self.path}: input {self._input['source']} is still open; "
                "finish_input() or abort_input() it first")
        self._begin()
        self._input = {"fingerprint": fingerprint, "source": source, "articles": 0}

    def finish_input(self, status: Literal["done", "rejected"] = "done",
                     reason: str | None = None) -> int:
        """Record the input as finished and commit it; return articles it added."""
        inp = self._require_input()
        self.conn.execute(
            "INSERT OR REPLACE INTO inputs(fingerprint, source, status, reason, articles, "
            "finished_at) VALUES (?, ?, ?, ?, ?, ?)",
            (inp["fingerprint"], inp["source"], status, reason, inp["articles"], _now()))
        self.conn.execute("COMMIT")
        self._input = None
        return inp["articles"]

    def abort_input(self) -> None:
        """Roll back everything the open input wrote."""
        self._require_input()
        self._input = None
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def input(self, fingerprint: str, source: str) -> Iterator["Store"]:
        """`with store.input(fp, source): store.add(...)` commits on exit, rolls back on error."""
        self.begin_input(fingerprint, source)
        try:
            yield self
        except BaseException:
            self.abort_input()
            raise
        self.finish_input()

    def reject_input(self, fingerprint: str, source: str, reason: str) -> None:
        """Record a whole input as rejected (re-runs skip it)."""
        self.begin_input(fingerprint, source)
        try:
            self.record_reject(source, reason)
        except BaseException:
            self.abort_input()
            raise
        self.finish_input("rejected", reason)

    def _require_input(self) -> dict[str, Any]:
        if self._input is None:
            raise StoreError(f"{self.path}: no input is open; call begin_input() first")
        return self._input

    # -- writing --------------------------------------------------------------

    def record_reject(self, source: str, reason: str, *, segment: int | None = None) -> None:
        """Record why an input (or one segment of it) was rejected."""
        fp = self._input["fingerprint"] if self._input else None
        with self._write():
            self.conn.execute(
                "INSERT OR IGNORE INTO rejects(source, segment, reason, input, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (source, -1 if segment is None else segment, reason, fp, _now()))

    def add(self, article: Article) -> AddResult:
        """Store an article unless this source already gave this text.

        Returns an `AddResult`: "new" (a canonical article), "exact_copy" (a
        stored text seen at another source or segment), "near_copy" (a new text
        close to a canonical article), "already" (same source, segment and
        text stored before) or "rejected" (article.rejected or no text; recorded
        in `rejects`).
        """
        aid = article.id
        if article.rejected or not article.text.strip():
            reason = article.rejected or "empty: no text left after cleaning"
            self.record_reject(article.source, reason, segment=article.segment)
            return AddResult("rejected", aid, reason=reason)
        # `data` is to_dict() minus the text (stored once, in its own column)
        # and the id (derived from the text).
        record = {k: v for k, v in article.to_dict().items() if k not in ("id", "text")}
        try:
            data = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise StoreError(
                f"{article.source}#{article.segment}: article cannot be saved as JSON: {exc}; "
                "annotations must hold only str/int/float/bool/None, lists and dicts") from exc
        try:
            with self._write():
                result = self._add(article, aid, data)
        except (sqlite3.OperationalError, UnicodeEncodeError) as exc:
            raise StoreError(f"{self.path}: cannot store {article.source}#{article.segment}: "
                             f"{exc}") from exc
        if self._input is not None and result.status != "already":
            self._input["articles"] += 1
        return result

    def _add(self, article: Article, aid: str, data: str) -> AddResult:
        seen = self.conn.execute(
            "SELECT 1 FROM sources WHERE source = ? AND segment = ? AND article_id = ?",
            (article.source, article.segment, aid)).fetchone()
        stored = self.conn.execute(
            "SELECT canonical_id, similarity FROM articles WHERE id = ?", (aid,)).fetchone()
        if seen:
            return AddResult("already", aid, stored[0] or aid, stored[1])
        if stored:
            canonical = stored[0] or aid
            exact = canonical == aid
            similarity = 1.0 if exact else stored[1]
            row = self._insert_source(article, aid)
            self.conn.execute(
                "INSERT INTO copies(source_row, article_id, canonical_id, kind, similarity) "
                "VALUES (?, ?, ?, ?, ?)",
                (row, aid, canonical, "exact" if exact else "near", similarity))
            return AddResult("exact_copy", aid, canonical, similarity)

        sig = self.near.signature(article.text)
        key, opening, headline = url_key(article.url), opening_key(article.text), title_key(article.title)
        same = self._teaser_pair(key, opening, headline, article.text)   # a teaser and its article
        replaces = same if same and not same.new_is_teaser else None   # the stored text is the teaser
        match = None if replaces else Match(same.article_id, same.similarity) if same else self.near.match(sig)
        self.conn.execute(
            "INSERT INTO articles(id, text, title, authors, outlet, published, url, url_key, opening_key, "
            "title_key, language, truncated, data, canonical_id, similarity, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, article.text, article.title, json.dumps(list(article.authors)), article.outlet,
             _iso(article.published), article.url, key, opening, headline, article.language, int(article.truncated),
             data, match.article_id if match else None, match.similarity if match else None,
             _now()))
        row = self._insert_source(article, aid)
        self.near.save(aid, sig, index=match is None)
        if match is None:
            # near copies repeat their canonical's entities and quotes; counting them
            # twice would make syndication look like attention
            linked = self.entities.link(aid, article.entities, _iso(article.published)) \
                if article.entities else {}
            self._add_quotes(article, aid, linked)
            if replaces:
                self._demote(replaces.article_id, aid, replaces.similarity)
            return AddResult("new", aid, aid, replaced=replaces.article_id if replaces else None)
        kind = "teaser" if same else "near"
        self.conn.execute(
            "INSERT INTO copies(source_row, article_id, canonical_id, kind, similarity) "
            "VALUES (?, ?, ?, ?, ?)", (row, aid, match.article_id, kind, match.similarity))
        return AddResult(f"{kind}_copy", aid, match.article_id, match.similarity)

    def _teaser_pair(self, key: str | None, opening: str | None, headline: str | None,
                     text: str) -> _TeaserPair | None:
        """The canonical article of which `text` is the teaser or the teaser of which it
        is: the shorter has at most `TEASER_SHARE` of the longer's words, and at least
        `SAME_URL_CONTAINMENT` of its phrases in it when both come from the address `key`
        (a feed's summary and its page), `OPENING_CONTAINMENT` when they only open alike
        (`opening`: a teaser pasted or exported without its link), `TITLE_CONTAINMENT`
        when they share only their headline (`headline`: a blurb written for a front
        page); the most contained if several."""
        found: dict[str, tuple[str, float]] = {}
        for column, value, needed in (("url_key", key, SAME_URL_CONTAINMENT),
                                      ("opening_key", opening, OPENING_CONTAINMENT),
                                      ("title_key", headline, TITLE_CONTAINMENT)):
            if value is None:
                continue
            for other, stored in self.conn.execute(
                    f"SELECT id, text FROM articles WHERE {column} = ? AND canonical_id IS NULL", (value,)):
                # each address, opening or headline in common is a reason on its own: the least demanding counts
                found[other] = (stored, min(needed, found.get(other, ("", 1.0))[1]))
        best = None
        for other, (stored, needed) in found.items():
            short, long = sorted((text, stored), key=len)
            if len(short.split()) > TEASER_SHARE * len(long.split()):
                continue   # two versions of the story, not a teaser and its article
            share = containment(short, long)
            if share >= needed and (best is None or share > best.similarity):
                best = _TeaserPair(other, share, len(text) <= len(stored))
        return best

    def _demote(self, teaser: str, full: str, share: float) -> None:
        """Make the stored canonical `teaser` a copy of `full`, the fuller text of its story
        at its address: its copies follow it, it leaves the search and near-copy indexes,
        and its entity mentions and quotes give way to those of `full`."""
        self.conn.execute("UPDATE articles SET canonical_id = ?, similarity = ? WHERE id = ?", (full, share, teaser))
        self.conn.execute("UPDATE articles SET canonical_id = ? WHERE canonical_id = ?", (full, teaser))
        self.conn.execute("UPDATE copies SET canonical_id = ? WHERE canonical_id = ?", (full, teaser))
        self.conn.execute(
            "INSERT OR IGNORE INTO copies(source_row, article_id, canonical_id, kind, similarity) "
            "SELECT rowid, article_id, ?, 'teaser', ? FROM sources WHERE article_id = ?", (full, share, teaser))
        self.near.forget(teaser)
        for entity, mentions in self.conn.execute(
                "SELECT entity_id, mentions FROM entity_mentions WHERE article_id = ?", (teaser,)).fetchall():
            self.conn.execute("UPDATE entities SET mentions = max(mentions - ?, 0), articles = max(articles - 1, 0) "
                              "WHERE id = ?", (mentions, entity))
        self.conn.execute("DELETE FROM entity_mentions WHERE article_id = ?", (teaser,))
        self.conn.execute("DELETE FROM quotes WHERE article_id = ?", (teaser,))

    def _add_quotes(self, article: Article, aid: str, linked: dict[str, int]) -> None:
        rows = []
        for n, q in enumerate(article.quotes or []):
            # only contract-shaped quotes are indexed; the article's JSON keeps them all
            if not (isinstance(q, dict) and isinstance(q.get("start"), int)
                    and isinstance(q.get("end"), int) and isinstance(q.get("text"), str)):
                continue
            speaker = q.get("speaker") if isinstance(q.get("speaker"), dict) else {}
            eid = linked.get(str(speaker.get("entity")))
            if eid is None and isinstance(speaker.get("name"), str):
                # a name the article's NER missed ("Ilves said") still finds its person
                eid = self.entities.person(str(speaker["name"]))
            name = speaker.get("name") if isinstance(speaker.get("name"), str) else None
            cue = q.get("cue") if isinstance(q.get("cue"), str) else None
            rows.append((aid, n, q["text"], q["start"], q["end"], str(q.get("kind") or "direct"),
                         name, eid, cue, _iso(article.published), article.outlet))
        self.conn.executemany(
            "INSERT OR IGNORE INTO quotes(article_id, n, text, start, end, kind, speaker, "
            "speaker_entity, cue, published, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def _insert_source(self, article: Article, aid: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO sources(source, segment, article_id, url, title, outlet, published, "
            "authors, input, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.source, article.segment, aid, article.url, article.title, article.outlet,
             _iso(article.published), json.dumps(list(article.authors)),
             self._input["fingerprint"] if self._input else None, _now()))
        return cur.lastrowid

    # -- reading --------------------------------------------------------------

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
