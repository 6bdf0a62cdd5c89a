import pytest

from wirescope.analyze.gazetteer import load_gazetteer
from wirescope.analyze.roles import normalize_role, title_head


def country_of(word):
    gaz = load_gazetteer()
    return gaz.country_of(word) or getattr(gaz.lookup([word]), "country", None)


@pytest.mark.parametrize("role, expected", [
    ("Ukrainian President", "President of Ukraine"),
    ("Polish Prime Minister", "Prime Minister of Poland"),
    ("Ukrainian president", "President of Ukraine"),
    ("US President", "President of the United States"),
    ("Latvian Minister of Defense", "Minister of Defense of Latvia"),  # as "Latvia's Minister of Defense"
    ("Latvia's Minister of Defense", "Minister of Defense of Latvia"),
    ("Turkey's special envoy", "Special Envoy of Turkey"),
    ("New Zealand's Prime Minister", "Prime Minister of New Zealand"),   # an owner of two words
    ("Russian Ambassador to Ukraine", "Russian Ambassador to Ukraine"),  # whose and where: left as written
    ("British political scientist", "British political scientist"),  # a nationality, not an office
    ("spokesman,", "spokesman"),
])
def test_roles_normalize(role, expected):
    assert normalize_role(role, country_of) == expected


@pytest.mark.parametrize("role, head", [
    ("Prime Minister of Poland", "prime minister"),
    ("deputy White House press secretary", "secretary"),
    ("senior adviser for the Baltic and Nordic states", "adviser"),
    ("the Premier", "prime minister"),
    ("a local farmer", None),
])
def test_roles_title_head(role, head):
    assert title_head(role) == head


def test_roles_normalize_drops_quote_marks_and_lone_honorifics():
    country_of = {"Latvian": "Latvia"}.get
    assert normalize_role('a grain broker at a Riga firm. "', country_of) == "a grain broker at a Riga firm"
    assert normalize_role("port pilot. “", country_of) == "port pilot"
    assert normalize_role("Mr.", country_of) == "" and normalize_role("Dr", country_of) == ""
