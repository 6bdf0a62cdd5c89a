"""Persistence: one SQLite store per corpus, its one writer, and search.

    from wirescope.store import Store, search

    with Store("corpus.db") as store:
        with store.input(fingerprint, source):
            for article in articles:
                store.add(article)
        hits = search(store, '"peace talks" kyiv', since="2024-10-01")
"""

from wirescope.store.schema import SCHEMA_VERSION
from wirescope.store.search import MARK_CLOSE, MARK_OPEN, Hit, compile_query, search, split_marks
from wirescope.store.writer import AddResult, Copy, Stats, Store

__all__ = ["AddResult", "Copy", "Hit", "MARK_CLOSE", "MARK_OPEN", "SCHEMA_VERSION", "Stats",
           "Store", "compile_query", "search", "split_marks"]
