"""Named-entity mentions: the statistical model, gazetteers and rules, combined.

Finding happens in three passes over a spaCy `Doc`:

1. the NER model (the packaged one or any spaCy pipeline the user names);
2. rules: a title before a capitalised name ("Prime Minister Donald Tusk")
   or a role appositive after it makes it a PERSON and gives it a role; a
   title is never part of the name span;
3. gazetteers fill places, organisations and demonyms (NORP) the model
   missed, and tell GPE from LOC for the places it found.

`find_mentions` returns `Mention`s; `canonical.py` groups them into entities.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, load_gazetteer
from .nlp import LABELS
from .roles import HONORIFICS, ROLE_NOUN, is_glue_word, is_title_word, normalize_role

__all__ = ["Mention", "find_mentions", "find_entities"]

# Words that end a place name as a LOC or FAC, not a GPE.
_LOC_HEADS = frozenset("sea ocean river lake gulf bay strait mountains mountain mount valley "
                       "desert island islands peninsula coast region".split())
_FAC_HEADS = frozenset("airport bridge square street avenue road station base plant port "
                       "stadium palace tower hospital prison dam highway building hall mansion "
                       "castle cathedral mosque temple".split())
_NAME_PARTICLES = frozenset("bin ibn al al- de del della da van von der le la du dos di".split())
# Country and region names that are also given names or surnames.
_NAME_LIKE_PLACES = frozenset("Jordan Chad Georgia India Israel Kenya Victoria Florence Charlotte "
                              "Virginia Carolina Austin Madison Lincoln Jackson".split())
_LEAD_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})


@dataclass(slots=True)
class Mention:
    """One named mention: a span of the text, its type and what we know of it."""

    start: int
    end: int
    type: str
    canonical: str | None = None       # a gazetteer's canonical name
    roles: list[str] = field(default_factory=list)
    source: str = "model"               # model | title | gazetteer | propagated
    # Where the bare name starts: a person's mention covers the whole naming phrase
    # ("Italian Minister of Defense Guido Crosetto", as in GUM and coreference
    # corpora); the name ("Guido Crosetto") starts here. None: at `start`.
    name_start: int | None = None

    @property
    def name_span(self) -> tuple[int, int]:
        return (self.start if self.name_start is None else self.name_start, self.end)


# Lower-case words that may stand inside a name ("Bank of America", "Organization
# of the Petroleum Exporting Countries", "Abu Bakr al-Baghdadi").
_NAME_INNER = frozenset("of the and for de del della da di du la le van von der den bin ibn al "
                        "on in at to & y e".split())


def _name_shaped(doc, s: int, e: int) -> bool:
    """Does a token range look like a name: short, capitalised, no clause inside?"""
    if e - s > 10:
        return False
    for tok in doc[s + 1:e]:
        if tok.is_punct and tok.text not in (".", "-", "&", "'", "’"):
            return False
        if tok.is_alpha and tok.text.islower() and tok.text not in _NAME_INNER and not (
                is_title_word(tok.text) or is_glue_word(tok.text)):
            return False
    return True


def _text(doc) -> str:
    """The Doc's text, built once (Doc.text joins every token anew on each call)."""
    text = doc.user_data.get("wirescope.text")
    if text is None:
        text = doc.user_data["wirescope.text"] = doc.text
    return text


def _starts(doc, i: int) -> bool:
    """Does token i open a sentence? (Token.is_sent_start rescans the Doc on every call.)"""
    starts = doc.user_data.get("wirescope.sent_starts")
    if starts is None:
        starts = {s.start for s in doc.sents} if doc.has_annotation("SENT_START") else {0}
        doc.user_data["wirescope.sent_starts"] = starts
    return i in starts


def _is_name_token(tok) -> bool:
    text = tok.text
    return (text[:1].isupper() and any(c.isalpha() for c in text)
            and not is_title_word(text) and text.lower() not in HONORIFICS)


def _name_after(doc, i: int) -> tuple[int, int] | None:
    """Token range of a capitalised name starting at token i (particles allowed inside)."""
    j = i
    while j < len(doc) and (_is_name_token(doc[j]) or (
            j > i and doc[j].lower_ in _NAME_PARTICLES and j + 1 < len(doc)
            and _is_name_token(doc[j + 1]))):
        if doc[j].text in ("’s", "'s") or (j > i and _starts(doc, j)):
            break
        j += 1
        if j - i >= 5:
            break
    return (i, j) if j > i else None


# Lower-case role nouns that stand right before a person's name.
_PERSON_DESCRIPTORS = frozenset("""president minister secretary spokesman spokeswoman spokesperson
senator governor mayor general colonel admiral commander ambassador envoy adviser advisor analyst
scientist economist historian professor lawmaker congressman congresswoman judge prosecutor
lawyer attorney researcher expert journalist correspondent editor reporter diplomat negotiator
coach ceo chairman chairwoman founder leader premier chancellor king queen prince princess pope
activist author candidate nominee officer captain sergeant""".split())
# Last words of organisation names ("General Motors", "President Hotel Group").
_ORG_ENDINGS = frozenset("""motors corp corporation inc ltd llc plc group bank party assembly council
committee ministry department university college institute agency company airlines electric
dynamics hospital church club association union force army navy office court commission
foundation fund trust school academy hotel center centre""".split())


def _title_ends_at(doc, i: int) -> bool:
    """Does a title end right before token i? ("President", "Minister of Defense")."""
    prev = doc[i - 1]
    if prev.lower_ in HONORIFICS:
        return True
    if is_title_word(prev.text):
        # lower-case, only words that stand before a name ("press secretary Sabrina
        # Singh"), not ones that also qualify things ("official website", "head office")
        return prev.text[:1].isupper() or prev.lower_ in _PERSON_DESCRIPTORS
    # "Minister of Defense Guido Crosetto", "Secretary of State Marco Rubio";
    # but "head of the Odesa Regional Military Administration" heads a body
    via_of = False
    for k in range(i - 1, max(-1, i - 5), -1):
        tok = doc[k]
        if tok.lower_ == "the":
            return False
        if is_title_word(tok.text):
            return via_of
        if tok.lower_ in ("of", "for"):
            if k == i - 1:
                return False   # "a spokesman for Trump" is someone else; "Secretary of State X"
            via_of = True
        elif not (is_glue_word(tok.text) or (tok.text[:1].isupper() and tok.is_alpha)):
            return False
    return False


def _role_before(doc, i: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """A title phrase ending right before token i: (first token, role text)."""
    k = i - 1
    if k < 0 or not _title_ends_at(doc, i):
        return None
    if doc[k].lower_ in HONORIFICS:
        return (k, "")
    start = k
    while k >= 0:
        tok = doc[k]
        if is_title_word(tok.text) or is_glue_word(tok.text) or tok.text in ("-",):
            start = k
        elif k and _is_name_token(tok) and _is_name_token(doc[k - 1]) and not any(
                gaz.lookup([w]) or gaz.country_of(w) or is_glue_word(w) or w.isupper()
                for w in (tok.text, doc[k - 1].text)) \
                and not gaz.lookup([doc[k - 1].text, tok.text]):
            break           # "Robert Pangborn Vice President ...": another name ends the title
        elif tok.text[:1].isupper() and not _starts(doc, k) and tok.is_alpha or tok.text in (
                "US", "U.S.", "UK", "EU", "UN"):
            start = k       # "Italian", "Pentagon", "US"
        elif tok.text[:1].isupper() and _starts(doc, k) and (
                gaz.country_of(tok.text) or gaz.lookup([tok.text])):
            start = k
            break
        else:
            break
        k -= 1
    # do not let the phrase start with glue ("of", "the")
    while start < i and doc[start].lower_ in ("the", "of", "and", "for", "at", "on", "to", "-"):
        start += 1
    text = _text(doc)[doc[start].idx:doc[i - 1].idx + len(doc[i - 1].text)]
    return (start, text)


def _role_after(doc, end: int) -> str | None:
    """An appositive role after a name: "Donald Jensen, a senior advisor for Russia ..."."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    sent_end = doc[end].sent.end if doc.has_annotation("SENT_START") else len(doc)
    k = end + 1
    stop = min(sent_end, k + 16)
    j = k
    while j < stop and doc[j].text not in (",", ";", ":", "(", ")", "—", "–") and not (
            doc[j].text == "." and j == sent_end - 1):
        if doc[j].lower_ in ("said", "says", "told", "added", "who", "which", "that"):
            return None
        j += 1
    if j == k:
        return None
    phrase = _text(doc)[doc[k].idx:doc[j - 1].idx + len(doc[j - 1].text)]
    first = doc[k].lower_
    if first not in ("a", "an", "the", "its", "his", "her", "their") and not doc[k].text[:1].isupper():
        return None
    if not ROLE_NOUN.search(phrase):
        return None
    words = phrase.split(" ", 1)
    return words[1] if first in ("a", "an", "the") and len(words) > 1 else phrase


def _place_type(text: str, gaz: Gazetteer) -> tuple[str, str | None]:
    words = text.split()
    entry = gaz.lookup(words)
    if entry is not None and entry.type in ("GPE", "LOC"):
        return entry.type, entry.canonical
    last = words[-1].lower() if words else ""
    if last in _LOC_HEADS or (words and words[0].lower() in ("mount", "lake", "gulf")):
        return "LOC", None
    if last in _FAC_HEADS:
        return "FAC", None
    return "GPE", None


def _strip(doc, start: int, end: int) -> tuple[int, int]:
    """Token range without a leading article or trailing possessive/punctuation."""
    while start < end and (doc[start].text in _LEAD_ARTICLES or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in ("’s", "'s", "’", "'") or doc[end - 1].is_punct):
        end -= 1
    return start, end


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
    for s0, e0, model_label in _model_spans(doc, gaz):
        label = LABELS.get(model_label)
        if label is None:
            continue
        s, e = _strip(doc, s0, e0)
        if not _name_shaped(doc, s, e):
            continue   # a statistical model's run-on span is no name
        if s >= e:
            continue
        if all(is_title_word(t.text) or is_glue_word(t.text) or t.lower_ in HONORIFICS
               for t in doc[s:e]) and (label != "PERSON" or not doc[s].text[:1].isupper() or (
                e < len(doc) and (doc[e].is_alpha and not doc[e].is_stop or _is_name_token(doc[e])))):
            # "Deputy government spokesman ...": a title opening a longer phrase names no
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
        if label in ("GPE", "LOC", "FAC"):
            label, canonical = _place_type(text, gaz)
        elif label == "ORG":
            entry = gaz.lookup(text.split())
            canonical = entry.canonical if entry and entry.type == "ORG" else None
        m = Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), label, canonical)
        if label == "PERSON" and name_start is not None:
            m.name_start = name_start
            m.roles.append(normalize_role(_text(doc)[doc[s].idx:name_start], _country(gaz)))
        put(s, e, m)

    def fill(single: bool) -> None:
        for s, e, entry in matches:
            s2, e2 = _strip(doc, s, e)
            if s2 >= e2 or ((e2 - s2 == 1) != single):
                continue
            clash = overlaps(s2, e2)
            end_char = doc[e2 - 1].idx + len(doc[e2 - 1].text)
            if len(clash) == 1 and \
                    taken[clash[0]][1].name_start is not None and end_char <= taken[clash[0]][1].name_start:
                # "US" in "US President Joe Biden": a name inside a person's title
                nested.append(Mention(doc[s2].idx, end_char, entry.type, entry.canonical,
                                      source="gazetteer"))
                continue
            if clash:
                continue
            put(s2, e2, Mention(doc[s2].idx, doc[e2 - 1].idx + len(doc[e2 - 1].text),
                                entry.type, entry.canonical, source="gazetteer"))

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
            if span and doc[span[1] - 1].lower_.rstrip(".") in _ORG_ENDINGS:
                span = None   # "General Motors": a title word opening an organisation's name
            if span and gaz.lookup([t.text for t in doc[span[0]:span[1]]]) is None \
                    and not any(ts in protected for ts in overlaps(*span)):
                s, e = _strip(doc, *span)
                if s < e:
                    found = _role_before(doc, s, gaz)
                    first = found[0] if found else s
                    m = Mention(doc[first].idx, doc[e - 1].idx + len(doc[e - 1].text), "PERSON",
                                source="title", name_start=doc[s].idx)
                    if found and found[1]:
                        m.roles.append(normalize_role(found[1], _country(gaz)))
                    put(first, e, m, force=True)
                    i = e
                    continue
        i += 1

    # 4. gazetteer fill, single words
    fill(single=True)

    # 5. a name found once is the same name elsewhere: "Tusk" after "Donald Tusk",
    # "Zelensky" after "Volodymyr Zelenskiy", "Kursk" after the model tagged it once
    _propagate(doc, taken, owner, put)

    # 6. what the words themselves tell: "Betty" alone is a person, not a place; a
    # capitalised "Add" or "Sorry" opening a sentence is no name
    _lone_given_names(doc, taken, owner, put, gaz)
    _name_cues(doc, taken, owner, put, gaz)
    _org_names(doc, taken, owner, put)
    _retype(doc, taken, owner, gaz)

    # places named inside organisations and titles ("Leiden" in "Leiden University",
    # "Mexico" in "Protector of Mexico"): mentions of the place too, as in GUM
    nested.extend(_places_inside(doc, taken, gaz))

    # appositive roles for people
    mentions: list[Mention] = []
    for ts in sorted(taken):
        te, m = taken[ts]
        if m.type == "PERSON":
            role = _role_after(doc, te)
            if role:
                m.roles.append(normalize_role(role, _country(gaz)))
        # the possessive belongs to the noun phrase ("Norton's"), as in GUM
        if te < len(doc) and doc[te].text in ("'s", "’s") and doc[te].idx == m.end:
            m.end = doc[te].idx + len(doc[te].text)
        # "San Francisco, California" names one place; California stays a mention too
        if mentions and m.type == "GPE" and mentions[-1].type == "GPE" and \
                _text(doc)[mentions[-1].end:m.start] == ", " and _is_region_of(doc, m, gaz):
            mentions[-1].end = m.end
            nested.append(m)
            continue
        mentions.append(m)
    return sorted(mentions + nested, key=lambda m: (m.start, -m.end))


_SPAN_CUTS = frozenset("on in at from during".split())


def _model_spans(doc, gaz: Gazetteer):
    """The model's spans, its run-ons undone: a span stops at a lower-case preposition
    ("Brussels on Friday", "Foreign Ministry in Bucharest"), and a span joining known names with "and" or a
    comma is one span per name ("Ukraine and Russia"), unless the whole is a name of its
    own ("Bosnia and Herzegovina")."""
    for ent in doc.ents:
        s, e, label = ent.start, ent.end, ent.label_
        while s < e - 1 and doc[s].is_stop and doc[s].text[1:].islower() and _opens(doc, s) \
                and doc[s].text not in _LEAD_ARTICLES and doc[s].text not in _WORD_GIVEN_NAMES \
                and doc[s].text not in gaz.given_names and _is_name_token(doc[s + 1]):
            s += 1   # "Once Cyclone Phailin comes ashore": the sentence's first word is no name's
        e = next((k for k in range(s + 1, e) if doc[k].text in _SPAN_CUTS), e)
        words = [t.text for t in doc[s:e]]
        cuts = [k for k, w in enumerate(words) if w in ("and", ",", "&")]
        if cuts and gaz.lookup(words) is None:
            bounds = [0, *cuts, len(words)]
            parts = [(s + a + (a > 0), s + b) for a, b in zip(bounds, bounds[1:])]
            parts = [_strip(doc, a, b) for a, b in parts]
            if all(a < b and (gaz.lookup([t.text for t in doc[a:b]]) is not None
                              or b - a == 1 and doc[a].text in gaz.towns) for a, b in parts):
                yield from ((a, b, label) for a, b in parts)
                continue
        yield s, e, label


def _places_inside(doc, taken, gaz: Gazetteer) -> list[Mention]:
    """Known places inside a longer mention: in an organisation's, facility's or event's
    name anywhere (not in a sea's or a mountain's) ("National Library of the Netherlands", "Kyiv Security Forum"), in a
    person's mention only in the title ("Emperor of the United States"), never in the
    name itself ("Jordan Henderson")."""
    out = []
    for ts, (te, m) in taken.items():
        if te - ts < 2 or m.type in ("GPE", "LOC", "NORP", "WEAPON"):
            continue   # "South China Sea" speaks of no China
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
            found = gaz.match(words[:-1])   # "U.S." in "U.S. Congress", a name of its own
        for s, e, entry in found:
            if entry.type not in ("GPE", "LOC") or (s == 0 and e == len(words) and lo == ts):
                continue
            s2, e2 = _strip(doc, lo + s, lo + e)
            if s2 < e2:
                out.append(Mention(doc[s2].idx, doc[e2 - 1].idx + len(doc[e2 - 1].text), entry.type,
                                   entry.canonical, source="nested"))
    return out


def _is_region_of(doc, m: Mention, gaz: Gazetteer) -> bool:
    """Is this place a country or state, the kind that follows a city after a comma?"""
    entry = gaz.lookup(_text(doc)[m.start:m.end].split())
    return entry is not None and entry.curated and entry.type == "GPE"


_ROMAN = re.compile(r"[IVXLC]+")


def _propagates(tok) -> bool:
    """May a one-word name be looked for elsewhere? Not "I", not a capitalised first word."""
    return len(tok.text) >= 3 and tok.is_alpha and not tok.is_stop and not _starts(tok.doc, tok.i)


def _propagate(doc, taken, owner, put) -> None:
    from .canonical import same_name, translit_key

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
        if owner[i] is not None or not tok.text[:1].isupper():
            i += 1
            continue
        for n in range(min(longest, len(doc) - i) if tok.text in firsts else 0, 0, -1):
            words = tuple(t.text for t in doc[i:i + n])
            if words in exact and all(o is None for o in owner[i:i + n]):
                put(i, i + n, Mention(tok.idx, doc[i + n - 1].idx + len(doc[i + n - 1].text),
                                      exact[words], source="propagated"))
                i += n
                break
        else:
            if surnames and tok.is_alpha and not is_title_word(tok.text) and \
                    not is_glue_word(tok.text) and translit_key(tok.text)[:1] in initials and \
                    any(same_name(tok.text, s) for s in surnames):
                put(i, i + 1, Mention(tok.idx, tok.idx + len(tok.text), "PERSON",
                                      source="propagated"))
            i += 1


def _lone_given_names(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """A given name the model missed is a person, with the capitalised words after it
    ("Then Pete called"), even where the model or propagation took the surname alone for
    something else ("Tom" + "Chalmers")."""
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


_INITIAL = re.compile(r"[A-Z]\.?")


def _unknown_name(tok, gaz: Gazetteer) -> bool:
    """A capitalised word no table knows as a place, organisation or common word."""
    return (_is_name_token(tok) and tok.is_alpha and tok.lower_ not in gaz.common_words
            and gaz.lookup([tok.text]) is None)


def _name_cues(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """People the words around a name give away:

    - "Biggs et al." cites authors;
    - a given name that is also a word ("Mark", "Grant", "Bill"), inside a sentence and
      before a surname no table knows, opens a name ("writers Mark Twain");
    - initials before a person's name belong to it ("Kirk M. Bart", "K. Michael Stevens").
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
            # "Cyclone Phailin", "Operation Sindoor", with or without the model
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
        if k < ts and k > 0 and owner[k - 1] is None and _unknown_name(doc[k - 1], gaz) \
                and not _opens(doc, k - 1) or k < ts and doc[k].text.endswith(".") and (
                k == 0 or not doc[k - 1].text[:1].isupper()):
            if k > 0 and owner[k - 1] is None and _unknown_name(doc[k - 1], gaz) and not _opens(doc, k - 1):
                k -= 1
            m.start = doc[k].idx
            put(k, te, m, force=True)


_ORG_NOUNS = _ORG_ENDINGS | frozenset("library museum gallery society institution authority "
                                     "service services network bureau board federation alliance "
                                     "coalition movement organisation organization".split())


def _org_names(doc, taken, owner, put) -> None:
    """A run of capitalised words the model missed that ends on an organisation's noun
    ("British Library", "Heaven Sent Gaming Association") or opens with one and goes on
    with "of" ("University of Tartu", "Ministry of Culture") names an organisation; a
    demonym or place opening it is part of the name (its place stays a mention inside)."""
    n = len(doc)

    def free(k: int, first: bool) -> bool:
        if owner[k] is None:
            return True
        te, m = taken[owner[k]]
        return first and owner[k] == k and te == k + 1 and m.type in ("NORP", "GPE") and m.source == "gazetteer"

    i = 0
    while i < n:
        if doc[i].text in _LEAD_ARTICLES or not free(i, True) or not _is_name_token(doc[i]) \
                or not doc[i].is_alpha:
            i += 1
            continue
        j = i
        while j < n and free(j, j == i) and (
                _is_name_token(doc[j]) and doc[j].is_alpha or doc[j].lower_ in ("of", "for", "and", "the", "&")
                and j + 1 < n and _is_name_token(doc[j + 1])) and not (j > i and _starts(doc, j)):
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


# Given names that are also English words: names only before a surname.
_WORD_GIVEN_NAMES = frozenset("""Mark Bill Grant Rose Will Mike Jack Frank Bob Ray Don Pat Dean
Rich Grace Hope Faith Joy June April May Guy Chase Lance Cliff Glen Wade Wayne Dawn Iris Ruby
Pearl Crystal Amber Jade Holly Ivy Heather Daisy Lily Violet Hunter Mason Carter Tucker Cole
Dash Drew Gene Jay Kay Max Norm Pete Rob Sue Ted Tim Tom""".split())


def _retype(doc, taken, owner, gaz: Gazetteer) -> None:
    """Correct the model's one-word and several-word mentions:

    - a place or organisation is a person when the document names someone with that word
      ("Chalmers" after "Tom Chalmers"), or when it is a given name no gazetteer knows as
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
            if len(words) >= 2 and not is_title_word(words[0]) and all(w[:1].isupper() for w in words):
                person_words.update(words)   # a name, not a bare title ("King of Athens")
    inside = {t.text for t in doc if t.text[:1].isupper() and not _opens(doc, t.i)}
    lower_words = {t.text for t in doc if t.text.islower()}
    after_prep = {doc[t.i + 1].text for t in doc[:-1] if t.lower_ in _PLACE_PREPS}
    # words after prepositions that take places, not people ("in", "near"; not "to", "from")
    in_place = Counter(doc[t.i + 1].text for t in doc[:-1] if t.lower_ in _STRICT_PLACE_PREPS)
    event_words = {" ".join(t.text for t in doc[ts + 1:te]) for ts, (te, m) in taken.items()
                   if te - ts > 1 and doc[ts].lower_ in _EVENT_LEADS and doc[ts].text[:1].isupper()}
    for ts, (te, m) in sorted(taken.items()):
        if m.source not in ("model", "propagated"):
            continue
        words = [t.text for t in doc[ts:te]]
        entry = gaz.lookup(words)
        if entry is not None:
            # a known place or organisation keeps the type our tables give it
            if m.type == "PERSON" and entry.type == "GPE" and te - ts == 1 and \
                    words[0] not in person_words and words[0] not in given and words[0] not in _NAME_LIKE_PLACES:
                m.type, m.canonical = _place_type(words[0], gaz)
            continue
        place = m.type in ("GPE", "LOC", "FAC")
        if ts and doc[ts - 1].lower_ in _EVENT_LEADS and doc[ts - 1].text[:1].isupper() and owner[ts - 1] is None:
            # "Cyclone Phailin", "Operation Sindoor": the lead word names the event
            taken.pop(ts)
            owner[ts - 1:te] = [ts - 1] * (te - ts + 1)
            m.start, m.type, m.canonical = doc[ts - 1].idx, "EVENT", None
            taken[ts - 1] = (te, m)
            event_words.add(" ".join(words))
            continue
        if te - ts > 1:
            if doc[te - 1].lower_ in _EVENT_HEADS or doc[ts].lower_ in _EVENT_LEADS:
                m.type, m.canonical = "EVENT", None
            elif place and (doc[te - 1].lower_.rstrip(".") in _ORG_HEADS
                            or any(t.lower_ in _ORG_NOUNS for t in doc[ts + 1:te])):
                m.type, m.canonical = "ORG", None   # "United States Congress", "Sea Ports Authority"
            elif m.type == "PERSON" and doc[te - 1].lower_ in _ORG_NOUNS:
                m.type, m.canonical = "ORG", None   # "Civic Alliance", "Bosniak Party"
            elif m.type == "ORG" and doc[ts].lower_ in _LOC_HEADS and doc[ts + 1].lower_ == "of":
                m.type, m.canonical = "LOC", None   # "Bay of Kotor"
            elif m.type == "PERSON" and (doc[te - 1].lower_ in _LOC_HEADS | _FAC_HEADS
                                         or doc[ts].lower_ in ("mount", "lake", "gulf", "cape")):
                m.type, m.canonical = _place_type(" ".join(words), gaz)   # "Mount Hood", "Crater Lake"
            elif m.type != "PERSON" and words[0] in given and te - ts <= 3 and all(
                    _is_name_token(t) and t.is_alpha and t.lower_ not in _PLACE_WORDS for t in doc[ts + 1:te]):
                m.type, m.canonical = "PERSON", None   # "Oscar Pistorius" called a place
            elif place and doc[te - 1].lower_ not in _PLACE_WORDS and words[0] not in after_prep \
                    and not any(gaz.lookup([w]) for w in words):
                drop(ts, te)
            continue
        word = words[0]
        if word.isupper() and len(word) > 2 and (known := gaz.lookup([word.title()])) is not None \
                and known.type in ("GPE", "LOC"):
            m.type, m.canonical = known.type, known.canonical   # a dateline: "BRUSSELS —"
        elif m.type == "PERSON" and word in _BODIES and ts and doc[ts - 1].lower_ in ("the", "this"):
            m.type, m.canonical = "ORG", None   # "the House voted"
        elif word.lower() in _EVENT_HEADS and m.type == "ORG":
            m.type, m.canonical = "EVENT", None   # "the Olympics"
        elif m.type != "PERSON" and (word in person_words or m.type in ("GPE", "LOC", "FAC", "ORG")
                                     and word in given and entry is None):
            m.type, m.canonical = "PERSON", None
        elif m.type == "PERSON" and word not in person_words and word not in given and (
                in_place[word] >= 2 or in_place[word] and word in gaz.towns):
            m.type, m.canonical = _place_type(word, gaz)   # "the ferry to Coron", "hotels in Coron"
        elif _opens(doc, ts) and word.lower() in common and word not in given and word not in inside \
                or place and word not in gaz.towns and word not in after_prep \
                or word.lower() in lower_words and word not in given and entry is None \
                and word not in _BODIES and (word.lower() in common or _opens(doc, ts)):
            drop(ts, te)   # "Iodine" heading a text that speaks of iodine
    for ts, (te, m) in list(taken.items()):   # "the 2004 Olympics": the year names the event
        if m.type == "EVENT" and ts and owner[ts - 1] is None and re.fullmatch(r"(1[89]|20)\d\d", doc[ts - 1].text):
            taken.pop(ts)
            owner[ts - 1:te] = [ts - 1] * (te - ts + 1)
            m.start = doc[ts - 1].idx
            taken[ts - 1] = (te, m)
    # one sense per text: a word the model tags now a person, now a place takes its
    # commoner type everywhere ("Athens" four times a person among ten times a place)
    votes: dict[str, Counter] = {}
    for ts, (te, m) in taken.items():
        if te - ts == 1 and m.source in ("model", "propagated"):
            votes.setdefault(doc[ts].text, Counter())[m.type] += 1
    for ts, (te, m) in taken.items():
        if te - ts == 1 and m.source in ("model", "propagated") and len(votes[doc[ts].text]) > 1:
            (top, a), (_, b) = votes[doc[ts].text].most_common(2)
            if a > b and m.type != top:
                m.type = top
                m.canonical = _place_type(doc[ts].text, gaz)[1] if top in ("GPE", "LOC", "FAC") else None
    if event_words:   # "Phailin" after "Cyclone Phailin"
        for ts, (te, m) in taken.items():
            if m.type != "EVENT" and " ".join(t.text for t in doc[ts:te]).removesuffix(" 's") in event_words:
                m.type, m.canonical = "EVENT", None


# Bodies named by one word after "the": "the House", "the Kremlin".
_BODIES = frozenset("House Senate Commons Lords Parliament Assembly Congress Kremlin Pentagon Cabinet "
                    "Court Council Commission Bundestag Duma Knesset Rada".split())
# Names that end (or open) with these words name events.
_EVENT_HEADS = frozenset("""war wars revolution uprising games olympics olympiad cup championship
championships summit conference festival election elections referendum crisis massacre
offensive counteroffensive invasion siege genocide holocaust pandemic epidemic earthquake
marathon expo fair""".split())
_EVENT_LEADS = frozenset("hurricane cyclone typhoon storm operation battle siege".split())
# Last words that make a place-led name an organisation's.
_ORG_HEADS = _ORG_ENDINGS | frozenset("congress parliament senate government administration ministry "
                                      "times post herald bulletin journal tribune gazette chronicle "
                                      "telegraph guardian observer courier".split())
_STRICT_PLACE_PREPS = frozenset("in near outside around across via".split())
_PLACE_PREPS = frozenset("in at from to near outside across into toward towards around via".split())
_PLACE_WORDS = _LOC_HEADS | _FAC_HEADS | frozenset("park city county village town university college "
                                                   "school church center centre house".split())


def _opens(doc, i: int) -> bool:
    """Does token i open a sentence, a line or a quotation?"""
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in ("“", '"', "‘", "'", "(", "—", "-", "–")):
        if doc[j].is_space and "\n" in doc[j].text:
            return True
        j -= 1
    return j < 0 or _starts(doc, j + 1) or _starts(doc, i) or doc[j].text in (".", "!", "?", ":")


def _country(gaz: Gazetteer):
    def country_of(word: str) -> str | None:
        found = gaz.country_of(word)
        if found:
            return found
        entry = gaz.lookup([word])
        return entry.country if entry is not None and entry.type == "GPE" and \
            entry.canonical == entry.country else None
    return country_of


def find_entities(text: str, model: str | None = None) -> list[tuple[int, int, str]]:
    """Named-entity spans `(start, end, type)` of a text: the benchmarks' entry point."""
    from .nlp import load_nlp

    doc = load_nlp(model)(text)
    return [(m.start, m.end, m.type) for m in find_mentions(doc)]
