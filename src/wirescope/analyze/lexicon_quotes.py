"""Word lists for quotes: reporting verbs, stances, speakers and the small words around them."""

from __future__ import annotations


CUES = frozenset("""
said says say saying told tells telling added adds adding wrote writes writing stated states
asked asks note noted notes noting claimed claims argued argues warned warns warning explained explains
insisted insists stressed stresses announced announces confirmed confirms denied denies
acknowledged acknowledges admitted admits complained complains tweeted posted replied replies
responded responds declared declares predicted predicts urged urges called calls suggested suggests
recalled recalls continued concluded concludes believes believed thinks thought reported reports
cautioned observed remarked commented comments insisted promised promises vowed vows pledged
estimated estimates described describes emphasised emphasized emphasizes emphasises underlined
countered added, agreed agrees disputed disputes alleged alleges announced assured assures
reiterated reiterates acknowledged acknowledges hoped hopes expected expects feared fears worried
worries knew knows argue believe think suggest predict insist warn fear hope expect know agree
found finds showed shows show shown showing indicated indicates concluded estimated
wondered quipped joked mused shouted yelled exclaimed snapped retorted laughed sighed pleaded
demanded boasted bragged conceded reflected whispered answered offered ventured lamented texted
emailed testified calling describing
yells shouts shouted shouting yelling screams screamed screaming chants chanted chanting sings sang
singing cries cried whispers mutters muttered exclaims asking
assert asserts asserted asserting contend contends contended contending maintains maintained
reveals revealed disclose discloses disclosed signaled signalled hinted proclaims proclaimed affirmed
reaffirmed speculated acknowledging conceding worry charged charges exhorted exhorts implored implores begged
begs
declaring stating recalling remarking responding replying answering complaining commenting cautioning
concluding revealing disclosing indicating maintaining alleging tweeting testifying proclaiming boasting
bragging joking quipping hinting signaling signalling speculating observing countering pleading wondering
reminding retorting lamenting affirming reaffirming suggesting
feel feels felt ordered orders ordering instructed instructs directed directs tell explain declare indicate
recall retweeted retweets concede concur concurred confess confessed
confesses confessing confide confided estimate forecast forecasted fume fumed fuming grumble grumbled grumbling
gushed crowed implied implies imply implying inform insinuate insinuated maintain observe opine opined opines plead
posit posited proclaim reassure reassured reassuring remark remind retort reveal
scoffed shout speculate surmise surmised swear swears swore sworn swearing teased theorize theorized write
guarantee guaranteed assure signal complain
read reads
""".replace(",", "").split())
# Cues that take a hearer before the message ("told reporters that ...").
OBJECT_CUES = frozenset("told tells telling assured assures warned warns warning urged urges urging asked asks "
                        "asking exhorted exhorts implored implores begged begs ordered orders ordering instructed "
                        "instructs directed directs tell reassure reassured "
                        "reassures reassuring assure informed informs notified notifies notify".split())
# Cues that describe rather than report; they make a quote only with quotation marks.
WEAK_CUES = frozenset("""called calls calling described describes describing thought thinks believed
believes feel feels felt""".split())
AUX = frozenset("""also later earlier previously then again recently repeatedly has have had
would will once further separately publicly privately bluntly flatly long often already never not even first
afterward afterwards
almost nearly still might may could should must
n't openly reportedly now did does do""".split())
# "was added to the list", "the comments", "of reports": no reporting verb here.
NOT_BEFORE_CUE = frozenset("""was were is are be been being the a an his her its their these those
this of in on for with to by our my your some many any no early new recent""".split())
# Cue forms that are also plural nouns; they count only after a name or a pronoun.
NOUN_LIKE = frozenset("""reports comments states claims calls notes promises vows pledges estimates
remarks thoughts warnings charges""".split())
PARTICIPLES = frozenset("saying adding noting telling warning calling arguing insisting writing "
                         "explaining stressing claiming".split())
CUES = CUES | PARTICIPLES
# Verbs of knowing and deciding: a report only with the clause they open ("learned that",
# "ruled that", "realizes that"), which `report_at` asks of every cue that is not "said".
COGNITION = frozenset("""learn learned learns learnt realize realized realizes realise realised realises
understand understands understood recognize recognized recognizes recognise recognised recognises discover
discovered discovers determined determines ruled guessed figured assumed assumes recognizing realizing
suspect suspects suspected doubt doubts doubted imagine imagined imagines remember remembers remembered
noticed notices reckon reckons reckoned suppose supposes conceded concedes acknowledge agree
convinced persuaded reminded reminds informed informs assured promised heard hear hears assume knowing
feeling notified notifies notify""".split())
CUES = CUES | COGNITION
PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": None, "him": "PERSON", "her": "PERSON",
             "it": "ORG", "we": None, "i": None, "his": "PERSON", "their": None, "its": "ORG", "you": None}
POSSESSIVES = frozenset("his her their its".split())
# Nouns that name a statement, with the word that opens what was stated ("call for a ban").
NOMINAL = {
    "call": ("for",), "calls": ("for",), "criticism": ("of",), "opposition": ("to",),
    "support": ("for",), "proposal": ("to", "for", "that"), "plan": ("to", "for"), "plans": ("to", "for"),
    "pledge": ("to", "that"), "promise": ("to", "that"), "claim": ("that",), "claims": ("that",),
    "assertion": ("that",), "argument": ("that",), "warning": ("that", "of", "about"),
    "demand": ("for", "that"), "demands": ("for", "that"), "insistence": ("that", "on"),
    "accusation": ("that",), "accusations": ("that",), "vow": ("to",), "threat": ("to",),
    "suggestion": ("that",), "denial": ("of", "that"), "endorsement": ("of",), "praise": ("for",),
    "attack": ("on",), "attacks": ("on",), "complaint": ("about", "that"), "complaints": ("about", "that"),
    "view": ("that", "on", "of"), "belief": ("that",), "comments": ("about", "on"), "remarks": ("about", "on"),
    "statement": ("that", "about", "on"), "description": ("of",), "defense": ("of",), "defence": ("of",),
    "rejection": ("of",), "condemnation": ("of",), "push": ("for",), "appeal": ("for", "to"),
    "concern": ("that",), "fear": ("that",), "worry": ("that",), "recognition": ("that",),
    "acknowledgment": ("that",), "acknowledgement": ("that",), "message": ("that",), "notion": ("that",),
    "narrative": ("that",), "conclusion": ("that",), "prediction": ("that",), "allegation": ("that",),
    "charge": ("that",), "contention": ("that",), "suspicion": ("that",), "pronouncement": ("that",),
    "hope": ("that",), "assurance": ("that",), "report": ("that",), "agreement": ("that", "to"),
    "idea": ("to", "that"), "decision": ("to",), "announcement": ("that", "of"), "advice": ("to",),
    "debate": ("over", "about", "on"), "position": ("on", "that"), "views": ("on", "about"),
    "opinion": ("on", "of", "that"), "vision": ("for",), "objection": ("to",), "approval": ("of",),
    "apology": ("for",), "admission": ("that", "of"), "reminder": ("that",),
    "secret": ("of",), "point": ("that",), "case": ("that", "for", "against"), "mention": ("of",),
    "commitment": ("to", "that"), "plea": ("for", "to"), "offer": ("to", "of"),
    "refusal": ("to",), "speculation": ("that",),
    "assumption": ("that",), "evidence": ("that",), "impression": ("that",), "perception": ("that",),
    "expectation": ("that",), "consensus": ("that",), "theory": ("that",), "implication": ("that",),
    "sense": ("that",), "understanding": ("that",), "realization": ("that",), "insinuation": ("that",),
    "bet": ("that",), "comment": ("about", "on", "that"), "skepticism": ("about", "of", "that"),
    "determination": ("to", "that"), "reservations": ("about",), "disdain": ("for",), "contempt": ("for",),
    "admiration": ("for",), "adulation": ("of",), "motion": ("to", "for"),
    "critique": ("of",), "dislike": ("of", "for"), "stance": ("on", "against"), "hostility": ("to", "toward", "towards"),
    "reluctance": ("to",), "unwillingness": ("to",), "willingness": ("to",), "enthusiasm": ("for",),
    "distaste": ("for",), "preference": ("for",),
}
# Nouns of a statement that is news with no owner named ("amid concerns about the
# debt", "allegations of fraud"): the object is reported without a speaker.
UNOWNED = {noun: tuple(words.split(",")) for noun, _, words in (item.partition(":") for item in """
concern:about,over,that concerns:about,over,that question:about,over questions:about,over criticism:of,over,for
skepticism:about,of scepticism:about,of disagreements:about,over debate:about,over reservations:about
allegation:of,against,that allegations:of,against,that accusation:of,against,that accusations:of,against,that
claims:of,that reports:of,that rumors:of,that rumours:of,that speculation:about,over,that fears:of,about,that
doubts:about,over,that outrage:over,at complaints:about,of,that warnings:of,about,that
charges:that""".split())}
# plurals name statements too ("his promises to …", "their threats to …")
NOMINAL.update({noun + "s": words for noun, words in list(NOMINAL.items())
                if not noun.endswith(("s", "sh")) and noun + "s" not in NOMINAL})
NP_STOP = frozenset("""that which who whom whose what how why and but because if when while as after before
since though although where so than or nor yet — – ; : ( ) [ ] “ ” " ‘ ’ ''""".split())
AFTER_STOP = frozenset("on in at during this last earlier later on, told to from after before when "
                        "while as in, adding noting who which".split())
# Reporting verbs that carry speech on their own ("Vujović said the blockade ...");
# other cues make indirect speech only with "that" or a colon after them.
# Cues that put the speaker after them ("…, said Roos.").
INVERTING = frozenset("said says told added asked wrote writes continued explained replied "
                       "answered argued insisted noted warned recalled reported stated declared "
                       "announced responded countered observed remarked quipped joked tweeted "
                       "cautioned conceded acknowledged complained concluded predicted shouted "
                       "yelled read reads".split())
VERBISH = frozenset("would will could should can may might must is was were are has had have "
                     "did does do be been".split())
BARE_CUES = frozenset("said says say saying told tells telling".split())
# What an unnamed speaker's last word may be: people, bodies and documents that speak.
SOURCE_NOUNS = frozenset("""people sources source officials aides aide advisers advisors analysts
experts critics residents witnesses authorities authority police statement report ministry government
military campaign committee administration department agency office army spokesperson lawmakers
voters supporters allies leaders diplomats observers investigators prosecutors lawyers attorney
poll survey study data figures documents filings court judge advocate board council company firm group
organization organisation party team family families friends colleagues insiders members
security services forces troops residents citizens activists protesters organisers organizers
researchers scientists economists doctors staff staffers spokesmen spokeswomen union unions
commission parliament congress senate house regime cabinet presidency kremlin pentagon embassy
newspaper agency channel network website media outlet officer commander ministers
analysis result number record email memo letter filing candidate nominee front-runner frontrunner
challenger incumbent host author actor actress businessman businesswoman legislator congressman
congresswoman councilman councilwoman delegate strategist pollster consultant aide worker
employee owner resident voter student teacher father mother son daughter wife husband
video footage recording photo image chart graph slide map tape clip transcript average tally estimate
journalist reporter editor writer columnist commentator scholar professor historian academic parent
veteran farmer miner nurse doctor demonstrator panel jury tribunal country nation
bishop priest rabbi imam lawyer physician surgeon ad advert
commercial editorial op-ed column article sign
crowd audience rival man men woman women camp conservative liberal progressive moderate donor operative
manager star community pundit attendee pastor tycoon mogul legislature user partner tweet book paper
lawsuit suit narrator hopeful note card banner poster headline caption flyer petition notice""".split())
# Words that open an adverbial before a sentence's subject ("After the debate, aides said").
LEADING = frozenset("""after when while in on at since as if although though despite during for
with without because before until following among like unlike last this earlier later by from
once unless whereas amid given outside inside beyond across along besides under over through
throughout within behind to lest""".split())
DISCOURSE = frozenset("but and yet so still now instead however meanwhile also then indeed".split())
# Words that may end a subject without being a noun: quantifiers and object pronouns.
SUBJECT_ENDS = frozenset("""them us both all many most some others few several each either
neither none half""".split())
# Quantifiers that stand for people as a subject ("all agreed", "many say").
PEOPLE_QUANTIFIERS = SUBJECT_ENDS - {"them", "us", "none", "half"} | frozenset(
    "someone somebody everyone everybody anyone anybody nobody percent".split())
# What can open a complement clause after a cue ("announced Friday she will run again").
CLAUSE_OPENERS = frozenset("he she they it we i you there this these those".split())
DETERMINERS = frozenset("the a an his her their its our some many most no all this these".split())
# Conjunctions that open a contrasting clause, which may report someone else.
CONCESSIVE = frozenset("though although while whereas".split())
SUBORDINATORS = frozenset("after before since until when while because as if unless although lest".split())
FUNCTION_WORDS = NP_STOP | VERBISH | frozenset("""the a an of to in on at by for with from
about into over under not no very more less""".split())
# Cues of opinion that report a statement only when a clause follows ("I think it will").
OPINION = frozenset("think thinks thought believe believes believed feel feels felt".split())
# Cues of holding, not telling: after "and" or a comma inside a reported clause they go on
# with the clause's own subject ("said she had grown weary of it and feared a strike"), where a
# verb of telling opens a second statement ("said it was safe and warned passengers …").
MENTAL = OPINION | (COGNITION - frozenset("""conceded concedes acknowledge agree promised assured reminded
reminds informed informs notified notifies notify""".split())) | frozenset("""hope hopes hoped expect expects
expected fear fears feared worry worries worried know knows knew wonder wondered""".split())
# Past forms of cues that do not end in -ed ("told", "wrote"); with those in -ed and -s, what
# tells a base form ("tell", "warn") from the forms a reporting verb takes.
IRREGULAR_PAST = frozenset("""said told wrote thought felt knew found swore sang spoke made gave took sent kept went
came left began got held stood ran brought met led won lost""".split())
# Cues whose subject is evidence ("a Harbour Post poll showed Tamm in third").
EVIDENCE = frozenset("show shows showed showing shown found finds indicated indicates suggests suggested".split())
# What may follow "X said" at the end of an attribution.
TAIL_PREPS = frozenset("on in at during to with for from via over after before".split())
TAIL_END = (".", ",", ";", "—", "–", "--", "(", "!", "?", ":")
TAIL_CLAUSES = frozenset("""who adding citing according because as but and after when while before
which saying noting""".split())
HEARERS = frozenset("""the a an reporters journalists me us him her them court audience crowd
supporters lawmakers members donors voters students congress parliament officials leaders
colleagues viewers listeners readers people""".split())


def inflect(stems: str) -> frozenset[str]:
    """Verb forms of "criticiz/e" style stems: base, -s, -ed, -ing ("/" marks the stem end)."""
    out = set()
    for item in stems.split():
        stem, _, e = item.partition("/")
        base = stem + e
        out |= {base, base + "s" if not base.endswith(("s", "sh", "ch")) else base + "es"} if e != "y" else {base}
        if e == "e":
            out |= {stem + "ed", stem + "ing"}
        elif e == "y":
            out |= {stem + "ied", stem + "ies", base + "ing"}
        else:
            out |= {base + "ed", base + "ing"}
    return frozenset(out)


# Verbs that report a stance without a clause: what follows is the position taken
# ("Rebane criticized Roos's vote on the lease", "Vujović vowed to dredge the channel").
STANCE = inflect("""criticiz/e criticis/e endors/e defend support propos/e prais/e oppos/e denounc/e
want wish intend reject dismiss blam/e accus/e attack blast decr/y question condemn slam mock knock challeng/e
applaud welcom/e promis/e pledg/e threaten demand request recommend advocat/e insist
den/y confirm acknowledg/e admit cit/e mention discuss highlight emphasiz/e emphasis/e tout
predict warn express announc/e argu/e vow urg/e lament decri/e report suggest reiterat/e repeat
outlin/e detail recount agre/e refus/e declin/e hop/e expect decid/e offer claim not/e encourag/e bemoan
referenc/e ignor/e promot/e champion embrac/e favor favour rebuk/e lambast derid/e ridicul/e assail
excoriat/e chid/e scold berat/e laud hail commend congratulat/e thank credit fault salut/e extol invok/e
disparag/e savag/e stress declar/e link/e chronicl/e admir/e unveil profil/e lov/e grill
reveal disclos/e tweet describ/e explain recall""") | frozenset(
    "slammed knocked backed backing backs plan plans planned seek seeks seeking sought prefer prefers preferred "
    "panned panning foresee foresees foresaw echo echoes echoed echoing slamming planning voiced voicing "
    "considering mulling fearing rebuffed downplayed downplaying cheered rebut rebuts rebutted refute refutes refuted "
    "dispute disputes regret regrets regretted heralded trumpeted floated belittle "
    "belittled torched bashed bashing hammered hammering admitted admitting debated debating voted "
    # verbs of speech and writing whose object is what was said ("wrote a column", "chanted his name")
    "write writes wrote retweeted retweets chanted chants remember remembers remembered "
    "proclaimed proclaims reaffirmed reaffirms affirmed disputed signaled signalled signals fear fears feared".split())
# Stances of wanting, deciding and backing rather than of speaking: like `MENTAL`, they go
# on with a reported clause's own subject ("said the skipper ignored the warning and refused to turn back").
VOLITION = inflect("""want wish intend refus/e declin/e decid/e plan seek prefer support oppos/e favor favour
ignor/e embrac/e lov/e admir/e tr/y attempt need""") | frozenset("sought planned".split())
# Phrasal cues: the particle belongs to the cue ("called for a ban", "pointed to the tide tables").
PHRASAL = {"called": ("for", "on"), "calls": ("for", "on"), "calling": ("for", "on"),
            "call": ("for", "on"), "pointed": ("to", "out"), "points": ("to", "out"),
            "pointing": ("to", "out"), "referring": ("to",), "referred": ("to",), "refers": ("to",),
            "talked": ("about",), "talking": ("about",), "talks": ("about",), "spoke": ("about", "of"),
            "railed": ("against",), "complained": ("about",), "warned": ("of", "against", "about"),
            "asked": ("about",), "wrote": ("about", "of"), "weighed": ("in",),
            "believe": ("in",), "believes": ("in",), "believed": ("in",)}


def _phrasal(table: str, forms: str) -> dict[str, tuple[str, ...]]:
    """Verb forms of "talk:about,of" lines: stems as in `inflect`, then exact forms."""
    out: dict[str, tuple[str, ...]] = {}
    items = [(word, particles, True) for word, particles in (i.split(":") for i in table.split())]
    items += [(word, particles, False) for word, particles in (i.split(":") for i in forms.split())]
    for word, particles, stem in items:
        for form in inflect(word) if stem else {word}:
            out[form] = tuple(dict.fromkeys(out.get(form, ()) + tuple(particles.split(","))))
    return out


# Verbs of speech and stance whose object follows a particle ("talked about the debt",
# "voted against the bill", "focused on jobs").
PHRASAL_VERBS = _phrasal("""talk:about,of speak:about,of brag:about boast:about,of complain:about
worr/y:about comment:on,about focus:on advocat/e:for
argu/e:for,against lobb/y:for,against apologiz/e:for apologis/e:for ask:about,for hint:at
allud/e:to touch:on dwell:on elaborat/e:on testif/y:about,on caution:against,about object:to
agre/e:with,on disagre/e:with,on,about sid/e:with hop/e:for rant:about,against jok/e:about mus/e:about
wonder:about press:for vouch:for rail:against lash:out tweet:about blog:about insist:on reflect:on
rul/e:against vot/e:for,against plead:for""",
                         """spoke:about,of spoken:about,of bragged:about bragging:about
fretted:about fretting:about blogged:about came:against comes:against coming:against
go:after goes:after going:after went:after gone:after push:for,back pushes:for,back pushed:for,back
pushing:for,back looking:to,forward look:forward looks:forward looked:forward take:issue,aim takes:issue,aim
took:issue,aim taken:issue,aim taking:issue,aim fire:back fires:back fired:back firing:back lay:out lays:out
laid:out laying:out hit:back,out hits:back,out hitting:back,out jabbed:at jabbing:at swiped:at swiping:at
rallied:behind,around rallying:behind,around broke:with breaks:with breaking:with doubled:down doubling:down
walked:back walking:back walks:back""")
for _verb, _particles in PHRASAL_VERBS.items():
    PHRASAL[_verb] = tuple(dict.fromkeys(PHRASAL.get(_verb, ()) + _particles))
# Verbs of naming: "called the plan a hoax", "described the vote as a mistake".
NAMING = frozenset("called calls call calling describe described describes describing labeled labelled labels "
                   "branded brands dubbed dubs termed terms likened likens deemed deems compared "
                   "compares comparing".split())
# Verbs that name only with "as" after their object ("cast himself as an outsider",
# "portrayed the deal as a surrender"; not "cast a vote", "painted the house").
AS_NAMING = inflect("cast portray paint characteriz/e characteris/e fram/e pitch identif/y view regard") | frozenset(
    "see sees saw seen seeing".split())   # "saw the vote as a warning", "views the levy as a tax"
NAMING = NAMING | AS_NAMING
# What after a naming verb makes it something else ("called for", "called off", "called him").
NAMING_STOP = frozenset("""for on off up back in into out at to it him her them me us you an a meeting
hearing election vote session""".split())
# Works with titles ("her 2011 book, “Ride the Northern Tide,”").
WORKS = frozenset("""book show film movie song album program programme column article essay series
documentary play podcast novel memoir poem painting exhibition""".split())
# Labels that stand before a colon without speaking ("Update: …", "Photo: …").
LABELS = frozenset("""update updated note photo photos video watch read related editor editor's
correction clarification exclusive breaking analysis opinion live listen source sources credit caption warning
subscribe advertisement sign follow see more background conclusion summary q a bottom why what
how the this here answer question plus name contributing byline boom bonus also tags topics filed via
reporting""".split())
# What "In a …," can frame as a source.
DOCUMENTS = frozenset("""poll survey interview statement letter report memo speech op-ed tweet post
filing testimony essay column book remark editorial study analysis document email message
briefing lawsuit complaint ruling opinion""".split())
# What "In his …," frames as someone's position ("In his view, …", "In Smith's words, …").
VIEWS = frozenset("view views opinion estimation judgment judgement words mind eyes account telling assessment".split())
# Words of a time closing an aside of speech ("as the Post reported a few days later").
ASIDE_TIMES = frozenset("a few days weeks months years later earlier ago last this recently".split())
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight week month year morning afternoon evening night weekend""".split())

NOT_VERB_ED = frozenset("red bed shed need seed speed feed breed hundred united armed retired "
                         "elected embattled alleged so-called self-described".split())
# Words that open what a cue reports ("asked Roos how …", "said that …").
COMPLEMENTIZERS = frozenset("that whether if how why what when where who whom which".split())

# -- beliefs and attitudes (`quote_beliefs`) --------------------------------------------
# Adjectives of attitude with the words that open their object ("critical of the plan",
# "confident that …"); they report a belief after a form of "be" ("she was skeptical of").
_ATTITUDES = """critical:of skeptical:of,about,that sceptical:of,about,that concerned:about,that,over
worried:about,that,over wary:of,about supportive:of opposed:to confident:that,about,of convinced:that,of
sure:that,of,about certain:that,of,about aware:of,that unaware:of,that hopeful:that,about,of
optimistic:about,that pessimistic:about,that fearful:of,that afraid:of,that angry:about,at,over,that
upset:about,with,over,that frustrated:with,by,about,over,that pleased:with,by,about,that
happy:with,about,that unhappy:with,about,that disappointed:in,with,by,that proud:of,that
grateful:for,that enthusiastic:about excited:about nervous:about anxious:about uneasy:about,with
uncomfortable:with eager:to willing:to reluctant:to determined:to
hesitant:to,about unwilling:to prepared:to inclined:to desperate:to,for
intent:on furious:at,about,with,over,that outraged:by,at,over,that incensed:by,at,over,that appalled:by,at,that
disgusted:by,with dismayed:by,at,that delighted:by,with,that thrilled:with,by,about,that comfortable:with
dismissive:of contemptuous:of suspicious:of doubtful:about,of,that,whether
unsure:of,about,whether uncertain:about,whether coy:about vague:about,on silent:on,about
adamant:that,about insistent:that,on emphatic:that passionate:about outspoken:about,on,against
vocal:about,in open:about,to unapologetic:about defensive:about cautious:about,of mindful:of
appreciative:of respectful:of tolerant:of fond:of jealous:of envious:of ashamed:of embarrassed:by,about
satisfied:with dissatisfied:with impressed:by,with alarmed:by,about,that troubled:by,that
dubious:about,of keen:on bullish:on,about bearish:on,about upfront:about enamored:of enamoured:of
interested:in shy:about mum:about,on public:about quiet:about,on candid:about honest:about frank:about
reticent:about cagey:about evasive:about hostile:to,toward,towards sympathetic:to,toward,towards receptive:to
committed:to devoted:to dedicated:to loyal:to averse:to resistant:to amenable:to indifferent:to fixated:on
focused:on firm:on soft:on tough:on right:about wrong:about correct:about confused:about divided:on,over,about
split:on,over united:on,behind unanimous:in,that"""
ATTITUDES = {adj: tuple(words.split(",")) for adj, _, words in
             (item.partition(":") for item in _ATTITUDES.split())}
# What may stand between a subject and an attitude ("has been", "seems", "grew").
BE = frozenset("""is are was were be been being 's ’s 're ’re am 'm ’m remain remains remained
seem seems seemed appear appears appeared become became becomes grew grow grows growing feel feels felt
sounded sounds""".split())
DEGREE = frozenset("""not n't never too so very more most less increasingly deeply highly extremely
particularly especially quite rather somewhat fairly also still already generally largely openly
publicly privately always often sometimes initially originally equally long even all""".split())
# Nouns of a stance taken towards someone or something ("a staunch opponent of").
STANCE_NOUNS = frozenset("""critic critics supporter supporters opponent opponents defender defenders
advocate advocates proponent proponents champion champions backer backers foe foes admirer admirers
skeptic skeptics sceptic sceptics fan fans""".split())
# Verbs that put a claim without its owner ("the deal appears to be dead").
HEDGES = frozenset("seem seems seemed appear appears appeared".split())
# Passives that do the same ("Roos is expected to resign", "it was reported that").
EPISTEMIC = frozenset("""expected believed thought reported rumored rumoured alleged understood seen
considered said estimated projected predicted presumed assumed suspected feared known viewed regarded""".split())
