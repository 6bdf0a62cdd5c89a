"""The spaCy pipeline loader: the packaged model, other pipelines, clear errors."""

from __future__ import annotations

import pytest

from wirescope.analyze import nlp as nlp_mod
from wirescope.analyze.nlp import LABELS, MODEL_DIR, load_nlp, ner_spans
from wirescope.errors import ModelError, WirescopeError

needs_model = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").is_file(),
                                 reason="packaged model not trained (make model)")

# Fictional people and places, written for this test.
TEXT = ("Mayor Tobias Wrenfield said on Tuesday that the city of Lisbon would open two new "
        "libraries. \"We have waited long enough,\" Wrenfield told reporters in Lisbon.")


@needs_model
def test_load_nlp_packaged_model_is_cached():
    assert load_nlp() is load_nlp(None)
    assert load_nlp("wirescope") is not None
    assert "ner" in load_nlp().pipe_names


@needs_model
def test_ner_spans_finds_person_and_city():
    spans = ner_spans(load_nlp()(TEXT))
    found = {(TEXT[s:e], t) for s, e, t in spans}
    # GUM, the training data, keeps titles inside person names ("Mayor Tobias Wrenfield");
    # the rules layer (entities.py) splits them off
    assert any(t == "PERSON" and name.endswith("Tobias Wrenfield") for name, t in found)
    assert ("Lisbon", "GPE") in found
    for s, e, t in spans:
        assert 0 <= s < e <= len(TEXT) and t in set(LABELS.values())


@needs_model
def test_load_nlp_sentences():
    doc = load_nlp()("The talks ended. A new round starts in May.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize("name", ["en_no_such_pipeline_xyz", "/nonexistent/pipeline/dir"])
def test_load_nlp_unknown_model_says_which_setting(name):
    with pytest.raises(ModelError, match="analyze.model") as info:
        load_nlp(name)
    assert isinstance(info.value, WirescopeError)


def test_load_nlp_missing_packaged_model_says_make_model(tmp_path, monkeypatch):
    monkeypatch.setattr(nlp_mod, "MODEL_DIR", tmp_path / "ner-en")
    load_nlp.cache_clear()
    try:
        with pytest.raises(ModelError, match="make model"):
            load_nlp()
    finally:
        load_nlp.cache_clear()


def test_ner_spans_maps_labels():
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")("Ana Lopes met ACME in Porto on Monday")
    doc.ents = [Span(doc, 0, 2, "PER"), Span(doc, 3, 4, "ORG"), Span(doc, 5, 6, "GPE"),
                Span(doc, 7, 8, "DATE")]
    assert ner_spans(doc) == [(0, 9, "PERSON"), (14, 18, "ORG"), (22, 27, "GPE")]
