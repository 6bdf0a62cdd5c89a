"""Teams named by their place or school (entity_teams.py), on a blank pipeline with the model's
spans set by hand."""

import pytest

from .entityhelp import model_doc, typed


@pytest.mark.parametrize("text, ents, sides", [
    ("He played in the first Harwick v Eldon cricket match in 1805.", [("Harwick", "PERSON"), ("Eldon", "GPE")],
     ("Harwick", "Eldon")),
    ("Tickets for the Tarvo vs Kesk final sold out.", [], ("Tarvo", "Kesk")),
])
def test_entity_teams_the_two_sides_of_a_fixture_are_teams(blank_nlp, text, ents, sides):
    found = typed(model_doc(blank_nlp, text, ents))
    assert {(sides[0], "ORG"), (sides[1], "ORG")} <= found


def test_entity_teams_a_court_case_is_no_fixture(blank_nlp):
    text = "The court heard Tamm v Estonia on Monday."
    found = typed(model_doc(blank_nlp, text, [("Tamm", "PERSON")]))
    assert ("Tamm", "PERSON") in found and ("Estonia", "GPE") in found
