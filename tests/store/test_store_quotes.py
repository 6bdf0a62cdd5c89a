"""Quotes in the store: linked to speakers' corpus entities, filtered like search."""

import pytest

from storehelp import make_article
from wirescope.errors import QueryError
from wirescope.store.quotes import find_quotes

TEXT1 = ("“We will hold the line,” said President Volodymyr Zelenskiy. "
         "The attack was deliberate, a Western official said.")
TEXT2 = "“The grain corridor stays open,” Zelensky told reporters in Kyiv on Friday morning."


def _add(store, text, published, outlet, entities, quotes):
    art = make_article(text, source=f"/in/{published}.txt", published=published, outlet=outlet)
    art.entities, art.quotes = entities, quotes
    store.add(art)


def _quote(text, needle, kind, speaker, entity, cue):
    start = text.index(needle)
    return {"text": needle, "start": start, "end": start + len(needle), "kind": kind,
            "speaker": {"name": speaker, "entity": entity, "start": None, "end": None}, "cue": cue}


@pytest.fixture
def corpus(store):
    z1 = {"id": "e1", "name": "Volodymyr Zelenskiy", "type": "PERSON",
          "mentions": [[TEXT1.index("President"), TEXT1.index(". The")]], "roles": ["President"]}
    _add(store, TEXT1, "2024-10-01", "Harbour Post", [z1], [
        _quote(TEXT1, "“We will hold the line,”", "direct", "Volodymyr Zelenskiy", "e1", "said"),
        _quote(TEXT1, "The attack was deliberate", "indirect", "a Western official", None, "said")])
    z2 = {"id": "e1", "name": "Zelensky", "type": "PERSON",
          "mentions": [[TEXT2.index("Zelensky"), TEXT2.index(" told")]], "roles": []}
    _add(store, TEXT2, "2024-10-04", "Continental Ledger", [z2], [
        _quote(TEXT2, "“The grain corridor stays open,”", "direct", "Zelensky", "e1", "told")])
    return store


@pytest.mark.parametrize("speaker", ["Zelenskiy", "zelensky", "Volodymyr Zelensky"])
def test_store_quotes_speaker_under_any_spelling(corpus, speaker):
    rows = find_quotes(corpus, speaker=speaker)
    assert [r.published for r in rows] == ["2024-10-04", "2024-10-01"]
    assert {r.entity for r in rows} == {"Volodymyr Zelenskiy"}


def test_store_quotes_unnamed_speaker_by_description(corpus):
    [row] = find_quotes(corpus, speaker="western official")
    assert row.kind == "indirect" and row.entity is None


@pytest.mark.parametrize("speaker", ["%", "_", "western_official", "west%official"])
def test_store_quotes_speaker_is_a_name_not_a_pattern(corpus, speaker):
    assert find_quotes(corpus, speaker=speaker) == []


@pytest.mark.parametrize("filters, n", [
    ({"words": "corridor"}, 1), ({"words": '"hold the line"'}, 1), ({"outlet": "harbour post"}, 2),
    ({"since": "2024-10-02"}, 1), ({"until": "2024-10"}, 3), ({"kind": "direct"}, 2),
    ({"speaker": "Zelensky", "outlet": "Harbour Post"}, 1),
])
def test_store_quotes_filters(corpus, filters, n):
    assert len(find_quotes(corpus, **filters)) == n


@pytest.mark.parametrize("filters", [{"words": '"unbalanced'}, {"since": "yesterday"},
                                     {"kind": "shouted"}, {"outlet": "  "}, {"limit": 0}])
def test_store_quotes_bad_filters_are_clear_errors(corpus, filters):
    with pytest.raises(QueryError):
        find_quotes(corpus, **filters)
