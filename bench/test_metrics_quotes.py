"""Unit tests for bench.metrics_quotes (hand-written inputs; `pytest bench/test_metrics_quotes.py`)."""

import math

import pytest

from bench.metrics_quotes import (Gold, Pred, QuoteCounts, char_set, coverage, is_direct, match_quotes,
                                  quoted_mask, score_quotes, speaker_correct)


def test_metrics_quotes_char_set_unions_fragments():
    assert char_set([(0, 3), (2, 5), (8, 9)]) == frozenset({0, 1, 2, 3, 4, 8})
    assert char_set([]) == frozenset()


@pytest.mark.parametrize("gold, start, end, expected", [
    (range(10, 20), 10, 20, 1.0),
    (range(10, 20), 0, 100, 1.0),      # asymmetric: a long prediction is not penalised
    (range(10, 20), 15, 30, 0.5),
    (range(10, 20), 20, 30, 0.0),      # end exclusive
    ([], 0, 10, 0.0),
])
def test_metrics_quotes_coverage(gold, start, end, expected):
    assert coverage(frozenset(gold), start, end) == pytest.approx(expected)


def test_metrics_quotes_coverage_discontinuous_gold():
    gold = char_set([(0, 10), (20, 30)])
    assert coverage(gold, 0, 10) == 0.5


def G(s, e, src=None):
    return Gold(frozenset(range(s, e)), None if src is None else frozenset(range(*src)))


@pytest.mark.parametrize("threshold, expected", [
    (0.3, [(0, 0)]),   # 0.5 coverage > 0.3
    (0.5, []),         # strictly above: 0.5 is not enough
    (0.8, []),
])
def test_metrics_quotes_threshold_is_strict(threshold, expected):
    assert match_quotes([G(0, 10)], [Pred(5, 10)], threshold) == expected


def test_metrics_quotes_greedy_in_gold_order():
    # one wide prediction covers both golds fully; the first gold (in text order) takes it
    golds = [G(50, 60), G(0, 10)]
    preds = [Pred(0, 60), Pred(50, 56)]
    assert match_quotes(golds, preds, 0.3) == [(1, 0), (0, 1)]
    # the second gold only gets the narrow one at 0.6 coverage; at 0.8 it is unmatched
    assert match_quotes(golds, preds, 0.8) == [(1, 0)]


def test_metrics_quotes_best_prediction_wins():
    assert match_quotes([G(0, 10)], [Pred(0, 4), Pred(0, 9), Pred(0, 6)], 0.3) == [(0, 1)]


def test_metrics_quotes_tie_goes_to_earliest_prediction():
    assert match_quotes([G(0, 10)], [Pred(0, 20), Pred(-5, 15)], 0.3) == [(0, 1)]


@pytest.mark.parametrize("gold, pred, ok", [
    (G(0, 10, (20, 25)), Pred(0, 10, 24, 30, "Ann"), True),        # 1 char overlap
    (G(0, 10, (20, 25)), Pred(0, 10, 25, 30, "Ann"), False),       # touching is not overlap
    (G(0, 10, (20, 25)), Pred(0, 10, None, None, "Ann"), False),   # a name without a span
    (G(0, 10, (20, 25)), Pred(0, 10), False),
    (G(0, 10), Pred(0, 10), True),                                 # no source, no speaker
    (G(0, 10), Pred(0, 10, None, None, "Ann"), False),
    (G(0, 10), Pred(0, 10, 20, 23, None), False),
])
def test_metrics_quotes_speaker_correct(gold, pred, ok):
    assert speaker_correct(gold, pred) is ok


def test_metrics_quotes_counts_and_scores():
    golds = [G(0, 10, (12, 15)), G(20, 30, (32, 35)), G(40, 50)]
    preds = [Pred(0, 10, 12, 14, "A"), Pred(20, 30, 40, 41, "B"), Pred(60, 70)]
    c = score_quotes(golds, preds, 0.3)
    assert (c.gold, c.pred, c.tp, c.speaker_ok) == (3, 3, 2, 1)
    p, r, f = c.prf
    assert p == pytest.approx(2 / 3) and r == pytest.approx(2 / 3) and f == pytest.approx(2 / 3)
    assert c.speaker_accuracy == 0.5
    assert c.e2e == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_metrics_quotes_counts_sum_over_articles():
    total = QuoteCounts()
    total += score_quotes([G(0, 10)], [Pred(0, 10)], 0.8)
    total += score_quotes([G(0, 10)], [], 0.8)
    total += score_quotes([], [Pred(0, 5)], 0.8)
    assert (total.gold, total.pred, total.tp, total.speaker_ok) == (2, 2, 1, 1)


def test_metrics_quotes_empty_scores():
    c = QuoteCounts()
    assert c.prf == (0.0, 0.0, 0.0) and c.e2e == (0.0, 0.0, 0.0)
    assert math.isnan(c.speaker_accuracy)


@pytest.mark.parametrize("text, inside", [
    ('a "bc" d', "  ^^^^  "),
    ("a “bc” d", "  ^^^^  "),
    ('"ab\n"cd"', "^^^ ^^^^"),        # a line break ends an open quote
    ("x “ab “cd” y", "      ^^^^  "),  # a second opener restarts the quote
    ('it\'s "x', "     ^^"),          # unclosed: to the end
    ("”ab” c\n”d", "^^^^   ^^"),       # a ” opening a line opens
])
def test_metrics_quotes_quoted_mask(text, inside):
    assert "".join("^" if m else " " for m in quoted_mask(text)) == inside


@pytest.mark.parametrize("text, span, direct", [
    ('He said "we will win the vote" today.', (8, 30), True),
    ('He said "we will win the vote" today.', (9, 29), True),
    ("He said that they will win the vote.", (8, 35), False),
    ('He said that they would "win big" in May.', (8, 40), False),   # mixed: mostly outside
    ('He said "we" will win the whole vote.', (8, 36), False),
])
def test_metrics_quotes_is_direct(text, span, direct):
    assert is_direct(frozenset(range(*span)), text, quoted_mask(text)) is direct


def test_quotes_check_expectations_names_and_entities():
    from bench.quotes import check_expectations
    found = {"900": [
        {"text": "“we will win the vote,”", "speaker": {"name": "Anna Lee"}},
        {"text": "“we will win the vote,” and more", "speaker": {"name": "Bo"}},   # longer: ignored
        {"text": "that taxes go up", "speaker": {"name": "she"}, "entity_name": "Anna Lee"},
        {"text": "“no comment”", "speaker": {"name": "Deputy"}},
    ]}
    expect = [("900", "Win  the vote", ("Anna",), ""), ("900", "taxes go", ("Anna",), ""),
              ("900", "no comment", ("Bo Chan",), ""), ("900", "absent phrase", ("Anna",), ""),
              ("900", "taxes go", ("she",), "")]
    assert [r[-1] for r in check_expectations(found, expect)] == ["yes", "yes", "**no**", "**no**", "yes"]


def test_quoted_mask_two_apostrophes():
    text = "He said ''we will win'' and left."
    mask = quoted_mask(text)
    assert all(mask[text.index("we"):text.index("win") + 3]) and not mask[text.index("left")]
