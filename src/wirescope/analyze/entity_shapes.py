"""Names told by their shape: how the words of a name are written, whatever the model said.

- `hyphenated_names`: a person's name runs on over a hyphen inside a word ("Kim Jong-un",
  "Lee Cheuk-yan", "Soren Jessen-Petersen"), which the tokenizer splits and the model
  cuts short; but "Putin-backed" and "the Biden-Harris ticket" are no longer names;
- `stance_adjectives`: a name after "pro-" or "anti-" is part of an adjective that names a
  stance ("the pro-Beijing camp", "anti-Kremlin protests"), no mention of the place or body.
"""

from __future__ import annotations

from .gazetteer import Gazetteer

__all__ = ["hyphenated_names", "stance_adjectives"]

_HYPHENS = frozenset("-‐‑")


def hyphenated_names(doc, taken, owner, gaz: Gazetteer) -> None:
    """Grow a person's mention over a hyphenated last part written inside the same word: a
    lower-case syllable no English word ("Jong-un", "Siu-lai"), or a capitalised part when the
    name already has two words ("Soren Jessen-Petersen"; not "Putin-Trump talks")."""
    n = len(doc)
    for ts, (te, m) in sorted(taken.items()):
        if taken.get(ts, (0, None))[1] is not m:
            continue   # merged into the name before it
        if m.type != "PERSON" or te + 1 >= n or doc[te].text not in _HYPHENS or doc[te - 1].whitespace_ \
                or doc[te].whitespace_ or not doc[te + 1].is_alpha or m.end != doc[te - 1].idx + len(doc[te - 1].text):
            continue
        part = doc[te + 1]
        if part.text.islower():
            if part.lower_ in gaz.common_words or part.is_stop or part.lower_.endswith("ed") or len(part) > 6:
                continue   # "Putin-backed", "Trump-era", "Merkel-style"
        elif not (part.text[:1].isupper() and te - ts >= 2 and not part.text.isupper()):
            continue
        if owner[te] is not None:
            continue
        k = owner[te + 1]
        if k is not None:
            ke, other = taken[k]
            if k != te + 1 or ke != te + 2 or other.type != "PERSON":
                continue
            del taken[k]   # "Petersen", the model's mention of the last part alone
        owner[te:te + 2] = [ts, ts]
        taken[ts] = (te + 2, m)
        m.end = part.idx + len(part.text)


_STANCE_PREFIXES = frozenset("pro anti".split())


def stance_adjectives(doc, taken, owner) -> None:
    """Drop a mention glued to "pro-" or "anti-" before it ("pro-Beijing councillors")."""
    for ts, (te, m) in list(taken.items()):
        if ts >= 2 and m.type in ("GPE", "LOC", "FAC", "ORG", "PERSON") and doc[ts - 1].text in _HYPHENS \
                and not doc[ts - 1].whitespace_ and not doc[ts - 2].whitespace_ and doc[ts - 2].lower_ in _STANCE_PREFIXES:
            del taken[ts]
            owner[ts:te] = [None] * (te - ts)
