"""Reports whose content is the object of a verb of speech or writing ("explained the reason",
"recalled his years", "wrote a review"), and the subject that is not a reported clause
("Anu Roffman, a port analyst, recalled …")."""

import pytest

from .quotehelp import quote_with as _quote_with, quotes_of as _quotes, speaker_text as _speaker


# (text, content, speaker)
FOUND = [
    ("Lepp explained the reason for the delay at the ferry terminal.\n",
     "the reason for the delay at the ferry terminal", "Lepp"),
    ("Tamm recalled his years as a ferry captain on the island route.\n",
     "his years as a ferry captain on the island route", "Tamm"),
    ("The columnist wrote a scathing review of the harbour plan.\n", "a scathing review of the harbour plan",
     "The columnist"),
    ("The dockers chanted the mayor's name outside the town hall.\n", "the mayor's name outside the town hall",
     "The dockers"),
    # a name with its appositive is the subject, not a clause reported by what follows
    ("Anu Roffman, a port analyst, recalled several long calls with the mayor.\n",
     "several long calls with the mayor", "Anu Roffman, a port analyst"),
    # the hearer's noun after its article is not part of the report
    ("The mayor told the board the pier was unsafe for heavy trucks.\n", "the pier was unsafe for heavy trucks",
     "The mayor"),
    # a short reply before an inverted attribution is still a report
    ("No way, not this year, said Tamm.\n", "No way, not this year", "Tamm"),
]


def test_quote_objects_name_and_appositive_is_not_reported(blank_nlp):
    text = "Anu Roffman, a port analyst, recalled several long calls with the mayor.\n"
    assert all(not q["text"].startswith("Anu Roffman") for q in _quotes(blank_nlp, text))


# (text, content, speaker): seeing and viewing something as something is naming it
SEEN_AS = [
    ("Voters in all five counties see Tamm as the candidate with the better chance.\n",
     "Tamm as the candidate with the better chance", "Voters in all five counties"),
    ("Harbour officials saw the closure of the pier as a sign of neglect.\n",
     "the closure of the pier as a sign of neglect", "Harbour officials"),
]


def test_quote_objects_see_without_as_names_nothing(blank_nlp):
    text = "The pilots saw the ferry leave the pier at dawn.\n"
    assert not _quotes(blank_nlp, text)


# (text, content, speaker): a document or a count "showing" something reports it
SHOWING = [
    ("The ferry line faces a hard winter, with fresh surveys showing a steep fall in bookings.\n",
     "a steep fall in bookings", "fresh surveys"),
    ("Early results of an exit poll are showing that Tamm won the support of older voters.\n",
     "that Tamm won the support of older voters", "Early results of an exit poll"),
]


# (text, content, speaker): a stance verb that may be a noun ("want", "supports") after a
# subject that ends in a phrase of place or an appositive
SUBJECTS = [
    ("Dockers at the northern port want the ferry fares cut.\n", "the ferry fares cut", "Dockers at the northern port"),
    ("Mart Kask, a member of the harbour committee, supports a new levy on cruise ships.\n",
     "a new levy on cruise ships", "Mart Kask, a member of the harbour committee"),
]


def test_quote_objects_noun_after_phrase_of_place_is_no_stance(blank_nlp):
    assert not _quotes(blank_nlp, "The rise in harbour support surprised the mayor.\n")


# (text, content, speaker): an aside of speech closing the clause it reports
AS_SAID = [
    ("The ferry timetable changed over the summer, as Lepp has sometimes acknowledged.\n",
     "The ferry timetable changed over the summer", "Lepp"),
    ("The defeat will not end the harbour campaign, as some have speculated.\n",
     "The defeat will not end the harbour campaign", "some"),
    ("The crews discussed a walkout at the pier, as the Island Courier reported a few days later.\n",
     "The crews discussed a walkout at the pier", None),
]


# (text, content, speaker): "fear" after a plural subject is a verb, with a clause or an object
FEARS = [
    ("Many islanders fear that the new bridge will never be finished.\n",
     "that the new bridge will never be finished", "Many islanders"),
    ("The dockers fear a long strike at the northern terminal.\n", "a long strike at the northern terminal",
     "The dockers"),
]


@pytest.mark.parametrize("text, content, speaker", FOUND + SEEN_AS + SHOWING + SUBJECTS + AS_SAID + FEARS)
def test_quote_objects_content_and_speaker(blank_nlp, text, content, speaker):
    q = _quote_with(blank_nlp, text, content)
    assert speaker is None or _speaker(text, q) == speaker
