"""Titles and roles: "Latvian Minister of Defence Jaan Kask", "Roos, a senior adviser".

Finding: a title phrase right before a name, or an appositive right after
it, tells us the name is a person and what they are. Roles are kept as the
text gives them, with one normalisation: a demonym before a bare title moves
behind it ("Ukrainian President" -> "President of Ukraine"), so outlets that
write either form agree.
"""

from __future__ import annotations

import re

__all__ = ["TITLE_WORDS", "HONORIFICS", "ROLE_ALT", "title_head", "normalize_role", "ROLE_NOUN"]

# Words that make the phrase before a name a title (lower-cased).
TITLE_WORDS = frozenset("""
president president-elect premier chancellor minister secretary senator sen. rep. representative
congressman congresswoman governor gov. mayor general gen. lt. col. colonel admiral adm.
commander ambassador envoy judge justice king queen prince princess pope sheikh emir
professor prof. chief director spokesman spokeswoman spokesperson speaker leader chairman
chairwoman chair ceo founder head officer captain capt. major sergeant sgt. marshal
archbishop bishop rabbi imam ayatollah cardinal patriarch lawmaker deputy adviser advisor
analyst scientist economist historian researcher expert journalist correspondent
editor reporter commissioner attorney prosecutor lawyer official diplomat negotiator
coach manager executive treasurer governor-general vice-president vice-chancellor
prime tsar czar mp mep counsel inspector superintendent dean rector historian author
emperor empress sultan lieutenant brigadier
""".split())
# Honorifics: a person follows, but they are no role.
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady madam".split())
# Words that may stand inside a title phrase without ending it.
_TITLE_GLUE = frozenset("""
of for the and at on to foreign defence defense interior finance justice press
senior former acting interim deputy vice chief general political military national
security state top first second foreign-policy economic digital health trade special crown
""".split())
# A role noun at the end of a description ("a senior advisor", "the prime minister").
ROLE_ALT = (
    r"president|prime minister|premier|chancellor|minister|secretary|senator|governor|mayor|"
    r"general|colonel|admiral|commander|ambassador|envoy|judge|king|queen|prince|pope|"
    r"spokes(?:man|woman|person)|speaker|leader|chairman|chairwoman|chief|director|head|"
    r"adviser|advisor|analyst|scientist|economist|historian|professor|official|diplomat|"
    r"negotiator|lawmaker|founder|ceo|executive|commissioner|prosecutor|lawyer|attorney|"
    r"researcher|expert|officer|correspondent|editor|reporter")
ROLE_NOUN = re.compile(rf"\b({ROLE_ALT})s?\b", re.I)


def title_head(role: str) -> str | None:
    """The last role noun of a role text, lower-cased ("prime minister", "spokeswoman")."""
    found = list(ROLE_NOUN.finditer(role))
    if not found:
        return None
    head = found[-1].group(1).lower()
    return "prime minister" if head == "premier" else head


def is_title_word(word: str) -> bool:
    return word.lower() in TITLE_WORDS


def is_glue_word(word: str) -> bool:
    return word.lower() in _TITLE_GLUE


# Offices a country holds: "Ukrainian President" is the President of Ukraine,
# but a "British political scientist" is only British.
_OFFICES = frozenset({"president", "prime minister", "chancellor", "minister", "king", "queen",
                      "ambassador", "envoy", "leader", "secretary", "speaker"})
_SMALL = frozenset("of for and the at on to".split())
# Country names said with "the": "President of the United States".
_THE = ("United ", "Netherlands", "Philippines", "Czech Republic", "Democratic Republic",
        "Central African", "Gambia", "Bahamas", "Vatican")


def normalize_role(role: str, country_of) -> str:
    """Tidy a role: one space, no trailing punctuation or quote mark, no honorific alone
    (""), demonym or country possessive
    moved behind a title ("Ukrainian President", "Estonia's defence minister", "Latvian
    Minister of Defense" -> "Minister of Defense of Latvia").

    `country_of(word)` returns the country for a demonym ("Ukrainian" -> "Ukraine").
    """
    role = " ".join(role.replace("’s", "'s").split()).strip(" ,.;:-–—\"“”‘")
    if role.lower() in HONORIFICS:
        return ""   # "Mr." is no role
    words = role.split(" ")
    # "Latvian Minister of Defense" moves too, but not a title already placed ("Russian
    # Ambassador to Ukraine", "Ukrainian Minister of Foreign Affairs of Ukraine")
    placed = " to " in role or " of " in role and country_of(words[-1]) is not None
    # the owner may be a country of several words: "New Zealand's Prime Minister"
    k = next((i + 1 for i, w in enumerate(words[:3]) if w.endswith("'s")), 1)
    if len(words) > k and not placed:
        country = country_of(" ".join(words[:k]).removesuffix("'s"))
        if country and title_head(role) in _OFFICES and all(w[:1].isupper() or w.lower() in _TITLE_GLUE or w.lower() in TITLE_WORDS
                           for w in words[k:]):
            title = " ".join(w if w[:1].isupper() or w.lower() in _SMALL else w.capitalize()
                             for w in words[k:])
            the = "the " if country.startswith(_THE) else ""
            return f"{title} of {the}{country}"
    return role
