import pytest

from wirescope.analyze.gazetteer import US_STATE_ABBREVIATIONS, fold, gazetteer_spans, load_gazetteer


@pytest.mark.parametrize("text, expected", [
    ("Drones struck Kiev overnight.", [("Kiev", "GPE", "Kyiv")]),
    ("The U.S. and the UK said so.", [("U.S.", "GPE", "United States"), ("UK", "GPE", "United Kingdom")]),
    ("NATO ships entered the Black Sea.", [("NATO", "ORG", "North Atlantic Treaty Organization"),
                                           ("Black Sea", "LOC", "Black Sea")]),
    ("Ukrainians voted.", [("Ukrainians", "NORP", "Ukrainian")]),
    ("Shelling hit Kharkov and Kyiv.", [("Kharkov", "GPE", "Kharkiv"), ("Kyiv", "GPE", "Kyiv")]),
])
def test_gazetteer_finds_and_canonicalises(text, expected):
    gaz = load_gazetteer()
    got = []
    for s, e, typ in gazetteer_spans(text):
        entry = gaz.lookup(text[s:e].split())
        got.append((text[s:e], typ, entry.canonical if entry else None))
    assert got == expected


def test_gazetteer_leaves_common_words_and_lowercase_alone():
    assert gazetteer_spans("They will split the reading list in march, nice and mobile.") == []


def test_gazetteer_demonym_country():
    gaz = load_gazetteer()
    assert gaz.country_of("Polish") == "Poland"
    assert gaz.country_of("Ukrainian") == "Ukraine"
    assert gaz.country_of("Table") is None


def test_fold_ignores_accents_case_and_dots():
    assert fold("Zelenskyy’s  U.S.") == fold("zelenskyy's US")
    assert fold("Médecins") == "medecins"


def test_gazetteer_a_town_named_like_a_person_is_not_tagged_alone():
    from wirescope.analyze.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    assert gaz.lookup(["Mary"]) is None          # Mary, Turkmenistan: a person far more often
    assert gaz.lookup(["Sofia"]).type == "GPE"   # a capital of a million people stays
    assert gaz.lookup(["Kiev"]).canonical == "Kyiv"


def test_gazetteer_common_given_name_is_no_spelling_of_a_town():
    """A town's alternate spelling that is a common given name ("Taras" for Kazakhstan's
    Taraz) is not a place: "Taras" in the news is a man far more often."""
    gaz = load_gazetteer()
    assert "Taras" in gaz.given_names
    entry = gaz.lookup(["Taras"])
    assert entry is None or entry.canonical != "Taraz"


def test_gazetteer_state_abbreviations_name_known_states():
    gaz = load_gazetteer()
    for abbreviation, state in US_STATE_ABBREVIATIONS.items():
        assert abbreviation.endswith(".")
        if state != "District of Columbia":
            entry = gaz.lookup(state.split())
            assert entry is not None and entry.type == "GPE", state
