"""Forum threads and product pages pasted as text: the posts and the description stay,
the member cards, button rows and buyers' reviews around them go."""

import pytest

from wirescope.clean.text import classify_lines

POST = ("I replaced the pump on my old coffee grinder last winter and it has run quietly since, "
        "but this week it started to stall whenever the hopper is more than half full.")
REPLY = ("That sounds like the motor brushes are worn down, which happens after a few years of daily use; "
         "they are cheap to replace and you only need a small screwdriver to reach them.")
THANKS = ("Thanks for the tip about the brushes, I ordered a new pair from the maker and will report back "
          "once I have fitted them over the weekend.")

THREAD = f"""Grinder stalls when the hopper is full
marta_k
1,204 posts · Joined 2019
{POST}
Click to expand...
Reply Quote Like
3 Likes
oldbrewer
Well-known member
Posts: 8,415
{REPLY}
Last edited by oldbrewer
Reply Quote
marta_k
{THANKS}
This topic was automatically closed after 30 days. New replies are no longer allowed.
You must log in or register to reply here.
"""


def labels(raw):
    return {ln.text: (ln.label, ln.reason) for ln in classify_lines(raw)}


def test_clean_threads_keep_posts_and_drop_member_cards_and_buttons():
    got = labels(THREAD)
    for post in (POST, REPLY, THANKS):
        assert got[post][0] == "body", post
    for line in ("1,204 posts · Joined 2019", "3 Likes", "Click to expand...", "Well-known member", "Posts: 8,415",
                 "Last edited by oldbrewer",
                 "This topic was automatically closed after 30 days. New replies are no longer allowed.",
                 "You must log in or register to reply here."):
        assert got[line] == ("junk", "forum"), line
    for line in ("Reply Quote Like", "Reply Quote"):
        assert got[line] == ("junk", "buttons"), line


@pytest.mark.parametrize("line, buttons", [
    ("Reply Quote Like", True), ("Copy link to reply", True), ("Share 12", True), ("Log in Register", True),
    ("What I like", False), ("Like the river, the road bends", False), ("2024", False)])
def test_clean_threads_button_rows(line, buttons):
    (ln,) = classify_lines(line)
    assert (ln.reason == "buttons") is buttons


DESCRIPTION = [
    "The Alder lamp is turned from a single piece of ash and finished with a clear oil that lets the grain show.",
    "Its linen shade softens the light for reading, and the brass switch on the cord is easy to find in the dark.",
    "Each lamp is made to order in our workshop and ships within three weeks with a two-year warranty.",
]
REVIEWS = [
    "Lovely lamp, the wood is even nicer than in the photos and it arrived well packed after two weeks.",
    "The shade was a little creased when it came but it relaxed after a day, otherwise a beautiful piece.",
]


def test_clean_threads_drop_buyers_reviews_after_the_description():
    raw = "\n".join(["Alder table lamp", "$189", *DESCRIPTION, "128 Reviews", "Sort by newest",
                     *REVIEWS])
    got = labels(raw)
    for para in DESCRIPTION:
        assert got[para][0] == "body", para
    assert got["128 Reviews"] == ("junk", "reviews")
    for review in REVIEWS:
        assert got[review][0] == "junk", review


def test_clean_threads_reviews_menu_entry_opens_no_zone():
    # A bare "Reviews" in a menu above the story is a menu entry, not a header over reviews.
    raw = "\n".join(["Home", "Reviews", "Guides", *DESCRIPTION, *REVIEWS])
    got = labels(raw)
    for para in DESCRIPTION + REVIEWS:
        assert got[para][0] == "body", para


def test_clean_threads_repeated_paragraph_kept_once():
    signature = "Grinding beans since the last century, one burr at a time."
    raw = "\n".join([POST, signature, "oldbrewer said:", POST, REPLY, signature, THANKS])
    got = [(ln.text, ln.label, ln.reason) for ln in classify_lines(raw)]
    assert [(t, label) for t, label, _ in got if t == POST] == [(POST, "body"), (POST, "junk")]
    assert [reason for t, _, reason in got if t == signature][1] == "repeat"
    assert [label for t, label, _ in got if t in (REPLY, THANKS)] == ["body", "body"]


def test_clean_threads_repeated_list_items_and_teasers_stay():
    items = ["Pros:", "- Quiet motor", "Cons:", "- Small hopper"]
    raw = "\n".join([POST, *items, REPLY, *items, THANKS])
    for ln in classify_lines(raw):
        assert ln.reason != "repeat", ln.text
    # a teaser standing alone above, then the story it leads to
    raw = "\n".join(["Grinder maker recalls older models", POST, "Share this story",
                     "Grinder maker recalls older models", POST, REPLY, THANKS])
    assert [ln.label for ln in classify_lines(raw) if ln.text == POST][-1] == "body"


def test_clean_threads_long_rows_of_names_make_no_story():
    # A list of papers whose long author rows were read as body: rows without function words
    # are no paragraphs of a story, so the page is a list page and its entries stay.
    from wirescope.clean.text import Line, _prose_less

    lines = []
    for n in range(4):
        lines.append(Line(0, 0, f"How grinder burrs wear out, part {n + 1}", 10, 0.3, label="junk", reason="short"))
        lines.append(Line(0, 0, "Author, " * 20, 20, 0.0, label="body"))
        lines += [Line(0, 0, f"Comments: {k} pages, accepted at the workshop", 10, 0.3, label="junk", reason="short")
                  for k in range(6)]
    _prose_less(lines, english=True)
    assert [ln.label for ln in lines[:3]] == ["body", "body", "body"]
    assert lines[0].reason == "list"


def test_clean_threads_cookie_preference_centre_goes():
    centre = ["Privacy Preference Center", "Allow All", "Manage Consent Preferences", "Always Active",
              "These cookies help us count visits so we can measure and improve the performance of our site.",
              "These technologies let our site remember the choices you make, such as your language.",
              "Confirm My Choices"]
    got = labels("\n".join([POST, REPLY, THANKS, *centre]))
    for line in centre:
        assert got[line][0] == "junk", line
    # a story's sentence opening the same way stays
    story = ("These technologies are changing how small workshops repair grinders, and several of them "
             "now share their parts lists online.")
    assert labels("\n".join([POST, story, REPLY]))[story][0] == "body"
