"""Where "X said" stands, read in quote_attributions (invented news sentences)."""

import pytest

from .quotehelp import speaker_of as _speaker_of


@pytest.mark.parametrize("text, content, speaker", [
    # a hearer asked to act is no attribution closing the sentence: the opener is not the report
    ("Speaking at the port on Monday, the mayor urged the ferry firms to find a compromise.\n",
     "the ferry firms to find a compromise", "the mayor"),
    ("After the vote, the harbour office asked the council to delay the levy.\n",
     "the council to delay the levy", "the harbour office"),
])
def test_quote_attributions_hearer_asked_to_act(blank_nlp, text, content, speaker):
    assert _speaker_of(blank_nlp, text, content) == speaker
