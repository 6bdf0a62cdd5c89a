"""Organisations the sentence gives away (entity_context.py), on a blank pipeline with the
model's spans set by hand."""

from functools import partial

from .entityhelp import model_doc, typed

# the model's entities on every occurrence of their words
_tagged_every = partial(model_doc, at="every")


def test_entity_context_the_article_before_a_papers_name_is_no_organisation(blank_nlp):
    text = ("Mira Tolk, a writer for The Harbour Wit, said the jokes come first. "
            "The editors agree, and The Harbour Wit prints them.")
    found = typed(model_doc(blank_nlp, text, [("Harbour Wit", "ORG")], at="every"))
    assert ("Harbour Wit", "ORG") in found and not any(name == "The" for name, _ in found)


def test_entity_context_where_a_writer_writes_is_an_organisation(blank_nlp):
    text = "Mira Tolk, a columnist for Harbour Watch, said the port was quiet."
    assert ("Harbour Watch", "ORG") in typed(blank_nlp(text))


def test_entity_context_an_organisation_runs_on_over_of_and_a_name(blank_nlp):
    text = "A team from the Halden Institute of Marine Research sailed on Monday."
    found = typed(model_doc(blank_nlp, text, [("Halden Institute", "ORG")], at="every"))
    assert ("Halden Institute of Marine Research", "ORG") in found and ("Halden Institute", "ORG") not in found


def test_entity_context_a_name_run_over_stays_a_mention_inside(blank_nlp):
    text = "She catalogued maps for the University Library of the Vrije Akademie in Vormsi."
    found = typed(_tagged_every(blank_nlp, text, [("University Library", "ORG"), ("Vrije Akademie", "ORG")]))
    assert {("University Library of the Vrije Akademie", "ORG"), ("Vrije Akademie", "ORG")} <= found


def test_entity_context_no_run_over_a_person_after_of(blank_nlp):
    text = "Voters backed the Homeland Union of Nebojsa Lalic in the spring."
    found = typed(_tagged_every(blank_nlp, text, [("Homeland Union", "ORG"), ("Nebojsa Lalic", "PERSON")]))
    assert ("Homeland Union", "ORG") in found and ("Nebojsa Lalic", "PERSON") in found


def test_entity_context_no_institution_inside_a_name_of_goes_on(blank_nlp):
    text = "He taught at the Harwick Institute of Technology for a decade."
    found = typed(model_doc(blank_nlp, text, [("Harwick Institute of Technology", "ORG")], at="every"))
    assert found == {("Harwick Institute of Technology", "ORG")}


def test_entity_context_an_organisation_runs_on_over_for_and_a_name(blank_nlp):
    text = "The Kesk Foundation for the Visual Arts gave two grants."
    found = typed(model_doc(blank_nlp, text, [("Kesk Foundation", "ORG")], at="every"))
    assert ("Kesk Foundation for the Visual Arts", "ORG") in found


def test_entity_context_no_run_over_another_name_after_for(blank_nlp):
    text = "Fans filled the Wolstein Center for the Halden Vikings game."
    found = typed(_tagged_every(blank_nlp, text, [("Wolstein Center", "ORG"), ("Halden Vikings", "ORG")]))
    assert {("Wolstein Center", "ORG"), ("Halden Vikings", "ORG")} <= found


def test_entity_context_a_known_organisation_opening_an_events_name(blank_nlp):
    text = "Leaders met at the NATO Vilnius Summit in July."
    found = typed(model_doc(blank_nlp, text, [("NATO Vilnius Summit", "EVENT")], at="every"))
    assert {("NATO Vilnius Summit", "EVENT"), ("NATO", "ORG"), ("Vilnius", "GPE")} <= found
