"""Language identification for whole articles (py3langid, shipped with its model)."""

from __future__ import annotations

import functools

__all__ = ["detect_language"]

# Enough text to decide; classifying a whole long article costs time for nothing.
_SAMPLE = 2000
# Below this many letters the guess is noise: say nothing rather than something wrong.
_MIN_LETTERS = 20


@functools.lru_cache(maxsize=1)
def _identifier():
    # Loading the model takes ~0.3 s; it is read-only, so one per process is safe.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, min_confidence: float = 0.5) -> tuple[str | None, float]:
    """ISO 639-1 code of the text's language and the confidence, or (None, p) if unsure."""
    sample = text[:_SAMPLE]
    if sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return (lang if prob >= min_confidence else None), float(prob)
