"""The spaCy pipeline behind the language layer.

By default wirescope uses the NER model it ships in ``wirescope/models/ner-en``
(trained by ``scripts/train_ner.py`` from openly licensed GUM documents; see
``wirescope/models/README.md``). The ``analyze.model`` setting names any installed
spaCy pipeline (``"en_core_web_sm"``) or a path to one instead.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ..errors import ModelError

__all__ = ["DEFAULT_MODEL", "MODEL_DIR", "LABELS", "load_nlp", "ner_spans"]

DEFAULT_MODEL = "wirescope"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner-en"

# Model labels -> wirescope's entity types. The packaged model says GPE for every
# place (its training data does not split GPE/LOC/FAC; the rules layer does);
# OntoNotes pipelines (en_core_web_*) use the same names, CoNLL-style ones PER/LOC.
# Labels not listed (dates, numbers, MISC, WORK_OF_ART...) are left to other stages.
LABELS = {
    "PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "ORGANIZATION": "ORG",
    "GPE": "GPE", "LOC": "LOC", "LOCATION": "LOC", "FAC": "FAC", "NORP": "NORP",
    "EVENT": "EVENT", "WEAPON": "WEAPON",
}


def load_nlp(model: str | None = None):
    """The spaCy pipeline for ``model``.

    Args:
        model: None or ``"wirescope"`` for the packaged model; otherwise the name of an
            installed spaCy pipeline or a path to one (passed to ``spacy.load``).

    Returns:
        A ``spacy.Language``; do not modify it, it is shared within the process.

    Raises:
        ModelError: the model is not installed, or the packaged one is not trained yet.
    """
    return _load(DEFAULT_MODEL if model in (None, "") else model)


# Loading a pipeline reads MBs and builds the model graph (up to seconds), and a
# loaded Language is only read while processing text, so one copy per process and
# model name is shared. Per process, not shared state: each Dask or multiprocessing
# worker loads its own on first use.
@functools.lru_cache(maxsize=4)
def _load(model: str):
    import spacy

    if model == DEFAULT_MODEL:
        if not (MODEL_DIR / "config.cfg").is_file():
            raise ModelError(
                f"the packaged NER model is missing from {MODEL_DIR}; in a source checkout, "
                "run `make model` to train it, or set analyze.model to an installed spaCy "
                "pipeline (e.g. --set analyze.model=en_core_web_sm)")
        return spacy.load(MODEL_DIR)
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed and is not a pipeline directory; "
            "install it (pip install <package>) or change the analyze.model setting "
            f"(unset it to use the packaged model): {exc}") from None


load_nlp.cache_clear = _load.cache_clear  # type: ignore[attr-defined]


def ner_spans(doc) -> list[tuple[int, int, str]]:
    """The pipeline's entities as ``(start char, end char, type)`` in wirescope's types."""
    return [(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS]
