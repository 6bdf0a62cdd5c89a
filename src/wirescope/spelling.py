"""British and American spellings folded to one form, for comparing words, never for showing them.

Syndicated copies of one story, and names of one body or one role, differ in spelling
("defence"/"defense", "organisation"/"organization", "centre"/"center") and in how a name
was transliterated ("Zelenskiy"/"Zelenskyy"). `us_spelling` maps a lower-case word to the
American form a rule or the table knows. It is applied to both sides of a comparison, so a
rule that also hits an unrelated word ("raise" -> "raize") costs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType

__all__ = ["us_spelling"]

_RULES = (
    (re.compile(r"(?<=\w{3})our(s|ed|ing|able|ite|ites)?$"), r"or\1"),  # colour, favourite
    (re.compile(r"(?<=\w{2})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),  # organise
    (re.compile(r"(?<=\w{2})ys(e|es|ed|ing)$"), r"yz\1"),  # analyse
    (re.compile(r"(?<=\w{3})tre(s)?$"), r"ter\1"),  # centre, metre
    (re.compile(r"(?<=\w{3})ll(ed|ing|er|ers)$"), r"l\1"),  # travelled, cancelled
    (re.compile(r"(?<=\w{4})(?:iy|yy|ij)$"), "y"),  # Zelenskiy, Zelenskyy
)
# Words no rule reaches (five letters or more: shorter words are left as they are).
_WORDS = MappingProxyType({
    "defence": "defense", "offence": "offense", "licence": "license", "programme": "program",
    "programmes": "programs", "whilst": "while", "amongst": "among",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "sceptical": "skeptical",
    "tyres": "tires", "cheque": "check", "aluminium": "aluminum",
    "jewellery": "jewelry", "mould": "mold", "plough": "plow",
})


@lru_cache(maxsize=200_000)  # a pure function of the word: safe to share across threads and forks
def us_spelling(word: str) -> str:
    """The American spelling of a lower-case word of five letters or more, as far as the
    rules and the table know it; any other word as it is."""
    if len(word) < 5 or not word.isalpha():
        return word
    word = _WORDS.get(word, word)
    for pattern, repl in _RULES:
        word = pattern.sub(repl, word)
    return word
