"""Names inside names, and a town's region after it.

- `places_inside`: known places inside a longer mention ("Vilnius" in "Vilnius University",
  "Portugal" in "Regent of Portugal"), and known organisations inside an event's or another
  body's name ("FIFA" in "the FIFA World Cup"), mentions of their own as GUM annotates them;
- `named_after`: the person or state a two-word name is named after ("Carnegie" in
  "Carnegie Society", "Penn" in "Penn State");
- `people_inside`: the person a longer name is named after ("Helen Brennan" in "the Helen
  Brennan Memorial Bridge", "Halvorsen" in "Halvorsen Prize");
- `parts_of_places`: the places a place's name joins ("Ardenne" and "Valmont" in a
  province called "Ardenne and Valmont");
- `is_region_of`: the region after a town ("San Francisco, California", "Austin, Tex."),
  which `entities.find_mentions` joins into one place.
"""

from __future__ import annotations

import re

from .entity_tokens import COMPASS, Mention, _is_name_token, _opens, _strip, _text
from .gazetteer import US_STATE_ABBREVIATIONS, Gazetteer

__all__ = ["places_inside", "named_after", "people_inside", "parts_of_places", "is_region_of"]


def places_inside(doc, taken, gaz: Gazetteer) -> list[Mention]:
    """Known places inside a longer mention: in an organisation's, facility's or event's
    name anywhere ("National Archive of Estonia", "Kyiv Security Forum"), in a sea's or
    a mountain's only a city ("Tokyo Bay"; "East China Sea" speaks of no China) or what follows
    "of" ("Gulf of Oman"), in a person's mention only in the title ("Emperor of
    Brazil"), never in the name itself ("Jordan Henderson"); a side before the place is its
    part ("Southern Ontario" in "University of Southern Ontario"), and the town a university
    is of is one even when no table knows it ("University of Vlore")."""
    out = []
    for ts, (te, m) in taken.items():
        if te - ts < 2 or m.type in ("GPE", "NORP", "WEAPON"):
            continue
        if m.type == "ORG" and doc[ts].lower_ in _SEATS_OF_LEARNING and doc[ts + 1].lower_ == "of":
            out.extend(_seat(doc, ts + 2, te, gaz))
        if m.type == "PERSON":
            if m.name_start is not None:
                continue   # titles before a name: fill() took their places already
            of = next((k for k in range(ts, te) if doc[k].lower_ == "of"), None)
            if of is None:
                continue
            lo = of + 1
        else:
            lo = ts
        words = [t.text for t in doc[lo:te]]
        found = gaz.match(words)
        if len(found) == 1 and found[0][:2] == (0, len(words)) and lo == ts:
            if "of" in words:   # "Oman" in "Gulf of Oman", a name of its own
                k = words.index("of") + 1
                found = [(k + a, k + b, entry) for a, b, entry in gaz.match(words[k:])]
            else:
                found = gaz.match(words[:-1])   # "U.S." in "U.S. Congress", a name of its own
        for s, e, entry in found:
            if (s == 0 and e == len(words) and lo == ts) or entry.type not in ("GPE", "LOC") and not (
                    entry.type == "ORG" and entry.curated and m.type in ("ORG", "EVENT", "FAC") and lo == ts
                    and all(w.isdigit() for w in words[:s]) and e - s == 1 and words[s].isupper() and len(words[s]) > 1):
                continue   # a known organisation's acronym opens an event's or a body's name: "FIFA" in
                # "the FIFA World Cup", "NASA" in "the NASA Goddard Space Flight Center"
            if m.type == "LOC" and (entry.type != "GPE" or entry.canonical == entry.country and not (
                    s and words[s - 1] == "of") or e == len(words) and not (s and words[s - 1] == "of")):
                # "Tokyo Bay" is named after the city, "Gulf of Oman" after the country; "East
                # China Sea" speaks of no China, nor "Juniper Springs" of a town called Springs
                continue
            if entry.type == "LOC" and e - s == 1 and lo + s == ts and m.type in ("ORG", "FAC"):
                continue   # "Atlantic Ferry Corporation", "Pacific Gas": a region's adjective, no ocean
            s2, e2 = _strip(doc, lo + s, lo + e)
            if s2 > max(ts, lo) and doc[s2 - 1].text in _SIDES and m.type in ("ORG", "FAC") and entry.type == "GPE":
                s2 -= 1   # "Southern Ontario" in "University of Southern Ontario"
            if s2 < e2 and e2 + 1 < te and doc[e2].text in ("'s", "’s"):
                e2 += 1   # "Norway's" in "Norway's Directorate of Fisheries", as GUM marks possessors
            if s2 < e2:
                out.append(Mention(doc[s2].idx, doc[e2 - 1].idx + len(doc[e2 - 1].text), entry.type,
                                   entry.canonical, source="nested"))
    return out


_INITIAL = re.compile(r"[A-Z]\.?")
_SEATS_OF_LEARNING = frozenset("university college".split())
_SIDES = frozenset(w.capitalize() for w in COMPASS | {"central"})


def _seat(doc, s: int, te: int, gaz: Gazetteer) -> list[Mention]:
    """The town a university is of, when no table knows it ("University of Vlore"): a
    run of one to three capitalised words ending the name or before a comma."""
    if s < te and doc[s].lower_ == "the":
        return []
    e = s
    while e < te and _is_name_token(doc[e]) and doc[e].is_alpha and e - s < 3:
        e += 1
    if e == s or (e < te and doc[e].text != ",") or gaz.match([t.text for t in doc[s:e]]) \
            or e - s == 1 and doc[s].text in _SIDES:
        return []   # known places are places_inside's
    return [Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), "GPE", source="nested")]


# Last words of two-word names whose first word names a person ("Carnegie Society", "Nobel
# Prize", "Varnell Mansion") or a state ("Penn State", "Ohio State" universities).
_NAMED_AFTER_PEOPLE = frozenset("society foundation mansion prize award hall".split())
_NAMED_AFTER_STATES = frozenset({"state"})


def named_after(doc, taken, gaz: Gazetteer) -> list[Mention]:
    """The person or state a two-word organisation, facility or prize is named after, as a
    mention inside it, as GUM annotates them: "Carnegie" in "Carnegie Society", "Penn" in
    "Penn State" (a word no table knows; known places are `places_inside`'s)."""
    out = []
    for ts, (te, m) in taken.items():
        if te - ts != 2 or m.type not in ("ORG", "FAC", "EVENT"):
            continue
        first, head = doc[ts], doc[ts + 1].lower_
        if not (first.is_alpha and _is_name_token(first)) or first.lower_ in gaz.common_words \
                or first.text in gaz.given_names or gaz.lookup([first.text]) is not None or gaz.country_of(first.text) \
                or first.lower_.endswith(("ic", "ian", "ese", "ish")):
            continue   # no adjective: "Islamic State"
        typ = "PERSON" if head in _NAMED_AFTER_PEOPLE else "GPE" if head in _NAMED_AFTER_STATES else None
        if typ is not None:
            out.append(Mention(first.idx, first.idx + len(first.text), typ, source="nested"))
    return out


# Suffixes and initials a person's name may carry inside an institution's: "Martin L. King Jr.".
_NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr.".split())
# Prizes and lectures named after their founder: "the Halvorsen Prize", "the Ferrand Lecture".
_PRIZES = frozenset("prize prizes lecture lectures".split())


def people_inside(doc, taken, gaz: Gazetteer) -> list[Mention]:
    """The person an organisation, facility or event of several words is named after, as a
    mention inside it (as GUM annotates them): a given name and a surname opening the name
    ("Helen Brennan" in "the Helen Brennan Memorial Bridge", "Marta Vasko" in "the Marta Vasko
    Foundation for the Arts"), an owner's name with its possessive opening a facility's or an
    organisation's ("Halloran's" in "Halloran's Music Hall"; not a town the text names as a
    place elsewhere, nor an acronym); and an unknown word before "Prize" or "Lecture", inside
    a mention or not ("Halvorsen" in "won the Halvorsen Prize in Chemistry"). Places a table
    found inside the person's name are no places there ("Houston" in "the Samuel Houston
    Bridge"): the caller drops them."""
    out = []
    given = gaz.given_names
    places = {doc[ts].text for ts, (te, m) in taken.items() if te - ts == 1 and m.type in ("GPE", "LOC")}
    for ts, (te, m) in taken.items():
        if te - ts >= 3 and m.type in ("ORG", "FAC") and doc[ts + 1].text in ("'s", "’s") \
                and doc[ts].is_alpha and _is_name_token(doc[ts]) and not doc[ts].is_upper \
                and doc[ts].lower_ not in gaz.common_words and doc[ts].text not in places \
                and gaz.lookup([doc[ts].text]) is None and not gaz.country_of(doc[ts].text):
            # "Halloran's Music Hall": the owner it is named after, with the possessive, as GUM marks it
            out.append(Mention(doc[ts].idx, doc[ts + 1].idx + len(doc[ts + 1].text), "PERSON", source="nested"))
            continue
        if te - ts < 3 or m.type not in ("ORG", "FAC", "EVENT") or doc[ts].text not in given:
            continue
        k = ts + 1
        while k < te - 1 and (_INITIAL.fullmatch(doc[k].text) or doc[k].text in _NAME_SUFFIXES):
            k += 1
        if not (_is_name_token(doc[k]) and doc[k].is_alpha and doc[k].lower_ not in gaz.common_words):
            continue   # "Victoria Station", "Grace Community Church": a given name before an ordinary word
        e = k + 1
        while e < te - 1 and doc[e].text in _NAME_SUFFIXES:
            e += 1
        if e < te and _is_name_token(doc[e]):
            out.append(Mention(doc[ts].idx, doc[e - 1].idx + len(doc[e - 1].text), "PERSON", source="nested"))
    for i in range(1, len(doc)):
        tok = doc[i - 1]
        if doc[i].lower_ in _PRIZES and doc[i].text[:1].isupper() and tok.is_alpha and _is_name_token(tok) \
                and tok.lower_ not in gaz.common_words and gaz.lookup([tok.text]) is None \
                and not gaz.country_of(tok.text) and not tok.lower_.endswith(("ic", "ian", "ese", "ish")) \
                and not (i - 1 > 0 and _is_name_token(doc[i - 2]) and not _opens(doc, i - 2)):
            out.append(Mention(tok.idx, tok.idx + len(tok.text), "PERSON", source="nested"))
    return out


def parts_of_places(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The places a known place's name joins with "and" are mentions inside it, as GUM
    annotates them: a province or a country named after its two parts ("Ardenne and Valmont",
    "Trinidad and Tobago"), also where it stands inside an organisation's name ("the Ardenne
    and Valmont Court of Appeal"). Not a people ("Turks" in "Turks and Caicos Islands")."""
    out = []
    seen = {(m.start, m.end) for m in mentions}
    for m in mentions:
        if m.type not in ("GPE", "LOC"):
            continue
        name = text[m.start:m.end]
        entry = gaz.lookup(name.split())
        if entry is None or not entry.curated or name.count(" and ") != 1:
            continue
        first, second = name.split(" and ")
        if second.startswith("the "):
            continue   # "Saint Vincent and the Grenadines": one state, not two places named side by side
        for start, part in ((m.start, first), (m.end - len(second), second)):
            words = part.split()
            known = gaz.lookup(words)
            if not words or len(words) > 3 or not all(w[:1].isupper() for w in words) \
                    or known is not None and known.type not in ("GPE", "LOC") or (start, start + len(part)) in seen:
                continue
            out.append(Mention(start, start + len(part), known.type if known else m.type,
                               known.canonical if known else None, source="nested"))
            seen.add((start, start + len(part)))
    return out


def is_region_of(doc, town: Mention, m: Mention, gaz: Gazetteer) -> bool:
    """Is `m` the country or state of the town named before it ("Tulcea, Romania",
    "Austin, Texas", "Austin, Tex.", "Dayton, Ohio, United States")? Not when the first is a
    country itself: "Finland, Latvia" is a list; nor "Texas, California", two states."""
    region = _text(doc)[m.start:m.end]
    entry = gaz.lookup(region.split())
    if entry is None or not entry.curated or entry.type != "GPE":
        if region not in US_STATE_ABBREVIATIONS and not (region.isupper() and region.title() in US_STATE_ABBREVIATIONS) \
                and region not in gaz.us_postal_codes:
            return False
        entry = None   # "Springfield, Ill.", "Washington, D.C.": a town of the United States
    name = _text(doc)[town.start:town.end]
    if "," in name:
        # "Dayton, Ohio" + ", United States": the country of the state just named
        inner = gaz.lookup(name.rsplit(",", 1)[1].split())
        return entry is not None and entry.canonical == entry.country and inner is not None \
            and inner.type == "GPE" and inner.canonical != inner.country and inner.country == entry.canonical
    first = gaz.lookup(name.split())
    if entry is None:
        return first is None or first.canonical != first.country   # "Paris, Tex." too
    if first is None:
        return True
    if first.type != "GPE" or first.canonical == first.country:
        return False
    if entry.canonical in gaz.town_regions.get(first.canonical, ()):
        return True   # "Portland, Maine", "Valencia, Spain": a town of that name lies there
    if first.curated:
        # "Indiana, United States": a state, then its country
        return entry.canonical == entry.country and first.country == entry.canonical
    return first.country == entry.country
