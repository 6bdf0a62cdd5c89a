"""Indirect speech read in quote_reports (invented news sentences)."""

import pytest

from .quotehelp import quote_with as _quote_with, speaker_text as _speaker


# (text, content, speaker)
@pytest.mark.parametrize("text, content, speaker", [
    # ", according to X." closing the sentence owns the clause, the cues in it included
    ("Ms. Varik criticized the dredging contract and said the port would pay twice, according to two aides.\n",
     "Ms. Varik criticized the dredging contract and said the port would pay twice", "two aides"),
    ("The harbour master told the board the north pier was unsafe, according to three members who were present.\n",
     "The harbour master told the board the north pier was unsafe", "three members"),
])
def test_quote_reports_closing_according_to_owns_the_clause(blank_nlp, text, content, speaker):
    q = _quote_with(blank_nlp, text, content)
    assert (q["cue"], _speaker(text, q)) == ("according to", speaker)
