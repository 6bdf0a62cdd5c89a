"""Quotes: who said what, as spans of the text.

Finding works in three passes over the paragraphs of an article:

1. **Quotation marks.** Curly and straight double marks are paired inside a
   paragraph. A quote left open at the end of a paragraph runs on when the
   next paragraph opens with a mark (the newspaper convention for long
   quotes); otherwise it closes at the paragraph end, so an unbalanced mark
   never swallows the rest of the article.
2. **Attribution.** Each quoted span looks for a cue ("said", "told",
   "according to", ...) and a speaker right after it (`”, Tusk said` /
   `”, said Donald Jensen`) or right before it (`Tusk said: “`). A short
   fragment inside a reporting sentence makes a *mixed* quote ("which he
   called an escalation that would push a ceasefire “further and further
   away”"); a fragment in a sentence without a cue is a scare quote and is
   dropped. A quoted sentence with no cue of its own continues the previous
   speaker (a *running* quote).
3. **Indirect speech.** Sentences with a cue outside quotation marks give
   indirect quotes: `Singh said (that) CLAUSE`, `CLAUSE, a Western official
   said`, `according to X, CLAUSE` and `CLAUSE, according to X`.

Speakers are resolved to the article's canonical entities: a name or a title
that refers back ("the prime minister") through its entity mention, a
pronoun to the last person quoted or mentioned, and an unnamed source ("a
Western official") is kept as its description with no entity.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from .roles import ROLE_NOUN

__all__ = ["find_quotes", "quote_spans", "speakers_as_entities", "CUES"]

CUES = frozenset("""
said says say saying told tells telling added adds adding wrote writes writing stated states
asked asks noted notes noting claimed claims argued argues warned warns warning explained explains
insisted insists stressed stresses announced announces confirmed confirms denied denies
acknowledged acknowledges admitted admits complained complains tweeted posted replied replies
responded responds declared declares predicted predicts urged urges called calls suggested suggests
recalled recalls continued concluded concludes believes believed thinks thought reported reports
cautioned observed remarked commented comments insisted promised promises vowed vows pledged
estimated estimates described describes emphasised emphasized emphasizes emphasises underlined
countered added, agreed agrees disputed disputes alleged alleges announced assured assures
reiterated reiterates acknowledged acknowledges hoped hopes expected expects feared fears worried
worries knew knows argue believe think suggest predict insist warn fear hope expect know agree
found finds showed shows show indicated indicates concluded estimated
wondered quipped joked mused shouted yelled exclaimed snapped retorted laughed sighed pleaded
demanded boasted bragged conceded reflected whispered answered offered ventured lamented texted
emailed testified calling describing
""".replace(",", "").split())
# Cues that take a hearer before the message ("told reporters that ...").
_OBJECT_CUES = frozenset("told tells telling assured assures warned warns urged urges asked asks".split())
# Cues that describe rather than report; they make a quote only with quotation marks.
_WEAK_CUES = frozenset("""called calls calling described describes describing thought thinks believed
believes""".split())
_AUX = frozenset("""also later earlier previously then again recently repeatedly has have had
would will once further separately publicly privately bluntly flatly""".split())
# "was added to the list", "the comments", "of reports": no reporting verb here.
_NOT_BEFORE_CUE = frozenset("""was were is are be been being the a an his her its their these those
this of in on for with to by our my your some many any no early new recent""".split())
# Cue forms that are also plural nouns; they count only after a name or a pronoun.
_NOUN_LIKE = frozenset("""reports comments states claims calls notes promises vows pledges estimates
remarks thoughts warnings""".split())
_PARTICIPLES = frozenset("saying adding noting telling warning calling arguing insisting writing "
                         "explaining stressing claiming".split())
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": None, "him": "PERSON", "her": "PERSON",
             "it": "ORG", "we": None, "i": None, "his": "PERSON", "their": None, "its": "ORG"}
_POSSESSIVES = frozenset("his her their its".split())
# Nouns that name a statement, with the word that opens what was stated ("call for a ban").
_NOMINAL = {
    "call": ("for",), "calls": ("for",), "criticism": ("of",), "opposition": ("to",),
    "support": ("for",), "proposal": ("to", "for", "that"), "plan": ("to", "for"), "plans": ("to", "for"),
    "pledge": ("to", "that"), "promise": ("to", "that"), "claim": ("that",), "claims": ("that",),
    "assertion": ("that",), "argument": ("that",), "warning": ("that", "of", "about"),
    "demand": ("for", "that"), "demands": ("for", "that"), "insistence": ("that", "on"),
    "accusation": ("that",), "accusations": ("that",), "vow": ("to",), "threat": ("to",),
    "suggestion": ("that",), "denial": ("of", "that"), "endorsement": ("of",), "praise": ("for",),
    "attack": ("on",), "attacks": ("on",), "complaint": ("about", "that"), "complaints": ("about", "that"),
    "view": ("that",), "belief": ("that",), "comments": ("about", "on"), "remarks": ("about", "on"),
    "statement": ("that",), "description": ("of",), "defense": ("of",), "defence": ("of",),
    "rejection": ("of",), "condemnation": ("of",), "push": ("for",), "appeal": ("for", "to"),
}
_NP_STOP = frozenset("""that which who whom whose what how why and but because if when while as after before since
though although where so than or nor yet — – ; : ( ) [ ] “ ” " ‘ ’ ''""".split())
_AFTER_STOP = frozenset("on in at during this last earlier later on, told to from after before when "
                        "while as in, adding noting who which".split())
# Reporting verbs that carry speech on their own ("Singh said the incursion ...");
# other cues make indirect speech only with "that" or a colon after them.
# Cues that put the speaker after them ("…, said Tusk.").
_INVERTING = frozenset("said says told added asked wrote writes continued explained replied "
                       "answered argued insisted noted warned recalled".split())
_VERBISH = frozenset("would will could should can may might must is was were are has had have "
                     "did does do be been".split())
_BARE_CUES = frozenset("said says say saying told tells telling".split())
# What an unnamed speaker's last word may be: people, bodies and documents that speak.
_SOURCE_NOUNS = frozenset("""people sources source officials aides aide advisers advisors analysts
experts critics residents witnesses authorities police statement report ministry government
military campaign committee administration department agency office army spokesperson lawmakers
voters supporters allies leaders diplomats observers investigators prosecutors lawyers attorney
poll survey study data figures documents filings court judge board council company firm group
organization organisation party team family families friends colleagues insiders members
security services forces troops residents citizens activists protesters organisers organizers
researchers scientists economists doctors staff staffers spokesmen spokeswomen union unions
commission parliament congress senate house regime cabinet presidency kremlin pentagon embassy
newspaper agency channel network website media outlet officer commander ministers
analysis result number record email memo letter filing candidate nominee front-runner frontrunner
challenger incumbent host author actor actress businessman businesswoman legislator congressman
congresswoman councilman councilwoman delegate strategist pollster consultant aide worker
employee owner resident voter student teacher father mother son daughter wife husband""".split())
# Words that open an adverbial before a sentence's subject ("After the debate, aides said").
_LEADING = frozenset("""after when while in on at since as if although though despite during for
with without because before until following among like unlike last this earlier later by from
once unless whereas amid given""".split())
_DISCOURSE = frozenset("but and yet so still now instead however meanwhile also then indeed".split())
# Words that may end a subject without being a noun: quantifiers and object pronouns.
_SUBJECT_ENDS = frozenset("""them us both all many most some others few several each either
neither none half""".split())
# What can open a complement clause after a cue ("announced Sunday she will resign").
_CLAUSE_OPENERS = frozenset("he she they it we i you there this these those".split())
_DETERMINERS = frozenset("the a an his her their its our some many most no all this these".split())
_SUBORDINATORS = frozenset("after before since until when while because as if unless although".split())
_FUNCTION_WORDS = _NP_STOP | _VERBISH | frozenset("""the a an of to in on at by for with from
about into over under not no very more less""".split())
# Cues of opinion that report a statement only when a clause follows ("I think it will").
_OPINION = frozenset("think thinks thought believe believes believed".split())
# Cues whose subject is evidence ("a WBUR poll showed Rubio in third").
_EVIDENCE = frozenset("show shows showed found finds indicated indicates suggests suggested".split())
# What may follow "X said" at the end of an attribution.
_TAIL_PREPS = frozenset("on in at during to with for from via over after before".split())
_TAIL_END = (".", ",", ";", "—", "–", "(", "!", "?", ":")
_TAIL_CLAUSES = frozenset("""who adding citing according because as but and after when while before
which saying noting""".split())
_HEARERS = frozenset("""the a an reporters journalists me us him her them court audience crowd
supporters lawmakers members donors voters students congress parliament officials leaders
colleagues viewers listeners readers people""".split())


def _inflect(stems: str) -> frozenset[str]:
    """Verb forms of "criticiz/e" style stems: base, -s, -ed, -ing ("/" marks the stem end)."""
    out = set()
    for item in stems.split():
        stem, _, e = item.partition("/")
        base = stem + e
        out |= {base, base + "s" if not base.endswith(("s", "sh", "ch")) else base + "es"}
        if e == "e":
            out |= {stem + "ed", stem + "ing"}
        elif e == "y":
            out |= {stem + "ied", stem + "ies", base + "ing"}
        else:
            out |= {base + "ed", base + "ing"}
    return frozenset(out)


# Verbs that report a stance without a clause: what follows is the position taken
# ("Sanders criticized Clinton's vote on the war", "Trump vowed to build a wall").
_STANCE = _inflect("""criticiz/e criticis/e endors/e defend support propos/e prais/e oppos/e denounc/e
want wish intend reject dismiss blam/e accus/e attack blast decr/y question condemn slam mock knock challeng/e
applaud welcom/e promis/e pledg/e threaten demand request recommend advocat/e insist
den/y confirm acknowledg/e admit cit/e mention discuss highlight emphasiz/e emphasis/e tout
predict warn express announc/e argu/e vow urg/e lament decri/e report suggest reiterat/e repeat
outline detail recount""") | frozenset(
    "slammed knocked plan plans planned seek seeks sought prefer prefers preferred".split())
# Phrasal cues: the particle belongs to the cue ("called for a ban", "pointed to the polls").
_PHRASAL = {"called": ("for", "on"), "calls": ("for", "on"), "calling": ("for", "on"),
            "call": ("for", "on"), "pointed": ("to", "out"), "points": ("to", "out"),
            "pointing": ("to", "out"), "referring": ("to",), "referred": ("to",), "refers": ("to",),
            "talked": ("about",), "talking": ("about",), "talks": ("about",), "spoke": ("about", "of"),
            "railed": ("against",), "complained": ("about",), "warned": ("of", "against", "about"),
            "asked": ("about",), "wrote": ("about", "of"), "weighed": ("in",)}
# Labels that stand before a colon without speaking ("Update: …", "Photo: …").
_LABELS = frozenset("""update updated note photo photos video watch read related editor editor's
correction exclusive breaking analysis opinion live listen source sources credit caption warning
subscribe advertisement sign follow see more background conclusion summary q a bottom why what
how the this here""".split())
# What "In a …," can frame as a source.
_DOCUMENTS = frozenset("""poll survey interview statement letter report memo speech op-ed tweet post
filing testimony essay column book remark editorial study analysis document email message
briefing lawsuit complaint ruling opinion""".split())
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight week month year""".split())
_OPEN = "“\""
_CLOSE = "”\""
# Tokens that close a quote ('' is the two-apostrophe mark of some wire archives).
_CLOSE_WORDS = frozenset({"”", '"', "''"})
# Stand-in for the second apostrophe of '' so that quotes pair on one character each.
_PAD = "\u2060"
_PARA = re.compile(r"[^\n]+")


@dataclass
class _Q:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    entity: dict[str, Any] | None = None
    follows: "_Q | None" = None       # a running quote continues this one's speaker


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted spans `(start, end)` including their marks; never raises on unbalanced marks."""
    text = _two_apostrophes(text)
    paras = [(m.start(), m.end()) for m in _PARA.finditer(text)]
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for n, (ps, pe) in enumerate(paras):
        i = ps
        while i < pe:
            c = text[i]
            if open_at is None:
                if c in _OPEN and (c == "“" or i == ps or not text[i - 1].isalnum()):
                    open_at = i
            elif c == "”" or (c == '"' and (i + 1 >= pe or not text[i + 1].isalnum())):
                spans.append((open_at, i + 2 if text[i + 1:i + 2] == _PAD else i + 1))
                open_at = None
            elif c == "“" and i == ps:
                pass  # a running quote re-opens at the start of each paragraph
            i += 1
        if open_at is not None:
            nxt = paras[n + 1][0] if n + 1 < len(paras) else None
            if nxt is not None and text[nxt] in _OPEN and text[open_at] == "“" or (
                    nxt is not None and text[nxt] == '"' and text[open_at] == '"'):
                continue  # runs on into the next paragraph
            spans.append((open_at, pe))
            open_at = None
    return spans


def _has_marks(text: str) -> bool:
    return any(c in text for c in "“”\"") or "''" in text


def _two_apostrophes(text: str) -> str:
    """'' as a quotation mark, keeping every offset: ''word'' -> "⁠word"⁠."""
    if "''" not in text:
        return text
    return re.sub(r"''", '"' + _PAD, text)


class _Tokens:
    """Token offsets of a Doc (or a plain word split) with char -> token lookups."""

    def __init__(self, text: str, doc=None):
        if doc is not None:
            kept = [t for t in doc if not t.is_space]   # "\n\n" tokens: breaks are read from the text
            self.starts = [t.idx for t in kept]
            self.words = [t.text for t in kept]
            self.sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation(
                "SENT_START") else [0]
        else:
            found = list(re.finditer(r"\w+(?:[’'.-]\w+)*|[^\w\s]", text))
            self.starts = [m.start() for m in found]
            self.words = [m.group() for m in found]
            self.sent_starts = [0] + [m.end() for m in re.finditer(r"[.!?][”\"]?\s+(?=[“\"A-Z])", text)]
        self.ends = [s + len(w) for s, w in zip(self.starts, self.words)]

    def at(self, char: int) -> int:
        """Index of the first token starting at or after `char`."""
        return bisect.bisect_left(self.starts, char)

    def sentence(self, char: int, text: str) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, char) - 1
        start = self.sent_starts[max(0, i)]
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(text)
        nl = text.find("\n", char, end)
        pl = text.rfind("\n", start, char)
        return (pl + 1 if pl >= 0 else start, nl if nl >= 0 else end)


def find_quotes(text: str, doc=None, entities: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Quotes of an article as output-contract dicts, in text order.

    Args:
        text: the article text.
        doc: its spaCy Doc (tokens and sentences); a plain split is used when None.
        entities: the article's canonical entities, to resolve speakers.
    """
    return _Finder(text, doc, entities or []).run()


def _starts_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in "\n.!?:”\"—"


def _after_comma(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and text[j] in ",;"


def _according_to(toks: _Tokens, k: int) -> bool:
    return toks.words[k].lower() == "according" and k + 1 < len(toks.words) and \
        toks.words[k + 1].lower() == "to"


def _clause_end(text: str, i: int, se: int) -> int:
    end = se
    while end > i and text[end - 1] in " .\n":
        end -= 1
    return end


def _mention_index(entities: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    out = [(s, e, ent) for ent in entities for s, e in ent.get("mentions") or []]
    out.sort(key=lambda x: x[0])
    return out


def _parenthetical_word(word: str) -> bool:
    """May this token stand inside a parenthetical after a subject?"""
    return word not in (".", ";", ":", "“", "”", '"') and word.lower() not in CUES


class _Finder:
    def __init__(self, text: str, doc, entities: list[dict[str, Any]]):
        self.text = text
        self.toks = _Tokens(text, doc)
        self.mentions = _mention_index(entities)
        self.used_cues: set[int] = set()
        self.sentence_speaker: tuple[int, int] | None = None
        self.spans: list[tuple[int, int]] = []

    # -- the three passes ---------------------------------------------------

    def run(self) -> list[dict[str, Any]]:
        text, quotes = self.text, []
        last: _Q | None = None
        self.spans = quote_spans(text)
        for qs, qe in self.spans:
            inner = text[qs + 1:qe].strip(" '" + _CLOSE + _PAD)
            words = len(inner.split())
            if words == 0:
                continue
            # a quote that opens mid-clause ("it was “prepared …”") is a fragment
            # of a reported clause, however long: pass 3 makes it a mixed quote
            if not (_starts_sentence(text, qs) or _after_comma(text, qs)):
                continue
            q = self.after(qs, qe) or self.before(qs, qe)
            if q is None and re.match(r"[ \t\u2060]*[a-z]", text[qe:qe + 3]):
                continue  # “I held and hugged” grieving families …: the clause goes on
            if q is None and words < 4:
                continue  # a short unattributed phrase: scare quotes, a title
            if q is None:
                if last is None or qs - last.end > 1500:
                    # unattributed, unless the sentence before opens with its speaker
                    # ("Planned Parenthood's Cecile Richards was blunt. / “…”")
                    q = _Q(qs, qe, "direct", speaker=self.intro_subject(qs, last.end if last else 0))
                else:                                  # running quote: same speaker
                    q = _Q(qs, qe, "direct", speaker=last.speaker, follows=last)
                    intro = self.intro_subject(qs, last.end)
                    if intro is not None:   # "Howard continued his remarks. / “…”"
                        q = _Q(qs, qe, "direct", speaker=intro)
            # “A,” he said. “B.” — one statement with its attribution inside
            if quotes and q.cue is None and q.follows is quotes[-1] and quotes[-1].kind == "direct" \
                    and self.joined(quotes[-1].end, qs):
                quotes[-1].end = qe
            else:
                quotes.append(q)
            last = quotes[-1]
        self.used_cues = {q.cue[0] for q in quotes if q.cue}
        quotes += self.indirect([(q.start, q.end) for q in quotes])
        quotes.sort(key=lambda q: q.start)
        out = []
        for q in quotes:
            out.append(self.resolve(q, quotes))
        return out

    def intro_subject(self, qs: int, floor: int) -> tuple[int, int] | None:
        """A person (or he/she) opening the sentence right before a floating quote."""
        toks = self.toks
        i = toks.at(qs)
        if i == 0:
            return None
        ss, _ = toks.sentence(toks.starts[i - 1], self.text)
        if ss < floor or ss >= qs:
            return None
        j = toks.at(ss)
        if toks.words[j].lower() in ("he", "she"):
            return (toks.starts[j], toks.ends[j])
        ent = self.mention_at(toks.starts[j])
        if ent is not None and ent["type"] == "PERSON":
            for ms, me, e in self.mentions:
                if ms == toks.starts[j]:
                    return (ms, me)
        return None

    def quoted_share(self, start: int, end: int) -> float:
        """Share of the non-space characters of [start, end) inside quotation marks."""
        inside = total = 0
        for a, b in self.spans:
            lo, hi = max(a, start), min(b, end)
            if lo < hi:
                inside += sum(1 for c in self.text[lo:hi] if not c.isspace())
        total = sum(1 for c in self.text[start:end] if not c.isspace())
        return inside / total if total else 0.0

    def inside_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.spans, (char, len(self.text))) - 1
        return i >= 0 and self.spans[i][0] < char < self.spans[i][1]

    def joined(self, a: int, b: int) -> bool:
        between = self.text[a:b]
        return "\n" not in between and len(between) < 300

    # -- cues and noun phrases ----------------------------------------------

    def plausible_speaker(self, span: tuple[int, int] | None) -> bool:
        """Does a phrase look like who speaks ("a Western official", "Tusk", "she")?"""
        if span is None:
            return False
        s, e = _trim_speaker(self.text, *span)
        words = self.text[s:e].split()
        if not words or len(words) > 12 or _has_verb(words):
            return False
        if any(ms < e and s < me and ent["type"] in ("PERSON", "ORG", "GPE") for ms, me, ent in
               self.mentions):
            return True
        lastw = words[-1].strip("’'").lower()
        if words[-1][:1].isupper():
            return len(words) <= 6
        return lastw in _PRONOUNS or lastw in _SOURCE_NOUNS or lastw.rstrip("s") in _SOURCE_NOUNS \
            or bool(ROLE_NOUN.fullmatch(lastw))

    def headed_by_speaker(self, span: tuple[int, int] | None) -> bool:
        """Is the last word of the phrase a name, a pronoun or a speaking noun ("Russia's
        military", "they", "the senator") rather than a thing ("Russia's biggest attack")?"""
        if span is None:
            return False
        s, e = _trim_speaker(self.text, *span)
        words = self.text[s:e].split()
        if not words or len(words) > 12 or _has_verb(words):
            return False
        last = words[-1].strip("’'").lower()
        ent = self.mention_at(e - 1)
        return ent is not None and ent["type"] in ("PERSON", "ORG", "GPE") or words[-1][:1].isupper() \
            or last in _PRONOUNS or last in _SOURCE_NOUNS or last.rstrip("s") in _SOURCE_NOUNS \
            or bool(ROLE_NOUN.fullmatch(last))

    def speech_verb_after_quote(self, i: int, k: int) -> bool:
        """`”, he remarked` / `” the audience screamed back`: after a quote that ends in a
        comma, a past-tense verb right after a short subject reports speech."""
        toks = self.toks
        word = toks.words[k]
        if not (word.islower() and word.endswith("ed") and len(word) > 4) or k - i > 6:
            return False
        b = i - 1
        while b > 0 and toks.words[b] in _CLOSE_WORDS:
            b -= 1
        ends_open = toks.words[b] in (",", "?", "!", "—") or self.text[toks.ends[b] - 2:toks.ends[b]] in (
            ",”", ',"', "?”", "!”")
        start = i + (toks.words[i] == ",")
        return ends_open and k > start and self.plausible_speaker((toks.starts[start], toks.ends[k - 1]))

    def cue_at(self, k: int, weak: bool = False, stance: bool = False) -> bool:
        """Is token k a reporting verb here (not a noun, not a passive, not a name)?
        `stance` admits the verbs of `_STANCE` and `_PHRASAL` too."""
        toks = self.toks
        word = toks.words[k]
        low = word.lower()
        if stance and (low in _STANCE or self.phrasal(k)):
            pass
        elif low not in CUES or (low in _WEAK_CUES and not weak):
            return False
        if word[:1].isupper() and k and toks.words[k - 1] not in (".", "“", '"') and \
                "\n" not in self.text[toks.ends[k - 1]:toks.starts[k]]:
            return False   # "Said" opens a sentence or a paragraph ("Stated Stone: “…”")
        if k and toks.words[k - 1] in ("-", "‑") or (k and toks.ends[k - 1] == toks.starts[k]
                                                    and toks.words[k - 1][-1:] == "-"):
            return False   # "so-called", "well-said"
        j = k - 1
        while j >= 0 and (toks.words[j].lower() in _AUX or low.endswith("ing") and toks.words[j].lower()
                          in ("is", "are", "was", "were", "be", "been")):
            j -= 1   # "has said", "is telling"
        prev = toks.words[j].lower() if j >= 0 else ""
        if low in _PARTICIPLES and prev in ("by", ",", "while", "when", "after", "before"):
            return True
        if prev in _NOT_BEFORE_CUE:
            return False
        if low in _NOUN_LIKE:   # "Oksanen calls for", "she notes"; not "the calls", "Western states"
            ent = self.mention_at(toks.starts[j]) if j >= 0 else None
            return prev in _PRONOUNS or j >= 0 and (
                ent is not None and ent["type"] in ("PERSON", "ORG")
                or ent is None and toks.words[j][:1].isupper() and toks.words[j].isalpha())
        return True

    def phrasal(self, k: int) -> bool:
        words = self.toks.words
        return k + 1 < len(words) and words[k + 1].lower() in _PHRASAL.get(words[k].lower(), ())

    def stance_end(self, j: int, last: int, end: int) -> int:
        """Where a stance's object ends: before ", saying …", "; …" or a dash."""
        words, toks = self.toks.words, self.toks
        for n in range(j, last):
            if words[n] in (";", "—", "–") or words[n] == "," and n + 1 < last and (
                    words[n + 1].lower() in _PARTICIPLES or words[n + 1].lower() in ("and", "but")
                    and any(words[m].lower() in _BARE_CUES or words[m].lower() in _INVERTING
                            for m in range(n + 2, min(last, n + 7)))):
                return toks.starts[n]   # ", adding …", ", and the ministry said …"
        return end

    def mention_end(self, char: int) -> int | None:
        for ms, me, _ in self.mentions:
            if ms <= char < me:
                return me
        return None

    def mention_at(self, char: int):
        for ms, me, ent in self.mentions:
            if ms <= char < me:
                return ent
            if ms > char:
                break
        return None

    def np_before(self, i: int, floor: int) -> tuple[int, int] | None:
        """The noun phrase ending right before token i (the speaker of "X said")."""
        toks = self.toks
        j = i - 1
        while j >= floor and toks.words[j].lower() in _AUX:
            j -= 1
        if j > floor and toks.words[j] == ",":
            # "Judge Jane Stranch, in her dissent, said": the subject before the parenthetical
            k = j - 1
            while k >= floor and toks.words[k] != "," and _parenthetical_word(toks.words[k]) and j - k <= 25:
                k -= 1
            if k > floor and toks.words[k] == ",":
                head = self.np_before(k, floor)
                if head is not None and self.names_someone(toks.at(head[0]), toks.at(head[1] - 1) + 1):
                    return (head[0], toks.ends[j - 1])
            return None
        end = j + 1
        while j >= floor and toks.words[j].lower() not in _NP_STOP and toks.words[j] not in (",", ".") \
                and end - j <= 20 and toks.words[j].lower() not in CUES:
            j -= 1
        start = j + 1
        if start >= end:
            return None
        if j >= floor and end - j > 20:
            return None   # no clause boundary in reach: not a subject
        # A parenthetical between commas before the cue belongs to the subject before it:
        # "Chris Christie, hoping to surge in New Hampshire, called …", "Sen. Marco Rubio,
        # R-Fla., said", "McCain, who has tangled with Cruz, said", "Jennifer Green,
        # director of the program, said". The speaker is the name and its parenthetical.
        b = j
        if b > floor and toks.words[b].lower() in ("who", "which") and toks.words[b - 1] == ",":
            b -= 1
        if b >= floor + 1 and toks.words[b] == "," and toks.words[i - 1] == "," or (
                b >= floor + 1 and toks.words[b] == "," and not self.names_someone(start, end)):
            k = b - 1
            while k >= floor and toks.words[k] not in (",", ".", ";", ":") \
                    and toks.words[k].lower() not in _NP_STOP and b - k <= 12:
                k -= 1
            head = (k + 1, b)
            if head[0] < head[1] and self.names_someone(*head):
                return (toks.starts[head[0]], toks.ends[end - 1])
        return (toks.starts[start], toks.ends[end - 1])

    def clause_subject(self, k: int, first: int) -> tuple[int, int] | None:
        """The subject of the cue at k read from its clause start, for the subjects
        `np_before` cannot take: a name with a long appositive ("Jason Sorens, the founder
        of the Free State Project that encourages …, said"), a relative clause (", who
        said" gives the name before it), a description ("The actress said", "most of
        them say"). Returns the head of the subject, before its first comma."""
        toks, words = self.toks, self.toks.words
        j = k - 1
        while j >= first and words[j].lower() in _AUX:
            j -= 1
        if j > first and words[j].lower() in ("who", "which") and words[j - 1] == ",":
            return self.antecedent_np(j - 1, first)
        s = first
        for i in range(j, first - 1, -1):
            if words[i] in (";", ":"):
                s = i + 1
                break
        while s <= j and (words[s].lower() in _DISCOURSE or words[s] == ","):
            s += 1
        if s <= j and words[s].lower() in _LEADING:   # "After the debate, aides said"
            comma = next((i for i in range(s, j) if words[i] == ","), None)
            if comma is None:
                return None
            s = comma + 1
        head = self.subject_head(s, j, k)
        if head is None:   # "Even though skating is allowed, the women say": after the last comma
            comma = next((i for i in range(j, s - 1, -1) if words[i] == ","), None)
            if comma is not None and comma + 1 <= j:
                head = self.subject_head(comma + 1, j, k)
        return head

    def subject_head(self, s: int, j: int, k: int) -> tuple[int, int] | None:
        """The noun phrase opening tokens s..j, up to a comma, a dash, a parenthesis or a
        relative pronoun, when it can be a subject (no verb in it, a noun-like last word)."""
        toks, words = self.toks, self.toks.words
        h = s
        while h <= j and words[h] not in (",", "—", "–", "(") and words[h].lower() not in (
                "who", "which", "that", "whose"):
            h += 1
        for n in range(h - 1, s, -1):   # "A day after 26 western countries said"
            if words[n].lower() in _SUBORDINATORS:
                s = n + 1
                break
        if h == s or h - s > 12 or k - s > 45:
            return None
        head = words[s:h]
        if any(w.lower() in CUES for w in head) or _has_verb(head):
            return None
        last = head[-1]
        low = last.lower().strip("’'")
        if last[:1].isupper() or low in _PRONOUNS or low in _SUBJECT_ENDS or (
                low.isalpha() and low not in _FUNCTION_WORDS and not low.endswith("ly")):
            return (toks.starts[s], toks.ends[h - 1])
        return None

    def antecedent_np(self, comma: int, first: int) -> tuple[int, int] | None:
        """The name a ", who said" clause hangs on: the last person (else organisation)
        named before the comma in this sentence, over an appositive ("Alan Berger, a
        gynecologist from Englewood, New Jersey, who said")."""
        toks = self.toks
        lo, hi = toks.starts[max(first, comma - 30)], toks.starts[comma]
        for wanted in ("PERSON", "ORG"):
            found = [(ms, me) for ms, me, ent in self.mentions
                     if lo <= ms and me <= hi and ent["type"] == wanted]
            if found:
                return found[-1]
        j = comma - 1
        while j >= first and toks.words[j][:1].isupper() and comma - j <= 5:
            j -= 1
        return (toks.starts[j + 1], toks.ends[comma - 1]) if j + 1 < comma else None

    def clause_follows(self, j: int, last: int) -> bool:
        """Does a clause open at token j ("she will resign", "it will not")?"""
        words = self.toks.words
        if j + 1 >= last:
            return False
        if words[j].lower() in _CLAUSE_OPENERS:
            return words[j + 1].lower() not in (",", ".", "and", "or", "to", "of")
        # "Beijing has decreased …", "the candidate was …": a short subject, then a verb
        if not (words[j][:1].isupper() or words[j].lower() in _DETERMINERS):
            return False
        for n in range(j + 1, min(last, j + 5)):
            if words[n].lower() in _VERBISH:
                return True
            if not words[n][:1].isalnum():
                return False
        return False

    def source_like(self, span: tuple[int, int]) -> bool:
        """Is the phrase a document or body that shows things ("a new CNN/ORC poll")?"""
        words = self.text[span[0]:span[1]].split()
        return bool(words) and words[-1].lower().rstrip("s") in _SOURCE_NOUNS

    def names_someone(self, start: int, end: int) -> bool:
        """Does the token range hold a person or organisation, or a he/she/they?"""
        toks = self.toks
        a, b = toks.starts[start], toks.ends[end - 1]
        if any(a <= ms < b and ent["type"] in ("PERSON", "ORG") for ms, _, ent in self.mentions):
            return True
        words = toks.words[start:end]
        if len(words) <= 4 and all(w[:1].isupper() for w in words):
            return True   # a name the model missed ("McCain")
        return end - start == 1 and toks.words[start].lower() in _PRONOUNS

    def np_after(self, i: int, ceiling: int) -> tuple[int, int] | None:
        """The speaker right after a cue: "said Donald Jensen, a senior advisor ..."."""
        toks = self.toks
        j = i
        while j < ceiling and toks.words[j] not in (",", ".", ";", ":", "“", "”", '"', "—", "''") \
                and toks.words[j].lower() not in _AFTER_STOP and j - i < 8:
            j += 1
        return (toks.starts[i], toks.ends[j - 1]) if j > i else None

    def subject(self, first: int, k: int) -> tuple[int, int] | None:
        """The speaker of a participle cue ("…, noting that …"): the sentence's first name."""
        toks = self.toks
        if self.sentence_speaker is not None:
            return self.sentence_speaker    # "…, Putin said, … and by saying …"
        for wanted in ("PERSON", "ORG"):
            for ms, me, ent in self.mentions:
                if toks.starts[first] <= ms < toks.starts[k] and ent["type"] == wanted:
                    return (ms, me)
        return self.np_before(self.leading_np_end(first, k), first)

    def leading_np_end(self, first: int, k: int) -> int:
        j = first
        while j < k and (self.toks.words[j][:1].isupper() or self.toks.words[j].lower() in (
                "the", "a", "an", "of")):
            j += 1
        return j

    # -- attribution around quotation marks --------------------------------------

    def after(self, qs: int, qe: int) -> _Q | None:
        """`“…,” Tusk said` or `“…,” said Tusk`, in the rest of the sentence."""
        toks, text = self.toks, self.text
        i = toks.at(qe)
        n = len(toks.words)
        if i >= n or "\n" in text[qe:toks.starts[i]]:
            return None
        k = i
        # room for "”, Matdos Santos, legal director for ACLU of Oregon, said"
        while k < min(n, i + 24) and toks.words[k] not in (".", "!", "?", "“", '"', "''"):
            if k > i and "\n" in text[toks.ends[k - 1]:toks.starts[k]]:
                return None
            according = _according_to(toks, k)
            if according or self.cue_at(k) or self.speech_verb_after_quote(i, k):
                cue_end = k + 2 if according else k + 1
                if k == i or (k == i + 1 and toks.words[i] in (",", "—")):
                    speaker = self.np_after(cue_end, min(n, cue_end + 12))
                else:
                    speaker = self.np_before(k, i)
                    if speaker is None:
                        # "”, Estonia's foreign minister, Andres Raud, said": all of it
                        a = i
                        while a < k and toks.words[a] in (",", "—") + tuple(_CLOSE_WORDS):
                            a += 1
                        span = (toks.starts[a], toks.ends[k - 1]) if a < k else None
                        if span and k - a <= 14 and self.plausible_speaker(span):
                            speaker = span
                if speaker is None:
                    return None
                return _Q(qs, qe, "direct", cue=(toks.starts[k], toks.ends[cue_end - 1]),
                          speaker=speaker)
            k += 1
        return None

    def before(self, qs: int, qe: int) -> _Q | None:
        """`Tusk said: “…”` / `Tusk said, “…”`, also across a paragraph break after a colon."""
        toks, text = self.toks, self.text
        i = toks.at(qs)
        if i == 0 or toks.words[i - 1] not in (":", ","):
            return None
        if "\n" in text[toks.ends[i - 1]:qs] and toks.words[i - 1] != ":":
            return None
        sent_start, _ = toks.sentence(toks.starts[i - 1], text)
        floor = toks.at(sent_start)
        if toks.words[i - 1] == ":" and 0 < i - 1 - floor <= 5 and self.names_someone(floor, i - 1) \
                and not any(self.cue_at(k) for k in range(floor, i - 1)):
            return _Q(qs, qe, "direct", speaker=(toks.starts[floor], toks.ends[i - 2]))  # "Stone: “…”"
        # "Christie told reporters in Nashua last week, “…”", "X said in a statement: “…”"
        for k in range(i - 2, max(floor - 1, i - 16), -1):
            if k > floor and _according_to(toks, k - 1):      # "According to X: “…”"
                return _Q(qs, qe, "direct", cue=(toks.starts[k - 1], toks.ends[k]),
                          speaker=(toks.starts[k + 1], toks.ends[i - 2]))
            if self.cue_at(k):
                speaker = self.np_before(k, floor)
                if speaker is None and k == floor or toks.words[k][:1].isupper():
                    speaker = self.np_after(k + 1, i - 1)   # "Continued Stone: “…”"
                elif speaker is None and (toks.words[k].lower() in _PARTICIPLES or toks.words[k - 1].lower()
                                          in ("and", "but", "then")):
                    speaker = self.subject(floor, k)   # "He praised them but said, “…”"
                if speaker is None:
                    return None
                return _Q(qs, qe, "direct", cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
        return None

    # -- indirect and mixed speech ----------------------------------------------

    def indirect(self, taken: list[tuple[int, int]]) -> list[_Q]:
        toks, text = self.toks, self.text
        out: list[_Q] = []
        for si, ss in enumerate(toks.sent_starts):
            se = toks.sent_starts[si + 1] if si + 1 < len(toks.sent_starts) else len(text)
            for m in _PARA.finditer(text, ss, se):   # a sentence never spans paragraphs
                ps, pe = m.start(), m.end()
                while pe > ps and text[pe - 1] in " '\"“\u2060":
                    pe -= 1   # the opening mark of the next sentence's quote
                if any(a < pe and ps < b for a, b in taken):
                    continue
                start = ps
                self.sentence_speaker = None
                while start < pe:
                    q = self.indirect_in(start, pe)
                    if q is None:
                        break
                    self.sentence_speaker = q.speaker
                    start = max(q.end, q.cue[1] if q.cue else q.end) + 1
                    for a, b in self.spans:     # a clause ending inside a quote ends with it
                        if a < q.end < b:
                            q.end = b
                    if _has_marks(text[q.start:q.end]):
                        # mostly the speaker's own words: direct; a reported clause
                        # with quoted words in it: mixed
                        q.kind = "direct" if self.quoted_share(q.start, q.end) >= 0.5 else "mixed"
                    out.append(q)
        return out

    def indirect_in(self, ss: int, se: int) -> _Q | None:
        toks, text = self.toks, self.text
        first, last = toks.at(ss), toks.at(se)
        words = toks.words
        end = _clause_end(text, ss, se)
        has_marks = _has_marks(text[ss:se])
        if self.sentence_speaker is None:
            q = self.colon_statement(first, last, end)
            if q is not None:
                return q
        for k in range(first, last):
            if words[k].lower() in _NOMINAL and toks.starts[k] not in self.used_cues:
                q = self.nominal_at(k, first, last, end)
                if q is not None:
                    return q
            if _according_to(toks, k):
                if k == first:                    # "According to X, CLAUSE"
                    comma = next((j for j in range(k + 2, last) if words[j] == ","), None)
                    if comma is None or comma - k > 12:
                        return None
                    return _Q(toks.starts[comma + 1], end, "indirect",
                              cue=(toks.starts[k], toks.ends[k + 1]),
                              speaker=(toks.starts[k + 2], toks.ends[comma - 1]))
                if words[k - 1] == ",":           # "CLAUSE, according to X"
                    speaker = self.np_after(k + 2, last)
                    after = toks.at(speaker[1]) if speaker else last
                    if k - 1 - first <= 4 and after < last and words[after] == "," and last - after > 4:
                        # "In addition, according to the department, CLAUSE"
                        return _Q(toks.starts[after + 1], end, "indirect",
                                  cue=(toks.starts[k], toks.ends[k + 1]), speaker=speaker)
                    return _Q(ss, toks.starts[k - 1], "indirect",
                              cue=(toks.starts[k], toks.ends[k + 1]), speaker=speaker)
                continue
            if self.inside_quote(toks.starts[k]):
                continue   # "I think …" inside someone's quote is their quote
            if toks.starts[k] in self.used_cues or not self.cue_at(
                    k, weak=has_marks or words[k].lower() in _OPINION and k + 1 < last and (
                        words[k + 1].lower() == "that" or self.clause_follows(k + 1, last)),
                    stance=True):
                continue
            if words[k].lower() not in CUES or self.phrasal(k):
                q = self.stance_at(k, first, last, end)
                if q is not None:
                    return q
                continue
            w = words[k].lower()
            comma = self.comma_before_speaker(k, first)
            tail = self.attribution_tail(k, last) if comma is not None else None
            if tail is not None and (comma - first >= 4 or comma > first and (
                    tail >= last or words[tail] in (".", "!", "?")) and words[first].lower() not in _LEADING):
                # "CLAUSE, Singh said (on Monday)." / "CLAUSE, said Singh." / "Sorry, Sanders said."
                c2 = comma + 1
                while c2 < k and words[c2] in _CLOSE_WORDS:
                    c2 += 1
                speaker = self.np_before(k, c2) if c2 < k else self.np_after(k + 1, last)
                if self.plausible_speaker(speaker):
                    q_end = toks.starts[comma]
                    if tail < last and words[tail] == "," and last - tail > 3 and \
                            words[tail + 1].lower() not in _TAIL_CLAUSES:
                        q_end = end   # "The meeting, officials said, was aimed at …": all of it
                    return _Q(ss, q_end, "indirect", cue=(toks.starts[k], toks.ends[k]),
                              speaker=speaker)
            if k == first and not (w in _PARTICIPLES and self.sentence_speaker is not None):
                continue   # "…, saying it was a mistake" goes on from an earlier report
            if comma is not None and k + 1 < last and words[k + 1] == "," and last - k > 5:
                # "Recently, he said, he has realized that …": the report goes on after it
                speaker = self.np_before(k, comma + 1)
                if self.plausible_speaker(speaker):
                    return _Q(toks.starts[k + 2], end, "indirect",
                              cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
            if w in _PARTICIPLES and words[k - 1] in (",", "by") or words[k - 1].lower() in (
                    "and", "but"):
                speaker = self.subject(first, k)   # "… met survivors and said …"
            else:
                speaker = self.np_before(k, first)
            if not self.plausible_speaker(speaker):
                speaker = self.clause_subject(k, first)
                if speaker is None or w.endswith("ed") and w not in _BARE_CUES and \
                        not self.headed_by_speaker(speaker):
                    continue   # "The truce agreed in Istanbul": no speaker, no speech
            # "SPEAKER CUE (HEARER) (on Monday) (that) CLAUSE"
            j = k + 1
            if w in _OBJECT_CUES:
                # the hearer: "told reporters", "asked Trump", "told the Associated Press"
                while j < last and j - k <= 5 and words[j].lower() not in ("that", ",", ":") and (
                        words[j][:1].isupper() or words[j].lower() in _HEARERS or words[j].lower() in (
                            "his", "her", "their", "its", "our", "my", "on", "in", "at")
                        or words[j].lower() in _TIME_WORDS or words[j].lower() in ("this", "last")
                        and j + 1 < last and words[j + 1].lower() in _TIME_WORDS):
                    j += 1
                if j < last and words[j] == ",":
                    j += 1
            elif w not in _WEAK_CUES:
                while j < last and j - k <= 4 and (words[j].lower() in _TIME_WORDS or words[j].lower() in (
                        "on", "this", "last", "earlier", "in", "a", "statement", "interview", "an")):
                    j += 1
            if j < last and words[j] in (":", ","):
                j += 1
            if last - j < 3:
                continue
            if w in _EVIDENCE and not self.source_like(speaker) and not self.names_someone(
                    toks.at(speaker[0]), toks.at(speaker[1] - 1) + 1):
                continue   # "the reality show “Cake Boss”": a noun, not a finding
            if w not in _BARE_CUES and not has_marks and not (
                    words[j].lower() in ("that", "whether", "if", "how", "why", "what", "when", "where", "who")
                    or words[j - 1] == ":" or self.clause_follows(j, last)
                    or w in _OBJECT_CUES and words[j].lower() == "to" and j > k + 1
                    or w in _EVIDENCE and self.source_like(speaker)):
                if w in _STANCE and self.headed_by_speaker(speaker):   # "warned of", "denied the claim"
                    return _Q(toks.starts[k + 1], self.stance_end(k + 1, last, end), "indirect",
                              cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
                continue   # "admitted to the US", "pledged delegates": no speech
            q_end = self.stance_end(j, last, end)
            if self.subordinate(first, speaker):   # "A day after X said CLAUSE, MAIN CLAUSE"
                comma = next((n for n in range(j, last) if words[n] == ","), None)
                if comma is not None:
                    q_end = min(q_end, toks.starts[comma])
            return _Q(toks.starts[j], q_end, "indirect", cue=(toks.starts[k], toks.ends[k]),
                      speaker=speaker)
        if self.sentence_speaker is None:
            return self.framed_by_source(first, last, end)
        return None

    def colon_statement(self, first: int, last: int, end: int) -> _Q | None:
        """`Roger Stone: Don't Trust the Voting Machines` (headlines, transcripts): a person,
        an organisation or a poll before a colon speaks the rest of the sentence."""
        toks, words = self.toks, self.toks.words
        c = next((n for n in range(first, min(last, first + 9)) if words[n] == ":"), None)
        if c is None or c == first or last - c < 4:
            return None
        p = first
        for n in range(c - 1, first - 1, -1):   # "EXCLUSIVE – Roger Stone:"
            if words[n] in ("–", "—", "-", "|"):
                p = n + 1
                break
        prefix = words[p:c]
        if not prefix or len(prefix) > 6 or prefix[0].lower() in _LABELS or any(
                w.lower() in CUES or w.lower() in _VERBISH or any(ch.isdigit() for ch in w) for w in prefix):
            return None
        span = (toks.starts[p], toks.ends[c - 1])
        named = any(ms < span[1] and span[0] < me and ent["type"] in ("PERSON", "ORG")
                    for ms, me, ent in self.mentions)
        place = any(ms < span[1] and span[0] < me and ent["type"] in ("GPE", "LOC", "NORP")
                    for ms, me, ent in self.mentions)
        if not (named or prefix[-1].lower().rstrip("s") in _SOURCE_NOUNS or prefix[-1].lower() == "camp"
                or not place and len(prefix) <= 3 and all(w[:1].isupper() for w in prefix)):
            return None
        return _Q(toks.starts[c + 1], end, "indirect", cue=(toks.starts[c], toks.ends[c]), speaker=span)

    def framed_by_source(self, first: int, last: int, end: int) -> _Q | None:
        """`In a new poll, CLAUSE` / `For most Democrats, CLAUSE`: a clause framed as what
        a document shows or what someone holds."""
        toks, words = self.toks, self.toks.words
        w0 = words[first].lower() if first < last else ""
        if w0 not in ("in", "for", "to"):
            return None
        comma = next((n for n in range(first + 1, min(last, first + 12)) if words[n] == ","), None)
        if comma is None or comma == first + 1 or last - comma < 5:
            return None
        h = comma - 1
        while h > first + 1 and words[h].lower() in _TIME_WORDS | {"today", "now", "too", "alone"}:
            h -= 1   # "For most Democrats today,"
        span = (toks.starts[first + 1], toks.ends[h])
        head = words[h].lower().strip("’'")
        if w0 == "in":
            if head.rstrip("s") not in _DOCUMENTS:
                return None
        elif not self.headed_by_speaker(span) or head in _TIME_WORDS or head.rstrip("s") in _TIME_WORDS:
            return None
        return _Q(toks.starts[comma + 1], end, "indirect", cue=(toks.starts[first], toks.ends[first]),
                  speaker=span)

    def nominal_at(self, k: int, first: int, last: int, end: int) -> _Q | None:
        """`Trump's call for a ban`, `her criticism of the plan`, `their claim that …`: a
        possessor's statement named by a noun."""
        toks, words = self.toks, self.toks.words
        w = words[k].lower()
        if k + 2 >= last or words[k + 1].lower() not in _NOMINAL[w] or k == first:
            return None
        b = k - 1
        if words[b].lower() in _POSSESSIVES:
            speaker = (toks.starts[b], toks.ends[b])
        elif words[b] in ("'s", "’s") and b > first:
            ent = self.mention_at(toks.starts[b - 1])
            ms = next((s for s, e, _ in self.mentions if s <= toks.starts[b - 1] < e), None)
            if ent is None or ent["type"] not in ("PERSON", "ORG", "GPE"):
                return None
            speaker = (ms, toks.ends[b - 1])
        else:
            return None
        j = k + 2
        q_end = self.stance_end(j, last, end)
        comma = next((n for n in range(j, last) if words[n] in (",", "(")), None)
        if comma is not None:
            q_end = min(q_end, toks.starts[comma])
        if q_end <= toks.starts[j]:
            return None
        return _Q(toks.starts[j], q_end, "indirect", cue=(toks.starts[k], toks.ends[k + 1]),
                  speaker=speaker)

    def subordinate(self, first: int, speaker: tuple[int, int]) -> bool:
        """Does the speaker's clause hang on "after", "when", "because" …?"""
        words = self.toks.words
        n = self.toks.at(speaker[0]) - 1
        while n >= first and words[n] not in (",", ";", ":"):
            if words[n].lower() in _SUBORDINATORS:
                return True
            n -= 1
        return False

    def stance_at(self, k: int, first: int, last: int, end: int) -> _Q | None:
        """`SPEAKER criticized|called for|vowed … OBJECT`: the object is the stance."""
        toks, words = self.toks, self.toks.words
        if k == first:
            return None
        if words[k].lower() in _PARTICIPLES and words[k - 1] == "," or words[k - 1].lower() in ("and", "but"):
            speaker = self.subject(first, k)
        else:
            speaker = self.np_before(k, first)
            if not self.plausible_speaker(speaker):
                speaker = self.clause_subject(k, first)
        if not self.headed_by_speaker(speaker) or any(
                w.lower() in _VERBISH for w in self.text[speaker[0]:speaker[1]].split()):
            return None
        w = words[k].lower()
        if not w.endswith(("ed", "ing")):
            # "attacks", "support", "request" are nouns as often as verbs: a verb only
            # right after a pronoun or a name ("Trump blasts …", "they support …")
            b = k - 1
            while b > first and words[b].lower() in _AUX:
                b -= 1
            ent = self.mention_at(toks.starts[b])
            named = ent is not None and ent["type"] in ("PERSON", "ORG") and \
                toks.ends[b] == self.mention_end(toks.starts[b])
            unknown_name = ent is None and words[b][:1].isupper() and words[b].isalpha()
            if words[b] in ("'s", "’s") or not (words[b].lower() in _PRONOUNS or named or unknown_name):
                return None   # "Paris attacks", "Western support", "Ukraine's request"
        cue_end = k + 1 + self.phrasal(k)
        j = cue_end
        if last - j < 2:
            return None
        q_end = self.stance_end(j, last, end)
        if self.subordinate(first, speaker):   # "When James announced his return, …"
            comma = next((n for n in range(j, last) if words[n] == ","), None)
            if comma is not None:
                q_end = min(q_end, toks.starts[comma])
        return _Q(toks.starts[j], q_end, "indirect",
                  cue=(toks.starts[k], toks.ends[cue_end - 1]), speaker=speaker)

    def comma_before_speaker(self, k: int, first: int) -> int | None:
        """The comma that ends the reported clause before ", a Western official said"."""
        words = self.toks.words
        j = k - 1
        while j >= first and (words[j].lower() in _AUX or words[j] in _CLOSE_WORDS):
            j -= 1
        if j >= first and words[j] == ",":
            return j   # ", said Singh"
        for j in range(j, max(first - 1, k - 20), -1):
            if words[j] == ",":
                return j
            if words[j].lower() in _NP_STOP and words[j] not in _CLOSE_WORDS and words[j] != "and":
                return None   # "…, he and Mr. Allen said" keeps going
        return None

    def attribution_tail(self, k: int, last: int) -> int | None:
        """Where "X said" ends when only a hearer, a time, a place, an appositive or the
        sentence end follow it ("…, he told the court in his filing."); None when a report
        follows instead ("said he would …")."""
        words = self.toks.words
        b = k - 1
        while b > 0 and words[b] in _CLOSE_WORDS:
            b -= 1
        if words[b] == ",":
            # ", said Donald Jensen, a senior advisor ...": only speech verbs invert,
            # and the speaker closes the sentence or opens an appositive
            if words[k].lower() not in _INVERTING:
                return None
            after = self.np_after(k + 1, last)
            if after is None:
                return None
            said = self.text[after[0]:after[1]].split()
            if (said[0].lower() in _PRONOUNS and len(said) > 1) or any(
                    w.lower() in _VERBISH for w in said):
                return None   # ", said he would welcome Cruz": a report, not a speaker
            e = self.toks.at(after[1])
            return e if e >= last or words[e] in (",", ".", ";", "—", "–", "(", "!", "?") else None
        j = k + 1
        if words[k].lower() in _OBJECT_CUES:   # "told reporters", "told USA TODAY", "told the court"
            while j < last and j - k <= 4 and (words[j][:1].isupper() or words[j].lower() in _HEARERS):
                j += 1
        # "on Monday", "in a statement", "in his filing", "on NBC's Meet the Press", "last week"
        while j < last and j - k <= 12:
            low = words[j].lower()
            if low in _TAIL_PREPS:
                n = j + 1
                while n < last and n - j <= 6 and words[n] not in _TAIL_END and \
                        words[n].lower() not in _NP_STOP and words[n].lower() not in _VERBISH \
                        and words[n].lower() not in _TAIL_PREPS:
                    n += 1
                j = n
            elif low in _TIME_WORDS or low in ("this", "last", "earlier", "later", "late", "today",
                                              "yesterday", "the", "time") or \
                    words[j][:1].isupper() and words[j - 1].lower() in ("on", "last"):
                j += 1
            else:
                break
        if j >= last or words[j] in _TAIL_END or words[j].lower() in _TAIL_CLAUSES:
            return j
        return None

    # -- speakers ----------------------------------------------------------------

    def resolve(self, q: _Q, quotes: list[_Q]) -> dict[str, Any]:
        text = self.text
        speaker: dict[str, Any] = {"name": None, "entity": None, "start": None, "end": None}
        if q.speaker is not None:
            s, e = _trim_speaker(text, *q.speaker)
            if s < e:
                speaker.update(start=s, end=e, name=text[s:e])
                if q.follows is not None:
                    ent = q.follows.entity   # running quote: the earlier attribution's speaker
                else:
                    ent = self.entity_in(s, e)
                    word = text[s:e].lower()
                    if ent is None and word in _PRONOUNS:
                        ent = self.antecedent(s, _PRONOUNS[word], quotes, q)
                if ent is not None:
                    q.entity = ent
                    speaker.update(entity=ent["id"], name=ent["name"])
        cue = text[q.cue[0]:q.cue[1]] if q.cue else None
        return {"text": text[q.start:q.end], "start": q.start, "end": q.end, "kind": q.kind,
                "speaker": speaker, "cue": cue}

    def entity_in(self, s: int, e: int) -> dict[str, Any] | None:
        """The entity heading a speaker phrase: a person inside it, or a name at its end."""
        inside = [(ms, me, ent) for ms, me, ent in self.mentions if ms < e and s < me
                  and ent["type"] != "NORP"]
        text = self.text

        def related(m) -> bool:   # "friends of Mr. Clinton", "Clinton's aides": someone else
            before = text[s:m[0]].split()[-1:]
            possessive = text[:m[1]].endswith(("'s", "’s")) or text[m[1]:m[1] + 2] in ("'s", "’s")
            return m[2]["type"] == "PERSON" and (
                before in (["of"], ["for"], ["to"], ["with"]) or possessive and m[1] < e - 3)

        inside = [m for m in inside if not related(m)]
        people = [m for m in inside if m[2]["type"] == "PERSON"]
        if people:
            return people[-1][2]   # "press secretary Sabrina Singh": the name is last
        heads = [m for m in inside if m[1] >= e - 1]
        return heads[-1][2] if heads else None

    def antecedent(self, pos: int, typ: str | None, quotes: list[_Q], q: _Q) -> dict[str, Any] | None:
        """A pronoun's entity: the last person quoted nearby, else the last one mentioned."""
        for prev in reversed([p for p in quotes if p.start < pos and p is not q]):
            if prev.entity is not None and pos - prev.end < 1500 and (
                    typ is None or prev.entity["type"] == typ):
                return prev.entity
        # else the subject (first person named) of the nearest sentence before that names one
        toks = self.toks
        i = bisect.bisect_right(toks.sent_starts, pos) - 1
        for si in range(i, max(-1, i - 6), -1):
            ss = toks.sent_starts[si]
            se = min(pos, toks.sent_starts[si + 1]) if si + 1 < len(toks.sent_starts) else pos
            for ms, me, ent in self.mentions:
                if ss <= ms and me <= se and (typ is None or ent["type"] == typ) \
                        and ent["type"] in ("PERSON", "ORG") and not self.inside_quote(ms):
                    return ent
        return None


_SPEAKER_LEAD = re.compile(
    r"(?:(?:moreover|however|meanwhile|still|also|but|and|so|yet|instead|indeed|now|then|of|in|on|at|"
    r"for|to|by|from|with)\b[\s,]*)+", re.I)
_SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|they|we|I)$")


_NOT_VERB_ED = frozenset("red bed shed need seed speed feed breed hundred united armed retired "
                         "elected embattled alleged so-called self-described".split())


def _has_verb(words: list[str]) -> bool:
    """Does a would-be speaker phrase hold a finite verb ("he launched Democracy for
    America", "Clinton can't catapult")? A past form after a name or a pronoun counts;
    "the embattled senator", "retired general" do not."""
    for i, w in enumerate(words):
        low = w.lower().strip(",.’'")
        if low in _VERBISH or low.endswith(("n't", "n’t")) or low in ("can", "cannot", "won't"):
            return True
        if i and low.endswith("ed") and len(low) > 4 and low not in _NOT_VERB_ED and w.islower() and (
                words[i - 1][:1].isupper() or words[i - 1].lower() in _PRONOUNS):
            return True
    return False


def _trim_speaker(text: str, s: int, e: int) -> tuple[int, int]:
    """Speaker span without edge punctuation, a leading connective or preposition
    ("Moreover, …", "of Defense"), and just the pronoun when one ends it
    ("After Sunday's massacre in Orlando he")."""
    while s < e and text[s] in " ,—–-“”\"":
        s += 1
    while e > s and text[e - 1] in " ,—–-“”\".":
        e -= 1
    m = _SPEAKER_LEAD.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    m = _SPEAKER_PRONOUN.search(text, s, e)
    if m and m.start() > s and text[m.start() - 1] == " " and text[s:m.start()].strip()[-1:].isalnum() \
            and not text[s:m.start()].rstrip().endswith((" and", " or")):
        s = m.start()
    return s, e


def speakers_as_entities(quotes: list[dict[str, Any]], entities: list[dict[str, Any]]) -> None:
    """Give a named speaker the NER missed ("Ilves said") an entity: the article's person
    of that surname, else a new PERSON. Descriptions ("a Western official") stay as they are."""
    from .canonical import same_name
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for q in quotes:
        sp = q.get("speaker") or {}
        name = sp.get("name") or ""
        words = name.split()
        if sp.get("entity") is not None or sp.get("start") is None or not 1 <= len(words) <= 4 \
                or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha()
                           for w in words) \
                or words[0].lower() in _PRONOUNS or words[0] in ("The", "A", "An") \
                or gaz.lookup(words) is not None:
            continue
        ent = next((e for e in entities if e["type"] == "PERSON"
                    and same_name(e["name"].split()[-1], words[-1])), None)
        if ent is None:
            ent = {"id": f"e{len(entities) + 1}", "name": name, "type": "PERSON", "mentions": [],
                   "roles": []}
            entities.append(ent)
        if [sp["start"], sp["end"]] not in ent["mentions"]:
            ent["mentions"].append([sp["start"], sp["end"]])
            ent["mentions"].sort()
        sp["entity"], sp["name"] = ent["id"], ent["name"]
