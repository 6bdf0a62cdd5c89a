"""Beliefs and attitudes without a reporting verb: a pass after indirect speech.

News reports what people hold as well as what they say: attitudes put with an
adjective ("Dockers were skeptical of the plan", "she is confident that …"), a
role noun ("a fierce opponent of the dredging"), views ("see X as Y"), stances
towards the subject of a passive ("was criticized for …"), questions put ("was
asked whether …") and reports around a relative clause ("which critics said was
unfair"). Hedged claims and statements nobody owns are read in `quote_hedges`.
"""

from __future__ import annotations

from .lexicon_quotes import (ATTITUDES, BE, CLAUSE_OPENERS, DEGREE, DETERMINERS, EPISTEMIC, HEDGES, NP_STOP, PRONOUNS,
                             STANCE_NOUNS, TAIL_PREPS, UNOWNED, VERBISH)
from .quote_hedges import EVIDENT, HEARSAY, SENSES, Hedges
from .quote_reading import CLOSE_WORDS, Q, according_to, clause_end, has_marks, is_aux
from .quote_statements import QUESTION_WORDS


# Reporting verbs inside a relative clause ("which critics said was unfair").
RELATIVE_CUES = frozenset("""said says say believe believes believed think thinks thought claim claims
claimed argue argues argued allege alleges alleged contend contends contended estimate estimates estimated
predicted reported acknowledged insists insisted""".split())
RELATIVES = frozenset("which that what who whom".split())
# Stances taken towards the subject of a passive ("was widely criticized for").
PASSIVE_STANCE = frozenset("""criticized criticised accused blamed praised condemned mocked attacked lambasted
denounced faulted slammed hailed credited ridiculed derided blasted rebuked endorsed backed opposed
dismissed labeled labelled branded dubbed portrayed characterized characterised depicted billed touted
lauded applauded chastised scolded decried""".split())
# Passives that report a stance or a statement only with their agent ("was first reported by
# the Gazette", "is supported by most unions", "were echoed by several experts").
PASSIVE_BY = frozenset("""reported supported echoed rejected written overturned imposed seconded approved
proposed announced disputed questioned challenged confirmed denied cited quoted welcomed favored favoured
preferred promoted championed mentioned raised""".split())
# Verbs of a view held of something ("see X as Y").
SEEING = frozenset("see sees saw view views regard regards regarded perceive perceives perceived".split())
# "made it clear that", "made the case for".
MAKING = frozenset("made makes make making".split())
# Words that may put a belief or an attitude.
BELIEF_WORDS = (frozenset(ATTITUDES) | STANCE_NOUNS | HEDGES | EPISTEMIC | frozenset(UNOWNED) | {"asked"}
                | RELATIVE_CUES | PASSIVE_STANCE | PASSIVE_BY | SEEING | MAKING | SENSES | HEARSAY | EVIDENT)


class Beliefs(Hedges):
    """The readers of attitudes and hedged claims (a pass of their own after indirect speech)."""

    def beliefs(self, taken: list[Q]) -> list[Q]:
        """Beliefs outside quotation marks and outside the cues already read; one that
        says mostly what a report found already says is that report ("Officials said the
        deal appears to be dead")."""
        toks, text = self.toks, self.text
        # the tokens that start inside a cue already read (starts are sorted)
        in_cue = {k for q in taken if q.cue for k in range(toks.at(q.cue[0]), toks.at(q.cue[1]))}
        out: list[Q] = []
        for ps, pe in self.sentence_pieces():
            first, last = toks.at(ps), toks.at(pe)
            end = clause_end(text, ps, pe)
            k = first
            while k < last:
                at = toks.starts[k]
                q = None
                if not self.inside_quote(at) and k not in in_cue:
                    if toks.words[k].lower() in BELIEF_WORDS:
                        q = self.belief_at(k, first, last, end)
                    if q is None and toks.words[self.skip_aux(k)].lower() in ("who", "which") \
                            and self.cue_at(k, stance=True):
                        self.relative_ok = True   # "…, who has endorsed Roos, said …"
                        q = self.stance_at(k, first, last, end)
                        self.relative_ok = False
                nested = q is not None and q.speaker is not None and q.start < toks.starts[k] < q.end
                if q is not None and (nested or not any(self.overlap(q, t) >= 0.5 for t in taken + out)):
                    # a report around a relative clause ("…, which he said were …") is one
                    # of its own inside a longer one
                    if has_marks(text[q.start:q.end]):   # "who said there were “…”": mostly quoted
                        q.kind = self.marks_kind(q.start, q.end)
                    out.append(q)
                    k = max(k, toks.at(q.end))   # (a question before "X was asked." lies behind k)
                k += 1
        return out

    def overlap(self, q: Q, other: Q) -> float:
        """Share of q's characters inside other."""
        inter = min(q.end, other.end) - max(q.start, other.start)
        return max(0, inter) / max(1, q.end - q.start)

    def belief_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """The belief the word at k makes, if any (k is an adjective, a role noun or a hedge)."""
        low = self.toks.words[k].lower()
        if low in ATTITUDES:
            return self.attitude_at(k, first, last, end)
        if low in STANCE_NOUNS:
            return self.role_at(k, first, last, end)
        if low in SENSES:
            nxt = self.toks.words[k + 1].lower() if k + 1 < last else ""
            if not (nxt == "like" or k + 1 < last and self.adjective(k + 1) and nxt not in (
                    "forward", "back", "up", "down", "through", "around", "out", "away", "ahead", "elsewhere")):
                return None   # "looks to the future", "looked at", "looks forward to"
            return self.hedge_at(k, first, last, end)
        if low in HEDGES or low in EPISTEMIC:
            q = self.hedge_at(k, first, last, end)
            if q is not None or low not in RELATIVE_CUES:
                return q
        if low in UNOWNED:
            return self.unowned_at(k, first, last, end)
        if low == "asked":
            return self.asked_at(k, first, last, end)
        if low in PASSIVE_STANCE:
            return self.passive_stance_at(k, first, last, end)
        if low in PASSIVE_BY:
            return self.passive_stance_at(k, first, last, end, agent_only=True)
        if low in RELATIVE_CUES:
            q = self.relative_report_at(k, first, last, end)
            if q is not None:
                return q
        if low in SEEING:
            return self.seen_as_at(k, first, last, end)
        if low in MAKING:
            return self.made_clear_at(k, first, last, end)
        if low in HEARSAY:
            return self.hearsay_at(k, first, last, end)
        if low in EVIDENT:
            return self.evident_at(k, first, last, end)
        return None

    def made_clear_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`Kask made it clear that …`, `she made clear she …`, `made the case that|for …`."""
        toks, words = self.toks, self.toks.words
        j = k + 1 + (k + 1 < last and words[k + 1].lower() == "it")
        if j + 2 >= last or words[j].lower() != "clear" and not (
                words[j].lower() == "the" and words[j + 1].lower() == "case"):
            return None
        j += 1 + (words[j].lower() == "the")
        if words[j].lower() == "to":   # "made the case to voters that …"
            j = next((n for n in range(j + 1, min(last, j + 6)) if words[n].lower() in ("that", "for")), last)
        if j >= last - 1 or not (words[j].lower() in ("that", "for") or self.clause_follows(j, last)):
            return None
        speaker = self.owner(k, first)
        if speaker is None:
            return None
        start = j + (words[j].lower() == "for")
        return Q(toks.starts[start], self.claim_end(j, last, end), "indirect",
                 cue=(toks.starts[k], toks.ends[j - 1]), speaker=speaker)

    def seen_as_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`Most dockers see Vujović as a risk`, `she regards the plan as dead`: the view held."""
        toks, words = self.toks, self.toks.words
        as_ = next((n for n in range(k + 2, min(last - 1, k + 9)) if words[n].lower() == "as"), None)
        if as_ is None or any(w in (",", ";", ":", "—") or w.lower() in VERBISH for w in words[k + 1:as_]) \
                or words[as_ + 1].lower() in PRONOUNS or words[as_ + 1].lower() in ("soon", "well", "long"):
            return None   # "saw the ferry as it left", "as well as": not a view
        b = self.skip_aux(k, first)
        if b < first or words[b].lower() in BE:
            return None   # "is seen as": a passive, read as a hedge
        speaker = self.owner(k, first)
        if speaker is None:
            return None
        return Q(toks.starts[k + 1], self.claim_end(k, last, end), "indirect", cue=(toks.starts[k], toks.ends[k]),
                 speaker=speaker)

    def _passive_be(self, k: int, first: int) -> int | None:
        """The form of "be" that makes the participle at k passive ("has been criticized",
        "was asked"), over the auxiliaries before it; None when there is none."""
        words = self.toks.words
        b = k - 1
        while b >= first and is_aux(words[b]) and words[b].lower() not in BE:
            b -= 1
        if b < first or words[b].lower() not in ("is", "are", "was", "were", "been", "being", "be"):
            return None
        return b

    def passive_stance_at(self, k: int, first: int, last: int, end: int, agent_only: bool = False) -> Q | None:
        """`The mayor has been criticized for the delay (by X)`: a stance taken towards
        the subject, the whole clause; the speaker is the "by" phrase, when there is one.
        With `agent_only`, only when a speaker follows at once ("was reported first by the
        Harbour Post", "is supported by most unions")."""
        toks, words = self.toks, self.toks.words
        b = self._passive_be(k, first)
        if b is None:
            return None
        if agent_only:
            speaker = self.agent(k + 2, last) if k + 2 < last and words[k + 1].lower() == "by" else None
            if speaker is None:
                return None
            s = self.clause_start(b, first)
            if s is None or s >= b or self.owned_after(k, first, last):
                return None
            return Q(toks.starts[s], toks.ends[b - 1] if words[b - 1] not in (",",) else toks.starts[b - 1],
                     "indirect", cue=(toks.starts[b], toks.ends[k + 1]), speaker=speaker)
        if k + 1 >= last or words[k + 1] in (",", ".") or words[k + 1].lower() in (
                "and", "or", "but", "that", "into", "onto", "up", "down", "away", "off", "out"):
            return None   # "was criticized, and …": nothing the stance is about; "backed into": a motion
        if self.owned_after(k, first, last):
            return None
        s = self.clause_start(b, first)
        if s is None or s >= b:
            return None
        q_end = self.claim_end(k, last, end)
        speaker = None
        by = next((n for n in range(k + 1, toks.at(q_end)) if words[n].lower() == "by"), None)
        if by is not None:
            speaker = self.agent(by + 1, last)
        return Q(toks.starts[s], q_end, "indirect", cue=(toks.starts[b], toks.ends[k]), speaker=speaker)

    def owned_after(self, k: int, first: int, last: int) -> bool:
        """Is the clause at k someone's after all: an "according to" after it ("…, according
        to a survey") or an attribution closing the sentence?"""
        return any(according_to(self.toks, n) for n in range(k, last)) or self.attributed_at_end(k, first, last)

    def agent(self, j: int, last: int) -> tuple[int, int] | None:
        """The noun phrase after a passive's "by" ("by Mr. Kerry", "by the national teachers
        unions"), up to a preposition or a clause, when it names someone who can speak."""
        toks, words = self.toks, self.toks.words
        n = j
        while n < last and n - j < 10 and (words[n][:1].isalnum() or words[n] in ("'", "’", "'s", "’s")) \
                and words[n].lower() not in TAIL_PREPS \
                and words[n].lower() not in NP_STOP and words[n].lower() not in VERBISH and words[n].lower() != "of":
            n += 1
        found = (toks.starts[j], toks.ends[n - 1]) if n > j else None
        return found if self.headed_by_speaker(found) else None

    def relative_report_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`a bylaw which critics said was unfair`, `what she said is rising
        freight`: a report wrapped around a relative clause, from its pronoun on."""
        toks, words = self.toks, self.toks.words
        v = k + 1
        if v >= last or not (words[v].lower() in VERBISH or words[v].lower().endswith("ed") and words[v].islower()):
            return None
        r = next((n for n in range(k - 1, max(first - 1, k - 9), -1) if words[n].lower() in RELATIVES), None)
        if r is None or r + 1 >= k:
            return None
        e = k - 1
        while e > r + 1 and is_aux(words[e]):
            e -= 1   # "which she has often said was …"
        span = (toks.starts[r + 1], toks.ends[e])
        if any(w in (",", ";", ":", "—") or w.lower() in VERBISH for w in words[r + 1:e + 1]) \
                or not self.headed_by_speaker(span):
            return None
        q_end = self.claim_end(k, last, end)
        if r > first and words[r - 1] == ",":
            # "The union, which critics say is too close to the mayor, backed …": to the main verb
            main = next((n for n in range(v + 1, last - 1) if words[n] == "," and not self.inside_quote(toks.starts[n])
                         and self.main_clause_verb(n + 1, last)), None)
            if main is not None:
                q_end = min(q_end, toks.starts[main])
        return Q(toks.starts[r], q_end, "indirect", cue=(toks.starts[k], toks.ends[k]), speaker=span)

    def asked_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`He was asked about the bomb`, `she was asked whether …`: the question put,
        with no speaker (the asker is not named)."""
        toks, words = self.toks, self.toks.words
        b = self._passive_be(k, first)
        if b is None and not (k > first and words[k - 1].lower() in ("when", "if", "after", "once", "before", "while")):
            return None   # (also "…, he said when asked whether …": a passive without its "be")
        j = k + 1
        if b is not None and (j >= last or words[j] in (".", "!")):
            return self.question_before(k, first)   # "Why is the pier closed? Tamm was asked."
        if j >= last or words[j].lower() not in QUESTION_WORDS or words[j].lower() == "for":
            return None   # "was asked for its papers": a request for a thing
        if words[j].lower() == "to" and (j + 1 >= last or words[j + 1].lower() in DETERMINERS
                                         or not words[j + 1].islower()):
            return None   # "when asked to the party": a place, not what was asked
        j += words[j].lower() == "about"
        if last - j < 2:
            return None
        q_end = self.claim_end(j, last, end)
        speaker = None
        by = next((n for n in range(j, toks.at(q_end)) if words[n].lower() == "by" and words[n - 1] != ","), None)
        if by is not None and by > j:
            q_end = toks.ends[by - 1]   # "was asked to keep them by the committee": the committee asked
            speaker = self.agent(by + 1, last)
        return Q(toks.starts[j], q_end, "indirect", cue=(toks.starts[k], toks.ends[k]), speaker=speaker)

    def question_before(self, k: int, first: int) -> Q | None:
        """The question closing the sentence before "X was asked." (in its paragraph), put to X
        by no one named."""
        text, toks = self.text, self.toks
        e = toks.starts[first] - 1
        while e > 0 and text[e] in " \t":
            e -= 1
        if e <= 0 or text[e] != "?" or k - first > 6:
            return None
        s = max(text.rfind("\n", 0, e), text.rfind(". ", 0, e), text.rfind("? ", 0, e), text.rfind("! ", 0, e))
        s = s + 1 if s >= 0 and text[s] == "\n" else s + 2 if s >= 0 else 0
        if e - s < 10:
            return None
        return Q(s, e + 1, "indirect", cue=(toks.starts[k], toks.ends[k]), speaker=None)

    def be_before(self, k: int, first: int) -> int | None:
        """The form of "be" (or "seem", "remain", "become") before k over degree words and
        adverbs ("was not too concerned", "has been increasingly critical"), or None."""
        words = self.toks.words
        b = k - 1
        while b >= first and (words[b].lower() in DEGREE or is_aux(words[b]) and words[b].lower() not in BE):
            b -= 1
        return b if b >= first and words[b].lower() in BE else None

    def owner(self, b: int, first: int) -> tuple[int, int] | None:
        """Who holds the attitude: the subject before the verb at b, when it names someone."""
        speaker = self.np_before(b, first)
        if not self.plausible_speaker(speaker):
            speaker = self.clause_subject(b, first)
        return speaker if self.headed_by_speaker(speaker) else None

    def held_before(self, k: int, first: int) -> tuple[int, tuple[int, int]] | None:
        """The form of "be" before k and who holds what follows it ("Kask was skeptical
        of", "she has been a critic of"), or None when either is missing."""
        b = self.be_before(k, first)
        if b is None:
            return None
        speaker = self.owner(b, first)
        return None if speaker is None else (b, speaker)

    def attitude_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`SUBJECT is critical of|skeptical about|confident that …`: the attitude's object."""
        toks, words = self.toks, self.toks.words
        j = k + 1
        wanted = ATTITUDES[words[k].lower()]
        # "we are convinced it is the safest berth …": a clause with its "that" left out
        bare = j + 1 < last and "that" in wanted and words[j].lower() not in wanted \
            and words[j].lower() in CLAUSE_OPENERS and self.clause_follows(j, last)
        if j + 1 >= last or words[j].lower() not in wanted and not bare:
            return None
        held = self.held_before(k, first)
        if held is None:
            return None
        b, speaker = held
        start = j if words[j].lower() in ("that", "whether") or bare else j + 1
        q_end = self.relative_end(speaker, start, self.claim_end(start - 1, last, end))
        if q_end <= toks.starts[start]:
            return None
        return Q(toks.starts[start], q_end, "indirect", cue=(toks.starts[b], toks.ends[k if bare else j - (start > j)]),
                 speaker=speaker)

    def role_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`SUBJECT has been a staunch opponent of …`, `A fierce critic of X, SUBJECT …`."""
        toks, words = self.toks, self.toks.words
        if k + 2 >= last or words[k + 1].lower() != "of" or words[k + 2] in (",", ".") \
                or words[k + 2][:1] in CLOSE_WORDS:
            return None
        a = k - 1   # over the adjectives to the article: "a steady and vocal supporter"
        while a >= first and words[a].lower() not in ("a", "an", "the") and (
                words[a].islower() and words[a].isalpha() or words[a] == ","):
            a -= 1
        if a < first or words[a].lower() not in ("a", "an", "the") or k - a > 6:
            return None
        q_end = self.claim_end(k + 1, last, end)
        comma = next((n for n in range(k + 2, last) if words[n] == ","), None)
        if a == first:
            # "A fierce critic of the levy, Ms. Lepp …": the subject after the comma
            if comma is None or comma + 1 >= last:
                return None
            s = comma + 1
            speaker = self.np_before(self.leading_np_end(s, last), s)
            if not self.headed_by_speaker(speaker):
                return None
            return Q(toks.starts[k + 2], toks.starts[comma], "indirect", cue=(toks.starts[a], toks.ends[k + 1]),
                     speaker=speaker)
        held = self.held_before(a, first)
        if held is None:
            return None
        speaker = held[1]
        return Q(toks.starts[k + 2], self.relative_end(speaker, k + 2, q_end), "indirect",
                 cue=(toks.starts[a], toks.ends[k + 1]), speaker=speaker)

    def relative_end(self, speaker: tuple[int, int], j: int, q_end: int) -> int:
        """A belief in a relative clause (", who is a critic of the mayor, said …") ends
        at the clause's comma."""
        toks = self.toks
        if self.text[speaker[0]:speaker[1]].lower() not in ("who", "which"):
            return q_end
        comma = next((n for n in range(j, toks.at(q_end)) if toks.words[n] == ","), None)
        return toks.starts[comma] if comma is not None else q_end
