"""Statements without a reporting verb, read in quote_statements (invented news sentences)."""

import pytest

from .quotehelp import quote_with as _quote_with


@pytest.mark.parametrize("text, content, cue", [
    # adjectives between the possessor and the noun of the statement
    ("Ilves rallied the dockers behind his strong opposition to the harbour lease.\n",
     "opposition to the harbour lease", "opposition"),
    # nouns of an attitude held towards something
    ("Despite his dislike for the port board, Kask voted for the budget.\n", "dislike for the port board",
     "dislike for"),
    ("In her critique of the mayor's budget, Rebane spared the ferry crews.\n", "critique of the mayor's budget",
     "critique of"),
    # an adverb before the adjective
    ("Lawyers were alarmed by her strikingly personal attacks on the harbour judge.\n",
     "attacks on the harbour judge", "attacks on"),
])
def test_quote_statements_possessor_and_statement_noun(blank_nlp, text, content, cue):
    q = _quote_with(blank_nlp, text, content)
    assert q["cue"] == cue
