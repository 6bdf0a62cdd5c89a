"""Store: round trip, idempotency, copies, inputs and resume."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from wirescope.article import Article
from wirescope.dedupe import DedupeSettings
from wirescope.errors import StoreError
from wirescope.store import SCHEMA_VERSION, Store, input_fingerprint
from wirescope.store.schema import MIGRATIONS, name_functions

from storehelp import make_article

LONG = ("Officials in Kyiv said on Tuesday that repairs to the damaged grain terminal "
        "would take at least two weeks, and that ships waiting at anchor would be "
        "redirected to Odesa and Chornomorsk in the meantime. ")


def annotated(text: str = LONG * 3) -> Article:
    art = make_article(text, title="Grain terminal repairs", authors=["Olena Kovalenko", "Ann Lee"],
                       url="https://harbour.example/grain", truncated=True)
    art.entities = [{"id": "e1", "name": "Kyiv", "type": "GPE", "mentions": [[14, 18]],
                     "roles": []}]
    art.quotes = [{"text": "x", "start": 0, "end": 1, "kind": "direct",
                   "speaker": {"name": None, "entity": None, "start": None, "end": None},
                   "cue": None}]
    art.dates = [{"text": "Tuesday", "start": 22, "end": 29, "value": "2024-10-29"}]
    art.quantities = [{"text": "two weeks", "start": 80, "end": 89, "value": 2,
                       "unit": "week", "qualifier": "at least"}]
    return art


def test_store_add_then_get_round_trips_to_dict(store):
    art = annotated()
    result = store.add(art)
    assert result.status == "new"
    assert result.article_id == result.canonical_id == art.id
    assert store.get(art.id).to_dict() == art.to_dict()
    assert art.id in store


def test_store_get_missing_raises_key_error(store):
    with pytest.raises(KeyError, match="no article"):
        store.get("0000000000000000")


def test_store_add_same_twice_is_already_and_counts_unchanged(store):
    art = annotated()
    store.add(art)
    before = store.stats()
    result = store.add(annotated())
    assert result.status == "already"
    assert store.stats() == before


def test_store_exact_copy_from_other_source_is_second_source_row(store):
    first = make_article(LONG * 3, source="/in/post.txt", outlet="Harbour Post", title="A")
    copy = make_article(LONG * 3, source="https://wire.example/1", outlet="Baltic Wire",
                        title="B", url="https://wire.example/1", authors=["Wire Staff"])
    assert store.add(first).status == "new"
    result = store.add(copy)
    assert (result.status, result.canonical_id, result.similarity) == ("exact_copy", first.id, 1.0)
    stats = store.stats()
    assert (stats.articles, stats.sources, stats.exact_copies, stats.outlets) == (1, 2, 1, 2)
    [c] = store.copies(first.id)
    assert (c.kind, c.outlet, c.source, c.title, c.authors) == (
        "exact", "Baltic Wire", "https://wire.example/1", "B", ["Wire Staff"])
    # The stored article keeps the first source's metadata.
    assert store.get(first.id).outlet == "Harbour Post"


def test_store_same_text_other_segment_of_same_source_is_exact_copy(store):
    store.add(make_article(LONG * 3, segment=0))
    assert store.add(make_article(LONG * 3, segment=2)).status == "exact_copy"


def test_store_near_copy_keeps_own_text_and_metadata(store, stories):
    store.add(make_article(stories["a"], source="/in/a.txt", outlet="Harbour Post"))
    near = make_article(stories["a_spelling"], source="/in/us.txt", outlet="Eastgate Times",
                        title="US edition")
    result = store.add(near)
    assert result.status == "near_copy"
    assert result.canonical_id == Article(text=stories["a"]).id
    assert result.similarity >= 0.9
    got = store.get(near.id)
    assert (got.text, got.title, got.outlet) == (near.text, "US edition", "Eastgate Times")
    assert store.canonical_id(near.id) == result.canonical_id
    stats = store.stats()
    assert (stats.articles, stats.canonical, stats.near_copies) == (2, 1, 1)


def test_store_exact_copy_of_near_copy_points_to_canonical(store, stories):
    store.add(make_article(stories["a"], source="/in/a.txt"))
    store.add(make_article(stories["a_wire"], source="/in/wire.txt"))
    result = store.add(make_article(stories["a_wire"], source="/in/wire2.txt"))
    assert result.status == "exact_copy"
    assert result.canonical_id == Article(text=stories["a"]).id
    kinds = [c.kind for c in store.copies(result.canonical_id)]
    assert kinds == ["near", "near"]


@pytest.mark.parametrize("other", ["b", "c"])
def test_store_other_story_on_same_topic_is_new(store, stories, other):
    store.add(make_article(stories["a"], source="/in/a.txt"))
    assert store.add(make_article(stories[other], source=f"/in/{other}.txt")).status == "new"


def test_store_short_texts_are_only_exact_matched(store):
    store.add(make_article("Shelling reported near Kharkiv overnight, officials say.", source="x"))
    result = store.add(make_article("Shelling reported near Kharkiv overnight, officials said.",
                                    source="y"))
    assert result.status == "new"


def test_store_sources_plus_copies_invariant(store, stories):
    for i, name in enumerate(stories):
        store.add(make_article(stories[name], source=f"/in/{name}.txt"))
        store.add(make_article(stories[name], source=f"/mirror/{name}.txt"))
    s = store.stats()
    assert s.sources == s.canonical + s.copies
    assert s.canonical == 3  # a (with its five near copies), b and c


def test_store_rejected_article_is_recorded_not_stored(store):
    art = make_article("", source="/in/empty.txt")
    result = store.add(art)
    assert (result.status, result.reason) == ("rejected", "empty: no text left after cleaning")
    bad = make_article("binary junk", source="/in/bin.txt", rejected="binary: 31% control chars")
    assert store.add(bad).status == "rejected"
    store.add(bad)  # recorded once
    stats = store.stats()
    assert (stats.articles, stats.rejects) == (0, 2)


def test_store_unserializable_annotation_raises_store_error(store):
    art = make_article(LONG)
    art.entities = [{"mentions": {1, 2}}]
    with pytest.raises(StoreError, match="JSON"):
        store.add(art)
    assert store.stats().articles == 0


# -- inputs and resume ---------------------------------------------------------

def test_store_input_commits_all_articles_together(store, stories):
    with store.input("sha:1", "/in/batch.txt"):
        store.add(make_article(stories["a"], source="/in/batch.txt", segment=0))
        store.add(make_article(stories["b"], source="/in/batch.txt", segment=1))
    assert store.input_status("sha:1") == "done"
    row = store.conn.execute("SELECT articles, source FROM inputs").fetchone()
    assert row == (2, "/in/batch.txt")
    assert store.stats().inputs == 1


def test_store_input_error_rolls_back_whole_input(store, stories):
    with pytest.raises(RuntimeError):
        with store.input("sha:1", "/in/batch.txt"):
            store.add(make_article(stories["a"], source="/in/batch.txt"))
            raise RuntimeError("reader crashed")
    assert store.input_status("sha:1") is None
    assert store.stats().articles == 0


def test_store_failed_add_inside_input_leaves_no_partial_rows(store, stories, monkeypatch):
    store.begin_input("sha:1", "/in/batch.txt")
    store.add(make_article(stories["a"], source="/in/batch.txt", segment=0))

    def crash(*args, **kwargs):
        raise RuntimeError("disk on fire")

    # Fails after the article and source rows of the second add are written.
    monkeypatch.setattr(store.near, "save", crash)
    with pytest.raises(RuntimeError):
        store.add(make_article(stories["b"], source="/in/batch.txt", segment=1))
    monkeypatch.undo()
    assert store.finish_input() == 1
    stats = store.stats()
    assert (stats.articles, stats.sources) == (1, 1)


def test_store_begin_input_twice_raises(store):
    store.begin_input("sha:1", "a")
    with pytest.raises(StoreError, match="still open"):
        store.begin_input("sha:2", "b")
    store.abort_input()
    with pytest.raises(StoreError, match="no input is open"):
        store.finish_input()


def test_store_unfinished_input_is_redone_cleanly(tmp_path, stories):
    path = tmp_path / "resume.db"
    first = Store(path)
    first.begin_input("sha:1", "/in/batch.txt")
    first.add(make_article(stories["a"], source="/in/batch.txt", segment=0))
    first.close()  # killed before finish_input: rolled back
    with Store(path) as again:
        assert again.input_status("sha:1") is None
        assert again.stats().articles == 0
        with again.input("sha:1", "/in/batch.txt"):
            for seg, name in enumerate(["a", "b"]):
                assert again.add(make_article(stories[name], source="/in/batch.txt",
                                              segment=seg)).status == "new"
        assert again.stats().sources == 2


def test_store_process_killed_mid_input_resumes(tmp_path, stories):
    path = tmp_path / "killed.db"
    child = textwrap.dedent(f"""
        import os, sys
        sys.path[:0] = {sys.path!r}
        from wirescope.article import Article
        from wirescope.store import Store
        store = Store({str(path)!r})
        with store.input("sha:0", "/in/first.txt"):
            store.add(Article(text={stories['c']!r}, source="/in/first.txt"))
        store.begin_input("sha:1", "/in/batch.txt")
        store.add(Article(text={stories['a']!r}, source="/in/batch.txt"))
        os._exit(9)  # no rollback, no close: as if killed
    """)
    proc = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    with Store(path) as store:
        assert store.input_status("sha:0") == "done"
        assert store.input_status("sha:1") is None
        assert store.stats().articles == 1
        with store.input("sha:1", "/in/batch.txt"):
            assert store.add(make_article(stories["a"], source="/in/batch.txt")).status == "new"
        assert store.stats().articles == 2


def test_store_reject_input_records_reason(store):
    store.reject_input("sha:9", "/in/photo.jpg", "binary: not text")
    assert store.input_status("sha:9") == "rejected"
    assert store.conn.execute("SELECT source, segment, reason, input FROM rejects").fetchall() == [
        ("/in/photo.jpg", -1, "binary: not text", "sha:9")]


# -- the file ------------------------------------------------------------------

def test_store_file_is_wal_with_schema_version(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_store_reopen_keeps_data(tmp_path):
    art = annotated()
    with Store(tmp_path / "s.db") as store:
        store.add(art)
    with Store(tmp_path / "s.db") as store:
        assert store.add(annotated()).status == "already"
        assert store.get(art.id).to_dict() == art.to_dict()


def _store_at_version(path, version: int, sql: str = "") -> None:
    """A store file whose schema says `version`, with `sql` run in it: what an older (or
    newer) wirescope left behind."""
    if version > SCHEMA_VERSION:
        Store(path).close()
    conn = sqlite3.connect(path)
    if version <= SCHEMA_VERSION:  # the schema as that version left it
        name_functions(conn)
        for step in MIGRATIONS[:version]:
            conn.executescript(step)
    conn.executescript(f"{sql}PRAGMA user_version = {version};")
    conn.close()


def test_store_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    _store_at_version(path, SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="newer than this wirescope"):
        Store(path)
    with pytest.raises(StoreError, match="newer than this wirescope"):
        Store(path, readonly=True)


def test_store_older_schema_opened_for_reading_is_migrated_first(tmp_path):
    """`wirescope search` on a store an older wirescope wrote works: the file is writable."""
    path = tmp_path / "s.db"
    _store_at_version(path, SCHEMA_VERSION - 1)
    with Store(path, readonly=True) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize("content, message", [
    (b"this is not a database at all" * 100, "cannot open store"),
])
def test_store_non_sqlite_file_is_refused(tmp_path, content, message):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store(path)


def test_store_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not a wirescope store"):
        Store(path)


def test_store_missing_directory_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nope" / "s.db")


@pytest.mark.parametrize("readonly", [False, True])
def test_store_path_that_is_a_directory_is_a_store_error(tmp_path, readonly):
    with pytest.raises(StoreError, match="is a directory; give the store's file name"):
        Store(tmp_path, readonly=readonly)


def test_store_dedupe_settings_are_fixed_per_store(tmp_path, caplog):
    Store(tmp_path / "s.db").close()
    with Store(tmp_path / "s.db", dedupe=DedupeSettings(threshold=0.9)) as store:  # may change
        assert store.near.settings.threshold == 0.9
    with Store(tmp_path / "s.db", dedupe=DedupeSettings(num_perm=64)) as store:  # may not: kept, and said so
        assert store.near.settings.shape == DedupeSettings().shape
    assert "keeps the near-duplicate settings it was built with" in caplog.text


def test_store_built_under_other_defaults_keeps_its_signature_shape(tmp_path, stories, caplog):
    old = DedupeSettings(shingle_words=4, bands=16)
    with Store(tmp_path / "s.db", dedupe=old) as store:
        store.add(make_article(stories["a"], source="/in/a.txt"))
    with Store(tmp_path / "s.db") as store:   # today's defaults asked for, the store's own used
        assert store.near.settings.shape == old.shape and not caplog.text
        assert store.add(make_article(stories["a_sentence"], source="/in/b.txt")).status == "near_copy"


def test_store_with_signatures_this_wirescope_cannot_make_is_an_error(tmp_path):
    Store(tmp_path / "s.db").close()
    conn = sqlite3.connect(tmp_path / "s.db")
    with conn:
        conn.execute("UPDATE meta SET value = 'minhash:other:perm=128:seed=1:shingle=5:bands=32:fold=9' "
                     "WHERE key = 'dedupe'")
    conn.close()
    with pytest.raises(StoreError, match="cannot reproduce"):
        Store(tmp_path / "s.db")


def test_store_readonly_reads_but_refuses_writes(tmp_path):
    art = annotated()
    with Store(tmp_path / "s.db") as store:
        store.add(art)
    with Store(tmp_path / "s.db", readonly=True) as ro:
        assert ro.get(art.id).title == art.title
        with pytest.raises(StoreError, match="read-only"):
            ro.add(make_article(LONG, source="other"))
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "missing.db", readonly=True)


def test_store_second_writer_gets_store_error(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as one, Store(path, timeout=0.1) as two:
        one.begin_input("sha:1", "a")
        with pytest.raises(StoreError, match="another process is writing"):
            two.add(make_article(LONG))
        one.finish_input()
        assert two.add(make_article(LONG)).status == "new"


def test_store_articles_stream_in_brief_order(store):
    rows = [("2024-10-29T08:00:00", "Baltic Wire"), ("2024-10-30T09:00:00", "harbour post"),
            (None, "Baltic Wire"), ("2024-10-30T18:00:00", "Harbour Post"),
            ("2024-10-30T12:00:00", "Baltic Wire"), ("2024-10-30T07:00:00", None)]
    for i, (published, outlet) in enumerate(rows):
        store.add(make_article(f"story number {i} " * 40, source=f"s{i}", published=published,
                               outlet=outlet))
    got = [(a.published, a.outlet) for a in store.articles()]
    assert got == [("2024-10-30T12:00:00", "Baltic Wire"), ("2024-10-30T18:00:00", "Harbour Post"),
                   ("2024-10-30T09:00:00", "harbour post"), ("2024-10-30T07:00:00", None),
                   ("2024-10-29T08:00:00", "Baltic Wire"), (None, "Baltic Wire")]
    assert store.day_counts() == [("2024-10-30", 4), ("2024-10-29", 1), (None, 1)]


def test_store_stats_as_dict_is_json(store, stories):
    store.add(make_article(stories["a"], published="2024-10-30"))
    store.add(make_article(stories["b"], source="b", published="2024-11-02T10:00:00"))
    data = json.loads(json.dumps(store.stats().as_dict()))
    assert (data["first_published"], data["last_published"]) == (
        "2024-10-30", "2024-11-02T10:00:00")


@pytest.mark.parametrize("a, b, same", [
    ((b"x", "/in/a.txt"), (b"x", "/in/a.txt"), True),
    ((b"x", "/in/a.txt"), (b"y", "/in/a.txt"), False),
    ((b"x", "/in/a.txt"), (b"x", "/in/b.txt"), False),
    ((b"x", "/in/a.txt", "v1"), (b"x", "/in/a.txt", "v2"), False),
])
def test_input_fingerprint(a, b, same):
    fp = lambda data, source, salt="": input_fingerprint(data, source, salt=salt)  # noqa: E731
    assert (fp(*a) == fp(*b)) is same
    assert fp(*a).startswith("sha256:")


def test_store_v3_name_keys_are_refolded_on_open(tmp_path):
    """A store written before v4 kept 'đukić' as a key; opening it refolds it to 'djukic'."""
    path = tmp_path / "s.db"
    _store_at_version(path, 3, "INSERT INTO entities(id, type, name, surname) VALUES (1, 'PERSON', 'Sara Đukić', 'đukic');"
                      "INSERT INTO entity_aliases(key, entity_id, alias, count) VALUES ('sara đukic', 1, 'Sara Đukić', 1);")
    with Store(path) as store:
        assert store.conn.execute("SELECT key FROM entity_aliases").fetchall() == [("sara djukic",)]
        from wirescope.analyze.canonical import translit_key
        assert store.conn.execute("SELECT surname FROM entities").fetchall() == [(translit_key("Djukic"),)]
        assert store.entities.person("Sara Djukic") == 1


def test_store_v4_surname_keys_are_recomputed_on_open(tmp_path):
    """A store written before v5 keyed 'Viktor Hrytsenko' apart from the Russian spelling
    'Gritsenko'; opening it recomputes the key, and the Russian spelling finds him."""
    path = tmp_path / "s.db"
    _store_at_version(path, 4, "INSERT INTO entities(id, type, name, surname) VALUES (1, 'PERSON', 'Viktor Hrytsenko', "
                      "'hrytsenko'); INSERT INTO entity_aliases(key, entity_id, alias, count) VALUES "
                      "('viktor hrytsenko', 1, 'Viktor Hrytsenko', 1);")
    with Store(path) as store:
        assert store.entities.person("Viktor Gritsenko") == 1


# --- one story at one address: a feed's summary and the page --------------------------

FULL = [
    "Ferry operators on the Baltic cancelled dozens of crossings between Tallinn and Helsinki on Thursday as "
    "storm Ilse brought gusts of up to 30 metres a second to the Gulf of Finland.",
    "\u201cSafety comes first, and nobody sails until the wind drops,\u201d said Marta Kask, a spokeswoman for "
    "the port of Tallinn.",
    "Passengers booked on the cancelled sailings were offered places on Friday's ferries or a full refund, "
    "the operators said in a joint statement on their websites.",
]
URL = "https://harbourpost.example/europe/2024/10/31/baltic-ferries-storm"


def _analyzed(text: str, source: str, url: str | None = URL, **meta):
    from wirescope import analyze
    (art,) = analyze([Article(raw=text, kind="text", source=source, url=url, published="2024-10-31", **meta)])
    return art


def _teaser():
    return _analyzed(FULL[0][:120].rsplit(" ", 1)[0], "/in/feed.xml", truncated=True)


def test_store_page_after_its_feed_teaser_replaces_it_as_canonical(store):
    teaser, full = _teaser(), _analyzed("\n".join(FULL), "/in/page.html")
    assert store.add(teaser).status == "new"
    result = store.add(full)
    assert (result.status, result.replaced) == ("new", teaser.id)
    assert store.canonical_id(teaser.id) == full.id
    stats = store.stats()
    assert (stats.canonical, stats.teaser_copies, stats.sources) == (1, 1, 2)
    assert [c.kind for c in store.copies(full.id)] == ["teaser"]
    # the teaser leaves search and the quotes; the page's quote is there once
    hits = store.conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferry'").fetchone()[0]
    assert hits == 1
    quotes = store.conn.execute("SELECT article_id FROM quotes").fetchall()
    assert quotes and {q[0] for q in quotes} == {full.id}
    mentions = store.conn.execute("SELECT DISTINCT article_id FROM entity_mentions").fetchall()
    assert mentions == [(full.id,)]
    # a near copy of the page is matched to the page, not to the teaser
    assert teaser.id not in {r[0] for r in store.conn.execute("SELECT article_id FROM lsh")}


def test_store_feed_teaser_after_its_page_is_a_teaser_copy(store):
    full, teaser = _analyzed("\n".join(FULL), "/in/page.html"), _teaser()
    store.add(full)
    result = store.add(teaser)
    assert (result.status, result.canonical_id) == ("teaser_copy", full.id)
    assert store.add(teaser).status == "already"  # re-running adds nothing
    stats = store.stats()
    assert (stats.canonical, stats.teaser_copies) == (1, 1)


def test_store_other_story_at_the_same_address_stays_its_own(store):
    # a site that reuses an address for every item ("/latest") tells other stories there
    store.add(_analyzed("\n".join(FULL), "/in/page.html"))
    other = _analyzed("Chile's copper output fell for a third month in September as heavy snow closed mountain "
                      "roads to the biggest mines in the Andes, the statistics institute said.", "/in/feed.xml")
    assert store.add(other).status == "new"
    assert store.stats().canonical == 2


def test_store_v5_is_migrated_with_address_keys_and_its_copies(tmp_path):
    path = tmp_path / "s.db"
    _store_at_version(path, 5, sql=(
        "INSERT INTO articles(id, text, url, data, added_at) VALUES "
        "('a1', 'text', 'https://www.harbourpost.example/x/?utm_source=rss', '{}', 'now');"
        "INSERT INTO sources(rowid, source, segment, article_id, added_at) VALUES (1, 's', 0, 'a1', 'now');"
        "INSERT INTO copies(source_row, article_id, canonical_id, kind, similarity) VALUES (1, 'a1', 'a1', 'near', 0.9);"))
    with Store(path) as store:
        assert store.conn.execute("SELECT url_key FROM articles").fetchone() == ("harbourpost.example/x",)
        assert store.conn.execute("SELECT kind, similarity FROM copies").fetchall() == [("near", 0.9)]


def test_store_two_versions_of_a_page_at_one_address_are_no_teaser(store):
    # an update adds a paragraph: a version of the page, left to the near-duplicate test
    first = _analyzed("\n".join(FULL), "/in/page-0900.html")
    update = _analyzed("\n".join(FULL + ["Operators expect the first crossings to resume on Saturday morning if the "
                                         "wind drops below 15 metres a second, the port said."]), "/in/page-1100.html")
    store.add(first)
    result = store.add(update)
    assert result.status in ("near_copy", "new") and result.replaced is None
    assert store.stats().teaser_copies == 0


# --- a teaser without its link: known by the article's opening words ---------------------

def test_store_teaser_without_address_opening_like_a_stored_article_is_its_teaser_copy(store):
    full = _analyzed("KYIV (Harbour Post) — " + "\n".join(FULL), "/in/page.txt", url=None)
    teaser = _analyzed(FULL[0][:120].rsplit(" ", 1)[0] + "…", "/in/front-page.txt", url=None)
    store.add(full)
    result = store.add(teaser)
    assert (result.status, result.canonical_id) == ("teaser_copy", full.id)   # the dateline set aside


def test_store_article_after_its_teaser_without_address_replaces_it(store):
    teaser = _analyzed(FULL[0][:120].rsplit(" ", 1)[0] + "…", "/in/front-page.txt", url=None)
    full = _analyzed("\n".join(FULL), "/in/page.txt", url=None)
    assert store.add(teaser).status == "new"
    result = store.add(full)
    assert (result.status, result.replaced) == ("new", teaser.id)
    assert store.canonical_id(teaser.id) == full.id


def test_store_other_story_opening_with_the_same_words_is_no_teaser(store):
    store.add(_analyzed("\n".join(FULL), "/in/page.txt", url=None))
    other = _analyzed("Ferry operators on the Baltic cancelled dozens of crossings to the islands of Saaremaa and "
                      "Hiiumaa, where ice closed the harbours for a week.", "/in/other.txt", url=None)
    assert store.add(other).status == "new"


# --- a blurb under the article's own headline, written apart from its opening --------

HEADLINE = "Storm Ilse halts Baltic ferries between Tallinn and Helsinki"
BLURB = ("Gusts of up to 30 metres a second kept every ferry in port on Thursday. Passengers booked on "
         "the cancelled sailings can move to Friday or ask for their money back.")


def test_store_blurb_under_a_stored_articles_headline_is_its_teaser_copy(store):
    full = _analyzed("\n".join(FULL), "/in/page.txt", url=None, given={"title": HEADLINE})
    store.add(full)
    result = store.add(_analyzed(BLURB, "/in/front-page.txt", url=None, given={"title": HEADLINE}))
    assert (result.status, result.canonical_id) == ("teaser_copy", full.id)


@pytest.mark.parametrize("title, text", [
    (HEADLINE, "Ice closed the harbours of Saaremaa and Hiiumaa for a week, and the island ferries stayed "
               "in Virtsu until the icebreaker arrived on Monday."),      # the headline only
    ("Ferries halted", BLURB),                                            # a headline too short to tell
])
def test_store_blurb_sharing_too_little_is_no_teaser(store, title, text):
    store.add(_analyzed("\n".join(FULL), "/in/page.txt", url=None, given={"title": HEADLINE}))
    assert store.add(_analyzed(text, "/in/front-page.txt", url=None, given={"title": title})).status == "new"


def test_store_blurb_under_the_same_headline_days_later_is_a_story_of_its_own(store):
    # a daily briefing keeps its headline: another day's short edition is no teaser of this one
    store.add(_analyzed("\n".join(FULL), "/in/page.txt", url=None,
                        given={"title": HEADLINE, "published": "2024-10-31"}))
    later = _analyzed(BLURB, "/in/front-page.txt", url=None, given={"title": HEADLINE, "published": "2024-11-04"})
    assert store.add(later).status == "new"
    next_day = _analyzed(BLURB.replace("move to Friday", "sail on Friday"), "/in/front-page-2.txt", url=None,
                         given={"title": HEADLINE, "published": "2024-11-01"})
    assert store.add(next_day).status == "teaser_copy"


def test_store_v7_is_migrated_with_title_keys(tmp_path):
    path = tmp_path / "s.db"
    text = "\n".join(FULL)
    _store_at_version(path, 7, sql=(
        f"INSERT INTO articles(id, text, title, data, added_at) VALUES ('a1', '{text.replace(chr(39), chr(39) * 2)}', "
        f"'{HEADLINE}', '{{}}', 'now');"))
    with Store(path) as store:
        assert store.conn.execute("SELECT title_key FROM articles").fetchone() == (
            "storm ilse halts baltic ferries between tallinn and helsinki",)
        assert store.add(_analyzed(BLURB, "/in/front-page.txt", url=None, given={"title": HEADLINE})).status == "teaser_copy"


def test_store_v6_is_migrated_with_opening_keys(tmp_path):
    path = tmp_path / "s.db"
    text = "\n".join(FULL)
    _store_at_version(path, 6, sql=(
        f"INSERT INTO articles(id, text, data, added_at) VALUES ('a1', '{text.replace(chr(39), chr(39) * 2)}', "
        "'{}', 'now');"))
    with Store(path) as store:
        assert store.conn.execute("SELECT opening_key FROM articles").fetchone() == (
            "ferry operators on the baltic canceled dozens of",)   # spelling folded
        teaser = _analyzed(FULL[0][:120].rsplit(" ", 1)[0] + "…", "/in/front-page.txt", url=None)
        assert store.add(teaser).status == "teaser_copy"
