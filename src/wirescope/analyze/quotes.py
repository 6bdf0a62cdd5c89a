"""Quotes: who said what, as spans of the text.

Finding works in four passes over the paragraphs of an article:

1. **Quotation marks.** Curly and straight double marks are paired inside a
   paragraph. A quote left open at the end of a paragraph runs on when the
   next paragraph opens with a mark (the newspaper convention for long
   quotes); otherwise it closes at the paragraph end, so an unbalanced mark
   never swallows the rest of the article.
2. **Attribution.** Each quoted span looks for a cue ("said", "told",
   "according to", ...) and a speaker right after it (`”, Roos said` /
   `”, said Marko Vujović`) or right before it (`Roos said: “`), a dash and a
   name closing the paragraph (`” ― Jane Doe`) or a transcript label
   (`"HOST: …`). A short fragment inside a reporting sentence makes a
   *mixed* quote ("which she called a blunder that would push a settlement
   “ever further out of reach”"); a fragment in a sentence without a cue is a
   scare quote and is dropped, and so is a title (`her book, “Ride the Northern
   Tide,”`). A quoted sentence with no cue of its own continues the
   previous speaker (a *running* quote); a quote that resumes after its
   attribution (`“A,” he said, “B.”`) is one statement with it, and a clause
   going on after the closing mark (`“…” to push up the dividend, she said`)
   belongs to the quote. A paragraph without marks after `X added:` is X's
   block quote.
3. **Indirect speech** (`quote_reports`). Sentences with a cue outside
   quotation marks give indirect quotes: `Vujović said (that) CLAUSE`, `CLAUSE, a
   Western official said`, `according to X, CLAUSE`, stances ("criticized X"),
   statements named by a noun ("the mayor's call for a ban"), headline colons; the
   forms without a reporting verb are read in `quote_statements`.
4. **Beliefs** (`quote_beliefs`), after the reports so that they never take a
   report's place: attitudes ("was skeptical of"), hedged claims without a speaker
   ("appears to", "is expected to"), stances towards the subject of a passive,
   statements nobody owns in the sentence, reports around a relative clause; then
   headlines in title case (`quote_headlines`).

The word lists live in `lexicon_quotes`, the token view and the cue readers
shared by the passes in `quote_reading`, where a report ends in `quote_ends`, the
readers of the phrases that name a speaker in `quote_speakers` (the words that name
people in `quote_people`); the marks are paired in `quote_marks`, and the attribution
around them is read in `quote_direct`.

Speakers are resolved to the article's canonical entities (`quote_resolve`):
a name or a title that refers back ("the prime minister") through its entity
mention, a pronoun to the last person quoted or mentioned, and an unnamed
source ("a Western official") is kept as its description with no entity; a named
speaker the NER missed becomes an entity (`quote_entities`).
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon_quotes import BARE_CUES, CUES, INVERTING, NOUN_LIKE, PRONOUNS, STANCE, WORKS
from .quote_direct import Direct
from .quote_entities import speakers_as_entities
from .quote_marks import TURN, after_comma, after_spaced_dash, is_title, quote_spans, starts_sentence
from .quote_reading import CLOSE, OPEN, PAD, PARA, Q, clause_end, has_marks

__all__ = ["find_quotes", "quote_spans", "speakers_as_entities", "CUES"]


def find_quotes(text: str, doc=None, entities: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Quotes of an article as output-contract dicts, in text order.

    Args:
        text: the article text.
        doc: its spaCy Doc (tokens and sentences); a plain split is used when None.
        entities: the article's canonical entities, to resolve speakers.
    """
    return _Finder(text, doc, entities or []).run()


# Between an attribution and the quote that resumes after it: ", " / ", but " / " and ".
_RESUME = re.compile(r"(?:,[^\S\n]*(?:(?:but|and)[^\S\n]+)?|(?:^|[^\S\n])(?:but|and)[^\S\n]+)\Z")


# A verb that opens a clause of its own: ", adding", ", and added", "but warned", "before asking".
_NEW_CLAUSE = re.compile(r"(?:,|\band|\bbut|\bbefore|\bafter|\bwhile|\bby)\s+([a-z]+)\b")


# A relative clause after a speaker ("said Roy Tamm, 65, who voted for …").
_RELATIVE = re.compile(r",[^\S\n]+(?:who|whose)[^\S\n]")
# Words before a verb of speech that make it a passive of the speaker's ("when asked").
_PASSIVE_BEFORE = re.compile(r"\b(?:when|if|after|before|once|was|were|being|been)\s+\Z")
# Verbs of speech proper (not "show", "find"): a second one marks a second statement.
SPEECH = INVERTING | BARE_CUES


# ", however, that …" at the start of a reported clause: the aside is not said
_ASIDE = re.compile(r",?\s*(?:however|though|moreover|meanwhile|too|instead),\s+(that\b)", re.I)
# "agreed to on March 6": "to" with no verb after it
_STRANDED_TO = re.compile(r"to\s+(?:on|in|at|by|with|for|from|during|last|this|earlier|later)\b|to\s*(?:[,.;]|\Z)|"
                          r"[^\w]*\Z", re.I)

# "with results expected overnight", "an election few expected a year ago and that …": a
# time where the clause should be
_ONLY_TIME = re.compile(r"(?:overnight|today|tonight|tomorrow|yesterday|soon|shortly|later|"
                        r"(?:a|an|one|two|three|a few|several|\d+) (?:hours?|days?|weeks?|months?|years?) ago|"
                        r"(?:this|next|last) (?:week|month|year|weekend|morning|evening))(?:\s*$|\s+and\b)", re.I)



class _Finder(Direct):
    """Quotes of one article: the three passes (speakers are resolved in `quote_speakers`)."""

    # -- the three passes ---------------------------------------------------

    def run(self) -> list[dict[str, Any]]:
        text, quotes = self.text, []
        last: Q | None = None
        self.spans = quote_spans(text)
        for qs, qe in self.spans:
            inner = text[qs + 1:qe].strip(" '" + CLOSE + PAD)
            words = len(inner.split())
            if words == 0:
                continue
            prev = quotes[-1] if quotes and quotes[-1].kind == "direct" else None
            if prev is not None and self.resumes(prev, qs):
                prev.end = qe   # “A,” he said, “B.” / “A,” he said, but “B”: one statement
                continue
            # a quote that opens mid-clause ("it was “prepared …”") is a fragment
            # of a reported clause, however long: pass 3 makes it a mixed quote
            dashed = after_spaced_dash(text, qs) and not (starts_sentence(text, qs) or after_comma(text, qs))
            if not (starts_sentence(text, qs) or after_comma(text, qs) or dashed):
                continue
            # "“A,” she said, adding: “B”": the participle's subject is the speaker before
            self.sentence_speaker = prev.speaker if prev is not None and self.attributed_after(prev) \
                and not re.search(r"[.!?](?:\s|$)|\n", text[prev.cue[1]:qs]) \
                else None
            turn = TURN.match(text, qs)
            q = Q(qs, qe, "direct", speaker=turn.span(1)) if turn else self.after(qs, qe) or self.before(qs, qe)
            self.sentence_speaker = None
            if dashed and (q is None or q.cue is None or q.cue[0] < qe):
                continue   # "… - “A,” Park said - …": an aside with its attribution; else a fragment
            # “There she is,” he said. “The captain’s back.” — right after the attribution of the
            # quote before, in its paragraph, even a short quote goes on with it
            after_attribution = q is None and prev is not None and prev is last and self.attributed_after(prev) \
                and "\n" not in text[prev.end:qs] and qs - prev.end < 150 \
                and not self.other_cue(prev, qs)
            if q is None and re.match(r"[ \t\u2060]*[a-z]", text[qe:qe + 3]) and not after_attribution:
                continue  # “I sat with” the stranded families …: the clause goes on
            title = is_title(inner)
            if q is None and (words < 4 or title) and not after_attribution:
                continue  # a short unattributed phrase: scare quotes, a title
            if title and self.after_work_noun(qs):
                continue  # "In her 2011 book, “Ride the Northern Tide,” she …": a title
            if q is None:
                if last is None or qs - last.end > 1500:
                    # unattributed, unless the sentence before opens with its speaker
                    # ("The dockers' union's Anna Rebane was blunt. / “…”")
                    q = Q(qs, qe, "direct", speaker=self.intro_subject(qs, last.end if last else 0))
                else:                                  # running quote: same speaker
                    q = Q(qs, qe, "direct", speaker=last.speaker, follows=last)
                    intro = None if after_attribution else self.intro_subject(qs, last.end)
                    if intro is not None and text[intro[0]:intro[1]].lower() not in PRONOUNS:
                        q = Q(qs, qe, "direct", speaker=intro)   # "Vujović continued his remarks. / “…”"
            if q.kind in ("direct", "mixed"):
                self.goes_on(q)
            # “A,” he said. “B.” — one statement with its attribution inside, also when B opens
            # the next paragraph after an attribution that follows A ("“A,” he said.¶“B.”")
            if quotes and q.cue is None and q.follows is quotes[-1] and quotes[-1].kind == "direct" \
                    and (self.joined(quotes[-1].end, qs) or self.attributed_before_break(quotes[-1], qs)
                         or self.paragraph_after_attributed(quotes[-1], q)) \
                    and not self.other_cue(quotes[-1], qs, participles=False):
                quotes[-1].end = q.end
            else:
                quotes.append(q)
            last = quotes[-1]
        quotes += self.block_quotes(quotes)
        self.used_cues = {q.cue[0] for q in quotes if q.cue}
        quotes += self.indirect(list(quotes)) + self.inside_attributions(quotes)
        quotes += self.beliefs(quotes)
        quotes += self.headlines(quotes)
        quotes.sort(key=lambda q: q.start)
        quotes = self.join_running(quotes)
        quotes = [q for q in quotes if q.kind == "direct" or self.trimmed(q)]
        out = []
        for q in quotes:
            out.append(self.resolve(q, quotes))
        return out

    def trimmed(self, q: Q) -> bool:
        """Trim a reported clause of what is not in it, in place; False when nothing is left.
        The quotation mark opening the next sentence ("… much effect. “The cap …”) is not in
        it, nor is an aside before "that" (", however, that"); an infinitive "to" stranded
        before a preposition ("the ceiling that ministers agreed to on March 6") reports
        nothing."""
        text = self.text
        inner = text[q.start:q.end]
        if inner.endswith("“") or inner.endswith('"') and inner.count('"') % 2 == 1 and inner[-2:-1].isspace():
            e = q.end - 1
            while e > q.start and text[e - 1] in " \t.":
                e -= 1
            q.end = e
            q.kind = "mixed" if has_marks(text[q.start:q.end]) else "indirect"
        m = _ASIDE.match(text, q.start, q.end)
        if m:
            q.start = m.start(1)
        return q.end > q.start and not _STRANDED_TO.match(text, q.start, q.end) \
            and not _ONLY_TIME.match(text, q.start, q.end)

    def inside_attributions(self, taken: list[Q]) -> list[Q]:
        """Reports in the attribution inside a quote that resumes after it (`“A,” Black said,
        referring to the RNC. “B”`): read from the end of the attribution to the next mark."""
        text, out = self.text, []
        for q in taken:
            if q.kind != "direct" or q.cue is None or q.speaker is None or not q.start < q.cue[0] < q.end:
                continue
            start = max(q.cue[1], q.speaker[1])
            end = next((a for a, _ in self.spans if start <= a < q.end), q.end)
            if len(text[start:end].split()) < 3:
                continue
            self.sentence_speaker = q.speaker
            r = self.indirect_in(start, end)
            self.sentence_speaker = None
            if r is not None and r.end <= end and self.says_something(r):
                out.append(r)
        return out

    def join_running(self, quotes: list[Q]) -> list[Q]:
        """A running quote right after a report of the same statement goes on with it: a report
        whose attribution follows its quoted words (`Tamm “has steered ferries through worse,” said Ilves.
        “He keeps his nerve.”`), or a speech verb's "that" clause (`Ilves added that the port
        wants to reopen. “Nobody on the board wants that in writing.”`). The reports are read after the
        quotation marks, so the running quote could not join them there."""
        out: list[Q] = []
        for q in quotes:
            p = out[-1] if out else None
            if p is not None and q.kind == "direct" and q.cue is None and p.cue is not None \
                    and p.speaker is not None and p.end <= q.start and (self.attributed_after(p) or self.said_that(p)) \
                    and self.joined(p.end, q.start) and not self.other_cue(p, q.start, participles=False):
                p.end = q.end
                p.kind = self.marks_kind(p.start, p.end)
                continue
            out.append(q)
        return out

    def attributed_after(self, p: Q) -> bool:
        """Is p quoted words with their attribution after them?"""
        return p.kind in ("direct", "mixed") and p.cue is not None and p.cue[0] >= p.end

    def said_that(self, p: Q) -> bool:
        """Is p a "that" clause of a verb of speech before it ("added that …")?"""
        return p.kind in ("indirect", "mixed") and p.cue is not None and p.cue[1] <= p.start \
            and self.text[p.cue[0]:p.cue[1]].lower() in SPEECH and self.text[p.start:p.start + 5].lower() == "that "

    def block_quotes(self, taken: list[Q]) -> list[Q]:
        """A paragraph without quotation marks after one that ends in "X added:" is X's
        statement (a block quote)."""
        text, toks, out = self.text, self.toks, []
        paras = [(m.start(), m.end()) for m in PARA.finditer(text)]
        for (ps, pe), (ns, ne) in zip(paras, paras[1:]):
            if not text[ps:pe].rstrip().endswith(":") or text[ns] in OPEN + "‘'" \
                    or any(q.start < ne and ns < q.end for q in taken):
                continue
            c = toks.at(text.rindex(":", ps, pe))
            first = toks.at(ps)
            for k in range(c - 1, max(first - 1, c - 8), -1):
                if not self.cue_at(k):
                    continue
                speaker = self.np_before(k, first) if k > first else self.np_after(k + 1, c)
                if self.plausible_speaker(speaker):
                    out.append(Q(ns, clause_end(text, ns, ne), "indirect", cue=(toks.starts[k], toks.ends[k]),
                                 speaker=speaker))
                break
        return out

    def goes_on(self, q: Q) -> None:
        """Extend a quote whose clause goes on after the closing mark (“You worked the
        crews into the ground” to push up the dividend, she said): to the comma before an
        attribution that follows, else to the end of the sentence."""
        text = self.text
        if not re.match(r"[ \t\u2060]*[a-z]", text[q.end:q.end + 3]) \
                or text[q.start:q.end].rstrip(CLOSE + PAD + "' ")[-1:] in ",.!?":
            return   # “Don't do it,” until …: the quoted clause ended inside the marks
        if q.cue is not None and q.cue[0] >= q.end:
            first = min(q.cue[0], q.speaker[0]) if q.speaker else q.cue[0]
            end = text.rfind(",", q.end, first)
            if end < 0:
                return   # “…” the dockers shouted back: the attribution itself goes on
        else:
            _, se = self.toks.sentence(q.end, text)
            end = clause_end(text, q.end, se)
        nxt, nxt_end = next(((a, b) for a, b in self.spans if a >= q.end), (len(text), len(text)))
        if end > nxt:
            stop = re.search(r"[.!?](?=[\s\u2060]|$)", text[q.end:nxt])
            if stop is not None:   # "…” to the economics of ferries. ''They're …'': up to the sentence end
                end = clause_end(text, q.end, q.end + stop.end())
            elif nxt_end > end:
                return   # the next quote runs past the sentence: not this clause's
            # (else "…” that Tamm meets the “home port” rule: quoted words inside it)
        if end - q.end > 300 or "\n" in text[q.end:end]:
            return
        q.end = end
        q.kind = self.marks_kind(q.start, end)

    def attributed_before_break(self, prev: Q, qs: int) -> bool:
        """Does the quote at qs open the paragraph after `prev`'s, which ends with prev's
        attribution ("“A,” he said.¶“B.”")?"""
        between = self.text[prev.end:qs]
        return self.attributed_after(prev) and len(between) < 150 \
            and len(re.findall(r"\n\s*", between)) == 1 and not re.search(r"[.!?][^\S\n]+\S", between)

    def paragraph_after_attributed(self, prev: Q, q: Q) -> bool:
        """Is q a paragraph of one quotation, with nothing but its marks, right after the
        paragraph that closes with `prev`, a quote with its attribution inside ("“A,” he
        said. “B.”¶“C.”")? The statement goes on over the break."""
        text = self.text
        if not (prev.cue is not None and prev.start < prev.cue[0] < prev.end):
            return False
        if not re.fullmatch(r"[^\S\n]*\n\s*", text[prev.end:q.start]) or text[prev.end:q.start].count("\n") > 2:
            return False
        nl = text.find("\n", q.end)
        # marks of the same kind as prev's, closed: a stray mark opening a paragraph quotes nothing
        return not text[q.end:nl if nl >= 0 else len(text)].strip() and text[q.start] == text[prev.start] \
            and text[q.end - 1] in CLOSE + '"' and not has_marks(text[q.start + 1:q.end - 1])

    def after_work_noun(self, qs: int) -> bool:
        """Does the quote follow "book," / "show," … (a title in apposition)?"""
        m = re.search(r"(\w+)[ \t]*,[ \t]*$", self.text[max(0, qs - 40):qs])
        return m is not None and m.group(1).lower().rstrip("s") in WORKS

    def resumes(self, prev: Q, qs: int) -> bool:
        """Does the quote opening at qs go on with `prev` after its attribution (`“A,” he
        said, “B.”`, `“A,” he said, but “B …”`)? Only when the attribution stands between
        them and a comma or "but"/"and" joins them."""
        if prev.cue is None or prev.speaker is None or prev.cue[0] < prev.end or prev.speaker[0] < prev.end:
            return False
        tail = max(prev.cue[1], prev.speaker[1])
        between = self.text[tail:qs]
        if tail > qs or len(between) > 90 or any(c in between for c in "\n“”\"") \
                or re.search(r"[.!?;:](?:\s|$)", between) \
                or self.text[prev.start:prev.end].rstrip(CLOSE + PAD + "' ")[-1:] in ".!?":
            return False   # a new sentence, or a statement that ended before its attribution
        # "“A,” Roos said during a rally in Pärnu harbour, “but B”": words of
        # time and place may stand after the attribution
        return _RESUME.search(between) is not None and not self.second_cue(prev, qs)

    def other_cue(self, prev: Q, qs: int, participles: bool = True) -> bool:
        """Is there a reporting verb between `prev` and qs besides prev's own cue ("“A,”
        Renzi said. The summit did “too little,” he added. “B”": B goes with the second)?
        Without `participles`, one after a comma or in a relative clause is prev's speaker going
        on ("“A,” Tamm said, claiming that …", "said Tamm, who … but knows …") and does not
        count."""
        for m in re.finditer(r"[a-z]+", self.text[prev.end:qs]):
            at = prev.end + m.start()
            if (prev.cue is None or not prev.cue[0] <= at < prev.cue[1]) and m.group() in SPEECH \
                    and m.group() not in NOUN_LIKE and (participles or not self._after_comma_ing(at, m.group())) \
                    and not _PASSIVE_BEFORE.search(self.text, max(0, at - 12), at):
                return True   # not "… when asked if he had met Roos": the speaker was asked
        return self.second_cue(prev, qs, participles)   # "… Roos sings to the dockers before asking them, “B”"

    def second_cue(self, prev: Q, qs: int, participles: bool = True) -> bool:
        """Is there a reporting verb between `prev` and qs other than prev's own cue
        ("“A,” Roos said, adding later, “B”": B is a second statement)?"""
        for m in _NEW_CLAUSE.finditer(self.text, prev.end, qs):
            word = m.group(1).lower()
            if prev.cue is not None and prev.cue[0] <= m.start(1) < prev.cue[1]:
                continue
            if (word in CUES or word in STANCE) and (participles or not self._after_comma_ing(m.start(1), word)
                                                     and not _RELATIVE.search(self.text, prev.end, m.start())):
                return True
        return False

    def _after_comma_ing(self, at: int, word: str) -> bool:
        """Is the word at `at` a participle right after a comma (", claiming that …")?"""
        return word.endswith("ing") and after_comma(self.text, at)
