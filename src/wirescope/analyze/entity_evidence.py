"""The evidence passes that find names after the model, the titles and the gazetteer.

Each pass reads what `find_mentions` has taken so far (`taken`: token start -> (token
end, Mention); `owner`: token -> start token of its mention) and adds through `put`
or corrects in place:

- `_propagate`: a name found once is the same name elsewhere ("Tusk" after "Donald
  Tusk", "Zelensky" after "Volodymyr Zelenskiy");
- `_lone_given_names`, `_name_cues`, `_org_names`, `_place_names`: what the words
  themselves tell (a given name, "et al.", initials, "Cyclone Velmora", a run ending on
  "Library", "the Foxglove Trail").

The model's types are corrected and its slips dropped in `entity_retype.py`; names inside
names and a town's region after it are `entity_nesting.py`'s; `entity_context.org_context`
adds the organisations the sentence gives away (a bracketed acronym, "editor at Harbour
Watch").
"""

from __future__ import annotations

import re

from .entity_tokens import (_FAC_HEADS, _LEAD_ARTICLES, _LOC_HEADS, _ORG_ENDINGS, _WORD_GIVEN_NAMES, Mention,
                            _is_name_token, _opens, _starts, _text, _unknown_name)
from .gazetteer import Gazetteer
from .roles import is_glue_word, is_title_word

# Words that open the names of events: "Cyclone Velmora", "Operation Sindoor".
_EVENT_LEADS = frozenset("hurricane cyclone typhoon storm operation battle siege".split())
# Nouns that make a run of capitalised words an organisation's name ("British Library").
_ORG_NOUNS = _ORG_ENDINGS | frozenset("library museum gallery society institution authority "
                                     "service services network bureau board federation alliance "
                                     "coalition movement organisation organization logistics shipping "
                                     "holdings industries airways energy systems technologies "
                                     "partners gaming publishing publishers consulting engineering mining "
                                     "brewing broadcasting entertainment studios pharmaceuticals "
                                     "laboratories labs solutions ventures investments foods league "
                                     "railway railways affairs".split())
_INNER_JOINS = frozenset(("of", "for", "and", "&"))
_ROMAN = re.compile(r"[IVXLC]+")    # "Elizabeth II": a numeral, no surname
_INITIAL = re.compile(r"[A-Z]\.?")
# Words before a place's name: "on Victoria Street", "the Jordan River", "near Lake Street".
_BEFORE_PLACE = frozenset("""the in on at near along across to from off over under via into onto toward towards
past outside around through""".split())


def _propagates(tok) -> bool:
    """May a one-word name be looked for elsewhere? Not "I", not a capitalised first word."""
    return len(tok.text) >= 3 and tok.is_alpha and not tok.is_stop and not _starts(tok.doc, tok.i)


def _propagate(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """A name found once is the same name elsewhere: the same words, or a person's surname
    in another spelling, also where a town has that name."""
    from .canonical import same_name, translit_key   # canonical imports Mention via entities

    surnames: set[str] = set()
    exact: dict[tuple[str, ...], str] = {}
    for ts, (te, m) in list(taken.items()):
        words = tuple(t.text for t in doc[ts:te])
        name_words = _text(doc)[m.name_span[0]:m.name_span[1]].split()
        if m.type == "PERSON" and len(name_words) >= 2 and len(name_words[-1]) >= 3 \
                and name_words[-1].isalpha() and not _ROMAN.fullmatch(name_words[-1]):
            surnames.add(name_words[-1])   # "Elizabeth II" gives no surname
        if len(words) >= 2 or (m.source == "model" and _propagates(doc[ts])):
            exact.setdefault(words, m.type)
    longest = max((len(w) for w in exact), default=0)
    firsts = {w[0] for w in exact}
    initials = {translit_key(s)[:1] for s in surnames}
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not tok.text[:1].isupper() or owner[i] is not None and not (
                taken[owner[i]][0] - owner[i] == 1 and taken[owner[i]][1].source == "gazetteer"):
            i += 1
            continue
        for n in range(min(longest, len(doc) - i) if tok.text in firsts else 0, 0, -1):
            words = tuple(t.text for t in doc[i:i + n])
            if words in exact and all(o is None or n > 1 and o >= i and taken[o][0] <= i + n and taken[o][0] - o == 1
                                      and taken[o][1].source == "gazetteer" for o in owner[i:i + n]):
                # ... also over a one-word place the gazetteer took inside it ("Atlantic" in
                # "Atlantic Ferry Corporation")
                put(i, i + n, Mention(tok.idx, doc[i + n - 1].idx + len(doc[i + n - 1].text),
                                      exact[words], source="propagated"), force=True)
                i += n
                break
        else:
            if surnames and tok.is_alpha and not is_title_word(tok.text) and \
                    not is_glue_word(tok.text) and translit_key(tok.text)[:1] in initials and \
                    any(same_name(tok.text, s) for s in surnames):
                # ... also over a town of that name ("Ruse" after "Michael Ruse"), not over a
                # country or a region our tables curate ("Jordan" after "Michael Jordan")
                entry = gaz.lookup([tok.text]) if owner[i] is not None else None
                put(i, i + 1, Mention(tok.idx, tok.idx + len(tok.text), "PERSON", source="propagated"),
                    force=entry is not None and not entry.curated)
            i += 1


def _lone_given_names(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """A given name the model missed is a person, with the capitalised words after it
    ("Then Pete called"), even where the model or propagation took the surname alone for
    something else ("Tom" + "Varley")."""
    given, common = gaz.given_names, gaz.common_words
    i = 0
    while i < len(doc):
        tok = doc[i]
        word = tok.text
        if owner[i] is not None or word not in given or word.lower() in common or \
                gaz.lookup([word]) is not None or i + 1 < len(doc) and doc[i + 1].text in ("of", "-"):
            i += 1
            continue
        e = i + 1
        while e < len(doc) and e - i < 3 and _is_name_token(doc[e]) and doc[e].is_alpha and \
                doc[e].text.lower() not in common and gaz.lookup([doc[e].text]) is None and (
                    owner[e] is None or owner[e] == e and taken[e][0] == e + 1
                    and taken[e][1].source in ("model", "propagated")):
            e += 1
        put(i, e, Mention(tok.idx, doc[e - 1].idx + len(doc[e - 1].text), "PERSON", source="lexicon"),
            force=True)
        i = e


def _name_cues(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """People the words around a name give away:

    - "Wrenfold et al." cites authors;
    - a given name that is also a word ("Mark", "Grant", "Bill"), inside a sentence and
      before a surname no table knows, opens a name ("novelists Mark Daventry");
    - initials before a person's name belong to it ("Tomas J. Arvelo", "K. Marten Ilves").
    """
    n = len(doc)
    for i, tok in enumerate(doc):
        if owner[i] is not None or not tok.text[:1].isupper():
            continue
        if i + 2 < n and doc[i + 1].lower_ == "et" and doc[i + 2].lower_ in ("al", "al.") \
                and _unknown_name(tok, gaz):
            put(i, i + 1, Mention(tok.idx, tok.idx + len(tok.text), "PERSON", source="cue"))
        elif i + 1 < n and tok.lower_ in _EVENT_LEADS and _is_name_token(doc[i + 1]) and doc[i + 1].is_alpha \
                and gaz.lookup([doc[i + 1].text]) is None and owner[i + 1] in (None, i + 1) \
                and (owner[i + 1] is None or taken[i + 1][0] == i + 2):
            # "Cyclone Velmora", "Operation Sindoor", with or without the model
            put(i, i + 2, Mention(tok.idx, doc[i + 1].idx + len(doc[i + 1].text), "EVENT", source="cue"),
                force=True)
        elif i + 1 < n and tok.text in _WORD_GIVEN_NAMES \
                and not _opens(doc, i) and _unknown_name(doc[i + 1], gaz) and owner[i + 1] in (None, i + 1) \
                and (i + 2 >= n or not _is_name_token(doc[i + 2])):
            put(i, i + 2, Mention(tok.idx, doc[i + 1].idx + len(doc[i + 1].text), "PERSON", source="cue"),
                force=True)
    for ts, (te, m) in sorted(taken.items()):
        if m.type != "PERSON" or m.name_start is not None or ts == 0:
            continue
        k = ts
        while k > 0 and owner[k - 1] is None and _INITIAL.fullmatch(doc[k - 1].text):
            k -= 1
        if k == ts:
            continue
        if k > 0 and owner[k - 1] is None and _unknown_name(doc[k - 1], gaz):
            k -= 1   # the given name before the initials ("Tomas J. Arvelo"), also opening a sentence
        elif not doc[k].text.endswith(".") or k > 0 and doc[k - 1].text[:1].isupper():
            continue
        m.start = doc[k].idx
        put(k, te, m, force=True)


def _org_names(doc, taken, owner, put) -> None:
    """A run of capitalised words the model missed that ends on an organisation's noun
    ("British Library", "Blue Harbor Gaming Association") or opens with one and goes on
    with "of" ("University of Tartu", "Ministry of Culture") names an organisation; a
    demonym or place opening it is part of the name (its place stays a mention inside)."""
    n = len(doc)

    def free(k: int, first: bool) -> bool:
        if owner[k] is None:
            return True
        te, m = taken[owner[k]]
        return first and owner[k] == k and te == k + 1 and m.type in ("NORP", "GPE") and m.source == "gazetteer"

    def owned_by(k: int) -> bool:   # "King's College", "St Anne's Hospital": an owner's name opens it
        return k + 2 < n and doc[k + 1].text in ("'s", "’s") and not doc[k].whitespace_ \
            and doc[k].text[:1].isupper() and doc[k].is_alpha and _is_name_token(doc[k + 2])

    i = 0
    while i < n:
        if doc[i].text in _LEAD_ARTICLES or not free(i, True) or not (_is_name_token(doc[i]) or owned_by(i)) \
                or not doc[i].is_alpha or _opens(doc, i) and i + 1 < n and doc[i + 1].lower_ in _INNER_JOINS \
                and doc[i].lower_ not in _ORG_NOUNS:
            i += 1   # ... not "Shares of Nordvik Steel": a capital that only opens the sentence
            continue
        j = i
        while j < n and free(j, j == i) and (
                (_is_name_token(doc[j]) or j == i and owned_by(j)) and doc[j].is_alpha
                or doc[j].lower_ in ("of", "for", "and", "the", "&") and j + 1 < n and _is_name_token(doc[j + 1])
                or doc[j].text in ("'s", "’s") and j > i and owned_by(j - 1)) and not (j > i and _starts(doc, j)):
            j += 1
        e = j
        while e > i and not _is_name_token(doc[e - 1]):
            e -= 1
        words = [t.lower_ for t in doc[i:e]]
        if e - i >= 2 and (words[-1] in _ORG_NOUNS or words[0] in _ORG_NOUNS and words[1] == "of") \
                and not (_opens(doc, i) and e - i == 2 and words[0] in _ORG_NOUNS):
            put(i, e, Mention(doc[i].idx, doc[e - 1].idx + len(doc[e - 1].text), "ORG", source="cue"),
                force=True)
        i = max(j, i + 1)


def _place_names(doc, owner, put) -> None:
    """A run of capitalised words the model missed, after "the" or a place preposition,
    that ends on a landform's or a facility's word is a place: "we hiked the Foxglove Trail",
    "through the Harbour Tube", "the Cape of Good Hope" (a landform's word opening it)."""
    n = len(doc)
    i = 1
    while i < n:
        if owner[i] is not None or not _is_name_token(doc[i]) or not doc[i].is_alpha or _opens(doc, i) \
                or doc[i - 1].lower_ not in _BEFORE_PLACE:
            i += 1
            continue
        j = i
        while j < n and owner[j] is None and j - i < 5 and (
                _is_name_token(doc[j]) and doc[j].is_alpha
                or doc[j].lower_ in ("of", "de") and j + 1 < n and _is_name_token(doc[j + 1])) and not (j > i and _starts(doc, j)):
            j += 1
        last, first = doc[j - 1].lower_, doc[i].lower_
        if j - i >= 2 and (last in _LOC_HEADS | _FAC_HEADS or first in ("cape", "mount", "lake", "gulf", "bay")
                           and doc[i + 1].lower_ == "of" or first in ("mount", "lake")):
            typ = "LOC" if last in _LOC_HEADS or first in ("cape", "mount", "lake", "gulf", "bay") else "FAC"
            put(i, j, Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), typ, source="cue"))
        i = max(j, i + 1)
