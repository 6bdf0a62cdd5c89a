"""Whole-line patterns tried by the line's first character.

The first pass of the text cleaner asks, for every line, which of ten anchored
patterns (menus, section headers, credits, …) it matches. Those patterns hold
some two hundred alternatives, and the regex engine tries each of them at the
start of every line although most begin with a word whose first letter differs
from the line's. `HeadMatcher` keeps, for each ASCII first character, only the
alternatives that can start with it (worked out from the parsed pattern), in
their original order and under their original group names, so a match names
the same pattern as the whole combined pattern would. Lines opening with any
other character are matched against the whole.
"""

from __future__ import annotations

import re
try:   # the regular-expression parser is private to `re`: without it, the whole pattern is tried
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose `re` is laid out otherwise
    sre = sre_parse = None

__all__ = ["HeadMatcher", "first_chars"]

_ASCII = frozenset(map(chr, range(128)))
# The ASCII characters of \d, \s, \w and their negations, as re reads them in str patterns.
_CATEGORIES = {cat: frozenset(c for c in _ASCII if re.match(rx, c)) for cat, rx in (
    (sre.CATEGORY_DIGIT, r"\d"), (sre.CATEGORY_NOT_DIGIT, r"\D"), (sre.CATEGORY_SPACE, r"\s"),
    (sre.CATEGORY_NOT_SPACE, r"\S"), (sre.CATEGORY_WORD, r"\w"), (sre.CATEGORY_NOT_WORD, r"\W"))} \
    if sre is not None else {}


def _atom(op, av, flags: int) -> frozenset[str]:
    """ASCII characters one single-character item may match (more is safe, never fewer)."""
    fold = flags & re.IGNORECASE
    if op is sre.LITERAL:
        c = chr(av)
        if not fold:
            return frozenset(c) & _ASCII
        rx = re.compile(re.escape(c), re.IGNORECASE)
        return frozenset(x for x in _ASCII if rx.fullmatch(x))
    if op is sre.IN:
        out: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is sre.LITERAL:
                out |= _atom(sre.LITERAL, sub_av, flags)
            elif sub_op is sre.RANGE:
                lo, hi = sub_av
                out |= {chr(x) for x in range(lo, min(hi, 127) + 1)}
                if fold:
                    out |= {c.swapcase() for c in list(out) if c.isalpha()}
                    if hi >= 128:  # "K" (Kelvin) folds to "k", "ſ" to "s": be generous
                        return _ASCII
            elif sub_op is sre.CATEGORY and sub_av in _CATEGORIES:
                out |= _CATEGORIES[sub_av]
            else:  # negated classes: anything
                return _ASCII
        return frozenset(out)
    return _ASCII  # ANY, NOT_LITERAL and anything else


def _firsts(items, flags: int) -> tuple[frozenset[str], bool]:
    """First characters of a parsed sequence, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.AT:
            continue  # zero width
        if op is sre.BRANCH:
            nullable = False
            for alt in av[1]:
                chars, empty = _firsts(alt, flags)
                out |= chars
                nullable = nullable or empty
        elif op is sre.SUBPATTERN:
            chars, nullable = _firsts(av[3], flags)
            out |= chars
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            chars, empty = _firsts(av[2], flags)
            out |= chars
            nullable = empty or av[0] == 0
        elif op is sre.ATOMIC_GROUP:
            chars, nullable = _firsts(av, flags)
            out |= chars
        elif op in (sre.LITERAL, sre.IN, sre.ANY, sre.NOT_LITERAL):
            out |= _atom(op, av, flags)
            nullable = False
        else:  # look-arounds, back-references: give up on narrowing
            return _ASCII, True
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def first_chars(pattern: str, flags: int = 0) -> frozenset[str]:
    """ASCII characters a match of `pattern` may start with (every one when it may be empty)."""
    chars, nullable = _firsts(sre_parse.parse(pattern, flags), flags)
    return _ASCII if nullable else chars


def _split(pattern: str, flags: int) -> tuple[str, list[str], str]:
    """`head(?:a|b|c)tail` as (head, [a, b, c], tail): the first group outside a class;
    the whole pattern as one alternative when it has none."""
    verbose = flags & re.VERBOSE
    depth, start, open_at, branches = 0, 0, -1, []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < len(pattern) and pattern[i] == "^":
                i += 1
            i += pattern[i] == "]"  # "[]…]": a first "]" is a member
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "#" and verbose:
            while i < len(pattern) and pattern[i] != "\n":
                i += 1
        elif c == "(":
            depth += 1
            if depth == 1 and open_at < 0 and pattern.startswith("(?:", i):
                open_at, start = i, i + 3
        elif c == ")":
            depth -= 1
            if depth == 0 and i > open_at >= 0:
                branches.append(pattern[start:i])
                return pattern[:open_at], branches, pattern[i + 1:]
        elif c == "|" and depth == 1 and open_at >= 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return "", [pattern], ""


def _needed(pattern: str, flags: int) -> str:
    """The longest run of ASCII literals every match of `pattern` holds, lower-cased ("" if none)."""
    best = run = ""
    for op, av in sre_parse.parse(pattern, flags):
        run = run + chr(av).lower() if op is sre.LITERAL and av < 128 else ""
        best = max(best, run, key=len)
    return best


class HeadMatcher:
    """`match(text, low)` as the combined pattern `(?P<name>rx)|…` of the given patterns would
    give it, trying only the alternatives that can start with the text's first character.

    An alternative that may start with any character ("[^.!?]{2,80}\\bcontributed to this
    article") is tried only on lines holding the words it must hold ("contributed to this "),
    looked up in `low`, the line lower-cased as `lexicon.folded` gives it."""

    def __init__(self, named: list[tuple[str, re.Pattern[str]]], flags: int):
        nl = "\n" if flags & re.VERBOSE else ""  # ends a comment closing an alternative
        self.whole = re.compile((nl + "|").join(f"(?P<{name}>{rx.pattern})" for name, rx in named), flags)
        self._needs: tuple[str, ...] = ()
        self._by_char: dict[str, re.Pattern[str] | None] = {}  # alternatives without words to hold
        self._by_char_all: dict[str, re.Pattern[str] | None] = {}
        if sre_parse is None:
            return   # every line against the whole pattern: slower, the same answers
        parts = []
        needs: set[str] = set()
        for name, rx in named:
            head, branches, tail = _split(rx.pattern, flags)
            firsts, gated = [], []
            for b in branches:
                whole = f"{head}(?:{b}{nl}){tail}"
                firsts.append(first_chars(whole, flags))
                gated.append(len(firsts[-1]) == len(_ASCII) and _needed(whole, flags) or "")
            needs.update(g for g in gated if g)
            parts.append((name, head, branches, tail, firsts, gated))
        self._needs = tuple(sorted(needs))
        built: dict[tuple, re.Pattern[str] | None] = {}
        for table, with_gated in ((self._by_char, False), (self._by_char_all, True)):
            for c in sorted(_ASCII):
                groups = []
                for name, head, branches, tail, firsts, gated in parts:
                    kept = [b for b, f, g in zip(branches, firsts, gated) if c in f and (with_gated or not g)]
                    if kept:
                        alternatives = (nl + "|").join(kept)
                        groups.append(f"(?P<{name}>{head}(?:{alternatives}{nl}){tail})")
                key = tuple(groups)
                if key not in built:
                    built[key] = re.compile((nl + "|").join(groups), flags) if groups else None
                table[c] = built[key]

    def match(self, text: str, low: str) -> re.Match[str] | None:
        table = self._by_char
        for need in self._needs:
            if need in low:
                table = self._by_char_all
                break
        rx = table.get(text[:1], self.whole)
        return rx.match(text) if rx is not None else None
