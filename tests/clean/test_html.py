"""HTML pages to article text and metadata (hand-written pages, no network)."""

from wirescope import Article
from wirescope.clean.html import clean_html

BODY = "".join(f"<p>{p}</p>\n" for p in [
    "The harbour authority of Tallinn said on Monday that the container terminal would reopen on "
    "Thursday after engineers finished checking the cranes damaged in last week's storm.",
    "Operators had diverted more than forty ships to Muuga and Paldiski while the inspections went "
    "on, and shipping agents said the backlog would take at least a week to clear.",
    "“We expect the first vessels to berth on Thursday morning,” the authority's spokeswoman said, "
    "adding that night shifts would be added until the queue was gone.",
    "The storm, the strongest to hit the Estonian coast in a decade, also cut power to thousands of "
    "homes on the islands of Saaremaa and Hiiumaa for most of the weekend.",
])


def page(title: str, byline: str = "", extra_head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{extra_head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article>{byline}{BODY}</article><footer>© 2026 Harbour Post</footer></body></html>")


def clean(raw: str) -> Article:
    return clean_html(Article(raw=raw, kind="html", source="t.html"))


def test_html_text_without_navigation():
    art = clean(page("Tallinn terminal to reopen | Harbour Post"))
    assert art.text.startswith("The harbour authority of Tallinn")
    assert "Home" not in art.text and "© 2026" not in art.text


def test_html_title_loses_site_suffix_and_mojibake():
    art = clean(page("Tallinnâ€™s terminal to reopen on Thursday | Harbour Post"))
    assert art.title == "Tallinn’s terminal to reopen on Thursday"


def test_html_byline_from_author_link_when_metadata_has_none():
    byline = "<p class='meta'>By <a href='/authors/maria-lind/'>Maria Lind</a></p>"
    assert clean(page("Tallinn terminal to reopen", byline)).authors == ["Maria Lind"]


def test_html_site_furniture_links_are_no_byline():
    byline = "<p class='meta'><a href='/profile/login'>Member Login</a></p>"
    assert clean(page("Tallinn terminal to reopen", byline)).authors == []


def test_html_page_without_text_is_rejected():
    art = clean("<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>")
    assert art.rejected == "no main text found in the HTML page"


def test_html_visible_headline_wins_over_a_differently_worded_seo_title():
    raw = page("Top 5 port news stories you need today | Harbour Post").replace(
        "<article>", "<article><h1>Tallinn container terminal reopens after storm repairs</h1>")
    assert clean(raw).title == "Tallinn container terminal reopens after storm repairs"


def test_html_headline_without_the_date_printed_before_it():
    raw = page("Tallinn terminal | Harbour Post").replace(
        "<article>", "<article><h1><time>Mar 4 2026</time> Tallinn container terminal reopens after storm</h1>")
    assert clean(raw).title == "Tallinn container terminal reopens after storm"


def test_html_h1_that_ends_in_a_colon_is_a_label_not_the_headline():
    raw = page("Tallinn container terminal reopens after storm repairs | Harbour Post").replace(
        "<article>", "<article><h1>A message from our publisher:</h1>")
    assert clean(raw).title == "Tallinn container terminal reopens after storm repairs"


def test_html_paragraph_printed_twice_is_kept_once():
    pull = "<p>Operators had diverted more than forty ships to Muuga and Paldiski while the inspections went on, " \
           "and shipping agents said the backlog would take at least a week to clear.</p>"
    raw = page("Tallinn terminal to reopen | Harbour Post").replace("</article>", pull + "<p>Yes.</p><p>Yes.</p></article>")
    text = clean(raw).text
    assert text.count("Operators had diverted more than forty ships") == 1
    assert text.count("Yes.") == 2  # short lines repeat in real text


def test_html_lines_trailing_the_body_from_outside_its_element_are_dropped():
    promo = ("<div class='box'><h3>Plan your next trip with Ferry Finder</h3>"
             "<p>Compare crossings from Tallinn, Helsinki and Stockholm and book in minutes.</p></div>")
    raw = page("Tallinn terminal to reopen | Harbour Post").replace(
        "<article>", "<main><article><div class='story'>").replace(
        "</article>", "</div>" + promo + "</article></main>")
    text = clean(raw).text
    assert text.startswith("The harbour authority of Tallinn")
    assert text.endswith("for most of the weekend.")
    assert "Ferry Finder" not in text


def test_html_body_split_over_sibling_elements_is_kept_whole():
    from wirescope.clean.layout import places

    paras = [f"Paragraph {i} of the report on the harbour, with enough words to count for something."
             for i in range(4)]
    raw = ("<html><body><article><div>" + "".join(f"<p>{p}</p>" for p in paras[:2]) + "</div><div>"
           + "".join(f"<p>{p}</p>" for p in paras[2:]) + "</div></article></body></html>")
    assert all(p is not None and p.in_body and not p.link for p in places(paras, raw))
    assert places(paras[:3] + ["A line the page does not hold."], raw)[3] is None


def test_html_link_list_after_the_body_is_dropped():
    more = "".join(f"<p style='text-align:center'><a href='/ports/{i}'>{t}</a></p>" for i, t in enumerate([
        "Riga port adds a night shift for grain ships", "Gdansk opens its deep-water container quay",
        "Kiel canal tolls rise in spring"]))
    raw = page("Tallinn terminal to reopen | Harbour Post").replace("</article>", more + "</article>")
    text = clean(raw).text
    assert text.endswith("for most of the weekend.")
    assert "Riga" not in text


def test_html_author_biography_after_the_body_is_dropped():
    byline = "<p class='meta'>By <a href='/authors/maria-lind/'>Maria Lind</a></p>"
    bio = ("<p>Maria Lind is a shipping reporter who has covered Baltic ports for the Harbour Post "
           "since 2019.</p><p>Write to her at the newsroom.</p>")
    raw = page("Tallinn terminal to reopen", byline).replace("</article>", bio + "</article>")
    art = clean(raw)
    assert art.authors == ["Maria Lind"]
    assert art.text.endswith("for most of the weekend.")


def test_html_short_lines_above_the_body_from_outside_its_element_are_dropped():
    labels = ("<div class='crumbs'><p>Ports and shipping</p><p>Baltic desk</p></div>"
              "<h2>Tallinn container terminal to reopen</h2><div class='story'>")
    raw = page("Tallinn container terminal to reopen | Harbour Post").replace(
        "<article>", "<article>" + labels).replace("</article>", "</div></article>")
    text = clean(raw).text
    assert text.startswith("Tallinn container terminal to reopen\n\nThe harbour authority of Tallinn")
    assert "Baltic desk" not in text and "Ports and shipping" not in text


def test_html_page_labels_are_recognised():
    from wirescope.clean.html import _page_label

    assert _page_label("Last updated: April 21, 2025", [])
    assert _page_label("- 6 min read", [])
    assert _page_label("By Maria Lind", [])
    assert _page_label("Maria Lind", ["Maria Lind"])
    assert not _page_label("The storm hit on April 21, 2025, and cut power to thousands of homes.", [])
    assert not _page_label("By the time the ships arrived", [])


def test_html_bare_web_address_lines_are_dropped():
    raw = page("Tallinn terminal to reopen | Harbour Post").replace(
        "</article>", "<ul><li>https://example.org/port-report-2026.pdf</li></ul></article>")
    assert "example.org" not in clean(raw).text


def test_html_headline_is_no_body_line_on_a_page_that_declares_an_article():
    raw = page("Tallinn container terminal to reopen | Harbour Post").replace(
        "<article>", "<article><h2>Tallinn container terminal to reopen</h2>")
    assert clean(raw).text.startswith("Tallinn container terminal to reopen\n\n")
    declared = raw.replace("</head>", "<meta property='og:type' content='article'></head>")
    art = clean(declared)
    assert art.title == "Tallinn container terminal to reopen"
    assert art.text.startswith("The harbour authority of Tallinn")


def test_html_affiliate_disclosure_is_dropped():
    note = ("<p>Products are picked by our editors. If you buy through links on this page, "
            "we may earn a commission.</p>")
    raw = page("Tallinn terminal to reopen | Harbour Post").replace("<article>", "<article>" + note)
    text = clean(raw).text
    assert text.startswith("The harbour authority of Tallinn")
    assert "commission" not in text


def test_html_text_that_is_only_trailing_links_is_no_body(monkeypatch):
    import wirescope.clean.html as html_mod
    from wirescope.clean.layout import Place

    links = ["Riga port adds a night shift for grain ships", "Gdansk opens its deep-water container quay",
             "Kiel canal tolls rise in spring"]
    prose = ["The harbour authority said the terminal would reopen on Thursday after the repairs."]
    monkeypatch.setattr(html_mod, "places", lambda lines, raw: [Place(True, ln in links) for ln in lines])
    assert html_mod._body_lines(prose + links, "", None, []) == prose
    assert html_mod._body_lines(links, "", None, []) == []   # an index page: rejected as having no text


def test_html_paywall_prompt_is_dropped():
    prompt = ("<p>This article is exclusive to Harbour Post Plus subscribers</p>"
              "<p>Unlock this article and every port report with a subscription.</p>"
              "<p>Already have an account? Log in</p>")
    raw = page("Tallinn terminal to reopen | Harbour Post").replace("</article>", prompt + "</article>")
    text = clean(raw).text
    assert text.endswith("for most of the weekend.")


def test_html_feed_summary_loses_its_read_on_link_and_is_truncated():
    summary = ("More than forty ships are waiting off Tallinn for the terminal to reopen on Thursday. "
               "<a href='https://harbourpost.test/tallinn'>Continue reading →</a>")
    art = clean_html(Article(raw=summary, kind="html", source="feed.rss#0", given={"summary_only": True}))
    assert art.text == "More than forty ships are waiting off Tallinn for the terminal to reopen on Thursday."
    assert art.truncated


def test_html_syndication_footer_of_a_feed_is_dropped():
    footer = ("<p>The post Tallinn terminal to reopen after storm checks appeared first on "
              "Harbour Post.</p>")
    raw = page("Tallinn terminal to reopen | Harbour Post").replace("</article>", footer + "</article>")
    text = clean(raw).text
    assert text.endswith("for most of the weekend.")
    assert "appeared first" not in text
