"""The model's types corrected and its slips dropped (entity_retype.py), on a blank pipeline
with the model's spans set by hand."""

import pytest

from .entityhelp import model_doc, typed


@pytest.mark.parametrize("text, word, label", [
    ("Heat the pan. Stir the sauce for two minutes.", "Stir", "PERSON"),
    ("Hold the bird gently. Wiggle your finger near it.", "Wiggle", "ORG"),
    ("Let it rest. Knead together until smooth.", "Knead", "PERSON"),
])
def test_entity_retype_a_verb_opening_an_instruction_is_no_name(blank_nlp, text, word, label):
    assert typed(model_doc(blank_nlp, text, [(word, label)])) == set()


@pytest.mark.parametrize("text, word", [
    ("The port reopened. Marta the harbour master said so.", "Marta"),
    ("Ships left at dawn. Kesk the company said nothing. Later Kesk denied it.", "Kesk"),
])
def test_entity_retype_a_name_before_an_article_stays(blank_nlp, text, word):
    assert any(name == word for name, _ in typed(model_doc(blank_nlp, text, [(word, "PERSON")])))


@pytest.mark.parametrize("text, label", [
    ("Crowds at the harbour festival. Image: Mira Tolk.", "Image"),
    ("The new quay at dawn. Photo: Tomas Ilves", "Photo"),
])
def test_entity_retype_a_captions_label_is_no_name(blank_nlp, text, label):
    found = typed(model_doc(blank_nlp, text, [(label, "PERSON")]))
    assert not any(name == label for name, _ in found)


@pytest.mark.parametrize("text, span, label", [
    ("The ministry backed the Coastal Development Goals in May.", "Coastal Development Goals", "PERSON"),
    ("Officials revised the National Harbour Policy on Monday.", "National Harbour Policy", "ORG"),
    ("She tested positive for Covid last week.", "Covid", "PERSON"),
])
def test_entity_retype_plans_goals_and_diseases_are_no_one(blank_nlp, text, span, label):
    assert typed(model_doc(blank_nlp, text, [(span, label)])) == set()


def test_entity_retype_an_office_of_policy_stays_an_organisation(blank_nlp):
    text = "She leads the Office of Harbour Policy in Tallinn."
    found = typed(model_doc(blank_nlp, text, [("Office of Harbour Policy", "ORG")]))
    assert ("Office of Harbour Policy", "ORG") in found


def test_entity_retype_authors_of_a_study_are_no_places(blank_nlp):
    text = ("In Varkey and Tammsaar's study, the seals slept. The seals in Varkey and Tammsaar's "
            "trial slept less.")
    found = typed(model_doc(blank_nlp, text, [("Varkey", "PERSON"), ("Tammsaar", "PERSON")], at="every"))
    assert ("Varkey", "PERSON") in found and not any(n == "Varkey" and t != "PERSON" for n, t in found)


def test_entity_retype_a_thing_the_text_also_writes_in_lower_case_is_no_person(blank_nlp):
    text = "We baked a kringle for the fair. The judges said the kringle was fine, but Kringle sells better."
    found = typed(model_doc(blank_nlp, text, [("Kringle", "PERSON")]))
    assert ("Kringle", "PERSON") not in found


def test_entity_retype_a_surname_that_is_also_a_word_stays_a_person(blank_nlp):
    text = "Ivo Baker met the baker on Monday. Later Baker said the bread was late."
    found = typed(model_doc(blank_nlp, text, [("Ivo Baker", "PERSON"), ("Baker", "PERSON")], at="last"))
    assert ("Baker", "PERSON") in found


@pytest.mark.parametrize("text, span", [
    ("Starting Seeds\n\nSow the seeds in spring.", "Starting Seeds"),
    ("Watching Tallinn Harbour from the hill, we waited.", "Watching Tallinn Harbour"),
])
def test_entity_retype_a_heading_or_clause_opening_with_a_verb_is_no_name(blank_nlp, text, span):
    found = typed(model_doc(blank_nlp, text, [(span, "ORG")]))
    assert (span, "ORG") not in found and (span == "Starting Seeds" or ("Tallinn", "GPE") in found)


def test_entity_retype_a_name_ending_in_ing_is_kept(blank_nlp):
    found = typed(model_doc(blank_nlp, "Irving Steel Works hired 40 welders.", [("Irving Steel Works", "ORG")]))
    assert ("Irving Steel Works", "ORG") in found
