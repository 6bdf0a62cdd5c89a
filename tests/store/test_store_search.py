"""Search: ranking, filters, snippets and malformed queries."""

from __future__ import annotations

from datetime import date

import pytest

from storehelp import make_article
from wirescope.errors import QueryError
from wirescope.store import MARK_CLOSE, MARK_OPEN, compile_query, search, split_marks

FILLER = ("Officials gave few details and said more information would be released later "
          "in the week after an assessment by engineers and insurers. ")


@pytest.fixture
def corpus(store):
    # Short texts (< dedupe.min_words) so that no story is a near copy of another.
    rows = [
        ("ceasefire", "Ceasefire talks open in Istanbul", "Harbour Post", "2024-10-28T09:00:00",
         "Delegations met in Istanbul on Monday, officials said, for a first round."),
        ("body", "Delegations meet in Ankara", "Baltic Wire", "2024-10-30T12:00:00",
         "The envoys said a ceasefire was not on the agenda yet, according to officials."),
        ("grain", "Grain ships queue off Odesa", "Eastgate Times", "2024-11-02",
         "Dozens of grain ships waited off Odesa as the Black Sea grain deal stalled, "
         "port officials told reporters on Saturday."),
        ("undated", "Drone debris found in Romania", "baltic wire", None,
         "Romanian officials found drone debris near the Danube border."),
    ]
    ids = {}
    for key, title, outlet, published, text in rows:
        art = make_article(text, source=f"/in/{key}.txt", title=title, outlet=outlet,
                           published=published)
        store.add(art)
        ids[key] = art.id
    # A syndicated exact copy of the grain story under another outlet.
    store.add(make_article(rows[2][4], source="https://meridian.example/g", title="Grain",
                           outlet="Meridian Herald", published="2024-11-02"))
    return ids


def test_search_ranks_title_match_above_body_match(store, corpus):
    hits = search(store, "ceasefire")
    assert [h.id for h in hits] == [corpus["ceasefire"], corpus["body"]]
    assert hits[0].score > hits[1].score
    assert hits[0].title_marked == f"{MARK_OPEN}Ceasefire{MARK_CLOSE} talks open in Istanbul"


def test_search_snippet_marks_matches(store, corpus):
    [hit] = search(store, '"grain deal"')
    assert f"Black Sea {MARK_OPEN}grain deal{MARK_CLOSE} stalled" in hit.snippet
    parts = hit.snippet_parts()
    assert ("grain deal", True) in parts
    assert "".join(text for text, _ in parts) == hit.snippet.replace(MARK_OPEN, "").replace(
        MARK_CLOSE, "")
    assert (hit.outlet, hit.source, hit.copies) == ("Eastgate Times", "/in/grain.txt", 1)


def test_search_snippet_keeps_markup_raw_for_renderer(store):
    store.add(make_article("Protesters chanted <b>no war</b> & waved flags. " + FILLER * 3,
                           source="x"))
    [hit] = search(store, "protesters")
    assert "<b>no war</b> &" in hit.snippet  # escaping is the renderer's job


def test_search_stems_words(store, corpus):
    assert [h.id for h in search(store, "waiting")] == [corpus["grain"]]


@pytest.mark.parametrize("kwargs, expected", [
    ({"since": "2024-10-30"}, ["body", "grain"]),
    ({"until": "2024-10-30"}, ["ceasefire", "body"]),
    ({"until": "2024-10"}, ["ceasefire", "body"]),
    ({"since": "2024-10-29", "until": "2024-10-31"}, ["body"]),
    ({"since": date(2024, 11, 1)}, ["grain"]),
    ({"outlet": "BALTIC WIRE"}, ["body", "undated"]),
    ({"outlet": " baltic wire "}, ["body", "undated"]),
    ({"outlet": "Meridian Herald"}, ["grain"]),  # through its syndicated copy
    ({"outlet": "Nowhere Daily"}, []),
])
def test_search_filters(store, corpus, kwargs, expected):
    hits = search(store, "officials", **kwargs)
    assert sorted(h.id for h in hits) == sorted(corpus[k] for k in expected)


def test_search_limit(store, corpus):
    assert len(search(store, "officials", limit=2)) == 2


def test_search_only_canonical_articles_are_indexed(store, stories):
    store.add(make_article(stories["a"], source="a"))
    store.add(make_article(stories["a_paragraph"], source="p"))  # near copy
    hits = search(store, "wheat futures")  # only in the copy's added paragraph
    assert hits == []
    assert len(search(store, "Izmail")) == 1


@pytest.mark.parametrize("query, expected", [
    ("kyiv drone", '"kyiv" "drone"'),
    ("pro-Russian strike, Kyiv", '"pro-Russian" "strike" "Kyiv"'),
    ('"peace talks" drone*', '"peace talks" "drone"*'),
    ("kyiv AND drone", '"kyiv" AND "drone"'),
    ("kyiv or drone", '"kyiv" "or" "drone"'),
    ("kyiv NOT drone", '"kyiv" NOT "drone"'),
    ("(kyiv OR kharkiv) drone", '(("kyiv" OR "kharkiv") AND "drone")'),
    ("NEAR(zelensky putin, 10)", 'NEAR("zelensky" "putin", 10)'),
    ('title:ceasefire text:"grain deal"', 'title : "ceasefire" text : "grain deal"'),
    ("http://x.example 10:30", '"http://x.example" "10:30"'),
    ('"he said ""no"""', '"he said ""no"""'),
])
def test_compile_query(query, expected):
    assert compile_query(query) == expected


@pytest.mark.parametrize("query, message", [
    ('"peace talks', "unbalanced quote"),
    ("AND drone", "'AND' at the start"),
    ("drone AND", "'AND' at the end"),
    ("kyiv AND OR drone", "'OR' after another operator"),
    ("NOT drone", "'NOT' at the start"),
    ("*", "'\\*' must follow a word"),
    ("drone **", "'\\*' must follow a word"),
    ("dr*one", "may only end a word"),
    ("NEAR(", "NEAR\\( has no terms"),
    ("NEAR(kyiv drone", "NEAR\\( is not closed"),
    ("NEAR(kyiv drone, ten)", "needs a number"),
    ("(kyiv OR drone", "unclosed '\\('"),
    ("kyiv)", "unbalanced '\\)'"),
    ("()", "empty parentheses"),
    ("", "empty query"),
    ("   ", "empty query"),
    ('""', "empty phrase"),
    ("-drone", "kyiv NOT drone"),
    ("title:", "'title:' has no term"),
])
def test_search_malformed_query_raises_query_error(store, query, message):
    with pytest.raises(QueryError, match=message):
        search(store, query)


@pytest.mark.parametrize("kwargs", [{"since": "last week"}, {"until": "30/10/2024"},
                                    {"since": "2024-13"}, {"until": "2024-02-30"},
                                    {"since": "2024-10-30T25:00"}, {"limit": 0}, {"outlet": "  "}])
def test_search_bad_filters_raise_query_error(store, kwargs):
    with pytest.raises(QueryError):
        search(store, "kyiv", **kwargs)


def test_search_impossible_date_names_the_reason(store):
    with pytest.raises(QueryError, match=r"until='2024-02-30' is not a date: day is out of range"):
        search(store, "kyiv", until="2024-02-30")


def test_search_date_bounds_at_any_precision(store, corpus):
    hits = search(store, "officials", since="2024", until="2024-12-31 23:59")
    assert len(hits) == 3 and hits == search(store, "officials", since="2024-01")


def test_search_punctuation_only_terms_find_nothing(store, corpus):
    assert search(store, "... --- !!!") == []


def test_split_marks():
    assert split_marks(f"a {MARK_OPEN}b{MARK_CLOSE} c") == [
        ("a ", False), ("b", True), (" c", False)]
