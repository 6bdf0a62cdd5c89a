"""Where a reported clause ends and starts: what goes on with the clause's own subject and
what opens a second statement (hand-written news)."""

import pytest

from wirescope.analyze.quotes import find_quotes


def _reports(nlp, text):
    return [(q.get("cue"), q["text"]) for q in find_quotes(text, nlp(text), [])]


@pytest.mark.parametrize("text, content", [
    # a verb of wanting, deciding or backing goes on with the clause's own subject
    ("The mayor said she was tired of the delays and wanted a ferry that runs on time.\n",
     "she was tired of the delays and wanted a ferry that runs on time"),
    ("The union said that the company tried to close the pier, but a judge refused to let it.\n",
     "that the company tried to close the pier, but a judge refused to let it"),
    ("Tamm said that she backs a new pier in Tartu but supports towns that want their own.\n",
     "that she backs a new pier in Tartu but supports towns that want their own"),
    # a base form after a cue that is not one hangs on the clause's modal
    ("Tamm says he would sit the minister down and tell him the port must stay open.\n",
     "he would sit the minister down and tell him the port must stay open"),
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
    ("The envoy said the blockade was costing exporters millions and called on the police to reopen the road.\n",
     ("said", "the blockade was costing exporters millions"), ("called on", "the police to reopen the road")),
    # "while" and a verb of saying with a new subject: a report of its own
    ("Most dockers said they would vote for Tamm, while a few said they had not decided.\n",
     ("said", "they would vote for Tamm"), ("said", "they had not decided")),
])
def test_reported_clause_ends_before_a_second_statement(blank_nlp, text, first, second):
    reports = _reports(blank_nlp, text)
    assert first in reports and second in reports


def test_report_before_a_later_quote_keeps_its_own_quoted_words(blank_nlp):
    # "messy" is quoted inside the report; the quote after "adding" is a second statement
    text = "In an interview on Monday, Tamm said the process could be “messy,” adding, “Ports are messy.”\n"
    reports = {cue: (kind, t) for cue, kind, t in
               [(q["cue"], q["kind"], q["text"]) for q in find_quotes(text, blank_nlp(text), [])]}
    assert reports["said"] == ("mixed", "the process could be “messy,”")
    assert reports["adding"] == ("direct", "“Ports are messy.”")


@pytest.mark.parametrize("text, expected", [
    # "despite" before an opening participle: the subject after the comma takes the stance
    ("Despite challenging the mayor, Tamm said if elected she could work with the council.\n",
     [("challenging", "the mayor"), ("said", "if elected she could work with the council")]),
    # "without" before it: nothing was said of what follows
    ("Without naming the mayor, Tamm said the port had been mismanaged for years.\n",
     [("said", "the port had been mismanaged for years")]),
])
def test_preposition_before_an_opening_participle(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the cue's clause leads into the quoted words: all of it is the statement
    ("Ilves said that whatever choice voters make, “they should not trust the mayor.”\n",
     [("said", "that whatever choice voters make, “they should not trust the mayor.”")]),
    # and an opening participle before it still has the speaker after its comma
    ("Promising that his columns would look at the port, Ilves said that whatever choice voters make, "
     "“they should not trust the mayor.”\n",
     [("Promising", "that his columns would look at the port"),
      ("said", "that whatever choice voters make, “they should not trust the mayor.”")]),
    # a place between the cue and the quote is not said
    ("Ilves wrote in his new book on the port, “Nobody trusts the mayor any more.”\n",
     [("wrote", "“Nobody trusts the mayor any more.”")]),
])
def test_clause_leading_into_a_quote(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an answer standing for what was said
    ("Asked if he was ever bullied, the mayor said no.\n", ("said", "no")),
    ("The ferry was late again by the time he said that.\n", ("said", "that")),
    # a short report going on after its attribution, with its verb
    ("This campaign, he says, is different.\n", ("says", "This campaign, he says, is different")),
])
def test_short_reports(blank_nlp, text, expected):
    assert expected in _reports(blank_nlp, text)


def test_said_that_before_a_quote_is_not_an_answer(blank_nlp):
    text = "Tamm said that “the port will stay open.”\n"
    assert _reports(blank_nlp, text) == [("said", "that “the port will stay open.”")]


@pytest.mark.parametrize("text, first", [
    # ", then says …": the subject's next statement ends the stance's object
    ("Tamm offered the man a job at the port, then says he will welcome advice from anyone.\n",
     ("offered", "the man a job at the port")),
    # ", and more than 4 in 10 said …": a subject of a few words before the verb of speech
    ("Most voters said they were worried, and more than 4 in 10 said Tamm would be best for the port.\n",
     ("said", "they were worried")),
])
def test_next_statement_ends_the_report(blank_nlp, text, first):
    assert first in _reports(blank_nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a new subject and a verb of speech after a comma end a stance's object
    ("While discussing a tweet from the mayor, Speaker of the House Rep. Jaan Tamm (R-Tartu) said the tweet "
     "had no place in a campaign.\n",
     [("discussing", "a tweet from the mayor"), ("said", "the tweet had no place in a campaign")]),
    # the main clause's verb of speech after a relative clause goes on with its subject
    ("The mayor, who in the past has voiced the desire to run for governor, told the Harbour Post she would "
     "still consider it.\n",
     [("voiced", "the desire to run for governor"), ("told", "she would still consider it")]),
    ("The spokesman refused to answer questions on the ferry but said there was no meeting planned.\n",
     [("refused", "to answer questions on the ferry"), ("said", "there was no meeting planned")]),
])
def test_new_statement_after_a_stance(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


def test_new_subject_after_a_fronted_clause_speaks(blank_nlp):
    text = "But while the mayor is happily supporting the delay, multiple sources privy to the talks say the union " \
           "insisted on it.\n"
    assert ("say", "the union insisted on it") in _reports(blank_nlp, text)


@pytest.mark.parametrize("text, expected", [
    # "say" between commas is "for example"
    ("Tamm criticized the plan as no better than, say, the old ferry.\n",
     ("criticized", "the plan as no better than, say, the old ferry")),
    # a phrase before the reported clause has its verb is no break
    ("The survey found that, compared with last year, three times as many dockers said their pay was better.\n",
     ("found", "that, compared with last year, three times as many dockers said their pay was better")),
])
def test_no_new_statement(blank_nlp, text, expected):
    assert expected in _reports(blank_nlp, text)


@pytest.mark.parametrize("text, expected", [
    # "more likely to say": the verb of speech after a hedge of likelihood reports the subject's answer
    ("Dockers were slightly more likely to say they preferred the mayor to handle the port.\n",
     ("say", "they preferred the mayor to handle the port")),
    # a stance verb's clause goes on over a verb of its own subject, as a cue's does
    ("Harbour groups note that the mayor backed bans in 2003 and 2005 and opposed the new pier.\n",
     ("note", "that the mayor backed bans in 2003 and 2005 and opposed the new pier")),
    # a hearer, then "whether": what was asked
    ("The mayor asked the workers whether they planned to attend the meeting.\n",
     ("asked", "whether they planned to attend the meeting")),
])
def test_what_the_cue_reports(blank_nlp, text, expected):
    assert expected in _reports(blank_nlp, text)


@pytest.mark.parametrize("text, content", [
    # the source in the middle and the claim's verb after it: the whole sentence is the claim
    ("Notably absent from the meeting, according to members who spoke with reporters afterward, was any "
     "mention of the ferry.\n",
     "Notably absent from the meeting, according to members who spoke with reporters afterward, was any "
     "mention of the ferry"),
    ("At the heart of the trouble, according to the harbour master, a former sailor, was a decision to sell "
     "the pier.\n",
     "At the heart of the trouble, according to the harbour master, a former sailor, was a decision to sell "
     "the pier"),
    # a frame before the source is still left out
    ("According to the union, the pier will close in May.\n", "the pier will close in May"),
])
def test_according_to_in_the_middle(blank_nlp, text, content):
    assert ("according to", content) in [(c.lower(), t) for c, t in _reports(blank_nlp, text)]


@pytest.mark.parametrize("text, content", [
    # after quoted words closing with a comma, "but also hungry …" goes on with the report …
    ("Tamm says voters are “right to be angry,” but also hungry for what she calls “real solutions.”\n",
     "voters are “right to be angry,” but also hungry for what she calls “real solutions.”"),
    # … "but stopped short …" is the speaker's next act
    ("The mayor described the incident as a “terrible situation,” but stopped short of blaming the union.\n",
     "the incident as a “terrible situation,”"),
])
def test_report_after_closed_quoted_words(blank_nlp, text, content):
    assert content in [t for _, t in _reports(blank_nlp, text)]


@pytest.mark.parametrize("text, content", [
    # "while" and a participle: the same subject goes on, no second report
    ("Tamm said he joined the union while never feeling comfortable with its leaders.\n",
     "he joined the union while never feeling comfortable with its leaders"),
    ("Tamm said the firms ship jobs overseas while claiming tax breaks at home.\n",
     "the firms ship jobs overseas while claiming tax breaks at home"),
])
def test_while_and_a_participle_goes_on(blank_nlp, text, content):
    assert ("said", content) in _reports(blank_nlp, text)


def test_pronoun_after_an_abbreviation_opens_a_sentence(blank_nlp):
    text = "Tamm says the mayor has no plan for the port in the U.S. He says voters want a new pier.\n"
    reports = _reports(blank_nlp, text)
    assert ("says", "voters want a new pier") in reports
    assert all("He says" not in t for _, t in reports)


@pytest.mark.parametrize("text, content", [
    # the clause goes on after the closing mark up to the sentence end, before the next quote
    ("The club's investment in its pier, Ms. Tanzer said, ''is a perfect example of the response'' to the "
     "changing economics of ferries. ''They're spending a fortune.''\n",
     "The club's investment in its pier, Ms. Tanzer said, ''is a perfect example of the response'' to the "
     "changing economics of ferries"),
    # and over quoted words inside it
    ("These sources, the lawyers said, “all command the same conclusion” that Tamm complies with the "
     "“natural born” rule.\n",
     "These sources, the lawyers said, “all command the same conclusion” that Tamm complies with the "
     "“natural born” rule"),
])
def test_clause_going_on_after_the_closing_mark(blank_nlp, text, content):
    assert ("said", content) in _reports(blank_nlp, text)


def test_went_on_after_a_quote_attributes_it(blank_nlp):
    text = "“You know, it happens, right?” the mayor went on, as if she did not hear him. “But you get over it.”\n"
    (q,) = find_quotes(text, blank_nlp(text), [])
    assert (q["cue"], q["speaker"]["name"]) == ("went on", "the mayor")
    assert q["text"] == text.strip()


def test_hearer_between_the_cue_and_the_quote(blank_nlp):
    # "told reporters," reports nothing before the quote: the subject before the attribution
    # belongs to the statement, as in "X, she said, “…”"
    text = "Sooner or later, the harbour master told reporters, “it starts to pay off.”\n"
    assert _reports(blank_nlp, text) == [("told", text.strip())]


def test_but_he_suggested_is_a_second_statement(blank_nlp):
    text = "Tamm said the pier was safe, but he suggested the mayor is no sailor.\n"
    assert ("said", "the pier was safe") in _reports(blank_nlp, text)


def test_inverted_attribution_is_not_a_statement_of_the_speaker_before(blank_nlp):
    text = ("Even as the campaign moves to Tartu, a town that she hoped to carry, the race will be tight, "
            "said Dan Gerstein, director of Harbour Writers.\n")
    assert all(not t.startswith("Dan Gerstein") for _, t in _reports(blank_nlp, text))


@pytest.mark.parametrize("text, expected", [
    # a title describing the speaker closes the sentence: all before the attribution is the report
    ("The union has criticized the plan for months, said Anna Rebane, chairwoman of the dockers union.\n",
     [("said", "The union has criticized the plan for months")]),
    ("The race will be tight, said Dan Gerstein, director of Harbour Writers.\n",
     [("said", "The race will be tight")]),
])
def test_attribution_closing_with_a_title(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "A, and the mayor has vowed …" is a clause of its own, not "A, the mayor said"
    ("Tamm leads Ilves by 271 votes, and the mayor has vowed to fight on.\n", [("vowed", "to fight on")]),
    ("The pier will close in May, the mayor said.\n", [("said", "The pier will close in May")]),
])
def test_coordinated_clause_is_no_closing_attribution(blank_nlp, text, expected):
    assert _reports(blank_nlp, text) == expected


@pytest.mark.parametrize("text", ["Monday said ’s while", "Tamm said the pier is safe while"])
def test_concessive_at_the_end_of_the_text_does_not_crash(blank_nlp, text):
    find_quotes(text, blank_nlp(text), [])
