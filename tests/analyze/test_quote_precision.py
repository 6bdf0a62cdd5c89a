"""What is not a quote: clauses around a verb of speech or stance that report nothing said
(a name's modifier, an anonymity clause, a refusal to comment, a convened election, a
passive with no speaker). Sentences written for these tests."""

import pytest

from wirescope import Article, analyze


def _quotes(sentence: str) -> list[tuple[str, str]]:
    (art,) = analyze([Article(raw=sentence, kind="text", source="t.txt", published="2026-03-04")])
    return [(q.get("cue") or "", q["text"]) for q in art.quotes]


@pytest.mark.parametrize("sentence", [
    # a participle after a noun names the noun, it reports nothing
    "A hacking group linked to Russia's military intelligence service has led to the expulsion of two diplomats "
    "from Tallinn.",
    "Dockers backed by the transport union walked out of the grain terminal at Izmail on Tuesday morning.",
    # a decision not taken is no statement
    "Slovakia has not yet decided how it would vote on the sanctions package at the summit in Brussels.",
    # an election called is held, not said
    "The president called early elections for January after the governing coalition collapsed in a dispute.",
    # a passive with no one named says nothing of who expects it
    "Polls closed at 8 p.m. across the country and preliminary results are expected overnight from the commission.",
    # a time where the reported clause should be
    "Polls close at 8 p.m., with preliminary results expected overnight.",
    "Voters go to the polls in a snap election that few expected a year ago and that turns on a port lease.",
    # a stranded "to" reports nothing
    "The quota that ministers agreed to on May 3 has been suspended by the court.",
])
def test_no_quote_in(sentence):
    assert _quotes(sentence) == []


def test_refusal_to_say_is_not_what_follows_it():
    got = _quotes("Bulgaria's defence minister Dimitar Kolev declined to say which countries might contribute "
                  "ships to the mission.")
    assert all(cue != "say" for cue, _ in got)


def test_anonymity_clause_is_no_quote_but_the_report_is():
    got = _quotes("A senior Lithuanian official, who asked not to be named, said the talks in Istanbul had stalled "
                  "over the inspections.")
    assert got == [("said", "the talks in Istanbul had stalled over the inspections")]


@pytest.mark.parametrize("sentence, speaker", [
    ("Senior diplomats in Vilnius said the summit would be postponed until the autumn.", "Senior diplomats in Vilnius"),
    ("The Latvian embassy in Oslo said the ruling was an affront to Latvian fishermen.",
     "The Latvian embassy in Oslo"),
])
def test_place_after_a_preposition_is_not_the_speaker(sentence, speaker):
    (art,) = analyze([Article(raw=sentence, kind="text", source="t.txt", published="2026-03-04")])
    assert [q["speaker"]["name"] for q in art.quotes] == [speaker]


@pytest.mark.parametrize("sentence, speaker, content", [
    # a participle completing a verb and its object: the verb's subject speaks
    ("The two skippers spent the inquiry accusing each other of negligence.", "The two skippers", "of negligence"),
    ("The union spent the week urging members to reject the offer.", "The union", "members to reject the offer"),
    ("The two councillors spent the hearing accusing each other of bluffing.", "The two councillors", "of bluffing"),
    # a hyphenated modifier opens the subject, the noun after it is its head
    ("State-owned banks, most of them controlled by the treasury, have opposed the rule, arguing that it would "
     "raise costs.", "State-owned banks", "that it would raise costs"),
])
def test_subject_of_a_participle_cue(sentence, speaker, content):
    (art,) = analyze([Article(raw=sentence, kind="text", source="t.txt", published="2026-03-04")])
    assert [(q["speaker"]["name"], q["text"]) for q in art.quotes] == [(speaker, content)]


def _speakers(text: str) -> list[tuple[str, str]]:
    (art,) = analyze([Article(raw=text, kind="text", source="t.txt", published="2026-03-04")])
    return [(q["speaker"]["name"], q["text"][:20]) for q in art.quotes]


def test_pronoun_after_a_sentence_opened_by_a_person_is_that_person():
    got = _speakers("Mayor Tomas Berg said the bridge would reopen in May. Councillor Anna Lind did not attend the "
                    "meeting. Speaking to reporters afterwards, she said the budget for the repairs was too small.")
    assert [name for name, text in got if text.startswith("the budget")][0].endswith("Anna Lind")


def test_pronoun_after_an_unnamed_speaker_is_not_an_older_name():
    got = _speakers("Minister Jonas Vik said the price of bread would fall by the summer. \"The price is too high,\" "
                    "said a farmer at the market, who asked not to be named. He said the drought had cut yields.")
    assert [name for name, text in got if text.startswith("the drought")] == ["a farmer"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Finland and Estonia said on Monday they had ordered reviews of security at their ports.", "Finland and Estonia"),
    ("Sweden and Norway have said they will send two frigates to the Baltic.", "Sweden and Norway"),
])
def test_two_names_joined_by_and_speak_together(sentence, speaker):
    (art,) = analyze([Article(raw=sentence, kind="text", source="t.txt", published="2026-03-04")])
    assert [sentence[q["speaker"]["start"]:q["speaker"]["end"]] for q in art.quotes] == [speaker]


@pytest.mark.parametrize("sentence, cue, content", [
    # "on" before a day is a time, not the particle of "agree on"
    ("Finance ministers agreed on Friday to cut fuel duties for six months.", "agreed",
     "to cut fuel duties for six months"),
    # an adverb of time between the cue and "that" is not what was said
    ("The Kremlin said afterward that the talks in Geneva had been useful.", "said",
     "that the talks in Geneva had been useful"),
])
def test_time_after_the_cue_is_not_the_content(sentence, cue, content):
    assert _quotes(sentence) == [(cue, content)]


@pytest.mark.parametrize("sentence, content", [
    # the quotation mark opening the next sentence is not in the clause
    ('Bankers were doubtful that the rule would change much. "The limit sits right where prices already are," '
     'said a bank economist.', "that the rule would change much"),
    # an aside before "that" is not said
    ("Party officials said, however, that they would not back the budget.", "that they would not back the budget"),
])
def test_reported_clause_is_trimmed(sentence, content):
    assert content in [text for _, text in _quotes(sentence)]


def test_progressive_relative_clause_does_not_swallow_the_sentence():
    got = _quotes("The fisheries panel, which is discussing quotas for the northern fleet, met for six hours, "
                  "according to a Norwegian official.")
    assert not any(text.startswith("quotas") and "met for six hours" in text for _, text in got)
    assert any(cue == "according to" for cue, _ in got)


def test_a_response_to_something_is_not_what_was_said():
    got = _quotes("The defence minister, Ann Berg, who has led Norway’s response to the strike, said the inquiry "
                  "should not distract from the question of blame.")
    assert got == [("said", "the inquiry should not distract from the question of blame")]


@pytest.mark.parametrize("sentence", [
    # a singular noun after a date or after "the" and a name is no verb of stance
    "The April 9 attack killed two dock workers and injured nine people.",
    "Officials said the Tallinn attack destroyed two cranes.",
])
def test_noun_after_a_date_or_a_name_is_no_cue(sentence):
    assert all(cue != "attack" for cue, _ in _quotes(sentence))


def test_notified_takes_a_hearer_then_the_message():
    got = _speakers("Poland formally notified the European Commission on Tuesday that it would challenge the new "
                    "quota at the court.")
    assert got == [("Poland", "that it would challe")]


def test_place_after_on_in_a_speaker_phrase_is_not_the_speaker():
    got = _speakers("Kovac, whose party campaigned against the sanctions on Russia, said the vote was unfair.")
    assert got and got[0][0] != "Russia"


def test_she_is_not_the_son_named_before_her_quote():
    text = ("Marta Kask has kept her phone on every night since the talks began. Her son, Andres, a sailor, was "
            "detained in the summer of 2024, and she has not heard his voice since.\n\n"
            "“When they said there would be an exchange, I stopped sleeping,” she said on Sunday.")
    (art,) = analyze([Article(raw=text, kind="text", source="t.txt", published="2026-03-08")])
    (q,) = [q for q in art.quotes if "When they said" in q["text"]]
    assert q["speaker"]["name"] == "Marta Kask"


@pytest.mark.parametrize("sentence", [
    "For all her standing among island fishermen, Mayor Tamm has failed to win over the shipyards.",
    "The strike went on into a third week. For more on the strike from the Tartu Courier, read our live "
    "coverage of the harbour.",
    "For every tonne landed over the quota, the fisheries board will cut one day from the next season.",
    "For each voter turned away in Tartu, the election commission must file a report with the court.",
    "For the first time since the spring, the night ferry has run at a profit for a whole month.",
])
def test_for_phrase_that_names_no_holder_frames_nothing(sentence):
    # a concession ("for all"), a pointer ("for more"), a rate ("for every") or a time is not
    # whose view the clause is
    assert all(cue != "For" for cue, _ in _quotes(sentence))


def test_for_phrase_with_a_holder_still_frames_the_clause():
    assert _quotes("For most dockworkers in Izmail, the new lease is a betrayal of the port's history.") == [
        ("For", "the new lease is a betrayal of the port's history")]
    assert ("For", "the new terminal was a long-held goal and a last triumph") in _quotes(
        "For outgoing port chief Anna Rebane, the new terminal was a long-held goal and a last triumph.")


@pytest.mark.parametrize("sentence", [
    "The harbour reopened on Monday. Dockers were free to join the night crew if they wanted to, and nobody "
    "pushed those who did not want to.",
    "The port will not be sold. In the union's new leaflet, there are many dockers who want to.",
])
def test_stranded_to_at_the_end_of_a_sentence_reports_nothing(sentence):
    assert all(text not in ("to", "-") for _, text in _quotes(sentence))
