"""What the entity passes share: the `Mention` they write, and token-level tests and word lists.

A mention is a span of character offsets into the text; the passes in `entities.py`,
`entity_evidence.py` and `entity_retype.py` work on token ranges of the spaCy `Doc` and ask
the same questions of them: does a token open a sentence or a line (`_starts`, `_opens`), look like a name
(`_is_name_token`, `_name_shaped`, `_unknown_name`), and which kind of place does a name
end like (`_place_type`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import Gazetteer
from .roles import HONORIFICS, is_glue_word, is_title_word

# Words that end a place name as a LOC or FAC, not a GPE.
_LOC_HEADS = frozenset("sea ocean river lake gulf bay strait mountains mountain mount valley "
                       "desert island islands peninsula coast region shoal reef atoll archipelago "
                       "creek springs falls canyon glacier plateau plains heights basin delta lagoon canal "
                       "forest shelf".split())
# Landforms and waters whose name the model may stop short of ("Second Thomas [Shoal]").
FEATURE_HEADS = frozenset("sea river lake gulf bay strait mountains island islands peninsula shoal reef "
                          "atoll archipelago".split())
_FAC_HEADS = frozenset("airport bridge square street avenue road station base plant port harbour harbor terminal "
                       "stadium palace tower hospital prison dam highway building hall mansion "
                       "castle cathedral mosque temple garden gardens trail tunnel tube boulevard blvd "
                       "expressway freeway motorway parkway plaza mall cemetery chapel synagogue hotel arena "
                       "pier crossing checkpoint".split())
# Place words no one's surname is ("Mosque", not "Hall" or "Castle"): a title before a name that
# ends on one of them opens a place's name ("Queen Canyon", "Sheikh Zayed Mosque").
PLACE_ONLY_HEADS = frozenset("""sea ocean river lake gulf strait peninsula island islands creek canyon glacier
plateau plains heights lagoon canal airport avenue street road highway boulevard blvd expressway freeway
motorway parkway plaza square station stadium arena cemetery hotel cathedral mosque synagogue chapel
crossing checkpoint building shelf""".split())
# The points of the compass as words that open or qualify a place's name ("North Kivu",
# "southern Ukraine"), lower case.
COMPASS = frozenset("north south east west northern southern eastern western".split())
_NAME_PARTICLES = frozenset("bin ibn al al- de del della da van von der le la du dos di".split())
# Country and region names that are also given names or surnames.
_NAME_LIKE_PLACES = frozenset("Jordan Chad Georgia India Israel Kenya Victoria Florence Charlotte "
                              "Virginia Carolina Austin Madison Lincoln Jackson".split())
_LEAD_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})

# Nouns of close family, the core of `entity_context`'s and `entity_cues`' kin words.
KIN = frozenset("""son sons daughter daughters wife husband mother father brother sister brothers sisters
children widow uncle aunt cousin""".split())

# Bodies named by one word after "the": "the House", "the Kremlin".
BODIES = frozenset("House Senate Commons Lords Parliament Assembly Congress Kremlin Pentagon Cabinet "
                   "Court Council Commission Bundestag Duma Knesset Rada Crown Army Navy".split())


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
    # ("Latvian Minister of Defence Jaan Kask", as in GUM and coreference
    # corpora); the name ("Jaan Kask") starts here. None: at `start`.
    name_start: int | None = None
    # Where the bare name ends: honours after it ("Peter Lanning, SC") belong to the
    # mention, not to the name. None: at `end`.
    name_end: int | None = None

    @property
    def name_span(self) -> tuple[int, int]:
        return (self.start if self.name_start is None else self.name_start,
                self.end if self.name_end is None else self.name_end)


# Lower-case words that may stand inside a name ("Bank of America", "Organization
# of the Petroleum Exporting Countries", "Abu Bakr al-Baghdadi").
_NAME_INNER = frozenset("of the and for de del della da di du la le van von der den bin ibn al "
                        "on in at to & y e".split())
# Last words of organisation names ("General Motors", "President Hotel Group").
_ORG_ENDINGS = frozenset("""motors co corp corporation inc ltd llc llp plc group bank party assembly council
committee ministry department university college institute agency company airlines electric
dynamics hospital church club association union force army navy office court commission
foundation fund trust school academy hotel center centre""".split())
# The last word of a newspaper's name ("Washington Post", "Sydney Morning Herald").
_OUTLET_HEADS = frozenset("post times herald tribune journal gazette chronicle telegraph guardian "
                          "observer courier bulletin".split())
# Groups of people news quotes and describes ("Analysts said", "Shipowners warned"), in the
# singular (and the few with no plural in -s): a capitalised one opening a sentence is a
# description, never a name.
GROUP_NOUNS = frozenset("""analyst trader aide official diplomat resident shipowner insurer economist
investor expert critic protester protestor lawmaker legislator senator minister officer soldier worker
farmer doctor researcher scientist activist observer voter witness prosecutor investigator negotiator
mediator source authority rescuer firefighter medic local villager passenger driver pilot sailor crew
dockworker exporter importer producer buyer seller broker banker regulator employer teacher student
parent family relative survivor refugee migrant opponent supporter ally partner donor militant rebel
troop commander spokesperson representative delegate envoy monitor mp organizer organiser
campaigner opposition shopper consumer user viewer reader listener fan player coach
police people staff parties""".split())


def _group_noun(word: str) -> bool:
    """"Analysts", "Shipowners", "MPs", "Police": a group of people, not a name."""
    low = word.lower()
    singular = low[:-3] + "y" if low.endswith("ies") else low.rstrip("s")
    return low in GROUP_NOUNS or singular in GROUP_NOUNS


# Given names that are also English words: names only before a surname.
_WORD_GIVEN_NAMES = frozenset("""Mark Bill Grant Rose Will Mike Jack Frank Bob Ray Don Pat Dean
Rich Grace Hope Faith Joy June April May Guy Chase Lance Cliff Glen Wade Wayne Dawn Iris Ruby
Pearl Crystal Amber Jade Holly Ivy Heather Daisy Lily Violet Hunter Mason Carter Tucker Cole
Dash Drew Gene Jay Kay Max Norm Pete Rob Sue Ted Tim Tom""".split())


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


def _lowers(doc) -> list[str]:
    """Every token's text in lower case, by position (built once: a Token costs more)."""
    lowers = doc.user_data.get("wirescope.lowers")
    if lowers is None:
        lowers = doc.user_data["wirescope.lowers"] = [t.lower_ for t in doc]
    return lowers


def _lower_words(doc) -> set[str]:
    """The words written in lower case anywhere in the Doc (built once)."""
    words = doc.user_data.get("wirescope.lower_words")
    if words is None:
        words = doc.user_data["wirescope.lower_words"] = {w for w in (t.text for t in doc) if w.islower()}
    return words


def _inside_words(doc) -> set[str]:
    """The capitalised words written inside a sentence somewhere in the Doc (built once)."""
    words = doc.user_data.get("wirescope.inside_words")
    if words is None:
        words = doc.user_data["wirescope.inside_words"] = {
            t.text for t in doc if t.text[:1].isupper() and not _opens(doc, t.i)}
    return words


def _starts(doc, i: int) -> bool:
    """Does token i open a sentence? (Token.is_sent_start rescans the Doc on every call.)"""
    starts = doc.user_data.get("wirescope.sent_starts")
    if starts is None:
        starts = {s.start for s in doc.sents} if doc.has_annotation("SENT_START") else {0}
        doc.user_data["wirescope.sent_starts"] = starts
    return i in starts


def _opens(doc, i: int) -> bool:
    """Does token i open a sentence, a line or a quotation?"""
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in ("“", '"', "‘", "'", "(", "—", "-", "–")):
        if doc[j].is_space and "\n" in doc[j].text:
            return True
        j -= 1
    return j < 0 or _starts(doc, j + 1) or _starts(doc, i) or doc[j].text in (".", "!", "?", ":") \
        or (j + 1 < i and doc[j + 1].text in ("—", "–", "-") and doc[j].text.isupper()
            and (j == 0 or "\n" in doc[j - 1].text))   # after a dateline: "LONDON—Gas traders …"


def _is_name_token(tok) -> bool:
    text = tok.text
    return (text[:1].isupper() and any(c.isalpha() for c in text)
            and not is_title_word(text) and text.lower() not in HONORIFICS)


def _unknown_name(tok, gaz: Gazetteer) -> bool:
    """A capitalised word no table knows as a place, organisation or common word."""
    return (_is_name_token(tok) and tok.is_alpha and tok.lower_ not in gaz.common_words
            and gaz.lookup([tok.text]) is None)


def _place_type(text: str, gaz: Gazetteer) -> tuple[str, str | None]:
    words = text.split()
    entry = gaz.lookup(words)
    if entry is not None and entry.type in ("GPE", "LOC"):
        return entry.type, entry.canonical
    last = words[-1].lower() if words else ""
    head_of = words[0].lower() if len(words) > 2 and words[1] == "of" else ""   # "Port of Tallinn"
    if last in _LOC_HEADS or head_of in _LOC_HEADS or (words and words[0].lower() in ("mount", "lake", "gulf")):
        return "LOC", None
    if last in _FAC_HEADS or head_of in _FAC_HEADS:
        return "FAC", None
    return "GPE", None


_NO_LAST_WORD = frozenset("of the and or for to a an in on at by with".split())


def _strip(doc, start: int, end: int) -> tuple[int, int]:
    """Token range without a leading article or trailing possessive/punctuation, nor a
    trailing small word no name ends on ("City Archive of the", "Brennet and")."""
    while start < end and (doc[start].text in _LEAD_ARTICLES or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in ("’s", "'s", "’", "'") or doc[end - 1].is_punct
                           or doc[end - 1].text in _NO_LAST_WORD):
        end -= 1
    return start, end
