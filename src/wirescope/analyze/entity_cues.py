"""What the words right around a one-word name say it is, when no table knows the name.

The model calls most capitalised words it has never seen places ("Tanvir", "Okabara",
"Kalvara" alike). `_retype` in `entity_retype.py` asks `unknown_name_type` before it
drops such a "place" for want of evidence; the answer comes from the few words around it:

- a person: "said Orvin", "Belwin asked", "Wrenfold et al.", "Tanvir from Bangladesh", "I'm Nadira",
  "Tyler, 34,", "Cara, a nurse", "Cara's husband",
  "spoke to Morvik", "Tessel, who", and a name joined by "and" to a person's
  ("Morvik and Tanvir");
- an event: "Harbourfest happened", "the summit took place";
- a place: "throughout Varnia", "the island of Kalvara", "the Kalamaja and Pelguranna
  districts", "Sorvik lakes".

The passes that add or retype names from the words around them:

- `speaker_names`: the names a verb of saying gives away ("Pagor said", "said Orvin,"), and
  their repeats;
- `places_after_prepositions`: the name after "in", "near" or "throughout" ("the week in
  Madeira"), and its repeats;
- `towns_before_regions`: the name before ", <state or country>" after a place preposition,
  or before a US state's abbreviation ("in Florence, Alabama,", "Camden, N.J.");
- `possessive_names`: an unknown capitalised word in the possessive inside a sentence is a
  person ("out of respect for Varnell's memory");
- `shops_by_owner`: a possessive name with no noun after it is a place ("at the McDonald's.");
- `cited_authors`: the surname before "et al." is a person ("Wrenfold-Maas et al.");
- `peoples_adjectives`: a people's or a realm's adjective the model took for a person
  ("an Olvarian wizard", "the town's Ottoman era") is NORP;
- `complete_given_names`: a person the model cut after the given name grows over the surname
  ("John" + "Marlowe", "John" + "Peder Lindqvist");
- `coordinated_names`: the capitalised word that "and"/"or" joins to a person's or a known
  place's name ("Morris and Tavernier").
"""

from __future__ import annotations

from .entity_tokens import BODIES, KIN, Mention, _group_noun, _inside_words, _is_name_token, _lowers, _opens, _ORG_ENDINGS
from .gazetteer import US_STATE_ABBREVIATIONS, Gazetteer
from .lexicon_dates import AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS
from .roles import ROLE_NOUN

__all__ = ["unknown_name_type", "introduced", "coordinated_names", "listed_before_places", "complete_given_names",
           "speaker_names", "places_after_prepositions", "towns_before_regions", "shops_by_owner", "cited_authors",
           "possessive_names", "peoples_adjectives", "PLACE_NOUNS"]

# Verbs of saying and thinking that a person does: "Belwin asked", "said Orvin".
_PERSON_VERBS_AFTER = frozenset("""said says told asked added wrote writes explained replied argued insisted
thinks thought believes believed wants wanted knows knew smiled smiles laughed laughs nodded recalled claimed
admitted agreed answered urged warned announced reasoned wondered decided hoped felt feels sighed shrugged
grinned frowned looks looked whispered shouted yelled died""".split())
_PERSON_VERBS_BEFORE = frozenset("thanked appointed interviewed married hired".split())
# ... and verbs of saying before a speaker and a stop: "said Orvin," (not "says Muuga at 60%").
_SAID_BEFORE = frozenset("said says asked told added replied".split())
# "spoke to Morvik", "talked with Tanvir"
_TALK_VERBS = frozenset("spoke speak speaks speaking talked talk talks talking".split())
_EVENT_VERBS = frozenset("happened happens occurred occurs".split())
# Nouns a place's name modifies or that a list of places ends on: "Kalamaja and Pelguranna
# districts", "Sorvik lakes", "the island of Kalvara".
PLACE_NOUNS = frozenset("""district districts island islands lake lakes river rivers province provinces
region regions county counties municipality municipalities village villages town towns city
cities peninsula valley valleys hills mountains bay coast state states oblast neighbourhood
neighborhood neighbourhoods neighborhoods suburb suburbs""".split())
# "throughout Varnia": prepositions that take places, beyond those `_retype` counts.
_PLACE_PREPS = frozenset("throughout within across around".split())
# Nouns before "of" that make the name after it a place: "the island of Kalvara".
_PLACE_OF = PLACE_NOUNS | frozenset("outskirts shores capital kingdom republic streets".split())


def _word(doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def unknown_name_type(doc, ts: int, te: int, taken, gaz: Gazetteer) -> str | None:
    """PERSON, EVENT or "place" for the one-word name at tokens ts..te by the words
    around it; None when they say nothing."""
    prev, nxt = _word(doc, ts - 1), _word(doc, te)
    nxt2 = _word(doc, te + 1)
    if nxt in _PERSON_VERBS_AFTER or prev in _PERSON_VERBS_BEFORE or (nxt == "et" and nxt2.startswith("al")) \
            or prev in _SAID_BEFORE and (te >= len(doc) or doc[te].is_punct) \
            or nxt == "," and nxt2 == "who" or nxt in ("himself", "herself") \
            or nxt in ("'s", "’s") and nxt2 in _KIN or nxt == "," and _age_or_role(doc, te + 1):
        return "PERSON"
    if introduced(doc, ts):
        return "PERSON"   # "I'm Nadira", "my name is Katie"
    if nxt in ("was", "is") and nxt2 in ("born", "glad", "sure", "afraid") \
            or prev == "to" and _word(doc, ts - 2) in ("wrote", "writes", "said", "says", "replied"):
        return "PERSON"   # "Lutherin was glad", "he wrote to Lutherin"
    if prev in ("to", "with") and _word(doc, ts - 2) in _TALK_VERBS \
            or prev == "both" and _word(doc, ts - 2) in ("to", "with") and _word(doc, ts - 3) in _TALK_VERBS:
        return "PERSON"
    if nxt == "from" and (found := taken.get(te + 1)) is not None and found[1].type in ("GPE", "LOC"):
        return "PERSON"   # "Tanvir from Bangladesh": someone from a place
    if nxt in _EVENT_VERBS or nxt == "took" and nxt2 == "place":
        return "EVENT"
    if prev in _PLACE_PREPS or prev == "of" and _word(doc, ts - 2) in _PLACE_OF or nxt in PLACE_NOUNS \
            or listed_before_places(doc, te):
        return "place"
    # joined by "and" to a person's name: "Morvik and Tanvir"
    if prev in ("and", "or") and (other := _mention_ending(taken, ts - 1)) is not None and other.type == "PERSON":
        return "PERSON"
    if nxt in ("and", "or") and (found := taken.get(te + 1)) is not None and found[1].type == "PERSON":
        return "PERSON"
    return None


def introduced(doc, ts: int) -> bool:
    """Does the speaker introduce themselves by the name at token ts ("I'm Nadira", "my name
    is Katie")?"""
    prev = _word(doc, ts - 1)
    return prev in ("'m", "’m") or prev == "am" and _word(doc, ts - 2) == "i" \
        or prev in ("is", "'s", "’s") and _word(doc, ts - 2) == "name"


# "Cara's husband": nouns of family a possessive person has.
_KIN = KIN | frozenset("parents family friend friends girlfriend boyfriend".split())


def _age_or_role(doc, i: int) -> bool:
    """Does an age ("Tyler, 34,") or a role ("Cara, a nurse at", "Luther, the
    theologian") follow the comma at token i - 1?"""
    if i < len(doc) and doc[i].like_num and i + 1 < len(doc) and doc[i + 1].text == ",":
        return True
    if not (i < len(doc) and doc[i].lower_ in ("a", "an", "the")):
        return False
    for tok in doc[i + 1:i + 5]:
        if tok.is_punct:
            return False
        if ROLE_NOUN.fullmatch(tok.lower_) or tok.lower_ in _PERSON_NOUNS:
            return True
    return False


# Nouns that describe a person, beyond the role nouns of `roles.py`.
_PERSON_NOUNS = frozenset("""man woman boy girl mother father son daughter wife husband student teacher
nurse doctor farmer writer poet artist singer actor actress player theologian philosopher priest monk
friend neighbour neighbor resident victim survivor""".split())


def listed_before_places(doc, te: int) -> bool:
    """Does "and"/"or", a name and a plural place noun follow token te - 1 ("Brennet
    [and Sorvik lakes]")?"""
    return _word(doc, te) in ("and", "or") and te + 1 < len(doc) and _is_name_token(doc[te + 1]) \
        and _word(doc, te + 2) in PLACE_NOUNS and _word(doc, te + 2).endswith("s")


def _mention_ending(taken, end: int) -> Mention | None:
    """The mention whose last token is end - 1."""
    for ts, (te, m) in taken.items():
        if te == end:
            return m
    return None


def coordinated_names(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """A capitalised word no pass took, joined by "and"/"or" to a person's name or a known
    place's, is a name of the same kind: "Morris and Tavernier", "Lord Harland and
    Whitcombe", "Luzon and Izmail" (not at a sentence's start, not a common word)."""
    ends = {te: (ts, m) for ts, (te, m) in taken.items()}
    n = len(doc)
    lowers = _lowers(doc)
    joins = [k for k, w in enumerate(lowers) if w in ("and", "or")]
    for i in sorted({k + d for k in joins for d in (-1, 1) if 0 <= k + d < n}):
        tok = doc[i]
        if owner[i] is not None:
            continue
        if not _is_name_token(tok) or not tok.is_alpha or len(tok.text) < 3 \
                or tok.lower_ in gaz.common_words or tok.is_stop or _opens(doc, i) \
                or i + 1 < n and (_is_name_token(doc[i + 1]) or doc[i + 1].text in ("'s", "’s")):
            continue
        other = None
        if i >= 2 and doc[i - 1].lower_ in ("and", "or") and (found := ends.get(i - 1)) is not None:
            other = found[1]
        elif i + 2 < n and doc[i + 1].lower_ in ("and", "or") and (found := taken.get(i + 2)) is not None:
            other = found[1]
        if other is None or not (other.type == "PERSON" or other.type in ("GPE", "LOC") and other.source == "gazetteer"):
            continue
        if other.type == "PERSON" and gaz.lookup([tok.text]) is not None:
            continue
        put(i, i + 1, Mention(tok.idx, tok.idx + len(tok.text), other.type, source="cue"))


def complete_given_names(doc, taken, owner, gaz: Gazetteer) -> None:
    """A person's mention that is a lone given name followed by capitalised words no pass
    took is the whole name: "John Marlowe", "John Peder Lindqvist" (a common word inside
    only before another name word, no word opening a sentence, at most two words)."""
    n = len(doc)
    for ts, (te, m) in list(taken.items()):
        if m.type != "PERSON" or te - ts != 1 or doc[ts].text not in gaz.given_names:
            continue
        e = te
        while e < n and e - te < 2 and owner[e] is None and _surname_like(doc[e], gaz) and not _opens(doc, e):
            e += 1
        while e > te and doc[e - 1].lower_ in gaz.common_words:
            e -= 1   # "John Peder" + a common word at the end: not the name's
        if e > te:
            taken[ts] = (e, m)
            owner[te:e] = [ts] * (e - te)
            m.end = doc[e - 1].idx + len(doc[e - 1].text)


def _surname_like(tok, gaz: Gazetteer) -> bool:
    return _is_name_token(tok) and tok.is_alpha and not tok.is_upper and gaz.lookup([tok.text]) is None


# Verbs of saying that report what a person said: "“…,” Pagor said", "said Orvin,".
_SAYING = frozenset("""said says told asked added replied wrote explained answered whispered shouted yelled
muttered insisted recalled""".split())
_SPEAKER_WORDS = 3


def speaker_names(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """Capitalised words no pass took right before a verb of saying ("Pagor said") or right
    after one and before a stop ("said Orvin,") name a person (an acronym an organisation:
    "the NHS said"), and so do their repeats; not
    common words, stop words, groups ("Analysts said") or names a table knows ("Moscow")."""
    n = len(doc)
    found: set[tuple[str, ...]] = set()
    for i in (k for k, w in enumerate(_lowers(doc)) if w in _SAYING):
        j = i   # before: "Pagor said"
        while j > 0 and i - j < _SPEAKER_WORDS and _speaker_word(doc, j - 1, owner, gaz):
            j -= 1
            if _opens(doc, j):
                break
        if j < i and not (j > 0 and (doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha or owner[j - 1] is not None)) \
                and (i - j > 1 or not _opens(doc, j) or doc[j].text in gaz.given_names or doc[j].text in _inside_words(doc)):
            # one word opening a sentence ("Reporters asked") only if capitalised elsewhere too
            found.add(tuple(t.text for t in doc[j:i]))
        k = i + 1   # after: "said Orvin,"
        while k < n and k - i <= _SPEAKER_WORDS and _speaker_word(doc, k, owner, gaz) and not _opens(doc, k):
            k += 1
        if k > i + 1 and (k == n or doc[k].is_punct):
            found.add(tuple(t.text for t in doc[i + 1:k]))
    found = {words for words in found if gaz.lookup(list(words)) is None}
    if not found:
        return
    longest = max(map(len, found))
    i = 0
    while i < n:   # every occurrence, but one opening a sentence only before a verb of saying again
        for k in range(min(longest, n - i), 0, -1):
            words = tuple(t.text for t in doc[i:i + k])
            if words in found and all(o is None for o in owner[i:i + k]) and (
                    not _opens(doc, i) or i + k < n and doc[i + k].lower_ in _SAYING):
                typ = "ORG" if all(w.isupper() for w in words) else "PERSON"   # "the NHS said"
                put(i, i + k, Mention(doc[i].idx, doc[i + k - 1].idx + len(doc[i + k - 1].text), typ,
                                      source="cue"))
                i += k
                break
        else:
            i += 1


def _speaker_word(doc, i: int, owner, gaz: Gazetteer) -> bool:
    tok = doc[i]
    return owner[i] is None and _is_name_token(tok) and tok.is_alpha and len(tok.text) > 1 and not tok.is_stop \
        and tok.lower_ not in gaz.common_words and gaz.lookup([tok.text]) is None and not _group_noun(tok.text)


# Prepositions after which a capitalised word no table knows is a place: "in Madeira".
_IN_PLACE = frozenset("in near outside throughout across within".split())
# The months' full names (lexicon_dates' abbreviations are not among them).
_MONTHS = frozenset(max((m for m in MONTHS if MONTHS[m] == i), key=len) for i in range(1, 13))


def places_after_prepositions(doc, owner, put, gaz: Gazetteer) -> None:
    """One to three capitalised words no pass took, after "in", "near", "outside",
    "throughout", "across" or "within" inside a sentence, name a place: "the week in
    Madeira" (not a common word, a given name, a demonym, a month or a body: "in
    English", "in May", "in Congress"); so do the same words wherever else the text
    writes them inside a sentence ("then to Madeira and back")."""
    n = len(doc)
    found: set[tuple[str, ...]] = set()
    for i in (k + 1 for k, w in enumerate(_lowers(doc)[:-1]) if w in _IN_PLACE):
        if owner[i] is not None or _opens(doc, i):
            continue
        e = i
        while e < n and e - i < 3 and owner[e] is None and _place_word(doc[e], gaz):
            e += 1
        if e == i or e < n and (doc[e].text in ("'s", "’s") or _is_name_token(doc[e]) and doc[e].text != "I"
                                or doc[e].like_num or doc[e].is_alpha and not doc[e].is_stop):
            continue   # "in Smith's view", "in Chapter 1", "in Petri dishes", a longer name
        put(i, e, Mention(doc[i].idx, doc[e - 1].idx + len(doc[e - 1].text), "GPE", source="cue"))
        found.add(tuple(t.text for t in doc[i:e]))
    for words in found:
        k = len(words)
        for i in range(n - k + 1):
            if doc[i].text == words[0] and tuple(t.text for t in doc[i:i + k]) == words and not _opens(doc, i) \
                    and all(o is None for o in owner[i:i + k]) and not (i + k < n and _is_name_token(doc[i + k])
                                                                         and doc[i + k].text != "I"):
                put(i, i + k, Mention(doc[i].idx, doc[i + k - 1].idx + len(doc[i + k - 1].text), "GPE", source="cue"))


def _place_word(tok, gaz: Gazetteer) -> bool:
    """A capitalised word that may be a place's: no common word or its plural, no gerund
    ("in Lending Act"), given name, month, demonym or body."""
    low = tok.lower_
    return _is_name_token(tok) and tok.is_alpha and not tok.is_upper and len(tok.text) > 2 \
        and low not in gaz.common_words and low.removesuffix("s") not in gaz.common_words \
        and not low.endswith("ing") and low not in _DOCUMENTS and tok.text not in gaz.given_names \
        and not tok.is_stop and low not in _MONTHS and gaz.country_of(tok.text) is None and tok.text not in BODIES


# Last words of laws and documents: "the Justice in Lending Act".
_DOCUMENTS = frozenset("act acts law laws bill code treaty accord accords charter convention".split())


# Prepositions before "<town>, <state or country>": "stayed in Florence, Alabama", "residents of
# Brackley, Massachusetts".
_TOWN_PREPS = frozenset("in of from at near outside to into".split())
_TOWN_WORDS = 3


def _state_abbreviation(word: str) -> str | None:
    """The state a US abbreviation stands for, also in a dateline's capitals ("FLA.")."""
    return US_STATE_ABBREVIATIONS.get(word) or (US_STATE_ABBREVIATIONS.get(word.title()) if word.isupper() else None)


def _abbreviated_state(doc, i: int) -> int:
    """The end of a US state's abbreviation at token i ("Ill.", or "Tex" + "."), else i."""
    if _state_abbreviation(doc[i].text):
        return i + 1
    if i + 1 < len(doc) and _state_abbreviation(doc[i].text + ".") and doc[i + 1].text == "." \
            and not doc[i].whitespace_:
        return i + 2
    return i


def _region_ends_phrase(doc, te: int) -> bool:
    """Does the region end its phrase ("in Florence, Alabama, and", "Oregon.", "Oregon —", a
    line's end, a ZIP code)?"""
    return te == len(doc) or doc[te].is_punct and doc[te].text not in ("'", "’") \
        or doc[te].text.islower() and doc[te].is_alpha or doc[te].is_space or doc[te].like_num


def _town_before(doc, k: int) -> int:
    """The first token of the one to three capitalised words ending before token k."""
    j = k
    while j > 0 and k - j < _TOWN_WORDS and _is_name_token(doc[j - 1]) and doc[j - 1].is_alpha:
        j -= 1
    return j


def towns_before_regions(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """The name before ", <state or country>" is a town, the way news copy places one:
    after a place preposition ("a day in Florence, Alabama, then", "residents of Brackley,
    Massachusetts,"), or before a US state's abbreviation anywhere ("SPRINGFIELD, Ill. —",
    "police in Camden, N.J., said"), which becomes a place too; the model may have made the
    town a person or missed it. `find_mentions` then joins the two into one place. Not a list
    of states or countries ("in Texas, Oregon and Utah"), nor a possessive ("Florence,
    Alabama's ...")."""
    n = len(doc)
    # surnames of the people named elsewhere: "According to Marchetti, Italy asked …"
    # attributes; it names no town
    people = {doc[e - 1].text for s, (e, m) in taken.items() if m.type == "PERSON" and e - s >= 2}

    def make_town(j: int, k: int) -> None:
        if doc[k - 1].text in people or j >= 2 and doc[j - 2].lower_ == "according" \
                or doc[k - 1].lower_ in _ORG_ENDINGS:
            return   # "at Ardmore University, Norway": the body is no town
        owners = set(owner[j:k])
        if owners == {None}:
            put(j, k, Mention(doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text), "GPE", source="cue"))
        elif owners == {j} and taken[j][0] == k and taken[j][1].type in ("PERSON", "ORG", "LOC"):
            taken[j][1].type, taken[j][1].canonical = "GPE", None

    for ts, (te, m) in sorted(taken.items()):
        region = gaz.lookup([t.text for t in doc[ts:te]])
        if m.type != "GPE" or region is None or not region.curated or region.type != "GPE" or ts < 3 \
                or doc[ts - 1].text != "," or not _region_ends_phrase(doc, te):
            continue
        j = _town_before(doc, ts - 1)
        if j == ts - 1 or doc[j - 1].lower_ not in _TOWN_PREPS:
            continue
        town = gaz.lookup([t.text for t in doc[j:ts - 1]])
        if town is None or not town.curated:   # else "in Texas, Oregon and Utah": a list
            make_town(j, ts - 1)
    for i in range(2, n):
        e = _abbreviated_state(doc, i)
        if e == i or doc[i - 1].text != "," or not _region_ends_phrase(doc, e):
            continue
        j = _town_before(doc, i - 1)
        if j == i - 1 or len(set(owner[i:e])) > 1 or owner[i] is not None and (owner[i] != i or taken[i][0] != e):
            continue
        state = _state_abbreviation(doc[i].text if e == i + 1 else doc[i].text + ".")
        if owner[i] is None:
            put(i, e, Mention(doc[i].idx, doc[e - 1].idx + len(doc[e - 1].text), "GPE", state, source="cue"))
        else:
            taken[i][1].type, taken[i][1].canonical = "GPE", state
        make_town(j, i - 1)


# Words that may follow a possessive name that stands for a shop or a house, with no noun
# after it: "at the McDonald's, which", "Lindqvist's is a bookshop".
_AFTER_SHOP = frozenset("which where that and or in on at for to with is was has had near".split())
_BEFORE_SHOP = frozenset("at to in from near the a".split())


def shops_by_owner(doc, taken) -> None:
    """A person's or company's name in the possessive with no noun after it, where places
    go or a relative "which" follows, is a place, a shop or a house named after its owner:
    "at the McDonald's.", "is Lindqvist's which is a bookshop", "a concert at Lindqvist's in 1921"
    (not "Smith's car" nor "the book is Mary's.")."""
    n = len(doc)
    for ts, (te, m) in taken.items():
        if m.type not in ("PERSON", "ORG") or te + 1 > n or doc[te].text not in ("'s", "’s") or not ts:
            continue
        nxt = doc[te + 1] if te + 1 < n else None
        bare = nxt is None or nxt.is_punct and nxt.text not in ("-", "–") or nxt.lower_ in _AFTER_SHOP
        if bare and doc[ts - 1].lower_ in _BEFORE_SHOP or nxt is not None and nxt.lower_ in ("which", "where"):
            m.type, m.canonical = "FAC", None


_HYPHENS = frozenset("- ‐ ‑".split())


def cited_authors(doc, taken, owner, put) -> None:
    """The surname before "et al." is a cited author, a person, whatever the model said,
    with the whole of a double-barrelled name ("Wrenfold-Maas et al., 2019")."""
    n = len(doc)
    for i in range(1, n - 1):
        if doc[i].lower_ != "et" or doc[i + 1].lower_ not in ("al", "al."):
            continue
        e = i
        s = e - 1
        if not (_is_name_token(doc[s]) and doc[s].is_alpha):
            continue
        while s >= 2 and doc[s - 1].text in _HYPHENS and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
                and _is_name_token(doc[s - 2]) and doc[s - 2].is_alpha:
            s -= 2
        inside = {o for o in owner[s:e] if o is not None}
        if any(o < s or taken[o][0] > e for o in inside):
            continue   # part of a longer name
        for o in inside:
            end = taken.pop(o)[0]
            owner[o:end] = [None] * (end - o)
        put(s, e, Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), "PERSON", source="cue"))


# Days and months in the possessive are times, not people: "Sunday's election", "January's
# figures" (a month that is also a name, "May's cabinet", may be a person).
_DAY_NAMES = frozenset(WEEKDAYS) | (frozenset(MONTHS) - AMBIGUOUS_MONTHS)


def possessive_names(doc, owner, put, gaz: Gazetteer) -> None:
    """A capitalised word inside a sentence, in the possessive, that no pass took and no
    table knows as a word, a place or a town is a person's name: "respect for Varnell's
    innocence", "rereading Varnell's Letters from the Coast" (a possessor with a mind of its
    own is far more often a person than a company or a place the tables would not know)."""
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        if doc[i + 1].text not in ("'s", "’s") or owner[i] is not None or not tok.is_alpha or tok.lower_ in _DAY_NAMES \
                or not _is_name_token(tok) or tok.is_upper or _opens(doc, i) or tok.lower_ in gaz.common_words \
                or gaz.lookup([tok.text]) is not None or gaz.country_of(tok.text) or tok.text in gaz.towns \
                or tok.text in BODIES or owner[i - 1] is not None or _is_name_token(doc[i - 1]):
            continue
        put(i, i + 1, Mention(tok.idx, tok.idx + len(tok.text), "PERSON", source="cue"))


_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "an")


def peoples_adjectives(doc, taken, gaz: Gazetteer) -> None:
    """A one-word "person" shaped like an adjective of a people or a realm ("-ian", "-ese",
    "-ish", "-ic", "-an"), after "a", "an", "the" or a possessive and before a lower-case
    noun, is that adjective (NORP): "an Olvarian wizard", "the town's Ottoman era"; no
    person's name takes an article there ("the Brian said" does not occur)."""
    n = len(doc)
    for ts, (te, m) in taken.items():
        word = doc[ts].text
        if te - ts != 1 or m.type != "PERSON" or m.source not in ("model", "propagated") or not ts or te >= n \
                or not word.lower().endswith(_ADJECTIVE_ENDINGS) or word in gaz.given_names:
            continue
        nxt = doc[te]
        if doc[ts - 1].lower_ in ("a", "an", "the", "'s", "’s") and nxt.is_alpha and nxt.text.islower() \
                and not nxt.is_stop and nxt.lower_ not in _PERSON_VERBS_AFTER:
            m.type, m.canonical = "NORP", None
