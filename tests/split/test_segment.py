import pytest

from wirescope import Article, analyze

ART1 = [
    "Kyiv's allies gave a cautious welcome on Tuesday to the new ceasefire proposal drafted by Turkish mediators, "
    "saying the details of monitoring and inspections still had to be worked out.",
    "Estonian Defence Minister Kaja Roos said the plan was “a start, not an end” and urged partners to keep "
    "supplying air defence systems while the talks continue in Istanbul.",
    "“We have seen ceasefires announced before,” Roos said. “We judge them by what happens at the front.”",
    "Turkish officials said the next round of talks on the ceasefire and the inspections regime would open on Friday.",
]
CREDIT = "With assistance from Sofia Reyes and Daniel Osei"
TEASERS = [
    "The Bank of Japan left interest rates unchanged on Wednesday but signalled that it could raise borrowing "
    "costs as early as next quarter if wage growth holds up, sending the yen to its strongest level since",
    "Kenya's parliament approved a package of fuel taxes late on Tuesday after a stormy debate in which opposition "
    "lawmakers walked out of the chamber, saying the measures would hit farmers and commuters who",
]


def texts(raw):
    return list(analyze(Article(raw=raw, kind="text", source="t")))


def test_split_full_article_then_cut_teasers():
    raw = "\n".join(ART1 + [CREDIT] + TEASERS)
    arts = texts(raw)
    assert len(arts) == 3
    assert [a.truncated for a in arts] == [False, True, True]
    assert arts[0].text.endswith("would open on Friday.")
    assert CREDIT not in arts[0].text
    assert arts[1].text.startswith("The Bank of Japan") and arts[2].text.endswith("commuters who")
    for a in arts:
        start, end = a.raw_span
        assert raw[start:end].startswith(a.text.split("\n\n")[0])


def test_split_headline_and_byline_open_a_new_story():
    second = ["Montenegro's rivals trade blows over port deal in final TV debate", "By Lena Hartmann",
              "The two front-runners in Montenegro's parliamentary election clashed on Sunday night over a "
              "disputed lease of the port of Bar, in the last televised debate before the vote.",
              "Marko Vujovic accused the government of selling the port cheaply, a charge the prime minister "
              "rejected as an election stunt aimed at frightening voters."]
    arts = texts("\n".join(["Ceasefire plan wins cautious welcome"] + ART1 + second))
    assert len(arts) == 2
    assert arts[0].title == "Ceasefire plan wins cautious welcome"
    assert arts[1].title == second[0] and arts[1].authors == ["Lena Hartmann"]


def test_split_closing_line_ends_a_story():
    # the same story told again by another outlet: only the closing line tells them apart
    other = ["Turkish mediators said on Tuesday that the ceasefire proposal would be discussed with Kyiv's "
             "allies in Istanbul, where the talks on inspections and monitoring continue.",
             "The Estonian defence minister said the ceasefire talks were a start and urged partners to keep "
             "supplying air defence while the inspections regime is worked out."]
    closer = ("Maria Lind is a freelance journalist based in Tallinn who covers defence. "
              "Follow her on Instagram @marialind.")
    arts = texts("\n".join(ART1 + [closer] + other))
    assert len(arts) == 2
    assert arts[0].text.startswith("Kyiv's allies") and arts[1].text.startswith("Turkish mediators")


def test_split_closing_line_before_any_paragraph_is_no_story():
    # a footer-shaped line at the top (a byline, "Posted on … by …") must not make a story of its own
    raw = "\n".join(["By Maria Lind", "Posted on 12/03/2026 by @marialind"] + ART1)
    arts = texts(raw)
    assert len(arts) == 1 and arts[0].text.startswith("Kyiv's allies")


def test_split_one_article_stays_whole():
    arts = texts("\n\n".join(ART1))
    assert len(arts) == 1 and not arts[0].truncated
    assert arts[0].text == "\n\n".join(ART1)


def test_split_empty_after_cleaning_is_rejected():
    [art] = analyze(Article(raw="Home\nWorld\nSubscribe\n", kind="text", source="t"), include_rejected=True)
    assert art.rejected == "no article text found after cleaning"


def test_split_stream_of_articles_is_not_held_in_memory(tmp_path):
    from wirescope import run

    def stream():
        for i in range(3):
            yield Article(raw="\n".join(ART1).replace("Tuesday", f"day {i}"), kind="text", source=f"s{i}")
    summary = run(stream(), tmp_path / "x.db")
    assert summary.inputs == 3 and summary.statuses["new"] + summary.statuses["near_copy"] == 3


COPPER = [
    "Chile's copper output fell for a third month in September as heavy snow closed mountain roads to the "
    "biggest mines in the Andes, the national statistics institute said on Monday.",
    "Production at state miner Codelco dropped 11% from a year earlier, while output at the privately run "
    "Escondida mine slipped 4%, according to figures from the copper commission.",
    "Analysts at Banco Santander said the shortfall would tighten global supplies of the metal before the "
    "winter and could lift prices on the London Metal Exchange.",
]


def test_split_stories_on_different_subjects_without_any_marker():
    # no headline, byline or credit between them: only the change of subject tells
    arts = texts("\n".join(ART1 + COPPER))
    assert len(arts) == 2
    assert arts[1].text.startswith("Chile's copper output") and not arts[0].truncated


def test_split_short_last_paragraph_stays_with_its_story():
    # a closing paragraph on another subject (market reaction) is not a story of its own
    tail = "Wheat futures in Paris rose 2% in early trading on the news of the talks."
    arts = texts("\n".join(ART1 + [tail]))
    assert len(arts) == 1 and arts[0].text.endswith(tail)


FERRY = [
    "Ferry operators on the Baltic cancelled dozens of crossings between Tallinn and Helsinki on Thursday as "
    "storm Ilse brought gusts of up to 30 metres a second to the Gulf of Finland.",
    "Passengers booked on the cancelled sailings were offered places on Friday's ferries or a full refund, "
    "the operators said in a joint statement on their websites.",
]


def test_split_teaser_cut_after_its_first_words_keeps_them_and_is_truncated():
    # the teaser stops a few words into a paragraph: a line the cleaner alone would drop as furniture
    arts = texts("\n".join(COPPER + FERRY + ["Most of the cancelled crossings"] + ART1))
    assert len(arts) == 3
    assert arts[1].text.endswith("Most of the cancelled crossings") and arts[1].truncated
    assert not arts[0].truncated and not arts[2].truncated


def test_split_closing_note_stays_with_the_story_before_it():
    note = "All timings are based on operator data and may change."
    arts = texts("\n".join(ART1 + [note] + COPPER))
    assert len(arts) == 2
    assert arts[0].text.endswith(note) and arts[1].text.startswith("Chile's copper output")


@pytest.mark.parametrize("last, truncated", [
    ("Turkish officials said the next round of talks would open on", True),
    ("Turkish officials said the next round of talks, which", True),
    ("- The ferry companies include Nordline, Baltica, Seaway and", True),
    ("Talks resume on Friday (the third round since", True),
    ("Historically, when", True),
    ("- What is the difference between", True),
    ("Ferries on the route are always in demand in winter. That's", True),
    ("There are two main kinds of ferry on the route: Nordline and Baltica", True),
    # a signature, a linked title, a URL, a list item, a credit in Title Case: complete
    ("I wish you all a good week! Thanks for reading! Tom", False),
    ("Read our guide before you travel: How to Cross the Baltic in Winter", False),
    ("The full statement is at https://harbourpost.example/ceasefire", False),
    ("- Air defence systems", False),
    ("Ferries fill up early in December. Check out our full guide to the winter crossings here", False),
    ("Maria Lind, Defence Correspondent, Harbour Post", False),
])
def test_split_truncated_flag_reads_the_last_paragraph(last, truncated):
    arts = texts("\n".join(ART1 + [last]))
    assert len(arts) == 1 and arts[0].truncated is truncated


def test_split_article_takes_back_a_cut_off_line_the_cleaner_dropped():
    from wirescope.clean.text import classify_lines
    from wirescope.split import split_article
    raw = "\n".join(COPPER + FERRY + ["Most of the cancelled crossings"] + ART1)
    lines = classify_lines(raw)
    tail = next(ln for ln in lines if ln.text.startswith("Most of"))
    tail.label, tail.reason = "junk", "short"   # as the cleaner labels such a line between some paragraphs
    arts = list(split_article(Article(raw=raw, kind="text", source="t", blocks=lines)))
    assert [a.truncated for a in arts] == [False, True, False]
    assert arts[1].text.endswith("Most of the cancelled crossings")
    assert raw[slice(*arts[1].raw_span)].endswith("Most of the cancelled crossings")


def test_split_truncated_when_the_last_dropped_line_before_the_next_story_is_cut_off():
    # the teaser stops inside its first section: a heading and the section's first words,
    # both dropped by the cleaner, come between its last paragraph and the next story
    from wirescope.clean.text import classify_lines
    from wirescope.split import split_article
    raw = "\n".join(COPPER + FERRY + ["Winter Timetable", "The first of the winter sailings leave"] + ART1)
    lines = classify_lines(raw)
    for ln in lines:
        if ln.text.startswith(("Winter Timetable", "The first of")):
            ln.label, ln.reason = "junk", "short"
    arts = list(split_article(Article(raw=raw, kind="text", source="t", blocks=lines)))
    assert [a.truncated for a in arts] == [False, True, False]
    assert arts[1].text.endswith("full refund, the operators said in a joint statement on their websites.")


def test_split_a_short_line_followed_by_page_furniture_is_no_cut_off_sentence():
    # "Most read this week" over a box of links after the story is the page's, not the
    # first words of a paragraph the paste cut off
    from wirescope.clean.text import classify_lines
    from wirescope.split import split_article
    raw = "\n".join(FERRY + ["Most read this week", "Share", "Copyright 2026 Harbour Post. All rights reserved."])
    lines = classify_lines(raw)
    for ln in lines:
        if ln.text.startswith("Most read"):
            ln.label, ln.reason = "junk", "short"
        elif ln.text in ("Share",) or ln.text.startswith("Copyright"):
            ln.label, ln.reason = "junk", "menu"
    arts = list(split_article(Article(raw=raw, kind="text", source="t", blocks=lines)))
    assert [a.truncated for a in arts] == [False]
    # the same line where the text stops is a paragraph cut off
    raw = "\n".join(FERRY + ["Most read this week"])
    lines = classify_lines(raw)
    for ln in lines:
        if ln.text.startswith("Most read"):
            ln.label, ln.reason = "junk", "short"
    arts = list(split_article(Article(raw=raw, kind="text", source="t", blocks=lines)))
    assert [a.truncated for a in arts] == [True]


_NOTICE = ("“We regret the disruption to passengers and freight customers and are working with the port "
           "authorities, the coast guard and the meteorological office to restore the full timetable as soon "
           "as it is safe to sail again,” the operators said in a statement. Passengers booked on the cancelled "
           "sailings may rebook free of charge online or at any terminal.")


def test_split_an_untitled_paragraph_is_no_story_of_its_own():
    # a statement two stories both carry, pasted on top of one: whole and untitled, it opens
    # the story under it rather than standing as a story (which would make it a copy of the
    # other story's paragraph); under a headline it may stand alone
    arts = texts("\n".join([_NOTICE] + ART1 + COPPER))
    assert len(arts) == 2 and arts[0].text.startswith("“We regret") and arts[1].text.startswith("Chile's")
    headed = texts("\n".join(COPPER + ["Ferry Operators Apologise for Storm Cancellations", _NOTICE] + ART1))
    assert [a.text[:10] for a in headed] == ["Chile's co", "“We regret", "Kyiv's all"]


def _labelled(rows):
    """Labelled lines built by hand: (text, label) pairs, one line each."""
    from wirescope.clean.text import Line
    out, pos = [], 0
    for text, label in rows:
        out.append(Line(start=pos, end=pos + len(text), text=text, words=len(text.split()), stop=0.3, label=label))
        pos += len(text) + 1
    return out


_STORY = ("The harbour board met on Monday to discuss the new ferry timetable, which adds two late sailings "
          "to the island on weekdays from March.")


@pytest.mark.parametrize("rows", [
    # a SQL filter read as a date under a JOIN read as a heading
    [("SELECT u.name, COUNT(o.id) AS orders", "body"), ("LEFT JOIN orders o ON u.id = o.user_id", "heading"),
     ("WHERE o.created_at > '2024-01-01'", "date")],
    # a book list: the "Author:" field over the next field
    [("The Lantern Keepers", "heading"), ("Author: Mira Olsen", "byline"), ("Released: May 2026", "body")],
    # a changelog entry dated over its next field
    [("Add support for saved filters", "heading"), ("2026-03-02:", "date"), ("Internal:", "body")],
    # two sentences are no headline
    [("A ferry pass is a card for island residents. It covers all sailings.", "heading"), ("January 27, 2026", "date")],
])
def test_hard_cuts_skip_list_fields_code_and_sentences(rows):
    from wirescope.split.segment import _hard_segments
    lines = _labelled([(_STORY, "body")] + rows + [(_STORY, "body")])
    assert len(_hard_segments(lines)) == 1


def test_hard_cut_at_headline_over_byline_or_date():
    from wirescope.split.segment import _hard_segments
    for opener in (("By Mira Olsen", "byline"), ("March 2, 2026", "date"), ("Author: Mira Olsen", "byline")):
        lines = _labelled([(_STORY, "body"), ("Island ferries add late sailings", "heading"), opener, (_STORY, "body")])
        assert len(_hard_segments(lines)) == 2


def test_section_heading_continues_the_story_a_headline_does_not():
    from wirescope.split.segment import _continues
    before = [("The harbour board approved the ferry timetable for the island crossing on Monday, adding "
               "late sailings and a second vessel for the winter months.", "body")]
    section = [("What the ferry timetable means for islanders", "heading"),
               ("Islanders who take the late crossing will pay the winter fare on the second vessel.", "body")]
    headline = [("Orchestra names a new conductor", "heading"),
                ("The symphony orchestra chose a violinist from Porto to lead its concerts next season.", "body")]
    assert _continues(_labelled(before + section), 1)
    assert not _continues(_labelled(before + headline), 1)
    assert not _continues(_labelled(before + section[1:] + section[:1]), 1)  # a paragraph, not a heading


def test_rejoin_drops_a_cut_between_sections_of_one_story():
    import numpy as np

    from wirescope.split.segment import _rejoin
    ferry = [("The harbour board approved the ferry timetable for the island crossing, adding late sailings.", "body"),
             ("Islanders said the late sailings on the island crossing would help commuters and the harbour.", "body")]
    concert = [("The symphony orchestra chose a violinist from Porto to lead its concerts next season.", "body"),
               ("Her first concerts with the orchestra open in October with a programme of Portuguese composers.",
                "body")]
    units = _labelled(ferry + ferry + concert)
    closes = np.zeros(len(units), dtype=bool)
    assert _rejoin(units, [2, 4], closes) == [4]
    closes[1] = True   # a closing line ends the first piece: the cut stays
    assert _rejoin(units, [2, 4], closes) == [2, 4]


@pytest.mark.parametrize("prev, nxt, may", [
    ("The minister put it bluntly in her speech to the port workers on Friday, saying that,",
     "“We will not close the harbour while I hold this office.”", False),
    ("Her reply to the committee was short:", "“The timetable stands.”", False),
    ("Her reply to the committee was short:", "The orchestra named a new conductor on Monday.", True),
    ("The harbour board approved the timetable on Monday.", "“It is a start,” said the mayor of the island.", True),
])
def test_may_cut_not_between_a_quote_and_its_lead_in(prev, nxt, may):
    from wirescope.split.segment import _may_cut
    a, b = _labelled([(prev, "body"), (nxt, "body")])
    assert _may_cut(a, b, False, False) is may


@pytest.mark.parametrize("nxt, may", [
    ("Trend #2: Ferries return to the northern islands", False),   # the next numbered section
    ("Tip #3: Book the late sailing early", False),
    ("Step 4: Check the timetable", False),
    ("Ferry operators cut winter fares on the #2 route", True),     # no numbering at its start
])
def test_may_cut_not_before_the_next_numbered_section(nxt, may):
    from wirescope.split.segment import _may_cut
    a, b = _labelled([("The harbour board approved two late sailings for the summer season.", "body"),
                      (nxt, "heading")])
    assert _may_cut(a, b, False, False) is may


@pytest.mark.parametrize("heading, label", [
    ("When I was planning", "body"),                 # a teaser's tail: nothing to do with what follows
    ("Dockers end harbour strike in Gdansk", "heading"),  # its words come back under it
    ("What to Expect", "heading"),                   # Title Case: a section heading
    ("Here is the plan:", "heading"),                # announces what follows
])
def test_story_units_read_a_heading_that_shares_nothing_with_its_paragraph_as_a_tail(heading, label):
    from wirescope.split import story_units
    lines = _labelled([(_STORY, "body"), (heading, "heading"),
                       ("Dockers in Gdansk ended their strike on Monday after the harbour board raised pay.", "body")])
    assert story_units(lines)[1].label == label


def test_split_a_record_named_by_its_container_is_cut_only_at_fixed_cuts():
    # a JSONL object with a title or url is one story: no cut where the subject changes
    raw = "\n".join(ART1 + COPPER)
    assert len(texts(raw)) == 2  # unnamed: read like a pasted file
    [named] = analyze(Article(raw=raw, kind="text", source="x.jsonl:1", given={"title": "Ceasefire plan"}))
    assert named.title == "Ceasefire plan" and named.text.endswith(COPPER[-1])
    # a credit still ends the story before it
    cut = list(analyze(Article(raw="\n".join(ART1 + [CREDIT] + TEASERS), kind="text", source="x.jsonl:2",
                               given={"url": "https://example.org/a"})))
    assert len(cut) == 2 and cut[0].text.endswith("would open on Friday.") and cut[1].truncated
