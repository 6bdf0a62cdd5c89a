"""The cue readers of quote_reading: when a word reports speech (invented news sentences)."""

import pytest

from .quotehelp import quotes_of as _quotes, speaker_of as _speaker_of


# (text, content, speaker)
@pytest.mark.parametrize("text, content, speaker", [
    # a quantifier opening the clause is the subject of a plural verb of speech
    ("Some say the new levy will drive the trawlers to Riga.\n", "the new levy will drive the trawlers to Riga",
     "Some"),
    ("Many argue the ferry should run all winter, while others say it loses money.\n",
     "the ferry should run all winter", "Many"),
])
def test_quote_reading_quantifier_subject_cue(blank_nlp, text, content, speaker):
    assert _speaker_of(blank_nlp, text, content) == speaker


@pytest.mark.parametrize("text", [
    # "some say" inside a noun phrase: a say in something
    "Dock workers now have some say in the rota.\n",
])
def test_quote_reading_quantifier_noun_is_no_cue(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []
