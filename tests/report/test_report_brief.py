"""The HTML brief: escaping, structure, copies and the lede."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from wirescope import run
from wirescope.article import Article
from wirescope.errors import InputError
from wirescope.report import lede, render_brief, write_brief
from wirescope.store import Store

BODY = "Officials in {place} said on {day} that {what}\n\nA second paragraph that the lede must not include."
# What each story reports: stories that differ in a word or two would be near copies of each other.
WHAT = ["repairs to the damaged terminal would take at least two weeks, and that ships at anchor "
        "would be redirected to the river berths meanwhile.",
        "the curfew imposed after the protests would be lifted for the weekend markets, though "
        "police patrols near the government quarter are to stay in place.",
        "a third grain convoy had left the harbour under naval escort, the largest since the "
        "corridor reopened, carrying wheat and sunflower oil bound for Egypt.",
        "insurers had doubled premiums for barges on the lower river after two hulls were "
        "struck by debris from drones shot down overnight near the customs post.",
        "the national carrier would resume its morning flights to the capital next month once "
        "the radar at the regional airport has been replaced and certified.",
        "the school term would open a week late because dozens of classrooms still lack windows "
        "after the winter storms damaged buildings across the old town.",
        "the city council had approved a new ferry timetable adding two late sailings to the "
        "islands and cutting fares for pensioners and students.",
        "the water company had found the leak that flooded the metro's southern line and that "
        "trains would run again on the whole route by the evening rush hour."]


def art(n: int, *, outlet="Harbour Post", published="2024-10-30T14:32:00", **meta) -> Article:
    place = ["Kyiv", "Odesa", "Izmail", "Reni", "Ankara", "Tallinn"][n % 6]
    text = meta.pop("text", BODY.format(place=place, day=f"day {n}", what=WHAT[n % len(WHAT)]))
    meta.setdefault("title", f"Story {n}")
    return Article(text=text, source=f"/in/{n}.txt", outlet=outlet, published=published, **meta)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "brief.db") as s:
        yield s


def render(store, **kwargs) -> str:
    return "".join(render_brief(store, **kwargs))


class _Structure(HTMLParser):
    """Collects day headings, outlet headings, article titles and external references."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.days: list[str] = []
        self.outlets: list[str] = []
        self.titles: list[str] = []
        self.external: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.stack.append(tag)
        attrs = dict(attrs)
        if tag in ("link", "img", "script", "iframe") or (tag == "style" and attrs.get("src")):
            self.external.append(tag)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if not data.strip() or not self.stack:
            return
        target = {"h2": self.days, "h3": self.outlets, "h4": self.titles}.get(self.stack[-1])
        if target is None and self.stack[-2:] == ["h4", "a"]:
            target = self.titles
        if target is not None:
            target.append(data.strip())


def structure(html: str) -> _Structure:
    parser = _Structure()
    parser.feed(html)
    return parser


def test_brief_escapes_untrusted_text(store):
    evil = "<script>alert('x')</script>"
    store.add(art(1, title=f"Headline {evil}", outlet=f"Post {evil}", authors=[evil],
                  text=f"{evil} Officials said the port reopened on Sunday after repairs."))
    html = render(store)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "script" not in structure(html).tags


def test_brief_drops_non_http_links(store):
    store.add(art(1, url="javascript:alert(1)"))
    store.add(art(2, url="https://harbour.example/2"))
    html = render(store)
    assert "javascript:" not in html
    assert 'href="https://harbour.example/2"' in html


def test_brief_is_self_contained(store):
    store.add(art(1))
    html = render(store)
    assert structure(html).external == []
    assert "<style>" in html and not re.search(r"""(src|href)=["']?(//|https?:)[^"']*\.(css|js)""",
                                               html)


def test_brief_groups_by_day_newest_first_then_outlet(store):
    store.add(art(1, published="2024-10-29T08:00:00", outlet="Baltic Wire"))
    store.add(art(2, published="2024-10-30T09:00:00", outlet="Harbour Post"))
    store.add(art(3, published="2024-10-30T18:00:00", outlet="Baltic Wire"))
    store.add(art(4, published=None, outlet="Eastgate Times"))
    store.add(art(5, published="2024-10-30", outlet=None))
    s = structure(render(store))
    assert s.days == ["Wednesday 30 October 2024", "Tuesday 29 October 2024", "Undated"]
    assert s.outlets == ["Baltic Wire", "Harbour Post", "Unknown outlet", "Baltic Wire",
                         "Eastgate Times"]
    assert s.titles == ["Story 3", "Story 2", "Story 5", "Story 1", "Story 4"]


def test_brief_header_has_corpus_stats(store):
    store.add(art(1, published="2024-10-29T08:00:00"))
    store.add(art(2, published="2024-10-31T08:00:00", outlet="Baltic Wire"))
    copy = art(2, outlet="Eastgate Times")
    copy.source = "https://eastgate.example/2"
    store.add(copy)
    html = render(store, title="Black Sea brief")
    assert "<title>Black Sea brief</title>" in html
    stats = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", html))
    assert stats == {"Articles": "2", "Copies": "1", "Outlets": "3",
                     "Date span": "2024-10-29 – 2024-10-31"}


def test_brief_article_shows_meta_lede_truncation_and_copies(store):
    original = art(1, authors=["Olena Kovalenko", "Ann Lee"], truncated=True)
    store.add(original)
    exact = art(1, outlet="Baltic Wire", title="Wire headline")
    exact.source = "https://wire.example/1"
    store.add(exact)
    near = art(1, outlet="Eastgate Times",
               text=original.text.replace("weekend markets", "holiday markets"))
    near.source = "/in/eastgate.txt"
    store.add(near)
    html = render(store)
    assert "Olena Kovalenko, Ann Lee" in html
    assert "14:32" in html
    assert '<span class="truncated">truncated</span>' in html
    assert "second paragraph" not in html  # lede is the first paragraph only
    assert "2 copies: Baltic Wire, Eastgate Times" in html
    assert re.search(r'class="kind exact">exact</span>\s*Baltic Wire — https://wire.example/1'
                     r' — “Wire headline”', html)
    assert re.search(r'class="kind near">near \d+%</span>\s*Eastgate Times — /in/eastgate.txt',
                     html)


def test_brief_of_empty_store(store):
    html = render(store)
    assert "The store holds no articles yet." in html


def test_write_brief_writes_file(store, tmp_path):
    store.add(art(1))
    out = write_brief(store, tmp_path / "brief.html", title="T")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and text.rstrip().endswith("</html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".brief")] == []


def test_write_brief_failure_keeps_previous_file(store, tmp_path, monkeypatch):
    path = tmp_path / "brief.html"
    path.write_text("previous", encoding="utf-8")
    store.add(art(1))

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(store, "copies", broken)
    with pytest.raises(RuntimeError):
        write_brief(store, path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.db", "brief.db-shm",
                                                          "brief.db-wal", "brief.html"]


@pytest.mark.parametrize("where, error", [("", "is a directory"), ("no/such/dir/b.html", "does not exist")])
def test_write_brief_to_a_place_it_cannot_go_names_it(store, tmp_path, where, error):
    with pytest.raises(InputError, match=error):
        write_brief(store, tmp_path / where)


def test_run_checks_the_brief_path_before_reading_anything(tmp_path):
    (tmp_path / "a.txt").write_text("The ferry to Parnu sailed again on Tuesday, the harbour master said.\n")
    with pytest.raises(InputError, match="does not exist"):
        run([tmp_path / "a.txt"], tmp_path / "s.db", brief=tmp_path / "missing" / "b.html", language_layer=False)
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize("text, expected", [
    ("First para.\n\nSecond para.", "First para."),
    ("  One line\nwrapped here.\n\nNext.", "One line wrapped here."),
    ("word " * 200, ("word " * 79).strip() + " word…"),
    ("", ""),
])
def test_lede(text, expected):
    assert lede(text) == expected


def test_brief_untitled_article_is_marked(store):
    store.add(art(1, title=None))
    html = render(store)
    # the opening words stand in for the missing headline, marked as such
    assert re.search(r'<h4 class="untitled" title="no headline: the opening words">Officials in Odesa said[^<]{0,80}…</h4>', html)
    assert "Officials in Odesa said" in html


def test_brief_outlet_groups_ignore_case_and_spacing(store):
    store.add(art(1, outlet="Échos", published="2024-10-30T10:00:00"))
    store.add(art(2, outlet="Baltic Wire", published="2024-10-30T11:00:00"))
    store.add(art(3, outlet=" échos ", published="2024-10-30T12:00:00"))
    store.add(art(4, outlet="  ", published="2024-10-30T13:00:00"))
    assert structure(render(store)).outlets == ["Baltic Wire", "échos", "Unknown outlet"]


def test_brief_key_quotes_named_direct_first_and_escaped(store):
    text = ("“The port reopens on Sunday <b>for sure</b>,” said harbour master Ines Lavall. "
            "Repairs took two weeks, officials said. “Insurance will follow,” a broker said.")
    a = art(7, text=text)

    def q(needle, kind, name, entity):
        s = text.index(needle)
        return {"text": needle, "start": s, "end": s + len(needle), "kind": kind, "cue": "said",
                "speaker": {"name": name, "entity": entity, "start": None, "end": None}}
    a.quotes = [q("“The port reopens on Sunday <b>for sure</b>,”", "direct", "Ines Lavall", "e1"),
                q("Repairs took two weeks", "indirect", "officials", None),
                q("“Insurance will follow,”", "direct", "a broker", None)]
    store.add(a)
    html = render(store)
    assert html.index("The port reopens") < html.index("Insurance will follow")
    assert "Repairs took two weeks</q>" not in html          # two quotes per story, best first
    assert "&lt;b&gt;for sure&lt;/b&gt;" in html and "<b>" not in html
    assert "— Ines Lavall" in html


def test_brief_key_quote_taken_from_inside_a_sentence_opens_on_an_ellipsis():
    from wirescope.report.brief import key_quotes
    text = 'Ilves said the port was ready to talk "with anyone who keeps the ferries running." Nothing else.'
    s = text.index('"with')
    a = Article(raw=text, text=text, source="t")
    a.quotes = [{"text": text[s:s + 53], "start": s, "end": s + 53, "kind": "direct", "cue": "said",
                 "speaker": {"name": "Ilves", "entity": None, "start": 0, "end": 5}}]
    [q] = key_quotes(a)
    assert q["text"].startswith("…with anyone who keeps")
