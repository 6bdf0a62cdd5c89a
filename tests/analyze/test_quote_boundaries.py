"""Where a reported clause ends and starts: what goes on with the clause's own subject and
what opens a second statement (hand-written news)."""

import pytest

from wirescope.analyze.quotes import find_quotes


def _reports(nlp, text):
    return [(q.get("cue"), q["text"]) for q in find_quotes(text, nlp(text), [])]


@pytest.mark.parametrize("text, content", [
    # a verb of wanting, deciding or backing goes on with the clause's own subject
    ("The skipper said she was fed up with the fees and wanted a berth that costs less.\n",
     "she was fed up with the fees and wanted a berth that costs less"),
    ("The crew said that the owner tried to sell the tug, but the harbour board refused to allow it.\n",
     "that the owner tried to sell the tug, but the harbour board refused to allow it"),
    ("Tamm said that she backs a new pier in Tartu but supports towns that want their own.\n",
     "that she backs a new pier in Tartu but supports towns that want their own"),
    # a base form after a cue that is not one hangs on the clause's modal
    ("Saar says he would bring the minister aboard and show him the ferry must keep running.\n",
     "he would bring the minister aboard and show him the ferry must keep running"),
    # a main clause after a fronted one ("since …, he would …") is still the report
    ("The harbour master said that since the ferry was late, he would support a new timetable.\n",
     "that since the ferry was late, he would support a new timetable"),
    # "while" and a stance of the clause's subjects go on with it
    ("The poll showed that 40 percent of dockers backed Tamm, while 30 percent favored Ilves.\n",
     "that 40 percent of dockers backed Tamm, while 30 percent favored Ilves"),
])
def test_reported_clause_goes_on_with_its_own_subject(blank_nlp, text, content):
    assert content in [t for _, t in _reports(blank_nlp, text)]


@pytest.mark.parametrize("text, first, second", [
    # a verb of telling, a stance taken in words or naming opens a second statement
    ("The mayor said the ferry was safe and urged passengers to stay calm.\n",
     ("said", "the ferry was safe"), ("urged", "passengers to stay calm")),
    ("The mayor said the ferry was too old and called it a danger to the port.\n",
     ("said", "the ferry was too old"), ("called", "it a danger to the port")),
    # a phrasal cue ("called on", "called for") tells too
    ("The envoy said the strike was costing shippers millions and called on the port board to reopen the gates.\n",
     ("said", "the strike was costing shippers millions"), ("called on", "the port board to reopen the gates")),
    # "while" and a verb of saying with a new subject: a report of its own
    ("Most dockers said they would vote for Tamm, while a few said they had not decided.\n",
     ("said", "they would vote for Tamm"), ("said", "they had not decided")),
])
def test_reported_clause_ends_before_a_second_statement(blank_nlp, text, first, second):
    reports = _reports(blank_nlp, text)
    assert first in reports and second in reports


def test_report_before_a_later_quote_keeps_its_own_quoted_words(blank_nlp):
    # "rough" is quoted inside the report; the quote after "adding" is a second statement
    text = "In an interview on Monday, Tamm said the tender could be “rough,” adding, “Shipping is rough.”\n"
    reports = {cue: (kind, t) for cue, kind, t in
               [(q["cue"], q["kind"], q["text"]) for q in find_quotes(text, blank_nlp(text), [])]}
    assert reports["said"] == ("mixed", "the tender could be “rough,”")
    assert reports["adding"] == ("direct", "“Shipping is rough.”")


@pytest.mark.parametrize("text, expected", [
    # "despite" before an opening participle: the subject after the comma takes the stance
    ("Despite challenging the port board, Kask said if chosen she could work with its chair.\n",
     [("challenging", "the port board"), ("said", "if chosen she could work with its chair")]),
    # "without" before it: nothing was said of what follows
    ("Without naming the mayor, Tamm said the port had been mismanaged for years.\n",
     [("said", "the port had been mismanaged for years")]),
])
def test_preposition_before_an_opening_participle(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the cue's clause leads into the quoted words: all of it is the statement
    ("Kask said that however the port board rules, “the dockers will not back down.”\n",
     [("said", "that however the port board rules, “the dockers will not back down.”")]),
    # and an opening participle before it still has the speaker after its comma
    ("Promising that her reports would follow the dredging, Kask said that however the port board rules, "
     "“the dockers will not back down.”\n",
     [("Promising", "that her reports would follow the dredging"),
      ("said", "that however the port board rules, “the dockers will not back down.”")]),
    # a place between the cue and the quote is not said
    ("Kask wrote in her new book on the ferries, “Nobody trusts the port board any more.”\n",
     [("wrote", "“Nobody trusts the port board any more.”")]),
])
def test_clause_leading_into_a_quote(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an answer standing for what was said
    ("Asked if he had ever run aground, the captain said no.\n", ("said", "no")),
    ("The tide had already turned when she said that.\n", ("said", "that")),
    # a short report going on after its attribution, with its verb
    ("This season, she says, is harder.\n", ("says", "This season, she says, is harder")),
])
def test_short_reports(blank_nlp, text, expected):
    assert expected in _reports(blank_nlp, text)


def test_said_that_before_a_quote_is_not_an_answer(blank_nlp):
    text = "Tamm said that “the port will stay open.”\n"
    assert _reports(blank_nlp, text) == [("said", "that “the port will stay open.”")]


@pytest.mark.parametrize("text, first", [
    # ", then says …": the subject's next statement ends the stance's object
    ("Roos offered the pilot a berth on her crew, then says she will take tips from any sailor.\n",
     ("offered", "the pilot a berth on her crew")),
    # ", and more than 3 in 10 said …": a subject of a few words before the verb of speech
    ("Most skippers said they were uneasy, and more than 3 in 10 said Kask would run the harbour best.\n",
     ("said", "they were uneasy")),
])
def test_next_statement_ends_the_report(blank_nlp, text, first):
    assert first in _reports(blank_nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a new subject and a verb of speech after a comma end a stance's object
    ("While discussing a post from the port board, Speaker of the House Rep. Jaan Tamm (R-Tartu) said the post "
     "had no place in a wage dispute.\n",
     [("discussing", "a post from the port board"), ("said", "the post had no place in a wage dispute")]),
    # the main clause's verb of speech after a relative clause goes on with its subject
    ("The mayor, who over the years has voiced the wish to lead the port board, told Baltic Wire she would "
     "still think about it.\n",
     [("voiced", "the wish to lead the port board"), ("told", "she would still think about it")]),
    ("A port spokeswoman refused to discuss the tender but said no decision had been taken.\n",
     [("refused", "to discuss the tender"), ("said", "no decision had been taken")]),
])
def test_new_statement_after_a_stance(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


def test_new_subject_after_a_fronted_clause_speaks(blank_nlp):
    text = "But while the harbourmaster is gladly supporting the delay, several people close to the talks say the " \
           "dockers demanded it.\n"
    assert ("say", "the dockers demanded it") in _reports(blank_nlp, text)


@pytest.mark.parametrize("text, expected", [
    # "say" between commas is "for example"
    ("Saar criticized the tender as no cheaper than, say, buying a new tug.\n",
     ("criticized", "the tender as no cheaper than, say, buying a new tug")),
    # a phrase before the reported clause has its verb is no break
    ("The audit found that, measured against 2019, twice as many ferries had engine faults.\n",
     ("found", "that, measured against 2019, twice as many ferries had engine faults")),
])
def test_no_new_statement(blank_nlp, text, expected):
    assert expected in _reports(blank_nlp, text)


@pytest.mark.parametrize("text, expected", [
    # "more likely to say": the verb of speech after a hedge of likelihood reports the subject's answer
    ("Fishermen were somewhat more likely to say they trusted Roos to run the harbour.\n",
     ("say", "they trusted Roos to run the harbour")),
    # a stance verb's clause goes on over a verb of its own subject, as a cue's does
    ("Fishing groups note that Roos backed quotas in 2009 and 2012 and opposed the new breakwater.\n",
     ("note", "that Roos backed quotas in 2009 and 2012 and opposed the new breakwater")),
    # a hearer, then "whether": what was asked
    ("The mayor asked the dockers whether they wanted to work the night shift.\n",
     ("asked", "whether they wanted to work the night shift")),
])
def test_what_the_cue_reports(blank_nlp, text, expected):
    assert expected in _reports(blank_nlp, text)


@pytest.mark.parametrize("text, content", [
    # the source in the middle and the claim's verb after it: the whole sentence is the claim
    ("Conspicuously missing from the briefing, according to captains who talked with journalists later, was any "
     "word on the dredging.\n",
     "Conspicuously missing from the briefing, according to captains who talked with journalists later, was any "
     "word on the dredging"),
    ("Behind the delays, according to Lena Kask, a former pilot, was a plan to sell "
     "the tugboats.\n",
     "Behind the delays, according to Lena Kask, a former pilot, was a plan to sell "
     "the tugboats"),
    # a frame before the source is still left out
    ("According to the union, the pier will close in May.\n", "the pier will close in May"),
])
def test_according_to_in_the_middle(blank_nlp, text, content):
    assert ("according to", content) in [(c.lower(), t) for c, t in _reports(blank_nlp, text)]


@pytest.mark.parametrize("text, content", [
    # after quoted words closing with a comma, "but also hungry …" goes on with the report …
    ("Roos says fishermen are “entitled to be furious,” but also eager for what she calls “a fair quota.”\n",
     "fishermen are “entitled to be furious,” but also eager for what she calls “a fair quota.”"),
    # … "but stopped short …" is the speaker's next act
    ("The mayor described the collision as a “grim night for the port,” but stopped short of blaming the pilot.\n",
     "the collision as a “grim night for the port,”"),
])
def test_report_after_closed_quoted_words(blank_nlp, text, content):
    assert content in [t for _, t in _reports(blank_nlp, text)]


@pytest.mark.parametrize("text, content", [
    # "while" and a participle: the same subject goes on, no second report
    ("Saar said he joined the crew while never feeling at ease with its officers.\n",
     "he joined the crew while never feeling at ease with its officers"),
    ("Tamm said the operators register ships abroad while taking subsidies at home.\n",
     "the operators register ships abroad while taking subsidies at home"),
])
def test_while_and_a_participle_goes_on(blank_nlp, text, content):
    assert ("said", content) in _reports(blank_nlp, text)


def test_pronoun_after_an_abbreviation_opens_a_sentence(blank_nlp):
    text = "Saar says the board has no plan for ferries in the U.K. He says skippers want a new slipway.\n"
    reports = _reports(blank_nlp, text)
    assert ("says", "skippers want a new slipway") in reports
    assert all("He says" not in t for _, t in reports)


@pytest.mark.parametrize("text, content", [
    # the clause goes on after the closing mark up to the sentence end, before the next quote
    ("The yard's order for two tugs, Ms. Lepp said, ''is a clear sign of the shift'' in the "
     "business of towage. ''They're betting the yard.''\n",
     "The yard's order for two tugs, Ms. Lepp said, ''is a clear sign of the shift'' in the "
     "business of towage"),
    # and over quoted words inside it
    ("These records, the inspectors said, “all point the same way” that the ferry met the "
     "“safe manning” rule.\n",
     "These records, the inspectors said, “all point the same way” that the ferry met the "
     "“safe manning” rule"),
])
def test_clause_going_on_after_the_closing_mark(blank_nlp, text, content):
    assert ("said", content) in _reports(blank_nlp, text)


def test_went_on_after_a_quote_attributes_it(blank_nlp):
    text = "“Storms come, don't they?” the mayor went on, barely pausing. “And then they pass.”\n"
    (q,) = find_quotes(text, blank_nlp(text), [])
    assert (q["cue"], q["speaker"]["name"]) == ("went on", "the mayor")
    assert q["text"] == text.strip()


def test_hearer_between_the_cue_and_the_quote(blank_nlp):
    # "told reporters," reports nothing before the quote: the subject before the attribution
    # belongs to the statement, as in "X, she said, “…”"
    text = "One day soon, the pilot told reporters, “the channel will be deep enough.”\n"
    assert _reports(blank_nlp, text) == [("told", text.strip())]


def test_but_he_suggested_is_a_second_statement(blank_nlp):
    text = "Saar said the hull was sound, but he suggested the new owner knows little of boats.\n"
    assert ("said", "the hull was sound") in _reports(blank_nlp, text)


def test_inverted_attribution_is_not_a_statement_of_the_speaker_before(blank_nlp):
    text = ("Even as the regatta heads for Pärnu, a port that she hoped to win, the result will be close, "
            "said Marko Vujović, editor of Baltic Wire.\n")
    assert all(not t.startswith("Marko Vujović") for _, t in _reports(blank_nlp, text))


@pytest.mark.parametrize("text, expected", [
    # a title describing the speaker closes the sentence: all before the attribution is the report
    ("The union has criticized the plan for months, said Anna Rebane, chairwoman of the dockers union.\n",
     [("said", "The union has criticized the plan for months")]),
    ("The result will be close, said Marko Vujović, editor of Baltic Wire.\n",
     [("said", "The result will be close")]),
])
def test_attribution_closing_with_a_title(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "A, and the mayor has vowed …" is a clause of its own, not "A, the mayor said"
    ("Roos leads Saar by 312 votes, and the mayor has vowed to keep going.\n", [("vowed", "to keep going")]),
    ("The pier will close in May, the mayor said.\n", [("said", "The pier will close in May")]),
])
def test_coordinated_clause_is_no_closing_attribution(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


@pytest.mark.parametrize("text", ["Monday said ’s while", "Tamm said the pier is safe while"])
def test_concessive_at_the_end_of_the_text_does_not_crash(blank_nlp, text):
    find_quotes(text, blank_nlp(text), [])
