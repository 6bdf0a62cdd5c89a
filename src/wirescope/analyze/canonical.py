"""Canonical entities inside one article: mentions grouped under one name.

"Volodymyr Zelenskiy", "Zelenskiy" and "the Ukrainian president" become one
PERSON; "NATO" joins "North Atlantic Treaty Organization"; "Kiev" joins
"Kyiv". Different people who share a surname or a first name stay apart
(Donald Trump is not Donald Tamm): a one-word name joins a full name only by
surname, and only when the choice is clear.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from .entities import Mention
from .entity_tokens import BODIES
from .gazetteer import Gazetteer, fold, load_gazetteer
from .roles import ROLE_ALT, title_head

__all__ = ["canonical_entities", "translit_key", "same_name", "company_key", "name_variants", "LEGAL_SUFFIXES"]

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ENDINGS = re.compile(r"(?:iy|yy|ii|ij|yj|ji)$")
# A company's legal suffixes, folded (no dots): "Halden Corp", "Halden Corp.", "Halden" are one company.
LEGAL_SUFFIXES = ("co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp",
                  "plc", "gmbh")
_LEGAL_SUFFIX = re.compile(r",?\s+(?:" + "|".join(LEGAL_SUFFIXES) + r")$")


def company_key(folded: str) -> str:
    """A folded organisation name without its legal suffix ("intel corp" -> "intel")."""
    return _LEGAL_SUFFIX.sub("", folded) or folded
# Surname endings of Ukrainian, Russian and Belarusian names (after _ENDINGS): only there
# is the h/g, y/i alternation of their two transliterations safe to fold ("Hill" is not "Gill").
_EAST_SLAVIC = re.compile(r"\w{2}(?:enko|chuk|[iy]uk|[sz]k[yi]|[sz]ka|[iy]ch|ov|ova|ev|eva|in|ina|yn|yna)$")
# "the prime minister", "the Ukrainian president", "The Pentagon spokeswoman"
_NOMINAL = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w-]+\s+){0,2}(?:(?:former|then|deputy|vice|foreign|defen[cs]e|"
    r"acting|interim)\s+)?(?:" + ROLE_ALT + r"))\b(?!\s+(?:of\s+)?[A-Z])")


@functools.lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """A spelling-insensitive key for one name word: Zelenskiy, Zelensky, Zelenskyy agree,
    and so do the Ukrainian and Russian spellings of an East Slavic surname, whose h and y
    are Russian's g and i (Hrytsenko, Gritsenko)."""
    w = fold(_POSSESSIVE.sub("", word))
    w = _ENDINGS.sub("y", w)
    for a, b in (("kh", "h"), ("ck", "k"), ("w", "v"), ("j", "y"), ("ph", "f"), ("ou", "u")):
        w = w.replace(a, b)
    if _EAST_SLAVIC.search(w):
        w = w.replace("g", "h").replace("y", "i")
    return w[:1] + w[1:].replace("s", "z") if w.startswith("s") else w


# British and American spellings of the words names of bodies and places are made of.
_SPELLINGS = dict(p.split("/") for p in """harbour/harbor defence/defense centre/center organisation/organization
programme/program labour/labor theatre/theater honour/honor""".split())
_SPELLINGS.update({b: a for a, b in list(_SPELLINGS.items())})


def name_variants(name: str) -> list[str]:
    """Folded spellings under which a body or a place may have been written before:
    British or American ("Muuga Harbour", "Muuga Harbor"), and a country or its
    demonym as the first word ("Estonia's Internal Security Service", "Estonian
    Internal Security Service"). Not the folded name itself."""
    words = [_POSSESSIVE.sub("", w) for w in fold(name).split()] if " " in name else []
    if not words:
        return []
    gaz = load_gazetteer()
    firsts = {words[0]}
    country = gaz.country_of(words[0])
    if country:
        firsts.add(fold(country))
    firsts |= _demonyms_of().get(words[0], set())
    rest = " ".join(_SPELLINGS.get(w, w) for w in words[1:])
    out = {f"{f} {r}" for f in firsts for r in (" ".join(words[1:]), rest)}
    out.discard(fold(name))
    return sorted(out)


@functools.lru_cache(maxsize=1)
def _demonyms_of() -> dict[str, set[str]]:
    """Folded country name -> its folded demonyms."""
    out: dict[str, set[str]] = {}
    for demonym, country in load_gazetteer().demonyms.items():
        if country and " " not in country:
            out.setdefault(fold(country), set()).add(demonym)
    return out


def same_name(a: str, b: str) -> bool:
    """Are two name words spellings of one name? (Zelenskiy/Zelensky, Oleksandr/Olexander)"""
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    # looser still for the comparison: x is ks, y is i ("Olexiy", "Oleksii"), and g is h
    # (Ukrainian "Oleh", "Ihor", "Hennadiy"; Russian "Oleg", "Igor", "Gennady") inside a name
    # of four letters or more, and as its first letter from six ("Hill" is not "Gill")
    ka, kb = (_g_as_h(k.replace("x", "ks").replace("y", "i")) for k in (ka, kb))
    if min(len(ka), len(kb)) >= 4 and ka == kb:
        return True
    if ka[:1] != kb[:1] and not ({ka[:1], kb[:1]} <= {"s", "z"}):
        return False
    return min(len(ka), len(kb)) >= 6 and fuzz.ratio(ka, kb) >= 88


def _g_as_h(key: str) -> str:
    if len(key) < 4:
        return key
    return (key[0] if len(key) < 6 else key[0].replace("g", "h")) + key[1:].replace("g", "h")


@dataclass
class _Cluster:
    type: str
    words: list[str]                  # the fullest name seen
    canonical: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    last_seen: int = -1

    @property
    def name(self) -> str:
        return self.canonical or " ".join(self.words)


def _words(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", w) for w in text.split()]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ("of", "the", "and", "for"))


def _person_cluster(words: list[str], start: int, people: list[_Cluster]) -> _Cluster | None:
    if len(words) >= 2:
        for c in people:
            if len(c.words) >= 2 and same_name(words[-1], c.words[-1]) and (
                    fold(words[0]) == fold(c.words[0]) or same_name(words[0], c.words[0])):
                return c
        return None
    word = words[0]
    by_surname = [c for c in people if len(c.words) >= 2 and same_name(word, c.words[-1])]
    if not by_surname:
        by_surname = [c for c in people if len(c.words) == 1 and same_name(word, c.words[0])]
    if len(by_surname) == 1:
        return by_surname[0]
    if len(by_surname) > 1:
        # two people share the surname: the one mentioned last before this
        before = [c for c in by_surname if c.last_seen < start]
        return max(before, key=lambda c: c.last_seen) if before else None
    by_first = [c for c in people if len(c.words) >= 2 and fold(word) == fold(c.words[0])]
    return by_first[0] if len(by_first) == 1 else None


def canonical_entities(text: str, mentions: list[Mention],
                       gaz: Gazetteer | None = None) -> list[dict[str, Any]]:
    """Group mentions into entities: `{"id","name","type","mentions","roles"}` each."""
    gaz = gaz or load_gazetteer()
    clusters: list[_Cluster] = []
    people: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    # "Lindqvist" tagged ORG in an article about Peder Lindqvist is him
    def name(m: Mention) -> str:
        a, b = m.name_span
        return text[a:b]

    surnames = {_words(name(m))[-1] for m in mentions
                if m.type == "PERSON" and len(name(m).split()) > 1}
    for m in mentions:
        entry = gaz.lookup([text[m.start:m.end]]) if m.canonical else None
        country = entry is not None and entry.country == entry.canonical
        if m.type in ("ORG", "GPE", "LOC", "NORP") and not country and \
                " " not in text[m.start:m.end].strip() and \
                any(same_name(text[m.start:m.end], sn) for sn in surnames):
            m.type = "PERSON"
    # full names first, so "Trump" before "Donald Trump" still finds him
    order = sorted(mentions, key=lambda m: (m.type != "PERSON", -len(name(m).split()), m.start))
    for m in order:
        surface = name(m)
        words = _words(surface)
        if not words:
            continue
        cluster = None
        if m.type == "PERSON":
            cluster = _person_cluster(words, m.start, people)
            if cluster is None:
                cluster = _Cluster("PERSON", words)
                people.append(cluster)
                clusters.append(cluster)
        else:
            key = (m.type, fold(m.canonical or _POSSESSIVE.sub("", surface)))
            if m.type == "ORG" and m.canonical is None:
                key = (m.type, company_key(key[1]))   # "Halden Corp" is "Halden"
            cluster = by_key.get(key)
            if cluster is None and m.type == "ORG" and surface.isupper() and len(surface) >= 2:
                cluster = next((c for c in clusters if c.type == "ORG" and len(c.words) > 1
                                and _initials(c.words) == surface.replace(".", "")), None)
            if cluster is None and m.type == "ORG" and len(words) == 1 and surface in BODIES:
                # "the Commission" after "the European Commission": the one body of the text
                # named with that word
                longer = [c for c in clusters if c.type == "ORG" and len(c.words) > 1 and c.words[-1] == surface]
                cluster = longer[0] if len(longer) == 1 else None
            if cluster is None:
                cluster = _Cluster(m.type, words, m.canonical)
                clusters.append(cluster)
            by_key[key] = cluster
        cluster.mentions.append((m.start, m.end))
        cluster.last_seen = max(cluster.last_seen, m.start)
        for role in m.roles:
            if role and role.lower() not in (r.lower() for r in cluster.roles):
                cluster.roles.append(role)
    _link_nominals(text, people, mentions, gaz)
    # ids in order of first mention
    clusters.sort(key=lambda c: min(c.mentions))
    out = []
    for n, c in enumerate(clusters, 1):
        out.append({"id": f"e{n}", "name": c.name, "type": c.type,
                    "mentions": [list(s) for s in sorted(set(c.mentions))], "roles": c.roles})
    return out


def _link_nominals(text: str, people: list[_Cluster], mentions: list[Mention],
                   gaz: Gazetteer) -> None:
    """Add "the Ukrainian president" to the one person whose role says so."""
    taken = [(m.start, m.end) for m in mentions]
    for match in _NOMINAL.finditer(text):
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        phrase = match.group(1)
        head = title_head(phrase)
        country = None
        first = phrase.split()[0]
        if first[:1].isupper():
            country = gaz.country_of(first) or getattr(gaz.lookup([first]), "country", None)
        fits = []
        for c in people:
            roles = [r for r in c.roles if title_head(r) == head]
            if country:
                roles = [r for r in roles if country in r or any(
                    gaz.country_of(w) == country for w in r.split())]
            if roles:
                fits.append(c)
        if len(fits) == 1:
            fits[0].mentions.append((start, end))
