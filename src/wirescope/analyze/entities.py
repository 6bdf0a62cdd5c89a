"""Named-entity mentions: the statistical model, gazetteers and rules, combined.

`find_mentions` runs these passes over a spaCy `Doc`:

1. the NER model (the packaged one or any spaCy pipeline the user names), its
   run-ons undone (`entity_runons.model_spans`);
2. gazetteer names of several words ("United Nations General Assembly");
3. titles: a title before a capitalised name ("Prime Minister Kaja Roos")
   makes it a PERSON and gives it a role; a title is never part of the name span, nor is
   the country owning it ("Ukraine's President ...", role "President of Ukraine");
4. gazetteers fill single-word places, organisations and demonyms (NORP) the
   model missed, and tell GPE from LOC for the places it found;
5. evidence (`entity_evidence.py`, `entity_context.py`, `entity_cues.py`, `entity_retype.py`): a name
   found once is found elsewhere, the words around a name and word lists add people,
   organisations, places and events and correct the model's types ("said Orvin",
   "Tanvir from Bangladesh", "Morris and Tavernier", "in Madeira", "the Crown",
   "Camden, N.J."); words that refer to no one are dropped ("said on Telegram", "Oh my
   God"); known places and institutions inside longer names are mentions too
   (`entity_nesting.py`, "Vilnius" and "Vilnius University" in "Vilnius University Libraries");
   the shape of names (`entity_shapes.py`): a person's name runs on over a hyphen inside a
   word ("Pak Chol-un") and over initials and particles ("Khalid bin Faisal"), a romanized
   name is a person ("Chow Ka-ming"), a name glued to "pro-" or "anti-" is a stance, no
   mention ("the pro-Moscow bloc"), "the West" or "the Gulf" is a region, "Mayfield, NJ." one
   place; in a match report a country in a team's role is the team (`entity_teams.py`,
   "Norway beat Chile 2 – 1"); the surnames of a bracketed citation are authors
   (`entity_citations.py`, "(Talvik, Sorm, & Pello, 2014)");
6. a role appositive after a person's name ("Roos, a senior adviser") or an office set
   off before it ("The Secretary of the Department of …, Kaja Roos,") is a role;
   honours after it ("Peter Lanning, SC") and a determiner or a word of time or side
   before a name ("this President", "ancient Rome") are in the mention, not the name.

`Mention` and the token-level tests the passes share live in `entity_tokens.py`; the titles
and roles read next to a name (item 6) in `entity_titles.py`.
`find_mentions` returns `Mention`s; `canonical.py` groups them into entities.
"""

from __future__ import annotations

import re

from .entity_evidence import _lone_given_names, _name_cues, _org_names, _place_names, _propagate
from .entity_citations import cited_lists
from .entity_nesting import is_region_of, named_after, parts_of_places, people_inside, places_inside
from .entity_tokens import (COMPASS, FEATURE_HEADS, PLACE_ONLY_HEADS, _NAME_LIKE_PLACES, _ORG_ENDINGS, Mention,
                            _is_name_token, _name_shaped, _opens, _place_type, _starts, _strip, _text)
from .entity_retype import _commands, _heading_words, _retype
from .entity_runons import model_spans
from .entity_shapes import (acronyms_again, bare_regions, campus_names, capital_names, hyphenated_names, inverted_names, joined_names, postal_states, regnal_numbers,
                            romanized_names, stance_adjectives)
from .entity_teams import fixtures, sports_teams
from .entity_titles import (_add_role, _name_after, _possessor_before, _role_after, _role_before, _role_comma_before,
                            _title_ends_at)
from .entity_cues import (cited_authors, complete_given_names, coordinated_names, introduced, peoples_adjectives,
                          places_after_prepositions, possessive_names, shops_by_owner, speaker_names, towns_before_regions)
from .entity_context import (bodies, company_names, described_names, kin_names, led_by, org_context,
                             exclamations, institutions_inside, of_names, offices_of_bodies, platforms_as_media)
from .gazetteer import Entry, Gazetteer, load_gazetteer
from .nlp import LABELS
from .roles import HONORIFICS, is_glue_word, is_title_word

__all__ = ["Mention", "find_mentions", "find_entities"]


def find_mentions(doc, gaz: Gazetteer | None = None) -> list[Mention]:
    """Named mentions in a parsed document, sorted by position, not overlapping."""
    gaz = gaz or load_gazetteer()
    taken: dict[int, tuple[int, Mention]] = {}   # token start -> (token end, mention)
    owner: list[int | None] = [None] * len(doc)  # token -> start token of its mention

    def overlaps(s: int, e: int) -> list[int]:
        return sorted({o for o in owner[s:e] if o is not None})

    nested: list[Mention] = []   # names inside a longer mention ("Pentagon" in a title)

    def put(s: int, e: int, m: Mention, force: bool = False) -> None:
        clash = overlaps(s, e)
        if clash and not force:
            return
        for ts in clash:
            te, old = taken.pop(ts)
            owner[ts:te] = [None] * (te - ts)
            if s <= ts and te <= e and old.source == "gazetteer" and old.end <= (m.name_start or m.start):
                nested.append(old)
        taken[s] = (e, m)
        owner[s:e] = [s] * (e - s)

    # 1. the model
    for s0, e0, model_label in model_spans(doc, gaz):
        label = LABELS.get(model_label)
        if label is None:
            continue
        s, e = _strip(doc, s0, e0)
        if not _name_shaped(doc, s, e):
            continue   # a statistical model's run-on span is no name
        if s < e and e == e0 and e < len(doc) and doc[e].text[:1].isupper() and doc[e].lower_ in FEATURE_HEADS \
                and doc[e].ent_iob_ == "O" and label != "NORP" and not (e + 1 < len(doc) and _is_name_token(doc[e + 1])):
            e += 1   # "near Second Thomas Shoal": the landform's word ends its name
            label = "LOC"
        elif label == "ORG" and s < e and doc[e - 1].lower_ in FEATURE_HEADS and doc[e - 1].text[:1].isupper():
            label = "LOC"   # "Snake Island", "Kerch Strait": a landform or a water, not an organisation
        if s >= e:
            continue
        if all(is_title_word(t.text) or is_glue_word(t.text) or t.lower_ in HONORIFICS
               for t in doc[s:e]) and (label != "PERSON" or not doc[s].text[:1].isupper() or (
                e < len(doc) and (doc[e].is_alpha and not doc[e].is_stop or _is_name_token(doc[e])))):
            # "Deputy cabinet spokesman ...": a title opening a longer phrase names no
            # one; "the Secretary said", "Mr. President," name the holder
            continue
        # a title inside the model's span is a role, not part of the name
        k = s
        while k < e - 1 and (is_title_word(doc[k].text) or doc[k].lower_ in HONORIFICS
                             or (k + 1 < e and is_glue_word(doc[k].text)
                                 and any(is_title_word(t.text) for t in doc[k + 1:e - 1]))):
            k += 1
        name_start = doc[k].idx if label == "PERSON" and k > s else None
        if name_start is not None and doc[k].text[:1].islower():
            name_start = None   # "President of the United States": a title, no name
        text = _text(doc)[(name_start or doc[s].idx):doc[e - 1].idx + len(doc[e - 1].text)]
        canonical = None
        if text not in _NAME_LIKE_PLACES:
            # a curated name ("Turkey", "the Danube", "United Nations", "Tomahawk") has
            # the type our tables give it, whatever the model says
            entry = gaz.lookup(text.split())
            if entry is not None and entry.curated and entry.type != label:
                label = entry.type
                canonical = entry.canonical if entry.type in ("WEAPON", "NORP", "ORG") else None
            elif entry is not None and entry.type == "GPE" and label == "ORG" and " " in text:
                label = "GPE"   # a city's whole name of several words ("New York City") is the city
        if label in ("GPE", "LOC", "FAC"):
            label, canonical = _place_type(text, gaz)
            if doc[s].text.islower() and e - s > 1 and canonical is None:
                # "central Kyiv", "southern Ukraine": the mention keeps its modifier, the
                # entity is the place
                rest = _text(doc)[doc[s + 1].idx:doc[e - 1].idx + len(doc[e - 1].text)]
                label, canonical = _place_type(rest, gaz)
                canonical = canonical or rest
        elif label == "ORG":
            entry = gaz.lookup(text.split())
            canonical = entry.canonical if entry and entry.type == "ORG" else None
        m = Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), label, canonical)
        if label == "PERSON" and name_start is not None:
            m.name_start = name_start
            _add_role(m, _text(doc)[doc[s].idx:name_start], gaz)
        put(s, e, m)

    def fill(single: bool) -> None:
        for s, e, entry in matches:
            s2, e2 = _strip(doc, s, e)
            if s2 >= e2 or ((e2 - s2 == 1) != single):
                continue
            if single and not entry.curated and introduced(doc, s2):
                entry = Entry("PERSON", doc[s2].text, curated=False)   # "And I'm Nadira,": no town of that name here
            clash = overlaps(s2, e2)
            end_char = doc[e2 - 1].idx + len(doc[e2 - 1].text)
            if len(clash) == 1 and \
                    taken[clash[0]][1].name_start is not None and end_char <= taken[clash[0]][1].name_start:
                # "US" in "US President Ann Marlowe": a name inside a person's title
                if e2 < len(doc) and doc[e2].text in ("'s", "’s") and doc[e2].idx == end_char:
                    end_char = doc[e2].idx + len(doc[e2].text)   # "Norway's Foreign Minister ...": the possessor
                if not any(n.start == doc[s2].idx for n in nested):   # "Ukraine's President": taken already
                    nested.append(Mention(doc[s2].idx, end_char, entry.type, entry.canonical,
                                          source="gazetteer"))
                continue
            if clash and not single and entry.curated and entry.type in ("GPE", "LOC") \
                    and _grows_over_place(s2, e2, clash):
                continue
            if clash and not (entry.curated and not single and all(
                    taken[ts][1].source == "model" and s2 <= ts and taken[ts][0] <= e2
                    and (ts, taken[ts][0]) != (s2, e2) for ts in clash)):
                continue   # a curated name of several words outranks the model's piece of it
            put(s2, e2, Mention(doc[s2].idx, doc[e2 - 1].idx + len(doc[e2 - 1].text),
                                entry.type, entry.canonical, source="gazetteer"), force=bool(clash))

    def _grows_over_place(s: int, e: int, clash: list[int]) -> bool:
        """A model's organisation starting inside a known place's name of several words and
        running on past it is the place's organisation: "Jammu" + "Kashmir Licensing
        Board" is the Jammu and Kashmir Licensing Board (the place stays a mention
        inside it, see `entity_nesting.places_inside`). Grow it over the whole place."""
        last = clash[-1]
        te, m = taken[last]
        if not (m.source == "model" and m.type in ("ORG", "FAC", "EVENT") and s < last < e < te) or not all(
                s <= ts and taken[ts][0] <= e and taken[ts][1].source == "model" for ts in clash[:-1]):
            return False
        for ts in clash:
            end = taken.pop(ts)[0]
            owner[ts:end] = [None] * (end - ts)
        m.start = doc[s].idx
        taken[s] = (te, m)
        owner[s:te] = [s] * (te - s)
        return True

    # 2. gazetteer names of several words ("United Nations General Assembly")
    matches = gaz.match([t.text for t in doc])
    fill(single=False)
    protected = {ts for ts, (te, m) in taken.items() if m.source == "gazetteer"}

    # 3. titles before names, roles after them
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i and _is_name_token(tok) and not is_glue_word(tok.text) and _title_ends_at(doc, i):
            span = _name_after(doc, i)
            if span and (doc[span[1] - 1].lower_.rstrip(".") in _ORG_ENDINGS
                         or doc[span[1] - 1].lower_ in PLACE_ONLY_HEADS and doc[span[1] - 1].text[:1].isupper()):
                # "General Motors", "Sheikh Zayed Mosque", "Queen Canyon": a title word opening
                # an organisation's or a place's name
                span = None
            elif span and span[1] - span[0] >= 2 and doc[i - 1].lower_ not in HONORIFICS and all(
                    t.lower_ in gaz.common_words and t.text not in gaz.given_names for t in doc[span[0]:span[1]]):
                span = None   # "the Society for Maritime Trade Studies": no one is called "Trade Studies"
            if span and gaz.lookup([t.text for t in doc[span[0]:span[1]]]) is None \
                    and not any(ts in protected for ts in overlaps(*span)):
                s, e = _strip(doc, *span)
                if s < e:
                    found = _role_before(doc, s, gaz)
                    first = found[0] if found else s
                    owned = _possessor_before(doc, first, gaz) if found and found[1] else None
                    if owned is not None:
                        # "Ukraine's President Volodymyr Zelensky": the country owning the title is in
                        # the mention (and a mention inside it) and in the role ("President of Ukraine")
                        first = owned
                        found = (owned, _text(doc)[doc[owned].idx:doc[s - 1].idx + len(doc[s - 1].text)])
                        for ts in overlaps(owned, s):
                            te_, old = taken[ts]
                            if ts >= owned and te_ < s and doc[te_].text in ("'s", "’s"):
                                del taken[ts]
                                owner[ts:te_] = [None] * (te_ - ts)
                                nested.append(Mention(old.start, doc[te_].idx + len(doc[te_].text), old.type,
                                                      old.canonical, source="nested"))
                    m = Mention(doc[first].idx, doc[e - 1].idx + len(doc[e - 1].text), "PERSON",
                                source="title", name_start=doc[s].idx)
                    if doc[s - 1].text.islower() and doc[s - 1].is_alpha:
                        m.start = doc[s].idx   # "the club's coach Ivo Tamm": a description before the
                        # name (a formal title is capitalised) is the person's role, not the mention's
                    if found and found[1]:
                        _add_role(m, found[1], gaz)
                    put(first, e, m, force=True)
                    i = e
                    continue
        i += 1

    # 4. gazetteer fill, single words
    fill(single=True)

    # 5. a name found once is the same name elsewhere: "Tusk" after "Donald Tusk",
    # "Zelensky" after "Volodymyr Zelenskiy", "Kursk" after the model tagged it once
    _propagate(doc, taken, owner, put, gaz)
    romanized_names(doc, owner, put, gaz)   # "Chow Ka-ming", before runs of capitals are read as names

    # 6. what the words themselves tell: "Betty" alone is a person, not a place; a
    # capitalised "Add" or "Sorry" opening a sentence is no name
    _lone_given_names(doc, taken, owner, put, gaz)
    capital_names(doc, taken, owner, put, gaz)   # "by MIRA TOLK"
    inverted_names(doc, taken, owner, put, gaz)   # "Vesik, Marta. The Long Harbour"
    _name_cues(doc, taken, owner, put, gaz)
    complete_given_names(doc, taken, owner, gaz)   # "John" + "FitzGibbon"
    _org_names(doc, taken, owner, put)
    _place_names(doc, owner, put)   # "the Foxglove Trail"
    company_names(doc, taken, owner, gaz)   # first, so that org_context finds "(TSMC)" after a company
    org_context(doc, taken, owner, put, gaz)
    bodies(doc, owner, put)
    described_names(doc, taken)
    _retype(doc, taken, owner, gaz)
    kin_names(doc, taken)   # "her son, Taras,"
    led_by(doc, taken, owner, gaz)   # "the Homeland Union of Nebojša Lalić"
    nested.extend(of_names(doc, taken, owner, gaz))   # "the Halden Institute" + "of Marine Research"
    coordinated_names(doc, taken, owner, put, gaz)   # "Morris and Tavernier"
    speaker_names(doc, taken, owner, put, gaz)   # "Pagor said"
    places_after_prepositions(doc, owner, put, gaz)   # "in Madeira"
    towns_before_regions(doc, taken, owner, put, gaz)   # "in Florence, Alabama,"
    possessive_names(doc, owner, put, gaz)   # "respect for Varnell's memory"
    shops_by_owner(doc, taken)   # "at the McDonald's."
    cited_authors(doc, taken, owner, put)   # "Wrenfold-Maas et al."
    cited_lists(doc, taken, owner, put, gaz)   # "(Talvik, Sorm, & Pello, 2014)"
    peoples_adjectives(doc, taken, gaz)   # "an Olvarian wizard"
    company_names(doc, taken, owner, gaz)   # again: the last word on names the passes above made or retyped
    acronyms_again(doc, taken, owner, put)   # "SBA loans" after "the Small Business Administration (SBA)"
    _heading_words(doc, taken, owner, gaz)
    _commands(doc, taken, owner, gaz)   # "Stir the sauce"
    platforms_as_media(doc, taken, owner)   # "said on Telegram"
    exclamations(doc, taken, owner)   # "Oh God,"
    joined_names(doc, taken, owner)   # "Anna K." + "Lindqvist", "Khalid" + "bin Faisal"
    regnal_numbers(doc, taken, owner, gaz)   # "Casimir IV", "Anselm I, King of Varnia"
    hyphenated_names(doc, taken, owner, gaz)   # "Pak Chol-un", "Marta Jessen-Holm"
    stance_adjectives(doc, taken, owner)   # "the pro-Moscow bloc"
    bare_regions(doc, owner, put)   # "sanctions imposed by the West"
    postal_states(doc, taken, owner, put, gaz)   # "Mayfield, NJ."
    sports_teams(doc, taken)   # "Norway beat Chile 2 – 1"
    fixtures(doc, taken, owner)   # "the Harwick v Eldon cricket match"

    # places named inside organisations and titles ("Vilnius" in "Vilnius University",
    # "Portugal" in "Regent of Portugal"): mentions of the place too, as in GUM
    nested.extend(offices_of_bodies(doc, taken, owner))   # "Director of the Office of Management and Budget"
    nested.extend(places_inside(doc, taken, gaz))
    nested.extend(named_after(doc, taken, gaz))   # "Carnegie" in "Carnegie Society"
    people = people_inside(doc, taken, gaz)   # "Helen Brennan" in "the Helen Brennan Memorial Bridge"
    nested = [n for n in nested if not any(p.start <= n.start and n.end <= p.end for p in people)] + [
        p for p in people if not any((n.start, n.end) == (p.start, p.end) for n in nested)]
    nested.extend(institutions_inside(doc, taken, gaz))   # "Harwick University" in "Harwick University Libraries"
    nested.extend(campus_names(doc, taken, owner, gaz))   # "Trinity College, Cambridge"

    _postnominals(doc, taken, owner)
    nested.extend(_title_from_place(doc, taken, owner))

    # appositive roles for people
    people = frozenset(ts for ts, (te, m) in taken.items() if m.type == "PERSON")
    mentions: list[Mention] = []
    for ts in sorted(taken):
        te, m = taken[ts]
        if m.type == "PERSON" and not m.roles and (found := _role_comma_before(doc, ts, gaz, owner)):
            first, role = found
            if mentions and mentions[-1].type == "PERSON" and mentions[-1].start >= doc[first].idx \
                    and mentions[-1].name_start is None:
                mentions.pop()   # the model took "Defence Minister" for a person of its own
            _add_role(m, role, gaz)
        elif m.type == "PERSON" and not m.roles and mentions and _is_office(doc, mentions[-1]) \
                and _text(doc)[mentions[-1].end:m.start] == ", ":
            # "The Secretary of the Department of Homeland Security, Kaja Roos, said": the office
            # set off before the name is the person's role (and stays a mention, as in GUM)
            _add_role(m, _text(doc)[mentions[-1].start:mentions[-1].end], gaz)
        if m.type == "PERSON":
            role = _role_after(doc, te, people)
            if role:
                _add_role(m, role, gaz)
        # a demonstrative or possessive heading the name belongs to the mention ("this
        # President", "our Republic"), as the possessive after it does ("Norton's"); the
        # name stays without it
        if ts and m.type in ("GPE", "LOC", "EVENT") and doc[ts - 1].text in _TIME_AND_SIDE and doc[ts].idx == m.start:
            # "ancient Rome", "southern Ukraine": the place in a time or a part of it
            m.name_start = m.name_start if m.name_start is not None else m.start
            m.start = doc[ts - 1].idx
            ts -= 1
        if ts and doc[ts - 1].lower_ in _NAME_DETERMINERS and doc[ts].idx == m.start and (
                _heads_phrase(doc, te) or te - ts == 1 and is_title_word(doc[ts].text)):
            m.name_start = m.name_start if m.name_start is not None else m.start
            m.start = doc[ts - 1].idx
        elif ts and m.type == "PERSON" and doc[ts - 1].text == "Dear" and doc[ts].idx == m.start and _opens(doc, ts - 1) \
                and m.name_start is None:
            # a letter's salutation names its reader: "Dear Hannah," (the name stays without it;
            # a title already heads the mention: "Dear Mr. Ruut")
            m.name_start = m.name_start if m.name_start is not None else m.start
            m.start = doc[ts - 1].idx
        # ... but not "is" or "has" ("Susan's going"); a bare apostrophe after an s is one
        # ("Thomas' sister")
        if te < len(doc) and doc[te].idx == m.end and (
                doc[te].text in ("'s", "’s") and not _contraction(doc, te)
                or doc[te].text in ("'", "’") and doc[te - 1].text.endswith("s") and te + 1 < len(doc)
                and doc[te + 1].is_alpha and doc[te].whitespace_ != ""
                and (doc[te + 1].text.islower() or not _quote_open(doc, te))):
            m.end = doc[te].idx + len(doc[te].text)
        elif te < len(doc) and doc[te - 1].whitespace_ == " " and doc[te - 1].idx + len(doc[te - 1].text) == m.end \
                and doc[te].lower_ in (_REFLEXIVES_OF_PEOPLE if m.type == "PERSON" else ("itself",)):
            # an emphatic reflexive is in the mention, not the name: "Kask himself", "the town itself"
            m.name_end = m.end if m.name_end is None else m.name_end
            m.end = doc[te].idx + len(doc[te].text)
        # "San Francisco, California" names one place; California stays a mention too; but
        # "Queensland, Victoria, South Australia" is a list
        if mentions and m.type == "GPE" and mentions[-1].type == "GPE" and \
                _text(doc)[mentions[-1].end:m.start] == ", " and is_region_of(doc, mentions[-1], m, gaz) \
                and not (len(mentions) > 1 and mentions[-2].type in ("GPE", "LOC")
                         and _text(doc)[mentions[-2].end:mentions[-1].start] in (", ", " and ")
                         and _LIST_GOES_ON.match(_text(doc), m.end)):
            mentions[-1].end = m.end
            nested.append(m)
            continue
        mentions.append(m)
    nested.extend(parts_of_places(_text(doc), mentions + nested, gaz))   # "Trinidad" in "Trinidad and Tobago"
    seen = {(m.start, m.end, m.type) for m in mentions}
    nested = [n for n in nested if (n.start, n.end, n.type) not in seen and not seen.add((n.start, n.end, n.type))]
    return sorted(mentions + nested, key=lambda m: (m.start, -m.end))


def _is_office(doc, m: Mention) -> bool:
    """Is the mention an office named without its holder ("Secretary of the Department of
    Homeland Security")?"""
    words = _text(doc)[m.start:m.end].split()
    return m.type == "PERSON" and m.name_start is None and len(words) > 2 and is_title_word(words[0]) \
        and words[1].lower() in ("of", "for")


# Lower-case words that put a place or an event in a time or name a part of it: "ancient
# Athens", "southern Ukraine", "the ancient Olympic Games".
_TIME_AND_SIDE = COMPASS | frozenset("""ancient early medieval classical modern contemporary present-day pre-war postwar
central northeastern northwestern southeastern southwestern northeast northwest southeast southwest downtown
mainland""".split())


# After a place, another place of the same list: ", Western Australia", " and Tasmania"
# (not ", on March 2" after "Izmail, Odesa Oblast, Ukraine").
_LIST_GOES_ON = re.compile(r",? (?:and )?[A-Z]")


# Determiners a name may take as the head of its noun phrase: "these United States" ("that"
# is too often a conjunction: "clear that Republican senators cannot").
_NAME_DETERMINERS = frozenset("this these those our their my your his her its".split())


_SAYS = frozenset("says said tells told asks asked wants wrote writes claims argues insists".split())


_REFLEXIVES_OF_PEOPLE = ("himself", "herself", "themselves")


# Words after "'s" that make it "is" or "has", not a possessive: "Susan's going", "Kyiv's been".
_AFTER_IS = frozenset("""a an the not been got gone going coming being also still just never always very so too
here there now already probably really""".split())


def _contraction(doc, i: int) -> bool:
    """Is the "'s" at token i "is" or "has"? Not before a capitalised word inside the
    sentence: "Malle's The Lovers" is his film."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_ in _AFTER_IS and nxt.text.islower()
                                or nxt.lower_.endswith("ing") and nxt.text.islower())


def _quote_open(doc, i: int) -> bool:
    """Is a single quotation mark opened in the sentence before token i, so that the
    apostrophe at i may close it ("the 'Dallas' Tuesday") rather than mark a possessive
    ("Galois' July arrest")?"""
    for k in range(i - 1, max(-1, i - 40), -1):
        tok = doc[k]
        if tok.text in ("‘", "'", "’") and not tok.whitespace_ and (k == 0 or doc[k - 1].whitespace_):
            return True
        if _starts(doc, k):
            return False
    return False


def _heads_phrase(doc, end: int) -> bool:
    """Does the name ending before token `end` head its noun phrase, rather than qualify a
    noun after it ("this President said" vs "her Bergen summers")?"""
    if end >= len(doc):
        return True
    tok = doc[end]
    if tok.text in ("-", "–") and end + 1 < len(doc) and doc[end + 1].is_alpha:
        return False   # "these World War II-era ruins"
    if tok.lower_ in ("and", "or") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
        return False   # "its Black Sea and Danube ports": the determiner may be the noun's
    if not tok.is_alpha or tok.is_stop:
        return True    # "our Republic.", "this House has"
    # a verb after it ("this President said"), not a noun ("these World War II German bunkers")
    return tok.text.islower() and (tok.text.endswith("ed") or tok.text in _SAYS)


def _title_from_place(doc, taken, owner) -> list[Mention]:
    """A title standing for a person takes the place it is from or of: "the Senator from
    Alaska", "the Governor of Texas"; the places, mentions of their own, are returned."""
    n = len(doc)
    places = []
    for ts, (te, m) in list(taken.items()):
        if m.type != "PERSON" or te - ts != 1 or not is_title_word(doc[ts].text) or te + 1 >= n \
                or doc[te].lower_ not in ("from", "of") or owner[te] is not None:
            continue
        place = taken.get(te + 1)
        if place is None or place[1].type not in ("GPE", "LOC"):
            continue
        pe, pm = place
        places.append(Mention(pm.start, pm.end, pm.type, pm.canonical, source="nested"))
        del taken[te + 1]
        owner[te:pe] = [ts] * (pe - te)
        taken[ts] = (pe, m)
        m.end = doc[pe - 1].idx + len(doc[pe - 1].text)
    return places


# Honours and degrees written after a person's name: "Peter Lanning, SC".
_POSTNOMINALS = frozenset("QC KC SC MP MEP MSP MLA OBE MBE CBE KBE PhD".split())


def _postnominals(doc, taken, owner) -> None:
    """A person's mention takes the honours after it ("Peter Lanning, SC, said"), the name
    stays without them; a mention the model made of the honour alone goes."""
    n = len(doc)
    for ts, (te, m) in list(taken.items()):
        if m.type != "PERSON" or te + 1 >= n or doc[te].text != "," or doc[te + 1].text.rstrip(".") not in _POSTNOMINALS \
                or te + 2 < n and _is_name_token(doc[te + 2]) or owner[te] is not None:
            continue
        if (k := owner[te + 1]) is not None:
            if k != te + 1 or taken[k][0] != te + 2:
                continue
            del taken[k]
        owner[te:te + 2] = [ts, ts]
        taken[ts] = (te + 2, m)
        m.name_end = m.end
        m.end = doc[te + 1].idx + len(doc[te + 1].text)


def find_entities(text: str, model: str | None = None) -> list[tuple[int, int, str]]:
    """Named-entity spans `(start, end, type)` of a text: the benchmarks' entry point."""
    from .nlp import load_nlp

    doc = load_nlp(model)(text)
    return [(m.start, m.end, m.type) for m in find_mentions(doc)]
