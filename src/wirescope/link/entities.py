"""Canonical entities across the corpus: one row per real-world entity.

Each article's entities (already canonical inside the article, see
`wirescope.analyze.canonical`) are matched against the store's alias table:

1. a spelling seen before ("Zelensky") finds its entity directly;
2. a person's full name matches one whose surname is a transliteration
   variant ("Zelenskiy"/"Zelensky") and whose first name agrees
   (so Donald Trump never meets Donald Tusk);
3. a surname alone goes to the person of that surname mentioned most;
4. a company's name with or without its legal suffix ("Intel", "Intel Corp") finds it,
   and a body's or a place's British or American spelling, or its country written as a
   demonym, finds it ("Muuga Harbor", "Estonian Internal Security Service");
5. anything else is a new entity.

The alias table is the state; it lives in the store, so a second run, another
process or a Dask partition writing to the same file sees the same entities.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from wirescope.analyze.canonical import LEGAL_SUFFIXES, company_key, name_variants, same_name, translit_key
from wirescope.analyze.gazetteer import fold

__all__ = ["EntityIndex", "surname_key"]


def surname_key(name: str | None) -> str | None:
    """The stored key of a person's surname (the last word of the name)."""
    words = (name or "").split()
    return translit_key(words[-1]) if words else None


class EntityIndex:
    """Links article entities to corpus entities inside the store's transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def link(self, article_id: str, entities: list[dict[str, Any]],
             published: str | None) -> dict[str, int]:
        """Record an article's entities; returns {local id: corpus entity id}."""
        out: dict[str, int] = {}
        for ent in entities:
            # only contract-shaped entities are linked; the article's JSON keeps them all
            if not (isinstance(ent, dict) and isinstance(ent.get("name"), str)
                    and isinstance(ent.get("type"), str)):
                continue
            name, etype = ent["name"].strip(), ent["type"]
            if not name or not etype:
                continue
            eid = self._find(name, etype) or self._create(name, etype)
            spans = [m for m in ent.get("mentions") or [] if isinstance(m, list)] \
                if isinstance(ent.get("mentions"), list) else []
            roles = [r for r in ent.get("roles") or [] if isinstance(r, str) and r] \
                if isinstance(ent.get("roles"), list) else []
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO entity_mentions(article_id, local_id, entity_id, name, "
                "mentions, spans, roles, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, str(ent.get("id")), eid, name, len(spans), json.dumps(spans),
                 json.dumps(roles, ensure_ascii=False), published))
            if cur.rowcount:
                first = eid not in out.values()
                self.conn.execute(
                    "UPDATE entities SET mentions = mentions + ?, articles = articles + ? "
                    "WHERE id = ?", (len(spans), int(first), eid))
                self._alias(eid, name, len(spans))
            out[str(ent.get("id"))] = eid
        return out

    def person(self, name: str) -> int | None:
        """The corpus person a bare speaker name ("Ilves") refers to, if any; creates nothing."""
        words = name.split()
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
            return None
        return self._find(name, "PERSON")

    # -- matching -------------------------------------------------------------

    def _find(self, name: str, etype: str) -> int | None:
        eid = self._by_alias([fold(name)], etype)
        if eid is not None:
            return eid
        if etype in ("ORG", "GPE", "LOC", "FAC") and (keys := name_variants(name)):
            # "Muuga Harbor" is "Muuga Harbour"; "Estonian Internal Security Service" is
            # "Estonia's Internal Security Service"
            eid = self._by_alias(keys, etype)
            if eid is not None:
                return eid
        if etype == "ORG":
            return self._company(name)
        if etype != "PERSON":
            return None
        words = name.split()
        rows = self.conn.execute(
            "SELECT id, name, mentions FROM entities WHERE type = 'PERSON' AND surname = ? "
            "ORDER BY mentions DESC", (translit_key(words[-1]),)).fetchall()
        if len(words) == 1:
            full = [r for r in rows if len(r[1].split()) > 1]
            return (full or rows)[0][0] if rows else None
        for eid, known, _ in rows:
            kw = known.split()
            if len(kw) == 1:
                return eid  # a surname-only entity is this person's first sighting
            if fold(kw[0]) == fold(words[0]) or same_name(kw[0], words[0]):
                return eid
        return None

    def _company(self, name: str) -> int | None:
        """A company under any of its legal suffixes: "Intel" finds "Intel Corp" and back."""
        bare = company_key(fold(name))
        return self._by_alias([bare] + [f"{bare} {suffix}" for suffix in LEGAL_SUFFIXES], "ORG")

    def _by_alias(self, keys: list[str], etype: str) -> int | None:
        """The most mentioned entity of this type known under one of these folded keys."""
        row = self.conn.execute(
            "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            f"WHERE a.key IN ({', '.join('?' * len(keys))}) AND e.type = ? "
            "ORDER BY e.mentions DESC LIMIT 1", (*keys, etype)).fetchone()
        return row[0] if row else None

    def _create(self, name: str, etype: str) -> int:
        surname = surname_key(name) if etype == "PERSON" else None
        cur = self.conn.execute("INSERT INTO entities(type, name, surname) VALUES (?, ?, ?)",
                                (etype, name, surname))
        return cur.lastrowid

    def _alias(self, eid: int, name: str, count: int) -> None:
        self.conn.execute(
            "INSERT INTO entity_aliases(key, entity_id, alias, count) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key, entity_id) DO UPDATE SET count = count + excluded.count",
            (fold(name), eid, name, count))
        # The entity's name is its most used spelling with the most words.
        best = self.conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? "
            "ORDER BY length(alias) - length(replace(alias, ' ', '')) DESC, count DESC LIMIT 1",
            (eid,)).fetchone()
        if best:
            self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (best[0], eid))
