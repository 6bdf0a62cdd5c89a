"""Quotes and speakers on hand-written news (a blank pipeline: rules only)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope.analyze.canonical import canonical_entities
from wirescope.analyze.entities import find_mentions
from wirescope.analyze.quotes import find_quotes, quote_spans

STORY = """Estonian Prime Minister Kaja Ilves said on Monday that the port would reopen within days.
“We will not be intimidated by anyone,” Ilves told reporters in Tallinn. “The terminal is safe.”
“Every ship will be inspected,” she said.
The attack was the work of a hostile state, a Western official said.
According to the harbour authority, 40 vessels are waiting offshore.
Minister of Defence Hanno Pevkur called the outage “a deliberate act of sabotage.”
The talks with the harbour unions on Tuesday were “constructive,” the ministry said in a statement.
Pevkur said: “We know who did this.”
"""


def _quotes(nlp, text):
    doc = nlp(text)
    ents = canonical_entities(text, find_mentions(doc))
    return find_quotes(text, doc, ents)


def _by_text(quotes, needle):
    return next(q for q in quotes if needle in q["text"])


@pytest.mark.parametrize("needle, kind, speaker, cue", [
    ("the port would reopen", "indirect", "Kaja Ilves", "said"),
    ("We will not be intimidated", "direct", "Kaja Ilves", "told"),
    ("The terminal is safe", "direct", "Kaja Ilves", "told"),        # one statement around its attribution
    ("Every ship will be inspected", "direct", "Kaja Ilves", "said"),  # "she" -> Ilves
    ("hostile state", "indirect", "a Western official", "said"),
    ("40 vessels", "indirect", "the harbour authority", "According to"),
    ("deliberate act of sabotage", "direct", "Hanno Pevkur", "called"),   # mostly his words
    ("constructive", "mixed", "the ministry", "said"),
    ("We know who did this", "direct", "Hanno Pevkur", "said"),
])
def test_quotes_kinds_and_speakers(blank_nlp, needle, kind, speaker, cue):
    q = _by_text(_quotes(blank_nlp, STORY), needle)
    assert (q["kind"], q["speaker"]["name"], q["cue"]) == (kind, speaker, cue)
    assert STORY[q["start"]:q["end"]] == q["text"]


def test_quotes_speaker_entity_ids(blank_nlp):
    doc = blank_nlp(STORY)
    ents = canonical_entities(STORY, find_mentions(doc))
    ilves = next(e for e in ents if e["name"] == "Kaja Ilves")
    quotes = find_quotes(STORY, doc, ents)
    assert _by_text(quotes, "Every ship")["speaker"]["entity"] == ilves["id"]
    assert _by_text(quotes, "hostile state")["speaker"]["entity"] is None


def test_quotes_scare_quotes_are_not_quotes(blank_nlp):
    text = "The so-called “peace plan” was published on a Tuesday in the capital.\n"
    assert _quotes(blank_nlp, text) == []


def test_quotes_running_quote_across_paragraphs():
    text = "“The first paragraph of a long statement goes on,\n“and the second one ends it.”\nAfter that, silence."
    assert quote_spans(text) == [(0, text.index("”") + 1)]


@pytest.mark.parametrize("text", ["He said “unbalanced and never closed\nNext paragraph.",
                                  '"', "“”", "said said said", "”reversed“ marks, he said."])
def test_quotes_unbalanced_marks_never_crash(blank_nlp, text):
    for q in _quotes(blank_nlp, text):
        assert 0 <= q["start"] <= q["end"] <= len(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab said, told“”\".:\n He She Ilves")), max_size=120))
def test_quotes_property_spans_inside_text(text):
    for q in find_quotes(text):
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
        sp = q["speaker"]
        if sp["start"] is not None:
            assert 0 <= sp["start"] <= sp["end"] <= len(text)


def test_quotes_named_speaker_missed_by_ner_gets_an_entity():
    from wirescope.analyze.quotes import speakers_as_entities
    text = "Ilves said on Wednesday that the harbour was working normally again after the attack."
    quotes = find_quotes(text)
    entities = [{"id": "e1", "name": "Tallinn", "type": "GPE", "mentions": [], "roles": []}]
    speakers_as_entities(quotes, entities)
    assert quotes[0]["speaker"]["entity"] == "e2"
    assert entities[1] == {"id": "e2", "name": "Ilves", "type": "PERSON", "mentions": [[0, 5]],
                           "roles": []}


@pytest.mark.parametrize("text", [
    "Officials said on Wednesday that the harbour was working normally again.",
    "Police said they had detained two men near the polling station on Sunday.",
    "Traders said prices would fall. Several traders sold early.",
    "Opposition MPs said the inquiry would start in April. The opposition holds 30 seats.",
    "Shipowners said the higher premiums would be passed on to exporters.",
])
def test_quotes_described_speaker_gets_no_entity(text):
    from wirescope.analyze.quotes import speakers_as_entities
    quotes = find_quotes(text)
    entities: list = []
    speakers_as_entities(quotes, entities, text)
    assert quotes and entities == [] and quotes[0]["speaker"]["entity"] is None


REPORTS = """Marta Oksanen, the founder of a veterans' charity that runs shelters in three regions, said the winter would be the hardest yet.
The ferry subsidy passed thanks to Finance Minister Petri Lahti, who said he hopes to pay out the first grants in March.
The skipper said she had grown weary of the port board's delays.
Roos's visit to the shipyards, officials said, was meant to reassure the dock crews.
Sorry, Lahti said.
Lahti criticized the opposition's budget plan, saying it would cut pensions.
Oksanen calls for a public inquiry into the delays.
A spokesman for Lahti said the minister would not resign.
In a new survey, most residents were unhappy with the ferry service.
Coastal militias have stepped up attacks on two fuel depots by the river.
“I think the ferries will run again by May,” Oksanen said.
"""


@pytest.mark.parametrize("needle, kind, speaker, cue", [
    ("the winter would be the hardest", "indirect", "Marta Oksanen", "said"),   # long appositive
    ("the first grants in March", "indirect", "Petri Lahti", "said"),       # ", who said"
    ("she had grown weary", "indirect", "The skipper", "said"),          # a description
    ("was meant to reassure", "indirect", "officials", "said"),                # attribution mid-sentence
    ("Sorry", "indirect", "Petri Lahti", "said"),
    ("budget plan", "indirect", "Petri Lahti", "criticized"),                 # a stance
    ("it would cut pensions", "indirect", "Petri Lahti", "saying"),           # continues the speaker
    ("a public inquiry", "indirect", "Oksanen", "calls for"),        # no NER here: the name as written
    ("the minister would not resign", "indirect", "A spokesman for Lahti", "said"),
    ("most residents were unhappy", "indirect", "a new survey", "In"),
])
def test_quotes_reports_and_stances(blank_nlp, needle, kind, speaker, cue):
    q = _by_text(_quotes(blank_nlp, REPORTS), needle)
    assert (q["kind"], q["speaker"]["name"], q["cue"]) == (kind, speaker, cue)


def test_quotes_mid_sentence_attribution_keeps_the_whole_report(blank_nlp):
    q = _by_text(_quotes(blank_nlp, REPORTS), "was meant to reassure")
    assert q["text"].startswith("Roos's visit to the shipyards")


def test_quotes_spokesman_for_someone_is_not_that_person(blank_nlp):
    q = _by_text(_quotes(blank_nlp, REPORTS), "the minister would not resign")
    assert q["speaker"]["entity"] is None


def test_quotes_nouns_and_quoted_cues_are_not_reports(blank_nlp):
    quotes = _quotes(blank_nlp, REPORTS)
    assert not any("two depots" in q["text"] for q in quotes)         # "attacks" is a noun here
    inner = [q for q in quotes if "ferries will run" in q["text"]]
    assert [q["kind"] for q in inner] == ["direct"]                     # no indirect "I think …" inside


@pytest.mark.parametrize("line, speaker, said", [
    ("INTERVIEW – Marta Oksanen: Winter Ferries Need New Hulls\n", "Marta Oksanen",
     "Winter Ferries Need New Hulls"),
    ("Oksanen: Well, the budget is balanced.\n", "Oksanen", "Well, the budget is balanced"),
])
def test_quotes_headline_and_transcript_colons(blank_nlp, line, speaker, said):
    q = _quotes(blank_nlp, line)[0]
    assert (q["speaker"]["name"], q["text"], q["cue"]) == (speaker, said, ":")


@pytest.mark.parametrize("line", ["Update: The story has been corrected.\n",
                                  "Helsinki: The city was calm on Sunday.\n"])
def test_quotes_labels_and_datelines_do_not_speak(blank_nlp, line):
    assert _quotes(blank_nlp, line) == []


def test_quotes_reports_after_a_direct_quote_continue_its_speaker(blank_nlp):
    text = ("“The port is safe,” Lahti said on Monday, warning against any delay in the repairs, "
            "pledging to “reopen every berth by May.”\n")
    quotes = _quotes(blank_nlp, text)
    assert [(q["kind"], q["cue"]) for q in quotes] == [("direct", "said"), ("indirect", "warning"),
                                                       ("direct", "pledging")]
    assert len({q["speaker"]["name"] for q in quotes}) == 1


@pytest.mark.parametrize("text, n_quotes", [
    ("“The bridge is safe,” Ilves said on Monday, “but the ferry is not.”\n", 1),
    ("“The bridge is safe,” Ilves said, but “the ferry is not ready for winter.”\n", 1),
    # a new cue between the two quotes makes a second statement
    ("“The bridge is safe,” Ilves said, adding later, “The ferry is not ready.”\n", 2),
    # a second cue after "before" makes a second statement
    ("“Hold the line,” Ilves sings to the dockers before asking them, “Who keeps this harbour running?”\n", 2),
    # the first statement ended before its attribution
    ("Ilves was asked about the ferry. “The hull needs work.” To which she said, “It will not sail "
     "before spring.”\n", 2),
])
def test_quotes_interrupted_quote_is_one_statement(blank_nlp, text, n_quotes):
    direct = [q for q in _quotes(blank_nlp, text) if q["kind"] == "direct"]
    assert len(direct) == n_quotes
    assert direct[-1]["speaker"]["name"] in ("Ilves", "she")


def test_quotes_participle_after_attribution_keeps_the_speaker(blank_nlp):
    text = "“The bridge is safe,” Ilves said, adding: “The ferry is not ready.”\n"
    second = _by_text(_quotes(blank_nlp, text), "ferry")
    assert (second["speaker"]["name"], second["cue"]) == ("Ilves", "adding")


def test_quotes_signed_with_a_dash_after_the_quote(blank_nlp):
    text = ("“The prices are too high for families like mine.”\u00a0― Jane A. Doe\u00a0\n"
            "“Nobody listens to us out here in the valley.” — Carlos de la Cruz.\n")
    quotes = _quotes(blank_nlp, text)
    spans = [text[q["speaker"]["start"]:q["speaker"]["end"]] for q in quotes]
    assert spans == ["Jane A. Doe", "Carlos de la Cruz"]


@pytest.mark.parametrize("text, content, speaker", [
    # a one-word opener before the comma is not the subject
    ("Meanwhile, the bank predicted that cargo volumes will rise by 2.4 percent.\n",
     "that cargo volumes will rise by 2.4 percent", "the bank"),
    # a pronoun subject ("he suggested that …")
    ("He suggested that skipping the harbour dues is acceptable in a lean season.\n",
     "that skipping the harbour dues is acceptable in a lean season", "He"),
    # the phrase of time and place between the cue and "that" is not what was said
    ("Ilves said on Monday at a rally in Tartu that the bridge would reopen.\n",
     "that the bridge would reopen", "Ilves"),
    # a second reporting verb joined by "and" is a second statement
    ("The ministry said it firmly rejected the blockade and warned the shipowners against another.\n",
     "it firmly rejected the blockade", "The ministry"),
    # a contrasting clause with a cue of its own reports someone else
    ("Most skippers agreed that the pilot was careful, while 30 percent said the opposite of his deputy.\n",
     "that the pilot was careful", "Most skippers"),
    # manner-of-speaking verbs and inverted attributions with more verbs than "said"
    ("“Did you see the ferry leave the harbour tonight?” she yells from the pier.\n",
     "“Did you see the ferry leave the harbour tonight?”", "she"),
    ("Cargo at the north quay is “about where it stood a year ago,” reported the harbour authority.\n",
     "Cargo at the north quay is “about where it stood a year ago,”", "the harbour authority"),
    # the report ends with quoted words closed inside their marks before "but" + a new verb
    ("Roos further described the collision as a “sad day for the harbour,” but assigned no fault.\n",
     "the collision as a “sad day for the harbour,”", "Roos"),
    ("Vujović blasted the harbour master as a “liability” Thursday in a podcast interview.\n",
     "the harbour master as a “liability”", "Vujović"),
    # a quantifier subject speaks ("all agreed"); "To …," opens an adverbial
    ("To some extent, all agreed that the ferry line would need new hulls.\n",
     "that the ferry line would need new hulls", "all"),
    # "a message posted Friday": a participle after a document is not a cue
    ("In a message posted on Friday, Ilves said the port would reopen within days.\n",
     "the port would reopen within days", "Ilves"),
    # a phrase closing the sentence with a speech verb is the source, whatever its head
    ("Half the island's shops close in winter, the leaflet says.\n",
     "Half the island's shops close in winter", "the leaflet"),
    # an inverted attribution with a phrase of place after the speaker
    ("The vote was close and two members walked out, said one official at the table.\n",
     "The vote was close and two members walked out", "one official"),
    ("The ferry operator will post its winter timetable shortly, a spokeswoman announced Tuesday evening.\n",
     "The ferry operator will post its winter timetable shortly", "a spokeswoman"),
    # adverbs and negation between the subject and the cue
    ("Tamm has long said that the ferry should be free for pensioners.\n",
     "that the ferry should be free for pensioners", "Tamm"),
    ("The owners have not said when the terminal will reopen.\n",
     "when the terminal will reopen", "The owners"),
    # an opinion with a clause whose subject is a plain noun phrase
    ("Many of her voters believe berth charges and levies are unfair.\n",
     "berth charges and levies are unfair", "Many of her voters"),
    # a stance with an infinitive ("agreed to …")
    ("In the end, the union agreed to lend the city five million euros.\n",
     "to lend the city five million euros", "the union"),
    # evidence named by its head before "of"
    ("Video of the collision shows the pilot boat turning far too late.\n",
     "the pilot boat turning far too late", "Video of the collision"),
    # verbs of naming with an object, without quotation marks
    ("The ministry called the claims baseless and spread by rival carriers.\n",
     "the claims baseless and spread by rival carriers", "The ministry"),
    # more reporting verbs: asserted, contended, maintained, revealed …
    ("Vujović further asserted that the harbour master changes the timetable so often nobody trusts it.\n",
     "that the harbour master changes the timetable so often nobody trusts it", "Vujović"),
    # a pronoun object named with quoted words; the report ends before a second naming verb
    ('Roos and Vujović call them "rogue operators" and describe their sailings as reckless.\n',
     'them "rogue operators"', "Vujović"),
    # the hearer and its modifiers before "that"
    ('She also told one of her junior deckhands on most mornings that "the sea forgives nothing."\n',
     'that "the sea forgives nothing."', "She"),
    # "responded … by saying …": the participle reports
    ("The mayor responded to a caller on Friday morning by saying the quay was sound.\n",
     "the quay was sound", "The mayor"),
    # a frame of time before "X said," is not part of the report; a purpose clause is
    ("During her decade at the helm, Roos said, most skippers have learned to trust the pilots.\n",
     "most skippers have learned to trust the pilots", "Roos"),
    ("To grasp the ferry trade, Roos said, one should ride the night boat.\n",
     "To grasp the ferry trade, Roos said, one should ride the night boat", "Roos"),
    # a participle after the object reports for the sentence's subject
    ("Vujović posted a string of messages late Sunday saying that the port board had acted in haste.\n",
     "that the port board had acted in haste", "Vujović"),
    ("Vujović charges that the shipyard paid thousands into the councillor's campaign fund.\n",
     "that the shipyard paid thousands into the councillor's campaign fund", "Vujović"),
    # a directive verb with its hearer
    ('Vujović exhorted the delegates to "follow the tide" and said he was acting on conviction.\n',
     'the delegates to "follow the tide"', "Vujović"),
    # a progressive after a contracted "is" ("He’s claiming that …")
    ("She’s claiming that fare dodging “costs the line a fortune every single summer.”\n",
     "that fare dodging “costs the line a fortune every single summer.”", "She"),
    # the subject before a parenthetical attribution belongs to the report when a verb follows
    ("Strikes at the docks, Roos said, are signs of a living port.\n",
     "Strikes at the docks, Roos said, are signs of a living port", "Roos"),
    # naming with a possessive object; stances claim / note / encourage with a noun phrase
    ("At the hearing, Roos called his vote for the dredging contract an error.\n",
     "his vote for the dredging contract an error", "Roos"),
    ("She claimed big fuel savings and said the fleet would benefit.\n", "big fuel savings", "She"),
    # groups and states act; a second named subject with its own verb ends the report
    ("Democrats want harbour rules that lift fees, and Republicans want rules that cap them.\n",
     "harbour rules that lift fees", "Democrats"),
    ("The blockade drags on as Finland and Sweden support the harbour board.\n", "the harbour board", "Finland and Sweden"),
    # a hyphen used as a dash ends the subject; "did not want to …"
    ("The race is familiar - Marko Vujović has vowed to restore the night ferries.\n",
     "to restore the night ferries", "Marko Vujović"),
    ("When the storm warning came, Roos did not want to stay in port overnight.\n",
     "to stay in port overnight", "Roos"),
    # a statement noun in the plural with its infinitive, before the sentence's verb
    ("Her promises to lower the berth fees are hollow.\n", "promises to lower the berth fees", "Her"),
    # "he’s sought": the contracted "has" after a pronoun
    ("While she has complained about the dues, she’s sought to keep discounts for the fishing fleet.\n",
     "to keep discounts for the fishing fleet", "she"),
    # a statement noun with "that" and no owner named: the subject of the sentence owns it,
    # else nobody; a verb after its subject is not such a noun
    ("The session broke up amid growing concerns that the ferry line is too reliant on subsidies.\n",
     "concerns that the ferry line is too reliant on subsidies", None),
    ("They also stuck to arguments that the council is trying to overrule the harbour court.\n",
     "arguments that the council is trying to overrule the harbour court", "They"),
    ("But residents worry that the new levy could land on small boats.\n",
     "that the new levy could land on small boats", "residents"),
    # people quantifiers speak ("someone asked", "64 percent said"); "believe in"
    ("At the back, someone asked why the night ferry had been cut.\n",
     "why the night ferry had been cut", "someone"),
    ("Few doubted the ferry timetable, and 64 percent said the bridge was safer.\n",
     "the bridge was safer", "64 percent"),
    ("Like the skipper, I believe in the judgement of the crew.\n", "the judgement of the crew", "I"),
    # ", and X is promising …" ends the report before it
    ("Vujović has vowed to restore the night ferries, and Kaja Roos is promising to fund the shipyard.\n",
     "to restore the night ferries", "Vujović"),
    # a quantified subject opening the sentence speaks for a coordinated cue
    ("Several island councils have backed the scheme and called the dredging a sensible investment.\n",
     "the dredging a sensible investment", "Several island councils"),
    # "according to" after a dash
    ("Half of the timetable is outdated — or simply wrong — according to a passenger group.\n",
     "Half of the timetable is outdated — or simply wrong", "a passenger group"),
    # a subject with a relative clause inside it, before "said"
    ("In the captain's defence, all the pilots I met said her route was safer than his.\n",
     "her route was safer than his", "all the pilots I met"),
    # an adverb in -ly between the subject and its verb
    ("Vujović repeatedly mocked the harbour master for not publishing his expense claims.\n",
     "the harbour master for not publishing his expense claims", "Vujović"),
    # "by announcing that …": any -ing cue after "by"; the pronoun after a date opener speaks
    ("On March 14 they closed their review by announcing that the figure was “accurate.”\n",
     "that the figure was “accurate.”", "they"),
    # an opinion whose clause has a longer subject before its verb
    ("Above all, Vujović believes his work to rebuild the old pier will define his term.\n",
     "his work to rebuild the old pier will define his term", "Vujović"),
    # more people who speak: journalists, editors, professors …
    ("Several former editors have complained they were never paid for night shifts.\n",
     "they were never paid for night shifts", "Several former editors"),
    # "going on to say that …" reports for the speaker before it
    ('"The dredging row is absurd again," Vujović said, going on to say that the port has spent "decades arguing about it."\n',
     'that the port has spent "decades arguing about it."', "Vujović"),
    # a comma inside closing marks, then "but he said": a second report
    ('Vujović said that the logbook did not offer "conclusive proof," but he said that it "matches what the crew told us."\n',
     'that the logbook did not offer "conclusive proof,"', "Vujović"),
    # "After saying …, SUBJECT …": the report runs to the comma, the subject after it said it
    ("After saying the quay was sound, the mayor left the island for a week.\n", "the quay was sound", "the mayor"),
    # "accused X of …": the charge
    ('The union accused the shipyard\'s owner, Marko Vujović, of "wilful blindness."\n',
     'of "wilful blindness."', "The union"),
])
def test_quotes_indirect_speakers(blank_nlp, text, content, speaker):
    q = _by_text(_quotes(blank_nlp, text), content)
    assert q["text"] == content
    found = q["speaker"]["start"]
    assert (text[found:q["speaker"]["end"]] if found is not None else None) == speaker


def test_quotes_clause_going_on_after_the_quote_is_part_of_it(blank_nlp):
    text = "“You worked the crews into the ground” to push up the dividend, Ilves said.\n"
    q = _by_text(_quotes(blank_nlp, text), "into the ground")
    assert q["text"].endswith("the dividend") and q["kind"] == "direct"
    assert q["speaker"]["name"] == "Ilves"


def test_quotes_transcript_turns_in_quotation_marks(blank_nlp):
    text = ('"HOST: Will the harbour master join the ferry forum on Friday?\n\n'
            '"MAYOR: He has no place at that forum, and we stand by it.\n\n'
            '"But the point is that the port has a plan of its own.\n\n"HOST: Thanks to you both.\n')
    quotes = _quotes(blank_nlp, text)
    assert [text[q["speaker"]["start"]:q["speaker"]["end"]] for q in quotes] == ["HOST", "MAYOR", "HOST"]
    assert "a plan of its own" in quotes[1]["text"]   # the turn runs on over its paragraphs


def test_quotes_running_quote_not_merged_over_a_second_attribution(blank_nlp):
    text = ("“We will not sign a blank cheque,” Ilves said after the vote. The harbour deal did “too little,” "
            "she added on Tuesday. “Without changes, the ferry line risks real trouble.”\n")
    quotes = _quotes(blank_nlp, text)
    first = _by_text(quotes, "blank cheque")
    assert "Without changes" not in first["text"]


@pytest.mark.parametrize("text, speaker", [
    # "and repeatedly says, “…”": the subject before the coordination speaks
    ("Kaja Ilves waves at the dockers and repeatedly says, “Stay on the quay,” until the ferry is gone.\n",
     "Kaja Ilves"),
    # a name in a long appositive is not a cue ("United States" is not "states")
    ("“Their route is obvious,” Jaan Tamm, a shipping analyst and once the United States consul in Gdańsk, "
     "said of the smugglers.\n", "Jaan Tamm, a shipping analyst and once the United States consul in Gdańsk"),
    # a quote closed by a full stop: the next sentence's verb is not its attribution
    ("On the quay, dockers often say, “Rough sea, long wait.” Weary of the delays, many islanders would "
     "welcome a bridge.\n", "dockers"),
    # a subordinate clause after the quote is not its attribution
    ("The clip ends with footage of Tamm saying at the hearing, “That is just good business,” when the "
     "councillor pressed him on his fees.\n", "Tamm"),
    # a plural cue word used as a noun inside an appositive ("one of the states suing")
    ("“This is a grab for our waters,” Jaan Tamm, whose region is one of the states suing the "
     "ministry, said at a forum last week.\n",
     "Jaan Tamm, whose region is one of the states suing the ministry"),
])
def test_quotes_direct_speakers(blank_nlp, text, speaker):
    q = next(q for q in _quotes(blank_nlp, text) if q["kind"] == "direct")
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == speaker or q["speaker"]["name"] == speaker


def test_quotes_block_quote_after_a_colon(blank_nlp):
    text = ("The governor added:\n\nThat is the council all over. Not one of them has worked a night shift on the "
            "quay.\n\nThe talks resumed.\n")
    q = _by_text(_quotes(blank_nlp, text), "the council all over")
    assert q["text"] == "That is the council all over. Not one of them has worked a night shift on the quay"
    assert (q["speaker"]["name"], q["cue"]) == ("The governor", "added")


def test_quotes_report_before_the_first_quote_of_a_sentence(blank_nlp):
    text = ("Ilves opened the terminal last week. She said crews who moonlight would not qualify for the "
            "bonus, and when pressed, she replied, “It is a grey area.”\n")
    q = _by_text(_quotes(blank_nlp, text), "crews who moonlight")
    assert q["text"] == "crews who moonlight would not qualify for the bonus"
    assert q["cue"] == "said"


@pytest.mark.parametrize("text", [
    "The board had called the meeting because the ferry was stuck for a week.\n",
    "A group called Harbour Watch has filed a complaint against the port.\n",
    "She called into a harbour phone-in show during the storm last winter.\n",
])
def test_quotes_naming_verbs_that_name_nothing(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []


def test_quotes_quote_after_an_attribution_may_go_on_after_its_mark(blank_nlp):
    text = ("“It is just patching the hull,” said Jaan Tamm, a shipping analyst. “It is really just a fee "
            "hike” for the biggest carriers.\n")
    direct = [q for q in _quotes(blank_nlp, text) if q["kind"] == "direct"]
    assert len(direct) == 1 and direct[0]["text"].endswith("for the biggest carriers")


def test_quotes_short_exclamations_are_not_titles(blank_nlp):
    text = "“Here comes the Skipper,” she said, clapping. “Old Harbour. The Skipper.”\n"
    assert "The Skipper.”" in _by_text(_quotes(blank_nlp, text), "Here comes")["text"]


def test_quotes_title_after_a_work_noun_is_not_a_quote(blank_nlp):
    text = "In her 2011 book, “Ride the Northern Tide,” Roos suggested looking at old logbooks.\n"
    assert all("Northern Tide" not in q["text"] for q in _quotes(blank_nlp, text))
    slogan = "Tamm said on Monday, “Keep the Harbour Ours,” and the crowd cheered.\n"
    assert _by_text(_quotes(blank_nlp, slogan), "Harbour Ours")["kind"] == "direct"


@pytest.mark.parametrize("text", [
    "Anger at the port: Fishing groups say the inspectors have been far too strict.\n",
    "CORRECTION: An earlier version gave the wrong sailing time for the night ferry.\n",
    "Cold Comfort for Islanders: The ferry crisis is the kind of problem the council was elected to fix.\n",
])
def test_quotes_headline_before_a_colon_does_not_speak(blank_nlp, text):
    head = text.split(":")[0]
    assert all(q["speaker"]["name"] != head for q in _quotes(blank_nlp, text))


@pytest.mark.parametrize("text", [
    "Having said that, the port will stay open through the winter months.\n",
    "That said, the port will stay open through the winter months.\n",
])
def test_quotes_idioms_with_said_are_not_reports(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []


def test_quotes_subject_after_an_opening_participle_phrase(blank_nlp):
    text = ("Rattled by the audit, as well as protests over the fares, the mayor redrew his plan, "
            "promising to steer more of its savings to islanders.\n")
    q = _by_text(_quotes(blank_nlp, text), "savings to islanders")
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == "the mayor"


def test_quotes_report_runs_over_a_dashed_aside(blank_nlp):
    text = ("Tamm argues that the dispute is pointless because it is up to the pilots — mostly seasoned locals — "
            "to approve the final route.\n")
    q = _by_text(_quotes(blank_nlp, text), "dispute is pointless")
    assert q["text"].endswith("to approve the final route")


def test_quotes_pronoun_speaker_is_the_person_opening_its_sentence():
    text = ("“We support the closure,” said Jaan Tamm.\n"
            "Port Minister Kaja Ilves was the first to condemn the closure, which she called a blunder "
            "that would push a settlement “ever further out of reach.”\n")
    tamm = text.index("Jaan")
    ents = [{"id": "e1", "name": "Jaan Tamm", "type": "PERSON", "mentions": [[tamm, tamm + 9]]},
            {"id": "e2", "name": "Kaja Ilves", "type": "PERSON",
             "mentions": [[text.index("Kaja"), text.index("Kaja") + 10]]}]
    q = _by_text(find_quotes(text, None, ents), "ever further")
    assert q["speaker"]["entity"] == "e2"


@pytest.mark.parametrize("text", [
    "“We will appeal,” Tamm, one of the claimants, said at a dockside meeting last week.\n",
    "It goes without saying that the ferries will keep running through the ice season.\n",
    "The Tamm timetable is simple, but the ferry line's debts are not.\n",
    "Editing by Jaan Tamm; additional reporting by Kaja Ilves.\n",
    "Nobody minds. All Tamm says is guesswork until the tide tables agree.\n",
    "See the three maps I drew in 2019 for sailors in that strait.\n",
    "She went on air this week on Tamm's programme, “Harbour Talk With Tamm.”\n",
])
def test_quotes_leftovers_are_not_reports(blank_nlp, text):
    quotes = _quotes(blank_nlp, text)
    assert all(q["kind"] == "direct" for q in quotes)


def test_quotes_possessive_statement_owned_by_the_subject():
    text = "Tamm will have a hard time renewing his attacks on the harbour board.\n"
    ents = [{"id": "e1", "name": "Jaan Tamm", "type": "PERSON", "mentions": [[0, 4]]}]
    q = _by_text(find_quotes(text, None, ents), "harbour board")
    assert q["speaker"]["entity"] == "e1" and q["speaker"]["start"] == 0


def test_quotes_dateline_is_not_a_speaker(blank_nlp):
    text = "RIGA - Baltic port chiefs met on Thursday, offering joint patrols to their neighbours.\n"
    for q in _quotes(blank_nlp, text):
        assert q["speaker"]["name"] != "RIGA"


def test_quotes_question_put_to_the_speaker(blank_nlp):
    text = "Asked about the closure of the port, Ilves said, “We will know more on Monday.”\n"
    q = _by_text(_quotes(blank_nlp, text), "closure")
    assert (q["text"], q["speaker"]["name"], q["cue"]) == ("the closure of the port", None, "Asked")


@pytest.mark.parametrize("text", [
    "“There she is, dear,” he said. “The captain’s back.”\n",
    "Ilves spoke to the crews. “Why do we keep pulling men from the water?” Ilves said. “In Pärnu, a deckhand "
    "nearly drowned. Enough.”\n",
])
def test_quotes_quote_right_after_an_attribution_goes_on(blank_nlp, text):
    direct = [q for q in _quotes(blank_nlp, text) if q["kind"] == "direct"]
    assert len(direct) == 1 and direct[0]["text"].endswith("”")


def test_quotes_first_person_outside_quotes_is_the_writer():
    text = "Like Jaan Tamm, I believe in the judgement of the crew.\n"
    ents = [{"id": "e1", "name": "Jaan Tamm", "type": "PERSON", "mentions": [[5, 14]]}]
    q = _by_text(find_quotes(text, None, ents), "judgement of the crew")
    assert q["speaker"]["entity"] is None and q["speaker"]["name"] == "I"


def test_quotes_relative_pronoun_speaks_for_the_name_before_it():
    text = "The timetable answers the operator's critics, who have questioned the line's reliance on subsidies.\n"
    q = _by_text(find_quotes(text), "reliance on subsidies")
    sp = q["speaker"]
    assert text[sp["start"]:sp["end"]] == "who" and sp["name"] == "the operator's critics"


def test_quotes_relative_pronoun_without_a_comma():
    text = "They turned to the coast guard office which said that 412 groundings took place this year.\n"
    q = _by_text(find_quotes(text), "groundings took place")
    sp = q["speaker"]
    assert text[sp["start"]:sp["end"]] == "which" and sp["name"] == "the coast guard office"


def test_quotes_any_ing_cue_after_a_comma_opens_a_report(blank_nlp):
    text = 'The mayor called the crew to the deck, singing "It is Our Harbour."\n'
    q = _by_text(_quotes(blank_nlp, text), "Our Harbour")
    assert (q["text"], q["cue"]) == ('"It is Our Harbour."', "singing")


_WORDS = ("“ ” \" '' , . : ; — - ― ( ) \n \n\n said says told according to After saying Asked about who which "
          "that the a his Ilves she they called claims concerns of by on Monday HOST: promises agreed believe in "
          "going singing accused Having worth percent someone poll shows I ’s Several and but while officials "
          "added: Mr. .”").split(" ")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=50))
def test_quotes_property_word_salad_never_crashes(words):
    text = " ".join(words)
    for q in find_quotes(text):
        assert text[q["start"]:q["end"]] == q["text"]
        sp = q["speaker"]
        assert sp["start"] is None or 0 <= sp["start"] <= sp["end"] <= len(text)


def test_quotes_speaker_opening_its_phrase_before_a_clause_is_the_entity(blank_nlp):
    text = ("Hungary, which abstained in the vote, said it would challenge the measure in court. "
            "Slovakia, a holdout, said it would not.")
    quotes = _quotes(blank_nlp, text)
    assert _by_text(quotes, "challenge the measure")["speaker"]["name"] == "Hungary"
    assert _by_text(quotes, "it would not")["speaker"]["name"] == "Slovakia"
    assert all(q["speaker"]["entity"] is not None for q in quotes)


@pytest.mark.parametrize("text", [
    "Ports reopened.\r\n\r\nThe harbour master said the cranes were safe.\r\n\r\n\r\n",
    "Ports reopened.\r\nThe harbour master said the cranes were safe.\r\n \r\n",
])
def test_quotes_windows_line_endings_never_crash(text):
    """A text kept as is with Windows line endings (`--as-is`) has clauses with no word in them."""
    import wirescope
    [art] = wirescope.analyze(wirescope.Article(raw=text, source="crlf.txt"), as_is=True)
    assert [q["text"] for q in art.quotes] == ["the cranes were safe"]


def test_quotes_participle_right_after_the_quote_is_not_its_attribution(blank_nlp):
    # "“A,” adding that …": the speaker stands before the quote, not in the clause after it
    text = ('In a statement, the ferry company said: "The new berth paid off from the first day," adding that its '
            "traffic tripled within two years.\n")
    quotes = _quotes(blank_nlp, text)
    direct = _by_text(quotes, "The new berth paid off")
    assert (direct["kind"], direct["speaker"]["name"]) == ("direct", "the ferry company")
    added = _by_text(quotes, "traffic tripled")
    assert (added["text"], added["speaker"]["name"]) == ("that its traffic tripled within two years", "the ferry company")


def test_quotes_statement_noun_after_an_organisation_name():
    # "a Harbour Gazette report that …": the organisation named before the noun owns it
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Ilves seized on a Harbour Gazette report that the port had lost $9 million.\n"
    ents = [{"id": "e1", "name": "Harbour Gazette", "type": "ORG", "mentions": [[18, 33]], "roles": []}]
    q = next(q for q in find_quotes(text, nlp(text), ents) if q["cue"] == "report")
    assert (q["text"], q["speaker"]["name"]) == ("report that the port had lost $9 million", "Harbour Gazette")


def test_quotes_overlapping_mentions_before_and_do_not_crash():
    # "New York" and "York Times" overlap: the mention found at "Times" is not the first
    # mention that holds its start, and the coordinated-subject reader must not give up
    text = "New York Times and the Post said the plan was dangerous."
    ents = [{"id": "e1", "name": "New York", "type": "GPE", "mentions": [[0, 8]]},
            {"id": "e2", "name": "York Times", "type": "ORG", "mentions": [[4, 14]]},
            {"id": "e3", "name": "Post", "type": "ORG", "mentions": [[23, 27]]}]
    (q,) = find_quotes(text, None, ents)
    assert (q["text"], q["cue"]) == ("the plan was dangerous", "said")


_PARA = ("The mayor spoke to reporters at the harbour on Monday.\n\n"
         "“The lease is a mistake,” Tamm said. “We will fight it in court.”\n\n{}\n\n"
         "The port authority declined to comment.\n")


def test_quote_paragraph_goes_on_with_the_attributed_quote_before_it(blank_nlp):
    # a paragraph that is one quotation, with no cue, right after a paragraph closing with a
    # quote whose attribution stands inside it: the same statement over the break
    text = _PARA.format("“Nobody asked the dockers what they wanted.”")
    direct = [q for q in _quotes(blank_nlp, text) if q["kind"] == "direct"]
    assert [q["text"] for q in direct] == [
        "“The lease is a mistake,” Tamm said. “We will fight it in court.”\n\n"
        "“Nobody asked the dockers what they wanted.”"]
    assert direct[0]["speaker"]["name"] == "Tamm"


@pytest.mark.parametrize("paragraph", [
    "“Nobody asked the dockers,” the union's Anna Rebane said.",               # a cue of its own
    "“Nobody asked the dockers what they wanted.” The union has called a strike.",  # more than the quote
    "\"Nobody asked the dockers what they wanted.\"",                          # marks of another kind
])
def test_quote_paragraph_with_more_than_the_quote_stays_apart(blank_nlp, paragraph):
    direct = [q for q in _quotes(blank_nlp, _PARA.format(paragraph)) if q["kind"] == "direct"]
    assert direct[0]["text"] == "“The lease is a mistake,” Tamm said. “We will fight it in court.”"
    assert len(direct) == 2


def test_statement_noun_starts_the_content(blank_nlp):
    # the noun says which statement it was: "opposition to" and "support for" the same lease
    # are not the same content
    text = "The dockers were angered by his opposition to the port lease.\n"
    assert [(q["text"], q["cue"]) for q in _quotes(blank_nlp, text)] == [
        ("opposition to the port lease", "opposition")]
