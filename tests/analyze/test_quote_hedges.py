"""Claims nobody is named for, read in quote_hedges (invented news sentences)."""

import pytest

from .quotehelp import quote_with as _quote_with, quotes_of as _quotes


@pytest.mark.parametrize("text, content", [
    # "is seen as" said of people: a view others hold of them
    ("Outside the island, they are seen as outsiders.\n", "they are seen as outsiders"),
    ("Mayor Anna Rebane is seen as a careful manager.\n", "Mayor Anna Rebane is seen as a careful manager"),
])
def test_quote_hedges_people_seen_as(blank_nlp, text, content):
    q = _quote_with(blank_nlp, text, content)
    assert (q["cue"], q["speaker"]["start"]) == ("seen", None)


def test_quote_hedges_thing_seen_as_describes(blank_nlp):
    assert _quotes(blank_nlp, "The old bridge is seen as a landmark.\n") == []


def test_quote_hedges_questions_about_a_wh_clause(blank_nlp):
    # "questions about" and the clause of the question, owned by no one
    text = "Two years on, there are still questions about how the port board spent the dredging fund.\n"
    q = _quote_with(blank_nlp, text, "how the port board spent the dredging fund")
    assert (q["cue"], q["speaker"]["start"]) == ("questions about", None)
