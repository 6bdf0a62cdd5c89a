"""Near-duplicate detection: normalization, signatures, the persistent LSH index."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from wirescope.dedupe import DedupeSettings, NearIndex, containment, pairwise, similarity, url_key, words
from wirescope.errors import SettingsError
from wirescope.store.schema import migrate

STORIES_FILE = Path(__file__).parent / "store" / "data" / "stories.txt"


def _stories() -> dict[str, str]:
    parts = re.split(r"^=== (\w+) ===\n", STORIES_FILE.read_text(encoding="utf-8"), flags=re.M)
    return {name: body.strip() for name, body in zip(parts[1::2], parts[2::2])}


STORIES = _stories()
COPIES = [name for name in STORIES if name.startswith("a_")]


@pytest.fixture
def index():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, ":memory:")
    yield NearIndex(conn)
    conn.close()


@pytest.mark.parametrize("text, expected", [
    ("The Colour of Defence", ["the", "color", "of", "defense"]),
    ("organised, analysed, centres", ["organized", "analyzed", "centers"]),
    ("travelled favourite programme", ["traveled", "favorite", "program"]),
    ("Zelenskiy Zelenskyy Zelensky", ["zelensky", "zelensky", "zelensky"]),
    ("“Curly” ‘quotes’ — dashes", ["curly", "quotes", "dashes"]),
    ("42 drones, 2024-10-30", ["42", "drones", "2024", "10", "30"]),
])
def test_dedupe_words_fold_spelling_variants(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("copy", COPIES)
def test_dedupe_hand_made_copies_are_above_threshold(copy):
    sim = pairwise([STORIES["a"], STORIES[copy]])[0][1]
    assert sim >= DedupeSettings().threshold + 0.1, f"{copy}: {sim:.2f}"


@pytest.mark.parametrize("other", ["b", "c"])
def test_dedupe_same_topic_other_story_is_far_below_threshold(other):
    sim = pairwise([STORIES["a"], STORIES[other]])[0][1]
    assert sim < 0.2, f"{other}: {sim:.2f}"


def test_dedupe_short_text_has_no_signature(index):
    assert index.signature("Drone strike on Izmail port, officials say.") is None
    assert index.signature(STORIES["a"]) is not None


def test_dedupe_signature_is_deterministic_and_compact(index):
    sig = index.signature(STORIES["a"])
    assert sig.dtype == np.uint32 and sig.shape == (128,)
    with closing(sqlite3.connect(":memory:")) as conn:
        other = NearIndex(conn)
        assert np.array_equal(sig, other.signature(STORIES["a"]))
        assert index.band_keys(sig) == other.band_keys(sig)
    assert len(index.band_keys(sig)) == DedupeSettings().bands


def test_dedupe_index_finds_copies_and_not_others(index):
    sig_a = index.signature(STORIES["a"])
    index.save("a", sig_a, index=True)
    for name in COPIES:
        match = index.match(index.signature(STORIES[name]))
        assert match is not None and match.article_id == "a", name
    for name in ("b", "c"):
        assert index.match(index.signature(STORIES[name])) is None, name
    assert index.match(None) is None


def test_dedupe_only_indexed_articles_are_candidates(index):
    sig = index.signature(STORIES["a"])
    index.save("copy", sig, index=False)  # signature kept, no band keys
    assert index.match(sig) is None
    count = index.conn.execute("SELECT count(*) FROM lsh").fetchone()[0]
    assert count == 0


def test_dedupe_index_persists_in_sqlite(tmp_path):
    path = tmp_path / "lsh.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, str(path))
    first = NearIndex(conn)
    first.save("a", first.signature(STORIES["a"]), index=True)
    conn.close()
    with closing(sqlite3.connect(path)) as conn:
        reopened = NearIndex(conn)
        assert reopened.match(reopened.signature(STORIES["a_wire"])).article_id == "a"


def test_dedupe_best_candidate_wins(index):
    index.save("b", index.signature(STORIES["b"]), index=True)
    index.save("a", index.signature(STORIES["a"]), index=True)
    index.save("p", index.signature(STORIES["a_paragraph"]), index=True)
    match = index.match(index.signature(STORIES["a_spelling"]))
    assert match.article_id == "a" and match.similarity > 0.9


def test_dedupe_threshold_is_a_setting(index):
    strict = NearIndex(index.conn, DedupeSettings(threshold=0.99))
    strict.save("a", strict.signature(STORIES["a"]), index=True)
    assert strict.match(strict.signature(STORIES["a_sentence"])) is None


def test_dedupe_similarity():
    a = np.array([1, 2, 3, 4], dtype=np.uint32)
    assert similarity(a, np.array([1, 2, 0, 0], dtype=np.uint32)) == 0.5


@pytest.mark.parametrize("kwargs, message", [
    ({"threshold": 0}, "threshold"),
    ({"threshold": 1.5}, "threshold"),
    ({"bands": 30}, "must divide"),
    ({"shingle_words": 40}, "shingle_words"),
])
def test_dedupe_settings_validate(kwargs, message):
    with pytest.raises(SettingsError, match=message):
        DedupeSettings(**kwargs)


def test_dedupe_settings_from_mapping_rejects_unknown_keys():
    assert DedupeSettings.from_mapping({"threshold": 0.8}).threshold == 0.8
    with pytest.raises(SettingsError, match="unknown dedupe setting"):
        DedupeSettings.from_mapping({"treshold": 0.8})


@pytest.mark.parametrize("url, key", [
    ("https://www.Harbourpost.example/world/2024/10/30/ferry-strike/", "harbourpost.example/world/2024/10/30/ferry-strike"),
    ("http://harbourpost.example/world/2024/10/30/ferry-strike?utm_source=rss&utm_medium=feed#comments",
     "harbourpost.example/world/2024/10/30/ferry-strike"),
    ("https://harbourpost.example/story?id=881&ref=home", "harbourpost.example/story?id=881"),
    ("https://harbourpost.example/", None),   # a front page names no one article
    ("https://harbourpost.example", None),
    ("", None),
    (None, None),
    ("not a url", None),
    ("http://[::1", None),                   # malformed: no key, no error
])
def test_url_key_compares_one_page_under_its_spellings(url, key):
    assert url_key(url) == key


def test_containment_of_a_teaser_in_its_article_and_not_in_another():
    article = ("Ferry operators on the Baltic cancelled dozens of crossings on Thursday as storm Ilse "
               "brought gusts of up to 30 metres a second. Passengers were offered a full refund.")
    teaser = "Ferry operators on the Baltic cancelled dozens of crossings on Thursday as storm"
    other = "Chile's copper output fell for a third month in September as snow closed roads."
    assert containment(teaser, article) == 1.0
    assert containment(other, article) == 0.0
    assert containment("", article) == 0.0
