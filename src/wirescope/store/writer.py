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
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Literal
from urllib.parse import quote

from wirescope.article import Article
from wirescope.dedupe import DedupeSettings, Match, NearIndex, opening_key, title_key, url_key
from wirescope.errors import StoreError
from wirescope.link.entities import EntityIndex
from wirescope.store.reading import Copy, Reading, Stats
from wirescope.store.schema import SCHEMA_VERSION, migrate, name_functions, newer_store, stored_version
from wirescope.store.teasers import demote, teaser_pair

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


def _iso(value: Any) -> str | None:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return None if value is None else str(value)


class Store(Reading):
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
        same = teaser_pair(self.conn, key, opening, headline, article.text, _iso(article.published))   # a teaser and its article
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
                demote(self.conn, self.near, replaces.article_id, aid, replaces.similarity)
            return AddResult("new", aid, aid, replaced=replaces.article_id if replaces else None)
        kind = "teaser" if same else "near"
        self.conn.execute(
            "INSERT INTO copies(source_row, article_id, canonical_id, kind, similarity) "
            "VALUES (?, ?, ?, ?, ?)", (row, aid, match.article_id, kind, match.similarity))
        return AddResult(f"{kind}_copy", aid, match.article_id, match.similarity)

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
