"""Truncation: does a story found by `segment.py` end mid-sentence?

A pasted story is cut off when its last paragraph stops mid-sentence ("… sending the
yen to its strongest level since"), or when the cleaner dropped the line after it as
too short to be a paragraph ("One of the most"). Web text ends many complete stories
without a full stop, though: a list item, a heading, a signature ("… Thanks for
reading! Tom"), a linked title ("Read this next: How to Compost at Home"), a URL, a
call to follow a link ("Check out our full review here"). Those are no cut.
"""

from __future__ import annotations

import re

from ..clean.lexicon import STOPWORDS
from ..clean.text import Line, ends_mid_sentence, is_list_item
from .gaps import closes_story, stops_dangling

__all__ = ["ends_truncated", "cut_fragment", "tail_cut_off", "title_case"]

# A paragraph ending on a link (a URL, a path) or an e-mail address has not been cut off.
_LINK_END = re.compile(r"(?:https?://|www\.|/)\S*$|[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# The text after the last sentence end (or colon): a signature when it is a few Title
# Case words after a full stop, a linked title when it is a Title Case phrase of 4-12
# words after a colon (see _signed).
_LAST_SENTENCE = re.compile(r"[.!?:]\s+")
_SIGNATURE_WORDS = 4
_TITLE_WORDS = (4, 12)
# A last sentence of at most this many words opening on one of these verbs is link text
# or a page's call to act ("Get a quote", "View author page", "Log in to account").
_LINK_WORDS = 15
_CALL = re.compile(r"(?i)(?:check (?:out|our)|learn (?:how|more|about)|read (?:more|the|our|all)|"
                   r"see (?:our|the|how|more|all|open)|view (?:all|our|the|more|author|profile)|"
                   r"find out|click|visit|download|sign (?:up|in)|log ?in|subscribe|watch|listen to|discover|"
                   r"explore|shop|browse|follow (?:this|us|me)|like us|share (?:this|with|on)|rate this|"
                   r"get (?:a|all|the|your|more|started|in touch)|try (?:it|our|\S+ for free)|book (?:a|your) |"
                   r"join (?:us|our|the|over)|contact us|request (?:a|your)|schedule (?:a|your)|"
                   r"report (?:a|an) (?:correction|error|typo|problem))\b")
# A list item without a full stop this long is a sentence, and cut off if it stops mid-way.
_LONG_ITEM = 12
# Prepositions a story's last line does not stop on (besides the gap model's dangling words).
_PREPOSITIONS = frozenset("""about above across after against along among around before behind below beneath
between beyond despite during except including inside like near over per since through throughout toward
towards under unlike until upon via within without""".split())
# A button's verb and its particle ending a line: "Log in", "Sign up", "Opt out".
_BUTTON_END = re.compile(r"(?i)\b(?:log|logging|sign|signing|opt|check|checking)[ -](?:in|up|out|on)$")
# Words that label a page's boxes and buttons on their own ("About", "Like", "More", "Next").
_LABELS = frozenset("about like more next".split())
_WORDS = re.compile(r"[^\W_][\w'\u2019.-]*")


def title_case(text: str) -> bool:
    """Every content word capitalised ("What to Expect", "Key Takeaways"): a heading's shape."""
    words = [w for w in _WORDS.findall(text) if w.lower() not in STOPWORDS]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def ends_truncated(last: Line) -> bool:
    """The story whose last paragraph is `last` was cut off: the paragraph stops
    mid-sentence, and not on a list item or heading without a full stop, a signature, a
    linked title, a URL, an e-mail address or a call to follow a link. A list item is cut
    when it stops on a word like "the", leaves a bracket open or runs as long as a sentence
    not in Title Case (a list of linked titles ends many stories)."""
    text = last.text
    if last.label != "body" or not ends_mid_sentence(text) or _LINK_END.search(text):
        return False
    if _stops_cut(text) or text.count("(") > text.count(")"):
        return True
    if last.words < 3 and text[-1] not in ",;":
        return False
    if last.reason == "list" or is_list_item(last):
        return last.words >= _LONG_ITEM and not title_case(text)  # a list of titles is links
    return not (_signed(text) or title_case(text) or _links_on(text))


def tail_cut_off(tail: list[Line]) -> bool:
    """The short lines the cleaner dropped after a story's last paragraph, up to where the
    text stops, end the story cut off: the first or the last of them is a sentence's first
    words ("One of the most"; "Using EXPLAIN ANALYZE" over "The first step in query
    optimization is")."""
    return bool(tail) and (cut_fragment(tail[0]) or cut_fragment(tail[-1]))


def cut_fragment(line: Line) -> bool:
    """A short line that reads as the start of a sentence cut off: it stops on a word like
    "the" or on a comma, or it is a few words in sentence case ("When it comes", "I've
    spent two months"), not a heading in Title Case ("Key Takeaways"), a closing line, a
    call to act ("Get a quote") nor a one-word label ("About", "Like")."""
    text = line.text
    if not (text[0].isupper() and ends_mid_sentence(text)) or closes_story(text) or _LINK_END.search(text):
        return False
    if _links_on(text):
        return False  # a call to act ("Get a quote", "Explore recent articles"): furniture
    # one word on its own line ("The", "After") is a sentence's first word, unless a page's
    # boxes and buttons are labelled so ("About", "Like", "More")
    return (_stops_cut(text) and not (line.words < 2 and text.lower() in _LABELS) or text[-1] in ",;" or
            line.words >= 3 and not title_case(text))


def _stops_cut(text: str) -> bool:
    """The text stops on a word like "the" (see `stops_dangling`) or on a preposition, not
    on the particle of a button's verb ("Member Log in", "Trouble Signing In")."""
    if _BUTTON_END.search(text):
        return False
    return stops_dangling(text) or text.rsplit(None, 1)[-1].lower() in _PREPOSITIONS


def _links_on(text: str) -> bool:
    """The last sentence is a short call to follow a link ("Check out my full review here",
    "Learn how to choose the right fund for you"): link text, which needs no full stop."""
    tail = _LAST_SENTENCE.split(text)[-1]
    return len(tail.split()) <= _LINK_WORDS and _CALL.match(tail) is not None


def _signed(text: str) -> bool:
    """The paragraph ends on a signature after its last sentence ("… Thanks for reading!
    Tom Reed") or on a linked title after a colon ("Read this next: How to Compost at
    Home"), not on the first words of a sentence ("… here. That's", ": Android and Apple")."""
    ends = list(_LAST_SENTENCE.finditer(text))
    if not ends:
        return False
    tail = text[ends[-1].end():]
    words = tail.split()
    if not words or not title_case(tail):
        return False
    if ends[-1].group()[0] == ":":
        return _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]
    return len(words) <= _SIGNATURE_WORDS and re.split(r"['\u2019]", words[0].lower())[0] not in STOPWORDS
