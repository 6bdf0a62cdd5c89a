"""wirescope: raw, messy news in; a clean, deduplicated, searchable record out.

    >>> import wirescope
    >>> for article in wirescope.analyze(["samples/"]):
    ...     print(article.title, article.published)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

# The language layer lives in the subpackage `wirescope.analyze`, while
# `wirescope.analyze(...)` is the public function below. Importing the package
# first puts it in sys.modules; the `def` then rebinds the attribute to the
# function, and later `import wirescope.analyze.x` leaves that binding alone.
from . import analyze as _analyze_package  # noqa: F401  (must stay before `def analyze`)
from .article import Article
from .errors import InputError, QueryError, SettingsError, StoreError, WirescopeError
from .ingest import iter_inputs
from .pipeline import Pipeline, components, register, registered
from .settings import Settings, load_settings

__all__ = ["Article", "Pipeline", "Settings", "analyze", "load_settings", "register", "registered",
           "run", "WirescopeError", "InputError", "QueryError", "SettingsError", "StoreError",
           "__version__"]

__version__ = "0.1.0"

Input = str | os.PathLike | Article


def analyze(inputs: Input | Iterable[Input], *, as_is: bool = False, published: str | None = None,
            settings: Settings | None = None, include_rejected: bool = False,
            language_layer: bool = True) -> Iterator[Article]:
    """Articles found in the inputs, in input order.

    Args:
        inputs: paths, directories, "-" for stdin, or prepared `Article(raw=..., kind=...)` objects.
        as_is: treat each input as one clean article (no cleaning, no splitting).
        published: publication date for inputs that carry none (ISO 8601).
        settings: from `load_settings()`; packaged defaults when None.
        include_rejected: also yield rejected inputs (their `rejected` says why).
        language_layer: find entities, quotes, dates and quantities (False: extraction only).
    """
    settings = settings or load_settings()
    pipe = Pipeline(components(as_is, language_layer), settings, published=published)
    ingest = settings.section("ingest")
    if isinstance(inputs, (str, os.PathLike, Article)):
        inputs = [inputs]
    for article in pipe.stream(iter_inputs(inputs, **ingest)):
        if include_rejected or not article.rejected:
            yield article


def run(inputs: Input | Iterable[Input], db_path: str | os.PathLike = "wirescope.db", **kwargs):
    """Ingest, clean, split, dedupe and store; returns a `RunSummary` (see `wirescope.runner`)."""
    from .runner import run as _run
    return _run(inputs, db_path, **kwargs)
