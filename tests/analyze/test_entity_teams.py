"""Teams named by their place or school (entity_teams.py), on a blank pipeline with the model's
spans set by hand."""

import pytest
from spacy.tokens import Span

from wirescope.analyze.entities import find_mentions


def _with_model_ents(nlp, text, ents):
    """A Doc as a statistical model might have tagged it: (words, label) per entity."""
    doc = nlp(text)
    spans = []
    for words, label in ents:
        n = len(words.split())
        tok = next(t for t in doc if " ".join(x.text for x in doc[t.i:t.i + n]) == words)
        spans.append(Span(doc, tok.i, tok.i + n, label=label))
    doc.ents = spans
    return doc


def _typed(doc):
    return {(doc.text[m.start:m.end], m.type) for m in find_mentions(doc)}


@pytest.mark.parametrize("text, ents, sides", [
    ("He played in the first Harwick v Eldon cricket match in 1805.", [("Harwick", "PERSON"), ("Eldon", "GPE")],
     ("Harwick", "Eldon")),
    ("Tickets for the Tarvo vs Kesk final sold out.", [], ("Tarvo", "Kesk")),
])
def test_entity_teams_the_two_sides_of_a_fixture_are_teams(blank_nlp, text, ents, sides):
    found = _typed(_with_model_ents(blank_nlp, text, ents))
    assert {(sides[0], "ORG"), (sides[1], "ORG")} <= found


def test_entity_teams_a_court_case_is_no_fixture(blank_nlp):
    text = "The court heard Tamm v Estonia on Monday."
    found = _typed(_with_model_ents(blank_nlp, text, [("Tamm", "PERSON")]))
    assert ("Tamm", "PERSON") in found and ("Estonia", "GPE") in found
