import numpy as np
import pytest

from wirescope.split.cohesion import Counts, bounds, cohesion, overlap_rows


def _counts():
    return Counts([["port", "grain", "port"], ["ship", "port"], ["copper", "mine", "copper"], ["andes", "copper"]])


def test_counts_windows_hold_the_nearest_paragraphs_up_to_the_size():
    counts = _counts()
    # paragraph sizes 3, 2, 3, 2: two words on each side of a gap are one paragraph
    gaps = np.arange(1, 4)
    before, after = bounds(counts.cum, 0, 4, gaps, 2)
    assert before.tolist() == [0, 1, 2] and after.tolist() == [2, 3, 4]
    # three words before gap 2 take paragraphs 0 and 1 (paragraph 1 alone holds two)
    before, after = bounds(counts.cum, 0, 4, gaps, 3)
    assert before.tolist() == [0, 0, 2] and after.tolist() == [3, 3, 4]
    # a piece reads only its own paragraphs
    before, after = bounds(counts.cum, 1, 3, np.array([2]), 10)
    assert before.tolist() == [1] and after.tolist() == [3]


def test_counts_overlap_of_the_windows_around_each_gap():
    counts = _counts()
    [(gaps, _, [side])] = list(counts.windows(0, 4, np.arange(1, 4), (2,)))
    assert gaps.tolist() == [1, 2, 3]
    assert overlap_rows(*side).tolist() == [0.5, 0.0, 0.5]  # port/port, nothing, copper/copper
    [(_, _, [side])] = list(counts.windows(0, 4, np.array([3]), (2,)))
    assert overlap_rows(*side).tolist() == [0.5]


def test_counts_first_and_last_paragraph_of_each_word_in_a_piece():
    counts = _counts()
    first, last = counts.firsts(1, 4)
    port, copper = counts.words["port"], counts.words["copper"]
    assert (first[port], last[port]) == (1, 1)
    assert (first[copper], last[copper]) == (2, 3)
    assert first[counts.words["grain"]] == 4  # not in the piece


@pytest.mark.parametrize("ov, depth, lowest", [
    ([0.5, 0.1, 0.5], [0.0, 0.8, 0.0], [0.0, 1.0, 0.0]),
    ([0.3, 0.3], [0.0, 0.0], [1.0, 1.0]),
])
def test_cohesion_depth_and_local_minimum(ov, depth, lowest):
    rows = cohesion(np.array([ov]))
    assert rows[:, 0].tolist() == ov
    assert np.allclose(rows[:, 1], depth) and rows[:, 2].tolist() == lowest


def test_cohesion_of_several_series_side_by_side():
    a, b = [0.5, 0.1, 0.5], [0.2, 0.2, 0.4]
    both = cohesion(np.array([a, b]))
    assert both.shape == (3, 6)
    assert np.array_equal(both[:, :3], cohesion(np.array([a]))) and np.array_equal(both[:, 3:], cohesion(np.array([b])))
