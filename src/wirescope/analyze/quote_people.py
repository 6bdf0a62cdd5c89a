"""Which words name people who can speak: sources, roles, plural nouns of people, counts.

Read by the speaker readers (`quote_speakers`) and the stance readers (`quote_stances`):
"officials", "the senator", "economists", "fishermen", "43", "two-thirds" can say
something; "numbers", "statements" cannot.
"""

from __future__ import annotations

import re

from .lexicon_quotes import PEOPLE_QUANTIFIERS, PRONOUNS, SOURCE_NOUNS
from .roles import ROLE_NOUN

__all__ = ["speaking_noun", "plural_people", "COUNT"]


def speaking_noun(word: str) -> bool:
    """A pronoun, a source ("officials", "the ministry") or a role ("the senator")."""
    low = word.strip("’'").lower()
    return low in PRONOUNS or low in ("who", "which") or low in SOURCE_NOUNS or low.rstrip("s") in SOURCE_NOUNS \
        or low.endswith("ies") and low[:-3] + "y" in SOURCE_NOUNS \
        or low in PEOPLE_QUANTIFIERS or bool(ROLE_NOUN.fullmatch(low)) or bool(COUNT.fullmatch(low)) \
        or low in PEOPLE_ACTS or len(low) > 6 and low.endswith(AGENTS) and low not in NOT_AGENTS \
        or len(low) > 5 and low.endswith(PERSON_ENDS) and low not in NOT_PERSONS \
        or "-" in low[1:-1] and low.rsplit("-", 1)[1].isalpha() and low.rsplit("-", 1)[0].isalpha() \
        and speaking_noun(low.rsplit("-", 1)[1])   # "ex-wife", "co-founder"


# Plural nouns of people by their ending ("engineers", "economists", "historians",
# "participants", "opponents"), except common things that end alike.
AGENTS = ("ers", "ists", "ians", "ants", "ents", "ors")
NOT_AGENTS = frozenset("""numbers matters orders centers centres waters moments comments elements events
quarters headquarters letters papers computers borders corners powers chambers markets governments
departments investments payments statements documents amendments arguments percents sectors factors
retirements""".split())


# Compounds naming people by their last part ("fishermen", "congresswoman", "townspeople",
# "salesperson"), except things that end alike.
PERSON_ENDS = ("man", "men", "woman", "women", "people", "person", "persons")
NOT_PERSONS = frozenset("snowman snowmen specimen specimens abdomen stamen talisman ottoman german".split())


def plural_people(word: str) -> bool:
    """A plural noun of people or a count before a verb ("voters", "senators surveyed",
    "three-quarters", "43"), not a singular that makes a compound ("voter support")."""
    low = word.lower()
    return bool(COUNT.fullmatch(low)) or low in PEOPLE_ACTS or low.endswith("s") and speaking_noun(low) \
        and low not in PRONOUNS and low not in ("who", "which") or low in ("percent", "people", "men", "women")


# "the voters polled support": a participle after the people it stands for
PEOPLE_ACTS = frozenset("polled surveyed interviewed questioned asked".split())
# A count of people standing for them ("43 said", "at least 1,200 said", "two-thirds
# support"), not a year ("in 2015").
COUNT = re.compile(r"(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|(?:\w+-)?(?:thirds|quarters|fifths|tenths)|majority|plurality")
