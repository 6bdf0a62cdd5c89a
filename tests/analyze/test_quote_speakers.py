"""The speaker readers of quote_speakers (invented news sentences)."""

import pytest

from wirescope.analyze.quote_people import speaking_noun

from .quotehelp import quote_with as _quote_with, speaker_text as _speaker


@pytest.mark.parametrize("word, expected", [
    ("fishermen", True), ("congresswoman", True), ("townspeople", True), ("salesperson", True),
    ("abdomen", False), ("snowmen", False),
])
def test_quote_speakers_people_named_by_their_last_part(word, expected):
    assert speaking_noun(word) is expected


def test_quote_speakers_fishermen_speak(blank_nlp):
    text = "The fishermen blamed the new quota for the rising price of herring.\n"
    q = _quote_with(blank_nlp, text, "the new quota for the rising price of herring")
    assert _speaker(text, q) == "The fishermen"
