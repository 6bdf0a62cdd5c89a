"""Full-text search over the canonical articles of a store.

Query syntax. Plain words are safe: each bare word is quoted before it
reaches SQLite FTS5, so `pro-Russian strike, Kyiv` means the three terms
(all required) and punctuation never causes a syntax error. On top of that
the FTS5 operators work as documented by SQLite:

    "peace talks"          a phrase
    drone*                 a prefix (also "peace tal"*)
    kyiv AND drone, kyiv OR kharkiv, kyiv NOT drone   (upper case only)
    (kyiv OR kharkiv) drone                           grouping
    NEAR(zelensky putin, 10)                          terms within 10 tokens
    title:ceasefire, text:"grain deal"                one column only

Lower-case and/or/not are ordinary words. Terms are stemmed (porter), so
"strike" also finds "strikes". A malformed query raises `QueryError` saying
what is wrong and how to write it instead.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from wirescope.article import iso_error
from wirescope.errors import QueryError
from wirescope.store.writer import outlet_key

if TYPE_CHECKING:
    from wirescope.store.writer import Store

__all__ = ["Hit", "MARK_OPEN", "MARK_CLOSE", "compile_query", "search"]

# Snippet highlight markers: control characters that cleaned text does not
# contain, so renderers can split on them safely (see Hit.snippet_parts).
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"

TITLE_WEIGHT = 5.0  # bm25 weight of a title match relative to a body match
SNIPPET_TOKENS = 24

_COLUMNS = {"title", "text"}
_OPERATORS = {"AND", "OR", "NOT"}
_WORD_END = re.compile(r'[\s"(),]')


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result; `title_marked` and `snippet` carry MARK_OPEN/MARK_CLOSE."""

    id: str
    title: str | None
    title_marked: str | None
    snippet: str
    outlet: str | None
    published: str | None
    url: str | None
    source: str | None
    copies: int
    score: float  # higher is better (negated bm25)

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, highlighted) pieces, for bold or <mark> rendering."""
        return split_marks(self.snippet)


def split_marks(marked: str) -> list[tuple[str, bool]]:
    """Split text with MARK_OPEN/MARK_CLOSE into (text, highlighted) pieces."""
    parts = []
    for i, piece in enumerate(re.split(f"[{MARK_OPEN}{MARK_CLOSE}]", marked)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts


# -- query compilation ---------------------------------------------------------

def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _lex(query: str) -> list[tuple[str, str, bool]]:
    """Tokens (kind, value, prefix) with kinds WORD PHRASE OP COL LP RP NEAR COMMA."""
    tokens: list[tuple[str, str, bool]] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == '"':
            j, buf = i + 1, []
            while True:
                k = query.find('"', j)
                if k < 0:
                    raise QueryError(
                        f"unbalanced quote in query {query!r}: close the phrase, "
                        'e.g. "peace talks", or remove the stray "')
                buf.append(query[j:k])
                if query.startswith('""', k):  # FTS5 escapes a quote by doubling it
                    buf.append('"')
                    j = k + 2
                    continue
                break
            i = k + 1
            prefix = query.startswith("*", i)
            i += prefix
            phrase = "".join(buf)
            if not phrase.strip():
                raise QueryError(f'empty phrase "" in query {query!r}: '
                                 "put words inside the quotes")
            tokens.append(("PHRASE", phrase, prefix))
        elif c in "(),":
            tokens.append(({"(": "LP", ")": "RP", ",": "COMMA"}[c], c, False))
            i += 1
        else:
            m = _WORD_END.search(query, i)
            j = m.start() if m else n
            word, i = query[i:j], j
            if word == "NEAR" and query.startswith("(", i):
                tokens.append(("NEAR", word, False))
                i += 1
            elif word in _OPERATORS:
                tokens.append(("OP", word, False))
            else:
                tokens.extend(_lex_word(word, query))
    return tokens


def _lex_word(word: str, query: str) -> list[tuple[str, str, bool]]:
    col, sep, rest = word.partition(":")
    if sep and col.lower() in _COLUMNS:
        return [("COL", col.lower(), False)] + (_lex_word(rest, query) if rest else [])
    if word.startswith("*"):
        raise QueryError(f"'*' must follow a word in query {query!r}: write a prefix "
                         "search like drone* (matches drone, drones)")
    if re.match(r"-\w", word):
        raise QueryError(f"{word!r} in query {query!r}: to exclude a word write "
                         f"kyiv NOT {word[1:]}; to search for it, quote it: \"{word}\"")
    prefix = word.endswith("*")
    word = word[:-1] if prefix else word
    if "*" in word:
        raise QueryError(f"'*' may only end a word in query {query!r}: write drone*")
    return [("WORD", word, prefix)]


def _join(run: list[str]) -> str:
    """Adjacent terms as FTS5 reads them: implicit AND, binding tighter than NOT/AND/OR."""
    if len(run) == 1:
        return run[0]
    if not any(t.endswith(")") and not t.startswith("NEAR(") for t in run):
        return " ".join(run)
    # FTS5 rejects implicit AND next to a group ("(a OR b) c"), so spell it
    # out and bracket the run to keep the same precedence.
    return "(" + " AND ".join(run) + ")"


class _Parser:
    """Validates the token stream and re-emits it with every term quoted."""

    def __init__(self, tokens: list[tuple[str, str, bool]], query: str):
        self.tokens, self.query, self.i = tokens, query, 0

    def error(self, what: str, fix: str) -> QueryError:
        return QueryError(f"{what} in query {self.query!r}: {fix}")

    def peek(self) -> tuple[str, str, bool] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def next(self) -> tuple[str, str, bool]:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def sequence(self, depth: int) -> str:
        out: list[str] = []
        run: list[str] = []  # adjacent terms, joined by an implicit AND
        while (tok := self.peek()) is not None:
            kind, value, _ = tok
            if kind == "RP":
                if depth == 0:
                    raise self.error("unbalanced ')'", "remove it or add the matching '('")
                break
            if kind == "COMMA":
                self.next()
            elif kind == "OP":
                if not run:
                    where = "after another operator" if out else "at the start"
                    raise self.error(
                        f"'{value}' {where}",
                        f"{value} joins two terms (kyiv {value} drone); to search for "
                        f"the word itself, quote it: \"{value.lower()}\"")
                out += [_join(run), self.next()[1]]
                run = []
            else:
                run.append(self.term())
        if out and not run:
            raise self.error(f"'{out[-1]}' at the end",
                             f"add a term after it (kyiv {out[-1]} drone) or remove it")
        if not run:
            raise (self.error("empty parentheses", "put terms inside (kyiv OR kharkiv)")
                   if depth else QueryError("empty query: give at least one word to search"))
        return " ".join(out + [_join(run)])

    def term(self) -> str:
        kind, value, prefix = self.next()
        if kind in ("WORD", "PHRASE"):
            return _quote(value) + ("*" if prefix else "")
        if kind == "COL":
            nxt = self.peek()
            if nxt is None or nxt[0] not in ("WORD", "PHRASE", "LP", "NEAR"):
                raise self.error(f"'{value}:' has no term", f'write {value}:ceasefire or '
                                 f'{value}:"grain deal"')
            return f"{value} : {self.term()}"
        if kind == "LP":
            inner = self.sequence(depth=1)
            if self.peek() is None:
                raise self.error("unclosed '('", "add the matching ')'")
            self.next()
            return f"({inner})"
        if kind == "NEAR":
            return self.near()
        raise self.error(f"unexpected {value!r}", "remove it or quote it")  # pragma: no cover

    def near(self) -> str:
        usage = "write NEAR(word1 word2, 10) with the closing ')'"
        phrases: list[str] = []
        distance = ""
        while (tok := self.peek()) is not None and tok[0] in ("WORD", "PHRASE"):
            self.next()
            phrases.append(_quote(tok[1]) + ("*" if tok[2] else ""))
        if (tok := self.peek()) is not None and tok[0] == "COMMA":
            self.next()
            tok = self.peek()
            if tok is None or tok[0] != "WORD" or not tok[1].isdigit():
                raise self.error("NEAR( needs a number after the comma", usage)
            distance = ", " + self.next()[1]
        if not phrases:
            raise self.error("NEAR( has no terms", usage)
        tok = self.peek()
        if tok is None or tok[0] != "RP":
            raise self.error("NEAR( is not closed", usage)
        self.next()
        return f"NEAR({' '.join(phrases)}{distance})"


def compile_query(query: str) -> str:
    """Turn a user query into a safe FTS5 MATCH expression (see module docstring)."""
    if not query or not query.strip():
        raise QueryError("empty query: give at least one word to search")
    return _Parser(_lex(query), query).sequence(depth=0)


# -- search --------------------------------------------------------------------

def _bound(name: str, value: str | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    value = value.strip().replace(" ", "T")
    if (why := iso_error(value)) is not None:
        raise QueryError(f"{name}={value!r} is not a date: {why}")
    return value


def period(column: str, since: str | date | None, until: str | date | None) -> tuple[list[str], dict[str, str]]:
    """SQL conditions (and their parameters) keeping rows whose `column` date lies between
    `since` and `until`, inclusive, at the precision given ("2024-10" is all of October)."""
    since, until = _bound("since", since), _bound("until", until)
    conds: list[str] = []
    params: dict[str, str] = {}
    if since:
        conds.append(f"{column} >= :since")
        params["since"] = since
    if until:
        conds.append(f"substr({column}, 1, length(:until)) <= :until")
        params["until"] = until
    return conds, params


def outlet_param(outlet: str) -> str:
    """The comparison key of an outlet filter; a blank filter is an error."""
    key = outlet_key(outlet)
    if key is None:
        raise QueryError("outlet filter is blank: give an outlet name, e.g. 'Baltic Wire'")
    return key


def run_query(store: Store, sql: str, params: dict[str, Any], what: str) -> list[tuple]:
    """Rows of a search statement; SQLite's complaint about a MATCH becomes a QueryError
    that names `what` was searched and how to write it."""
    try:
        return store.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # The query compiler should prevent this; keep SQLite's words if it does not.
        raise QueryError(f"cannot search {what}: {exc}; quote phrases with \"…\" "
                         "and put AND/OR/NOT between terms") from exc


def search(store: Store, query: str, *, since: str | date | None = None,
           until: str | date | None = None, outlet: str | None = None,
           limit: int = 20) -> list[Hit]:
    """Search canonical articles, best match first.

    Args:
        store: an open `Store`.
        query: words, phrases and FTS5 operators (see module docstring).
        since, until: keep articles published in this range, inclusive, at
            the precision given (until="2024-10" includes all of October);
            undated articles are left out when either is set.
        outlet: keep articles from this outlet, or syndicated by it (a copy
            from that outlet), ignoring case.
        limit: at most this many hits.

    Returns:
        Hits ranked by bm25, title matches weighted above body matches.

    Raises:
        QueryError: the query or a filter is malformed.
    """
    match = compile_query(query)
    if limit < 1:
        raise QueryError(f"limit must be at least 1, got {limit}")
    dated, bounds = period("a.published", since, until)
    sql = [
        "SELECT a.id, a.title, highlight(articles_fts, 0, :o, :c), "
        "snippet(articles_fts, 1, :o, :c, '…', :tokens), a.outlet, a.published, a.url, "
        "(SELECT s.source FROM sources s WHERE s.article_id = a.id ORDER BY s.rowid LIMIT 1), "
        "(SELECT count(*) FROM copies c WHERE c.canonical_id = a.id), "
        "bm25(articles_fts, :tw, 1.0) AS score "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH :match"]
    params = {"o": MARK_OPEN, "c": MARK_CLOSE, "tokens": SNIPPET_TOKENS, "tw": TITLE_WEIGHT,
              "match": match, "limit": limit, **bounds}
    sql += [f"AND {cond}" for cond in dated]
    if outlet is not None:
        params["outlet"] = outlet_param(outlet)
        sql.append(
            "AND (outlet_key(a.outlet) = :outlet OR EXISTS (SELECT 1 FROM copies c "
            "JOIN sources s ON s.rowid = c.source_row "
            "WHERE c.canonical_id = a.id AND outlet_key(s.outlet) = :outlet))")
    sql.append("ORDER BY score LIMIT :limit")
    rows = run_query(store, " ".join(sql), params, f"for {query!r}")
    return [Hit(*row[:9], score=-row[9]) for row in rows]
