import gc
import threading

import pytest

from wirescope import Article
from wirescope.pipeline import GC_THRESHOLD, Pipeline, register
from wirescope.settings import load_settings


@register("test.reads_gc_threshold")
def _reads_threshold(settings):
    def step(article):
        article.given["gc"] = gc.get_threshold()[0]
        return article
    return step


def _run(pipe, text="The ferry to Parnu sailed again on Tuesday after repairs."):
    [art] = pipe(Article(raw=text, kind="text", source="n"))
    return art.given["gc"]


@pytest.fixture
def threshold():
    saved = gc.get_threshold()
    yield saved
    gc.set_threshold(*saved)


def test_pipeline_raises_the_collector_threshold_while_it_reads_and_restores_it(threshold):
    gc.set_threshold(700, 10, 10)
    pipe = Pipeline(["as_is", "test.reads_gc_threshold"], load_settings())
    assert _run(pipe) == GC_THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)   # the caller's own code runs at its own setting


def test_pipeline_keeps_a_higher_threshold_or_a_disabled_collector(threshold):
    pipe = Pipeline(["as_is", "test.reads_gc_threshold"], load_settings())
    gc.set_threshold(GC_THRESHOLD * 5, 10, 10)
    assert _run(pipe) == GC_THRESHOLD * 5
    gc.set_threshold(700, 10, 10)
    gc.disable()
    try:
        assert _run(pipe) == 700 and not gc.isenabled()
    finally:
        gc.enable()


def test_pipeline_restores_the_threshold_when_a_step_fails_and_across_threads(threshold):
    from wirescope.errors import SettingsError

    @register("test.fails_for_the_user")
    def _fails(settings):
        def step(article):
            raise SettingsError("set test.value first")
        return step

    gc.set_threshold(700, 10, 10)
    with pytest.raises(SettingsError):
        Pipeline(["as_is", "test.fails_for_the_user"], load_settings())(Article(raw="x", kind="text", source="n"))
    assert gc.get_threshold()[0] == 700
    # pipelines in several threads at once leave the caller's setting as it was
    pipe = Pipeline(["as_is", "test.reads_gc_threshold"], load_settings())
    seen = []
    workers = [threading.Thread(target=lambda: seen.extend(_run(pipe) for _ in range(30))) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert set(seen) == {GC_THRESHOLD} and gc.get_threshold()[0] == 700
