"""What a page says about its article: headline, authors, publication time (hand-written pages)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope.clean.page_meta import (_PUBLISHED_TIME, _authors, _published_time, page_authors,
                                       page_headline, page_published)


def test_page_meta_author_strings_become_names():
    assert _authors("Brett Cruz; Privacy; Digital Security", None) == ["Brett Cruz"]
    assert _authors("This post was written by Maria Lind", None) == ["Maria Lind"]
    assert _authors("Liz Kenny Former McKinsey Consultant", None) == ["Liz Kenny"]
    assert _authors("Shelby Loos Medically reviewed by Molly Price", None) == ["Shelby Loos"]
    assert _authors("Name; Maya Perez", None) == ["Maya Perez"]
    assert _authors("Thomas Broderick; Nalea Ko", None) == ["Thomas Broderick", "Nalea Ko"]


def test_page_meta_byline_name_in_its_own_element_after_by():
    raw = ("<html><body><p class='byline'><span>By</span> <!-- --><a href='/x'>Maria Lind</a></p>"
           "<p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == ["Maria Lind"]


def test_page_meta_by_label_over_capitals_is_no_byline():
    raw = "<html><body><p>BY REGION</p><p>Text of the story.</p></body></html>"
    assert page_authors(raw, None, None) == []


def test_page_meta_one_word_author_of_the_meta_tags():
    raw = '<html><head><meta name="author" content="jvaldez"></head><body><p>Text.</p></body></html>'
    assert page_authors(raw, None, None) == ["jvaldez"]
    yoast = ('<meta name="twitter:label1" content="Written by" />\n'
             '<meta name="twitter:data1" content="Anneli Saar" />')
    assert page_authors(f"<html><head>{yoast}</head><body></body></html>", None, None) == ["Anneli Saar"]


def test_page_meta_meta_author_that_is_an_address_or_a_label_is_no_author():
    for value in ("https://harbourpost.example/staff", "desk@harbourpost.example", "Admin", "Updated"):
        raw = f'<html><head><meta name="author" content="{value}"></head><body></body></html>'
        assert page_authors(raw, None, None) == [], value


def test_page_meta_author_keeps_the_spelling_of_the_page():
    raw = '<html><head><meta name="author" content="Dr. Ivo J. Tamm"></head><body></body></html>'
    assert page_authors(raw, "Dr Ivo J Tamm", None) == ["Dr. Ivo J. Tamm"]
    raw = "<html><body><span class='author'>kaja.rebane</span></body></html>"
    assert page_authors(raw, "Kaja Rebane", None) == ["kaja.rebane"]


def test_page_meta_degrees_stay_with_their_name():
    assert _authors("Genevieve Rand; Ph D", None) == ["Genevieve Rand, Ph D"]
    assert _authors("Mara Tamm; MS; RD", None) == ["Mara Tamm, MS, RD"]
    assert _authors("Mara Tamm; AP", None) == ["Mara Tamm", "AP"]
    raw = '<html><body><a href="/author/g-rand">Genevieve Rand, Ph.D.</a><p>Text.</p></body></html>'
    assert page_authors(raw, "Genevieve Rand; Ph D", None) == ["Genevieve Rand, Ph.D."]
    raw = "<html><body><cite>Rebecca Lind, CEPF®</cite><p>Text.</p></body></html>"
    assert page_authors(raw, "Rebecca Lind; CEPF", None) == ["Rebecca Lind, CEPF®"]


def test_page_meta_spelling_of_the_page_adds_no_comma_of_its_own():
    raw = '<html><head><meta name="keywords" content="rust, guillaume, gomez"></head><body></body></html>'
    assert page_authors(raw, "Guillaume Gomez", None) == ["Guillaume Gomez"]


def test_page_meta_site_as_author_gives_way_to_the_byline():
    raw = ("<html><body><p class='byline'>By <a href='/people/kai'>Kai Saarinen</a></p>"
           "<p>Text.</p></body></html>")
    assert page_authors(raw, "Harbour Post", "Harbour Post", "https://www.harbourpost.example/a/1") == \
        ["Kai Saarinen"]
    # no person in the page: the site stays
    assert page_authors("<html><body><p>Text.</p></body></html>", "Harbour Post", "Harbour Post",
                        "https://www.harbourpost.example/a/1") == ["Harbour Post"]
    # a personal site is named after its author: the host, not the site name, decides
    assert page_authors(raw, "Mari Kask", "Mari Kask", "https://blog.example/a/1") == ["Mari Kask"]


def test_page_meta_author_name_element_of_the_template():
    raw = "<html><body><div class='post_author-name'><span>Joakim Berg</span></div><p>Text.</p></body></html>"
    assert page_authors(raw, None, None) == ["Joakim Berg"]
    raw = "<html><body><div class='post_author-name'>the editors desk</div><p>Text.</p></body></html>"
    assert page_authors(raw, None, None) == []


def test_page_meta_visible_byline_over_the_posting_account():
    raw = ('<html><head><meta name="author" content="Luke Dale"></head><body><h1>Port strike ends</h1>'
           '<div class="by"><p>By: Paula Fenn</p></div><p>Text of the story.</p></body></html>')
    assert page_authors(raw, "Luke Dale", None) == ["Paula Fenn"]
    # the same person, or no byline under the headline: the metadata stands
    raw2 = raw.replace("Paula Fenn", "Luke Dale")
    assert page_authors(raw2, "Luke Dale", None) == ["Luke Dale"]
    far = raw.replace("<p>Text of the story.</p>", "<p>" + "Text. " * 800 + "</p><p>By Mark Tull</p>") \
        .replace("<p>By: Paula Fenn</p>", "")
    assert page_authors(far, "Luke Dale", None) == ["Luke Dale"]


def test_page_meta_page_furniture_is_no_author():
    assert _authors("Conditions Privacy Policy", None) == []
    assert _authors("Page Head Extra Author", None) == []
    raw = ('<html><head><meta name="author" content="page.head.extra.author"></head>'
           '<body><p>Text.</p></body></html>')
    assert page_authors(raw, None, None) == []


def test_page_meta_author_label_over_the_name():
    for label in ("<h3>Author</h3>", "<strong>Contributors:</strong>", "<h2>Article by</h2>"):
        raw = f"<html><body><div>{label}<p>  Lisa D. Ellis</p></div><p>Text.</p></body></html>"
        assert page_authors(raw, None, None) == ["Lisa D. Ellis"], label
    raw = "<html><body><nav><h4>By Event Type</h4><h4>By Topic Area</h4></nav><p>Text.</p></body></html>"
    assert page_authors(raw, None, None) == []


def test_page_meta_author_roles_and_labels_around_the_name_go():
    assert _authors("Recipe by Liis Kask", None) == ["Liis Kask"]
    assert _authors("Read more about The Harbour Desk", None) == ["The Harbour Desk"]
    assert _authors("Haley Ots •", None) == ["Haley Ots"]
    assert _authors("Written By", None) == []


def test_page_meta_headline_joins_letters_split_by_inline_tags():
    raw = "<html><body><h1>Port strike <span>ends</span> after t<em>wo</em> weeks<br>of talks</h1></body></html>"
    assert page_headline(raw, "Port strike ends after two weeks of talks", None) == \
        "Port strike ends after two weeks of talks"


def test_page_meta_headline_in_capitals_takes_the_case_of_the_title():
    raw = "<html><body><h1>PORT STRIKE ENDS IN TALLINN</h1></body></html>"
    assert page_headline(raw, "Port Strike Ends in Tallinn | Harbour Post", None) == "Port Strike Ends in Tallinn"
    assert page_headline(raw, "Dockers return to work", None) == "PORT STRIKE ENDS IN TALLINN"


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
