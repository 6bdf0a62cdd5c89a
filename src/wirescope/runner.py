"""The main job: ingest -> clean -> split -> dedupe -> store, resumable and idempotent."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .article import Article
from .dedupe import DedupeSettings
from .ingest import expand_paths, iter_inputs
from .pipeline import Pipeline, components
from .settings import Settings, load_settings
from .store import Store, input_fingerprint

__all__ = ["RunSummary", "run"]


@dataclass
class RunSummary:
    """What one run did."""

    db_path: str
    inputs: int = 0
    skipped: int = 0  # inputs already stored by an earlier run
    statuses: Counter[str] = field(default_factory=Counter)  # new, exact_copy, near_copy, teaser_copy, already, rejected; replaced_teaser
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    # (source, why) of the new articles stored without the language layer (`Article.skipped`)
    unannotated: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    brief: str | None = None
    stats: dict = field(default_factory=dict)  # the store's totals after the run

    @property
    def ok(self) -> bool:
        return not self.rejected


def _units(inputs: Iterable[str | os.PathLike | Article], ingest: dict, skip: set[str]):
    """(raw article, end of a file?) pairs: files are read one at a time so progress can follow."""
    for item in inputs:
        if isinstance(item, Article):
            yield item, True
            continue
        for path in expand_paths([item]):
            if path != "-" and os.path.realpath(path) in skip:
                continue  # our own brief from an earlier run
            for unit in iter_inputs([path], **ingest):
                yield unit, False
            yield None, True


def run(inputs: str | os.PathLike | Article | Iterable[str | os.PathLike | Article],
        db_path: str | os.PathLike = "wirescope.db", *, settings: Settings | None = None,
        brief: str | os.PathLike | None = None, published: str | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
        language_layer: bool = True) -> RunSummary:
    """Store every article of the inputs; returns a `RunSummary`.

    Each input unit (a file, a JSONL line, a feed entry, a WARC record) is
    committed as one transaction, so a killed run resumes where it stopped and
    a re-run of the same input adds nothing.

    Args:
        inputs: paths, directories, "-" for stdin, or prepared `Article` objects.
        db_path: the SQLite store (created when missing).
        brief: where to write the HTML brief afterwards (None: no brief).
        on_progress: called with (files done, files total or None).
        language_layer: find entities, quotes, dates and quantities (False: extraction only).
    """
    settings = settings or load_settings()
    if brief:
        from .report.brief import check_brief_path
        check_brief_path(brief)  # before the run, not after its work
    if isinstance(inputs, (str, os.PathLike, Article)):
        inputs = [inputs]
    pipe = Pipeline(components(False, language_layer), settings, published=published)
    ingest = settings.section("ingest")
    dedupe = DedupeSettings.from_mapping(settings.section("dedupe"))
    total = None  # unknown for a stream of articles, which is never held in memory
    if isinstance(inputs, (list, tuple)):
        # Walk directories once: the file list (paths only) gives the progress total.
        inputs = [p for i in inputs for p in ([i] if isinstance(i, Article) else expand_paths([i]))]
        total = len(inputs)
    summary = RunSummary(db_path=str(db_path))
    started = time.perf_counter()
    done = 0
    with Store(db_path, dedupe=dedupe) as store:
        skip = {os.path.realpath(brief)} if brief else set()
        for unit, file_done in _units(inputs, ingest, skip):
            if unit is not None:
                _store_unit(store, pipe, unit, summary)
            if file_done:
                done += 1
                if on_progress:
                    on_progress(done, total)
        summary.stats = store.stats().as_dict()
        if brief:
            from .report import write_brief
            summary.brief = str(write_brief(store, Path(brief)))
    summary.seconds = time.perf_counter() - started
    return summary


def _store_unit(store: Store, pipe: Pipeline, unit: Article, summary: RunSummary) -> None:
    summary.inputs += 1
    data = (unit.raw or unit.rejected or "").encode("utf-8", "surrogatepass")
    fingerprint = input_fingerprint(data, unit.source, salt=__version__)
    if unit.rejected:
        store.reject_input(fingerprint, unit.source, unit.rejected)
        summary.statuses["rejected"] += 1
        summary.rejected.append((unit.source, unit.rejected))
        return
    if store.input_status(fingerprint) is not None:
        summary.skipped += 1
        return
    articles = pipe(unit)
    with store.input(fingerprint, unit.source):
        for article in articles:
            result = store.add(article)
            summary.statuses[result.status] += 1
            if result.replaced:  # a stored teaser became a copy of this fuller text
                summary.statuses["replaced_teaser"] += 1
            if result.status == "rejected":
                summary.rejected.append((f"{article.source}[{article.segment}]", article.rejected or "empty"))
            elif article.skipped and result.status == "new":
                summary.unannotated.append((f"{article.source}[{article.segment}]", article.skipped))
