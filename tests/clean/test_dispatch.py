import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope.clean.dispatch import HeadMatcher, first_chars
from wirescope.clean.lexicon import folded


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"^(?:menu|home)$", re.I, set("mMhH")),
    (r"^\d+\s+comments", 0, set("0123456789")),
    (r"^[\s(—–-]*(?:by|with)", 0, set("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f (-bw")),
    (r"^(?:\d+\s+)?comments", 0, set("0123456789c")),
    (r"^[^.!?]{2,80}\bcontributed", 0, None),  # any character may start it
    (r"^(?:x?)", 0, None),  # may match nothing
])
def test_dispatch_first_chars(pattern, flags, expected):
    got = first_chars(pattern, flags)
    if expected is None:
        assert len(got) == 128
    else:
        assert expected <= got and got <= expected | set("\x1c\x1d\x1e\x1f")


def test_dispatch_first_chars_folds_non_ascii_letters():
    """Under re.I the Kelvin sign matches "k": a line opening with "k" tries that alternative."""
    assert set("kK") <= first_chars("^\u212aelvin", re.I)


_NAMED = [("menu", re.compile(r"^(?:menu | home | share(?:\ on\ .*)? | \d+\ comments?)[.:!]?$", re.I | re.X)),
          ("credit", re.compile(r"^[\s(—–-]*(?:reporting\ by | [^.!?]{2,20}\bcontributed | # a comment | here" "\n"
                                r" edited\ by)", re.I | re.X)),
          ("section", re.compile(r"^(?:related | more\ from\ .{1,20} | [\[【].+[\]】])[\s.:!»›>]*$", re.I | re.X)),
          ("bracketed", re.compile(r"^\s*[\[【].{3,}[\]】]\s*$"))]
_BITS = ["menu", "Home", "share on X", "12 comments", "(Reporting by Ana", "Ana Silva contributed", "edited by",
         "CONTRİBUTED", "contributed",
         "Related", "more from Tallinn", "[Opens]", "【x】", ".", ":", " ", "— ", "İ", "ſ", "\u212a", "x", "1"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BITS), min_size=1, max_size=4).map("".join))
def test_dispatch_head_matcher_matches_as_the_whole(text):
    """Trying only the alternatives a first character allows names the same group, same span."""
    heads = HeadMatcher(_NAMED, re.I | re.X)
    whole, got = heads.whole.match(text), heads.match(text, folded(text))
    assert (whole and (whole.lastgroup, whole.span())) == (got and (got.lastgroup, got.span()))


def test_dispatch_head_matcher_skips_other_alternatives():
    heads = HeadMatcher(_NAMED, re.I | re.X)
    assert heads.match("Home", "home").lastgroup == "menu"
    assert heads.match("The port reopened", "the port reopened") is None
    assert heads._by_char["h"].pattern.count("|") < heads.whole.pattern.count("|")
    assert heads._by_char["z"] is None  # no alternative starts with it


@pytest.mark.parametrize("text", ["Ana Silva contributed", "ANA SILVA CONTRİBUTED", "Ana ſilva contributed"])
def test_dispatch_head_matcher_tries_an_open_alternative_on_its_words(text):
    """An alternative that may start anywhere is tried when the line holds its words."""
    heads = HeadMatcher(_NAMED, re.I | re.X)
    assert heads._needs == ("contributed",)
    assert heads.match(text, folded(text)).lastgroup == "credit"
    assert heads._by_char["A"] is None and "contributed" in heads._by_char_all["A"].pattern


def test_dispatch_without_the_regex_parser_tries_the_whole_pattern(monkeypatch):
    from wirescope.clean import dispatch
    monkeypatch.setattr(dispatch, "sre_parse", None)
    heads = HeadMatcher(_NAMED, re.I | re.X)
    assert heads.match("Home", "home").lastgroup == "menu"
    assert heads.match("Ana Silva contributed", "ana silva contributed").lastgroup == "credit"
    assert heads.match("The port reopened", "the port reopened") is None
