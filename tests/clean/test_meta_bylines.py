"""Bylines that name several people and the outlet they write for (hand-written lines)."""

import pytest

from wirescope.clean.meta import parse_byline


@pytest.mark.parametrize("line, names", [
    ("Piotr Lis and Kadri Saar, Baltic Wire | 7 March 2026", ["Piotr Lis", "Kadri Saar"]),
    ("Jane Doe, John Roe | 4 March 2026", ["Jane Doe", "John Roe"]),
    ("Kaja Roos, Harbour Post | 4 March 2026", ["Kaja Roos"]),
    ("World, Europe, Politics | 4 March 2026", None),
    ("Business | Energy", None),
])
def test_meta_byline_people_and_their_outlet(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, names", [
    ("Home | News | 4 March 2026", None),
    ("Analysis | 4 March 2026", None),
    ("Zach | 4 March 2026", ["Zach"]),
    ("Mark | 4 March 2026", ["Mark"]),
])
def test_meta_byline_one_word_is_a_name_unless_a_menu_or_common_word(line, names):
    assert parse_byline(line) == names
