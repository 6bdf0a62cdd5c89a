"""The authors a page names for its article (hand-written pages)."""

import pytest

from wirescope.clean.author_names import _authors
from wirescope.clean.page_authors import page_authors


def test_page_meta_author_strings_become_names():
    assert _authors("Brett Cruz; Privacy; Digital Security", None) == ["Brett Cruz"]
    assert _authors("This post was written by Maria Lind", None) == ["Maria Lind"]
    assert _authors("Liz Kenny Former McKinsey Consultant", None) == ["Liz Kenny"]
    assert _authors("Shelby Loos Medically reviewed by Molly Price", None) == ["Shelby Loos"]
    assert _authors("Name; Maya Perez", None) == ["Maya Perez"]
    assert _authors("Thomas Broderick; Nalea Ko", None) == ["Thomas Broderick", "Nalea Ko"]
    assert _authors("Lars Olsen Head Brewer; Co-Founder", None) == ["Lars Olsen"]
    assert _authors("Maren Head", None) == ["Maren Head"]
    assert _authors("Kai Lind; Rhea Stone; The Harbour Post", None) == ["Kai Lind", "Rhea Stone"]
    assert _authors("Kai Lind; The Harbour Data Team", None) == ["Kai Lind", "The Harbour Data Team"]
    assert _authors("The Harbour Post", None) == ["The Harbour Post"]
    assert _authors("The Harbour University ©", None) == ["The Harbour University"]


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


def test_page_meta_author_spelling_next_to_the_word_author_wins():
    raw = ('<html><head><meta name="author" content="lena_ots"></head><body>'
           '<nav><a href="/">Home</a></nav><p class="brand">Lena Ots</p></body></html>')
    assert page_authors(raw, "Lena Ots", None) == ["lena_ots"]
    # trafilatura's spelling, written so in the page, beats another spelling elsewhere
    raw = "<html><body><p>NorthWind</p><img alt='Northwind'></body></html>"
    assert page_authors(raw, "NorthWind", None) == ["NorthWind"]


def test_page_meta_author_spelling_keeps_apostrophes_and_hyphens():
    raw = ('<html><body><a href="/p/1">Aoife OMalley</a><a href="/p/2">Jean Marc Roux</a>'
           '<p>Text.</p></body></html>')
    assert page_authors(raw, "Aoife O'Malley; Jean-Marc Roux", None) == ["Aoife O'Malley", "Jean-Marc Roux"]


def _with_schema(body: str, ld: str) -> str:
    return f'<html><head><script type="application/ld+json">{ld}</script></head><body>{body}</body></html>'


def test_page_meta_schema_author_when_the_metadata_names_no_one():
    ld = '{"@type": "NewsArticle", "author": {"@type": "person", "name": "Odile Marsh"}}'
    assert page_authors(_with_schema("<p>Text.</p>", ld), None, None) == ["Odile Marsh"]
    # an image's or a review's author is not the article's
    ld = '[{"@type": "ImageObject", "author": {"name": "Pia Lund"}}, {"@type": "Review", "author": "Ole Berg"}]'
    assert page_authors(_with_schema("<p>Text.</p>", ld), None, None) == []
    # broken JSON-LD is skipped
    assert page_authors(_with_schema("<p>Text.</p>", '{"@type": "Article", "author": '), None, None) == []


def test_page_meta_schema_organisation_after_a_byline_of_the_page():
    ld = '{"@type": "BlogPosting", "author": {"@type": "Organization", "name": "Harbour Works"}}'
    assert page_authors(_with_schema("<p>Text.</p>", ld), None, None) == ["Harbour Works"]
    body = "<p class='byline'>By Ines Carvalho</p><p>Text.</p>"
    assert page_authors(_with_schema(body, ld), None, None) == ["Ines Carvalho"]


def test_page_meta_schema_names_that_trafilatura_cut_apart():
    ld = '{"@type": "Article", "author": {"@type": "Organization", "name": "Office for Ports and Harbours"}}'
    assert page_authors(_with_schema("<p>Text.</p>", ld), "Office; Harbours", None) == \
        ["Office for Ports and Harbours"]
    ld = ('{"@type": "Article", "author": [{"name": "Rhea Stone"}, {"name": "Tomas Lee"}, '
          '{"name": "Harbour Data Team"}]}')
    assert page_authors(_with_schema("<p>Text.</p>", ld), "Rhea Stone; Tomas Lee; Harbour Data Team", None) == \
        ["Rhea Stone", "Tomas Lee", "Harbour Data Team"]
    # a declared name with its outlet after a comma is not taken whole
    ld = '{"@type": "Article", "author": {"name": "Rhea Stone and Tomas Lee, Harbour Post"}}'
    assert page_authors(_with_schema("<p>Text.</p>", ld), "Rhea Stone; Tomas Lee", None) == \
        ["Rhea Stone", "Tomas Lee"]


def test_page_meta_schema_authors_without_the_site_trafilatura_added():
    ld = '{"@type": "BlogPosting", "author": {"name": "Rhea Stone"}}'
    assert page_authors(_with_schema("<p>Text.</p>", ld), "Harbourly; Rhea Stone", None) == ["Rhea Stone"]


def test_page_meta_byline_names_every_author():
    raw = "<html><body><p>By Ines Carvalho and Tarek Haddad | March 3, 2026</p><p>Text.</p></body></html>"
    assert page_authors(raw, None, None) == ["Ines Carvalho", "Tarek Haddad"]
    raw = ('<html><body><p><a href="/author/ines">Ines Carvalho</a>, <a href="/author/tarek">Tarek Haddad</a>'
           "</p><p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == ["Ines Carvalho", "Tarek Haddad"]
    raw = "<html><body><p>Written by<!-- --> <a href='/x'>Ines Carvalho and Tarek Haddad</a></p></body></html>"
    assert page_authors(raw, None, None) == ["Ines Carvalho", "Tarek Haddad"]


def test_page_meta_byline_place_of_work_after_the_name_is_no_author():
    raw = "<html><body><p>By Ines Carvalho, Northfield University</p><p>Text.</p></body></html>"
    assert page_authors(raw, None, None) == ["Ines Carvalho"]


def test_page_meta_byline_of_a_team_and_a_label_in_capitals():
    raw = "<html><body><small>WRITTEN BY</small><p><a href='/x'>Harbour Data Team</a></p></body></html>"
    assert page_authors(raw, None, None) == ["Harbour Data Team"]


def test_page_meta_reviewer_and_running_text_are_no_byline():
    raw = ('<html><body><h1>Eating for heart health</h1><div><a>Medically reviewed</a> by <a>Rosa Lindqvist</a>'
           ' — Written by <a>Ines Carvalho</a></div><p>Text.</p></body></html>')
    assert page_authors(raw, "Ines Carvalho", None) == ["Ines Carvalho"]
    raw = ("<html><body><p>The parser is a <a href='/lib'>library</a> written by <a href='/m'>Matt Rowe</a>"
           " in C.</p></body></html>")
    assert page_authors(raw, None, None) == []


def test_page_meta_element_whose_class_speaks_of_the_author():
    raw = ("<html><body><h1>Dunes on the move</h1><div class='post-author-info'><img src='/p.jpg' alt=''>"
           "<span>Lotte Brandt</span></div><p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == ["Lotte Brandt"]
    # an author box at the end of the article counts too
    raw = ("<html><body><h1>Dunes on the move</h1><p>Text.</p><div class='about_author-box'>"
           "<p>Lotte Brandt</p></div></body></html>")
    assert page_authors(raw, None, None) == ["Lotte Brandt"]


def test_page_meta_comment_and_story_list_authors_are_not_the_articles():
    raw = ("<html><body><h1>Dunes on the move</h1><p>Text.</p><div class='comment-author'>"
           "<b>Pavel Horak</b> says:</div></body></html>")
    assert page_authors(raw, None, None) == []
    cards = "".join(f"<a href='/s/{i}'><h3>Story {i}</h3><div class='card_author-text'>Mira Sepp</div></a>"
                    for i in range(3))
    raw = f"<html><body><h1>Dunes on the move</h1><p>Text.</p>{cards}</body></html>"
    assert page_authors(raw, None, None) == []


def test_page_meta_reviewer_in_an_author_element_is_no_author():
    raw = ("<html><body><h1>Dunes</h1><div class='byline-text'>Reviewed by <a class='byline-link'>"
           "Pavel Horak</a></div><p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == []
    raw = ("<html><body><div class='post-author'>Written By <a class='post-author-name' href='/x'></a>"
           "</div><p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == []


def test_page_meta_authors_listed_one_per_item_under_a_label():
    raw = ("<html><body><h6>Author(s)</h6><ul><li><a href='/l?a=1'>Ruth A. Ekdahl</a></li>"
           "<li><a href='/l?a=2'>Oskar B. Lind</a></li></ul><p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == ["Ruth A. Ekdahl", "Oskar B. Lind"]


def test_page_meta_byline_under_the_headline_adds_the_co_authors():
    raw = ("<html><body><h1>Skills for 2027</h1><div class='hero'>Written by <span>Dr Anna van der Berg</span>, "
           "<span>Pieter de Wit</span> and <span>Lars Olsen</span></div><p>Text.</p></body></html>")
    assert page_authors(raw, "Anna van der Berg", None) == ["Dr Anna van der Berg", "Pieter de Wit", "Lars Olsen"]


def test_page_meta_personal_site_is_its_owners():
    raw = "<html><body><h1>Why I left the city</h1><p>Text.</p></body></html>"
    assert page_authors(raw, None, "Lena Kask", "https://lenakask.example/posts/city") == ["Lena Kask"]
    assert page_authors(raw, None, "Owen Kask", "https://owen.blog.example/city") == ["Owen Kask"]
    titled = raw.replace("<body>", "<head><title>Why I left the city | Owen Kask</title></head><body>")
    assert page_authors(titled, None, "blog.example", "https://owen.blog.example/city") == ["Owen Kask"]
    assert page_authors(raw, None, "Harbour Health", "https://harbour.example/a") == []
    # a company named after itself is no person; a byline still wins
    assert page_authors(raw, None, "Harbour Freight", "https://harbourfreight.example/a") == []
    byline = raw.replace("<p>Text.</p>", "<p>By Ines Carvalho</p><p>Text.</p>")
    assert page_authors(byline, None, "Lena Kask", "https://lenakask.example/posts/city") == ["Ines Carvalho"]


def test_page_meta_collective_and_anonymous_bylines_stand():
    assert _authors("Our Editors", None) == ["Our Editors"]
    assert _authors("The Staff Writers", None) == ["The Staff Writers"]
    assert _authors("The Author", None) == []
    for value in ("Staff", "Anonymous"):
        raw = f'<html><head><meta property="article:author" content="{value}"></head><body></body></html>'
        assert page_authors(raw, None, None) == [value]


@pytest.mark.parametrize("byline, names", [
    ("<p>By</p><p>The Harbour Data Team</p>", ["The Harbour Data Team"]),
    ("<p>by <a href='#'>Marketing Team</a></p>", ["Marketing Team"]),
    ("<p>By <a href='/team/'>Our Team</a></p>", []),
    ("<p>By The Team</p>", []),
])
def test_page_meta_team_bylines(byline, names):
    assert page_authors(f"<html><body>{byline}<p>Text.</p></body></html>", None, None) == names


def test_page_meta_name_after_the_authors_picture():
    raw = ("<html><body><h1>Budget guide</h1><p>Dec 26, 2025 <img src='/a.png' class='avatar avatar-xs'/> "
           "Rhea Stone in <a href='/c'>Guides</a></p><p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == ["Rhea Stone"]


def test_page_meta_initials_drawn_before_the_name_go():
    assert _authors("CM Craig Mull Last updated", None) == ["Craig Mull"]
    assert _authors("AP", None) == ["AP"]
    assert _authors("JR Ewing", None) == ["JR Ewing"]


def test_page_meta_author_link_around_a_photo_and_the_name():
    raw = ("<html><body><a href='/blog/author/rhea-stone/'><div class='round'><img alt='' src='/r.jpg'></div>"
           "<span>Rhea Stone</span></a><p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == ["Rhea Stone"]


def test_page_meta_author_name_element_under_the_headline_over_the_posting_account():
    raw = ("<html><body><h1>Trends for 2027</h1><div class='site-author-name'><a href='/a/x'>Harbour Fit Team</a>"
           "</div><p>Text.</p></body></html>")
    assert page_authors(raw, "Lina Tran", None) == ["Harbour Fit Team"]


def test_page_meta_date_printed_before_the_name():
    raw = ("<html><body><h1>What readers love</h1><div class='publish-date-author'>Dec. 19, 2025 &middot; "
           "Rhea Stone\n on behalf of <a href='/t'>the docs team</a></div><p>Text.</p></body></html>")
    assert page_authors(raw, None, None) == ["Rhea Stone"]
    raw = "<html><body><p>By March 3, 2026 · Tarek Haddad and Ines Carvalho</p><p>Text.</p></body></html>"
    assert page_authors(raw, None, None) == ["Tarek Haddad", "Ines Carvalho"]


def test_page_meta_author_links_under_the_headline_add_the_co_authors():
    links = ("<a href='/author/rhea/' class='name'>Rhea Stone</a><span>, </span>"
             "<a href='/author/tarek/' class='name'>Tarek Haddad</a><span> &amp;</span> "
             "<a href='/author/ines/' class='name'>Ines Carvalho</a>")
    raw = f"<html><body><h1>Free courses</h1><div class='t'>{links}</div><p>Text.</p></body></html>"
    assert page_authors(raw, "Rhea Stone", None) == ["Rhea Stone", "Tarek Haddad", "Ines Carvalho"]
    # a link to someone else's page does not overrule the metadata
    other = "<html><body><h1>Free courses</h1><p><a href='/author/ola/'>Ola Berg</a></p></body></html>"
    assert page_authors(other, "Rhea Stone", None) == ["Rhea Stone"]


def test_page_meta_a_list_longer_than_a_byline_adds_no_co_authors():
    people = ", ".join(f"<a href='/staff/p{i}'>{n}</a>" for i, n in enumerate(
        ["Rhea Stone", "Tarek Haddad", "Ines Carvalho", "Ola Berg", "Lars Olsen", "Pavel Horak", "Mira Sepp",
         "Kai Lind", "Ruth Ekdahl", "Oskar Lind"]))
    raw = f"<html><body><p>{people}</p><p>Text.</p></body></html>"
    assert page_authors(raw, None, None) == ["Rhea Stone"]


def test_page_meta_link_to_a_staff_page_inside_running_text_is_no_byline():
    raw = ("<html><body><p>Breathing slows down, says yoga teacher <a href='/staff/ola-berg'>Ola Berg</a>."
           "</p></body></html>")
    assert page_authors(raw, None, None) == []
    raw = "<html><body><p>By <a href='/staff/ola-berg'>Ola Berg</a></p><p>Text.</p></body></html>"
    assert page_authors(raw, None, None) == ["Ola Berg"]
