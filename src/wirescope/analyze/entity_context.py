"""Organisations the sentence around a name gives away.

Two patterns of news copy name an organisation the model and the tables may miss:

- a name or acronym in brackets right after an organisation's name is another name
  of it: "the Office for the Coordination of Humanitarian Affairs (OCHA)", "the National
  Archive (Rahvusarhiiv Keskus)"; so is an acronym after a description of one: "the
  network of Baltic regional museums (BRMN)";
- the place someone works, after their title: "news editor at Harbour Watch",
  "a researcher at Tartu Port Authority", "the Central Europe editor for Harbour Post".

Each new name is then found wherever else the text repeats it ("OCHA said…").

`offices_of_bodies` completes an office named by its body ("Director of the Office of
Management and Budget": the model cut it at "and", and took "Budget" for a person) and
makes the body an organisation inside it.

`of_names` lets an organisation's name the model cut before "of" or "for" run on over it
("the Halden Institute [of Marine Research]", "the Kesk Foundation [for the Visual Arts]").

`institutions_inside` finds the university or college that opens a longer organisation's
name ("Harwick University" in "Harwick University Libraries"), a mention of its own.

`platforms_as_media` drops a social platform named as the place a thing was posted
("said on Telegram", "a YouTube video"): a medium, not an organisation that acts;
`exclamations` drops a deity's name said as an oath ("Oh God,", "for God's sake"): no
one is referred to.

Two more read a person out of the words around a name: `kin_names` ("her son,
Taras,") and `led_by` ("the Homeland Union of Nebojša Lalić" is a party and its leader).
Works on `find_mentions`' state like the passes of `entity_evidence`.

Before them, `company_names` reads two more signs of a company: a legal
suffix the model left outside the name ("Baltic Shipping Co"), and an acronym in
brackets after an organisation that the model took for a person or a place
("Nordvik Steel Manufacturing Co (NSM)"), retyped with all its repeats.
"""

from __future__ import annotations

import re

from .entity_tokens import _LEAD_ARTICLES, BODIES, KIN, Mention, _is_name_token, _lowers, _opens, _starts, _text
from .gazetteer import Gazetteer
from .roles import is_glue_word, is_title_word

__all__ = ["org_context", "described_names", "company_names", "bodies", "kin_names", "led_by", "platforms_as_media", "exclamations",
           "institutions_inside", "offices_of_bodies",
           "COUNTRY_NOUNS"]

# Nouns an appositive uses for an organisation, never for a person: "Civic Count, a
# Podgorica-based monitor that…".
_ORG_DESCRIPTIONS = frozenset("""group organisation organization monitor watchdog charity company firm
agency ngo network party movement coalition alliance union institute think-tank tank website outlet
newspaper broadcaster station platform app startup start-up bank fund foundation consortium operator
carrier airline insurer brokerage exchange regulator ministry department body council association""".split())
# Nouns after a name that make it a party's: "the Green Coast list".
_PARTY_NOUNS = frozenset("party list bloc movement coalition alliance".split())
# ... and for an event: "Lantern Night, an annual procession".
_EVENT_DESCRIPTIONS = frozenset("""festival procession parade ceremony celebration carnival pilgrimage
summit conference election referendum protest march rally strike tournament championship games
race marathon fair exhibition commemoration holiday""".split())
# Jobs whose "for" names an outlet ("editor for Harbour Post"); a spokesman for
# someone may speak for a person.
_WRITES_FOR = frozenset("editor correspondent reporter columnist writer contributor".split())
_APPOSITIVE_WORDS = 6
_PHRASE_ENDS = frozenset("""that which who whose where when of for at in on with from by to into through across
along around near over under between during since until after before and or said says""".split())

_POSSESSIVE = re.compile(r"['’]s$")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}|[A-Z][A-Za-z]{1,8}[A-Z]\w*")
# Legal suffixes that end a company's name, as written after it (with or without a period).
_COMPANY_SUFFIXES = frozenset("Co Cos Corp Inc Ltd LLC LLP PLC Plc GmbH".split())
# Words that may join the capitalised words of an organisation's name.
_INNER = frozenset(("of", "for", "and", "the", "&"))
_MAX_WORDS = 6


def _name_run(doc, i: int, owner) -> int:
    """The end of the run of capitalised, untagged words starting at token i."""
    j = i
    while j < len(doc) and owner[j] is None and j - i < _MAX_WORDS and (
            _is_name_token(doc[j]) and (doc[j].is_alpha or _ACRONYM.fullmatch(doc[j].text))
            or doc[j].lower_ in _INNER and j > i and j + 1 < len(doc) and _is_name_token(doc[j + 1])) \
            and not (j > i and _starts(doc, j)):
        j += 1
    while j > i and not _is_name_token(doc[j - 1]):
        j -= 1
    return j


# Institutions an acronym in brackets may follow, beyond _ORG_DESCRIPTIONS.
_INSTITUTIONS = frozenset("library university college school museum hospital court office".split())


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def org_context(doc, taken, owner, put, gaz: Gazetteer) -> None:
    """Add the organisations of bracketed aliases and "<title> at <Name>", and their repeats."""
    found: list[tuple[str, ...]] = []
    n = len(doc)
    for ts, (te, m) in sorted(taken.items()):
        # "… Study of War (ISW)": the bracket right after an organisation
        if m.type == "ORG" and te + 2 < n and doc[te].text == "(" and owner[te + 1] is None:
            e = _name_run(doc, te + 1, owner)
            if te + 1 < e < n and doc[e].text == ")" and (
                    e - te - 1 > 1 or _ACRONYM.fullmatch(doc[te + 1].text)):
                found.append(tuple(t.text for t in doc[te + 1:e]))
    lowers = _lowers(doc)
    for i in (k for k in range(1, n - 2) if lowers[k] == "("):
        # "the network of Baltic regional museums (BRMN)": an acronym after a description
        if doc[i + 2].text == ")" and owner[i + 1] is None \
                and doc[i + 1].is_upper and _ACRONYM.fullmatch(doc[i + 1].text) and doc[i - 1].text.islower() \
                and _singular(doc[i - 1].lower_) in _ORG_DESCRIPTIONS | _INSTITUTIONS:
            found.append((doc[i + 1].text,))
    for i in (k for k in range(1, n - 1) if lowers[k] in ("at", "for")):
        # "news editor at Harbour Watch": where the title-holder works
        if (doc[i].lower_ == "at" and is_title_word(doc[i - 1].text) or doc[i].lower_ == "for"
                and doc[i - 1].lower_ in _WRITES_FOR) and doc[i - 1].text.islower() \
                and owner[i + 1] is None and _is_name_token(doc[i + 1]):
            e = _name_run(doc, i + 1, owner)
            words = [t.text for t in doc[i + 1:e]]
            if all(w in _LEAD_ARTICLES for w in words):
                continue   # "a writer for The Harbour Wit": the model has the name, "The" is none
            entry = gaz.lookup(words) if words else None
            if words and (entry is None or entry.type == "ORG") and not all(
                    gaz.lookup([w]) is not None and gaz.lookup([w]).type in ("GPE", "LOC") for w in words):
                found.append(tuple(words))
    names = set(found)
    if not names:
        return
    longest = max(map(len, names))
    i = 0
    while i < n:   # every occurrence, the first one included
        for k in range(min(longest, n - i), 0, -1):
            words = tuple(t.text for t in doc[i:i + k])
            if words in names and all(o is None for o in owner[i:i + k]):
                put(i, i + k, Mention(doc[i].idx, doc[i + k - 1].idx + len(doc[i + k - 1].text), "ORG",
                                      source="cue"))
                i += k
                break
        else:
            i += 1


# Last words of organisations' names that "of" or "for" and a name may follow: "Institute of Marine
# Research", "Foundation for the Visual Arts".
_OF_HEADS = frozenset("""institute institution college university academy school library museum society association
council commission committee federation union league bank ministry department office agency authority bureau
board foundation centre center""".split())


def of_names(doc, taken, owner, gaz: Gazetteer) -> list[Mention]:
    """An organisation the model cut before "of" or "for" runs on over it and the name after
    it: "the Halden Institute of Marine Research", "the University Library of the Vrije
    Akademie", "the Kesk Foundation for the Visual Arts"; not over a person ("the Homeland
    Union of Nebojša Lalić", see `led_by`), a lower-case word or another's name after "for".
    The names it runs over stay mentions inside it, returned ("Vrije Akademie"; a known place
    is `entity_nesting.places_inside`'s)."""
    inside = []
    n = len(doc)
    for ts, (te, m) in sorted(taken.items()):
        if m.type != "ORG" or te + 1 >= n or doc[te - 1].lower_ not in _OF_HEADS or doc[te].lower_ not in ("of", "for") \
                or owner[te] is not None:
            continue
        s = te + 1 + (doc[te + 1].lower_ == "the")
        e = s
        while e < n and e - s < _MAX_WORDS and not _starts(doc, e) and (
                _is_name_token(doc[e]) and (doc[e].is_alpha or _ACRONYM.fullmatch(doc[e].text))
                or doc[e].lower_ in ("and", "&", "of") and e + 1 < n and _is_name_token(doc[e + 1])):
            e += 1
        while e > s and not _is_name_token(doc[e - 1]):
            e -= 1
        inner = {owner[k] for k in range(s, e) if owner[k] is not None}
        if e == s or doc[s].text in gaz.given_names or inner and doc[te].lower_ == "for" or any(
                k < s or taken[k][0] > e or taken[k][1].type not in ("GPE", "LOC", "ORG") for k in inner):
            continue   # ... nor over another's name after "for": "the Wolstein Arena for the Halden Vikings"
        for k in inner:
            ke, old = taken.pop(k)
            if gaz.lookup([t.text for t in doc[k:ke]]) is None:
                old.source = "nested"
                inside.append(old)
        owner[te:e] = [ts] * (e - te)
        taken[ts] = (e, m)
        m.end = doc[e - 1].idx + len(doc[e - 1].text)
        m.canonical = None
    return inside


def _participle(word: str) -> bool:
    return word.endswith(("ed", "ing")) or word in ("born", "led", "run", "set", "built", "known")


def described_names(doc, taken) -> None:
    """A name the sentence describes as an organisation or an event is one, wherever the
    text repeats it: "Civic Count, a Podgorica-based monitor", "Lantern Night, an annual
    procession". Only a "person" or a place no table knows ("Green Coast, a new
    movement") turns into an organisation; an event may have been taken for either."""
    n = len(doc)
    text = _text(doc)
    retyped: dict[str, str] = {}
    for ts, (te, m) in taken.items():
        # a place the tables do not know may be a party or a movement: "Green Coast, a new
        # environmentalist movement"
        place = m.type in ("GPE", "LOC", "FAC") and m.canonical is None
        if place and m.source in ("model", "propagated") and te < n and doc[te].lower_ in _PARTY_NOUNS \
                and doc[te].text.islower():
            retyped[text[m.start:m.end]] = "ORG"   # "the Green Coast list", "the Free Coast party"
            continue
        if (m.type not in ("PERSON", "ORG") and not place) or m.source not in ("model", "propagated") or m.roles \
                or te + 2 >= n or doc[te].text != "," or doc[te + 1].lower_ not in ("a", "an", "the"):
            continue
        head = None   # the last word of the noun phrase: "a Podgorica-based [monitor] that…"
        for tok in doc[te + 2:min(n, te + 2 + _APPOSITIVE_WORDS)]:
            if tok.is_punct and tok.text != "-" or tok.lower_ in _PHRASE_ENDS or (
                    (head in _ORG_DESCRIPTIONS or head in _EVENT_DESCRIPTIONS) and _participle(tok.lower_)):
                break   # "a new movement born in protests": the participle opens a clause
            if tok.is_alpha:
                head = tok.lower_
        if head in _EVENT_DESCRIPTIONS:
            retyped[text[m.start:m.end]] = "EVENT"
        elif head in _ORG_DESCRIPTIONS and (m.type == "PERSON" or place):
            retyped[text[m.start:m.end]] = "ORG"
    for ts, (te, m) in taken.items():
        # ... or names it after its description: "the company Velanik", "the startup Kvant to …"
        if (m.type == "PERSON" or m.type in ("GPE", "LOC", "FAC") and m.canonical is None) and ts >= 2 \
                and m.source in ("model", "propagated") and doc[ts - 1].lower_ in _NAMED_AFTER_DESCRIPTION \
                and doc[ts - 1].text.islower() and doc[ts - 2].lower_ in ("the", "a", "an") \
                and (te == n or doc[te].is_punct or doc[te].lower_ in _AFTER_DESCRIBED):
            retyped[text[m.start:m.end]] = "ORG"
    _retype_repeats(taken, text, retyped)


# Descriptions that a company's or a body's name follows: "the company Velanik"; ("group"
# and "party" may be followed by a person who leads them: "the group Lalić leads").
_NAMED_AFTER_DESCRIPTION = frozenset("""company firm startup start-up agency broadcaster newspaper carrier
airline insurer bank brokerage regulator charity watchdog manufacturer retailer chain studio label
publisher developer maker""".split())
# Words after such a name that show no verb follows it (a verb would make it the subject of a
# clause: "the company Smith founded").
_AFTER_DESCRIBED = frozenset("to in on for and or that which with at from is was has had said says".split())


def _retype_repeats(taken, text: str, types: dict[str, str]) -> None:
    """Every mention the model made or propagated of one of these names takes its type."""
    if not types:
        return
    for ts, (te, m) in taken.items():
        if m.source in ("model", "propagated") and (typ := types.get(text[m.start:m.end])) is not None:
            m.type, m.canonical = typ, None


def company_names(doc, taken, owner, gaz: Gazetteer) -> None:
    """Grow a name over the legal suffix after it and make it an organisation; retype the
    bracketed acronym or name after an organisation ("(NSM)", "the National Library
    (Rahvusarhiiv Keskus)"), and its repeats, as that organisation."""
    n = len(doc)
    text = _text(doc)
    heads: set[str] = set()   # "Halden" of "Halden Corp": the company, wherever it stands alone
    for ts, (te, m) in sorted(taken.items()):
        if m.source == "gazetteer":
            continue
        # "Baltic Shipping Co", and an organisation's "Atlantic Ferry Corporation, Inc."
        comma = m.type == "ORG" and te + 1 < n and doc[te].text == "," and owner[te] is None
        if te + comma < n and owner[te + comma] is None and doc[te + comma].text.rstrip(".") in _COMPANY_SUFFIXES:
            owner[te:te + comma + 1] = [ts] * (comma + 1)
            te += comma + 1
            taken[ts] = (te, m)
            m.end = doc[te - 1].idx + len(doc[te - 1].text)
        if te - ts > 1 and doc[te - 1].text.rstrip(".") in _COMPANY_SUFFIXES:
            m.type, m.canonical = "ORG", None
            heads.add(text[m.start:doc[te - 2].idx + len(doc[te - 2].text)].rstrip(","))
    for ts, (te, m) in taken.items():
        if m.source in ("model", "propagated") and _POSSESSIVE.sub("", text[m.start:m.end]) in heads:
            m.type, m.canonical = "ORG", None
    acronyms: set[str] = set()
    for ts, (te, m) in taken.items():
        if m.type == "ORG" and te + 2 < n and doc[te].text == "(" and (k := owner[te + 1]) is not None:
            ke, inner = taken[k]
            if k == te + 1 and ke < n and doc[ke].text == ")" and inner.type != "ORG" \
                    and inner.source in ("model", "propagated") and (
                        ke == k + 1 and _ACRONYM.fullmatch(doc[k].text)
                        or ke - k > 1 and all(_is_name_token(t) for t in doc[k:ke]) and gaz.lookup(
                            [t.text for t in doc[k:ke]]) is None):
                acronyms.add(text[inner.start:inner.end])   # "(NSM)", "(Rahvusarhiiv Keskus)"
    _retype_repeats(taken, text, dict.fromkeys(acronyms, "ORG"))


# A country called by a capitalised common noun, as speeches do: "our Nation", "this State".
COUNTRY_NOUNS = frozenset("Nation State Republic Union Commonwealth".split())
_OWNERS = frozenset("the this our his her their".split())


def bodies(doc, owner, put) -> None:
    """A body named by its one capitalised word after a lower-case "the" or "this" is an
    organisation: "counsel for the Crown", "speak before the Assembly", "this House" (not
    "the House Judiciary Committee" nor "the Assembly of ...", longer names); a country so
    named is a place: "our Nation", "this State"."""
    for i in (k + 1 for k, w in enumerate(_lowers(doc)[:-1]) if w in _OWNERS):
        tok = doc[i]
        if owner[i] is None and (tok.text in BODIES or tok.text in COUNTRY_NOUNS) and doc[i - 1].text in _OWNERS \
                and not (i + 1 < len(doc) and (_is_name_token(doc[i + 1]) or doc[i + 1].lower_ in ("of", "for"))):
            put(i, i + 1, Mention(tok.idx, tok.idx + len(tok.text), "GPE" if tok.text in COUNTRY_NOUNS else "ORG",
                                  source="cue"))


# Nouns of kinship: the name in apposition to one is a person's ("her son, Taras,").
_KIN = KIN | frozenset("""grandson granddaughter grandmother grandfather nephew niece fiancé fiancée
fiance fiancee widower child stepson stepdaughter""".split())
# ("partner" is a company's as often as a person's, and "its son" no one's.)
_KIN_OWNERS = frozenset("his her their my our your".split())


def kin_names(doc, taken) -> None:
    """A name set beside a word of kinship is a person, wherever the text repeats it:
    "her son, Taras, a marine", "his wife Oksana"; the model may have taken it for a
    place or an organisation."""
    text = _text(doc)
    people: set[str] = set()
    for ts, (te, m) in taken.items():
        if m.type == "PERSON" or m.source not in ("model", "propagated") or ts < 2:
            continue
        k = ts - 1 - (doc[ts - 1].text == ",")
        if doc[k].lower_ not in _KIN or not (doc[k - 1].lower_ in _KIN_OWNERS or doc[k - 1].text in ("'s", "’s")):
            continue
        if doc[ts - 1].text == "," and not (te < len(doc) and doc[te].is_punct):
            continue   # "her son, Kyiv is ..." is no apposition
        people.add(text[m.start:m.end])
    _retype_repeats(taken, text, dict.fromkeys(people, "PERSON"))


def led_by(doc, taken, owner, gaz: Gazetteer) -> None:
    """An organisation the model ran into the person who leads it is two names: "the
    Homeland Union of Nebojša Lalić", when the text names that person on their own too
    or the name after "of" opens with a given name."""
    text = _text(doc)
    people = {text[m.start:m.end] for _, (_, m) in taken.items() if m.type == "PERSON"}
    for ts in sorted(taken):
        te, m = taken[ts]
        if m.type != "ORG" or m.source != "model" or m.canonical is not None:
            continue
        of = next((k for k in range(ts + 2, te - 2) if doc[k].lower_ == "of"), None)
        if of is None or not all(_is_name_token(t) for t in doc[of + 1:te]):
            continue
        tail = text[doc[of + 1].idx:m.end]
        if tail not in people and doc[of + 1].text not in gaz.given_names:
            continue
        m.end = doc[of - 1].idx + len(doc[of - 1].text)
        taken[ts] = (of, m)
        owner[of:te] = [None] * (te - of)
        taken[of + 1] = (te, Mention(doc[of + 1].idx, doc[te - 1].idx + len(doc[te - 1].text), "PERSON"))
        owner[of + 1:te] = [of + 1] * (te - of - 1)


# Social platforms and messaging apps, as news copy names them when it quotes a post.
_PLATFORMS = frozenset("""YouTube Facebook Instagram Twitter TikTok Telegram WhatsApp LinkedIn Reddit Snapchat
WeChat Weibo VKontakte Viber Bluesky Substack Twitch Spotify""".split())
# Prepositions before a platform used as a medium: "posted on Telegram", "via WhatsApp".
_MEDIUM_PREPS = frozenset("on via through across".split())
# Lower-case nouns after a platform that make it a medium: "a YouTube video", "his Telegram channel".
_MEDIUM_NOUNS = frozenset("""channel channels video videos page pages account accounts post posts feed feeds
user users group groups stream streams live story stories message messages profile handle clip clips""".split())


def platforms_as_media(doc, taken, owner) -> None:
    """A platform named as where something was posted is the medium, no organisation:
    "Zelensky said on Telegram", "a video shared via WhatsApp", "her YouTube channel"; as
    an actor it stays one ("Facebook said it removed the posts", "TikTok's owner")."""
    lowers = _lowers(doc)
    for ts, (te, m) in list(taken.items()):
        if te - ts != 1 or doc[ts].text not in _PLATFORMS:
            continue
        if ts and lowers[ts - 1] in _MEDIUM_PREPS or te < len(doc) and lowers[te] in _MEDIUM_NOUNS:
            taken.pop(ts)
            owner[ts:te] = [None] * (te - ts)


# Institutions whose parts are organisations named after them: "Harwick University Libraries",
# "Rangpur University's Faculty of Marine Sciences", "Harvard University Press".
_PARENT_INSTITUTIONS = frozenset("university college institute academy polytechnic".split())


def institutions_inside(doc, taken, gaz: Gazetteer) -> list[Mention]:
    """The institution opening an organisation's name is an organisation too, inside it
    (as GUM annotates nested names): "[Harwick University] Libraries", "[Rangpur University's]
    Faculty of Marine Sciences", and a known organisation or a legislature ("[United Nations]
    Interim Administration Mission", "the [House] Coastal Fisheries Subcommittee"), also
    opening an event's or a facility's name ("the [NATO] Vilnius Summit"); not a name
    that only starts with the word ("University Library"), nor one "of" goes on ("Harwick
    Institute of Technology")."""
    out = []
    for ts, (te, m) in taken.items():
        if m.type not in ("ORG", "EVENT", "FAC") or te - ts < 2:
            continue
        k = next((k for k in range(ts + 1, min(te - 1, ts + 4)) if doc[k].lower_ in _PARENT_INSTITUTIONS), None)
        if k is not None and te - ts >= 3 and all(_is_name_token(t) and t.is_alpha for t in doc[ts:k]) \
                and doc[k + 1].lower_ not in ("of", "for"):
            # ... not "[Harwick Institute] of Technology": the institution's name goes on
            end = k + 1 + (doc[k + 1].text in ("'s", "’s"))
        else:
            end = next((e for e in range(min(te - 1, ts + 4), ts, -1) if (entry := gaz.lookup(
                [t.text for t in doc[ts:e]])) is not None and entry.curated and entry.type == "ORG"), None)
            if end is None and m.type == "ORG" and doc[ts].text in BODIES and _is_name_token(doc[ts + 1]):
                end = ts + 1
            if end is None or not _is_name_token(doc[end]):
                continue
        if end < te:
            out.append(Mention(doc[ts].idx, doc[end - 1].idx + len(doc[end - 1].text), "ORG", source="nested"))
    return out


# Names of God said as oaths: "Oh God", "thank God", "for God's sake", "God, I was tired".
_DEITIES = frozenset("God Jesus Christ Lord".split())
_OATH_BEFORE = frozenset("oh my thank good dear".split())
_OATH_AFTER = frozenset("knows forbid bless willing".split())


def exclamations(doc, taken, owner) -> None:
    """Drop a deity's name used as an oath or exclamation: after "oh", "my", "thank";
    before "knows"/"forbid"/"bless"; in "for God's sake(s)"; or opening a sentence before a
    comma or "!" ("God, I didn't sleep"). "God with the ... Tail" or "prayed to God" stay."""
    n = len(doc)
    for ts, (te, m) in list(taken.items()):
        if te - ts != 1 or doc[ts].text not in _DEITIES:
            continue
        before = doc[ts - 1].lower_ if ts else ""
        after = doc[te].lower_ if te < n else ""
        oath = before in _OATH_BEFORE or after in _OATH_AFTER and doc[ts].text == "God" \
            or before == "for" and after in ("'s", "’s") and te + 1 < n and doc[te + 1].lower_.startswith("sake") \
            or _opens(doc, ts) and after in (",", "!")
        if oath:
            taken.pop(ts)
            owner[ts:te] = [None] * (te - ts)


# Nouns of organisations that an office's body is named by: "the Department of Homeland
# Security", "the Baltic Centre for Study of Coastal Erosion".
_BODY_NOUNS = frozenset("""department ministry office agency bureau centre center institute commission
council committee board authority administration service university college school academy court
bank fund foundation society association union organisation organization corporation company
library museum""".split())
_BODY_JOINS = frozenset("of for and & the".split())


def offices_of_bodies(doc, taken, owner) -> list[Mention]:
    """An office named by its body, a title phrase the model tags as a person (as GUM does:
    "Chairman of the Baltic Centre for Study of Coastal Erosion"), runs on
    over the rest of the body's name the model cut off ("… of Coastal Erosion",
    "Director of the Office of Management [and Budget]"); the body is an organisation
    mention inside it. Returns the bodies."""
    n = len(doc)
    out = []
    for ts, (te, m) in sorted(taken.items()):
        if m.type not in ("PERSON", "ORG") or m.name_start is not None or not is_title_word(doc[ts].text) \
                or m.type == "ORG" and not (ts + 1 < te and doc[ts + 1].lower_ in ("of", "for")):
            continue
        k = ts
        while k < te and (is_title_word(doc[k].text) or is_glue_word(doc[k].text) and doc[k].lower_ not in ("of", "for")):
            k += 1
        if k >= te - 1 or doc[k].lower_ not in ("of", "for"):
            continue
        m.type, m.canonical = "PERSON", None   # "Chair of the National Ocean Council": an office, its holder
        body = k + 1 + (doc[k + 1].lower_ == "the")
        end = te
        while end + 1 < n and doc[end].lower_ in _BODY_JOINS and _is_name_token(doc[end + 1]) and doc[end].lower_ != "the":
            j = end + 1
            while j < n and _is_name_token(doc[j]) and not (doc[j].is_punct or _starts(doc, j)):
                j += 1
            inner = {o for o in owner[end:j] if o is not None}
            if any(o < end or taken[o][0] > j or taken[o][1].source not in ("model", "propagated") for o in inner):
                break
            for o in inner:
                oe = taken.pop(o)[0]
                owner[o:oe] = [None] * (oe - o)
            end = j
        if end > te:
            taken[ts] = (end, m)
            owner[ts:end] = [ts] * (end - ts)
            m.end = doc[end - 1].idx + len(doc[end - 1].text)
        words = [t.lower_ for t in doc[body:end]]
        if end - body >= 2 and all(_is_name_token(t) or t.lower_ in _BODY_JOINS for t in doc[body:end]) \
                and any(w in _BODY_NOUNS for w in words):
            out.append(Mention(doc[body].idx, m.end, "ORG", source="nested"))
    return out
