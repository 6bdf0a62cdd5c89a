"""The model's run-on spans cut back to names (entity_runons.py), on a blank pipeline with the
model's spans set by hand."""

import pytest

from .entityhelp import model_doc, typed


@pytest.mark.parametrize("text, span, people", [
    ("Later Marta and Tomas sold the boat.", "Marta and Tomas", {"Marta", "Tomas"}),
    ("Then Marta Kask and Tomas Ilves signed it.", "Marta Kask and Tomas Ilves", {"Marta Kask", "Tomas Ilves"}),
    ("Marta and I built the website together.", "Marta and I", {"Marta"}),
    ("The tide model of Varkey and Tammsaar fails in winter.", "Varkey and Tammsaar", {"Varkey", "Tammsaar"}),
    ("Judge Ruutel and Senator Oja met the ferry crews.", "Judge Ruutel and Senator Oja",
     {"Judge Ruutel", "Senator Oja"}),
])
def test_entity_runons_people_named_side_by_side_are_one_person_each(blank_nlp, text, span, people):
    found = typed(model_doc(blank_nlp, text, [(span, "PERSON")]))
    assert {name for name, t in found if t == "PERSON"} == people


def test_entity_runons_a_hyphenated_given_name_stays_whole(blank_nlp):
    text = "He cited the work of Jean-Louis Kask on tides."
    found = typed(model_doc(blank_nlp, text, [("Jean - Louis Kask", "PERSON")]))   # tokens
    assert ("Jean-Louis Kask", "PERSON") in found
