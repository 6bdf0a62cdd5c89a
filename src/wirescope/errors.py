"""Errors raised by wirescope.

    WirescopeError                 base: every message says what, where, and what to do
    ├── InputError                 an input cannot be read (missing path, unknown kind)
    ├── SettingsError              a setting is unknown or has the wrong type
    ├── ModelError                 a spaCy pipeline cannot be loaded (not installed/trained)
    ├── StoreError                 the SQLite store is unusable (locked, wrong schema)
    │   └── QueryError             a search query is malformed
    └── MissingExtraError          an optional extra (web, dask) is not installed

Bad *content* (binary, empty, undecodable, too large) is not an exception: the
ingest stage records it as a rejection with a reason and the run goes on.
"""

from __future__ import annotations


class WirescopeError(Exception):
    """Base class of every error wirescope raises on purpose."""


class InputError(WirescopeError):
    """An input path or stream cannot be read at all."""


class SettingsError(WirescopeError):
    """A setting name or value is invalid."""


class ModelError(WirescopeError):
    """A spaCy pipeline named by a setting (or the packaged one) cannot be loaded."""


class StoreError(WirescopeError):
    """The store cannot be opened or written."""


class QueryError(StoreError):
    """A search query cannot be parsed."""


class MissingExtraError(WirescopeError):
    """An optional dependency is missing."""

    def __init__(self, package: str, extra: str):
        super().__init__(
            f"{package} is not installed; install it with: pip install 'wirescope[{extra}]'"
        )
