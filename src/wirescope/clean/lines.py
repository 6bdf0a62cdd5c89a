"""The lines the text cleaner labels: one `Line` per non-empty line of the raw text.

`clean.text` labels them, `clean.zones` and the splitter read and relabel them; the
model and the cutting of a text into lines live here so those modules share them
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import filterfalse

from . import lexicon as lx

__all__ = ["JUNK", "Line", "split_lines"]

# The label of every line that is not kept; `Line.reason` says what furniture it is.
JUNK = "junk"


@dataclass(slots=True)
class Line:
    """One non-empty line of the raw text and what the cleaner made of it."""

    start: int
    end: int
    text: str
    words: int
    stop: float  # share of English function words
    label: str = ""  # body, heading, title, byline, date, credit, junk
    reason: str = ""  # why it is junk (menu, form, caption, feed, ...)
    authors: list[str] | None = None
    date: str | None = None
    blank_before: bool = False
    # The lower-cased `\w+` words of the line other than function words (None for a Line
    # built by hand), read again by split for its content words, which it keeps in `content`.
    terms: list[str] | None = field(default=None, repr=False, compare=False)
    content: tuple | None = field(default=None, repr=False, compare=False)


_is_stopword = lx.STOPWORDS.__contains__


def split_lines(raw: str) -> list[Line]:
    """The non-empty lines of `raw`, stripped, with their offsets, word counts, share of
    function words and words other than function words; unlabelled."""
    out: list[Line] = []
    append, findall = out.append, lx.WORD.findall
    pos = 0
    blank = True
    for chunk in raw.split("\n"):
        stripped = chunk.strip()
        if stripped:
            start = pos if chunk[0] == stripped[0] else pos + len(chunk) - len(chunk.lstrip())
            words = findall(stripped.lower())
            terms = list(filterfalse(_is_stopword, words))
            n = len(words)
            # positional, in the order of Line's fields: keyword arguments cost more per line
            append(Line(start, start + len(stripped), stripped, n, (n - len(terms)) / n if n else 0.0,
                        "", "", None, None, blank, terms))
            blank = False
        else:
            blank = True
        pos += len(chunk) + 1
    return out
