"""Unit tests for bench.dedupe (hand-made toy texts; run with `pytest bench/test_dedupe.py`)."""

import random
import re

import pytest

from bench.dedupe import Item, build, edit_group, miss_cause, outcome, owner_links, prf, shared_paragraph
from bench.dedupe_edits import (EDITS, change_words, dateline, local_insert, n_words, note, paragraphs, teaser, trim,
                                typography)
from bench.wcxb import Page

SENTENCES = [
    "The council met on Tuesday to discuss the new harbour plan.",
    "Members said the programme would cost about four million pounds.",
    "Critics argued that the centre of town would lose its favourite market.",
    "The mayor said she would organise a public meeting next month.",
    "Fishermen have used the old quay for more than a century.",
    "A final vote is expected before the end of the year.",
]
TOY = "\n\n".join(" ".join(SENTENCES[i:i + 2]) for i in range(0, 6, 2)) + "\n\nShort closing line here."


def _item(role, story, kind="x"):
    return Item(f"in-{role}-{story}", "", role, kind, story)


@pytest.mark.parametrize("item, linked, expected", [
    (_item("copy", "a"), None, "missed"),
    (_item("copy", "a"), _item("original", "a"), "right"),
    (_item("copy", "a"), _item("copy", "a"), "right"),        # a sibling copy: the same story
    (_item("copy", "a"), _item("original", "b"), "wrong"),
    (_item("original", "a"), None, "ok"),
    (_item("negative", "c"), None, "ok"),
    (_item("negative", "c"), _item("original", "d"), "false"),
    (_item("original", "a"), _item("original", "b"), "false"),
])
def test_dedupe_outcome(item, linked, expected):
    assert outcome(item, linked) == expected


def test_dedupe_prf_counts_wrong_links_as_fp_and_fn():
    s = prf(["right", "right", "wrong", "missed", "false", "ok"])
    assert (s["tp"], s["fp"], s["fn"]) == (2, 2, 2)
    assert s["p"] == pytest.approx(0.5) and s["r"] == pytest.approx(0.5) and s["f"] == pytest.approx(0.5)


def test_dedupe_prf_no_links():
    s = prf(["missed", "ok"])
    assert s["f"] == 0.0 and s["r"] == 0.0


def test_dedupe_owner_links():
    rows = [
        ("o1", "A", "A", 100),   # o1 stores A
        ("o2", "B", "B", 80),    # o2 stores B
        ("c1", "A", "A", 100),   # exact copy of A
        ("c2", "C", "A", 90),    # near copy of A
        ("c2", "D", "D", 10),    # and a new segment of its own
        ("n1", "E", "E", 200),   # a new article
        ("n1", "B", "B", 30),    # whose small second segment copies o2's: still a link
        ("m1", "F", "A", 20),    # split between two stories: the one with more words wins
        ("m1", "G", "B", 50),
    ]
    assert owner_links(rows) == {"c1": "o1", "c2": "o1", "n1": "o2", "m1": "o2"}


def test_dedupe_owner_links_same_input_twice_is_no_link():
    assert owner_links([("o1", "A", "A", 5), ("o1", "A", "A", 5)]) == {}


def test_dedupe_trim_drops_closing_paragraphs_keeping_half():
    for seed in range(10):
        out = trim(TOY, random.Random(seed))
        paras = paragraphs(out)
        assert paras == paragraphs(TOY)[:len(paras)] and 1 <= len(paragraphs(TOY)) - len(paras) <= 3
        assert n_words(out) >= n_words(TOY) / 2


def test_dedupe_trim_short_text_drops_sentences():
    text = " ".join(SENTENCES)
    out = trim(text, random.Random(1))
    assert text.startswith(out) and out.endswith(".") and len(out) < len(text)


@pytest.mark.parametrize("seed", range(8))
def test_dedupe_teaser_is_the_opening_words(seed):
    text = " ".join(SENTENCES * 3)
    out = teaser(text, random.Random(seed))
    body = re.sub(r"( …|\.\.\.| \[…\])$", "", out)
    assert text.startswith(body) and 40 <= n_words(body) <= 80 and body[-1].isalnum()


def test_dedupe_dateline_and_notes():
    rng = random.Random(3)
    out = dateline(TOY, rng)
    assert re.match(r"^[A-Z ]+ \([\w ]+\) [—–-] The council met", out)
    top, bottom = note(TOY, rng, "top"), note(TOY, rng, "bottom")
    assert paragraphs(top)[1:] == paragraphs(TOY) and paragraphs(bottom)[:-1] == paragraphs(TOY)


def test_dedupe_local_insert_goes_between_paragraphs():
    out = paragraphs(local_insert(TOY, random.Random(5)))
    assert len(out) == len(paragraphs(TOY)) + 1
    extra = [p for p in out if p not in paragraphs(TOY)]
    assert len(extra) == 1 and out.index(extra[0]) not in (0, len(out) - 1)


def test_dedupe_typography_changes_only_marks_and_space():
    text = 'He said "it\'s over" - then left... The end.\n\nNew paragraph.'
    out = typography(text, random.Random(0))
    assert out != text
    def plain(t):
        t = t.translate(str.maketrans("“”‘’", "\"\"''")).replace("…", "...")
        return re.sub(r"\s+|-+|—", "", t)
    assert plain(out) == plain(text)


@pytest.mark.parametrize("seed", range(10))
def test_dedupe_change_words_rate(seed):
    text = " ".join(SENTENCES * 10)
    out = change_words(text, random.Random(seed))
    a, b = text.split(), out.split()
    changed = sum(x != y for x, y in zip(a, b)) if len(a) == len(b) else len(a) - len(b)
    assert out != text and 0 < changed <= 0.12 * len(a)


def test_dedupe_change_words_uses_spellings_both_ways():
    out = change_words("The colour of the center was gray. " * 4, random.Random(2))
    assert {"color", "centre", "grey"} & set(re.findall(r"\w+", out))


def test_dedupe_shared_paragraph_is_sentences():
    donor = " ".join(SENTENCES * 3)
    for seed in range(6):
        para = shared_paragraph(donor, random.Random(seed))
        assert 40 <= n_words(para) <= 60 and para[0].isupper() and para[-1] == "."


def _pages():
    body = "\n\n".join(" ".join(SENTENCES) for _ in range(3))
    pages = [Page(id=f"{i:04d}", page_type="article", url=f"https://site{i % 9}.example/p{i}",
                  main=f"Story {i} opens here. " + body) for i in range(30)]
    pages.append(Page(id="short", page_type="article", url=None, main="Too short."))
    pages.append(Page(id="svc", page_type="service", url=None, main=body))
    return pages


def test_dedupe_build_is_deterministic_and_labelled():
    a, b = build(_pages(), n=6), build(_pages(), n=6)
    assert [(i.id, i.text, i.kind) for i in a] == [(i.id, i.text, i.kind) for i in b]
    originals = [i for i in a if i.role == "original"]
    assert len(originals) == 6 and all(i.role == "original" for i in a[:6])   # originals first
    assert {i.story for i in a} <= {p.id for p in _pages()} - {"short", "svc"}
    assert {i.kind for i in a if i.role == "copy"} - set(EDITS) <= {i.kind for i in a if " + " in i.kind}
    assert all(i.story in {o.story for o in originals} for i in a if i.role == "copy")
    negs = [i for i in a if i.role == "negative"]
    assert {i.kind for i in negs} <= {"same site", "shared paragraph", "other article"}
    assert not {i.story for i in negs} & {o.story for o in originals}
    assert len({i.id for i in a}) == len(a)


@pytest.mark.parametrize("stored, sim, expected", [
    (False, 0.0, "stored nothing"),
    (True, 0.59, "input texts below threshold"),
    (True, 0.6, "segments differ"),
])
def test_dedupe_miss_cause(stored, sim, expected):
    assert miss_cause(stored, sim, 0.6) == expected


@pytest.mark.parametrize("kind, expected", [
    ("trim", "trim"),
    ("words 3-10%", "words 3-10%"),
    ("trim + dateline", "2 edits"),
    ("trim + words 3-10% + typography", "3 edits"),
])
def test_dedupe_edit_group(kind, expected):
    assert edit_group(kind) == expected
