"""Persistence: one SQLite store per corpus, its one writer, and search.

    from wirescope.store import Store, input_fingerprint, search

    with Store("corpus.db") as store:
        fingerprint = input_fingerprint(data, source)
        if store.input_status(fingerprint) is None:  # not done before
            with store.input(fingerprint, source):
                for article in articles:
                    store.add(article)
        hits = search(store, '"peace talks" kyiv', since="2024-10-01")
"""

from wirescope.store.schema import SCHEMA_VERSION
from wirescope.store.search import MARK_CLOSE, MARK_OPEN, Hit, compile_query, search, split_marks
from wirescope.store.writer import AddResult, Copy, Stats, Store, input_fingerprint

__all__ = ["AddResult", "Copy", "Hit", "MARK_CLOSE", "MARK_OPEN", "SCHEMA_VERSION", "Stats",
           "Store", "compile_query", "input_fingerprint", "search", "split_marks"]
