import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope.clean.lexicon import STOPWORDS
from wirescope.clean.text import Line, classify_lines
from wirescope.split.gaps import (FEATURES, GapModel, Gaps, closes_story, content_words, cut_off, gap_features,
                                  load_gap_model, names, opens_story, stops_dangling)
from wirescope.split.segment import cut_gaps


def line(text, label="body"):
    return Line(start=0, end=len(text), text=text, words=len(text.split()), stop=0.3, label=label)


def test_cut_off_paragraphs():
    assert cut_off(line("The central bank said it would keep rates on hold until the"))
    assert cut_off(line("Officials in Nairobi said the measures, which take effect in March,"))
    assert not cut_off(line("The central bank kept rates on hold."))
    # speech broken off in a transcript is no cut
    assert not cut_off(line("So the ferry fares would come down there as far as --"))
    assert not cut_off(line("Markets in focus", label="heading"))


@pytest.mark.parametrize("text", [
    "Follow her on Instagram @marialind.",
    "© 2026 Harbour Post. All rights reserved.",
    "This article was first published by The Baltic Courier.",
    "A version of this story also appeared in the Lisbon Ledger.",
    "Posted on 12/03/2026 by @marialind",
    "(Reporting by Ana Silva; Editing by Tom Reed)",
    "Tell us what you think on Bluesky @harbourpost",
    "Thanks to Ilse Vaar for helpful feedback on a draft.",
    "DISCLAIMER: Nothing here is investment advice.",
    "Many thanks to Ilse Vaar and Tom Reed for their notes.",
    "Thanks for reading, and see you next week!",
    "I hope this guide was useful for your next trip!",
    "Happy gardening!",
    "For now, goodbye and happy sailing.",
    "(Send your questions to askmaria@harbourpost.example.)",
    "If you found this article helpful, share it with a friend.",
    "Planning a refit? Contact us today for a free quote.",
])
def test_closing_lines(text):
    assert closes_story(text)


@pytest.mark.parametrize("text", [
    "The ministry posted the figures on Facebook on Tuesday.",
    "Readers can write to letters@harbourpost.example with corrections.",
    "You'll find them on page 2 of the report.",
    # near misses of the sign-offs: thanks, hopes and contacts inside a story
    "Thanks to a surge in grain exports, the port had its busiest month since 2019.",
    "We hope the talks will help, the minister said on Friday.",
    "Happy hour at the harbour bars starts at five, the council said, and ends at seven.",
    "Residents can contact the council today or on Monday about the closures.",
])
def test_lines_that_mention_platforms_or_addresses_do_not_close(text):
    assert not closes_story(text)


@pytest.mark.parametrize("text, opens", [
    ("KYIV, Ukraine (Reuters) — Drones struck the port of Izmail overnight.", True),
    ("LONDON — The Bank of England held rates on Thursday.", True),
    ("NEW YORK, Jan 5 (Reuters) - Stocks rose in early trade.", True),
    ("This guide compares five ferry routes to the islands.", True),
    # near misses: an acronym or a capitalised name before a dash, a demonstrative pointing back
    ("NATO allies said the drones were Russian.", False),
    ("EU — and its members — will vote in May.", False),
    ("Izmail - the port on the Danube - reopened.", False),
    ("This is the third attack on the port this month.", False),
    ("In this guide we compare five ferry routes.", False),  # often the second paragraph
])
def test_opening_lines(text, opens):
    assert opens_story(text) is opens


def test_gap_features_one_row_per_gap():
    units = [line("Ports on the Danube reopened on Monday after the drone attack."),
             line("Grain exports through Izmail resumed, the port authority said."),
             line("Chile's copper output fell for a third month in September.")]
    rows = gap_features(units)
    assert len(rows) == 2 and all(len(r) == len(FEATURES) for r in rows)
    assert gap_features(units[:1]) == []
    # the words after the second gap were never seen before it
    assert rows[1][FEATURES.index("novel_after")] == 1.0


def test_gaps_rows_of_a_piece_read_it_as_if_it_stood_alone():
    units = [line("Ports on the Danube reopened on Monday after the drone attack on Izmail."),
             line("Grain exports through Izmail resumed, the port authority on the Danube said."),
             line("Chile's copper output fell for a third month as snow closed Andes roads."),
             line("Copper miners in Chile said the Andes roads would reopen next week."),
             line("Grain ships on the Danube queued at Izmail as exports resumed.")]
    gaps = Gaps(units)
    assert gaps.rows().tolist() == gap_features(units)
    for lo, hi in [(0, 3), (1, 4), (2, 5), (1, 3)]:
        assert gaps.rows(lo, hi).tolist() == gap_features(units[lo:hi])
    # only the gaps asked for are filled in, as they are when all are
    assert gaps.rows(0, 5, [False, True, False, False])[1].tolist() == gap_features(units)[1]
    # inside the piece 2..5 the Danube words of the last paragraph were never seen before it
    assert gaps.rows(2, 5)[1][FEATURES.index("novel_after")] > gaps.rows()[3][FEATURES.index("novel_after")]


def _letter_runs(text, common):  # what content_words stands for, read off the text itself
    words = [w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in STOPWORDS]
    return [w[:7] for w in words], [w[:7] for w in words if w not in common]


def test_content_words_cut_to_seven_letters():
    assert content_words(line("The Danube shipping routes reopened in 2024."), frozenset({"routes"})) == (
        ["danube", "shippin", "routes", "reopene"], ["danube", "shippin", "reopene"])
    # digits and underscores split a word ("covid19" reads "covid"); stopwords are letters only
    assert content_words(line("Covid19 hit x_yzw and 10km roads"), frozenset()) == (
        ["covid", "hit", "yzw", "roads"], ["covid", "hit", "yzw", "roads"])
    assert all(w.isalpha() for w in STOPWORDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("abcXYZ _-'.,19") + ["the", "said", "İ", "Σ", "ß", "²", "½", "٣", "ǅ", "\u0307",
                                                          "é", "\u212a", "Ⅻ", "①", "中", "\n"]), max_size=60).map("".join))
def test_content_words_are_the_letter_runs_of_the_line(text):
    # the words the cleaner read for a line give the same content words as the line's text
    for ln in classify_lines(text):
        for common in (frozenset(), frozenset({"abc", "said"})):
            ln.content = None
            assert content_words(ln, common) == _letter_runs(ln.text, common)
            assert content_words(line(ln.text), common) == _letter_runs(ln.text, common)


@pytest.mark.parametrize("text, expected", [
    ("Ports on the Danube reopened after the attack on Izmail.", ["danube", "izmail"]),
    # a sentence's first word is no name, nor the word after a colon
    ("The port said so. Grain ships queued: Exports resumed under Kyiv's deal.", ["kyiv's"]),
    ("Officials of the International Maritime Organization met.", ["interna", "maritim", "organiz"]),
    # a title's or an initial's full stop ends no sentence, and neither is a name
    ("Talks with Ms. Roos and U.S. officials resumed in Tallinn.", ["roos", "tallinn"]),
])
def test_names_are_capitalised_words_inside_a_sentence(text, expected):
    assert names(text) == expected


def test_gap_feature_names_shared_across_the_gap():
    units = [line("Ports on the Danube reopened on Monday after the drone attack on Izmail."),
             line("Grain exports through Izmail resumed, the authority on the Danube said."),
             line("Copper output fell in Chile as snow closed the roads to the Andes.")]
    rows = gap_features(units)
    # the Danube and Izmail again (2 of the 3 names before the first gap), Chile and the Andes new
    assert rows[0][FEATURES.index("names_overlap")] == pytest.approx(2 / 3)
    assert rows[1][FEATURES.index("names_overlap")] == 0.0


def test_shipped_model_prefers_a_change_of_subject():
    model = load_gap_model()
    same = [line("Ports on the Danube reopened on Monday after the drone attack on the grain terminal at Izmail."),
            line("Grain exports through the Izmail terminal on the Danube resumed, the port authority said.")]
    other = [same[0], line("Chile's copper output fell for a third month as snow closed roads to the Andes mines.")]
    [p_same] = model.probabilities(gap_features(same))
    [p_other] = model.probabilities(gap_features(other))
    assert 0.0 <= p_same < p_other <= 1.0


def test_model_file_errors_name_the_file_and_the_fix(tmp_path):
    bad = tmp_path / "gap_model.json"
    bad.write_text(json.dumps({"weights": {}, "bias": 0, "mean": {}, "scale": {}, "threshold": 0.5}))
    with pytest.raises(RuntimeError, match=r"gap_model\.json.*make model"):
        GapModel.from_file(bad)
    with pytest.raises(RuntimeError, match="missing.json"):
        GapModel.from_file(tmp_path / "missing.json")


def _units(words):
    return [line(" ".join(["Word"] * w) + ".") for w in words]


def flat(p):
    """A score giving every gap of a piece the probability `p`."""
    return lambda lo, hi, need: [p] * (hi - lo - 1)


def test_cut_gaps_takes_the_likeliest_gap_first_and_keeps_min_words():
    units = _units([30, 30, 30, 30])
    # gaps 1..3; gap 2 likeliest; gap 1 and 3 would leave 30 words each side: allowed
    cuts = cut_gaps(units, flat(0.9), 0.5, 25)
    assert cuts == [1, 2, 3]
    assert cut_gaps(units, flat(0.9), 0.5, 45) == [2]
    assert cut_gaps(units, flat(0.1), 0.5, 25) == []
    # cut_bias moves the threshold in log-odds
    assert cut_gaps(units, flat(0.3), 0.5, 25, cut_bias=1.0) == [1, 2, 3]


def test_cut_gaps_never_after_a_heading_nor_before_lower_case():
    units = [line("Word " * 30 + "end."), line("A Headline Over Its Story", "heading"),
             line("Word " * 30 + "end."), line("and the rest of a broken sentence " * 5)]
    assert cut_gaps(units, flat(0.99), 0.5, 5) == [1]


def test_cut_gaps_never_before_a_closing_line():
    units = [line("Word " * 30 + "end."), line("Thanks to Ilse Vaar for helpful feedback on a draft."),
             line("Word " * 30 + "end.")]
    assert cut_gaps(units, flat(0.99), 0.5, 5) == [2]


def test_cut_gaps_never_inside_a_list():
    units = [line("Word " * 30 + "these:"), line("- " + "Item " * 30), line("- " + "Item " * 30),
             line("Word " * 30 + "end.")]
    assert cut_gaps(units, flat(0.99), 0.5, 5) == [3]


def test_cut_gaps_always_after_a_closing_line():
    units = [line("Word " * 30 + "end."), line("Follow her on Instagram @marialind."), line("Word " * 30 + "end.")]
    assert cut_gaps(units, flat(0.0), 0.5, 25) == [2]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=14),
       st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=14, max_size=14),
       st.integers(min_value=1, max_value=80))
def test_cut_gaps_properties(words, probs, min_words):
    units = _units(words)
    cuts = cut_gaps(units, lambda lo, hi, need: probs[:hi - lo - 1], 0.5, min_words)
    assert cuts == sorted(set(cuts)) and all(0 < c < len(units) for c in cuts)
    edges = [0, *cuts, len(units)]
    for a, b in zip(edges, edges[1:]):
        assert sum(words[a:b]) >= min_words or not cuts


def test_cut_gaps_never_before_a_teasers_cut_off_tail():
    units = [line("Word " * 30 + "end."), line("Historically, when"), line("Word " * 30 + "end.")]
    assert cut_gaps(units, flat(0.99), 0.5, 5) == [2]


def test_cut_gaps_handles_a_digest_of_many_stories():
    units = _units([30] * 1500)  # deeper than Python's recursion limit if cut one by one
    probs = [0.9] * 1499
    assert cut_gaps(units, lambda lo, hi, need: probs[:hi - lo - 1], 0.5, 25) == list(range(1, 1500))


@pytest.mark.parametrize("short, cuts", [
    ("Harbour strike ends in Gdansk", [1]),  # a short headline read as a paragraph: its words come back after it
    ("When I was planning", [2]),            # a teaser's tail sharing no words stays with the story before
])
def test_cut_gaps_a_short_line_after_a_story_by_the_words_it_shares(short, cuts):
    units = [line("Word " * 30 + "end."), line(short),
             line("Dockers in Gdansk ended their harbour strike on Monday. " + "Word " * 25 + "end.")]
    def score(lo, hi, need):
        return [0.99 if units[g].text == short else 0.1 for g in range(lo + 1, hi)]
    assert cut_gaps(units, score, 0.5, 5) == cuts


def test_cut_gaps_a_short_paragraph_ends_the_story_before_it_unless_that_one_was_cut_off():
    def score(lo, hi, need):  # the whole text sees a boundary at gap 1 only
        return [0.99 if g == 1 and (lo, hi) == (0, 3) else 0.1 for g in range(lo + 1, hi)]
    note = line("Harvest figures come out on Friday.")
    complete = [line("Word " * 30 + "end."), note, line("Other " * 30 + "end.")]
    assert cut_gaps(complete, score, 0.5, 5) == [2]  # the note closes the first story
    teaser = [line("Word " * 30 + "and the port said the"), note, line("Other " * 30 + "end.")]
    assert cut_gaps(teaser, score, 0.5, 5) == [1]  # a teaser stops mid-sentence: the note opens the next


def test_cut_gaps_no_cut_where_the_whole_text_sees_none():
    # inside a small piece every word looks new: a gap the whole text scores near zero stays shut
    units = _units([40, 40, 40, 40])
    def score(lo, hi, need):
        if (lo, hi) == (0, len(units)):
            return [0.9, 0.01, 0.2]
        return [0.99] * (hi - lo - 1)
    assert cut_gaps(units, score, 0.5, 25) == [1, 3]


@pytest.mark.parametrize("before, sentence_then_cut", [
    ("The port reopened on Monday. Officials said the first grain ships would sail on", 1.0),
    ("Ferries were cancelled. “We had no choice,” the operator said, adding that the", 1.0),
    ("Winter timetables for ferries between Tallinn and Helsinki from December", 0.0),  # no full stop inside
    ("The port reopened on Monday. Officials said the first ships sailed at dawn.", 0.0),  # not cut off
])
def test_gap_feature_a_sentence_then_a_cut(before, sentence_then_cut):
    rows = gap_features([line(before), line("Chile's copper output fell for a third month in September.")])
    assert rows[0][FEATURES.index("open_end_after_sentence")] == sentence_then_cut


@pytest.mark.parametrize("item", ["2. Plan the route before the ferries stop", "(3) Book the return crossing early",
                                  "1. Check the winter timetable", "Step 4: Pack for the crossing"])
def test_cut_gaps_never_before_a_numbered_item(item):
    units = [line("Word " * 30 + "end."), line(item + " " + "word " * 30 + "end.")]
    assert cut_gaps(units, flat(0.99), 0.5, 5) == []


def test_cut_gaps_reads_a_story_opener_inside_a_piece():
    # the whole text gives the gap before "This article …" little chance, but the opening
    # adds its odds once the piece around it is scored alone
    units = _units([30, 30]) + [line("This article is part of our series on island ferries " + "word " * 25 + "end.")] \
        + _units([30])
    probs = [0.9, 0.05, 0.0]

    def score(lo, hi, need):
        return probs[lo:hi - 1]
    assert cut_gaps(units, score, 0.5, 25) == [1, 2]
    probs[1] = 0.001   # no chance at all: still no cut
    assert cut_gaps(units, score, 0.5, 25) == [1]


@pytest.mark.parametrize("text, dangling", [
    ("How I set up the", True),
    ("So, what we", True),
    ("People don\u2019t", True),             # a curly apostrophe reads as a straight one
    ("Most analysts say they're", True),
    ("Ferry crossings cancelled", False),
    ("The Best Indoor Activities for You", False),  # a headline may end on "you"
])
def test_stops_dangling_on_words_no_sentence_ends_on(text, dangling):
    assert stops_dangling(text) is dangling
