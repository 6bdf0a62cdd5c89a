"""Headline attributions in title case (`quote_headlines`), on hand-written headlines."""

import pytest

from .quotehelp import quote_with as _quote_with, quotes_of as _quotes


@pytest.mark.parametrize("text, content, speaker", [
    ("Harbour Will Stay Open All Winter, Mayor Says.\nThe port authority confirmed the plan on Monday.\n",
     "Harbour Will Stay Open All Winter", "Mayor"),
    ("Kaja Ilves Says Ferry Fares Will Rise In May.\nThe minister spoke in Tallinn.\n",
     "Ferry Fares Will Rise In May", "Kaja Ilves"),
    ("New Poll Shows Tight Race For Tartu Mayor.\nThe survey was taken last week.\n",
     "Tight Race For Tartu Mayor", "New Poll"),
    # a plural subject takes the verb's base form
    ("Harbour Workers Slam Port Plan As A Giveaway.\nThe union met on Monday.\n", "Port Plan As A Giveaway",
     "Harbour Workers"),
    # a participle opening the headline stands before the attribution
    ("Taking Aim At The Port Board, Kask Vows To Scrap Berth Fees For Trawlers.\nShe spoke in Pärnu.\n",
     "To Scrap Berth Fees For Trawlers", "Kask"),
])
def test_quote_headlines_title_case_attributions(blank_nlp, text, content, speaker):
    q = _quote_with(blank_nlp, text, content)
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == speaker


@pytest.mark.parametrize("text", [
    "Ten Things To Do In Tallinn This Weekend.\nThe list is long.\n",       # no verb of speech
    "Harbour Plans For Winter Are Ready.\nThe port is open.\n",              # "Plans" opens the line: a noun
    "The mayor says little about the port.\n",                             # not title case: the body's rules
    "A Generous Plan To Save The Harbour.\nIt is new.\n",                  # "Generous" is no plural subject
])
def test_quote_headlines_near_misses(blank_nlp, text):
    assert all(q["cue"] not in ("Plans", "Things", "Plan") for q in _quotes(blank_nlp, text))
    assert all(not q["text"].startswith("Ten Things") for q in _quotes(blank_nlp, text))
