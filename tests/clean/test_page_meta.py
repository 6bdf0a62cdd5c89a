"""What a page says about its article: headline and publication time (hand-written pages)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope.clean.page_meta import _PUBLISHED_TIME, _published_time, page_headline, page_published


def test_page_meta_headline_joins_letters_split_by_inline_tags():
    raw = "<html><body><h1>Port strike <span>ends</span> after t<em>wo</em> weeks<br>of talks</h1></body></html>"
    assert page_headline(raw, "Port strike ends after two weeks of talks", None) == \
        "Port strike ends after two weeks of talks"


def test_page_meta_headline_without_comments_and_with_a_styled_second_line_apart():
    raw = ("<html><body><h1>Port strike ends<!-- <span>12</span> --><span class=block>Dockers back at work</span>"
           "</h1></body></html>")
    assert page_headline(raw, "Port strike ends", None) == "Port strike ends Dockers back at work"


def test_page_meta_summary_set_as_the_largest_heading_gives_way_to_the_title():
    raw = ("<html><body><h1>Find out why the port strike ended. Our reporters spoke to dockers, "
           "managers and the city's mayor about the deal.</h1></body></html>")
    assert page_headline(raw, "Why the Tallinn port strike ended | Harbour Post", None) == \
        "Why the Tallinn port strike ended"
    # with no other title, the heading is what the page offers
    assert page_headline(raw, None, None).startswith("Find out why")


def test_page_meta_headline_in_capitals_takes_the_case_of_the_title():
    raw = "<html><body><h1>PORT STRIKE ENDS IN TALLINN</h1></body></html>"
    assert page_headline(raw, "Port Strike Ends in Tallinn | Harbour Post", None) == "Port Strike Ends in Tallinn"
    assert page_headline(raw, "Dockers return to work", None) == "PORT STRIKE ENDS IN TALLINN"
    # metadata that took the capitals from the <h1>: the page's <title> has the case
    titled = "<html><head><title>Port Strike Ends in Tallinn | Harbour Post</title></head>" + raw[6:]
    assert page_headline(titled, "PORT STRIKE ENDS IN TALLINN", None) == "Port Strike Ends in Tallinn"


def test_page_meta_headline_loses_a_label_and_the_site_name():
    raw = "<html><body><h1>Title: Port strike ends in Tallinn – Harbour Post</h1></body></html>"
    assert page_headline(raw, "Port strike ends in Tallinn", "Harbour Post") == "Port strike ends in Tallinn"


def test_page_meta_heading_that_is_not_the_title_gives_way_to_the_title_tag():
    raw = ("<html><head><title>Port strike ends in Tallinn | Harbour Post</title></head>"
           "<body><h1>Harbour Post</h1><h1>12 48</h1></body></html>")
    # trafilatura may hand back a heading as the title; the page's own <title> names the article
    assert page_headline(raw, "Latest from the newsroom", "Harbour Post") == "Port strike ends in Tallinn"


_TIME_BITS = ['<meta property="article:published_time" content="', '"datePublished": "', "PubDate:'",
              "2031-04-05T06:07", "2031-04-05 06:07:08", ":08", '">', " ", "İ", "ſ", "ı", "K", "Ä", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TIME_BITS), max_size=8).map("".join))
def test_published_time_reads_what_the_pattern_reads(text):
    m = _PUBLISHED_TIME.search(text)
    assert _published_time(text) == (m.group("ts") if m else None)


def _page(head: str, top: str, body: str = "<p>The port reopened after a week of talks.</p>") -> str:
    return (f"<html><head>{head}</head><body><header><a href='/'>Harbour Post</a></header>"
            f"<article><h1>Port strike ends in Tallinn</h1>{top}{body}</article></body></html>")


_OG_PUB = '<meta property="article:published_time" content="2031-03-02T09:30:00+00:00">'
_LD_MOD = '<script type="application/ld+json">{"dateModified": "2031-05-06T10:00:00Z"}</script>'


def test_page_meta_date_printed_under_the_headline_wins():
    raw = _page("", "<div class='meta'><span>By Jane Roe</span></div><div>March 4, 2031</div>")
    assert page_published("2031-01-01", raw) == "2031-03-04"
    assert page_published(None, raw) == "2031-03-04"
    raw = _page("", "<p class='date'>Published: 4 Mar 2031</p>")
    assert page_published("2031-01-01", raw) == "2031-03-04"
    raw = _page("", "<p>Design Trends · March 4, 2031</p>")   # "Trends" is no "ends" label
    assert page_published("2031-01-01", raw) == "2031-03-04"
    raw = "<html><body><p>March 4, 2031</p><h1>Port strike ends in Tallinn</h1><p>The port reopened.</p></body></html>"
    assert page_published("2031-01-01", raw) == "2031-03-04"   # the one line above the headline


def test_page_meta_printed_date_the_page_declares_as_modified_is_no_publication():
    raw = _page(_LD_MOD, "<div>May 6, 2031</div>")
    assert page_published("2031-03-02", raw) == "2031-03-02"


def test_page_meta_updated_date_only_without_an_open_graph_publication_time():
    for top in ("<div>Last updated:</div><div>May 6, 2031</div>", "<p>Updated on May 6, 2031</p>"):
        assert page_published("2031-03-02", _page("", top)) == "2031-05-06"
        assert page_published("2031-03-02", _page(_OG_PUB, top)) == "2031-03-02T09:30:00"
    # a publication date printed next to the update is the publication date
    top = "<div><span>March 2, 2031</span><span>Updated: May 6, 2031</span></div>"
    assert page_published("2031-01-01", _page("", top)) == "2031-03-02"


def test_page_meta_printed_day_before_a_morning_timestamp_is_the_same_moment():
    head = '<meta property="article:published_time" content="2031-12-10T02:17:00+00:00">'
    raw = _page(head, "<div>December 9, 2031</div>")
    assert page_published("2031-12-10", raw) == "2031-12-10T02:17:00"


def test_page_meta_hidden_modification_date_gives_way_to_the_declared_publication():
    head = ('<script type="application/ld+json">{"datePublished": "2031-03-02T09:30:00Z", '
            '"dateModified": "2031-05-06T10:00:00Z"}</script>')
    assert page_published("2031-05-06", _page(head, "")) == "2031-03-02T09:30:00"
    # printed on the page, the modification date stays
    assert page_published("2031-05-06", _page(head, "<p>Reviewed</p><p>Prices as of May 6, 2031</p>")) == "2031-05-06"


def test_page_meta_headline_escaped_twice_is_unescaped():
    raw = "<title>Ports &amp;amp; shipping | Harbour Post</title><h1>Ports &amp;#x26; shipping</h1>"
    assert page_headline(raw, None, "Harbour Post") == "Ports & shipping"


def test_page_meta_headline_link_away_in_an_h1_is_no_headline():
    raw = ("<title>Tallinn terminal to reopen | Harbour Post</title>"
           "<h1>Return to the Harbour Post website</h1>")
    assert page_headline(raw, "Tallinn terminal to reopen | Harbour Post", "Harbour Post") == \
        "Tallinn terminal to reopen"
