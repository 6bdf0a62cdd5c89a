"""Names told by their shape (entity_shapes.py), on a blank pipeline with the model's spans set by hand."""

import pytest

from wirescope.analyze.entities import find_mentions
from .entityhelp import model_doc, typed


@pytest.mark.parametrize("text, ents, expected", [
    # the model's person, the number after it left out
    ("The charter was sealed by Casimir IV in the spring.", [("Casimir", "PERSON")], ("Casimir IV", "PERSON")),
    # a given name the lexicon finds, then its number
    ("Edward VII opened the new harbour wall.", [], ("Edward VII", "PERSON")),
    # the name and its number taken for an organisation, the person named elsewhere
    ("Anselm Norton signed every decree. — NORTON I, King of Varnia.",
     [("Anselm Norton", "PERSON"), ("NORTON I", "ORG")], ("NORTON I", "PERSON")),
    # the first of the name, before "of"
    ("Anselm Norton ruled alone. Norton I of Varnia died in 1880.", [("Anselm Norton", "PERSON")],
     ("Norton I", "PERSON")),
])
def test_entity_shapes_regnal_numbers_belong_to_the_name(blank_nlp, text, ents, expected):
    assert expected in typed(model_doc(blank_nlp, text, ents))


def test_entity_shapes_i_after_a_name_may_be_the_pronoun(blank_nlp):
    text = "Ask Anselm Norton. Norton I think knows the harbour best."
    found = typed(model_doc(blank_nlp, text, [("Anselm Norton", "PERSON")]))
    assert ("Norton", "PERSON") in found and not any(n.endswith(" I") for n, _ in found)


def test_entity_shapes_an_acronym_with_stops_found_again(blank_nlp):
    text = "The Halden Student Union (H.S.U.) met on Monday. Later H.S.U. members voted, as in the U.S. they do."
    found = typed(model_doc(blank_nlp, text, [("Halden Student Union", "ORG"), ("H.S.U.", "ORG")]))
    starts = [m.start for m in find_mentions(model_doc(blank_nlp, text, [("Halden Student Union", "ORG"),
                                                                                 ("H.S.U.", "ORG")]))
              if text[m.start:m.end] == "H.S.U."]
    assert ("H.S.U.", "ORG") in found and len(starts) == 2 and ("U.S.", "ORG") not in found


@pytest.mark.parametrize("text, org, town", [
    ("She read law at Trinity College, Cambridge, before the war.", "Trinity College", "Cambridge"),
    ("He teaches at the University of Ardmore at Los Angeles and sails.", "University of Ardmore", "Los Angeles"),
])
def test_entity_shapes_a_college_names_its_town(blank_nlp, text, org, town):
    found = typed(model_doc(blank_nlp, text, [(org, "ORG")]))
    whole = text[text.index(org):text.index(town) + len(town)]
    assert {(whole, "ORG"), (town, "GPE")} <= found and (org, "ORG") not in found


def test_entity_shapes_a_country_after_a_university_is_no_campus(blank_nlp):
    text = "She studied at Ardmore University, Norway, for a year."
    found = typed(model_doc(blank_nlp, text, [("Ardmore University", "ORG")]))
    assert ("Ardmore University", "ORG") in found


@pytest.mark.parametrize("text, name", [
    ("THE LONG HARBOUR\n\nA NOVEL BY MARTA K. VESIK\n\nChapter one", "MARTA K. VESIK"),
    ("Photographs by JOHN TAMMSAAR, 1998", "JOHN TAMMSAAR"),
])
def test_entity_shapes_a_name_in_capitals_is_a_person(blank_nlp, text, name):
    assert (name, "PERSON") in typed(model_doc(blank_nlp, text, []))


def test_entity_shapes_words_in_capitals_after_a_given_name_are_no_surname(blank_nlp):
    found = typed(model_doc(blank_nlp, "SAVE THE DATE: ANNA WILL SING ON FRIDAY", []))
    assert not any(t == "PERSON" and " " in n for n, t in found)


def test_entity_shapes_a_name_written_surname_first_is_one_person(blank_nlp):
    text = "Further reading:\n\nVesik, Marta. The Long Harbour.\n\nTammsaar, A. K.; Ruudmets, O. (2019). Tides."
    found = typed(model_doc(blank_nlp, text, [("Marta", "PERSON")]))
    assert {("Vesik, Marta", "PERSON"), ("Tammsaar, A. K.", "PERSON"), ("Ruudmets, O.", "PERSON")} <= found


def test_entity_shapes_given_names_listed_are_no_inverted_name(blank_nlp):
    text = "We are well.\n\nMarta, Hanna and I send our love."
    found = typed(model_doc(blank_nlp, text, []))
    assert ("Marta, Hanna", "PERSON") not in found
