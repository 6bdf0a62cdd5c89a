"""Datelines: place, day and wire opening a story; the year from the file's name."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirescope import Article, analyze
from wirescope.clean.dateline import Dateline, dateline_date, name_date, read_dateline


@pytest.mark.parametrize("text, expected", [
    ("BUCHAREST, March 2 (Baltic Wire) – Romania will press", Dateline("BUCHAREST", 3, 2, "Baltic Wire")),
    ("KYIV, Ukraine, Jan. 5 (AP) - Drones struck", Dateline("KYIV", 1, 5, "AP")),
    ("LONDON, 4 March (Reuters) — Gas fell", Dateline("LONDON", 3, 4, "Reuters")),
    ("TALLINN, March 10 - The port", Dateline("TALLINN", 3, 10, None)),
    ("PODGORICA – Marko Vujović's party won", None),
    ("March 2 was a Monday – and cold.", None),
])
def test_dateline_read(text, expected):
    assert read_dateline(text) == expected


def test_dateline_year_from_the_file_name():
    assert name_date("in/2026-03-02_baltic-wire_drones.txt") == date(2026, 3, 2)
    assert name_date("in/20251231-wire.txt") == date(2025, 12, 31)
    assert name_date("in/wire-2026-13-40.txt") is None and name_date(None) is None
    line = Dateline("KYIV", 12, 30, None)
    assert dateline_date(line, date(2027, 1, 2)) == "2026-12-30"   # across New Year
    assert dateline_date(line, date(2027, 3, 2)) is None           # too far to trust


@given(st.text(max_size=80))
def test_dateline_never_fails(text):
    found = read_dateline(text)
    assert found is None or 1 <= found.month <= 12


def test_dateline_dates_and_names_the_wire_of_a_text_file():
    raw = ("BUCHAREST, March 2 (Baltic Wire) – Romania will press NATO allies this week to "
           "reinforce air defences along the Danube, officials said on Monday.\n\n"
           "Debris from a drone fell near a village overnight, the defence ministry said.")
    art = next(iter(analyze([Article(raw=raw, kind="text", source="in/2026-03-02_wire.txt")],
                            language_layer=False)))
    assert art.published == "2026-03-02" and art.outlet == "Baltic Wire"
    art = next(iter(analyze([Article(raw=raw, kind="text", source="in/wire.txt")], language_layer=False)))
    assert art.published is None and art.outlet == "Baltic Wire"
