"""The model's types corrected and its slips dropped, after the evidence passes.

- `_retype`: a place or organisation that is a person ("Varley" after "Tom Varley"),
  names that end or open like events ("French Revolution"), a one-word "place" no table
  knows typed by the words around it (`entity_cues.unknown_name_type`: "said Orvin",
  "throughout Varnia") before it is dropped for want of evidence, a common word opening a
  sentence dropped ("Add", "Sorry");
- `_places_listed`: a one-word "person" listed among places is a place;
- `_heading_words`: ordinary words capitalised in a heading ("Veto Power") or written in
  capitals ("ROAD CLOSED") dropped;
- `_commands`: a verb opening an instruction ("Stir the sauce", "Wiggle your toes") dropped, so is
  a heading or clause the model took whole that opens with a verb's -ing form ("Starting Seeds"),
  and so is the label of a caption or a credit ("Image: Mira Tolk", "Photo: Harbour Post").

Works on `find_mentions`' state (`taken`, `owner`) like the passes of `entity_evidence.py`.
"""

from __future__ import annotations

import re
from collections import Counter

from .entity_context import COUNTRY_NOUNS
from .entity_cues import introduced, listed_before_places, unknown_name_type
from .entity_evidence import _BEFORE_PLACE, _EVENT_LEADS, _INITIAL, _INNER_JOINS, _ORG_NOUNS, _ROMAN
from .entity_tokens import (BODIES as _BODIES, COMPASS, _FAC_HEADS, _group_noun, _inside_words, _LOC_HEADS,
                            _lower_words, _lowers, _NAME_LIKE_PLACES, _ORG_ENDINGS, _OUTLET_HEADS, _WORD_GIVEN_NAMES,
                            Mention, _is_name_token, _opens, _place_type, _text)
from .gazetteer import Gazetteer
from .lexicon_dates import SEASONS, WEEKDAYS
from .roles import is_title_word

# Lower-case nouns a place name modifies ("Tulcea county", "the Fetesti air base").
_PLACE_MODIFIED = frozenset("""county region province district oblast municipality city town village
port airport air harbour harbor border crossing mayor prefect governor""".split())
# Acronyms of things, measures and jobs that a model takes for organisations.
_THING_ACRONYMS = frozenset("""LNG LPG GDP GNP CPI PPI PMI VAT GST EV UAV IED ICBM SUV CEO CFO CTO COO IPO ETF
ESG NGO HIV AIDS COVID DNA RNA GPS ATM ICT LLM RSS OER API URL PDF SMS""".split())
# Endings of adverbs that open sentences ("Reportedly,", "Ironically,"), never of a name.
_ADVERB_ENDINGS = ("ally", "ingly", "edly", "ously", "ively", "ately", "ently", "antly", "ibly", "ably", "fully",
                   "lessly")
# Plural nouns an adjective of region qualifies: "Nordic countries", "Gulf states".
_GROUPS_OF_PLACES = frozenset("countries states nations governments allies neighbours neighbors capitals".split())
# Words that a number follows to name part of a law or a document: "Section 333", "Article 5".
_DOCUMENT_PARTS = frozenset("section article resolution chapter clause paragraph amendment annex "
                            "schedule title rule bill".split())
# "the port of X", "the town of X": X is a place.
_PLACE_OF = frozenset("port town city village region province district county municipality island oblast".split())
# Words that qualify a country's name without making it another's: "Western Ukraine".
_PLACE_ADJECTIVES = COMPASS | frozenset("""central greater
upper lower new old soviet imperial tsarist ancient classical medieval early modern occupied free""".split())
# Names that end (or open) with these words name events.
_EVENT_HEADS = frozenset("""war wars revolution uprising games olympics olympiad cup championship
championships summit conference festival election elections referendum crisis massacre
offensive counteroffensive invasion siege genocide holocaust pandemic epidemic earthquake
marathon expo fair""".split())
# Adjectives of an age or a regime before a country: "Ottoman Syria", "Soviet Georgia".
_PERIOD_ADJECTIVES = frozenset("""roman byzantine ottoman soviet tsarist imperial colonial habsburg mughal nazi
communist""".split())
# Points of the compass that open a region's name, never a person's: "South Kordofan", "West Java"
# ("North Americans" are people: a demonym ends it).
_COMPASS_FIRST = frozenset(w.capitalize() for w in COMPASS)
# Place words that open a place's name: "Lake Ladoga", "Mount Hood", "Cape Horn".
_PLACE_LEADS = frozenset("lake mount cape gulf".split())
# Last words that make a place-led name an organisation's.
_ORG_HEADS = _ORG_ENDINGS | _OUTLET_HEADS | frozenset(
    "congress parliament senate government administration ministry".split())
_STRICT_PLACE_PREPS = frozenset("in near outside around across via".split())
_PLACE_PREPS = frozenset("in at from to near outside across into toward towards around via".split())
_PLACE_WORDS = _LOC_HEADS | _FAC_HEADS | frozenset("park city county village town university college "
                                                   "school church center centre house".split())
# Last words of the names of studies, publications, plans and goals, which no organisation's or
# person's name ends on (unless an organisation's word comes before: "Office of Tax Policy").
_WORK_HEADS = frozenset("study survey report index census goals guidelines policy strategy".split())
# Seasons but "fall", capitalised at a sentence's start or in a heading: "Winter is low season".
_SEASONS = frozenset(SEASONS) - {"fall"}
# Words for relatives that people use as names: "Mom", "Dad".
_FAMILY_WORDS = frozenset("mom mum dad mommy mummy daddy mama papa grandma grandpa granny nana".split())
# Eras after a year or a century: "508 BC", "the 4th century BC".
_ERAS = frozenset("BC AD BCE CE B.C. A.D.".split())
# Last words of states' names ("Ottoman Empire", "Czech Republic"), and with the words of
# _STATE_OF first words before "of" ("Kingdom of Spain", "Municipality of Vormsi").
_STATE_HEADS = frozenset("empire kingdom republic emirate caliphate sultanate duchy principality".split())
_STATE_OF = frozenset("municipality province county city town village state region district".split())
_YEAR = re.compile(r"(1[89]|20)\d\d")


def _numeral(tok) -> bool:
    """A number, Arabic or Roman ("5", "IV")."""
    return tok.like_num or bool(_ROMAN.fullmatch(tok.text))


def _grow_left(doc, taken, owner, ts: int, k: int) -> None:
    """Let the mention at token ts start at the free token k before it."""
    te, m = taken.pop(ts)
    owner[k:te] = [k] * (te - k)
    m.start = doc[k].idx
    taken[k] = (te, m)


def _placed(doc, ts: int) -> bool:
    """Does the name at token ts stand where places go (after "the", "on", "near" ...) or
    open a sentence (where nothing tells)?"""
    return ts == 0 or doc[ts - 1].lower_ in _BEFORE_PLACE or _opens(doc, ts)


def _given_first(doc, ts: int, given) -> bool:
    """Does the name at token ts open with a given name ("Sharon", "Mark" inside a sentence)?"""
    return doc[ts].text in given or doc[ts].text in _WORD_GIVEN_NAMES and not _opens(doc, ts)


def _retype(doc, taken, owner, gaz: Gazetteer) -> None:
    """Correct the model's one-word and several-word mentions:

    - a place or organisation is a person when the document names someone with that word
      ("Varley" after "Tom Varley"), or when it is a given name no gazetteer knows as
      a place ("Betty"); a city the model took for a person is the city ("from Berlin");
    - names that end or open like events are EVENTs ("French Revolution");
    - a place no gazetteer knows needs a place word or a place preposition somewhere in
      the text ("near Sudzha"), else it is dropped ("Social Security");
    - a common English word opening a sentence and never capitalised inside one is
      dropped ("Add", "Sorry").
    """
    given, common = gaz.given_names, gaz.common_words
    text = _text(doc)

    def drop(ts: int, te: int) -> None:
        taken.pop(ts)
        owner[ts:te] = [None] * (te - ts)

    person_words: set[str] = set()
    for ts, (te, m) in taken.items():
        if m.type == "PERSON":
            words = text[m.name_span[0]:m.name_span[1]].split()
            while len(words) > 2 and words[0].islower():
                words = words[1:]   # "philosopher Mara Ilves": the model ran a role into the name
            if len(words) >= 2 and not is_title_word(words[0]) and all(w[:1].isupper() for w in words):
                person_words.update(words)   # a name, not a bare title ("King of Varnia")
    inside = _inside_words(doc)
    lower_words = _lower_words(doc)
    lower_words = lower_words | {w[:-1] for w in lower_words if w.endswith("s")} | {w + "s" for w in lower_words}
    lowers = _lowers(doc)
    # ... not before a possessive: "in Tyler's mind" puts the mind, not Tyler, somewhere (nor
    # "in Tyler and Moss's study")
    placed = [i + 1 for i, w in enumerate(lowers[:-1]) if i + 2 >= len(lowers) or lowers[i + 2] not in ("'s", "’s")
              and not (lowers[i + 2] in ("and", "&") and i + 4 < len(lowers) and lowers[i + 4] in ("'s", "’s"))]
    after_prep = {doc[i].text for i in placed if lowers[i - 1] in _PLACE_PREPS}
    # words after prepositions that take places, not people ("in", "near"; not "to", "from")
    in_place = Counter(doc[i].text for i in placed if lowers[i - 1] in _STRICT_PLACE_PREPS)
    event_words = {" ".join(t.text for t in doc[ts + 1:te]) for ts, (te, m) in taken.items()
                   if te - ts > 1 and doc[ts].lower_ in _EVENT_LEADS and doc[ts].text[:1].isupper()}
    # one-word "places" no table knows that the words around one of their mentions call a
    # person or an event ("said Orvin"): every mention of the word is one
    cued: dict[str, str] = {}
    for ts, (te, m) in sorted(taken.items()):
        word = doc[ts].text
        if te - ts == 1 and m.source in ("model", "propagated") and m.type in ("GPE", "LOC", "FAC") \
                and word not in cued and not word.isupper() and word.lower() not in common \
                and gaz.lookup([word]) is None and (cue := unknown_name_type(doc, ts, te, taken, gaz)) in ("PERSON", "EVENT"):
            cued[word] = cue
    person_words.update(w for w, cue in cued.items() if cue == "PERSON")
    placed_by_of: set[str] = set()   # "the port of Paldiski": a place wherever the text repeats it
    for ts, (te, m) in sorted(taken.items()):
        if m.source not in ("model", "propagated"):
            continue
        words = [t.text for t in doc[ts:te]]
        entry = gaz.lookup(words)
        if entry is not None:
            # a known place or organisation keeps the type our tables give it
            if m.type == "PERSON" and entry.type == "GPE" and te - ts == 1 and \
                    words[0] not in person_words and words[0] not in given and words[0] not in _NAME_LIKE_PLACES \
                    and not (not entry.curated and introduced(doc, ts)):
                m.type, m.canonical = _place_type(words[0], gaz)
            elif m.type == "ORG" and entry.type in ("GPE", "LOC") and te - ts == 1:
                m.type, m.canonical = _place_type(words[0], gaz)   # "Helsinki" is the city
            elif not entry.curated and te - ts == 1 and introduced(doc, ts):
                m.type, m.canonical = "PERSON", None   # "And I'm Nadira,": a town's other name, but a person here
            continue
        place = m.type in ("GPE", "LOC", "FAC")
        if ts and doc[ts - 1].lower_ in _EVENT_LEADS and doc[ts - 1].text[:1].isupper() and owner[ts - 1] is None:
            # "Cyclone Velmora", "Operation Sindoor": the lead word names the event
            _grow_left(doc, taken, owner, ts, ts - 1)
            m.type, m.canonical = "EVENT", None
            event_words.add(" ".join(words))
            continue
        if doc[ts].lower_ in _DOCUMENT_PARTS and all(_numeral(t) for t in doc[ts + 1:te]) \
                and (te - ts > 1 or te < len(doc) and _numeral(doc[te])):
            drop(ts, te)   # "Section 333", "Article 5", "Title IV": part of a law, not an organisation
            continue
        if doc[ts].lower_.removesuffix("s") in WEEKDAYS and all(
                t.lower_.removesuffix("s") in WEEKDAYS for t in doc[ts:te] if t.is_alpha and t.lower_ not in ("and", "or")):
            drop(ts, te)   # "on Tuesdays and Fridays": days, not names
            continue
        if te - ts > 1 and doc[te - 1].lower_.endswith("s") and _group_noun(doc[te - 1].text) \
                and not any(t.lower_ in _INNER_JOINS for t in doc[ts:te]):
            drop(ts, te)   # "Republican Senators", "Ukrainian Officials": people, no name
            continue
        if te - ts > 1 and m.type in ("ORG", "PERSON") and doc[te - 1].lower_ in _WORK_HEADS \
                and doc[te - 1].text[:1].isupper() and not any(t.lower_ in _ORG_NOUNS for t in doc[ts:te - 1]):
            drop(ts, te)   # "the National Salt Intake Study", "the Coastal Development Goals": no one
            continue
        if te - ts > 1:
            if doc[te - 1].lower_ in _EVENT_HEADS or doc[ts].lower_ in _EVENT_LEADS:
                m.type, m.canonical = "EVENT", None
            elif place and (doc[te - 1].lower_.rstrip(".") in _ORG_HEADS
                            or any(t.lower_ in _ORG_NOUNS for t in doc[ts + 1:te]) and doc[te - 1].lower_ not in _FAC_HEADS):
                m.type, m.canonical = "ORG", None   # "United States Congress", "Sea Ports Authority"
            elif m.type in ("PERSON", "EVENT") and doc[te - 1].lower_.rstrip(".") in _ORG_NOUNS:
                m.type, m.canonical = "ORG", None   # "Civic Alliance", "Tax Policy Center"
            elif m.type != "ORG" and te - ts > 2 and (
                    doc[ts + 1].lower_ == "of" and doc[ts].lower_ in _ORG_ENDINGS
                    or doc[ts + 1].lower_ == "for" and doc[ts].lower_ in _ORG_NOUNS):
                # "Bank of Japan", "University of Montenegro", "Society for Conflict Research"
                m.type, m.canonical = "ORG", None
            elif m.type != "GPE" and te - ts == 2 and doc[ts].lower_ in _PLACE_ADJECTIVES and (
                    c := gaz.lookup([doc[ts + 1].text])) is not None and c.type == "GPE" and c.curated:
                m.type, m.canonical = "GPE", c.canonical   # "Medieval Norway", "Old Riga"
            elif m.type in ("PERSON", "GPE", "ORG") and te - ts == 2 and doc[ts].lower_ in _PERIOD_ADJECTIVES and (
                    c := gaz.lookup([doc[ts + 1].text])) is not None and c.type == "GPE" and c.curated:
                m.type, m.canonical = "GPE", c.canonical   # "Ottoman Syria", "Soviet Georgia": a country in an age
            elif m.type in ("PERSON", "GPE") and doc[ts].text not in given and doc[te - 2].lower_ != "of" \
                    and (m.type == "PERSON" or doc[ts].text[:1].isupper() and doc[ts].lower_ not in _PLACE_ADJECTIVES) and (
                    c := gaz.lookup([doc[te - 1].text])) is not None and c.curated and c.type == "GPE" \
                    and c.canonical == c.country and doc[te - 1].text not in given:
                m.type, m.canonical = "ORG", None   # no one's name ends in a country: "Forward Montenegro"
            elif m.type != "GPE" and doc[te - 1].lower_ not in _ORG_HEADS and (
                    doc[te - 1].lower_ in _STATE_HEADS or doc[ts + 1].lower_ == "of" and (
                        doc[ts].lower_ in _STATE_HEADS or doc[ts].lower_ in _STATE_OF)):
                m.type, m.canonical = "GPE", None   # "Ottoman Empire", "Municipality of Vormsi"
            elif m.type == "ORG" and doc[ts].lower_ in _LOC_HEADS and doc[ts + 1].lower_ == "of":
                m.type, m.canonical = "LOC", None   # "Bay of Kotor"
            elif m.type == "PERSON" and doc[ts].text in _COMPASS_FIRST and not gaz.country_of(doc[te - 1].text):
                m.type, m.canonical = _place_type(" ".join(words), gaz)   # "South Kordofan": no one's name opens so
            elif m.type == "PERSON" and (doc[te - 1].lower_ in _LOC_HEADS | _FAC_HEADS
                                         or doc[ts].lower_ in ("mount", "lake", "gulf", "cape")) \
                    and not (_given_first(doc, ts, given) and not _placed(doc, ts) and te - ts == 2):
                # "Mount Hood", "Crater Lake", "on Victoria Street", "the Larsen Ice Shelf"; but "said
                # Tom Bridge" is a man
                m.type, m.canonical = _place_type(" ".join(words), gaz)
            elif m.type != "PERSON" and _given_first(doc, ts, given) and te - ts <= 4 \
                    and doc[te - 1].lower_ not in _ORG_NOUNS and all(
                    _is_name_token(t) and t.is_alpha and (t.lower_ not in _PLACE_WORDS or not _placed(doc, ts))
                    or _INITIAL.fullmatch(t.text) for t in doc[ts + 1:te]):
                m.type, m.canonical = "PERSON", None   # "Oskar Lindholm" called a place
                person_words.update(words)   # ... and "Lindholm" after it is him
            elif place and doc[te - 1].lower_ not in _PLACE_WORDS and words[0] not in after_prep \
                    and doc[ts].lower_ not in _PLACE_LEADS and (doc[ts].text not in _COMPASS_FIRST or doc[ts + 1].text == "-") \
                    and not any(gaz.lookup([w]) for w in words):
                if words[0] in given and doc[ts + 1].is_alpha and _is_name_token(doc[ts + 1]) \
                        and doc[ts + 1].lower_ not in common and not _opens(doc, ts + 1):
                    # "Anna Tamm Justice [in Lending Act]": the person the name starts with
                    owner[ts + 2:te] = [None] * (te - ts - 2)
                    taken[ts] = (ts + 2, m)
                    m.end = doc[ts + 1].idx + len(doc[ts + 1].text)
                    m.type, m.canonical = "PERSON", None
                else:
                    drop(ts, te)
            continue
        word = words[0]
        if word.lower() in _FAMILY_WORDS or word.lower() in _SEASONS and m.type != "PERSON":
            # "Dad said": a relative called by a common noun; "Winter is low season" (but "Summer said" is someone)
            drop(ts, te)
            continue
        elif m.type in ("ORG", "PERSON") and ts > 1 and doc[ts - 1].lower_ == "of" and doc[ts - 2].text.islower() \
                and doc[ts - 2].lower_ in _PLACE_OF and word not in person_words:
            m.type, m.canonical = _place_type(word, gaz)   # "the port of Paldiski", "the town of Reni"
            placed_by_of.add(word)
        elif word.isupper() and len(word) > 2 and (known := gaz.lookup([word.title()])) is not None \
                and known.type in ("GPE", "LOC"):
            m.type, m.canonical = known.type, known.canonical   # a dateline: "BRUSSELS —"
        elif m.type != "GPE" and word in COUNTRY_NOUNS and ts and doc[ts - 1].lower_ in ("the", "this", "our") \
                and not (te < len(doc) and (_is_name_token(doc[te]) or doc[te].lower_ in ("of", "for"))):
            m.type, m.canonical = "GPE", None   # "the future of the Nation", "the treaties of the Union": the country
        elif m.type != "ORG" and word in _BODIES and ts and doc[ts - 1].lower_ in ("the", "this"):
            m.type, m.canonical = "ORG", None   # "the House voted", "passed the House" (a person or a place to the model)
        elif word.lower() in _EVENT_HEADS and m.type == "ORG":
            m.type, m.canonical = "EVENT", None   # "the Olympics"
        elif m.type != "PERSON" and (word in person_words or m.type in ("GPE", "LOC", "FAC", "ORG")
                                     and word in given and entry is None):
            m.type, m.canonical = "PERSON", None
        elif m.type == "PERSON" and word not in person_words and word not in given and (
                in_place[word] >= 2 or in_place[word] and word in gaz.towns
                or te < len(doc) and doc[te].text in _PLACE_MODIFIED or listed_before_places(doc, te)):
            # "the ferry to Kalvara", "hotels in Kalvara", "Tulcea county", "the Fetesti air base"
            m.type, m.canonical = _place_type(word, gaz)
        elif word in _ERAS and ts and (doc[ts - 1].like_num or doc[ts - 1].lower_ in ("century", "centuries")) \
                or len(word) == 1 and word not in given:
            drop(ts, te)   # "the 4th century BC", "the hall ended in a T"
        elif word.rstrip("s") in _THING_ACRONYMS or word[1:].islower() and word.upper() in _THING_ACRONYMS:
            drop(ts, te)   # "cargoes of LNG", "GDP grew", "tested positive for Covid": things, no one
        elif place and entry is None and word.endswith("ing") and word not in gaz.towns and word not in given:
            drop(ts, te)   # "the Justice in Lending Act": a gerund, no place
        elif _opens(doc, ts) and word.lower().endswith(_ADVERB_ENDINGS) and word not in given and entry is None:
            drop(ts, te)   # "Unsurprisingly, prices rose": an adverb opening the sentence
        elif place and te < len(doc) and doc[te].lower_ in _GROUPS_OF_PLACES and entry is None:
            m.type, m.canonical = "NORP", None   # "Nordic countries": a kind of place, not one
        elif place and entry is None and not word.isupper() \
                and word.lower() not in common and (
                    (cue := cued.get(word)) is not None or (cue := unknown_name_type(doc, ts, te, taken, gaz)) is not None):
            if cue != "place":   # else a place by the words around it ("throughout Varnia"): kept
                m.type, m.canonical = cue, None   # "said Orvin", "Tanvir from Bangladesh"
        elif _opens(doc, ts) and (word.lower() in common or _group_noun(word)) and word not in given \
                and word not in inside \
                or place and word not in gaz.towns and word not in after_prep \
                or word.lower() in lower_words and word not in given and entry is None \
                and word not in _BODIES and (word.lower() in common or _opens(doc, ts)
                                             or m.type == "PERSON" and word not in person_words):
            drop(ts, te)   # "Salt" heading a text that speaks of salt; "Quidditch" in one on quidditch
    _places_listed(doc, taken, given | person_words, gaz)
    for ts, (te, m) in list(taken.items()):   # "the 2004 Olympics": the year names the event
        if m.type == "EVENT" and ts and owner[ts - 1] is None and _YEAR.fullmatch(doc[ts - 1].text):
            _grow_left(doc, taken, owner, ts, ts - 1)
    # one sense per text: a word the model tags now a person, now a place takes its
    # commoner type everywhere ("Athens" four times a person among ten times a place)
    votes: dict[str, Counter] = {}
    for ts, (te, m) in taken.items():
        if te - ts == 1 and m.source in ("model", "propagated"):
            votes.setdefault(doc[ts].text, Counter())[m.type] += 1
    for ts, (te, m) in taken.items():
        if te - ts == 1 and m.source in ("model", "propagated") and doc[ts].text in placed_by_of:
            if m.type in ("ORG", "PERSON"):
                m.type, m.canonical = _place_type(doc[ts].text, gaz)
        elif te - ts == 1 and m.source in ("model", "propagated") and len(votes[doc[ts].text]) > 1:
            (top, a), (_, b) = votes[doc[ts].text].most_common(2)
            if a > b and m.type != top:
                m.type = top
                m.canonical = _place_type(doc[ts].text, gaz)[1] if top in ("GPE", "LOC", "FAC") else None
    if event_words:   # "Phailin" after "Cyclone Velmora"
        for ts, (te, m) in taken.items():
            if m.type != "EVENT" and " ".join(t.text for t in doc[ts:te]).removesuffix(" 's") in event_words:
                m.type, m.canonical = "EVENT", None


def _places_listed(doc, taken, people: set[str], gaz: Gazetteer) -> None:
    """A one-word "person" listed among places is a place: "the ports of Riga, Ventspils and
    Liepāja" (two more in the same list, one of them a place and none a mention of another
    type, and no one by that name)."""
    end_of = {te: (ts, m) for ts, (te, m) in taken.items()}

    def member(span) -> bool | None:
        """True for a place mention, None (the list ends) for a mention of another type."""
        return True if span[1].type in ("GPE", "LOC") else None

    def listed(ts: int, te: int) -> tuple[int, int]:
        members = places = 0
        k = ts   # leftwards: "A, B and [X]"
        while k >= 2 and doc[k - 1].text in (",", "and", "or"):
            prev = end_of.get(k - 1)
            kind = member(prev) if prev else (False if doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha
                                              and (k - 2) not in end_of else None)
            if kind is None:
                break
            members, places, k = members + 1, places + kind, prev[0] if prev else k - 2
        k = te   # rightwards: "[X], A and B"
        while k + 1 < len(doc) and doc[k].text in (",", "and", "or"):
            nxt = taken.get(k + 1)
            kind = member(nxt) if nxt else (False if doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha
                                            else None)
            if kind is None:
                break
            members, places, k = members + 1, places + kind, nxt[0] if nxt else k + 2
        return members, places

    for ts, (te, m) in list(taken.items()):
        if m.type == "PERSON" and te - ts == 1 and m.source in ("model", "propagated") \
                and doc[ts].text not in people and (found := listed(ts, te))[0] >= 2 and found[1] >= 1:
            m.type, m.canonical = _place_type(doc[ts].text, gaz)


# A line this short without a closing stop is a heading ("Getting Started", "Veto Power").
_HEADING_WORDS = 8


def _heading_lines(doc) -> list[tuple[int, int]]:
    """Token ranges of the text's headings: short lines standing alone that end without
    a sentence's closing mark."""
    out, start = [], 0
    for i in range(len(doc) + 1):
        if i == len(doc) or "\n" in doc[i].text:
            toks = [t for t in doc[start:i] if not t.is_space]
            if toks and len([t for t in toks if t.is_alpha]) <= _HEADING_WORDS \
                    and toks[-1].text not in (".", "!", "?", ",", ";", ":", "\"", "”", "’"):
                out.append((start, i))
            start = i + 1
    return out


def _in_capitals(doc, ts: int, te: int) -> bool:
    """Is the span written in capitals, among words in capitals ("ON BEHALF OF THE")?"""
    def caps(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and len(doc[i].text) > 1 and doc[i].is_upper
    return all(caps(i) for i in range(ts, te) if doc[i].is_alpha) and (caps(ts - 1) or caps(te))


def _heading_words(doc, taken, owner, gaz: Gazetteer) -> None:
    """Drop the model's "names" in headings that are ordinary words capitalised as headings
    are ("Getting Started", "Spare Parts", "Loser") or in text written in capitals ("ROAD
    CLOSED", "TIRED"): every word common or written in lower case elsewhere, no given name, no
    gazetteer name, never a name outside the headings."""
    heads = _heading_lines(doc)
    in_head = [False] * len(doc)
    for a, b in heads:
        in_head[a:b] = [True] * (b - a)
    for ts, (te, m) in taken.items():
        if _in_capitals(doc, ts, te):
            in_head[ts] = True
    if not any(in_head):
        return
    common, given = gaz.common_words, gaz.given_names
    lower = _lower_words(doc)
    outside = {" ".join(t.text for t in doc[ts:te]) for ts, (te, m) in taken.items() if not in_head[ts]}
    for ts, (te, m) in list(taken.items()):
        if not in_head[ts] or m.source not in ("model", "propagated"):
            continue
        toks = [t for t in doc[ts:te] if t.is_alpha]
        words = " ".join(t.text for t in doc[ts:te])
        if toks and words not in outside and gaz.lookup(words.split()) is None and all(
                t.text not in given and (t.lower_ in common or t.lower_ in lower or t.is_stop) for t in toks):
            taken.pop(ts)
            owner[ts:te] = [None] * (te - ts)


# Words that follow a verb opening an instruction, never a name opening a sentence: "Stir the
# sauce", "Wiggle your toes", "Wake it up", "Whisk together".
_OBJECT_WORDS = frozenset("the a an your my our their its it them em every each these those together".split())


# Labels of captions and credits: "Image: Mira Tolk", "Photo: Harbour Post".
_LABELS = frozenset("image images photo photos picture pictures credit credits source sources video audio caption "
                    "illustration graphic map file".split())


def _commands(doc, taken, owner, gaz: Gazetteer) -> None:
    """Drop the model's one-word "name" opening a sentence right before an article or an
    object pronoun ("Stir the sauce", "Wake it up"): a verb of an instruction. Not a given
    name, a name our tables know, or a word the text capitalises inside a sentence too. A
    caption's or a credit's label before a colon is no name either ("Image: Mira Tolk")."""
    inside = _inside_words(doc)
    for ts, (te, m) in list(taken.items()):
        if te - ts == 1 and te < len(doc) and doc[te].text == ":" and doc[ts].lower_ in _LABELS \
                and m.source in ("model", "propagated"):
            taken.pop(ts)
            owner[ts] = None
            continue
        if te - ts > 1 and m.source == "model" and m.type in ("PERSON", "ORG") and _opens(doc, ts) \
                and _gerund(doc[ts].text, gaz) and doc[te - 1].lower_ not in _ORG_ENDINGS:
            taken.pop(ts)   # "Reducing Stress", "Watching the Tide": a heading or a clause opening
            owner[ts:te] = [None] * (te - ts)   # with a verb, no name; a known name in it stays one
            for a, b, entry in gaz.match([t.text for t in doc[ts:te]]):
                if entry.curated or entry.type in ("GPE", "LOC"):
                    taken[ts + a] = (ts + b, Mention(doc[ts + a].idx, doc[ts + b - 1].idx + len(doc[ts + b - 1].text),
                                                     entry.type, entry.canonical, source="gazetteer"))
                    owner[ts + a:ts + b] = [ts + a] * (b - a)
            continue
        if te - ts != 1 or te >= len(doc) or m.source not in ("model", "propagated") \
                or m.type not in ("PERSON", "ORG") or doc[te].lower_ not in _OBJECT_WORDS \
                or not doc[te].text.islower() or not _opens(doc, ts):
            continue
        word = doc[ts].text
        if word.isalpha() and not word.isupper() and word not in gaz.given_names and word not in inside \
                and gaz.lookup([word]) is None:
            taken.pop(ts)
            owner[ts] = None


def _gerund(word: str, gaz: Gazetteer) -> bool:
    """Is a capitalised word a verb's -ing form ("Reducing", "Putting", "Using"), not a name
    ending so ("Irving", "Bering", "Viking")?"""
    low = word.lower()
    if not (word.istitle() and low.endswith("ing") and len(low) > 5) or word in gaz.given_names:
        return False
    stem = low[:-3]
    return any(s in gaz.common_words for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))
