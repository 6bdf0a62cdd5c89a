"""Quotes found in less common shapes of attribution: a hearer with a determiner, a poll
described after its noun, "according to" around a clause or closing it without a comma,
shares of people after a semicolon (hand-written news)."""

import pytest

from .quotehelp import quote_with as _quote_with, quotes_of as _quotes, speaker_text as _speaker


# (text, content, kind, speaker)
FOUND = [
    # a hearer after a determiner, with words of its own, closes the attribution
    ("The captain thanked her crew. “Hold the line!” she told the cheering dockers.\n",
     "“Hold the line!”", "direct", "she"),
    ("“Is this legal?” Mr. Tamm asked the port board.\n", "“Is this legal?”", "direct", "Mr. Tamm"),
    # a poll described after its noun frames the clause
    ("In a Baltic Wire survey released Thursday, 41 percent of ferry users picked the new levy.\n",
     "41 percent of ferry users picked the new levy", "indirect", "a Baltic Wire survey released"),
    # "according to X" right after a conjunction reports the clause after it
    ("Captain Roos will miss the regatta because, according to her crew, the organisers never sent a pass.\n",
     "the organisers never sent a pass", "indirect", "her crew"),
    # "according to" a source closing the sentence, without a comma
    ("Kaja Roos is ahead of Ivo Saar by 44 points to 37 according to a survey out Thursday.\n",
     "Kaja Roos is ahead of Ivo Saar by 44 points to 37", "indirect", "a survey out Thursday"),
    ("The ferry lost money for the third year running according to Harbour Watch.\n",
     "The ferry lost money for the third year running", "indirect", "Harbour Watch"),
    # a share of people speaks after a semicolon or a colon
    ("Many are worried; 26% say the pier is unsafe.\n", "the pier is unsafe", "indirect", "26%"),
    ("The town is split: 47 percent say the ferry should stop.\n", "the ferry should stop", "indirect",
     "47 percent"),
    # an infinitive in the phrase of place after "said" is no report of its own
    ("His vote went from Tamm to Kask, Lind said during his bid to be a harbour commissioner.\n",
     "His vote went from Tamm to Kask", "indirect", "Lind"),
    # a report inside a relative clause ends at the comma before the main clause's verb
    ("The dockers' union, which rivals say is too cosy with the port authority, signed the deal.\n",
     "which rivals say is too cosy with the port authority", "indirect", "rivals"),
    ("The councillor's support for the ferry levy, which she has often said was an error, was a factor in her loss.\n",
     "which she has often said was an error", "indirect", "she"),
    ("Vujović, whose office said the inspection was standard, declined to comment.\n", "the inspection was standard",
     "indirect", "office"),
    # a source with the year it is from, and people named by a plain noun
    ("As another port survey from 2014 noted, most night-ferry passengers were over 60.\n",
     "most night-ferry passengers were over 60", "indirect", "another port survey"),
    ("The trouble, the lawyer told them, was the fog.\n", "The trouble, the lawyer told them, was the fog",
     "indirect", "the lawyer"),
    # a cue that is also a plural noun is a verb after an appositive's comma, with "that"
    ("Lena Kask, a shipping analyst, notes that one berth is enough to keep the line running.\n",
     "that one berth is enough to keep the line running", "indirect", "Lena Kask, a shipping analyst"),
    # a short aside between the cue and "that"
    ("She believes, for instance, that the night ferry should carry pensioners free.\n",
     "that the night ferry should carry pensioners free", "indirect", "She"),
    # a quote closing a relative clause ends the report before the main verb
    ('Tamm, who thinks the port board "has to explain its fees to the fishermen," voted for the levy.\n',
     'the port board "has to explain its fees to the fishermen,"', "direct", "who"),
    # a possessive in the subject of the reported clause
    ("Ivo Saar thinks Kask's lead in the harbour wards is shaky.\n", "Kask's lead in the harbour wards is shaky",
     "indirect", "Ivo Saar"),
    # the question put in "when asked …", with no one named who asked it
    ('"She checks every manifest," Ivo Saar said when asked how the harbourmaster runs the port.\n',
     "how the harbourmaster runs the port", "indirect", None),
    # a statement noun keeps its whole series ("a promise to A, B and C")
    ("Reed made a promise to fix the pier, cut fares and build a new ferry.\n",
     "promise to fix the pier, cut fares and build a new ferry", "indirect", "Reed"),
    ("In her address, the mayor made no mention of the dredging, the levy or the strike.\n",
     "mention of the dredging, the levy or the strike", "indirect", "the mayor"),
    # a speaker with an appositive between commas, closing the sentence with the cue
    ("Port fees are a drag on fishermen, Anu Lepp, the former harbourmaster of Haapsalu, said.\n",
     "Port fees are a drag on fishermen", "indirect", "Anu Lepp, the former harbourmaster of Haapsalu"),
    ("Port fees are “a drag on fishermen” and “empty every harbour,” Anu Lepp, the former harbourmaster, "
     "told the crowd.\n", "Port fees are “a drag on fishermen” and “empty every harbour,”", "direct",
     "Anu Lepp, the former harbourmaster"),
    # a quote with its attribution set off by dashes
    ("Neither skipper trusted the port board - “Too slow by far,” Ms. Lepp said - but they would not strike.\n",
     "“Too slow by far,”", "direct", "Ms. Lepp"),
    # a verb of manner before a name, inverted
    ("“What a ship!” beamed Ivo Saar of Pärnu, who came down to the quay with his son.\n", "“What a ship!”",
     "direct", "Ivo Saar of Pärnu"),
    # a subject with an appositive before "says that": not an inverted attribution
    ("Nordic Crew, a staffing agency, says that Tamm has lost $80,000 for backing the strike.\n",
     "that Tamm has lost $80,000 for backing the strike", "indirect", "Nordic Crew, a staffing agency"),
    # an inverted speaker described by a relative clause
    ("Reopening the ferry line is within Roos's grasp, said a group of councillors who cite her port work.\n",
     "Reopening the ferry line is within Roos's grasp", "indirect", "a group of councillors"),
    # a double hyphen after the attribution closes it
    ("Cargo volumes will fall this year, the port authority reported on Wednesday -- a blow to Roos.\n",
     "Cargo volumes will fall this year", "indirect", "the port authority"),
    # "As reported by X," frames the clause after it
    ("As reported by the Harbour Post, inspectors found over 300 tonnes of undeclared cargo on the ferry.\n",
     "inspectors found over 300 tonnes of undeclared cargo on the ferry", "indirect", "the Harbour Post"),
    # the sentence goes on after "!”" in lower case
    ("She declared “Home at last!” and said that the crew had earned a rest.\n",
     "that the crew had earned a rest", "indirect", "She"),
    ('Dockers chanted "Whose port?" and marched on past midnight.\n', '"Whose port?"', "direct", "Dockers"),
    # a place with its state inside the hearer
    ("The strike ended after the harbourmaster told a meeting in Klaipeda, Lithuania on Tuesday that the berth is safe.\n",
     "that the berth is safe", "indirect", "the harbourmaster"),
    # a note speaks like a letter
    ("“You are a coward! And your ships are rust!” the note says.\n",
     "“You are a coward! And your ships are rust!”", "direct", "the note"),
    # the question before "X was asked."
    ("The hall was noisy. Why is the port board still in charge? Mr. Saar was asked.\n",
     "Why is the port board still in charge?", "indirect", None),
    # an opening phrase, then a subject with a relative clause
    ("Speaking afterwards on the same radio show, Lena Kask, who has endorsed Roos, said Vujović has stalled the dredging.\n",
     "Vujović has stalled the dredging", "indirect", "Lena Kask"),
    # what a sign, a letter or an email "reads"
    ('"Closed for repairs until further notice," reads the sign on the pier.\n',
     '"Closed for repairs until further notice,"', "direct", "the sign"),
]


@pytest.mark.parametrize("text, content, kind, speaker", FOUND)
def test_quote_shapes_content_kind_and_speaker(blank_nlp, text, content, kind, speaker):
    q = _quote_with(blank_nlp, text, content)
    assert (q["kind"], _speaker(text, q)) == (kind, speaker)


@pytest.mark.parametrize("text", [
    "The vote was held according to the rules.\n",
    "Work on the bridge went according to plan.\n",
    "The boxes were sorted according to size and weight.\n",
    "In a small town outside Tartu, the ferry stops twice a day.\n",
    "The man walked along the pier, painted red, in the rain.\n",
    "The notes, which were found in a drawer, show little.\n",
    "She was asked to the party by a friend.\n",
    "He read the letter aloud to the council on Monday.\n",
    "She reads the paper every morning before work.\n",
    "“Moby Dick,” opened at the Harbour Theatre in 2019 to full houses.\n",
    "HAAPSALU, Estonia - On Sunday evening, the last night of the regatta, the pilot sang a shanty.\n",
    "The note on the table was small.\n",
    "Is the pier safe? The crowd was loud. He was asked.\n",
    "Tuesday, Latvia, heading a group of six ports, asked a maritime judge to halt the tariff.\n",
])
def test_quote_shapes_near_misses_find_nothing(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []


def test_quote_shapes_hearer_before_a_clause_is_no_attribution(blank_nlp):
    # "told the board that …" reports a clause of its own: the quote before is not its
    text = "“We will sail.” She told the port board that the vote was close.\n"
    qs = _quotes(blank_nlp, text)
    assert not any(q["text"].startswith("“We") and q["cue"] == "told" for q in qs)
    assert any(q["text"] == "that the vote was close" for q in qs)


def test_quote_shapes_dash_before_quoted_words_keeps_them_in_the_report(blank_nlp):
    text = 'The captain asked the passengers to greet the pilot - "our guardian angel."\n'
    assert [q["text"] for q in _quotes(blank_nlp, text)] == ['the passengers to greet the pilot - "our guardian angel."']


@pytest.mark.parametrize("text", [
    "reported to Mary fix to told 's , says crowd The ,",
    "% Reed . mention to or told or the that of Easton , told of note crowd ,\n",
    ", according to Easton The the - of ,",
])
def test_quote_shapes_attribution_closing_the_text_never_crashes(blank_nlp, text):
    for q in _quotes(blank_nlp, text):
        assert 0 <= q["start"] <= q["end"] <= len(text)
