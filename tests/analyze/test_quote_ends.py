"""Where a report ends, read in quote_ends (invented news sentences)."""

from .quotehelp import quote_with as _quote_with


def test_quote_ends_compared_with_a_group_who_say(blank_nlp):
    # a poll's second group with its own verb of speech makes a second report
    text = "Sixty percent of members say the ferry plan is sound, compared with 40 percent who say the same of the bridge.\n"
    first = _quote_with(blank_nlp, text, "the ferry plan is sound")
    second = _quote_with(blank_nlp, text, "the same of the bridge")
    assert (first["cue"], second["cue"]) == ("say", "say")
