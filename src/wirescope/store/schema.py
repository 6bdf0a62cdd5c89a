"""The store's SQLite schema and its migrations (`PRAGMA user_version`).

Migration N (1-based) brings a store from version N-1 to N. Append new
migrations; never edit one that has shipped.
"""

from __future__ import annotations

import logging
import sqlite3

from wirescope.errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate", "name_functions", "newer_store", "stored_version"]

log = logging.getLogger(__name__)

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per distinct cleaned text. `data` is Article.to_dict() JSON without
-- "id" and "text" (the columns hold those), so annotations round-trip; the
-- other columns duplicate fields of `data` for queries.
CREATE TABLE articles (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,          -- Article.id, the content hash
    text         TEXT NOT NULL,
    title        TEXT,
    authors      TEXT NOT NULL DEFAULT '[]',    -- JSON list
    outlet       TEXT,
    published    TEXT,                          -- ISO 8601 at the precision known
    url          TEXT,
    language     TEXT,
    truncated    INTEGER NOT NULL DEFAULT 0,
    data         TEXT NOT NULL,
    canonical_id TEXT REFERENCES articles(id),  -- NULL: this article is canonical
    similarity   REAL,                          -- to the canonical, for near copies
    added_at     TEXT NOT NULL
);
CREATE INDEX articles_canonical ON articles(canonical_id);
CREATE INDEX articles_published ON articles(published);

-- Every place a text was seen. A text seen again from another source is a
-- second row here (an exact copy), never dropped; each row keeps that
-- source's own metadata.
CREATE TABLE sources (
    rowid      INTEGER PRIMARY KEY,
    source     TEXT NOT NULL,
    segment    INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    url        TEXT,
    title      TEXT,
    outlet     TEXT,
    published  TEXT,
    authors    TEXT NOT NULL DEFAULT '[]',
    input      TEXT,                            -- inputs.fingerprint, if any
    added_at   TEXT NOT NULL,
    UNIQUE (source, segment, article_id)
);
CREATE INDEX sources_article ON sources(article_id);

-- Every source row that is not the first occurrence of a canonical article.
-- kind is relative to the canonical: 'exact' when the texts hash alike.
CREATE TABLE copies (
    source_row   INTEGER PRIMARY KEY REFERENCES sources(rowid),
    article_id   TEXT NOT NULL REFERENCES articles(id),
    canonical_id TEXT NOT NULL REFERENCES articles(id),
    kind         TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
    similarity   REAL NOT NULL
);
CREATE INDEX copies_canonical ON copies(canonical_id);

CREATE TABLE inputs (
    fingerprint TEXT PRIMARY KEY,               -- e.g. sha256 of the bytes + source
    source      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('done', 'rejected')),
    reason      TEXT,
    articles    INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT NOT NULL
);

CREATE TABLE rejects (
    rowid   INTEGER PRIMARY KEY,
    source  TEXT NOT NULL,
    segment INTEGER NOT NULL DEFAULT -1,        -- -1: the whole input
    reason  TEXT NOT NULL,
    input   TEXT,
    added_at TEXT NOT NULL,
    UNIQUE (source, segment, reason)
);

-- Near-duplicate index (see wirescope.dedupe).
CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    sig        BLOB NOT NULL                    -- uint32 MinHash values
) WITHOUT ROWID;
CREATE TABLE lsh (
    band       INTEGER NOT NULL,
    key        INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

-- Full-text index over canonical articles only; copies are reached through
-- their canonical. External content: the text is stored once, in articles.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
WHEN new.canonical_id IS NULL BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
WHEN old.canonical_id IS NULL BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update_old AFTER UPDATE ON articles
WHEN old.canonical_id IS NULL BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update_new AFTER UPDATE ON articles
WHEN new.canonical_id IS NULL BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
"""

# v2: canonical entities across the corpus (wirescope.link.entities).
_V2 = """
CREATE TABLE entities (
    id       INTEGER PRIMARY KEY,
    type     TEXT NOT NULL,
    name     TEXT NOT NULL,                     -- the fullest name seen
    surname  TEXT,                              -- translit key of a person's last name
    articles INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_surname ON entities(type, surname);

-- Every spelling an entity was seen under; key = folded spelling.
CREATE TABLE entity_aliases (
    key       TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias     TEXT NOT NULL,
    count     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

-- One row per entity of an article: its local id in the article's JSON
-- ("e3"), its character spans and the roles the article gives it.
CREATE TABLE entity_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id   TEXT NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    name       TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    spans      TEXT NOT NULL,                   -- JSON [[start, end], ...]
    roles      TEXT NOT NULL DEFAULT '[]',
    published  TEXT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, published);
"""

# v3: quotes with their speakers' corpus entities (wirescope.store.quotes).
_V3 = """
CREATE TABLE quotes (
    rowid          INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id),
    n              INTEGER NOT NULL,            -- index in the article's quotes
    text           TEXT NOT NULL,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    speaker        TEXT,                        -- the speaker as named or described
    speaker_entity INTEGER REFERENCES entities(id),
    cue            TEXT,
    published      TEXT,
    outlet         TEXT,
    UNIQUE (article_id, n)
);
CREATE INDEX quotes_entity ON quotes(speaker_entity, published);
CREATE INDEX quotes_published ON quotes(published);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content='quotes', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
    VALUES ('delete', old.rowid, old.text, old.speaker);
END;
"""

# v4: name keys fold the letters Unicode cannot take apart (Đ, ł, ø, ı…) as English news
# writes them ("Đukić" and "Djukic" are one key): recompute the stored keys with the
# connection's `fold` and `surname_key` (`name_functions` registers both). A key that now
# equals another spelling's of the same entity keeps its old form (OR IGNORE).
_V4 = """
UPDATE OR IGNORE entity_aliases SET key = fold(alias);
UPDATE entities SET surname = surname_key(name) WHERE type = 'PERSON';
"""

# v5: the surname key folds the Ukrainian and Russian spellings of an East Slavic surname
# together (h/g, y/i: "Hrytsenko", "Gritsenko"); recompute it. Entities the old keys kept
# apart stay apart; new mentions join the one first found.
_V5 = """
UPDATE entities SET surname = surname_key(name) WHERE type = 'PERSON';
"""

# v6: a feed's summary or teaser and the full article at the same address are one story
# (wirescope.dedupe.url_key): articles keep the key of their address, indexed, and a copy
# may be the 'teaser' of its canonical (the shorter text of one story at one address).
_V6 = """
ALTER TABLE articles ADD COLUMN url_key TEXT;
UPDATE articles SET url_key = url_key(url) WHERE url IS NOT NULL;
CREATE INDEX articles_url_key ON articles(url_key) WHERE url_key IS NOT NULL;
CREATE TABLE copies_v6 (
    source_row   INTEGER PRIMARY KEY REFERENCES sources(rowid),
    article_id   TEXT NOT NULL REFERENCES articles(id),
    canonical_id TEXT NOT NULL REFERENCES articles(id),
    kind         TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'teaser')),
    similarity   REAL NOT NULL
);
INSERT INTO copies_v6(source_row, article_id, canonical_id, kind, similarity)
    SELECT source_row, article_id, canonical_id, kind, similarity FROM copies;
DROP TABLE copies;
ALTER TABLE copies_v6 RENAME TO copies;
CREATE INDEX copies_canonical ON copies(canonical_id);
"""

# v7: a teaser with no address in common with its article is known by the article's opening
# words (wirescope.dedupe.opening_key): canonical articles keep that key, indexed.
_V7 = """
ALTER TABLE articles ADD COLUMN opening_key TEXT;
UPDATE articles SET opening_key = opening_key(text) WHERE canonical_id IS NULL;
CREATE INDEX articles_opening_key ON articles(opening_key) WHERE opening_key IS NOT NULL;
"""

# v8: a teaser under its article's own headline, worded apart from the article's opening,
# is known by that headline (wirescope.dedupe.title_key), indexed like the opening.
_V8 = """
ALTER TABLE articles ADD COLUMN title_key TEXT;
UPDATE articles SET title_key = title_key(title) WHERE canonical_id IS NULL;
CREATE INDEX articles_title_key ON articles(title_key) WHERE title_key IS NOT NULL;
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8]
SCHEMA_VERSION = len(MIGRATIONS)


def name_functions(conn: sqlite3.Connection) -> None:
    """Register the keys as SQL functions: `fold(name)`, `surname_key(name)`, `url_key(url)`,
    `opening_key(text)` and `title_key(title)` (migrations compute stored keys with them;
    lookups compare with them)."""
    from wirescope.analyze.gazetteer import fold
    from wirescope.dedupe import opening_key, title_key, url_key
    from wirescope.link.entities import surname_key

    conn.create_function("url_key", 1, url_key, deterministic=True)
    conn.create_function("opening_key", 1, opening_key, deterministic=True)
    conn.create_function("title_key", 1, title_key, deterministic=True)
    conn.create_function("fold", 1, lambda s: fold(s) if s else "", deterministic=True)
    conn.create_function("surname_key", 1, surname_key, deterministic=True)


def stored_version(conn: sqlite3.Connection) -> int:
    """The schema version the store's file says it has."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def newer_store(path: str, found: int) -> StoreError:
    """The error for a store a newer wirescope wrote."""
    return StoreError(f"{path}: store schema v{found} is newer than this wirescope supports "
                      f"(v{SCHEMA_VERSION}); upgrade wirescope to open it")


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the store at `path` to SCHEMA_VERSION; return the version found."""
    name_functions(conn)
    found = stored_version(conn)
    if found > SCHEMA_VERSION:
        raise newer_store(path, found)
    if found == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise StoreError(
                f"{path}: is an SQLite file but not a wirescope store; "
                "pass a new path or an existing store")
    for version in range(found + 1, SCHEMA_VERSION + 1):
        log.info("migrating store %s to schema v%d", path, version)
        # executescript commits first; BEGIN..COMMIT makes each step atomic.
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[version - 1]}\n"
                f"PRAGMA user_version = {version};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"{path}: migration to schema v{version} failed: {exc}") from exc
    return found
