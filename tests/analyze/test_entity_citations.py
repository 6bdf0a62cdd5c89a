"""The authors of a bracketed citation (entity_citations.py), and peoples in the plural
kept NORP, on a blank pipeline with the model's spans set by hand."""

import pytest

from .entityhelp import model_doc, typed


@pytest.mark.parametrize("text, plural", [
    ("Estonians are famously reserved, the guide to Tallinn warns.", "Estonians"),
    ("Talks between Georgians and Armenians resumed in Tbilisi on Friday.", "Armenians"),
    ("The ferry strike angered Finns, and the Democrats blamed the minister.", "Democrats"),
])
def test_entity_citations_a_people_in_the_plural_stays_norp(blank_nlp, text, plural):
    # the contract's NORP (nationalities, religious and political groups), not PERSON
    found = typed(model_doc(blank_nlp, text, []))
    assert (plural, "NORP") in found and (plural, "PERSON") not in found


@pytest.mark.parametrize("text, plural", [
    ("Millions of Estonians watched the final on Sunday.", "Estonians"),
    ("About 40,000 Finns crossed the bay for the festival.", "Finns"),
    ("Estonians living abroad may vote online this year.", "Estonians"),
    ("All Democrats backed the harbour bill, the whip said.", "Democrats"),
])
def test_entity_citations_some_of_a_people_stay_a_description(blank_nlp, text, plural):
    found = typed(model_doc(blank_nlp, text, []))
    assert (plural, "PERSON") not in found


def test_entity_citations_the_adjective_stays_norp(blank_nlp):
    found = typed(model_doc(blank_nlp, "An Estonian ferry left the Finnish port at dawn.", []))
    assert ("Estonian", "NORP") in found


@pytest.mark.parametrize("text, authors", [
    ("Ferry noise harms seals (Talvik, Sorm, Ruud, & Pello, 2014, p. 12), the study said.",
     {"Talvik", "Sorm", "Ruud", "Pello"}),
    ("The effect was small (Talvik and Pello, 2019) but lasting.", {"Talvik", "Pello"}),
    ("The effect was small (Ruud, 2019) but lasting.", {"Ruud"}),
])
def test_entity_citations_authors_of_a_citation_are_people(blank_nlp, text, authors):
    found = typed(model_doc(blank_nlp, text, []))
    assert {(a, "PERSON") for a in authors} <= found


def test_entity_citations_places_in_brackets_are_no_authors(blank_nlp):
    found = typed(model_doc(blank_nlp, "Exports rose in three markets (Latvia, Lithuania and Poland, 2019).", []))
    assert not any(t == "PERSON" for _, t in found)
