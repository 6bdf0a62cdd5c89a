"""Beliefs and attitudes without a reporting verb (`quote_beliefs`), on hand-written news."""

import pytest

from wirescope.analyze.quotes import find_quotes
from .quotehelp import (quote_with as _quote_with, quotes_of as _quotes, speaker_of as _speaker_of,
                        speaker_text as _speaker)


# What each reader finds and who it says spoke, by topic: (text, content, speaker).
SPOKEN = {
    "attitudes": [
        # an adjective of attitude after a form of "be": its object, its subject holds it
        ("Harbour workers were skeptical of the new ferry timetable.\n", "the new ferry timetable", "Harbour workers"),
        ("The mayor has been increasingly critical of the port authority since March.\n",
         "the port authority since March", "The mayor"),
        ("Union leaders are confident that the strike will end this week.\n",
         "that the strike will end this week", "Union leaders"),
        ("Roos's advisers were coy about whether she would race again.\n", "whether she would race again", "Roos's advisers"),
        # "convinced", "sure" with a clause whose "that" is left out
        ("After two winters at sea, we are convinced it is the safest berth on the coast.\n",
         "it is the safest berth on the coast", "we"),
        # a role noun of stance after "be"
        ("Ilves, who is a longtime opponent of the bridge, met the council.\n", "the bridge", "who"),
        ("The mayor has been a steady supporter of the dredging plan.\n", "the dredging plan", "The mayor"),
        # ... or opening the sentence before its subject
        ("A fierce critic of the harbour plan, the mayor voted against it.\n", "the harbour plan", "the mayor"),
        # an attitude inside a relative clause ends at its comma; the report after it stands
        ("Ivo Saar, a pilot who is a fierce critic of the port board, said the channel was too shallow.\n",
         "the port board", "who"),
    ],
    "phrasal_stances": [
        ("The mayor bragged about the new ferry at the rally.\n", "the new ferry at the rally", "The mayor"),
        ("Kask has spoken about the case for a night ferry.\n", "the case for a night ferry", "Kask"),
        ("The council agreed with the engineers that the pier must close.\n",
         "the engineers that the pier must close", "The council"),
        ("Fishermen worried about the fate of the cannery.\n", "the fate of the cannery", "Fishermen"),
    ],
    "unowned_statements": [
        # a statement nobody owns in this sentence
        ("The port reopened amid growing concerns about the safety of the pier.\n", "the safety of the pier", None),
        ("The mayor has faced allegations of fraud since the spring.\n", "fraud", None),
        # ... and one voiced by the subject
        ("Union leaders raised questions about the new timetable.\n", "the new timetable", "Union leaders"),
    ],
    "questions_put": [
        # the question put to someone: no speaker unless the asker is named
        ("When asked whether the pier would reopen, the mayor shrugged.\n", "whether the pier would reopen", None),
        ("Asked at a briefing on Monday about the ferry, Tamm said nothing.\n", "the ferry", None),
        ("The mayor was asked about the flood during a radio interview.\n",
         "the flood during a radio interview", None),
        ("Ilves had been asked to resign by the council.\n", "to resign", "the council"),
        # an active question with its hearer before a "which" clause
        ("Reporters then asked Tamm which berths would close first.\n", "which berths would close first", "Reporters"),
    ],
    "relative_reports_and_counts": [
        # a report wrapped around a relative clause
        ("The council passed a bylaw which critics said was unfair to street vendors.\n",
         "which critics said was unfair to street vendors", "critics"),
        ("The row is about what his lawyers say is a breach of contract.\n",
         "what his lawyers say is a breach of contract", "his lawyers"),
        # a count of people speaks
        ("Of the 60 dockers polled, 43 said they would strike again.\n", "they would strike again", "43"),
    ],
    "passive_stances": [
        # a stance taken towards the subject of a passive: the clause; "by X" takes it
        ("The mayor has been widely criticized for the delay.\n", "The mayor has been widely criticized for the delay",
         None),
        ("The new timetable was quickly derided by the dockers' union at a meeting.\n",
         "The new timetable was quickly derided by the dockers' union at a meeting", "the dockers' union"),
        ("Tamm, who was accused of fraud in 2019, denies any wrongdoing.\n", "who was accused of fraud in 2019", None),
    ],
    "quoted_words_after_a_speech_verb": [
        # quoted words right after a verb of speech: whoever the subject is, it spoke them
        ("The dockers outside the port office chanted “Fair pay now!” as the director left.\n", "“Fair pay now!”",
         "The dockers outside the port office"),
    ],
    "as_someone_put_it": [
        ("As the mayor put it in a statement on Monday, the port is “open for business.”\n",
         "the port is “open for business.”", "the mayor"),
        ("The port is open for business again, as the mayor put it.\n", "The port is open for business again",
         "the mayor"),
        ("Critics see him, as one newspaper put it, “the harbour's last baron.”\n", "“the harbour's last baron.”",
         "one newspaper"),
    ],
    "stance_subjects": [
        # a group of people, a modal or a count before a bare verb of stance
        ("Nearly half of the residents support the new quota.\n", "the new quota",
         "Nearly half of the residents"),
        ("Residents, who oppose the bridge, gathered at the town hall.\n", "the bridge", "who"),
        # a stance in a relative clause ends at its comma; the report of the sentence stands
        ("Jaan Tamm, who has endorsed Ilves, said the port would reopen.\n", "Ilves", "who"),
        ("Jaan Tamm, who has endorsed Ilves, said the port would reopen.\n", "the port would reopen", "Jaan Tamm"),
        # a party and state after a name belongs to the speaker
        ("The port would reopen, Sen. Jaan Tamm (D-Tartu) told reporters.\n", "The port would reopen",
         "Sen. Jaan Tamm (D-Tartu)"),
    ],
    "report_openings": [
        # "this" and "a" open the report; "this week" and "in a statement" do not
        ("Some skippers say this is only a bad season for the cannery.\n", "this is only a bad season for the cannery", "Some skippers"),
        ("Tamm said this week the port would reopen.\n", "the port would reopen", "Tamm"),
        # a negated opinion with a curly apostrophe
        ("Dockers don’t think the mayor can win the vote.\n", "the mayor can win the vote", "Dockers"),
        # a quantity opening the subject is no adverbial
        ("At least half of the voters say the port should stay open.\n", "the port should stay open",
         "At least half of the voters"),
    ],
    "verbs_of_knowing_with_a_clause": [
        ("The maritime court ruled that the berth charges were unlawful.\n", "that the berth charges were unlawful",
         "The maritime court"),
        ("Investigators have discovered that the ferry logs were altered.\n", "that the ferry logs were altered",
         "Investigators"),
        ("Many dockers suspect the losses were caused by the new cranes.\n", "the losses were caused by the new cranes",
         "Many dockers"),
    ],
    "hearers_and_closing_documents": [
        ("The moderator asked the candidates to name one harbour they would never close.\n",
         "the candidates to name one harbour they would never close", "The moderator"),
        ("Fares rose by a third over the summer, an analysis of harbour records shows.\n",
         "Fares rose by a third over the summer", "an analysis of harbour records"),
    ],
    "views_and_long_sources": [
        ("Most voters see the new contract as a betrayal.\n", "the new contract as a betrayal", "Most voters"),
        ("According to first figures from a study done for the ferry operator by a Riga firm, fares will rise.\n",
         "fares will rise", "first figures from a study done for the ferry operator by a Riga firm"),
    ],
    "made_clear": [
        ("Ilves made it clear that the port would not be sold.\n", "that the port would not be sold", "Ilves"),
        ("The mayor has made the case for a second bridge at every meeting.\n",
         "case for a second bridge at every meeting", "The mayor"),
    ],
    "findings_and_second_verbs": [
        ("A large body of research suggests that ferries pollute less than trucks.\n",
         "that ferries pollute less than trucks", "A large body of research"),
        ("Divers dismissed the survey but have speculated that the wreck could be raised.\n",
         "that the wreck could be raised", "Divers"),
    ],
    "more_stance_verbs": [
        ("The mayor has mostly ignored the question of berth fees.\n", "the question of berth fees", "The mayor"),
        ("Tamm lambasted the council for the delay.\n", "the council for the delay", "Tamm"),
    ],
    "subjects_with_times_and_participles": [
        ("The Maritime Court this week rejected a bid to delay the tender.\n",
         "a bid to delay the tender", "The Maritime Court"),
        ("A union representing ferry workers endorsed the mayor on Monday.\n", "the mayor on Monday",
         "A union representing ferry workers"),
        ("A federal court ruled Friday against the new harbour fees.\n", "the new harbour fees", "A federal court"),
    ],
    "came_out_against_and_ads": [
        ("The mayor came out against the new harbour fees in March.\n", "the new harbour fees in March", "The mayor"),
        ("The ad touts the mayor's record on the port.\n", "the mayor's record on the port", "The ad"),
    ],
}


@pytest.mark.parametrize("text, content, speaker", [
    pytest.param(*row, id=f"{topic}-{i}") for topic, rows in SPOKEN.items() for i, row in enumerate(rows)])
def test_quote_beliefs_content_and_speaker(blank_nlp, text, content, speaker):
    assert _speaker_of(blank_nlp, text, content) == speaker


def test_quote_beliefs_attitude_does_not_swallow_the_report_after_it(blank_nlp):
    text = "Ivo Saar, a pilot who is a fierce critic of the port board, said the channel was too shallow.\n"
    texts = [q["text"] for q in _quotes(blank_nlp, text)]
    assert "the channel was too shallow" in texts


@pytest.mark.parametrize("text, content", [
    ("The new ferry is expected to enter service in May.\n", "The new ferry is expected to enter service in May"),
    ("Even so, the talks appear to have stalled over the weekend.\n", "the talks appear to have stalled over the weekend"),
    ("It seems that nobody checked the papers of the ferry before it sailed.\n",
     "that nobody checked the papers of the ferry before it sailed"),
    ("It was widely reported that the port would close for a month.\n", "that the port would close for a month"),
    ("The bridge is considered unsafe for heavy trucks.\n", "The bridge is considered unsafe for heavy trucks"),
    # the clause ends before a clause of its own
    ("The vote is expected to pass easily, as the opposition has no majority.\n", "The vote is expected to pass easily"),
])
def test_quote_beliefs_hedged_claims_have_no_speaker(blank_nlp, text, content):
    q = _quote_with(blank_nlp, text, content)
    assert q["speaker"]["start"] is None


@pytest.mark.parametrize("text", [
    # not after "be": a noun or an adjective in a phrase
    "The worried residents gathered outside the town hall on Monday.\n",
    "Critical infrastructure was damaged by the storm overnight.\n",
    # "appeared" as a verb of place, "expected" as an active verb
    "The mayor appeared to the crowd on a balcony of the town hall.\n",
    "The harbour master expected the ferry an hour earlier than usual.\n",
    # a role noun without "be" before it, or with nothing after "of"
    "Supporters of the plan marched through the old town on Saturday.\n",
])
def test_quote_beliefs_near_misses_are_not_beliefs(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []


def test_quote_beliefs_claim_owned_by_a_source_is_the_source_s(blank_nlp):
    text = "The new bridge appears to be sinking, according to a survey by the city engineers.\n"
    quotes = _quotes(blank_nlp, text)
    assert [q["cue"] for q in quotes] == ["according to"]


def test_quote_beliefs_hedge_inside_a_report_is_the_report(blank_nlp):
    text = "Officials said the talks appear to have stalled over the weekend.\n"
    quotes = _quotes(blank_nlp, text)
    assert [(q["cue"], q["text"]) for q in quotes] == [("said", "the talks appear to have stalled over the weekend")]


def test_quote_beliefs_seeming_to_know_is_a_hedge_and_seeming_to_say_a_report(blank_nlp):
    text = "The harbourmaster seemed to grasp the size of the spill on Friday.\n"
    assert [q["cue"] for q in _quotes(blank_nlp, text)] == ["seemed"]
    text = "The mayor seemed to say that the port would close.\n"
    assert all(q["cue"] != "seemed" for q in _quotes(blank_nlp, text))


@pytest.mark.parametrize("text", [
    "The ferry was asked for its papers at the border.\n",         # a passive
    "Spokes of the old wheel hung on the wall of the museum.\n",     # no verb form
])
def test_quote_beliefs_phrasal_near_misses(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []


@pytest.mark.parametrize("text", [
    "The mayor answered a question about the ferry at the end of the meeting.\n",
    "Reporters asked questions about the budget for an hour.\n",
])
def test_quote_beliefs_unowned_near_misses(blank_nlp, text):
    assert all(q["cue"] not in ("question about", "questions about") for q in _quotes(blank_nlp, text))


def test_quote_beliefs_asked_for_an_object_is_no_question(blank_nlp):
    text = "The ferry was asked for by name at the border.\n"
    assert all(q["cue"] != "asked" for q in _quotes(blank_nlp, text))


@pytest.mark.parametrize("text", [
    "The ferry that critics said nothing about sailed on time.\n",   # no verb after the cue
    "In 2015 said to be the busiest year, the port grew.\n",         # a year is no count of people
])
def test_quote_beliefs_relative_near_misses(blank_nlp, text):
    assert not any(q["text"].startswith(("that critics", "In 2015")) for q in _quotes(blank_nlp, text))


@pytest.mark.parametrize("text", [
    "The port was blamed, and the mayor resigned a week later.\n",          # nothing the stance is about
    "The ferry was backed into the berth by a tug on Monday.\n",           # "backed" as a motion
])
def test_quote_beliefs_passive_stance_near_misses(blank_nlp, text):
    assert all(q["cue"] not in ("was blamed", "was backed") for q in _quotes(blank_nlp, text))


def test_quote_beliefs_a_name_after_called_is_no_quote(blank_nlp):
    text = "The ferry line paid for a short film called “Night Crossing” on regional TV.\n"
    assert _quotes(blank_nlp, text) == []


def test_quote_beliefs_put_without_it_is_no_attribution(blank_nlp):
    text = "As the crew put the ferry in dry dock, the harbour fell quiet.\n"
    assert _quotes(blank_nlp, text) == []


@pytest.mark.parametrize("text", [
    "The voter support for the mayor fell sharply in March.\n",    # a singular noun: a compound
    "The official spoke on condition of anonymity.\n",              # not a stance on anything
])
def test_quote_beliefs_stance_near_misses(blank_nlp, text):
    assert all(q["cue"] not in ("support", "spoke on") for q in _quotes(blank_nlp, text))


@pytest.mark.parametrize("text", [
    "The mayor learned to sail as a boy in Tartu.\n",             # no clause after the verb
    "The city rules that govern the harbour date from 1990.\n",   # a noun
])
def test_quote_beliefs_verbs_of_knowing_near_misses(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []


def test_quote_beliefs_report_inside_a_report(blank_nlp):
    text = "Tamm also said the ferry has damage to its hull, which he said was caused by the storm.\n"
    quotes = _quotes(blank_nlp, text)
    q = next(q for q in quotes if q["text"] == "which he said was caused by the storm")
    assert _speaker(text, q) == "he"
    assert any(q["text"].startswith("the ferry has damage") for q in quotes)


def test_quote_beliefs_second_statement_after_aside_from(blank_nlp):
    text = "The mayor refuses to name a date, aside from saying the port will reopen this year.\n"
    texts = [q["text"] for q in _quotes(blank_nlp, text)]
    assert "the port will reopen this year" in texts


@pytest.mark.parametrize("text, content", [
    ("A harbour poll released on Sunday showed the mayor leading by ten points.\n",
     "the mayor leading by ten points"),
    ("Surveys of dockers taken before the vote showed strong support for the strike.\n",
     "strong support for the strike"),
])
def test_quote_beliefs_documents_show(blank_nlp, text, content):
    assert any(q["text"] == content for q in _quotes(blank_nlp, text))


def test_quote_beliefs_stance_before_a_participle_quote(blank_nlp):
    text = "In a speech on Monday, Tamm attacked the mayor for the delay, saying, “He has failed the port.”\n"
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] == "attacked")
    assert q["text"].startswith("the mayor for the delay") and _speaker(text, q) == "Tamm"


@pytest.mark.parametrize("text, content", [
    # who was urged belongs to what was asked of them
    ("The mayor urged residents to stay away from the pier.\n", "residents to stay away from the pier"),
    # a clause framing the report is part of it; a time of the telling is not
    ("When the port reopens, Tamm said, fares will rise.\n", "When the port reopens, Tamm said, fares will rise"),
    ("When she hires staff, Ilves said she looks for sailors first.\n",
     "When she hires staff, Ilves said she looks for sailors first"),
    ("On Monday, Ilves said the port would reopen.\n", "the port would reopen"),
])
def test_quote_beliefs_report_extent(blank_nlp, text, content):
    assert any(q["text"] == content for q in _quotes(blank_nlp, text))


@pytest.mark.parametrize("text", [
    "The captain saw the ferry as it left the harbour.\n",      # "as" opens a clause of time
    "The bridge is seen as a landmark.\n",                     # a passive: no one holds the view here
])
def test_quote_beliefs_view_near_misses(blank_nlp, text):
    assert all(q["cue"] not in ("saw", "seen") for q in _quotes(blank_nlp, text))


def test_quote_beliefs_made_without_clear_is_nothing(blank_nlp):
    assert _quotes(blank_nlp, "The mayor made it to the pier before noon.\n") == []


@pytest.mark.parametrize("text, content", [
    ("The ferry company seems unlikely to survive the winter.\n", "The ferry company seems unlikely to survive the winter"),
    ("However, the council appears divided on the bridge.\n", "the council appears divided on the bridge"),
    ("It now seems increasingly likely that the port will close.\n", "increasingly likely that the port will close"),
])
def test_quote_beliefs_hedges_with_an_adjective(blank_nlp, text, content):
    q = _quote_with(blank_nlp, text, content)
    assert q["speaker"]["start"] is None


@pytest.mark.parametrize("text", [
    "The mayor appeared briefly on the balcony.\n",
    "The mayor appeared before the council on Monday.\n",
])
def test_quote_beliefs_appearing_somewhere_is_no_hedge(blank_nlp, text):
    assert all(q["cue"] != "appeared" for q in _quotes(blank_nlp, text))


def test_quote_beliefs_finding_inside_a_closing_attribution_is_the_speaker_s(blank_nlp):
    text = "Initial surveys show that the ferry was holed in the storm, harbour spokeswoman Kaja Ilves said.\n"
    quotes = _quotes(blank_nlp, text)
    assert [(q["cue"], q["text"]) for q in quotes] == [
        ("said", "Initial surveys show that the ferry was holed in the storm")]


def test_quote_beliefs_a_show_that_aired_is_no_finding(blank_nlp):
    text = "The pair recorded a half-hour programme that aired on Sunday.\n"
    assert _quotes(blank_nlp, text) == []


def test_quote_beliefs_took_to_a_platform_to_say(blank_nlp):
    text = "Tamm took to Facebook on Sunday to accuse the port board of hiding the accounts.\n"
    ents = [{"id": "e1", "name": "Tamm", "type": "PERSON", "mentions": [[0, 4]]}]
    q = next(q for q in find_quotes(text, blank_nlp(text), ents) if q["cue"] == "accuse")
    assert _speaker(text, q) == "Tamm" and q["text"].startswith("of hiding the accounts")


def test_quote_beliefs_document_that_says(blank_nlp):
    text = "The port board published a report from the divers that says the hull is sound.\n"
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] == "says")
    assert q["text"] == "the hull is sound"


def test_quote_beliefs_participle_speaker_is_the_pronoun_opening_the_sentence():
    text = "She gave her backing to Lena Kask on Tuesday, saying the harbour needs a new pilot.\n"
    ents = [{"id": "e1", "name": "Lena Kask", "type": "PERSON",
             "mentions": [[text.index("Lena"), text.index("Lena") + 9]]}]
    q = next(q for q in find_quotes(text, None, ents) if q["cue"] == "saying")
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == "She"


@pytest.mark.parametrize("text, content", [
    ("Tamm was the first councillor to endorse the bridge plan.\n", "the bridge plan"),
    ("The mayor refused to condemn the strike on Monday.\n", "to condemn the strike on Monday"),
])
def test_quote_beliefs_stance_after_a_verb_of_intent(blank_nlp, text, content):
    assert any(q["text"] == content for q in _quotes(blank_nlp, text))


def test_quote_beliefs_a_fall_is_no_refusal(blank_nlp):
    text = "The mayor's approval rating has declined slightly since March.\n"
    assert all(q["cue"] != "declined" for q in _quotes(blank_nlp, text))


def test_quote_beliefs_more_attitudes(blank_nlp):
    text = "The council was split over the plan to sell the ferry.\n"
    q = next(q for q in _quotes(blank_nlp, text) if q["text"] == "the plan to sell the ferry")
    assert _speaker(text, q) == "The council"


def test_quote_beliefs_transcript_turn_runs_to_the_paragraph_end(blank_nlp):
    text = "TAMM: I think the port will reopen. I think the fares will stay the same.\nThe interview ended there.\n"
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] == ":")
    assert q["text"] == "I think the port will reopen. I think the fares will stay the same"


@pytest.mark.parametrize("text, hedged", [
    ("That looks unlikely after the vote on Monday.\n", True),
    ("The harbour master looked through the logs on Monday.\n", False),
    ("The mayor looks forward to the opening of the bridge.\n", False),
])
def test_quote_beliefs_looks_and_sounds(blank_nlp, text, hedged):
    assert any(q["cue"] in ("looks", "looked") for q in _quotes(blank_nlp, text)) == hedged


@pytest.mark.parametrize("text", [
    "BYLINE: Jaan Tamm and Kaja Ilves of the harbour desk.\n",
    "Question: Who runs the port today? Answer: Nobody at all.\n",
])
def test_quote_beliefs_labels_before_a_colon_do_not_speak(blank_nlp, text):
    assert all(q["cue"] != ":" for q in _quotes(blank_nlp, text))


@pytest.mark.parametrize("text, content", [
    ("The mayor spoke briefly about the silting of the channel.\n", "the silting of the channel"),
    ("Kask is talking to fishermen about quota cuts this month.\n", "quota cuts this month"),
])
def test_quote_beliefs_particles_after_adverbs_and_hearers(blank_nlp, text, content):
    assert any(q["text"] == content for q in _quotes(blank_nlp, text))


def test_quote_beliefs_speaking_to_a_gathering_of_is_no_topic(blank_nlp):
    text = "The harbourmaster spoke to a gathering of trawler owners on Wednesday.\n"
    assert all(not q["text"].startswith("trawler owners") for q in _quotes(blank_nlp, text))


def test_quote_beliefs_who_speaks_for_people_of_any_noun(blank_nlp):
    text = "Half of the dockers who support the strike are under thirty.\n"
    assert any(q["text"] == "the strike" and q["cue"] == "support" for q in _quotes(blank_nlp, text))


def test_quote_beliefs_you_think_in_an_interview(blank_nlp):
    text = "Q: Do you think the port can stay open all winter?\n"
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] == "think")
    assert _speaker(text, q) == "you" and q["speaker"]["entity"] is None


def test_quote_headlines_rules_without_against_is_a_noun(blank_nlp):
    text = "New Berth Fee Rules Face Early Test In Court.\nThe case opens on Monday.\n"
    assert all(q["cue"] != "Rules" for q in _quotes(blank_nlp, text))


def test_quote_beliefs_inverted_speaker_with_an_appositive_closes_the_report(blank_nlp):
    text = ("In a year of tight budgets, the port has room to cut fees, said Jaan Tamm, "
            "an adviser to the harbour board.\n")
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] == "said")
    assert q["text"] == "In a year of tight budgets, the port has room to cut fees"
    assert _speaker(text, q) == "Jaan Tamm"


def test_quote_beliefs_singular_body_before_a_bare_stance(blank_nlp):
    text = "The campaign plans to hold a rally at the harbour on Sunday.\n"
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] == "plans")
    assert _speaker(text, q) == "The campaign"


def test_quote_beliefs_aside_between_cue_and_clause(blank_nlp):
    text = "Two engineers cautioned, as did the harbourmaster herself, that the breakwater could fail.\n"
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] == "cautioned")
    assert q["text"] == "that the breakwater could fail"


@pytest.mark.parametrize("text, speaker", [
    ("Harbour engineers warned that the pier might not hold.\n", "Harbour engineers"),
    ("Local historians argue that the port is older than the town.\n", "Local historians"),
])
def test_quote_beliefs_plural_people_by_their_ending(blank_nlp, text, speaker):
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] in ("warned", "argue"))
    assert _speaker(text, q) == speaker


@pytest.mark.parametrize("word, speaks", [("engineers", True), ("participants", True), ("moments", False),
                                          ("comments", False), ("borders", False)])
def test_quote_beliefs_plural_things_do_not_speak(word, speaks):
    from wirescope.analyze.quote_people import speaking_noun
    assert speaking_noun(word) == speaks


def test_quote_beliefs_unowned_assumption_that(blank_nlp):
    text = "The plan rests on the assumption that ferry fares will stay low.\n"
    assert any(q["text"] == "assumption that ferry fares will stay low" for q in _quotes(blank_nlp, text))


def test_quote_beliefs_statement_noun_inside_a_closing_attribution(blank_nlp):
    text = ("The feeling that the harbour was finished has shifted “almost overnight,” said Lena Kask, "
            "a long-time adviser to the board.\n")
    quotes = _quotes(blank_nlp, text)
    assert [q["cue"] for q in quotes] == ["said"]
    assert _speaker(text, quotes[0]) == "Lena Kask"


def test_quote_beliefs_elaboration_after_a_dash_belongs_to_the_report(blank_nlp):
    text = "Tamm argued that the port needs a plan — from new cranes to a second pier.\n"
    q = next(q for q in _quotes(blank_nlp, text) if q["cue"] == "argued")
    assert q["text"].endswith("from new cranes to a second pier")


@pytest.mark.parametrize("text, content", [
    ("That is why, Kask argued, the ferries must stay public.\n", "That is why, Kask argued, the ferries must stay public"),
    ("Recently, Kask said, the cargo trade has picked up.\n", "the cargo trade has picked up"),
])
def test_quote_beliefs_words_before_a_mid_attribution(blank_nlp, text, content):
    assert any(q["text"] == content for q in _quotes(blank_nlp, text))


@pytest.mark.parametrize("text", [
    "Tamm told reporters the bridge could collapse.\n",
    "Tamm told the Associated Press the bridge could collapse.\n",
])
def test_quote_beliefs_article_after_the_hearer_opens_the_report(blank_nlp, text):
    assert any(q["text"] == "the bridge could collapse" for q in _quotes(blank_nlp, text))
