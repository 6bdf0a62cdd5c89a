import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope import Article, Pipeline, SettingsError, analyze, load_settings, register
from wirescope.cli import main

CONTRACT = ["id", "source", "segment", "url", "title", "authors", "outlet", "published", "language", "text",
            "truncated", "skipped", "entities", "quotes", "dates", "quantities", "events"]


def test_analyze_as_is_keeps_text_exactly(tmp_path):
    raw = "Skip to content\n  A body line with “quotes”.  \n"
    (tmp_path / "a.txt").write_text(raw)
    [art] = analyze(tmp_path / "a.txt", as_is=True, published="2026-03-04")
    assert art.text == raw and art.published == "2026-03-04"
    assert list(art.to_dict()) == CONTRACT


def test_analyze_jsonl_metadata_wins(tmp_path):
    body = ("The ministers agreed a temporary ceiling on wholesale gas prices on Friday after talks that ran "
            "through the night in Brussels, officials said.")
    (tmp_path / "x.jsonl").write_text(json.dumps({"text": body, "title": "Gas cap agreed", "outlet": "Wire",
                                                  "published": "2026-03-06T19:40:00"}))
    [art] = analyze(tmp_path / "x.jsonl")
    assert (art.title, art.outlet, art.published) == ("Gas cap agreed", "Wire", "2026-03-06T19:40:00")


def test_analyze_cli_jsonl_contract(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The talks resumed in Istanbul on Monday, the Turkish foreign ministry "
                                    "said in a statement, with both delegations present.\n")
    assert main(["analyze", str(tmp_path / "a.txt"), "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert list(json.loads(line)) == CONTRACT


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=800))
def test_analyze_any_text_no_crash_spans_inside(raw):
    for art in analyze(Article(raw=raw, kind="text", source="h"), include_rejected=True):
        if art.rejected:
            continue
        start, end = art.raw_span
        assert 0 <= start < end <= len(raw)
        for para in art.text.split("\n\n"):
            assert para in raw[start:end]


def test_analyze_other_language_is_skipped_with_reason(tmp_path):
    text = ("Der Verteidigungsminister sagte am Montag in Berlin, die Gespräche mit den Verbündeten "
            "würden in der nächsten Woche fortgesetzt, und die Regierung plane weitere Hilfen.\n")
    (tmp_path / "de.txt").write_text(text)
    [art] = analyze(tmp_path / "de.txt", as_is=True)
    assert art.language == "de" and "language is 'de'" in art.skipped
    assert art.entities == [] and art.quotes == [] and art.dates == []


def test_analyze_language_layer_fills_the_contract(tmp_path):
    text = ("Estonian Prime Minister Kaja Ilves said on Monday that more than 40 ships were waiting "
            "off Tallinn. “We will not be intimidated,” Ilves told reporters.\n")
    (tmp_path / "en.txt").write_text(text)
    [art] = analyze(tmp_path / "en.txt", as_is=True, published="2026-03-04")
    assert art.language == "en" and art.skipped is None
    ilves = next(e for e in art.to_dict()["entities"] if e["name"] == "Kaja Ilves")
    assert ilves["type"] == "PERSON" and ilves["roles"] == ["Prime Minister of Estonia"]
    assert any(q["speaker"]["entity"] == ilves["id"] and q["kind"] == "direct" for q in art.quotes)
    assert [(d["text"], d["value"]) for d in art.dates] == [("Monday", "2026-03-02")]
    assert any(q["value"] == 40 and q["qualifier"] == "more than" for q in art.quantities)
    for span in [m for e in art.entities for m in e["mentions"]] + [[q["start"], q["end"]] for q in art.quotes]:
        assert 0 <= span[0] < span[1] <= len(art.text)


def test_analyze_jsonl_published_read_as_iso_or_left_out(tmp_path, caplog):
    body = ("The ministers agreed a temporary ceiling on wholesale gas prices on Friday after talks that ran "
            "through the night in Brussels, officials said.")
    rows = [{"text": body, "published": "Sat, 07 Mar 2026 08:00:00 GMT"},
            {"text": body.replace("gas", "power"), "published": "last Friday"}]
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    rfc, vague = analyze(tmp_path / "x.jsonl")
    assert rfc.published == "2026-03-07T08:00:00+00:00"
    assert [d["value"] for d in rfc.dates if d["text"] == "Friday"] == ["2026-03-06"]  # resolved against it
    assert vague.published is None and "'last Friday' is not a date" in caplog.text


def test_analyze_published_option_must_be_a_date(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The talks resumed in Istanbul on Monday, officials said.\n")
    assert main(["analyze", str(tmp_path / "a.txt"), "--published", "2026-02-30"]) == 1
    assert "--published '2026-02-30' is not a date" in capsys.readouterr().err
    [art] = analyze(tmp_path / "a.txt", as_is=True, published="4 March 2026")
    assert art.published == "2026-03-04"


def test_analyze_a_text_that_is_only_a_teaser_is_that_teaser_truncated():
    # a feed's summary or a front-page blurb saved alone: not dropped as page debris
    blurb = ("Ferry operators on the Baltic cancelled dozens of crossings between Tallinn and Helsinki on "
             "Thursday as storm Ilse brought gusts of up to 30 metres a second…")
    [art] = analyze(Article(raw="Skip to content\n" + blurb + "\n", kind="text", source="blurb.txt"),
                    language_layer=False)
    assert art.text == blurb and art.truncated and not art.rejected


def test_analyze_a_text_longer_than_max_chars_is_stored_unannotated_with_reason(tmp_path):
    text = "The harbour master said on Monday that the ferry to Parnu would sail again after repairs. " * 4
    (tmp_path / "long.txt").write_text(text)
    settings = load_settings(overrides=["analyze.max_chars=200"])
    [art] = analyze(tmp_path / "long.txt", as_is=True, settings=settings)
    assert "longer than analyze.max_chars (200)" in art.skipped and "--set analyze.max_chars=N" in art.skipped
    assert art.text == text and art.entities == [] and art.dates == []


def test_analyze_a_step_that_fails_rejects_its_article_and_the_stream_goes_on():
    @register("test.fails_on_storms")
    def _fails(settings):
        def step(article):
            if "storm" in article.text:
                raise ValueError("cannot read storms")
            return article
        return step

    @register("test.splits_then_fails")
    def _splits(settings):
        def step(article):   # a step yielding pieces fails while they are read
            yield article
            raise RuntimeError("lost the thread")
        return step

    texts = ["The storm closed the port on Monday.", "The ferry sailed again on Tuesday."]
    for name, reason in [("test.fails_on_storms", "(ValueError: cannot read storms)"),
                         ("test.splits_then_fails", "(RuntimeError: lost the thread)")]:
        pipe = Pipeline(["as_is", name], load_settings())
        out = list(pipe.stream(Article(raw=t, kind="text", source=f"n{i}") for i, t in enumerate(texts)))
        assert out[0].rejected and f"the {name} step failed {reason}" in out[0].rejected
        if name == "test.fails_on_storms":
            assert out[1].rejected is None   # the next article goes through


def test_analyze_a_step_that_raises_a_user_error_is_not_hidden():
    @register("test.needs_a_setting")
    def _needs(settings):
        def step(article):
            raise SettingsError("set test.value first")
        return step

    with pytest.raises(SettingsError, match="set test.value first"):
        list(Pipeline(["as_is", "test.needs_a_setting"], load_settings())(Article(raw="x", kind="text", source="n")))


def test_analyze_an_undated_article_takes_the_date_in_its_file_name(tmp_path):
    body = "The ferry to Parnu sailed again on Tuesday after a week of repairs, the harbour master said.\n"
    (tmp_path / "2026-03-05_ferry.txt").write_text(body)
    (tmp_path / "20260306-ferry-byline.txt").write_text("March 4, 2026 — " + body)
    [art] = analyze(tmp_path / "2026-03-05_ferry.txt", language_layer=False)
    assert art.published == "2026-03-05"
    [art] = analyze(tmp_path / "2026-03-05_ferry.txt", published="2026-03-01", language_layer=False)
    assert art.published == "2026-03-01"  # the date the user gives wins
    [art] = analyze(tmp_path / "20260306-ferry-byline.txt", as_is=True, language_layer=False)
    assert art.published == "2026-03-04"  # so does the one the text states
    off = load_settings(overrides=["meta.date_from_file_name=false"])
    [art] = analyze(tmp_path / "2026-03-05_ferry.txt", settings=off, language_layer=False)
    assert art.published is None
