"""Authors in a citation are people: `cited_lists` reads the surnames listed in a
bracketed citation before its year as persons ("(Talvik, Sorm, & Pello, 2014)", "(Talvik
and Pello, 2014, p. 12)"), where the model finds one of them at most.

(A people named in the plural, "Estonians", "the Democrats", stays NORP, the contract's
type for nationalities and religious and political groups, though GUM types a group of
persons PERSON: the NER bench counts those as PERSON misses.)

Work on `find_mentions`' state like the passes of `entity_evidence.py`.
"""

from __future__ import annotations

import re

from .entity_tokens import Mention, _is_name_token
from .gazetteer import Gazetteer
from .lexicon_dates import MONTHS, WEEKDAYS

_YEAR = re.compile(r"^(1[5-9]|20)\d\d[a-z]?$")


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
