"""Property tests: whatever goes into the store comes back, and re-adding changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storehelp import load_stories
from wirescope.article import Article
from wirescope.store import Store

STORIES = load_stories()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)
annotations = st.lists(st.dictionaries(st.text(max_size=8), json_values, max_size=4), max_size=3)
maybe_text = st.none() | st.text(max_size=40)


@st.composite
def articles(draw, texts=st.text(min_size=1).filter(str.strip)):
    return Article(
        text=draw(texts),
        source=draw(st.text(min_size=1, max_size=30)),
        segment=draw(st.integers(min_value=0, max_value=10**6)),
        url=draw(maybe_text), title=draw(maybe_text), outlet=draw(maybe_text),
        published=draw(st.none() | st.dates().map(str) | st.datetimes().map(
            lambda d: d.isoformat(timespec="seconds"))),
        language=draw(st.none() | st.sampled_from(["en", "uk", "de"])),
        authors=draw(st.lists(st.text(max_size=20), max_size=3)),
        truncated=draw(st.booleans()),
        entities=draw(annotations), quotes=draw(annotations), dates=draw(annotations),
        quantities=draw(annotations), events=draw(annotations),
    )


@settings(max_examples=150, deadline=None)
@given(articles())
def test_store_any_article_round_trips(article):
    with Store(":memory:") as store:
        assert store.add(article).status == "new"
        assert store.get(article.id).to_dict() == article.to_dict()


# Texts drawn from a small pool so that sequences hit every path: exact copies,
# near copies, same source and segment with other text, short and long texts.
pool = st.sampled_from(list(STORIES.values()) + [
    "Shelling near Kharkiv.", "Shelling near Kharkiv!", STORIES["a"].upper(), " ",
]) | st.text(min_size=1, max_size=60)
small_articles = st.builds(
    lambda text, source, segment, outlet: Article(text=text, source=source, segment=segment,
                                                  outlet=outlet),
    pool, st.sampled_from(["/in/a.txt", "/in/b.txt", "-"]), st.integers(0, 2),
    st.sampled_from([None, "Harbour Post", "harbour post", "Baltic Wire"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(small_articles, max_size=12))
def test_store_adding_any_sequence_twice_changes_no_counts(batch):
    with Store(":memory:") as store:
        for art in batch:
            store.add(art)
        once = store.stats()
        assert once.sources == once.canonical + once.copies
        again = [store.add(art).status for art in batch]
        assert store.stats() == once
        assert set(again) <= {"already", "rejected"}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(small_articles, max_size=6), st.lists(small_articles, min_size=1, max_size=6))
def test_store_aborted_input_leaves_store_as_before(done, aborted):
    with Store(":memory:") as store:
        with store.input("fp:done", "done"):
            for art in done:
                store.add(art)
        before = store.stats()
        store.begin_input("fp:aborted", "aborted")
        for art in aborted:
            store.add(art)
        store.abort_input()
        assert store.stats() == before
        assert store.input_status("fp:aborted") is None
