"""Quotes found by the recall rules: marks typeset loosely, naming with "as", verbs of
voting and asking, participles of speech, sources "close to" someone (hand-written news)."""

import pytest

from wirescope.analyze.quotes import quote_spans
from .quotehelp import quote_with as _quote_with, quotes_of as _quotes, speaker_text as _speaker

NBSP = "\u00a0"


# (text, content, kind, speaker)
FOUND = [
    # a no-break space before the opening mark still starts the quote, and the quote that
    # resumes after the attribution goes on with it
    (f"The mayor posted a note about the ferry:{NBSP}“We will not sell the pier,” she wrote.{NBSP}“Not now, "
     "not ever.”\n",
     f"“We will not sell the pier,” she wrote.{NBSP}“Not now, not ever.”", "direct", "she"),
    # a quote opening after a parenthesis
    ("The vote went ahead. (“I do not want a fight,” said one harbour worker.)\n",
     "“I do not want a fight,”", "direct", "one harbour worker"),
    # after a title closed with two apostrophes, a quote opens a sentence of its own
    ("''It's nonsense,'' Mr. Tamm said on ''Harbour Talk.'' ''She is wrong about everything.''\n",
     "''It's nonsense,'' Mr. Tamm said on ''Harbour Talk.'' ''She is wrong about everything.''", "direct",
     "Mr. Tamm"),
    # a ” opening a paragraph is an opening mark
    ("”The pier is safe,” the harbour master said. “We checked it twice.”\n",
     "”The pier is safe,” the harbour master said. “We checked it twice.”", "direct", "the harbour master"),
    # "a source close to the port board": the whole description speaks
    ("Roos has been “in a real state over the dredging,” said a source close to the port board.\n",
     "Roos has been “in a real state over the dredging,”", "direct", "a source close to the port board"),
    # naming with "as"
    ("Tamm cast himself as the voice of the islands.\n", "himself as the voice of the islands",
     "indirect", "Tamm"),
    ("The mayor portrayed the new fees as a tax on fishermen.\n", "the new fees as a tax on fishermen",
     "indirect", "The mayor"),
    # voting for or against something is a stance
    ("Ilves voted against the harbour budget in March.\n", "the harbour budget in March", "indirect", "Ilves"),
    # a bare stance verb after an appositive that ends in a name
    ("Rep. Jaan Tamm, a Democrat, would support a second bridge over the river.\n",
     "a second bridge over the river", "indirect", "Rep. Jaan Tamm, a Democrat"),
    # a poll closing the sentence shows the clause before it
    ("Roos slipped to 14 percent in a new Baltic Wire poll published Sunday.\n", "Roos slipped to 14 percent",
     "indirect", "a new Baltic Wire poll published Sunday"),
    # a hearer and what was asked of them, after a participle
    ("The council wrote to the port, asking the board to publish the accounts.\n",
     "the board to publish the accounts", "indirect", "The council"),
    # a cue that is also a plural noun is a verb before a pronoun object
    ("The former mayor calls it her “weather nose”; the crew call it luck.\n", "it her “weather nose”",
     "direct", "The former mayor"),
    ("She says she admires Tamm and calls him “the best pilot on the coast.”\n", "him “the best pilot on the coast.”",
     "direct", "She"),
    # a running quote goes on with the quote before it over a participle of its speaker
    ("“Fixing fees is easy,” Tamm said, claiming that the port was broke. “Fixing trust is not.”\n",
     "“Fixing fees is easy,” Tamm said, claiming that the port was broke. “Fixing trust is not.”",
     "direct", "Tamm"),
    # ... and over a passive of its speaker's ("when asked")
    ("“The crossing went smoothly,” the harbour master told reporters when asked about the storm. “No one was hurt.”\n",
     "“The crossing went smoothly,” the harbour master told reporters when asked about the storm. “No one was hurt.”",
     "direct", "the harbour master"),
    # ... over a relative clause about the speaker
    ("“We won,” said Jaan Tamm, 65, who voted for Ilves but knows the port well. “It was a close vote.”\n",
     "“We won,” said Jaan Tamm, 65, who voted for Ilves but knows the port well. “It was a close vote.”",
     "direct", "Jaan Tamm"),
    # ... and into the next paragraph after an attribution that follows it
    ("“The pier is safe,” the mayor said.\n“We checked it twice.”\n",
     "“The pier is safe,” the mayor said.\n“We checked it twice.”", "direct", "the mayor"),
    # ... and after quoted words read with the sentence they close (a report)
    ("Tamm “has steered ferries through worse storms than this one,” said Ilves, who sailed with him. “He keeps "
     "his nerve.”\n",
     "Tamm “has steered ferries through worse storms than this one,” said Ilves, who sailed with him. “He keeps "
     "his nerve.”",
     "direct", "Ilves"),
    # ... and after a "that" clause of a verb of speech
    ("Ilves added that the port wants to reopen before the vote. “Nobody on the board wants that in writing.”\n",
     "that the port wants to reopen before the vote. “Nobody on the board wants that in writing.”", "mixed", "Ilves"),
    # a title in quotation marks inside the phrase of place after the verb
    ("Tamm backed Ilves until the ferry strike began, he said Wednesday on HTV’s “Dockside Daily.”\n",
     "Tamm backed Ilves until the ferry strike began", "indirect", "he"),
    ("He said on HTV's “Harbour Hour” that the lease was finished.\n", "that the lease was finished", "indirect", "He"),
    # a report in the attribution inside a quote that resumes after it
    ("“Nobody wants to lose,” Tamm said, referring to the harbour board. “They will fight.”\n",
     "the harbour board", "indirect", "Tamm"),
    # a report in a relative clause runs over the verb of the clause it reports
    ("“The port is a mess,” said Ilves, who said the backlog was “far beyond what any captain should accept.”\n",
     "the backlog was “far beyond what any captain should accept.”", "direct", "who"),
    # a past form joined to a word by a hyphen is no verb of speech
    ("“Bookings are down,” Pärnu-based Liisa Kask said. “Winter always hurts.”\n",
     "“Bookings are down,” Pärnu-based Liisa Kask said. “Winter always hurts.”", "direct", "Pärnu-based Liisa Kask"),
    # after a quote that closed its sentence, "X said:" and "X added that" open new statements
    ("“We are dockers,” Ms. Tamm said. “We are not thieves.” Mr. Ilves said: “The strike is over.”\n",
     "“We are dockers,” Ms. Tamm said. “We are not thieves.”", "direct", "Ms. Tamm"),
    ("“We are dockers,” Ms. Tamm said. “We are not thieves.” Mr. Ilves said: “The strike is over.”\n",
     "“The strike is over.”", "direct", "Mr. Ilves"),
    ("“The pier is safe,” said Ilves. “We checked it twice.” Ilves added that the ferry would sail.\n",
     "that the ferry would sail", "indirect", "Ilves"),
    ("“We checked the pier,” she said. “It held up well.” She noted a planned inspection in the harbour.\n",
     "“We checked the pier,” she said. “It held up well.”", "direct", "she"),
    # a quote going on with the sentence its subject opened before the attribution
    ("The port's new cranes, Ms. Tamm said, “show what long-range thinking buys” for the harbour.\n",
     "The port's new cranes, Ms. Tamm said, “show what long-range thinking buys” for the harbour", "mixed",
     "Ms. Tamm"),
    ("The port, the mayor said, “will reopen in May, whatever the council decides.”\n",
     "The port, the mayor said, “will reopen in May, whatever the council decides.”", "direct", "the mayor"),
    # "according to" after quoted words that close the clause
    ("The mayor later compared the hearing to a “rough crossing,” according to her memoir.\n",
     "The mayor later compared the hearing to a “rough crossing,”", "mixed", "her memoir"),
    # "some" and "many" before a verb in the past are its subject
    ("Dockers whistled. Some chanted “Save our pier!”\n", "“Save our pier!”", "direct", "Some"),
    ("The ferry stalled, with many worried that the pier would stay shut all winter.\n",
     "that the pier would stay shut all winter", "indirect", "many"),
    # participles of speech report a clause
    ("She spoke for an hour, declaring that the port would reopen in May.\n",
     "that the port would reopen in May", "indirect", "She"),
    # "feel" holds an opinion as "think" does, with "that" or "like" and a clause
    ("Many dockers feel that the port has been sold off.\n", "that the port has been sold off", "indirect",
     "Many dockers"),
    ("I feel like nobody at the town hall is listening to us.\n", "like nobody at the town hall is listening to us",
     "indirect", "I"),
    # backing and seeking are stances towards their object
    ("The dockers' union backed the mayor's plan to dredge the harbour.\n", "the mayor's plan to dredge the harbour",
     "indirect", "The dockers' union"),
    ("The council is seeking a second ferry licence.\n", "a second ferry licence", "indirect", "The council"),
    # a view many hold, nobody named
    ("Ms. Tamm is widely seen as the favourite to run the port.\n",
     "Ms. Tamm is widely seen as the favourite to run the port", "indirect", None),
    # "In his view, …": what follows is the position of whoever's view it is
    ("In his view, the new pier came too late for the fishermen.\n", "the new pier came too late for the fishermen",
     "indirect", "his view"),
    # a participle or a second verb after the first report is the speaker's next statement
    ("The mayor said the ferry would sail in May, pointing to the repaired pier.\n",
     "the ferry would sail in May", "indirect", "The mayor"),
    ("The mayor said the ferry would sail in May, pointing to the repaired pier.\n",
     "the repaired pier", "indirect", "The mayor"),
    ("Tamm said the port had been mismanaged and accused the council of hiding the accounts.\n",
     "the port had been mismanaged", "indirect", "Tamm"),
    ("Tamm said the port had been mismanaged but did not blame the mayor for the losses.\n",
     "the port had been mismanaged", "indirect", "Tamm"),
    # ", but the union disagreed": a second subject and its verb end the first report
    ("Tamm said the pier was safe, but the dockers' union disagreed.\n", "the pier was safe", "indirect", "Tamm"),
    # phrasal stances: going after, pushing for, pushing back, taking issue with
    ("Tamm went after the council's budget in a fiery speech.\n", "the council's budget in a fiery speech",
     "indirect", "Tamm"),
    ("The dockers are pushing for a new ferry terminal.\n", "a new ferry terminal", "indirect", "The dockers"),
    ("The mayor took issue with the report's findings.\n", "with the report's findings", "indirect", "The mayor"),
    # asking someone about something; ordering someone to do something
    ("Reporters asked the mayor about the delays at the port.\n", "the delays at the port", "indirect", "Reporters"),
    ("The governor ordered the agency to review its rules.\n", "the agency to review its rules",
     "indirect", "The governor"),
    # the news formula for a silence: the request left unanswered
    ("The mayor's office did not respond to a request for comment.\n", "a request for comment", "indirect",
     "The mayor's office"),
    ("Tamm did not return calls seeking comment on Friday.\n", "calls seeking comment", "indirect", "Tamm"),
    # a claim passed on without its source: the whole clause, nobody named
    ("The money was allegedly paid to a shell company in Tartu.\n",
     "The money was allegedly paid to a shell company in Tartu", "indirect", None),
    ("The mayor reportedly told aides that he would veto the budget.\n",
     "The mayor reportedly told aides that he would veto the budget", "indirect", None),
    ("The mayor reportedly told aides that he would veto the budget.\n", "that he would veto the budget", "indirect",
     "The mayor"),
    # echoing a call; deeming and identifying as naming
    ("Tamm echoed the mayor's call for a new pier.\n", "the mayor's call for a new pier", "indirect", "Tamm"),
    ("The council deemed the old pier unsafe.\n", "the old pier unsafe", "indirect", "The council"),
    ("The dockers identified the mayor as the main obstacle to a deal.\n",
     "the mayor as the main obstacle to a deal", "indirect", "The dockers"),
    # a reputation is a view held, nobody named
    ("The senator is known for her fiery speeches about the port.\n",
     "The senator is known for her fiery speeches about the port", "indirect", None),
    # questions and concerns that nobody owns: "there are …", "… sparked …"
    ("There are questions about the cost of the new pier.\n", "the cost of the new pier", "indirect", None),
    ("The vote sparked concerns about the future of the port.\n", "the future of the port", "indirect", None),
    # more verbs of stance and naming, and attitudes with "to"
    ("The mayor compared the strike to a siege.\n", "the strike to a siege", "indirect", "The mayor"),
    ("The council is considering a new ferry licence.\n", "a new ferry licence", "indirect", "The council"),
    ("Tamm voiced support for the dockers.\n", "support for the dockers", "indirect", "Tamm"),
    ("Tamm downplayed the risk of a strike.\n", "the risk of a strike", "indirect", "Tamm"),
    ("The mayor is eager to finish the pier.\n", "finish the pier", "indirect", "The mayor"),
    ("The harbour master conceded that the pier was unsafe.\n", "that the pier was unsafe", "indirect",
     "The harbour master"),
    ("Tamm implied that the mayor had lied about the cost.\n", "that the mayor had lied about the cost",
     "indirect", "Tamm"),
    ("The union refuted the council's figures.\n", "the council's figures", "indirect", "The union"),
    ("The dockers were reluctant to end the strike.\n", "end the strike", "indirect", "The dockers"),
    ("The dockers were furious about the new fares.\n", "the new fares", "indirect", "The dockers"),
    ("The council is open to a new ferry route.\n", "a new ferry route", "indirect", "The council"),
    ("His position on the pier has not changed.\n", "position on the pier", "indirect", "His"),
    # a statement named by a noun, delivered by a verb: its subject owns it
    ("Mayor Jaan Tamm made a promise to finish the pier by May.\n", "promise to finish the pier by May", "indirect",
     "Mayor Jaan Tamm"),
    ("The ministry issued a warning that the pier was unsafe.\n", "warning that the pier was unsafe", "indirect",
     "The ministry"),
    ("Tamm made no secret of his dislike for the council.\n", "his dislike for the council", "indirect", "Tamm"),
    ("Tamm made several sharp comments about the dockers.\n", "comments about the dockers", "indirect", "Tamm"),
    # "According to X, who …, CLAUSE": the claim starts after the relative clause
    ("According to Ruiz, who spoke after the vote, the pier will open in May.\n", "the pier will open in May",
     "indirect", "Ruiz"),
    # a subject before "according to X" belongs to the claim; an adverbial frames it
    ("The mayor, according to two aides, has agreed to a deal.\n",
     "The mayor, according to two aides, has agreed to a deal", "indirect", "two aides"),
    ("Besides, according to the clerk, the ballot was tight.\n", "the ballot was tight", "indirect", "the clerk"),
    # looking forward to, looking to
    ("Tamm is looking to expand the port.\n", "expand the port", "indirect", "Tamm"),
    ("Tamm fired back at the mayor on Tuesday.\n", "at the mayor on Tuesday", "indirect", "Tamm"),
    ("The dockers rallied behind the mayor.\n", "the mayor", "indirect", "The dockers"),
    ("The mayor walked back her comments about the dockers.\n", "her comments about the dockers", "indirect",
     "The mayor"),
    # "trying to defend": the verb after it is the subject's stance
    ("Tamm is trying to defend the pier.\n", "the pier", "indirect", "Tamm"),
    # "it is unclear whether …", "it became obvious that …": a claim without a source
    ("It is unclear whether the night ferry will sail again.\n", "whether the night ferry will sail again", "indirect", None),
    ("It became obvious that the ferry would not sail.\n", "that the ferry would not sail", "indirect", None),
    # a second clause with its own speaker and verb of speech ends the report before it
    ("The mayor said the budget was balanced, but she denied that the port had lost money.\n",
     "the budget was balanced", "indirect", "The mayor"),
    ("The mayor said the budget was balanced, but she denied that the port had lost money.\n",
     "that the port had lost money", "indirect", "she"),
    ("The mayor said the budget was balanced — and she noted that the port had lost money.\n",
     "the budget was balanced", "indirect", "The mayor"),
    ("Critics say the levy hurts small boats, but economists agreed the scheme was still sound.\n",
     "the scheme was still sound", "indirect", "economists"),
    # an adverb before a second participle ("even suggesting") does not join it to the first report
    ("The mayor complained about the late ferries, even suggesting the crews had planned a slowdown.\n",
     "the late ferries", "indirect", "The mayor"),
    ("The mayor complained about the late ferries, even suggesting the crews had planned a slowdown.\n",
     "the crews had planned a slowdown", "indirect", "The mayor"),
    # after a comma, a new subject and a verb of speech open a report of their own
    ("Though he has praised the levy as a gift to islanders, experts say the discount would be "
     "eaten up by fuel surcharges.\n", "the discount would be eaten up by fuel surcharges", "indirect", "experts"),
    # a relative clause with a verb of speech is not part of the object before it
    ("Tamm endorsed Roos, who said she was delighted.\n", "Roos", "indirect", "Tamm"),
    ("Tamm endorsed Roos, who said she was delighted.\n", "she was delighted", "indirect", "who"),
    # a report in a relative clause ends at the comma before the main clause's verb
    ("Mr. Tamm, who understood that a ballot would be hopeless, told his aides to cut the fares.\n",
     "that a ballot would be hopeless", "indirect", "who"),
    # a subject with a relative clause before "said" is not a clause reported by what follows
    ("Anna Rebane, 59, of Tartu, who watched the launch by the pier, said the new hull reminded her "
     "of her father's boat.\n", "the new hull reminded her of her father's boat", "indirect",
     "Anna Rebane"),
    # a document or a person closing the sentence with a verb of showing or holding
    ("Most of the old piers are unsafe, earlier surveys have shown.\n",
     "Most of the old piers are unsafe", "indirect", "earlier surveys"),
    ("Delays are routine at the port, the mayor's former aide maintains.\n",
     "Delays are routine at the port", "indirect", "the mayor's former aide"),
    # "by one estimate" as a source, closing or opening the sentence
    ("Forty berths along the coast have silted up since 2010, by one estimate.\n",
     "Forty berths along the coast have silted up since 2010", "indirect", "one estimate"),
    ("By some accounts, the ferry has lost $2 million since May.\n", "the ferry has lost $2 million since May",
     "indirect", "some accounts"),
    # "as X said" standing alone between commas
    ("The ferry is losing money, as the port authority has said.\n", "The ferry is losing money", "indirect",
     "the port authority"),
    ("As Tamm noted, the ferry has lost money every year.\n", "the ferry has lost money every year", "indirect",
     "Tamm"),
    ("Tartu, as one of the mayor's advisers pointed out, rarely gets two storms in a row.\n",
     "Tartu, as one of the mayor's advisers pointed out, rarely gets two storms in a row", "indirect",
     "one of the mayor's advisers"),
    # "his argument was that …": the clause after the copula
    ("His argument was that the port could not survive another winter.\n",
     "that the port could not survive another winter", "indirect", "His"),
    # an adverb between the verb and its "that"
    ("Skippers complain loudly that the mooring rules are too strict.\n", "that the mooring rules are too strict",
     "indirect", "Skippers"),
    # "appeared to suggest": the verb of speech after a hedge, and the hedge's subject
    ("The mayor is under fire after she appeared to suggest that fishermen are to blame.\n",
     "that fishermen are to blame", "indirect", "she"),
    ("Ilves was furious that the contract let the shipyard off the repair bill.\n",
     "that the contract let the shipyard off the repair bill", "indirect", "Ilves"),
    # a claim nobody owns after "by" ("haunted by charges that …")
    ("For years, the pilot has been haunted by charges that he slept on his watch.\n",
     "that he slept on his watch", "indirect", None),
    # a hyphenated noun of people ("ex-wife") heads a subject
    ("His ex-partner nodded, but then contended that she should keep the boat.\n", "that she should keep the boat",
     "indirect", "His ex-partner"),
    # "although she declined to …": a stance after a concessive ends the report before it
    ("Ilves said the quay was sound, although she again declined to publish the survey.\n", "the quay was sound",
     "indirect", "Ilves"),
    ("Ilves said the quay was sound, although she again declined to publish the survey.\n", "to publish the survey",
     "indirect", "she"),
    # an attribution inside the sentence with a time or place after its verb: all of it is reported
    ("The deckhands, Tamm explained later in the session, were fairly paid.\n",
     "The deckhands, Tamm explained later in the session, were fairly paid", "indirect", "Tamm"),
    # a passive of report or stance with its agent right after it: the subject is what was reported
    ("The ferry sale was first reported by the Pärnu Courier.\n", "The ferry sale", "indirect",
     "the Pärnu Courier"),
    ("The toll was rejected by the council in 2015.\n", "The toll", "indirect", "the council"),
    # "A, X said, and B": the report goes on after its attribution, unless B is a statement of its own
    ("Ferry bookings fell by a fifth, the agency said in its spring review, and cargo held steady.\n",
     "Ferry bookings fell by a fifth, the agency said in its spring review, and cargo held steady",
     "indirect", "the agency"),
    ("Tankers brought in a third of the cargo, according to the harbour office, and container ships "
     "brought in half.\n", "Tankers brought in a third of the cargo, according to the harbour office, and "
     "container ships brought in half", "indirect", "the harbour office"),
    ("The pier is safe, the mayor said, and added that the ferry would sail.\n", "The pier is safe", "indirect",
     "the mayor"),
    # a second stance after "and has …" keeps the sentence's subject
    ("Roos has criticised the harbour dues for years, and has called for ending the toll exemption.\n",
     "ending the toll exemption", "indirect", "Roos"),
    # a name with an appositive, and a subject with a time before its verb
    ("Jaan Tamm, the opposition leader, bemoaned the gridlock at the ferry terminal.\n",
     "the gridlock at the ferry terminal", "indirect", "Jaan Tamm, the opposition leader"),
    ("After the vote, the harbour board last week rejected a request from the dockers to extend the season.\n",
     "a request from the dockers to extend the season", "indirect", "the harbour board"),
    # a cue form in a name ("the United States") does not end the subject
    ("At the time, the United States promised that by 2030 it would end the quotas on fish.\n",
     "that by 2030 it would end the quotas on fish", "indirect", "the United States"),
    # a year closing the subject ("a tribunal in 2019 found")
    ("The shipyard lodged an appeal, though a maritime tribunal in 2019 found the port was at fault.\n",
     "the port was at fault", "indirect", "a maritime tribunal"),
    # an aside between a quantified subject and its verb ("Some dockers, however, question …")
    ("Some dockers, though, question the sense of the new toll.\n", "the sense of the new toll", "indirect",
     "Some dockers"),
    # a finding as the object of a verb of showing
    ("Two surveys of island voters have shown support for the bridge slipping.\n", "support for the bridge slipping",
     "indirect", "Two surveys of island voters"),
    # naming a person with a label after a relative clause; "who" speaks for the people before it
    ("One of the pilots who signed the petition called Tamm a menace and a fraud.\n", "Tamm a menace and a fraud",
     "indirect", "One of the pilots who signed the petition"),
    # a name and its appositive before the verb of stance
    ("Anna Ilves, the former harbour master, stressed her backing for the dredging plan.\n",
     "her backing for the dredging plan", "indirect", "Anna Ilves, the former harbour master"),
    # a participle opening the sentence: its subject follows the comma
    ("Claiming the new levy would ruin small fishermen, Jaan Tamm walked out.\n",
     "the new levy would ruin small fishermen", "indirect", "Jaan Tamm"),
    ("Lamenting the weather, the dockers often say the port is jinxed.\n", "the weather", "indirect", "the dockers"),
    ("In defending his crew, Tamm gave few specifics.\n", "his crew", "indirect", "Tamm"),
    # "admitted" (a doubled consonant) is a stance too
    ("Tamm has admitted using the harbour fund's boat for a family trip.\n",
     "using the harbour fund's boat for a family trip", "indirect", "Tamm"),
    # a singular role or source noun before "calls for" makes it a verb
    ("Retired port director calls for a winter ferry reserve.\n", "a winter ferry reserve", "indirect",
     "Retired port director"),
    # a document's words: "”, the letter reads"
    ("“We will not sell the pier,” the letter reads.\n", "“We will not sell the pier,”", "direct",
     "the letter"),
    # naming with "as" after an adverb, and verbs of stance that link, admire or love
    ("Two winters ago, the mayor effectively painted Tamm as a reckless speculator.\n",
     "Tamm as a reckless speculator", "indirect", "the mayor"),
    ("Tamm often linked the dredging delays to the mayor's brother-in-law.\n",
     "the dredging delays to the mayor's brother-in-law",
     "indirect", "Tamm"),
    # "outlined" (inflect needs "outlin/e"), "debated", "grilled"
    ("The mayor also outlined her winter timetable and promised extra sailings.\n", "her winter timetable", "indirect",
     "The mayor"),
    ("Sailors have long debated the best line through the strait.\n", "the best line through the strait",
     "indirect", "Sailors"),
    # a second subject and verb of stance after "and" or a comma: a statement of its own
    ("Port officials said the ministry mishandled the inquiry and Greens accused the board of hiding it.\n",
     "the ministry mishandled the inquiry", "indirect", "Port officials"),
    ("Tamm says dockers gain from the toll, but he has offered nothing that would lift his own dues.\n",
     "nothing that would lift his own dues", "indirect", "he"),
    # a "that" clause after a statement noun goes on over its commas …
    ("The mayor was open about her admission that to afford the new ferries, she must raise the toll.\n",
     "admission that to afford the new ferries, she must raise the toll", "indirect", "her"),
    # … and a report hanging on "after" ends at the comma before the main clause, not inside it
    ("After aides insisted that the toll was fair to dockers, whose pay is low, the mayor has cut it.\n",
     "that the toll was fair to dockers, whose pay is low", "indirect", "aides"),
    # "voted (Thursday) to …" takes a stance; "voted early" does not
    ("A harbour panel voted Thursday to suspend the port chief's licence.\n",
     "Thursday to suspend the port chief's licence", "indirect", "A harbour panel"),
    # "signed an agreement to", "filed a motion to"; a role owns a statement noun ("the mayor's plan to")
    ("The Gazette filed a motion to open the sealed dredging bids.\n", "motion to open the sealed dredging bids", "indirect",
     "The Gazette"),
    # a verb of aspect before a participle keeps its subject ("avoids condemning")
    ("Roos avoids condemning the dockers' walkout.\n", "the dockers' walkout", "indirect", "Roos"),
    # criticism "for" something nobody is named to own; "came under … criticism for"
    ("In 2017, the council came under sharp criticism for its silence during the dock strike.\n",
     "its silence during the dock strike", "indirect", None),
    # a hearer after "with" before what was talked about; "pleads for"
    ("She went round the islands to talk with harbour chiefs about plans to calm the dockers.\n",
     "plans to calm the dockers", "indirect", "She"),
    ("Tamm's daughter pleads for his release.\n", "his release", "indirect", "Tamm's daughter"),
    # a modal between subject and verb; verbs of hearing and knowing with their clause
    ("On a calm night like this, we might wish that the council would fix the pier.\n",
     "that the council would fix the pier", "indirect", "we"),
    ("Most islanders have heard that the night ferry will stop in May.\n", "that the night ferry will stop in May",
     "indirect", "Most islanders"),
    ("Voters learned again during the harbour forum that Tamm will not budge.\n", "that Tamm will not budge",
     "indirect", "Voters"),
    # "said as much", "does not think so": a report standing for one made before
    ("His press officer said as much on the radio on Friday.\n", "as much", "indirect",
     "His press officer"),
    ("Too soon? She does not think so.\n", "so", "indirect", "She"),
    # "has yet to explain why …": the verb after "yet to" is the subject's
    ("So far, she has yet to explain why the night ferry was cut.\n", "why the night ferry was cut",
     "indirect", "she"),
    # a one-word object of a stance
    ("The ferry company declared bankruptcy.\n", "bankruptcy", "indirect", "The ferry company"),
]


@pytest.mark.parametrize("text, content, kind, speaker", FOUND)
def test_quote_recall_content_kind_and_speaker(blank_nlp, text, content, kind, speaker):
    q = _quote_with(blank_nlp, text, content)
    assert (q["kind"], _speaker(text, q)) == (kind, speaker)


@pytest.mark.parametrize("text", [
    "Nearly forty thousand islanders cast a vote in the harbour referendum on Sunday.\n",
    "Tamm is ahead in the harbour poll, which worries the mayor.\n",
    "Jaan Tamm said on Harbour TV’s “Morning Port.”\n",
    "The dockers painted the old ferry in the colours of the port.\n",
    "She felt the cold wind from the harbour.\n",
    "In the end, the new pier came too late for the fishermen.\n",
    "The old lighthouse is seen as a landmark.\n",
    "The governor ordered an inquiry into the crash.\n",
    "The ferry returned to port after the storm, and nobody would comment.\n",
    "The allegedly stolen car was found on Tuesday.\n",
    "The pier is unclear of debris.\n",
    "The old ferry laid up for the winter in Tartu.\n",
    "The ferry hit the pier in the fog.\n",
    "It is a safe bet that the ferry will be late.\n",
    "The pier was supported by steel beams.\n",
    "The ferry was written off after the storm.\n",
    "They formed a group called Harbour Watch.\n",
    "The gang broke in by smashing a window.\n",
    "The phone calls for the mayor went unanswered.\n",
    "The debate ended late on Monday.\n",
    "Many dockers voted early in Tartu.\n",
    "Tamm did so many things for the port.\n",
    "Standing on the pier in the rain, the crowd waited for the ferry.\n",
])
def test_quote_recall_near_misses_find_nothing(blank_nlp, text):
    assert _quotes(blank_nlp, text) == []


@pytest.mark.parametrize("text, spans", [
    # a quote in a parenthesis that closes the paragraph does not run on
    ("The firm counts more. (Its rival counts 500 “family fortunes.)\n“The lists differ,” Tamm said.\n",
     ["“family fortunes.)", "“The lists differ,”"]),
    # a ” opening a paragraph opens a quote
    ("”The pier is safe,” he said.\n", ["”The pier is safe,”"]),
], ids=["quote_in_parentheses_does_not_run_on", "paragraph_opening_closing_mark_opens"])
def test_quote_recall_quote_spans(text, spans):
    assert [text[a:b] for a, b in quote_spans(text)] == spans
