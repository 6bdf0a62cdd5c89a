"""The model's entity spans with its run-ons undone.

A small statistical model runs names into each other and into the words around them:
"Brussels on Friday", "Ukraine and Russia", "Washington Post Trump", "Unlike North
Korea". `model_spans` cuts the model's spans back to names, one span per name, before
`entities.find_mentions` types and combines them.
"""

from __future__ import annotations

from .entity_tokens import _is_name_token, _LEAD_ARTICLES, _opens, _ORG_ENDINGS, _OUTLET_HEADS, _strip, _WORD_GIVEN_NAMES
from .gazetteer import Gazetteer
from .roles import HONORIFICS, is_title_word, title_head

_SPAN_CUTS = frozenset("on in at from during".split())
# Prefixes that make a demonym a stance ("pro-Russian", "anti-American").
_STANCE_PREFIXES = frozenset("pro anti".split())
# Small words a known name may run on with after the model's span stopped.
_NAME_INNER_WORDS = frozenset("of and for the de".split())
# Prepositions opening a sentence that a model runs into the name after them ("Unlike
# North Korea, ..."), beyond spaCy's stop words.
_OPENING_PREPOSITIONS = frozenset("unlike despite including inside outside amid amidst following regarding "
                                  "concerning versus".split())


def model_spans(doc, gaz: Gazetteer):
    """The model's spans, its run-ons undone: a span stops at a line break, at a lower-case
    preposition ("Brussels on Friday", "Foreign Ministry in Bucharest") and at "and the"; a
    span joining known names with "and" or a comma is one span per name ("Ukraine and
    Russia"), unless the whole is a name of its own ("Bosnia and Herzegovina")."""
    for ent in doc.ents:
        # a name never runs over a line break ("… the Netherlands\nKaja Roos")
        breaks = [k for k in range(ent.start, ent.end) if "\n" in doc[k].text or "\n" in doc[k].whitespace_]
        starts = [ent.start] + [k + 1 for k in breaks]
        ends = [k + (not doc[k].is_space) for k in breaks] + [ent.end]
        for s, e in zip(starts, ends):
            if s < e:
                yield from _undo_run_ons(doc, gaz, s, e, ent.label_)


def _undo_run_ons(doc, gaz: Gazetteer, s: int, e: int, label: str):
    """One line's part of a model span, cut where the model ran one name into the next."""
    while s < e - 1 and doc[s].text[1:].islower() and _opens(doc, s) \
            and doc[s].text not in _LEAD_ARTICLES and doc[s].text not in _WORD_GIVEN_NAMES \
            and doc[s].text not in gaz.given_names and _is_name_token(doc[s + 1]) and (
                doc[s].is_stop or doc[s].lower_ in _OPENING_PREPOSITIONS):
        s += 1   # "Once Cyclone Velmora comes ashore", "Unlike North Korea": the sentence's first word is no name's
    if e - s > 1 and _opens(doc, s) and doc[s].lower_ in gaz.common_words and doc[s].text not in gaz.given_names \
            and gaz.country_of(doc[s + 1].text) and gaz.lookup([t.text for t in doc[s:e]]) is None:
        s += 1   # "Benchmark Dutch gas futures": a word opening the sentence before a demonym is no name's
    if label in ("GPE", "LOC") and e - s > 1 and gaz.country_of(doc[s].text) and all(t.text.isupper() for t in doc[s + 1:e]) \
            and gaz.lookup([t.text for t in doc[s:e]]) is None:
        yield s, s + 1, "NORP"   # "Dutch TTF gas futures": a demonym before a market's or a thing's acronym
        return
    if s >= 2 and e - s > 1 and doc[s - 1].text == "-" and doc[s - 2].lower_ in _STANCE_PREFIXES \
            and not doc[s - 2].whitespace_ and not doc[s - 1].whitespace_ and gaz.country_of(doc[s].text):
        s += 1   # "the pro-Serbian Homeland Union": the demonym qualifies the party, it is no part of its name
    ahead = e < len(doc) and (doc[e].text[:1].isupper() or doc[e].lower_ in _NAME_INNER_WORDS)
    for a, b, entry in gaz.match([t.text for t in doc[s:min(len(doc), e + gaz.max_tokens)]]) if ahead else ():
        if entry.curated and entry.type != "NORP" and 0 < a < e - s < b:
            e = s + b   # "the UN's Office for the Coordination [of Humanitarian Affairs]": a known name runs on
            break
    e = next((k for k in range(s + 1, e) if doc[k].text in _SPAN_CUTS or (
        doc[k].lower_ in ("and", "or") and k + 1 < e and doc[k + 1].text in _LEAD_ARTICLES)), e)
    # a country's possession is a name of its own ("Ukraine's Danube ports", "Estonia's
    # Kaja Roos"); an organisation keeps its owner ("Romania's Defense Ministry")
    own = next((k for k in range(s + 1, e - 1) if doc[k].text in ("'s", "’s")), None)
    owner_entry = owned = None
    if own is not None:
        owner_entry, owned = gaz.lookup([t.text for t in doc[s:own]]), gaz.lookup([t.text for t in doc[own + 1:e]])
    owned_place = owned is not None and owned.curated and owned.type in ("GPE", "LOC")
    if own is not None and label == "ORG" and doc[own - 1].text[:1].isupper() \
            and not any(t.lower_ in _ORG_ENDINGS for t in doc[own + 1:e]):
        office = [t.text for t in doc[own + 1:e]]
        office = office[:next((k for k, w in enumerate(office) if w.islower()), len(office))]
        if office and title_head(" ".join(office)):
            # "the UN's Assistant Secretary-General for the Black Sea": the owner is named,
            # the office after it is a title, no organisation
            yield s, own, owner_entry.type if owner_entry is not None and owner_entry.type != "NORP" else "ORG"
            return
    if own is not None and owner_entry is not None and owned is not None and owned.curated and owned.type == "ORG":
        # "the UN's Office for the Coordination of Humanitarian Affairs": two known names
        yield s, own, owner_entry.type
        yield own + 1, e, "ORG"
        return
    if owned_place and owner_entry is None and doc[own - 1].text[:1].isupper():
        # a company's or a person's place is two names: "Halden's US factories"
        yield s, own, label if label in ("ORG", "PERSON") else (
            "PERSON" if doc[s].text in gaz.given_names else "ORG")
        yield own + 1, e, owned.type
        return
    if own is not None and (label != "ORG" or owned_place) \
            and not any(t.lower_ in _ORG_ENDINGS for t in doc[own + 1:e]) \
            and owner_entry is not None \
            and owner_entry.curated and owner_entry.type == "GPE" and doc[own + 1].text[:1].isupper():
        yield s, own, "GPE"
        s = own + 1
    # a person and the organisation they speak for ("Maria Kesk of Blue Harbor Gaming")
    of = next((k for k in range(s + 2, e - 1) if doc[k].lower_ == "of"), None)
    if of is not None and label == "ORG" and doc[s].text in gaz.given_names \
            and all(_is_name_token(t) for t in doc[s:of]) and not any(
                t.lower_ in _ORG_ENDINGS for t in doc[s:of]):
        yield s, of, "PERSON"
        s = of + 1
    # an outlet run into the name after it ("Washington Post Trump"): two spans
    cut = next((k for k in range(s + 1, e - 1) if doc[k].lower_ in _OUTLET_HEADS
                and _is_name_token(doc[k + 1])), None)
    if cut is not None and gaz.lookup([t.text for t in doc[s:e]]) is None:
        yield s, cut + 1, "ORG"
        s = cut + 1
    words = [t.text for t in doc[s:e]]
    cuts = [k for k, w in enumerate(words) if w in ("and", ",", "&", "-", "–", "/")]   # "Ukraine-Russia talks"
    if cuts and gaz.lookup(words) is None:
        bounds = [0, *cuts, len(words)]
        parts = [(s + a + (a > 0), s + b) for a, b in zip(bounds, bounds[1:])]
        parts = [_strip(doc, a, b) for a, b in parts]
        known = [a < b and (gaz.lookup([t.text for t in doc[a:b]]) is not None
                            or b - a == 1 and doc[a].text in gaz.towns) for a, b in parts]
        if all(known) or label in ("GPE", "LOC") and any(known) and all(
                b - a == 1 and _is_name_token(doc[a]) for a, b in parts):
            # known names, or one-word places beside a known one ("Izmail and Reni")
            yield from ((a, b, label) for a, b in parts)
            return
        if label == "PERSON" and not any(words[k] in ("-", "–", "/") for k in cuts) and all(
                a < b and (doc[a].text in gaz.given_names or b - a == 1 and doc[a].text == "I") for a, b in parts) \
                and any(doc[a].text != "I" for a, b in parts):
            # people named side by side, or with the speaker: "Marta and Tomas", "Marta and I"
            yield from ((a, b, label) for a, b in parts if doc[a].text != "I")
            return
        if label == "PERSON" and all(words[k] in ("and", "&") for k in cuts) and all(
                a < b <= a + 4 and all(_is_name_token(t) or is_title_word(t.text) or t.text.endswith(".") for t in doc[a:b])
                and (is_title_word(doc[a].text) or doc[a].lower_ in HONORIFICS or b - a == 1) for a, b in parts):
            # surnames or titled names side by side: "Carrano and Biewener", "Judge Hoffman and
            # Senator Mahady"; no person's name has an "and" inside
            yield from ((a, b, label) for a, b in parts)
            return
    yield s, e, label
