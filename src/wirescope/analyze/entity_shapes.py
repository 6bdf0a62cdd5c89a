"""Names told by their shape and the word before them, whatever the model said.

- `hyphenated_names`: a person's name runs on over a hyphen inside a word ("Pak Chol-un",
  "Chan Wai-lok", "Marta Jessen-Holm"), which the tokenizer splits and the model
  cuts short; but "Putin-backed" and "the Biden-Harris ticket" are no longer names;
- `romanized_names`: two capitalised words and a syllable hyphened to the second are a
  person's name the model missed, as Cantonese and Korean names are romanized ("Chow Ka-ming",
  "Tse Ka-yan"); "Hong Kong-listed" and "Abu Dhabi-based" are no names;
- `postal_states`: a US state's postal code after a town and a comma ("Mayfield, NJ.") is the
  state, which `entities.find_mentions` joins to the town as it does "Mayfield, N.J.";
- `stance_adjectives`: a name after "pro-" or "anti-" is part of an adjective that names a
  stance ("the pro-Moscow bloc", "anti-Kremlin protests"), no mention of the place or body;
- `bare_regions`: a capitalised point of the compass or a bare "Gulf" or "Channel" after "the"
  names a region or a water ("sanctions imposed by the West", "storms hit the Midwest",
  "crossing the Channel") the model missed;
- `acronyms_again`: an organisation's acronym found once ("the Small Business Administration
  (SBA)") is the organisation wherever else the text writes it, a sentence's first word too;
- `regnal_numbers`: a ruler's number after the name is part of it ("Casimir IV", "Anselm I,
  King of Varnia"), also where the model took the whole for a place or missed it;
- `campus_names`: a college or a university of several campuses names its town after a comma or
  "at" ("Trinity College, Cambridge", "the University of Ardmore at Kellford"), one organisation;
- `capital_names`: a name in capitals, as bylines and credits write them ("by MARTA K. VESIK"): a
  known given name and one or two words or initials that are no English words;
- `inverted_names`: a name written surname first in a reference list or catalogue ("Vesik, Marta.",
  "Tamm, A. K.;") is one person;
- `joined_names`: a person's name the model cut in two at a middle initial ("Anna K." +
  "Lindqvist") or at particles ("Khalid" + "bin Faisal", "Marta" + "van der Berg", "Abd" +
  "al-Rahim Nouri") is one.
"""

from __future__ import annotations

import re

from .entity_tokens import _NAME_PARTICLES, _WORD_GIVEN_NAMES, Mention, _is_name_token, _opens
from .gazetteer import Gazetteer

__all__ = ["acronyms_again", "postal_states", "hyphenated_names", "joined_names", "regnal_numbers", "romanized_names",
           "stance_adjectives", "bare_regions"]

_HYPHENS = frozenset("-‐‑")


def hyphenated_names(doc, taken, owner, gaz: Gazetteer) -> None:
    """Grow a person's mention over a hyphenated last part written inside the same word: a
    lower-case syllable no English word ("Chol-un", "Wai-lok"), or a capitalised part when the
    name already has two words ("Marta Jessen-Holm"; not "Putin-Trump talks")."""
    n = len(doc)
    for ts, (te, m) in sorted(taken.items()):
        if taken.get(ts, (0, None))[1] is not m:
            continue   # merged into the name before it
        if m.type != "PERSON" or te + 1 >= n or doc[te].text not in _HYPHENS or doc[te - 1].whitespace_ \
                or doc[te].whitespace_ or not doc[te + 1].is_alpha or m.end != doc[te - 1].idx + len(doc[te - 1].text):
            continue
        part = doc[te + 1]
        if part.text.islower():
            if part.lower_ in gaz.common_words or part.is_stop or part.lower_.endswith("ed") or len(part) > 6:
                continue   # "Putin-backed", "Trump-era", "Merkel-style"
        elif not (part.text[:1].isupper() and te - ts >= 2 and not part.text.isupper()):
            continue
        if owner[te] is not None:
            continue
        k = owner[te + 1]
        if k is not None:
            ke, other = taken[k]
            if k != te + 1 or ke != te + 2 or other.type != "PERSON":
                continue
            del taken[k]   # "Petersen", the model's mention of the last part alone
        owner[te:te + 2] = [ts, ts]
        taken[ts] = (te + 2, m)
        m.end = part.idx + len(part.text)


_STANCE_PREFIXES = frozenset("pro anti".split())


def stance_adjectives(doc, taken, owner) -> None:
    """Drop a mention glued to "pro-" or "anti-" before it ("pro-Moscow deputies")."""
    for ts, (te, m) in list(taken.items()):
        if ts >= 2 and m.type in ("GPE", "LOC", "FAC", "ORG", "PERSON") and doc[ts - 1].text in _HYPHENS \
                and not doc[ts - 1].whitespace_ and not doc[ts - 2].whitespace_ and doc[ts - 2].lower_ in _STANCE_PREFIXES:
            del taken[ts]
            owner[ts:te] = [None] * (te - ts)


_BARE_REGIONS = frozenset("""North South East West Midwest Northeast Northwest Southeast Southwest Gulf
Channel""".split())


def bare_regions(doc, owner, put) -> None:
    """"the West", "the Gulf": a region or a water of one word after "the", when no capitalised
    word, number or "of" follows ("the West Bank", "the Gulf of Aden", "the East-West divide"
    are other names)."""
    n = len(doc)
    for i in range(1, n):
        tok = doc[i]
        if tok.text not in _BARE_REGIONS or doc[i - 1].lower_ != "the":
            continue
        if i + 1 < n and (doc[i + 1].text[:1].isupper() or doc[i + 1].like_num or doc[i + 1].lower_ == "of"
                          or doc[i + 1].text in _HYPHENS and not tok.whitespace_):
            continue
        if owner[i] is None:   # the model's type stands: "the North retaliated" may be a government
            put(i, i + 1, Mention(tok.idx, tok.idx + len(tok.text), "LOC", source="cue"))


_INITIAL = re.compile(r"[A-Z]\.")
# Particles glued to the name after them by a hyphen: "al-Zawahiri", "el-Sisi".
_GLUED_PARTICLES = frozenset("al el ad as ash at az ibn".split())


# A ruler's number: "I" to "XXX".
_REGNAL = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")
# What may follow "I" as a number, not as the pronoun: "Anselm I, King of Varnia", "Anselm I of Varnia".
_AFTER_FIRST = frozenset(", of . ; ) 's ’s \" ”".split())


def regnal_numbers(doc, taken, owner, gaz: Gazetteer) -> None:
    """A Roman numeral right after a person's name is the ruler's number and part of the
    name ("Casimir IV"; "Anselm I" only before a comma, "of" or the sentence's end, else
    it is the pronoun). A mention of the name and the number the model typed as something
    else, or a free name before the number, is the person when the text names that person
    elsewhere ("NORTON I" after "Anselm Norton"), or when it opens with a given name."""
    people: set[str] = set()
    for ts, (te, m) in taken.items():
        if m.type == "PERSON":
            people.update(t.text.title() for t in doc[ts:te] if t.is_alpha)
    n = len(doc)
    for i in range(1, n):
        num, name = doc[i], doc[i - 1]
        if not num.text or not _REGNAL.fullmatch(num.text) or not name.is_alpha or not name.text[:1].isupper() \
                or name.whitespace_ != " " or num.text == "I" and i + 1 < n and doc[i + 1].text not in _AFTER_FIRST:
            continue
        known = name.text.title() in people or name.text.title() in gaz.given_names
        k = owner[i - 1]
        if k is None:
            if not known or owner[i] is not None:
                continue
            taken[i - 1] = (i + 1, Mention(name.idx, num.idx + len(num.text), "PERSON", source="cue"))
            owner[i - 1:i + 1] = [i - 1, i - 1]
            continue
        te, m = taken[k]
        if te == i and owner[i] is None and (m.type == "PERSON" or known and te - k == 1):
            m.type, m.canonical = "PERSON", None
            m.end = num.idx + len(num.text)
            taken[k] = (i + 1, m)
            owner[i] = k
        elif te == i + 1 and k == i - 1 and m.type != "PERSON" and known:
            m.type, m.canonical = "PERSON", None   # "NORTON I" taken for an organisation


def joined_names(doc, taken, owner) -> None:
    """Join a person's name the model cut in two: over a middle initial ("Andrew D." +
    "Lindqvist"), a particle ("Khalid" + "bin Faisal") or a glued "al-" ("Abd" + "al-Rahim
    Qasim"), the parts both people's mentions or the first a capitalised word of no one's."""
    for ts in sorted(taken):
        if ts not in taken:
            continue
        te, m = taken[ts]
        if m.type != "PERSON" or m.name_start is not None and m.name_start != m.start:
            continue
        s = ts
        if s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in _GLUED_PARTICLES and owner[s - 2] is None \
                and not doc[s - 2].whitespace_ and not doc[s - 1].whitespace_:
            s -= 2   # "al-Rahim Nouri"
        elif s >= 1 and doc[s - 1].lower_ in _NAME_PARTICLES and doc[s - 1].text.islower() and owner[s - 1] is None:
            while s >= 1 and doc[s - 1].lower_ in _NAME_PARTICLES and doc[s - 1].text.islower() and owner[s - 1] is None:
                s -= 1   # "bin Faisal", "van der Berg"
        elif s >= 1 and owner[s - 1] is not None and _INITIAL.fullmatch(doc[s - 1].text):
            pass     # "Anna K." before "Lindqvist"
        else:
            continue
        k = owner[s - 1] if s >= 1 else None
        if k is not None and k in taken and taken[k][0] == s and taken[k][1].type == "PERSON":
            first, m = k, taken[k][1]   # the model's "Anna K.", "Prince Khalid": it keeps its title
        elif s >= 1 and k is None and s == ts - 2 and doc[s - 1].text[:1].isupper() and doc[s - 1].is_alpha \
                and not doc[s - 1].is_sent_start:
            first = s - 1   # "Abd" before "al-Rahim", no one's word yet; not "Paseo" before "de Varela"
            m.start = doc[first].idx
        else:
            continue
        del taken[ts]
        owner[first:te] = [first] * (te - first)
        taken[first] = (te, m)
        m.end = doc[te - 1].idx + len(doc[te - 1].text)


def _syllable(tok, gaz: Gazetteer) -> bool:
    """A lower-case syllable of a romanized given name ("lok" in "Wai-lok"), no English word."""
    low = tok.text
    return tok.is_alpha and low.islower() and len(low) <= 5 and low not in gaz.common_words and not tok.is_stop \
        and not low.endswith(("ed", "ly"))


def romanized_names(doc, owner, put, gaz: Gazetteer) -> None:
    """"Chow Ka-ming", "Tse Ka-yan": a family name, a given name and a syllable hyphened to it."""
    n = len(doc)
    for i in range(n - 3):
        a, b, dash, syl = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
        if dash.text not in _HYPHENS or b.whitespace_ or dash.whitespace_ or any(o is not None for o in owner[i:i + 4]) \
                or not _syllable(syl, gaz):
            continue
        if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in gaz.common_words
                   and gaz.lookup([t.text]) is None and gaz.country_of(t.text) is None for t in (a, b)):
            continue
        if i and (doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start):
            continue   # part of a longer capitalised run
        put(i, i + 4, Mention(a.idx, syl.idx + len(syl.text), "PERSON", source="cue"))


def postal_states(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """"Mayfield, NJ." : the code of a US state after a town's mention and a comma, at the end of
    a phrase (not "Paris, OK?" in a dialogue: the town must be no known country's)."""
    n = len(doc)
    for ts, (te, m) in list(taken.items()):
        if m.type != "GPE" or te + 1 >= n or doc[te].text != "," or owner[te + 1] is not None:
            continue
        code = doc[te + 1]
        if code.text not in gaz.us_postal_codes or te + 2 < n and not (doc[te + 2].is_punct or doc[te + 2].is_space):
            continue
        entry = gaz.lookup([t.text for t in doc[ts:te]])
        if entry is not None and entry.curated and entry.canonical == entry.country:
            continue
        put(te + 1, te + 2, Mention(code.idx, code.idx + len(code.text), "GPE", gaz.us_postal_codes[code.text],
                                    source="cue"))


# An acronym written with stops, of three to six letters: "U.S.G.", "N.B.A." (not "U.S.").
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){3,6}")


def acronyms_again(doc, taken, owner, put) -> None:
    """Tag the other occurrences of an organisation's acronym of two to six capitals, or of
    three to six written with stops ("U.S.G.")."""
    found = {doc[ts].text for ts, (te, m) in taken.items()
             if m.type == "ORG" and te - ts == 1 and (2 <= len(doc[ts].text) <= 6 and doc[ts].text.isupper()
                                                      and doc[ts].is_alpha or _DOTTED_ACRONYM.fullmatch(doc[ts].text))}
    if not found:
        return
    for i, tok in enumerate(doc):
        if tok.text in found and owner[i] is None:
            put(i, i + 1, Mention(tok.idx, tok.idx + len(tok.text), "ORG", source="propagated"))


def _town_run(doc, k: int, gaz: Gazetteer) -> int | None:
    """The end of a town's name of one to three capitalised words from token k, if a table
    knows it as a town or a city (not a country or a region)."""
    for e in range(min(len(doc), k + 3), k, -1):
        words = [t.text for t in doc[k:e]]
        if not all(t.text[:1].isupper() and t.is_alpha for t in doc[k:e]):
            continue
        if " ".join(words) in gaz.towns:
            return e
    return None


def campus_names(doc, taken, owner, gaz: Gazetteer) -> list[Mention]:
    """A college or a university of several campuses names its town after a comma or "at":
    "Trinity College, Cambridge", "the University of Ardmore, Kellford", "the University of
    Ardmore at Kellford" are one organisation (the town stays a mention inside it, returned).
    Not a country or a region after the comma ("Durham University, United Kingdom")."""
    out = []
    n = len(doc)
    for ts, (te, m) in list(taken.items()):
        if m.type != "ORG" or te + 1 >= n or te - ts < 2:
            continue
        college = doc[te - 1].lower_ == "college"
        system = doc[ts].lower_ == "university" and doc[ts + 1].lower_ == "of"
        if not (college and doc[te].text == "," or system and doc[te].text in (",", "at")):
            continue
        k = te + 1
        end = _town_run(doc, k, gaz)
        if end is None or end < n and (doc[end].text[:1].isupper() and doc[end].is_alpha):
            continue
        if end + 1 < n and doc[end].text == "," and doc[end + 1].text[:1].isupper():
            continue   # "…, Cambridge, Massachusetts": a place given after the name, a list
        inner = {o for o in owner[k:end] if o is not None}
        if any(o < k or taken[o][0] > end or taken[o][1].type not in ("GPE", "LOC") for o in inner):
            continue
        for o in inner:
            oe, old = taken.pop(o)
            owner[o:oe] = [None] * (oe - o)
        out.append(Mention(doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text), "GPE", source="nested"))
        del taken[ts]
        taken[ts] = (end, m)
        owner[ts:end] = [ts] * (end - ts)
        m.end = doc[end - 1].idx + len(doc[end - 1].text)
    return out


def capital_names(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """A person's name written in capitals, as bylines, credits and transcripts' headings write
    them ("by MIRA TOLK", "ARGUMENT OF GEN. ANNA K. VESIK"): a known given name in capitals and
    one or two words or initials in capitals after it that are no English words ("ANNA K.
    VESIK"; not "MARK THE DATE")."""
    n = len(doc)

    def free(k: int) -> bool:   # no mention, or the model's in capitals (it reads them badly)
        return owner[k] is None or taken[owner[k]][1].source == "model" and doc[owner[k]].is_upper

    i = 0
    while i < n - 1:
        tok = doc[i]
        if not (tok.is_upper and tok.is_alpha and len(tok.text) > 1 and free(i)
                and tok.text.title() in gaz.given_names and tok.text.title() not in _WORD_GIVEN_NAMES
                and tok.lower_ not in gaz.common_words):
            i += 1
            continue
        e = i + 1
        while e < n and e - i < 4 and free(e) and doc[e].is_upper and (
                _INITIAL.fullmatch(doc[e].text) or doc[e].is_alpha and len(doc[e].text) > 1
                and doc[e].lower_ not in gaz.common_words and not doc[e].is_stop):
            e += 1
        if e - i >= 2 and not _INITIAL.fullmatch(doc[e - 1].text):
            clash = {owner[k] for k in range(i, e) if owner[k] is not None}
            if all(i <= o and taken[o][0] <= e for o in clash):
                put(i, e, Mention(tok.idx, doc[e - 1].idx + len(doc[e - 1].text), "PERSON", source="cue"),
                    force=True)
        i = e


def inverted_names(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """A name written surname first, as reference lists and catalogues write them, is one
    person: "Vesik, Marta. The Long Harbour", "Tamm, A. K.; Ruut, M. (2019)": a capitalised
    word, a comma and a known given name or initials, closing the entry (a stop, a
    semicolon, a bracket or "and" before the next), at the start of a line, a sentence or
    after a ";" or "and" of the list."""
    n = len(doc)
    for i in range(n - 2):
        tok = doc[i]
        if doc[i + 1].text != "," or not (_is_name_token(tok) and tok.is_alpha and not tok.is_upper) \
                or not (i == 0 or _opens(doc, i) or doc[i - 1].text in (";", "and", "&")):
            continue
        k = i + 2
        if doc[k].text in gaz.given_names and doc[k].text not in _WORD_GIVEN_NAMES:
            if tok.text in gaz.given_names:
                continue   # "Hannah, Martha and I": given names listed
            k += 1
        else:
            while k < n and k - i < 5 and _INITIAL.fullmatch(doc[k].text):
                k += 1
        if k == i + 2 or k < n and not (doc[k].text in (".", ";", "(", "and", "&") or "\n" in doc[k].text
                                         or _INITIAL.fullmatch(doc[k - 1].text)):
            continue
        if k < n and _INITIAL.fullmatch(doc[k - 1].text) and doc[k].text[:1].isalpha() and doc[k].text != "and":
            continue   # an initial before a word goes on a name, it closes none
        clash = {owner[j] for j in range(i, k) if owner[j] is not None}
        if all(i <= o and taken[o][0] <= k and taken[o][1].source in ("model", "propagated", "lexicon", "gazetteer")
               for o in clash):
            put(i, k, Mention(tok.idx, doc[k - 1].idx + len(doc[k - 1].text), "PERSON", source="cue"), force=True)
