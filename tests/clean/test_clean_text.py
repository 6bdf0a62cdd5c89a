import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope.clean.meta import find_datetime, find_outlet, parse_byline
from wirescope.clean.text import classify_lines, ends_mid_sentence

BODY = ("The harbour authority said on Monday that the two berths damaged in the attack would reopen "
        "within a week, and that grain exports would resume as soon as insurers agreed new terms.")

PAGE = f"""Skip to content
Home
World
Opinion
Edit post

Drones strike Danube grain terminal overnight

by Anna Kovacs March 2, 2026 9:15 AM 3 min read
Firefighters work at the terminal on March 2, 2026. (Dmytro Savchuk/Harbour Post)
This audio version was generated with AI assistance

{BODY}

“We will rebuild what was burned,” the port director told reporters, standing beside the charred silos.
Advertisement
{BODY.replace('Monday', 'Tuesday')}

Grain prices jump as Danube route closes again
Traders in Constanta said shipments could be delayed for weeks, and several buyers were already looking for cargoes…

News Feed

3:28 PM

Kremlin denies talks on energy strikes.

The denial came a day after reports that the two sides were discussing a moratorium on attacks against power plants and refineries.
MORE NEWS
Enter your email to subscribe
* indicates required
Subscribe
© 2026 Harbour Post. All rights reserved.
"""


def labels(raw):
    return {ln.text: (ln.label, ln.reason) for ln in classify_lines(raw)}


def test_clean_text_keeps_body_and_drops_furniture():
    got = labels(PAGE)
    kept = [t for t, (label, _) in got.items() if label == "body"]
    assert kept == [BODY, "“We will rebuild what was burned,” the port director told reporters, "
                          "standing beside the charred silos.", BODY.replace("Monday", "Tuesday")]
    assert got["Drones strike Danube grain terminal overnight"][0] == "heading"
    assert got["by Anna Kovacs March 2, 2026 9:15 AM 3 min read"][0] == "byline"
    for line, reason in [("Skip to content", "menu"), ("Advertisement", "menu"), ("News Feed", "section"),
                         ("3:28 PM", "timestamp"), ("* indicates required", "form"),
                         ("Firefighters work at the terminal on March 2, 2026. (Dmytro Savchuk/Harbour Post)", "caption")]:
        assert got[line] == ("junk", reason), line
    assert got["Grain prices jump as Danube route closes again"][0] == "junk"  # teaser headline
    assert got["The denial came a day after reports that the two sides were discussing a moratorium "
               "on attacks against power plants and refineries."][0] == "junk"  # news-feed item


@pytest.mark.parametrize("text, cut", [
    ("It ended here.", False), ("He said: “no.”", False), ("This is especially", True),
    ("The hearings have, so far,", True), ("to bring both sides back to the harbour negotia…", True),
    ("Rates are 15.3%.6", False), ("a | b | c | d", False), ("Great product.\" — Jane D.", False), ("", False)])
def test_clean_text_ends_mid_sentence(text, cut):
    assert ends_mid_sentence(text) is cut


@pytest.mark.parametrize("line, value", [
    ("by Lena Hartmann November 12, 2024 3:47 PM 2 min read", "2024-11-12T15:47:00"),
    ("Published: 2026-03-05 10:02 GMT", "2026-03-05T10:02:00"),
    ("Sat 7 Mar 2026 18.40 GMT", "2026-03-07T18:40:00"),
    ("Updated March 10, 2026 6:41 pm ET", "2026-03-10T18:41:00"),
    ("4 March 2026", "2026-03-04"),
    ("Oct. 29, 2024", "2024-10-29")])
def test_clean_meta_find_datetime(line, value):
    assert find_datetime(line)[0] == value


@pytest.mark.parametrize("line, names", [
    ("By Piotr Lis and Kadri Saar", ["Piotr Lis", "Kadri Saar"]),
    ("by Lena Hartmann November 12, 2024 3:47 PM 2 min read", ["Lena Hartmann"]),
    ("BY JANE DOE", ["Jane Doe"]),
    ("Eleanor Whitcombe | 3 March 2026", ["Eleanor Whitcombe"]),
    ("By the way, the talks failed.", None),
    ("The minister spoke on Monday.", None)])
def test_clean_meta_parse_byline(line, names):
    assert parse_byline(line) == names


def test_clean_meta_outlet_from_copyright():
    assert find_outlet("© 2026 Baltic Wire. All rights reserved.") == "Baltic Wire"
    assert find_outlet("The talks resumed.") is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_clean_text_any_input_spans_inside(raw):
    for ln in classify_lines(raw):
        assert 0 <= ln.start <= ln.end <= len(raw)
        assert raw[ln.start:ln.end] == ln.text


def test_clean_text_keeps_lists_inside_the_body_but_not_lone_labels():
    raw = "\n".join([BODY, "The ministers agreed on three steps:", "Joint gas purchases",
                     "A price corridor for ninety days", "Emergency storage targets",
                     BODY.replace("Monday", "Friday"), "AD Slot", BODY.replace("Monday", "Sunday")])
    got = labels(raw)
    for item in ("Joint gas purchases", "A price corridor for ninety days", "Emergency storage targets"):
        assert got[item][0] in ("body", "heading"), item  # both stay in the text
    assert got["AD Slot"][0] == "junk"


_FORM_BITS = ["Enter your email", "e-mail address", "Sign up for our", "newsletter", "Privacy Policy",
              "terms of use", "We use cookies", "All rights reserved", "© 2031", "Copyright", "By clicking",
              "JavaScript is disabled", "Opens in new window", "Download our app", "You have 3 free articles",
              "Create a free account", "the ferry left", "signal", "mailbox", " ", "\n", "Ü", "ǅ", "İ",
              "SİGN UP FOR OUR", "ſign up for the", "COOKİE POLİCY", "prıvacy policy", "\u212a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FORM_BITS), max_size=6).map("".join))
def test_form_gate_is_exact(text):
    """The keyword gate before the FORM pattern never changes its answer."""
    from wirescope.clean import lexicon as lx
    assert lx.is_form(text) == (lx.FORM.search(text) is not None)


@pytest.mark.parametrize("text", [
    "Additional contributions by Mari Tamm and Jonas Feldt.",
    "Rudi Koval contributed to this article.",
    "(Additional reporting by Ana Silva)",
    "The post Ferry resumes service after repairs appeared first on Harbour Post.",
    "This article was originally published on The Baltic Ledger.",
])
def test_clean_text_contributor_credits(text):
    raw = "The ferry resumed service on Monday after a week of repairs, the port said in a statement.\n" + text
    assert labels(raw)[text][0] == "credit"


_TEASERS = [("Ferry strike ends after nine days", "Dock workers in Tallinn voted to accept a wage offer on Sunday, and the "
             "first sailings to Helsinki are expected to leave on Monday morning."),
            ("Grain corridor talks stall in Ankara", "Negotiators left the Turkish capital without a date for the next "
             "round, diplomats said, after a dispute over inspections of ships."),
            ("Baltic power link repaired ahead of winter", "Engineers finished work on the damaged cable two weeks early, "
             "the grid operator said, restoring full capacity between the two countries.")]


def _front(intro: str) -> str:
    """A section front: optional story paragraphs, a "Latest news" header, headline + summary teasers."""
    items = "\n".join(f"{head}\n{summary}\n" for head, summary in _TEASERS)
    return f"Home\nWorld\n{intro}\nLatest news\n{items}\nMORE NEWS\n"


def test_clean_text_section_front_keeps_its_teasers():
    """On a page with no story of its own, the list of other stories is the content."""
    got = labels(_front(""))
    for head, summary in _TEASERS:
        assert got[summary][0] == "body", summary
        assert got[head][0] == "heading", head
    assert got["Home"][0] == "junk"


def test_clean_text_teasers_after_a_story_stay_furniture():
    """Near miss: the same teasers below a story of the page's own are other stories."""
    story = "\n".join(BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday"))
    got = labels(_front(story))
    assert got[BODY][0] == "body"
    for head, summary in _TEASERS:
        assert got[summary] == ("junk", "feed"), summary
        assert got[head] == ("junk", "feed"), head


_COMMENTS = ["Marta K.", "March 3, 2026 at 9:14 am", "Good reporting, but what about the smaller ports on the river? "
             "Nobody seems to ask the people who work there what they think about the new terms.", "Reply"]


@pytest.mark.parametrize("header", ["14 Comments", "Comments", "Comments (2)", "3 thoughts on “Drones strike Danube "
                                    "grain terminal”", "Join the conversation", "Reader Interactions"])
def test_clean_text_drops_readers_comments_after_a_story(header):
    story = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday")]
    got = labels("\n".join([*story, header, *_COMMENTS, _COMMENTS[2].replace("river", "coast")]))
    assert all(got[p][0] == "body" for p in story)
    assert got[header] == ("junk", "comments")
    assert got[_COMMENTS[2]][0] == "junk"
    assert got[_COMMENTS[2].replace("river", "coast")][0] == "junk"  # comments run to the end


def test_clean_text_comment_count_over_the_story_is_no_comments_header():
    """Near miss: a count next to the byline comes before the story, which stays."""
    story = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday")]
    got = labels("\n".join(["Drones strike Danube grain terminal", "By Anna Kovacs", "6 comments", *story]))
    assert all(got[p][0] == "body" for p in story)


def test_clean_text_answers_under_many_comment_headers_stay():
    """Near miss: a comments header under every post is a Q&A thread, whose posts are content."""
    posts = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]
    raw = "\n".join([*posts[:3], "Comments", posts[3], "2 Comments", posts[4], "Comments", "Add a comment"])
    got = labels(raw)
    assert all(got[p][0] == "body" for p in posts)


@pytest.mark.parametrize("header, is_section", [
    ("About the author", True), ("About the Authors:", True), ("More articles by Anna Kovacs", True),
    ("Recent posts", True), ("Similar stories", True), ("More like this", True), ("Related reads", True),
    ("Recent posts on social media angered the minister.", False), ("About the authorities in Kherson", False),
    ("More stories emerged from the port on Friday", False)])
def test_clean_text_section_headers(header, is_section):
    from wirescope.clean import lexicon as lx
    assert bool(lx.SECTION.match(header)) is is_section


def test_clean_text_drops_the_author_card_after_a_story():
    story = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday")]
    bio = ("Anna Kovacs is a correspondent covering shipping and the Black Sea ports, based in Odesa "
           "since 2019.")
    got = labels("\n".join([*story, "About the author", bio, "Follow Anna on Bluesky"]))
    assert all(got[p][0] == "body" for p in story)
    assert got[bio] == ("junk", "feed")


def test_clean_text_list_may_hold_a_few_one_word_items():
    items = ["Pros", "Quick crossings in calm weather", "Cheap season tickets for residents", "Dogs travel free",
             "Cons", "No night sailings after October", "Cars must be booked a day ahead"]
    got = labels("\n".join([BODY, *items, BODY.replace("Monday", "Friday")]))
    assert all(got[item][0] in ("body", "heading") for item in items)  # both stay in the text


def test_clean_text_menu_between_paragraphs_is_no_list():
    """Near miss: mostly one-word lines between paragraphs are a menu."""
    menu = ["World", "Europe", "Business", "Sport Live", "Culture"]
    got = labels("\n".join([BODY, *menu, BODY.replace("Monday", "Friday")]))
    assert all(got[item][0] == "junk" for item in menu)


@pytest.mark.parametrize("line", [
    "29-13 final: Maye 295 yds, Walker 135 yds, Smith-Njigba 98 yds, Henry 74 yds, Barner 40 yds",
    "git commit -m 'Add the ferry timetable' && git push origin main --force-with-lease",
])
def test_clean_text_long_line_between_paragraphs_stays(line):
    """Twelve words or more between two paragraphs belong to them, punctuated or not."""
    got = labels("\n".join([BODY, line, BODY.replace("Monday", "Friday")]))
    assert got[line][0] == "body"


def test_clean_text_long_line_after_the_story_stays_out():
    """Near miss: a long unpunctuated line with no paragraph after it is no part of the story."""
    line = "Home News Sport Business Culture Travel Weather Podcasts Newsletters Archive Contact Careers Jobs"
    got = labels("\n".join([BODY, BODY.replace("Monday", "Friday"), line, "© 2026 Harbour Post"]))
    assert got[line][0] == "junk"


@pytest.mark.parametrize("line", [
    "This website uses cookies to improve your experience while you navigate through the website. Out of these, "
    "the cookies that are categorized as necessary are stored on your browser as they are essential for the working "
    "of basic functionalities of the website, and we also use third-party cookies that help us analyze usage.",
    "We and our 842 partners store and/or access information on a device, such as unique IDs in cookies.",
    "Necessary cookies are absolutely essential for the website to function properly.",
    "Oops! Something went wrong while submitting the form.",
    "Save my name, email, and website in this browser for the next time I comment.",
    "We may earn a commission when you buy through links on our site.",
    "Learn more", "Get started", "Advertisement - Continue Reading Below"])
def test_clean_text_consent_forms_and_buttons_are_junk(line):
    got = labels("\n".join([BODY, line, BODY.replace("Monday", "Friday")]))
    assert got[line][0] == "junk", line


@pytest.mark.parametrize("line", [
    "Regulators said on Tuesday that websites which use cookies to track readers across borders would face "
    "fines, and that the port authority's own site was among those under review.",
    "The minister said the company may earn millions from the new terminal, which opens in May."])
def test_clean_text_news_about_cookies_or_earnings_stays(line):
    assert labels("\n".join([BODY, line]))[line][0] == "body"


_SECTIONS = ["Why the terminal matters", "What happens next"]


def test_clean_text_drops_a_table_of_contents():
    paragraphs = [BODY, BODY.replace("Monday", "Friday")]
    raw = "\n".join(["Table of contents", *_SECTIONS, "", _SECTIONS[0], paragraphs[0], _SECTIONS[1], paragraphs[1]])
    lines = classify_lines(raw)
    assert [ln.label for ln in lines[:3]] == ["junk"] * 3
    assert [ln.label for ln in lines[3:]] == ["heading", "body", "heading", "body"]


def test_clean_text_contents_header_over_a_paragraph_keeps_it():
    """Near miss: a 'Contents' label right over the story drops nothing of it."""
    got = labels("\n".join(["Contents", BODY, BODY.replace("Monday", "Friday")]))
    assert got[BODY][0] == "body"


_HEAD_BITS = ["Read more: ", "Related", "Latest news", "14 Comments", "Share", "3:28 PM", "This website uses cookies",
              "Table of contents", "[ Opens in new window ]", "Photo: ", "With reporting by ", "Anna Kovacs", "·",
              " ", "\n", ":", "»", "İ", "ſ", "2026", "the port reopened"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_BITS), max_size=5).map("".join))
def test_clean_text_head_pattern_is_the_patterns_in_order(text):
    """The combined first-pass pattern names the first of the separate patterns that matches."""
    from wirescope.clean import lexicon as lx
    from wirescope.clean.text import _HEAD, _HEADS
    order = [("credit", lx.CREDIT), ("section", lx.SECTION), ("comments", lx.COMMENTS), ("menu", lx.UI),
             ("timestamp", lx.TIMESTAMP), ("consent", lx.CONSENT), ("toc", lx.TOC), ("teaser", lx.TEASER),
             ("bracketed", lx.BRACKETED), ("caption", lx.CAPTION_LEAD)]
    expected = next((name for name, rx in order if rx.match(text)), None)
    head = _HEAD.match(text)
    assert (head.lastgroup if head else None) == expected
    head = _HEADS.match(text, lx.folded(text))  # the alternatives the first character allows
    assert (head.lastgroup if head else None) == expected


def test_clean_text_line_trailing_off_between_paragraphs_stays():
    pause = "And then the sirens started again…"
    got = labels("\n".join([BODY, pause, BODY.replace("Monday", "Friday")]))
    assert got[pause][0] == "body"


def test_clean_text_excerpt_after_a_headline_stays_a_teaser():
    """Near miss: a cut excerpt under a headline is another story's teaser."""
    teaser = "Traders in Constanta said shipments could be delayed for weeks, and several buyers were…"
    got = labels("\n".join([BODY, "Grain prices jump as Danube route closes again", teaser,
                            BODY.replace("Monday", "Friday")]))
    assert got[teaser] == ("junk", "excerpt")


_FOOTER = ["Share", "Facebook", "Twitter", "Email", "Print", "Home", "World", "Business"]
_BLURB = "Get the morning briefing in your inbox, with the day's biggest stories from the Black Sea ports."


def test_clean_text_drops_a_blurb_far_from_the_story():
    story = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday")]
    got = labels("\n".join([*story, *_FOOTER, _BLURB, "Contact us"]))
    assert all(got[p][0] == "body" for p in story)
    assert got[_BLURB] == ("junk", "stray")


def test_clean_text_brief_under_a_byline_far_from_the_story_stays():
    """Near miss: a short story of its own, opened by a byline, is no blurb."""
    story = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday")]
    got = labels("\n".join([*story, *_FOOTER, "Ferry strike ends", "By Piotr Lis", _BLURB]))
    assert got[_BLURB][0] == "body"


def test_clean_text_paragraph_after_a_long_list_stays():
    """Near miss: short lines alone (a list of the story's) set nothing apart."""
    story = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday")]
    items = [f"Berth {n}" for n in "ABCDEFGH"]
    got = labels("\n".join([*story, *items, _BLURB]))
    assert got[_BLURB][0] == "body"


_JOBS = ["Senior harbour pilot, Constanta", "Night shift crane operator (m/f/d)", "Customs broker for grain cargoes",
         "Marine insurance claims handler", "Port security officer, Odesa region"]


def test_clean_text_page_without_prose_keeps_its_list():
    """A directory or a front page of headlines has no story: its list is the content."""
    got = labels("\n".join(["Home", "Jobs", "Sign in", "Open positions", *_JOBS, "Contact", "Privacy Policy"]))
    assert all(got[job] == ("body", "list") for job in _JOBS)
    assert got["Home"][0] == "junk" and got["Privacy Policy"][0] == "junk"


def test_clean_text_page_with_a_story_keeps_its_menu_out():
    """Near miss: the same lines around a story are furniture."""
    story = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday")]
    got = labels("\n".join(["Open positions", *_JOBS, "Latest", *story]))
    assert all(got[p][0] == "body" for p in story)
    assert all(got[job][0] == "junk" for job in _JOBS)


_CUT = [("Ferry strike ends after nine days", "Dock workers in Tallinn voted to accept a wage offer on Sunday, and the…"),
        ("Grain corridor talks stall", "Negotiators left the Turkish capital without a date for the next round of…"),
        ("Baltic power link repaired", "Engineers finished work on the damaged cable two weeks early, the grid…")]


def test_clean_text_page_of_cut_teasers_keeps_them():
    """A blog's front page: headlines over excerpts cut off with '…' are its content."""
    got = labels("\n".join(["Home", "Archive", *[line for pair in _CUT for line in pair], "About"]))
    for head, excerpt in _CUT:
        assert got[excerpt][0] == "body" and got[head][0] == "heading", head


def test_clean_text_headline_written_as_a_sentence_above_a_byline():
    raw = ("In Tulcea, ferry crews count the days to a truce they do not quite trust\n\n"
           "by Anna Lind March 11, 2026 6:05 AM\n\n"
           "TULCEA, Romania — The ferry to the delta villages ran twice on Tuesday, the first time in a "
           "week that the crews had dared to cross after the drone alerts of the weekend.\n")
    labels = [(ln.label, ln.text[:20]) for ln in classify_lines(raw)]
    assert labels[0] == ("heading", "In Tulcea, ferry cre")
    assert labels[1][0] == "byline"


def test_clean_text_headline_over_a_standfirst_over_a_byline():
    raw = ("Home\nWorld\nBusiness | Energy\n\n"
           "Brussels caps gas prices for 90 days after late-night deal\n\n"
           "Hungary and Slovakia abstain as ministers agree ceiling on benchmark contract\n\n"
           "Piotr Lis and Kadri Saar, Baltic Wire | 7 March 2026\n"
           "BRUSSELS, March 6 (Baltic Wire) - European Union energy ministers agreed on Friday to "
           "impose a temporary ceiling on wholesale gas prices for 90 days.\n")
    got = {ln.text[:20]: ln.label for ln in classify_lines(raw)}
    assert got["Brussels caps gas pr"] == "heading" and got["Hungary and Slovakia"] == "heading"
    assert got["Piotr Lis and Kadri "] == "byline" and got["Home"] == "junk"
    from wirescope import Article, analyze
    art = next(iter(analyze([Article(raw=raw, kind="text", source="x")], language_layer=False)))
    assert art.title == "Brussels caps gas prices for 90 days after late-night deal"
    assert art.authors == ["Piotr Lis", "Kadri Saar"]


def test_clean_text_name_in_place_above_a_date_is_a_byline():
    raw = ("Coalition talks open in Podgorica as the largest party looks for partners\n"
           "Ruth Pemberton in Podgorica\n"
           "Sun 8 Mar 2026 22.35 GMT\n\n"
           "The party that won Sunday's election opened talks with two smaller parties on Monday, "
           "seeking a majority before the new parliament meets in April.\n")
    lines = classify_lines(raw)
    assert lines[1].label == "byline" and lines[1].authors == ["Ruth Pemberton"]
    # a headline of the same shape with no date under it stays a headline
    raw2 = "Protests Spread in Tbilisi\n\nThousands marched on Sunday against the new law, the third weekend in a row of protests.\n"
    assert classify_lines(raw2)[0].label != "byline"


_CREDIT_BITS = ["Crowds at the port", " (", ")", "Jane Doe", "/", " / ", "Reuters", "REUTERS", "AP", "ap photo", "Photo: ",
                "Getty Images", "via Getty Images", "image", "Credit", "XİNHUA", "tass", ".", " ", "and/or"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_BITS), min_size=1, max_size=6).map("".join).filter(lambda t: t == t.strip()))
def test_clean_text_credit_gate_is_exact(text):
    """The cheap test before the caption-credit pattern passes every line the pattern matches."""
    from wirescope.clean import lexicon as lx
    from wirescope.clean.text import _maybe_credit
    assert _maybe_credit(text, lx.folded(text)) or lx.CAPTION_CREDIT.search(text) is None


def test_clean_text_intro_over_a_table_of_contents_stays():
    """A table of contents is the story's own: the paragraph over it is no stray blurb."""
    intro = "Refinishing an old dresser takes a weekend, a few tools and some patience, and the result lasts for years."
    entries = ["Supplies", "Stripping the old finish", "Sanding", "Staining", "Sealing", "Hardware", "Final thoughts"]
    body = [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday")]
    got = labels("\n".join(["Home", "Shop", "Subscribe", intro, "Table of Contents", *entries, *body]))
    assert got[intro][0] == "body"
    assert all(got[e][1] == "toc" for e in entries)


@pytest.mark.parametrize("line", ["Read more »", "Keep reading", "Continue reading →"])
def test_clean_text_read_on_links_are_menu_lines(line):
    raw = "The ferry resumed service on Monday after a week of repairs, the port said in a statement.\n" + line
    assert labels(raw)[line] == ("junk", "menu")
