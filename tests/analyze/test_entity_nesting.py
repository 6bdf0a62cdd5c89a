"""Names inside names (entity_nesting.py), on a blank pipeline with the model's spans set by hand."""

import pytest

from wirescope.analyze.entities import find_mentions
from .entityhelp import model_doc, typed


@pytest.mark.parametrize("text, ents, person", [
    ("Traffic on the Helen Brennan Memorial Bridge was halted on Monday.",
     [("Helen Brennan Memorial Bridge", "FAC")], "Helen Brennan"),
    ("A grant from the Marta Vasko Foundation for the Arts paid for the repairs.",
     [("Marta Vasko Foundation for the Arts", "ORG")], "Marta Vasko"),
    ("Flights from Karen J. Osei International Airport resumed.",
     [("Karen J. Osei International Airport", "FAC")], "Karen J. Osei"),
])
def test_entity_nesting_people_inside_names(blank_nlp, text, ents, person):
    found = typed(model_doc(blank_nlp, text, ents))
    assert (ents[0][0], ents[0][1]) in found and (person, "PERSON") in found


def test_entity_nesting_no_place_inside_a_persons_name_inside_a_bridge(blank_nlp):
    text = "Commuters crossed the Samuel Houston Bridge before dawn."
    found = typed(model_doc(blank_nlp, text, [("Samuel Houston Bridge", "FAC")]))
    assert ("Samuel Houston", "PERSON") in found and ("Houston", "GPE") not in found


@pytest.mark.parametrize("text, ents", [
    ("Crowds filled Victoria Station Square on Friday.", [("Victoria Station Square", "FAC")]),
    ("The Grace Community Church reopened.", [("Grace Community Church", "ORG")]),
])
def test_entity_nesting_no_person_in_a_given_name_before_a_common_word(blank_nlp, text, ents):
    assert not any(t == "PERSON" for _, t in typed(model_doc(blank_nlp, text, ents)))


@pytest.mark.parametrize("text, person", [
    ("She won the Halvorsen Prize in Chemistry last year.", "Halvorsen"),
    ("He gave this year's Ferrand Lecture at the academy.", "Ferrand"),
])
def test_entity_nesting_prizes_and_lectures_name_their_founder(blank_nlp, text, person):
    assert (person, "PERSON") in typed(blank_nlp(text))


@pytest.mark.parametrize("text", [
    "He was shortlisted for the Estonian Prize for Poetry.",
    "The Peace Prize went to a charity.",
])
def test_entity_nesting_no_founder_in_an_adjective_or_a_common_word(blank_nlp, text):
    assert not any(t == "PERSON" for _, t in typed(blank_nlp(text)))


@pytest.mark.parametrize("text, parts", [
    ("Ferries to Trinidad and Tobago were cancelled on Tuesday.", ["Trinidad", "Tobago"]),
    ("The ruling of the Newfoundland and Labrador Court of Appeal stands.", ["Newfoundland", "Labrador"]),
])
def test_entity_nesting_the_places_a_places_name_joins(blank_nlp, text, parts):
    found = typed(blank_nlp(text))
    assert all((part, "GPE") in found for part in parts)


@pytest.mark.parametrize("text, absent", [
    # a people, not a place
    ("Divers flew to the Turks and Caicos Islands in May.", "Turks"),
    # one state named with an article, no two places side by side
    ("Aid reached Saint Vincent and the Grenadines late.", "Saint Vincent"),
])
def test_entity_nesting_no_part_that_is_no_place(blank_nlp, text, absent):
    assert not any(name == absent for name, _ in typed(blank_nlp(text)))


def test_entity_nesting_the_owner_a_hall_is_named_after(blank_nlp):
    text = "The parties met at Halloran's Music Hall in February."
    found = typed(model_doc(blank_nlp, text, [("Halloran 's Music Hall", "FAC")]))
    assert ("Halloran's", "PERSON") in found


@pytest.mark.parametrize("text, ents", [
    # a town the text names as a place elsewhere
    ("Pilgrims reached Varna at dawn. A crane fell into Varna's Grand Mosque.",
     [("Varna", "GPE"), ("Varna 's Grand Mosque", "FAC")]),
    # an organisation's acronym
    ("The rally filled HSU's Main Assembly Hall on Friday.", [("HSU 's Main Assembly Hall", "FAC")]),
])
def test_entity_nesting_no_owner_in_a_places_or_an_acronyms_possessive(blank_nlp, text, ents):
    assert not any(t == "PERSON" for _, t in typed(model_doc(blank_nlp, text, ents)))


def test_entity_nesting_a_known_body_opening_an_event_is_a_mention_inside_it(blank_nlp):
    text = "Tallinn hoped to host games of the 2030 FIFA World Cup, the mayor said."
    found = typed(model_doc(blank_nlp, text, [("2030 FIFA World Cup", "EVENT")]))
    assert {("2030 FIFA World Cup", "EVENT"), ("FIFA", "ORG")} <= found


def test_entity_nesting_a_name_inside_another_is_one_mention(blank_nlp):
    text = "The UN Security Council met on Monday."
    mentions = find_mentions(model_doc(blank_nlp, text, [("UN Security Council", "ORG")]))
    spans = [(m.start, m.end, m.type) for m in mentions]
    assert len(spans) == len(set(spans))
