"""Quotation marks: which spans of a text are quoted, and where a quote stands.

Curly and straight double marks are paired inside a paragraph; a quote left open runs
on into the next paragraph when that one opens with a mark (the newspaper convention
for long quotes), else it closes at the paragraph end. The small readers of what stands
right before an opening mark live here too.
"""

from __future__ import annotations

import re

from .quote_reading import OPEN, PAD, PARA

__all__ = ["quote_spans", "TURN", "is_title", "starts_sentence", "after_spaced_dash", "after_comma"]

# A transcript turn inside quotation marks: '"HOST: Let us turn to the ferries …'.
TURN = re.compile(r"[\"“][^\S\n]*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}):[^\S\n]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted spans `(start, end)` including their marks; never raises on unbalanced marks."""
    text = _two_apostrophes(text)
    paras = [(m.start(), m.end()) for m in PARA.finditer(text)]
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for n, (ps, pe) in enumerate(paras):
        i = ps
        while i < pe:
            c = text[i]
            if open_at is None:
                if c in OPEN and (c == "“" or i == ps or not text[i - 1].isalnum()) or c == "”" and i == ps:
                    open_at = i   # a ” opening a paragraph closes nothing: it opens (a typesetting slip)
            elif c == "”" or (c == '"' and (i + 1 >= pe or not text[i + 1].isalnum())):
                spans.append((open_at, i + 2 if text[i + 1:i + 2] == PAD else i + 1))
                open_at = None
            elif c == "“" and i == ps:
                pass  # a running quote re-opens at the start of each paragraph
            i += 1
        if open_at is not None:
            nxt = paras[n + 1][0] if n + 1 < len(paras) else None
            if (nxt is not None and text[nxt] in OPEN and text[open_at] == "“" or (
                    nxt is not None and text[nxt] == '"' and text[open_at] == '"')) \
                    and not TURN.match(text, nxt) and not _in_parentheses(text, ps, open_at, pe):
                continue  # runs on into the next paragraph (unless a new speaker's turn opens it)
            spans.append((open_at, pe))
            open_at = None
    return spans


def _in_parentheses(text: str, ps: int, open_at: int, pe: int) -> bool:
    """Did the quote open inside a parenthesis that closes the paragraph ("(… its ''family
    fortunes.')")? Then it ends there: a quote running on into the next paragraph opens
    in the running text."""
    before = text[ps:open_at]
    return before.count("(") > before.count(")") and text[open_at:pe].rstrip().endswith(")")


def _two_apostrophes(text: str) -> str:
    """'' as a quotation mark, keeping every offset: ''word'' -> "⁠word"⁠."""
    if "''" not in text:
        return text
    return re.sub(r"''", '"' + PAD, text)


def is_title(inner: str) -> bool:
    """“Ride the Northern Tide”: every longer word capitalised, as in a title."""
    words = re.findall(r"[A-Za-z][\w’'-]*", inner)
    long = [w for w in words if len(w) > 3]
    return 2 <= len(words) <= 10 and len(long) >= 3 and all(w[0].isupper() for w in long) \
        and not inner.rstrip(" ,.").endswith(("?", "!")) and ". " not in inner


def before_spaces(text: str, i: int) -> int:
    """The index of the character before i over spaces, tabs and no-break spaces on i's line
    (-1 at the start of the text)."""
    j = i - 1
    while j >= 0 and text[j] != "\n" and text[j].isspace():
        j -= 1
    return j


def starts_sentence(text: str, i: int) -> bool:
    j = before_spaces(text, i)
    return j < 0 or text[j] in "\n.!?:”\"—(" or text[j - 1:j + 1] == "''"   # "(“…,” said X.)", "''A.'' ''B""


def after_spaced_dash(text: str, i: int) -> bool:
    j = before_spaces(text, i)
    return j > 0 and text[j] in "-–" and text[j - 1] == " "


def after_comma(text: str, i: int) -> bool:
    j = before_spaces(text, i)
    return j >= 0 and text[j] in ",;"

