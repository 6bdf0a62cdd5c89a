"""Components registered by name, and the pipeline that runs them.

A component is a callable `Article -> Article | Iterable[Article]` built by a
factory from its settings section. Rejected articles pass through untouched so
the caller can report them.
"""

from __future__ import annotations

import gc
import inspect
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .article import Article
from .clean import classify_lines, clean_html
from .clean.dateline import dateline_date, name_date, read_dateline
from .clean.meta import infer_published, iso_published
from .errors import InputError, WirescopeError
from .settings import Settings, load_settings
from .split import split_article

__all__ = ["Pipeline", "register", "registered", "DEFAULT", "AS_IS", "EXTRACT", "EXTRACT_AS_IS", "LAYER",
           "components"]

Component = Callable[[Article], "Article | Iterable[Article]"]
Factory = Callable[..., Component]

_REGISTRY: dict[str, Factory] = {}
log = logging.getLogger(__name__)

# Reading one input allocates tens of thousands of short-lived containers (lines, word
# lists, tokens); at Python's default first-generation threshold (700) the cyclic collector
# runs every few hundred of them and takes about a tenth of the plain-text path. While the
# pipeline reads an input (never while the caller's code runs between inputs) the
# threshold is raised to this; cycles are still collected and memory stays flat.
GC_THRESHOLD = 20_000
_gc_lock = threading.Lock()
_gc_depth = 0
_gc_saved: tuple[int, int, int] | None = None


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Raise the collector's first threshold to GC_THRESHOLD for the block (only if it is
    lower and the collector is on), restoring the caller's setting when the last of any
    concurrent blocks ends."""
    global _gc_depth, _gc_saved
    with _gc_lock:
        if _gc_depth == 0:
            current = gc.get_threshold()
            _gc_saved = current if gc.isenabled() and 0 < current[0] < GC_THRESHOLD else None
            if _gc_saved is not None:
                gc.set_threshold(GC_THRESHOLD, *current[1:])
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_saved is not None:
                gc.set_threshold(*_gc_saved)
                _gc_saved = None


# The language layer (wirescope.analyze.components) follows cleaning.
LAYER = ("analyze.language", "analyze.entities", "analyze.quotes", "analyze.dates",
         "analyze.quantities")
# Extraction alone: cleaning, splitting and metadata (`--extract-only`).
EXTRACT = ("clean", "split", "meta")
EXTRACT_AS_IS = ("as_is", "meta")
DEFAULT = (*EXTRACT, *LAYER)
AS_IS = (*EXTRACT_AS_IS, *LAYER)


def register(name: str) -> Callable[[Factory], Factory]:
    """Register a component factory under a dotted name (`@register("analyze.quotes")`)."""
    def deco(factory: Factory) -> Factory:
        _REGISTRY[name] = factory
        return factory
    return deco


def _builtin() -> None:
    # The language layer registers itself on import; imported late because it
    # imports this module (and spaCy, which plain cleaning does not need).
    from .analyze import components  # noqa: F401


def registered() -> list[str]:
    _builtin()
    return sorted(_REGISTRY)


@register("clean")
def _clean(settings: Settings) -> Component:
    text_opts = settings.section("clean.text")
    html_opts = settings.section("clean.html")

    def clean(article: Article) -> Article:
        if article.kind == "html":
            return clean_html(article, **html_opts)
        article.blocks = classify_lines(article.raw, **text_opts)
        return article
    return clean


@register("split")
def _split(settings: Settings) -> Component:
    opts = settings.section("split")

    def split(article: Article) -> Iterable[Article]:
        # trafilatura gives one main text per page; only plain text is cut apart.
        return [article] if article.kind == "html" else split_article(article, **opts)
    return split


@register("as_is")
def _as_is(settings: Settings) -> Component:
    def as_is(article: Article) -> Article:
        article.text = article.raw
        if not article.text.strip():
            article.rejected = "empty"
        return article
    return as_is


@register("meta")
def _meta(settings: Settings, published: str | None = None) -> Component:
    """Container metadata wins over what the cleaner found; fill `--published`. A date
    given is kept as ISO 8601 (`iso_published`); one that reads as no date is logged and
    left out, so the text's own date (or `--published`) fills in."""
    if published is not None:
        fallback = iso_published(published)
        if fallback is None:
            raise InputError(f"--published {published!r} is not a date: write it as 2024-10-30 "
                             "(or 2024-10, 2024-10-30T14:00, Tue, 05 Nov 2024 10:00:00 GMT)")
        published = fallback
    from_name = bool(settings.get("meta.date_from_file_name", True))

    def meta(article: Article) -> Article:
        given = article.given
        for key in ("url", "outlet"):
            if given.get(key):
                setattr(article, key, given[key])
        if given.get("published") not in (None, ""):
            when = iso_published(given["published"])
            if when is None:
                log.warning("%s: published=%r is not a date; using the date in the text, if any",
                            article.source, given["published"])
            article.published = when or article.published
        if article.segment == 0:
            if given.get("title"):
                article.title = given["title"]
            if given.get("authors"):
                article.authors = list(given["authors"])
        if article.kind != "html" and (not article.published or not article.outlet) \
                and (line := read_dateline(article.text or "")):
            # "BUCHAREST, March 2 (Baltic Wire) –": the wire, and the day dated by the file
            article.outlet = article.outlet or line.wire
            article.published = article.published or dateline_date(line, name_date(article.source))
        if not article.published and published:
            article.published = published
        if not article.published and from_name and (day := name_date(article.source)):
            # a date written in the text (an as-is article's byline) still wins
            article.published = infer_published(article.text or "") or day.isoformat()
        return article
    return meta


def components(as_is: bool = False, language_layer: bool = True) -> tuple[str, ...]:
    """The standard component names for plain or as-is input, with or without the language layer."""
    if as_is:
        return AS_IS if language_layer else EXTRACT_AS_IS
    return DEFAULT if language_layer else EXTRACT


class Pipeline:
    """Named components run in order over a stream of articles."""

    def __init__(self, names: Iterable[str] = DEFAULT, settings: Settings | None = None, **options: Any):
        self.settings = settings or load_settings()
        self.names = list(names)
        self.components: list[Component] = []
        for name in self.names:
            _builtin()
            factory = _REGISTRY.get(name)
            if factory is None:
                raise KeyError(f"no component named {name!r}; known: {', '.join(registered())}")
            accepted = inspect.signature(factory).parameters
            kwargs = {k: v for k, v in options.items() if k in accepted}
            self.components.append(factory(self.settings, **kwargs))

    def __call__(self, article: Article) -> list[Article]:
        with _fewer_collections():
            return self._run(article)

    def _run(self, article: Article) -> list[Article]:
        batch = [article]
        for name, component in zip(self.names, self.components):
            out: list[Article] = []
            for art in batch:
                if art.rejected:
                    out.append(art)
                    continue
                try:
                    result = component(art)
                    if not isinstance(result, Article):
                        result = list(result)  # a generator (split) fails while it is read
                except WirescopeError:
                    raise  # said for the user, with the fix: not a bug to hide in a rejection
                except Exception as exc:  # one article's failure must not end a run over thousands
                    log.debug("%s: %s failed", art.source, name, exc_info=True)
                    art.rejected = (f"the {name} step failed ({type(exc).__name__}: {str(exc)[:200]}); "
                                    "this is a wirescope bug: please report it with this input")
                    out.append(art)
                    continue
                if isinstance(result, Article):
                    out.append(result)
                else:
                    out.extend(result)
            batch = out
        for art in batch:
            art.doc = None  # transient: the spaCy Doc is not kept with the article
        return batch

    def stream(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield from self(article)
