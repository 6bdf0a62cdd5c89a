"""Reading quotes: who said what, filtered by speaker, words, outlet and date.

    from wirescope.store import Store
    from wirescope.store.quotes import find_quotes

    with Store("corpus.db", readonly=True) as store:
        for q in find_quotes(store, speaker="Zelenskiy", since="2024-10-01"):
            print(q.published, q.speaker, q.text)

A speaker filter matches the speaker's corpus entity under any alias
("Zelenskiy" finds quotes of Volodymyr Zelensky however an outlet spelled
him), and also unnamed speakers by their description ("Western official").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from wirescope.analyze.gazetteer import fold
from wirescope.errors import QueryError
from wirescope.store.entities import resolve_entity
from wirescope.store.search import compile_query, outlet_param, period, run_query

if TYPE_CHECKING:
    from wirescope.store.writer import Store

__all__ = ["QuoteRow", "find_quotes"]


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One stored quote with its speaker and where it was published."""

    text: str
    kind: str
    speaker: str | None
    entity: str | None        # the speaker's canonical name in the corpus
    entity_id: int | None
    cue: str | None
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def find_quotes(store: Store, *, speaker: str | None = None, words: str | None = None,
                outlet: str | None = None, since: str | date | None = None,
                until: str | date | None = None, kind: str | None = None,
                limit: int = 50) -> list[QuoteRow]:
    """Quotes matching every filter given, newest first.

    Args:
        speaker: a name under any spelling seen, or words of an unnamed speaker's description.
        words: words or phrases in the quote (search syntax of `wirescope search`).
        outlet: the outlet that published the article, ignoring case.
        since, until: publication dates, inclusive, at the precision given.
        kind: "direct", "indirect" or "mixed".
        limit: at most this many.

    Raises:
        QueryError: a malformed query or filter, or a speaker nobody matches.
    """
    if limit < 1:
        raise QueryError(f"limit must be at least 1, got {limit}")
    if kind is not None and kind not in ("direct", "indirect", "mixed"):
        raise QueryError(f"kind={kind!r}: choose direct, indirect or mixed")
    sql = ["SELECT q.text, q.kind, q.speaker, e.name, q.speaker_entity, q.cue, q.article_id, "
           "a.title, q.outlet, q.published, a.url, q.start, q.end FROM quotes q "
           "JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity"]
    where: list[str] = []
    params: dict[str, Any] = {"limit": limit}
    if words is not None:
        sql.append("JOIN quotes_fts f ON f.rowid = q.rowid")
        where.append("quotes_fts MATCH :match")
        # the speaker column is for --speaker; words search the quote itself
        params["match"] = "text : (" + compile_query(words) + ")"
    if speaker is not None:
        if not speaker.strip():
            raise QueryError("speaker filter is blank: give a name, e.g. --speaker Zelensky")
        ids = [e.id for e in resolve_entity(store, speaker, type="PERSON")] or \
            [e.id for e in resolve_entity(store, speaker)]
        marks = ",".join(str(int(i)) for i in ids)
        cond = f"q.speaker_entity IN ({marks})" if ids else "0"
        key = fold(speaker).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")  # the name, not a pattern
        params["speaker_like"] = f"%{key}%"
        where.append(f"({cond} OR (q.speaker_entity IS NULL AND fold(q.speaker) LIKE :speaker_like ESCAPE '\\'))")
    if outlet is not None:
        where.append("outlet_key(q.outlet) = :outlet")
        params["outlet"] = outlet_param(outlet)
    dated, bounds = period("q.published", since, until)
    where += dated
    params.update(bounds)
    if kind:
        where.append("q.kind = :kind")
        params["kind"] = kind
    if where:
        sql.append("WHERE " + " AND ".join(where))
    sql.append("ORDER BY q.published IS NULL, q.published DESC, q.article_id, q.n LIMIT :limit")
    rows = run_query(store, " ".join(sql), params, f"quotes for {words!r}")
    return [QuoteRow(*row) for row in rows]
