"""Quotes found in less common shapes of attribution: a hearer with a determiner, a poll
described after its noun, "according to" around a clause or closing it without a comma,
shares of people after a semicolon (hand-written news)."""

import pytest

from wirescope.analyze.quotes import find_quotes


def _quotes(nlp, text):
    return find_quotes(text, nlp(text), [])


def _speaker(text, q):
    s = q["speaker"]["start"]
    return text[s:q["speaker"]["end"]] if s is not None else None


# (text, content, kind, speaker)
FOUND = [
    # a hearer after a determiner, with words of its own, closes the attribution
    ("The senator thanked her staff. “Get your boots on!” she told the cheering crowd.\n",
     "“Get your boots on!”", "direct", "she"),
    ("“Is this fair?” Mr. Dale asked the harbour board.\n", "“Is this fair?”", "direct", "Mr. Dale"),
    # a poll described after its noun frames the clause
    ("In a Harbour TV poll released Monday, 50 percent of voters chose the mayor.\n",
     "50 percent of voters chose the mayor", "indirect", "a Harbour TV poll released"),
    # "according to X" right after a conjunction reports the clause after it
    ("The mayor will skip the parade because, according to her aides, the police did not invite her.\n",
     "the police did not invite her", "indirect", "her aides"),
    # "according to" a source closing the sentence, without a comma
    ("The mayor leads her rival 46 percent to 39 percent according to a poll released Monday.\n",
     "The mayor leads her rival 46 percent to 39 percent", "indirect", "a poll released Monday"),
    ("The ferry lost money for the third year running according to Harbour Watch.\n",
     "The ferry lost money for the third year running", "indirect", "Harbour Watch"),
    # a share of people speaks after a semicolon or a colon
    ("Many are worried; 26% say the pier is unsafe.\n", "the pier is unsafe", "indirect", "26%"),
    ("The town is split: 47 percent say the ferry should stop.\n", "the ferry should stop", "indirect",
     "47 percent"),
    # an infinitive in the phrase of place after "said" is no report of its own
    ("His support moved from Reed to Moss, Wilkin said during his speech to be a delegate.\n",
     "His support moved from Reed to Moss", "indirect", "Wilkin"),
    # a report inside a relative clause ends at the comma before the main clause's verb
    ("The union, which critics say is too close to the mayor, backed the plan.\n",
     "which critics say is too close to the mayor", "indirect", "critics"),
    ("The mayor's vote on the bridge, which she has repeatedly said was a mistake, was a factor in her defeat.\n",
     "which she has repeatedly said was a mistake", "indirect", "she"),
    ("Reed, whose office said the audit was routine, declined to comment.\n", "the audit was routine",
     "indirect", "office"),
    # a source with the year it is from, and people named by a plain noun
    ("As another city study from 2011 noted, the average age of ferry riders was 58.\n",
     "the average age of ferry riders was 58", "indirect", "another city study"),
    ("The answer, the partner told them, was simple.\n", "The answer, the partner told them, was simple",
     "indirect", "the partner"),
    # a cue that is also a plural noun is a verb after an appositive's comma, with "that"
    ("Paul Grant, a local consultant, notes that one ward is enough to win a seat.\n",
     "that one ward is enough to win a seat", "indirect", "Paul Grant, a local consultant"),
    # a short aside between the cue and "that"
    ("He believes, for example, that the ferry should be free for children.\n",
     "that the ferry should be free for children", "indirect", "He"),
    # a quote closing a relative clause ends the report before the main verb
    ('Reed, who thinks the mayor "needs to be more open with the public," backed the plan.\n',
     'the mayor "needs to be more open with the public,"', "direct", "who"),
    # a possessive in the subject of the reported clause
    ("Ted Moss thinks Reed's lead in the east is weak.\n", "Reed's lead in the east is weak", "indirect",
     "Ted Moss"),
    # the question put in "when asked …", with no one named who asked it
    ('"He reads everything," Sam Reed said when asked how the mayor follows the news.\n',
     "how the mayor follows the news", "indirect", None),
    # a statement noun keeps its whole series ("a promise to A, B and C")
    ("Reed made a promise to fix the pier, cut fares and build a new ferry.\n",
     "promise to fix the pier, cut fares and build a new ferry", "indirect", "Reed"),
    ("In her speech, the mayor made no mention of the pier, the ferry or the port.\n",
     "mention of the pier, the ferry or the port", "indirect", "the mayor"),
    # a speaker with an appositive between commas, closing the sentence with the cue
    ("Taxes are a burden on families, Mary Lane, the former mayor of Easton, said.\n",
     "Taxes are a burden on families", "indirect", "Mary Lane, the former mayor of Easton"),
    ("Taxes are “a burden on families” and “hold back every town,” Mary Lane, the former mayor, "
     "told the crowd.\n", "Taxes are “a burden on families” and “hold back every town,”", "direct",
     "Mary Lane, the former mayor"),
    # a quote with its attribution set off by dashes
    ("Neither woman liked the mayor - “Too cold by half,” Ms. Park said - but they would not vote for him.\n",
     "“Too cold by half,”", "direct", "Ms. Park"),
    # a verb of manner before a name, inverted
    ("“This is wonderful!” beamed Tom Reed of Dayton, who came with his daughter.\n", "“This is wonderful!”",
     "direct", "Tom Reed of Dayton"),
    # a subject with an appositive before "says that": not an inverted attribution
    ("Harbor Talent, a sports agency, says that Walker has lost $100,000 for backing the mayor.\n",
     "that Walker has lost $100,000 for backing the mayor", "indirect", "Harbor Talent, a sports agency"),
    # an inverted speaker described by a relative clause
    ("Saving the pier is within the mayor's reach, said a handful of Democrats who point to her record.\n",
     "Saving the pier is within the mayor's reach", "indirect", "a handful of Democrats"),
    # a double hyphen after the attribution closes it
    ("Deficits will rise this year, the budget office reported on Tuesday -- a blow to the mayor.\n",
     "Deficits will rise this year", "indirect", "the budget office"),
    # "As reported by X," frames the clause after it
    ("As reported by the Gazette, investigators found over 2,000 emails on the server.\n",
     "investigators found over 2,000 emails on the server", "indirect", "the Gazette"),
    # the sentence goes on after "!”" in lower case
    ("She declared “What a night!” and said that her campaign would keep going.\n",
     "that her campaign would keep going", "indirect", "She"),
    ('Protesters chanted "What curfew?" and kept going until 2 a.m.\n', '"What curfew?"', "direct", "Protesters"),
    # a place with its state inside the hearer
    ("The senator spoke after the mayor told a town hall in Salem, New Hampshire on Monday that the pier is safe.\n",
     "that the pier is safe", "indirect", "the mayor"),
    # a note speaks like a letter
    ("“You are a total loser! And your book is bad!” the note says.\n",
     "“You are a total loser! And your book is bad!”", "direct", "the note"),
    # the question before "X was asked."
    ("The crowd was loud. Why does the mayor remain so popular? Mr. Reed was asked.\n",
     "Why does the mayor remain so popular?", "indirect", None),
    # an opening phrase, then a subject with a relative clause
    ("Speaking later on the same show, Ann Moss, who has endorsed the mayor, said Reed has pushed the council.\n",
     "Reed has pushed the council", "indirect", "Ann Moss"),
    # what a sign, a letter or an email "reads"
    ('"Closed for repairs until further notice," reads the sign on the pier.\n',
     '"Closed for repairs until further notice,"', "direct", "the sign"),
]


@pytest.mark.parametrize("text, content, kind, speaker", FOUND)
def test_quote_shapes_content_kind_and_speaker(blank_nlp, text, content, kind, speaker):
    q = next(q for q in _quotes(blank_nlp, text) if q["text"] == content)
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
    "“Hamilton,” opened Broadway in 2015 to full houses.\n",
    "EASTON, Ohio - On Friday morning, the third day of his tour, the harbor master told a joke.\n",
    "The note on the table was small.\n",
    "Is the pier safe? The crowd was loud. He was asked.\n",
    "Friday, Ohio, leading a group of 13 states, asked a federal judge to block the rules.\n",
])
def test_quote_shapes_near_misses_find_nothing(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []


def test_quote_shapes_hearer_before_a_clause_is_no_attribution(blank_nlp):
    # "told the board that …" reports a clause of its own: the quote before is not its
    text = "“We will win.” She told the harbour board that the vote was close.\n"
    qs = _quotes(blank_nlp, text)
    assert not any(q["text"].startswith("“We") and q["cue"] == "told" for q in qs)
    assert any(q["text"] == "that the vote was close" for q in qs)



def test_quote_shapes_dash_before_quoted_words_keeps_them_in_the_report(blank_nlp):
    text = 'The mayor asked the crowd to welcome the governor - "my new best friend."\n'
    assert [q["text"] for q in _quotes(blank_nlp, text)] == ['the crowd to welcome the governor - "my new best friend."']


@pytest.mark.parametrize("text", [
    "reported to Mary fix to told 's , says crowd The ,",
    "% Reed . mention to or told or the that of Easton , told of note crowd ,\n",
    ", according to Easton The the - of ,",
])
def test_quote_shapes_attribution_closing_the_text_never_crashes(blank_nlp, text):
    for q in _quotes(blank_nlp, text):
        assert 0 <= q["start"] <= q["end"] <= len(text)
