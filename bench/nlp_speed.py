"""Speed of the language layer next to an en_core_web_sm-architecture spaCy pipeline.

One process, one thread, on the GUM dev texts (the `ner` section's documents).
Words = whitespace-separated tokens of the input. Each system processes every text
with one call per text (as the language layer does per article), after one untimed
warm-up pass; the figure is the median of 3 timed passes.

- wirescope: the language layer's entry points that exist, called in turn on each
  text (`LAYER` below: entities, dates, quantities...); when none exists yet, the
  packaged NER pipeline (`load_nlp()`).
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
    """The wirescope language layer as one callable, and what it is made of."""
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
        nlp = load_nlp()
        return "load_nlp() pipeline", nlp

    def run(text: str) -> None:
        for fn in fns:
            fn(text)
    return " + ".join(names), run


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


def _time(fn: Callable[[str], object], texts: list[str]) -> float:
    for t in texts:  # warm-up: lazy loads, caches
        fn(t)
    runs = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def bench_nlp_speed(root: Path, limit: int | None = None) -> str:
    try:
        import torch
        torch.set_num_threads(1)
    except ImportError:
        pass
    texts = [d.text for d in load_dev(root)][:limit]
    words = sum(len(t.split()) for t in texts)
    what, fn = layer()
    log(f"  nlpspeed: wirescope = {what}")
    ws = words / _time(fn, texts)
    log("  nlpspeed: sm-arch (untrained)")
    sm = words / _time(sm_untrained(root), texts)
    from wirescope.analyze.nlp import load_nlp
    model = words / _time(load_nlp(), texts)
    rows = [[f"wirescope language layer ({what})", f"{ws:,.0f}", f"{ws / sm:.2f}×"],
            ["packaged NER pipeline alone (`load_nlp()`)", f"{model:,.0f}", f"{model / sm:.2f}×"],
            ["sm-arch: tok2vec+tagger+parser+ner, untrained", f"{sm:,.0f}", "1.00×"]]
    threads = os.environ.get("OMP_NUM_THREADS", "unset")
    return (f"### Language layer speed (GUM dev, {len(texts)} texts, {words:,} words; one process, "
            f"OMP_NUM_THREADS={threads}; median of {REPEATS})\n\n"
            + table(["system", "words/s", "vs sm-arch"], rows))
