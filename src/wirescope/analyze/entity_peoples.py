"""Peoples named in the plural are people; authors in a citation are people.

- `peoples_as_people`: a demonym or a party's member word in the plural is a noun that
  refers to people ("Thais are a polite people", "Democrats won the vote", "the Rohingya's
  plight" aside): a group of persons, typed PERSON as GUM types them, not the adjective of a
  people (NORP: "a Thai dish", "the Democratic nominee"), which stays NORP;
- `cited_lists`: the surnames listed in a bracketed citation before its year are authors,
  persons ("(Talvik, Sorm, & Pello, 2014)", "(Talvik and Pello, 2014, p. 12)"), where the
  model finds one of them at most.

Work on `find_mentions`' state like the passes of `entity_evidence.py`.
"""

from __future__ import annotations

import re

from .entity_tokens import Mention, _is_name_token
from .gazetteer import Gazetteer, fold
from .lexicon_dates import MONTHS, WEEKDAYS

_YEAR = re.compile(r"^(1[5-9]|20)\d\d[a-z]?$")


def _plural_demonym(word: str, gaz: Gazetteer) -> bool:
    """"Americans", "Thais", "Democrats": a demonym's plural (the singular is one too)."""
    return len(word) > 3 and word[-1] == "s" and word[0].isupper() and not word.isupper() \
        and fold(word) in gaz.demonyms and fold(word[:-1]) in gaz.demonyms


# Words that count or pick out some of a people ("millions of Americans", "all Muslims",
# "my fellow Democrats"): the phrase names a set of persons, no people as a whole.
_SOME = frozenset("""all many most some several few fewer more less other fellow those these both
million millions thousand thousands hundred hundreds dozen dozens lot lots number numbers majority
minority share percent half third quarter""".split())
# Words after a plural that restrict it to some of the people ("Americans who ...",
# "Muslims in Europe", "Americans with disabilities").
_RESTRICTED_BY = frozenset("who whom that with from in of at living traveling travelling born abroad".split())


def _whole_people(doc, i: int) -> bool:
    """Does the plural at token i name a people as a whole ("Thais are polite", "between
    Jews and Arabs"), not some of them, counted or restricted ("millions of Americans",
    "about 100,000 Greeks", "Muslims traveling to …", "Jewish Christians")?"""
    j = i - 1
    if j >= 0 and doc[j].lower_ == "of":
        j -= 1
    if j >= 0 and (doc[j].lower_ in _SOME or doc[j].like_num or doc[j].text[:1].isdigit()
                   or (j == i - 1 and _is_name_token(doc[j]) and not doc[j].is_sent_start)):
        return False
    return not (i + 1 < len(doc) and doc[i + 1].lower_ in _RESTRICTED_BY)


def peoples_as_people(doc, taken, gaz: Gazetteer) -> None:
    """A one-word NORP mention in the plural naming a people as a whole ("Thais are
    polite", "the Democrats won") is people: PERSON, as GUM types a group of persons."""
    for ts, (te, m) in taken.items():
        if m.type == "NORP" and te - ts == 1 and _plural_demonym(doc[ts].text, gaz) and _whole_people(doc, ts):
            m.type, m.canonical = "PERSON", None


def cited_lists(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """Every surname of a bracketed author list closed by a year is a person:
    "(Talvik, Sorm, Ruud, & Pello, 2014)", "(Talvik and Pello, 2014)". A list of known
    places or organisations ("(France, Spain and Italy, 2014)") is none."""
    n = len(doc)
    for i in range(n):
        if doc[i].text != "(":
            continue
        names: list[int] = []
        j = i + 1
        joined = False
        while j < n:
            tok = doc[j]
            if not (_is_name_token(tok) and tok.is_alpha and not tok.is_upper):
                break
            names.append(j)
            j += 1
            if j < n and doc[j].text == ",":
                j += 1
            if j < n and doc[j].text in ("&", "and"):
                joined = True
                j += 1
        if not names or j >= n or not _YEAR.match(doc[j].text) or doc[j - 1].text != "," and not (
                len(names) == 1 and doc[j - 1] is doc[names[0]]):
            continue
        if len(names) > 1 and not joined:
            continue
        if any(gaz.lookup([doc[k].text]) is not None or doc[k].text in gaz.towns
               or doc[k].lower_ in MONTHS or doc[k].lower_ in WEEKDAYS for k in names):
            continue
        for k in names:
            o = owner[k]
            if o is not None:
                te, old = taken[o]
                if (o, te) == (k, k + 1) and old.type != "PERSON":
                    old.type, old.canonical = "PERSON", None
                continue
            put(k, k + 1, Mention(doc[k].idx, doc[k].idx + len(doc[k].text), "PERSON", source="cue"))
