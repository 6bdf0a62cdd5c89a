"""A name found once found again (entity_evidence.py), on a blank pipeline with the model's spans
set by hand."""

import pytest

from .entityhelp import model_doc, typed


def test_entity_evidence_a_surname_is_the_person_where_a_town_has_that_name(blank_nlp):
    # Houston is a town in our tables; here it is the surname of the person the text names
    text = "The historian Mara Houston spoke first. Later Houston argued that the port had failed."
    found = typed(model_doc(blank_nlp, text, [("historian Mara Houston", "PERSON")]))
    assert ("Houston", "PERSON") in found and ("Houston", "GPE") not in found


def test_entity_evidence_a_curated_country_stays_a_place(blank_nlp):
    text = "Coach Lena Jordan flew home. Jordan closed its border on Friday."
    found = typed(model_doc(blank_nlp, text, [("Lena Jordan", "PERSON")]))
    assert ("Jordan", "GPE") in found


def test_entity_evidence_an_office_of_affairs_is_an_organisation(blank_nlp):
    text = "Maritime Affairs objected to the new quay on Friday."
    found = typed(model_doc(blank_nlp, text, [("Maritime Affairs", "PERSON")]))
    assert found == {("Maritime Affairs", "ORG")}


@pytest.mark.parametrize("text, org", [
    ("In 1851 he was elected a Fellow at King's College and stayed a decade.", "King's College"),
    ("The twins were born at Varnell's Hospital in Tartu.", "Varnell's Hospital"),
])
def test_entity_evidence_an_owners_name_may_open_an_organisation(blank_nlp, text, org):
    assert (org, "ORG") in typed(model_doc(blank_nlp, text, []))
