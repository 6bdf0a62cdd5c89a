"""The edits that turn an article into a syndicated copy, for the dedupe bench (bench/dedupe.py).

Each edit takes a text and a seeded `random.Random` and returns the edited text: what
outlets do to a wire story (typography, a trimmed ending, a dateline, an editor's note,
a local paragraph, a few words changed) and what a front page does to it (a teaser).
"""

from __future__ import annotations

import random
import re
from typing import Callable

_PARA = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\S+")
_SENT = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")

CITIES = ["LONDON", "NEW YORK", "WASHINGTON", "SYDNEY", "TORONTO", "CHICAGO", "BERLIN",
          "DENVER", "MUMBAI", "NAIROBI", "DUBLIN", "AUSTIN"]
WIRES = ["Wire", "Newswire", "Press Association", "Globe Wire", "Metro News Service"]
OUTLETS = ["The Conversation", "Kaiser Health News", "the Associated Press", "Grist",
           "The Trace", "Stateline", "CalMatters", "the Texas Tribune", "ProPublica"]
NOTES_TOP = [
    "Editor's note: This article has been updated to correct the spelling of a name.",
    "Editor's note: This story was updated at {h}:{m:02d} p.m. with comment from a spokesperson.",
    "This story was first published by {o}. It is republished here with permission.",
    "This article is republished from {o} under a Creative Commons license. Read the original article.",
]
NOTES_BOTTOM = [
    "This story was first published by {o}.",
    "This article first appeared on {o} and is republished here under a Creative Commons license.",
    "{o} is a nonprofit newsroom. Sign up for its newsletters to get stories like this in your inbox.",
    "Copyright {y} {o}. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed without permission.",
]
LOCAL = [
    "In {t}, where about {n},000 people live, city officials said on {d} that they were following "
    "the developments closely and would brief the council at its next meeting.",
    "Residents of {t} have raised similar concerns in recent months. A spokesperson for the {t} county "
    "office said the county had not yet received any requests related to the issue.",
    "The {t} Chamber of Commerce, which represents more than {n}00 local businesses, said it would "
    "hold an information session for members on {d}.",
    "Local reaction was mixed. \"We will have to see how this plays out here in {t},\" said a "
    "member of the school board, who asked not to be named.",
]
TOWNS = ["Springfield", "Riverton", "Fairview", "Maple Grove", "Clearwater", "Ashford", "Milton",
         "Lakewood", "Greenville", "Oak Ridge"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# UK <-> US spellings and small substitutions an editor makes; either direction applies.
SWAPS = {
    "color": "colour", "favorite": "favourite", "honor": "honour", "labor": "labour",
    "neighbor": "neighbour", "organize": "organise", "organization": "organisation",
    "realize": "realise", "recognize": "recognise", "analyze": "analyse", "center": "centre",
    "theater": "theatre", "defense": "defence", "license": "licence", "program": "programme",
    "traveled": "travelled", "canceled": "cancelled", "gray": "grey", "catalog": "catalogue",
    "judgment": "judgement", "aging": "ageing", "fulfill": "fulfil", "enroll": "enrol",
    "behavior": "behaviour", "percent": "per cent", "aluminum": "aluminium", "tire": "tyre",
    "said": "stated", "says": "explains", "but": "however", "about": "around", "big": "large",
    "start": "begin", "help": "assist", "buy": "purchase", "show": "demonstrate",
    "also": "additionally", "many": "numerous", "often": "frequently", "get": "obtain",
    "use": "employ", "people": "individuals", "very": "highly", "important": "key",
    "company": "firm", "children": "kids", "fast": "quick", "find": "discover",
}
SWAPS.update({v: k for k, v in list(SWAPS.items()) if " " not in v})
FILLER = ["new", "local", "major", "recent", "several", "other", "early", "public", "main"]
_CURLY = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def paragraphs(text: str) -> list[str]:
    """Blank-line paragraphs of `text`, stripped."""
    return [p.strip() for p in _PARA.split(text.strip()) if p.strip()]


def n_words(text: str) -> int:
    return len(_WORD.findall(text))


def _units(text: str) -> tuple[list[str], str]:
    """Paragraphs when there are at least three, else sentences; and their joiner."""
    paras = paragraphs(text)
    if len(paras) >= 3:
        return paras, "\n\n"
    return [s for s in _SENT.split(" ".join(paras)) if s.strip()], " "


def typography(text: str, rng: random.Random) -> str:
    """Whitespace and quote-style changes only: curly <-> straight quotes, dashes, ellipses,
    paragraph breaks and doubled spaces."""
    if "\u201c" in text or "\u2019" in text:
        text = text.translate(_CURLY)
    else:
        text = re.sub(r'(^|[\s(])"', "\\1\u201c", text)
        text = text.replace('"', "\u201d")
        text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    if "\u2014" in text:
        text = text.replace("\u2014", " -- " if rng.random() < 0.5 else "--")
    else:
        text = text.replace(" - ", " \u2014 ")
    text = text.replace("\u2026", "...") if "\u2026" in text else text.replace("...", "\u2026")
    sep = rng.choice(["\n\n\n", "\n \n", "\n\n"])
    return sep.join(re.sub(r"\. (?=[A-Z])", ".  ", p) if rng.random() < 0.5 else p
                    for p in paragraphs(text)) + rng.choice(["", "\n", "  \n"])


def trim(text: str, rng: random.Random) -> str:
    """The last 1-3 paragraphs dropped (sentences for a text of fewer than three), keeping
    at least half of the words."""
    units, sep = _units(text)
    k = min(rng.randint(1, 3), len(units) - 1)
    total = n_words(text)
    while k > 1 and sum(n_words(u) for u in units[-k:]) > total / 2:
        k -= 1
    return sep.join(units[:len(units) - k])


def dateline(text: str, rng: random.Random) -> str:
    """The first paragraph opened with a wire dateline ("LONDON (Wire) — ...")."""
    paras = paragraphs(text)
    dash = rng.choice(["\u2014", "-", "\u2013"])
    paras[0] = f"{rng.choice(CITIES)} ({rng.choice(WIRES)}) {dash} {paras[0]}"
    return "\n\n".join(paras)


def note(text: str, rng: random.Random, where: str) -> str:
    """An editor's note or a "first published by" line as a paragraph at the top or bottom."""
    line = rng.choice(NOTES_TOP if where == "top" else NOTES_BOTTOM).format(
        o=rng.choice(OUTLETS), h=rng.randint(1, 11), m=rng.randrange(0, 60, 5), y=rng.randint(2019, 2025))
    paras = paragraphs(text)
    return "\n\n".join([line, *paras] if where == "top" else [*paras, line])


def local_insert(text: str, rng: random.Random) -> str:
    """A paragraph of local context inserted in the middle."""
    line = rng.choice(LOCAL).format(t=rng.choice(TOWNS), n=rng.randint(2, 90), d=rng.choice(DAYS))
    paras = paragraphs(text)
    if len(paras) < 2:
        sents = _SENT.split(paras[0])
        mid = len(sents) // 2
        return " ".join(sents[:mid]) + "\n\n" + line + "\n\n" + " ".join(sents[mid:])
    n = len(paras)
    at = rng.randint(1, n - 1) if n < 4 else rng.randint(n // 4, 3 * n // 4)
    return "\n\n".join([*paras[:at], line, *paras[at:]])


def _cased(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def change_words(text: str, rng: random.Random) -> str:
    """3-10% of the words changed: half the time one sentence dropped, then UK/US
    spellings and substitutions from `SWAPS` where the text has them, else a filler word."""
    total = n_words(text)
    budget = max(1, round(rng.uniform(0.03, 0.10) * total))
    paras = paragraphs(text)
    if rng.random() < 0.5:
        cands = []
        for i, p in enumerate(paras):
            sents = _SENT.split(p)
            if len(sents) > 1:
                cands += [(i, j) for j, s in enumerate(sents) if 0 < n_words(s) <= 0.6 * budget]
        if cands:
            i, j = rng.choice(cands)
            sents = _SENT.split(paras[i])
            budget -= n_words(sents.pop(j))
            paras[i] = " ".join(sents)
    text = "\n\n".join(paras)
    words = list(re.finditer(r"[A-Za-z]+", text))
    table_hits = [m for m in words if m.group().lower() in SWAPS]
    rng.shuffle(table_hits)
    chosen = table_hits[:budget]
    if len(chosen) < budget:
        rest = [m for m in words if m not in chosen and len(m.group()) > 3]
        chosen += rng.sample(rest, min(len(rest), budget - len(chosen)))
    out, pos = [], 0
    for m in sorted(chosen, key=lambda m: m.start()):
        w = m.group()
        new = SWAPS.get(w.lower()) or rng.choice([f for f in FILLER if f != w.lower()])
        out += [text[pos:m.start()], _cased(new, w)]
        pos = m.end()
    return "".join(out) + text[pos:]


def teaser(text: str, rng: random.Random) -> str:
    """The first 40-80 words, cut after a word ending in a letter or digit, as a feed or a
    front page gives them (sometimes with an ellipsis)."""
    words = list(_WORD.finditer(text))
    target = rng.randint(40, min(80, len(words) - 1))
    for i in sorted(range(39, min(80, len(words) - 1)), key=lambda i: (abs(i + 1 - target), i)):
        if words[i].group()[-1].isalnum():
            break
    else:
        i = target - 1
    return text[:words[i].end()] + rng.choice(["", " \u2026", "...", " [\u2026]"])


EDITS: dict[str, Callable[[str, random.Random], str]] = {
    "exact": lambda t, rng: t,
    "typography": typography,
    "trim": trim,
    "dateline": dateline,
    "note top": lambda t, rng: note(t, rng, "top"),
    "note bottom": lambda t, rng: note(t, rng, "bottom"),
    "local insert": local_insert,
    "words 3-10%": change_words,
    "teaser": teaser,
}
# Combined copies draw 2-3 of these and apply them in this order (trim before a note at
# the bottom, typography last).
COMBINABLE = ["trim", "words 3-10%", "local insert", "dateline", "note top", "note bottom", "typography"]
