"""Speakers the NER missed, as entities: "Ilves said" gives the article's Ilves, or a new PERSON."""

from __future__ import annotations

import re
from typing import Any

from .lexicon_quotes import PRONOUNS


def _described(words: list[str], gaz, lower: set[str]) -> bool:
    """A capitalised description, no name: every word an ordinary one ("Officials", "Police",
    "Opposition MPs", "Defence Minister"): common, written in lower case in the text, a
    title, or a plural acronym; and no given name among them."""
    from .entity_tokens import _group_noun
    from .roles import is_title_word

    def ordinary(w: str) -> bool:
        low = w.lower()
        return low in gaz.common_words or low.rstrip("s") in gaz.common_words or low in lower \
            or is_title_word(w) or _group_noun(w) or bool(re.fullmatch(r"[A-Z]{2,}s", w))
    return not any(w in gaz.given_names for w in words) and all(ordinary(w) for w in words)


def speakers_as_entities(quotes: list[dict[str, Any]], entities: list[dict[str, Any]],
                         text: str = "") -> None:
    """Give a named speaker the NER missed ("Ilves said") an entity: the article's person
    of that surname, else a new PERSON. Descriptions ("a Western official", "Officials
    said", "Police said") stay as they are."""
    from .canonical import same_name
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    lower: set[str] | None = None   # the text's lower-case words, read at the first name that needs them
    for q in quotes:
        sp = q.get("speaker") or {}
        name = sp.get("name") or ""
        words = name.split()
        if sp.get("entity") is not None or sp.get("start") is None or not 1 <= len(words) <= 4 \
                or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha()
                           for w in words) \
                or words[0].lower() in PRONOUNS or words[0] in ("The", "A", "An") \
                or gaz.lookup(words) is not None:
            continue
        if lower is None:
            lower = set(re.findall(r"[a-z]+", text))
        if _described(words, gaz, lower):
            continue
        ent = next((e for e in entities if e["type"] == "PERSON"
                    and same_name(e["name"].split()[-1], words[-1])), None)
        if ent is None:
            ent = {"id": f"e{len(entities) + 1}", "name": name, "type": "PERSON", "mentions": [],
                   "roles": []}
            entities.append(ent)
        if [sp["start"], sp["end"]] not in ent["mentions"]:
            ent["mentions"].append([sp["start"], sp["end"]])
            ent["mentions"].sort()
        sp["entity"], sp["name"] = ent["id"], ent["name"]
