"""Unit tests for bench.metrics (hand-built inputs; run with `pytest bench/test_metrics.py`)."""

import math

import pytest

from bench.metrics import (DateCounts, author_match, best_overlap, boundary_counts, date_match,
                           date_outcome, mean, snippet_hits, split_names, title_match, tokens,
                           word_bag)


@pytest.mark.parametrize("text, expected", [
    ("Hello, World!", ["hello", "world"]),
    ("It's 2024-10-30", ["it", "s", "2024", "10", "30"]),
    ("Zürich café_bar", ["zürich", "café_bar"]),
    ("", []),
    (None, []),
])
def test_metrics_tokens(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize("pred, ref, p, r", [
    ("a b c", "a b c", 1.0, 1.0),
    ("A, b. C!", "a b c", 1.0, 1.0),           # case and punctuation ignored
    ("a a b", "a b c d", 2 / 3, 2 / 4),         # multiset overlap: a once, b once
    ("a a a a", "a a", 2 / 4, 2 / 2),
    ("x y", "a b", 0.0, 0.0),
])
def test_metrics_word_bag_scores(pred, ref, p, r):
    s = word_bag(pred, ref)
    assert s.p == pytest.approx(p) and s.r == pytest.approx(r)
    assert s.f == pytest.approx(2 * p * r / (p + r) if p + r else 0.0)


@pytest.mark.parametrize("pred, ref, f", [
    ("", "", 1.0),          # empty reference, empty prediction
    ("  ...  ", "", 1.0),   # no tokens counts as empty
    ("words", "", 0.0),     # empty reference, non-empty prediction
    ("", "words", 0.0),     # empty prediction
    (None, "words", 0.0),
])
def test_metrics_word_bag_empty_rules(pred, ref, f):
    assert word_bag(pred, ref).f == f


def test_metrics_mean():
    assert mean([1.0, 0.0, 0.5]) == 0.5
    assert math.isnan(mean([]))


def test_metrics_snippet_hits_case_and_whitespace():
    pred = "The Quick brown\nfox jumps over the lazy dog"
    assert snippet_hits(pred, ["quick brown fox", "LAZY DOG", "purple cat", "  "]) == (2, 3)
    assert snippet_hits(None, ["x"]) == (0, 1)


@pytest.mark.parametrize("pred, gold, ok", [
    ("  Big  news\ttoday ", "Big news today", True),
    ("big news today", "Big news today", False),  # case matters
    ("Kyiv\u2019s \u201cplan\u201d \u2014 explained", "Kyiv's \"plan\" - explained", True),  # typography does not
    ("Kyiv's plan", "Kyiv's plans", False),
    (None, "Big news today", False),
])
def test_metrics_title_match(pred, gold, ok):
    assert title_match(pred, gold) is ok


@pytest.mark.parametrize("text, names", [
    ("Ann Lee, Bo Chan", {"Ann Lee", "Bo Chan"}),
    ("Ann Lee and Bo Chan; Cy Dee & Di Eck", {"Ann Lee", "Bo Chan", "Cy Dee", "Di Eck"}),
    ("Ann Lee, Bo Chan, and Cy Dee", {"Ann Lee", "Bo Chan", "Cy Dee"}),  # the serial comma
    ("Alexander Sandman", {"Alexander Sandman"}),  # "and" inside words does not split
    ("", set()),
])
def test_metrics_split_names(text, names):
    assert split_names(text) == names


@pytest.mark.parametrize("pred, gold, ok", [
    (["Ann Lee"], "Ann Lee", True),
    (["Ann Lee", "Bo Chan"], "Ann Lee, Bo Chan", True),
    (["Bo Chan", "Ann Lee"], "Ann Lee and Bo Chan", True),   # same name set
    ("Ann Lee; Bo Chan", "Ann Lee & Bo Chan", True),
    (["Ann Lee"], "Ann Lee, Bo Chan", False),
    ([], "Ann Lee", False),
    (None, "Ann Lee", False),
])
def test_metrics_author_match(pred, gold, ok):
    assert author_match(pred, gold) is ok


@pytest.mark.parametrize("pred, gold, ok", [
    ("2024-10-30T14:32:00", "2024-10-30", True),
    ("2024-10-30", "2024-10-30T09:00", True),
    ("2024-10-31", "2024-10-30", False),
    (None, "2024-10-30", False),
])
def test_metrics_date_match(pred, gold, ok):
    assert date_match(pred, gold) is ok


@pytest.mark.parametrize("pred, gold, outcome", [
    ("2020-03-27", "2020-03-27", "tp"),
    ("2020-03-27T10:00:00", "2020-03-27", "tp"),
    ("2020-03-28", "2020-03-27", "fp"),
    (None, "2020-03-27", "fn"),
    ("", "2020-03-27", "fn"),
    (None, None, "tn"),
    ("2020-03-27", None, "fp"),
])
def test_metrics_date_outcome(pred, gold, outcome):
    assert date_outcome(pred, gold) == outcome


def test_metrics_date_counts():
    c = DateCounts()
    for o in ["tp", "tp", "tp", "fp", "fn", "tn"]:
        c.add(o)
    assert (c.tp, c.fp, c.fn, c.tn, c.n) == (3, 1, 1, 1, 6)
    assert c.precision == pytest.approx(3 / 4)
    assert c.recall == pytest.approx(3 / 4)
    assert c.f1 == pytest.approx(6 / 8)
    assert c.accuracy == pytest.approx(4 / 6)
    assert DateCounts().f1 == 0.0


@pytest.mark.parametrize("gold, spans, expected", [
    # exact cut at the gold boundary 100 (segment 2 starts there)
    ([100], [(0, 99), (100, 200)], (1, 0, 0)),
    # boundary inside a gap of dropped debris
    ([100], [(0, 80), (150, 200)], (1, 0, 0)),
    # gap ends inclusive: previous segment ends exactly at the boundary
    ([100], [(0, 100), (100, 200)], (1, 0, 0)),
    # cut in the wrong place: one FP, gold boundary missed
    ([100], [(0, 50), (51, 200)], (0, 1, 1)),
    # no split at all
    ([100, 200], [(0, 300)], (0, 0, 2)),
    # gap longer than 300 chars does not count even though it holds the boundary
    ([500], [(0, 100), (401, 900)], (0, 1, 1)),
    ([500], [(0, 200), (500, 900)], (1, 0, 0)),
    # two gold boundaries inside one gap: matched once, the other is missed
    ([100, 150], [(0, 90), (160, 300)], (1, 0, 1)),
    # a gold boundary is matched at most once
    ([100], [(0, 100), (100, 100), (100, 200)], (1, 1, 0)),
    # no gold boundaries, one predicted
    ([], [(0, 10), (11, 20)], (0, 1, 0)),
    # overlapping segments never match
    ([100], [(0, 120), (100, 200)], (0, 1, 1)),
])
def test_metrics_boundary_counts(gold, spans, expected):
    assert boundary_counts(gold, spans) == expected


@pytest.mark.parametrize("span, cands, expected", [
    ((0, 100), [(0, 10), (20, 90)], 1),
    ((50, 60), [(0, 10), (20, 40)], None),
    ((0, 10), [], None),
    ((0, 10), [(0, 5), (5, 10)], 0),  # ties go to the first
])
def test_metrics_best_overlap(span, cands, expected):
    assert best_overlap(span, cands) == expected
