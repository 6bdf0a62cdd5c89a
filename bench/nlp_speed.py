"""Speed of the language layer next to an en_core_web_sm-architecture spaCy pipeline.

One process, one thread, on the GUM dev texts (the `ner` section's documents).
Words = whitespace-separated tokens of the input. Each system processes every text
with one call per text (as the language layer does per article), after one untimed
warm-up pass; the figure is the median of 3 timed passes, the systems taking turns
within each pass.

- wirescope: the whole language layer — the as-is pipeline (`wirescope.pipeline.AS_IS`:
  `as_is`, `meta` and every `analyze.*` component) on `Article(raw=text)`; if that
  cannot run, the layer's entry points that exist (`LAYER` below), called in turn;
  if none exists, the packaged NER pipeline (`load_nlp()`). Also timed alone:
  `find_entities` and the packaged NER pipeline.
- sm-arch: `spacy.blank("en")` + tok2vec, tagger, parser and ner built from the
  en_core_web_sm 3.x architecture (scripts/train_ner.py `--arch sm` config), initialised
  on a few GUM paragraphs and the 18 OntoNotes entity labels, never trained: its
  speed does not depend on its weights.
"""

from __future__ import annotations

import importlib
import os
import statistics
import time
from pathlib import Path
from typing import Callable

from .common import log, table
from .ner import load_dev, train_script

# (module, function): the language layer, in the order an article goes through it.
LAYER = [
    ("wirescope.analyze.entities", "find_entities"),
    ("wirescope.analyze.dates", "find_dates"),
    ("wirescope.analyze.quantities", "find_quantities"),
]
ONTONOTES = ("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE TIME "
             "PERCENT MONEY QUANTITY ORDINAL CARDINAL").split()
REPEATS = 3


def layer() -> tuple[str, Callable[[str], object]]:
    """The wirescope language layer as one callable on a text, and what it is made of:
    the as-is pipeline (`wirescope.pipeline.AS_IS`: as_is, meta and every `analyze.*`
    component) when it imports, else the `LAYER` functions that exist, else the
    packaged NER pipeline alone."""
    try:
        from wirescope import Article
        from wirescope.pipeline import AS_IS, Pipeline
        pipe = Pipeline(AS_IS)
        pipe(Article(raw="A test.", source="warm-up"))
    except Exception as exc:  # noqa: BLE001 - fall back to the functions, and say so
        log(f"  nlpspeed: no as-is pipeline ({type(exc).__name__}: {exc}); timing the functions")
    else:
        return f"Pipeline({', '.join(AS_IS)})", lambda text: pipe(Article(raw=text, source="bench"))
    fns, names = [], []
    for mod_name, fn_name in LAYER:
        try:
            fn = getattr(importlib.import_module(mod_name), fn_name)
        except (ImportError, AttributeError):
            continue
        fns.append(fn)
        names.append(f"{mod_name.rsplit('.', 1)[1]}.{fn_name}")
    if not fns:
        from wirescope.analyze.nlp import load_nlp
        return "load_nlp() pipeline", load_nlp()

    def run(text: str) -> None:
        for fn in fns:
            fn(text)
    return " + ".join(names), run


def _entities() -> Callable[[str], object] | None:
    try:
        from wirescope.analyze.entities import find_entities
    except ImportError:
        return None
    return find_entities


def sm_untrained(root: Path):
    """An initialised, untrained en_core_web_sm-architecture pipeline."""
    from spacy.training import Example
    from spacy.util import load_model_from_config

    mod = train_script()
    nlp = load_model_from_config(mod.sm_config(), auto_fill=True, validate=True)
    docs = [d for d in mod.load_split(root, "train") if mod.trainable(d)][:3]
    examples = [Example(nlp.make_doc(sd.text), sd) for d in docs for sd in mod.to_spacy(d, nlp.vocab)]
    for label in ONTONOTES:
        nlp.get_pipe("ner").add_label(label)
    nlp.initialize(lambda: examples)
    return nlp


def _time_all(fns: dict[str, Callable[[str], object]], texts: list[str]) -> dict[str, float]:
    """Median seconds per pass over ``texts`` for each system; the systems take turns
    within each repeat, so a change in machine load hits them alike."""
    for fn in fns.values():  # warm-up: lazy loads, caches
        for t in texts:
            fn(t)
    runs: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(REPEATS):
        for k, fn in fns.items():
            t0 = time.perf_counter()
            for t in texts:
                fn(t)
            runs[k].append(time.perf_counter() - t0)
    return {k: statistics.median(v) for k, v in runs.items()}


def bench_nlp_speed(root: Path, limit: int | None = None) -> str:
    try:
        import torch
        torch.set_num_threads(1)
    except ImportError:
        pass
    texts = [d.text for d in load_dev(root)][:limit]
    words = sum(len(t.split()) for t in texts)
    what, fn = layer()
    log(f"  nlpspeed: wirescope = {what}; sm-arch untrained")
    from wirescope.analyze.nlp import load_nlp
    fns = {"layer": fn, "model": load_nlp(), "sm": sm_untrained(root)}
    if (ents := _entities()) is not None:
        fns["entities"] = ents
    wps = {k: words / v for k, v in _time_all(fns, texts).items()}
    sm = wps["sm"]
    rows = [[f"wirescope language layer: {what}", f"{wps['layer']:,.0f}", f"{wps['layer'] / sm:.2f}×"]]
    if "entities" in wps:
        rows.append(["entities alone: `find_entities(text)` (model + rules + gazetteers)",
                     f"{wps['entities']:,.0f}", f"{wps['entities'] / sm:.2f}×"])
    rows += [["packaged NER pipeline alone: `load_nlp()(text)`", f"{wps['model']:,.0f}",
              f"{wps['model'] / sm:.2f}×"],
             ["sm-arch: tok2vec+tagger+parser+ner, untrained", f"{sm:,.0f}", "1.00×"]]
    threads = os.environ.get("OMP_NUM_THREADS", "unset")
    return (f"### Language layer speed (GUM dev, {len(texts)} texts, {words:,} words; one process, "
            f"OMP_NUM_THREADS={threads}; median of {REPEATS})\n\n"
            + table(["system", "words/s", "vs sm-arch"], rows))
