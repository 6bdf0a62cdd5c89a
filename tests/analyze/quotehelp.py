"""Shared helpers of the quote tests: quotes found without entities, and a speaker's words."""

from wirescope.analyze.quotes import find_quotes


def quotes_of(nlp, text):
    """The quotes `find_quotes` finds in `text` parsed by `nlp`, with no entities given."""
    return find_quotes(text, nlp(text), [])


def speaker_text(text, q):
    """The words of `text` the quote `q` names as its speaker (None when it names none)."""
    s = q["speaker"]["start"]
    return text[s:q["speaker"]["end"]] if s is not None else None


def quote_with(nlp, text, content):
    """The quote found in `text` whose text is `content` (StopIteration when none is)."""
    return next(q for q in quotes_of(nlp, text) if q["text"] == content)


def speaker_of(nlp, text, content):
    """The speaker's words of the quote found in `text` whose text is `content`."""
    return speaker_text(text, quote_with(nlp, text, content))
