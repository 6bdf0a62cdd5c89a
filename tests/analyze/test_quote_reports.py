"""Indirect speech read in quote_reports (invented news sentences)."""

import pytest

from .quotehelp import quote_with as _quote_with, speaker_text as _speaker, speaker_of as _speaker_of


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


# (text, content, speaker)
@pytest.mark.parametrize("text, content, speaker", [
    # verbs of speech that take what was said as a noun phrase, not only as a clause
    ("The mayor tweeted her thanks to the harbour crews.\n", "her thanks to the harbour crews", "The mayor"),
    ("Councillor Rebane revealed a plan to close the north pier.\n", "a plan to close the north pier",
     "Councillor Rebane"),
    ("The shipping board disclosed losses of 4 million euros.\n", "losses of 4 million euros", "The shipping board"),
])
def test_quote_reports_speech_verb_with_a_noun_phrase(blank_nlp, text, content, speaker):
    assert _speaker_of(blank_nlp, text, content) == speaker


def test_quote_reports_what_was_asked_then_a_participle(blank_nlp):
    # the infinitive after the hearer is what was asked; the participle after it is a second report
    text = ("In a letter before the vote, two union leaders urged her to raise the fees again, arguing that "
            "the levy had rattled the mayor.\n")
    asked = _quote_with(blank_nlp, text, "her to raise the fees again")
    argued = _quote_with(blank_nlp, text, "that the levy had rattled the mayor")
    assert (_speaker(text, asked), _speaker(text, argued)) == ("two union leaders", "two union leaders")


@pytest.mark.parametrize("text, content, speaker", [
    # what a hearer was asked for, after the hearer
    ("Last week, the harbour board asked the appeals court for quick action.\n", "for quick action",
     "the harbour board"),
    ("The dockers' union asked the mayor for a meeting.\n", "for a meeting", "The dockers' union"),
])
def test_quote_reports_asked_a_hearer_for_something(blank_nlp, text, content, speaker):
    assert _speaker_of(blank_nlp, text, content) == speaker
