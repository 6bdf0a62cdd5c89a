import pytest

from wirescope.analyze.language import detect_language


@pytest.mark.parametrize("text, lang", [
    ("The defence minister said on Monday that the talks would resume next week in Geneva.", "en"),
    ("Der Verteidigungsminister sagte am Montag, die Gespräche würden nächste Woche fortgesetzt.", "de"),
    ("Le ministre de la Défense a déclaré lundi que les pourparlers reprendraient la semaine prochaine.", "fr"),
])
def test_language_detects(text, lang):
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize("text", ["", "12 34 56", "OK"])
def test_language_too_little_text_is_unknown(text):
    assert detect_language(text) == (None, 0.0)
