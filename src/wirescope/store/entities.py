"""Reading canonical entities: lists, lookups by any alias, and profiles.

    from wirescope.store import Store
    from wirescope.store.entities import find_entities, entity_profile

    with Store("corpus.db", readonly=True) as store:
        for row in find_entities(store, "zelensk", type="PERSON"):
            print(row.name, row.articles)
        profile = entity_profile(store, "Zelenskiy")   # any spelling seen
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from wirescope.analyze.canonical import translit_key
from wirescope.analyze.gazetteer import TOKEN, fold, load_gazetteer
from wirescope.spelling import us_spelling
from wirescope.errors import QueryError

if TYPE_CHECKING:
    from wirescope.store.writer import Store

__all__ = ["EntityRow", "EntityProfile", "find_entities", "resolve_entity", "entity_profile"]


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One corpus entity with its counts and spellings."""

    id: int
    name: str
    type: str
    articles: int
    mentions: int
    aliases: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "articles": self.articles,
                "mentions": self.mentions, "aliases": list(self.aliases)}


@dataclass(slots=True)
class EntityProfile:
    """Everything the store knows of one entity."""

    entity: EntityRow
    roles: list[dict[str, Any]] = field(default_factory=list)      # role, first, last, articles
    articles: list[dict[str, Any]] = field(default_factory=list)   # id, title, outlet, published, mentions
    per_day: list[tuple[str, int]] = field(default_factory=list)   # (YYYY-MM-DD, mentions)
    co_mentions: list[dict[str, Any]] = field(default_factory=list)  # id, name, type, articles
    others: list[EntityRow] = field(default_factory=list)          # other entities the name fits

    def as_dict(self) -> dict[str, Any]:
        return {"entity": self.entity.as_dict(), "roles": self.roles, "articles": self.articles,
                "per_day": [{"day": d, "mentions": n} for d, n in self.per_day],
                "co_mentions": self.co_mentions, "others": [o.as_dict() for o in self.others]}


def _rows(store: Store, ids: list[int]) -> list[EntityRow]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    aliases: dict[int, list[str]] = {}
    for eid, alias in store.conn.execute(
            f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({marks}) "
            "ORDER BY count DESC", ids):
        aliases.setdefault(eid, []).append(alias)
    found = {r[0]: EntityRow(*r, aliases=tuple(aliases.get(r[0], ()))) for r in store.conn.execute(
        f"SELECT id, name, type, articles, mentions FROM entities WHERE id IN ({marks})", ids)}
    return [found[i] for i in ids if i in found]


def find_entities(store: Store, query: str | None = None, *, type: str | None = None,
                  limit: int = 50) -> list[EntityRow]:
    """Entities whose name or any alias contains `query` (all when None), most mentioned first."""
    args: list[Any] = []
    where = []
    if type:
        where.append("e.type = ?")
        args.append(type.upper())
    if query:
        where.append("e.id IN (SELECT entity_id FROM entity_aliases WHERE key LIKE ? ESCAPE '\\')")
        key = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args.append(f"%{key}%")
    sql = "SELECT e.id FROM entities e"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.articles DESC, e.mentions DESC, e.name LIMIT ?"
    ids = [r[0] for r in store.conn.execute(sql, [*args, max(1, int(limit))])]
    return _rows(store, ids)


def resolve_entity(store: Store, name: str, *, type: str | None = None) -> list[EntityRow]:
    """Entities a name may refer to, best first: exact alias, then surname, then fuzzy."""
    key = fold(name)
    typed = " AND e.type = ?" if type else ""
    extra = [type.upper()] if type else []
    keys = [key]
    entry = load_gazetteer().lookup(TOKEN.findall(name))
    if entry is not None:   # "Kiev" finds Kyiv even if no article spelled it so
        keys.append(fold(entry.canonical))
    ids: list[int] = []
    for k in keys:
        ids += [r[0] for r in store.conn.execute(
            "SELECT DISTINCT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            f"WHERE a.key = ?{typed} ORDER BY e.mentions DESC", [k, *extra]) if r[0] not in ids]
    if not ids and key:
        ids = [r[0] for r in store.conn.execute(
            f"SELECT e.id FROM entities e WHERE e.surname = ?{typed} ORDER BY e.mentions DESC",
            [translit_key(key.split()[-1]), *extra])]
    if not ids and key:
        aliases = store.conn.execute(
            "SELECT a.key, a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            + (" WHERE e.type = ?" if type else ""), extra).fetchall()
        best = process.extract(key, [a for a, _ in aliases], scorer=fuzz.WRatio, limit=5,
                               score_cutoff=85)
        for _, _, i in best:
            if aliases[i][1] not in ids:
                ids.append(aliases[i][1])
    return _rows(store, ids)


def _role_key(role: str) -> str:
    """Roles compare without case and US/UK spelling ("Defense Minister", "defence minister")."""
    return " ".join(map(us_spelling, role.lower().split()))


def _merged_roles(roles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per role: a bare title joins the one fuller form it shortens ("Defence
    Minister" into "Defence Minister of Estonia"), shown in its commonest spelling."""
    for key in sorted(roles, key=len):
        fuller = [k for k in roles if k.startswith(key + " of ")]
        if len(fuller) == 1:
            into, part = roles[fuller[0]], roles.pop(key)
            into["ids"] |= part["ids"]
            into["days"] += part["days"]
    return [{"role": r["spellings"].most_common(1)[0][0], "first": min(r["days"], default=None),
             "last": max(r["days"], default=None), "articles": len(r["ids"])} for r in roles.values()]


def entity_profile(store: Store, name: str, *, type: str | None = None,
                   limit: int = 20) -> EntityProfile:
    """Aliases, roles with dates, articles, mentions per day and co-mentions of one entity.

    Raises:
        QueryError: no entity goes by that name.
    """
    found = resolve_entity(store, name, type=type)
    if not found:
        raise QueryError(f"no entity named {name!r} in {store.path}; "
                         "list them with `wirescope entities` (add a word to search)")
    entity, others = found[0], found[1:]
    profile = EntityProfile(entity, others=others)
    roles: dict[str, dict[str, Any]] = {}
    per_day: Counter[str] = Counter()
    for article_id, roles_json, published, mentions in store.conn.execute(
            "SELECT article_id, roles, published, mentions FROM entity_mentions "
            "WHERE entity_id = ? ORDER BY published", (entity.id,)):
        day = (published or "")[:10]
        if day:
            per_day[day] += mentions
        for role in json.loads(roles_json):
            r = roles.setdefault(_role_key(role), {"spellings": Counter(), "days": [], "ids": set()})
            r["spellings"][role] += 1
            r["ids"].add(article_id)
            if day:
                r["days"].append(day)
    profile.roles = sorted(_merged_roles(roles), key=lambda r: (-r["articles"], r["first"] or ""))
    profile.per_day = sorted(per_day.items())
    profile.articles = [
        {"id": aid, "title": title, "opening": opening, "outlet": outlet, "published": published, "mentions": n}
        for aid, title, opening, outlet, published, n in store.conn.execute(
            "SELECT a.id, a.title, substr(a.text, 1, 300), a.outlet, a.published, m.mentions FROM entity_mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? "
            "ORDER BY a.published DESC, a.rowid DESC LIMIT ?", (entity.id, limit))]
    profile.co_mentions = [
        {"id": eid, "name": ename, "type": etype, "articles": n}
        for eid, ename, etype, n in store.conn.execute(
            "SELECT e.id, e.name, e.type, count(DISTINCT o.article_id) AS n "
            "FROM entity_mentions m JOIN entity_mentions o ON o.article_id = m.article_id "
            "AND o.entity_id != m.entity_id JOIN entities e ON e.id = o.entity_id "
            "WHERE m.entity_id = ? GROUP BY e.id ORDER BY n DESC, e.mentions DESC LIMIT ?",
            (entity.id, limit))]
    return profile
