"""Statements without a reporting verb, read for the indirect-speech pass (`quote_reports`).

`according to X, CLAUSE`, statements named by a noun ("Roos's call for a levy", "amid
concerns that …"), headline and transcript colons ("Lepp: Don't Sign …"), frames ("In a
new poll, …", "… in the latest poll.") and questions put ("Asked about the collision, Kask said …").
"""

from __future__ import annotations

from .lexicon_quotes import (ASIDE_TIMES, AUX, COMPLEMENTIZERS, CUES, DETERMINERS, DISCOURSE, DOCUMENTS, FUNCTION_WORDS,
                             INVERTING, LABELS, LEADING, NOMINAL, NOT_VERB_ED, NP_STOP, POSSESSIVES, PRONOUNS,
                             SOURCE_NOUNS, TAIL_PREPS, TIME_WORDS, VERBISH, VIEWS)
from .quote_reading import CLOSE_WORDS, Q, clause_end
from .quote_resolve import Resolution

# What opens the question put to someone ("asked about …", "asked whether …").
QUESTION_WORDS = frozenset("about for if whether why how what when where who whom which to".split())
# Words after which a statement word is a noun ("amid concerns that", "the claim that").
NOUN_CONTEXT = DETERMINERS | TAIL_PREPS | {"amid", "despite", "of"}
# The same with the adjectives that may open a bare statement noun ("growing concerns that").
BEFORE_NOUN = NOUN_CONTEXT | {"more", "growing"}
# Words that make a phrase a poll whose findings the sentence reports ("in the latest polls").
POLLS = frozenset("poll polls survey surveys polling average averages".split())
# Times that may close a framing phrase ("For most dockers today,").
FRAME_TIMES = TIME_WORDS | {"today", "now", "too", "alone"}
# Subject pronouns: one opens a clause, not an item of a series.
SUBJECTS = frozenset("he she they we i you it".split())
# Words that open a clause, which an "according to X" aside right after them attributes.
OPENS_CLAUSE = frozenset("because since although though that but and so while whereas if when after".split())
# Participles that describe a document after its noun ("a poll released Monday").
DESCRIBED = frozenset("""released published conducted taken issued out sent posted filed obtained seen
reviewed made delivered""".split())
# After "For", words that make the phrase a concession, a rate or a pointer, not a holder.
FOR_NOT_HOLDER = frozenset("all more every each".split())


# Words opening a clause that stands before the sentence's main clause.
FRONTED = frozenset("although though while whereas despite after before since when if because as".split())
# Nouns of a count or an estimate that make "by one estimate" a source.
ESTIMATES = frozenset("estimate estimates account accounts count counts reckoning calculation calculations".split())

# Verbs of answering a request ("did not respond to a request for comment", "returned calls").
ANSWERING = frozenset("respond responded responds reply replied replies return returned returns".split())

# Common irregular past forms that end a subject ("Her call for a levy drew cheers").
IRREGULAR_VERBS = frozenset("""drew won lost made sent left put set cost hit struck brought caught sparked
came went became got gave took met led fell rose stood""".split())

# Verbs that deliver a statement named by a noun ("made a promise to", "issued a warning that").
LIGHT_VERBS = frozenset("""made makes make making issued issues issuing gave gives give giving offered offers
delivered delivers renewed renews repeated repeats expressed expresses voiced voices sent sends signed reached
struck filed""".split())

class Statements(Resolution):
    """The readers of reports without a verb (mixed into the indirect-speech pass)."""

    def question_put(self, first: int, last: int) -> Q | None:
        """`Asked about the collision, Kask said …`, `When asked whether …, she …`: the
        question put to the speaker, up to its comma, with no speaker of its own (the asker
        is not named)."""
        toks, words = self.toks, self.toks.words
        a = first + (words[first].lower() in ("when", "if", "once", "after", "before", "while", "and", "but"))
        if a + 2 >= last or words[a].lower() != "asked" or a == first and words[a] != "Asked":
            return None
        j = a + 1
        while j < last and j - a <= 7 and words[j].lower() not in QUESTION_WORDS and words[j] not in (",", ":"):
            j += 1   # "Asked at a briefing on Monday about …", "Asked specifically what …"
        if j < last and words[j].lower() in QUESTION_WORDS:
            j += words[j].lower() in ("about", "for")
        else:
            return None
        comma = next((n for n in range(j, min(last, j + 30)) if words[n] == ","), None)
        if comma is None or comma - j < 1:
            return None
        return Q(toks.starts[j], toks.starts[comma], "indirect", cue=(toks.starts[a], toks.ends[a]))

    def put_it_at(self, k: int, first: int, last: int, ss: int, end: int) -> Q | None:
        """`As X put it(, in a statement), CLAUSE` and `CLAUSE, as X put it`: k is "as"."""
        toks, words = self.toks, self.toks.words
        put = next((n for n in range(k + 2, min(last - 1, k + 12)) if words[n].lower() in ("put", "puts")
                    and words[n + 1].lower() == "it"), None)
        if put is None:
            return self.as_said_at(k, first, last, ss, end)
        speaker = (toks.starts[k + 1], toks.ends[put - 1])
        if any(w in (",", ";", ":") for w in words[k + 1:put]) or not self.headed_by_speaker(speaker):
            return None
        n = put + 2   # "in a note to our reporter in June": up to the comma
        while n < last and words[n] not in (",", ".", ";", ":", "—", "–") and n - put <= 14:
            n += 1
        cue = (toks.starts[k], toks.ends[put + 1])
        opening = k == first or words[k - 1] in (",", "—", "–") and k - first <= 4 and k > first + 1 \
            and words[first].lower() in ("but", "and", "or", "so", "yet")
        quoted_after = n + 1 < last and words[n] in (",", ":") and words[n + 1] in ("“", '"', "''")
        if (opening or quoted_after) and n < last and words[n] in (",", ":", "—", "–") and last - n > 2:
            # "…, as one newspaper put it, “the harbour's last baron.”": the quoted words after it
            return Q(toks.starts[n + 1], end, "indirect", cue=cue, speaker=speaker)
        if not opening and k > first + 2 and words[k - 1] in (",", "—", "–", "(") or words[k - 1] in CLOSE_WORDS:
            b = k - 1
            while b > first and words[b] in (",", "—", "–", "("):
                b -= 1
            return Q(ss, toks.ends[b], "indirect", cue=cue, speaker=speaker)
        return None

    def as_said_at(self, k: int, first: int, last: int, ss: int, end: int) -> Q | None:
        """`CLAUSE, as police have said.`, `X, as one adviser pointed out, CLAUSE`, `As Tamm
        noted, CLAUSE`: an aside of speech standing alone between commas (k is "as"); not
        the "as" of time ("as Tamm said he would run")."""
        toks, words = self.toks, self.toks.words
        if not (k == first or words[k - 1] == ",") or k + 2 >= last:
            return None
        v = k + 1
        while v < last and words[v].lower() in AUX:
            v += 1   # "As first reported by …"
        if v + 2 < last and words[v].lower() in CUES and words[v].lower().endswith("ed") \
                and words[v + 1].lower() == "by":
            # "As reported by the Harbour Post, CLAUSE", "CLAUSE, as reported by the Harbour Post.": the passive aside
            c = next((n for n in range(v + 2, min(last, v + 12)) if words[n] in (",", ".", ";", "!", "?")), last)
            speaker = (toks.starts[v + 2], toks.ends[c - 1])
            cue = (toks.starts[k], toks.ends[v + 1])
            if c == v + 2 or not self.headed_by_speaker(speaker):
                return None
            if k == first and c < last and words[c] == "," and last - c > 3:
                return Q(toks.starts[c + 1], end, "indirect", cue=cue, speaker=speaker)
            if k - first >= 3 and (c >= last or words[c] != ","):
                return Q(ss, toks.starts[k - 1], "indirect", cue=cue, speaker=speaker)
            return None
        # "as X said", "as some have speculated", "as Lepp has sometimes acknowledged"
        n = next((n for n in range(k + 2, min(last, k + 10)) if words[n].lower() in INVERTING
                  or words[n].lower() in CUES and words[n].endswith("ed")
                  and words[n - 1].lower() in AUX | {"sometimes"}
                  or words[n].lower() == "pointed" and n + 1 < last and words[n + 1].lower() == "out"), None)
        if n is None or any(not w[:1].isalnum() and w not in ("'s", "’s") for w in words[k + 1:n]):
            return None
        b = n - 1
        while b > k + 1 and (words[b].lower() in AUX or words[b].lower() == "sometimes"):
            b -= 1
        speaker = (toks.starts[k + 1], toks.ends[b])
        if b <= k or not (self.headed_by_speaker(speaker)
                          or b == k + 1 and words[b].lower() in ("some", "many", "others")):
            return None
        after = n + 1 + (words[n].lower() == "pointed")
        cue = (toks.starts[k], toks.ends[after - 1])
        while after < last and (words[after].lower() in TIME_WORDS or words[after].lower() in ASIDE_TIMES):
            after += 1   # "…, as the Harbour Post reported a few days later."
        if after >= last or words[after] in (".", ";", "!", "?"):
            if k - first < 3:
                return None
            return Q(ss, toks.starts[k - 1], "indirect", cue=cue, speaker=speaker)   # "CLAUSE, as X said."
        if words[after] != "," or last - after < 4:
            return None
        if k == first:
            return Q(toks.starts[after + 1], end, "indirect", cue=cue, speaker=speaker)   # "As X noted, CLAUSE"
        return Q(ss, end, "indirect", cue=cue, speaker=speaker)   # "X, as Y said, CLAUSE": all of it

    def by_estimate_at(self, k: int, first: int, last: int, ss: int, end: int) -> Q | None:
        """`CLAUSE, by one estimate.` and `By some accounts, CLAUSE` (k is "by")."""
        toks, words = self.toks, self.toks.words
        n = next((n for n in range(k + 1, min(last, k + 6)) if words[n].lower() in ESTIMATES), None)
        if n is None or not (k == first or words[k - 1] == ",") or any(
                not w[:1].isalnum() and w not in ("'s", "’s") for w in words[k + 1:n]):
            return None
        speaker = (toks.starts[k + 1], toks.ends[n])
        if k == first:
            if n + 1 < last and words[n + 1] == "," and last - n > 4:
                return Q(toks.starts[n + 2], end, "indirect", cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
            return None
        if n + 1 < last and words[n + 1] not in (".", ";", "!", "?") or k - first < 4:
            return None
        return Q(ss, toks.starts[k - 1], "indirect", cue=(toks.starts[k], toks.ends[k]), speaker=speaker)

    def according_at(self, k: int, first: int, last: int, ss: int, end: int) -> Q | None:
        """`According to X, CLAUSE`, `CLAUSE, according to X` and `In addition, according
        to X, CLAUSE` (k is "according")."""
        toks, words = self.toks, self.toks.words
        if k == first:
            comma = next((j for j in range(k + 2, last) if words[j] == ","), None)
            if comma is None or comma - k > 25:   # "According to first figures from a study done for …,"
                return None
            start = comma + 1
            if start < last and words[start].lower() in ("who", "whose", "which"):
                # "According to Saar, who spoke after the vote, the pier …": over the relative clause
                start = next((j + 1 for j in range(start + 1, last) if words[j] == ","), start)
            return Q(toks.starts[min(start, last - 1)], end, "indirect", cue=(toks.starts[k], toks.ends[k + 1]),
                     speaker=(toks.starts[k + 2], toks.ends[comma - 1]))
        speaker = self.np_after(k + 2, last)
        after = toks.at(speaker[1]) if speaker else last
        if after < last and words[after].lower() in ("who", "which", "that"):
            # "according to captains who talked with journalists later, was …": over the relative clause
            after = next((n for n in range(after + 1, min(last, after + 15)) if words[n] == ","), after)
        if after + 1 < last and words[after] == "," and words[after + 1].lower() in ("a", "an", "the"):
            # "according to Jaan Tamm, a former harbour master, was …": over the appositive
            c = next((n for n in range(after + 2, min(last - 1, after + 10)) if words[n] == ","), None)
            if c is not None and words[c + 1].lower() in VERBISH:
                after = c
        # "Behind the delays, according to X, was a plan …": the claim's verb after the
        # source, so what stands before it is its subject
        verb_after = after + 1 < last and words[after] == "," and words[after + 1].lower() in VERBISH
        if k - 1 - first <= 4 and after < last and words[after] == "," and last - after > 4:
            w0 = words[first].lower()
            framing = (w0 in LEADING or w0 in DISCOURSE or w0.endswith("ly") or not words[after + 1].islower()) \
                and not verb_after
            # "The mayor, according to two aides, has agreed …": the subject before belongs to
            # the claim, as in "The inspection, port staff said, was …"; "In addition, according to
            # X, …" frames it
            return Q(ss if not framing else toks.starts[after + 1], end, "indirect",
                     cue=(toks.starts[k], toks.ends[k + 1]), speaker=speaker)
        if k - 2 > first and words[k - 1] == "," and words[k - 2].lower() in OPENS_CLAUSE \
                and after < last and words[after] == "," and last - after > 4:
            # "… because, according to her crew, the organisers never sent a pass": the clause after
            return Q(toks.starts[after + 1], end, "indirect", cue=(toks.starts[k], toks.ends[k + 1]),
                     speaker=speaker)
        q_end = toks.ends[k - 2] if k - 2 >= first else toks.starts[k - 1]
        if words[k - 1].isalnum():
            q_end = toks.ends[k - 1]   # no comma before "according to" (`according_closes`)
        if after < last and words[after] == "," and (self.conjoined_clause(after + 1, last)
                                                      or verb_after and last - after > 3):
            q_end = end   # "A, according to the CBO, and B", "A, according to X, was B": it goes on
        return Q(ss, q_end, "indirect", cue=(toks.starts[k], toks.ends[k + 1]),
                 speaker=speaker)

    def according_closes(self, k: int, first: int, last: int) -> bool:
        """Does "according to X" close the sentence without a comma before it ("… 44 points to
        37 according to a survey out Thursday.")? Only with a source that speaks, not "according
        to plan" or "according to the rules"."""
        words = self.toks.words
        if k - first < 4 or words[k - 1].lower() in VERBISH:
            return False
        speaker = self.np_after(k + 2, last)
        after = self.toks.at(speaker[1]) if speaker is not None else last
        if speaker is None or after < last and words[after] not in (".", "!", "?"):
            return False
        return self.headed_by_speaker(speaker)

    def colon_statement(self, first: int, last: int, end: int) -> Q | None:
        """`Anu Lepp: Don't Sign the Port Deal` (headlines, transcripts): a person,
        an organisation or a poll before a colon speaks the rest of the sentence."""
        toks, words = self.toks, self.toks.words
        c = next((n for n in range(first, min(last, first + 9)) if words[n] == ":"), None)
        if c is None or c == first or last - c < 4:
            return None
        p = first
        for n in range(c - 1, first - 1, -1):   # "EXCLUSIVE – Anu Lepp:"
            if words[n] in ("–", "—", "-", "|"):
                p = n + 1
                break
        prefix = words[p:c]
        if not prefix or len(prefix) > 6 or prefix[0].lower() in LABELS or any(
                w.lower() in CUES or w.lower() in VERBISH or any(ch.isdigit() for ch in w) for w in prefix):
            return None
        span = (toks.starts[p], toks.ends[c - 1])
        # a person, or an organisation that is most of the prefix ("Baltic Wire:"), speaks;
        # a headline of its own ("Berth Fees Threaten Winter Ferry:") does not
        size = max(1, span[1] - span[0])
        named = any(ms < span[1] and span[0] < me and (ent["type"] == "PERSON" or ent["type"] == "ORG"
                                                        and len(prefix) <= 3
                                                        and (min(me, span[1]) - max(ms, span[0])) * 2 >= size)
                    for ms, me, ent in self.mentions)
        place = any(ms < span[1] and span[0] < me and ent["type"] in ("GPE", "LOC", "NORP")
                    for ms, me, ent in self.mentions)
        if not prefix[0][:1].isalnum() or not (
                named or len(prefix) <= 2 and (prefix[-1].lower().rstrip("s") in SOURCE_NOUNS
                                               or prefix[-1].lower() == "camp")
                or not place and len(prefix) <= 2 and all(w[:1].isupper() for w in prefix)):
            return None
        if all(w.isupper() for w in prefix if w.isalpha()):
            # "TAMM: I think … I think …": a transcript turn runs to the end of its paragraph
            nl = self.text.find("\n", toks.starts[c])
            end = max(end, clause_end(self.text, toks.starts[c], nl if nl >= 0 else len(self.text)))
        return Q(toks.starts[c + 1], end, "indirect", cue=(toks.starts[c], toks.ends[c]), speaker=span)

    def framed_by_source(self, first: int, last: int, end: int) -> Q | None:
        """`In a new poll, CLAUSE` / `For most dockers, CLAUSE`: a clause framed as what
        a document shows or what someone holds."""
        toks, words = self.toks, self.toks.words
        w0 = words[first].lower() if first < last else ""
        if w0 not in ("in", "for", "to"):
            return None
        comma = next((n for n in range(first + 1, min(last, first + 12)) if words[n] == ","), None)
        if comma is None or comma == first + 1 or last - comma < 5:
            return None
        w1 = words[first + 1].lower()
        if w0 == "for" and (w1 in FOR_NOT_HOLDER or any(
                words[n].lower() in ("time", "times", "years", "months", "decades") for n in range(first + 1, comma))):
            return None   # "For all her seamanship, …", "For more, …", "For every ship turned away, …",
            #               "For the first time since …": no one holds the clause
        h = comma - 1
        while h > first + 1 and words[h].lower() in FRAME_TIMES:
            h -= 1   # "For most dockers today,"
        span = (toks.starts[first + 1], toks.ends[h])
        head = words[h].lower().strip("’'")
        if w0 == "in":
            # "In a Baltic Wire survey released Thursday,": the document before a participle describing it
            doc = next((n for n in range(first + 2, h) if words[n].lower().rstrip("s") in DOCUMENTS
                        and words[n + 1].lower() in DESCRIBED), None)
            if doc is not None and not any(words[n].lower() in NP_STOP for n in range(doc + 1, h + 1)):
                h = doc
                head = words[h].lower()
            possessed = h > first + 1 and (words[h - 1].lower() in POSSESSIVES or words[h - 1] in ("'s", "’s"))
            if head.rstrip("s") not in DOCUMENTS and not (head in VIEWS and possessed):
                return None   # "In his view, …" holds a position; "In the end, …" does not
        elif not self.headed_by_speaker(span) or head in TIME_WORDS or head.rstrip("s") in TIME_WORDS:
            return None
        return Q(toks.starts[comma + 1], end, "indirect", cue=(toks.starts[first], toks.ends[first]),
                  speaker=span)

    def no_comment(self, first: int, last: int) -> Q | None:
        """`The ministry did not respond to a request for comment`, `Tamm did not return calls
        seeking comment`: the request the source left unanswered, the news formula for a
        silence on the record."""
        toks, words = self.toks, self.toks.words
        for k in range(first + 1, last - 2):
            if words[k].lower() not in ANSWERING or self.inside_quote(toks.starts[k]):
                continue
            stop = next((n for n in range(k + 1, min(last, k + 12)) if words[n].lower() == "comment"), None)
            if stop is None or any(words[n] in (",", ";", ".") for n in range(k + 1, stop)):
                return None
            speaker = self.np_before(k, first)
            if speaker is None:
                return None
            j = k + 1 + (words[k + 1].lower() == "to")
            return Q(toks.starts[j], toks.ends[stop], "indirect", cue=(toks.starts[k], toks.ends[k]),
                     speaker=speaker)
        return None

    def poll_at_end(self, first: int, last: int, end: int) -> Q | None:
        """`CLAUSE in the latest Harbour TV poll (released Monday).`: the clause is what the poll
        closing the sentence shows."""
        toks, words = self.toks, self.toks.words
        for n in range(first + 3, last - 1):
            if words[n].lower() != "in" or words[n - 1] in (",", "(") or self.inside_quote(toks.starts[n]):
                continue
            stop = next((m for m in range(n + 1, last) if words[m] in (",", ";", ".", "(", "—")), last)
            head = next((m for m in range(n + 1, min(stop, n + 7)) if words[m].lower() in POLLS), None)
            if head is None or stop < last and words[stop] not in (".", ";") or stop - head > 4 or any(
                    words[m].lower() in VERBISH or words[m].lower() in ("and", "but", "or", "that", "which")
                    for m in range(head + 1, stop)):
                continue   # "leads in the polls, which …": the poll must close the clause
            content = (toks.starts[first], toks.ends[n - 1])
            return Q(content[0], content[1], "indirect", cue=(toks.starts[n], toks.ends[n]),
                     speaker=(toks.starts[n + 1], toks.ends[stop - 1]))
        return None

    def nominal_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`Roos's call for a levy`, `her criticism of the plan`, `their claim that …`: a
        possessor's statement named by a noun."""
        toks, words = self.toks, self.toks.words
        w = words[k].lower()
        # "Tamm's view is that …", "His argument was that …": the clause after the copula
        copula = k + 3 < last and words[k + 1].lower() in ("is", "was") and words[k + 2].lower() == "that" \
            and "that" in NOMINAL[w] and (words[k - 1] in ("'s", "’s") or words[k - 1].lower() in POSSESSIVES)
        if k + 2 >= last or words[k + 1].lower() not in NOMINAL[w] and not copula or k == first:
            return None
        if w in ("bet", "bets") and not copula:
            return None   # "it's a safe bet that …": a hedge, not someone's statement
        b = k - 1
        a = b
        while a > first and k - a <= 3 and words[a].isalpha() and words[a].islower() \
                and words[a] not in FUNCTION_WORDS and words[a] not in POSSESSIVES:
            a -= 1
        if a < b and (words[a].lower() in POSSESSIVES or words[a] in ("'s", "’s")):
            b = a   # "his strong opposition to …", "Tamm's strikingly personal attacks on …": over the adjectives
        if words[b].lower() in POSSESSIVES:
            # "she expanded on her calls for …": the subject that owns the "his"
            nominative = {"his": "he", "her": "she", "their": "they", "its": "it"}[words[b].lower()]
            own = [n for n in range(first, b) if words[n].lower() == nominative]
            f0 = first
            while f0 < b and (words[f0].lower() in DISCOURSE or words[f0] == ","):
                f0 += 1   # "Meanwhile Saar keeps up his praise of …": the subject after the opener
            people = [(ms, me) for ms, me, ent in self.mentions if ms == toks.starts[f0]
                      and me <= toks.starts[b] and ent["type"] == ("PERSON" if nominative in ("he", "she") else "ORG")
                      and toks.at(me) < b and words[toks.at(me)] not in ("'s", "’s", ",")
                      and words[toks.at(me)].lower() not in TAIL_PREPS]
            # "Vujović will struggle to renew his attacks on …": the subject owns the "his"
            speaker = (toks.starts[own[-1]], toks.ends[own[-1]]) if own else people[0] if people \
                else (toks.starts[b], toks.ends[b])
        elif words[b][:1].isupper() and b > first and words[k + 1].lower() == "that" \
                and (named := self.named_owner(b)) is not None:
            speaker = named   # "a Harbour Post report that …": the name before the noun
        elif words[b] in ("'s", "’s") and b > first:
            ent = self.mention_at(toks.starts[b - 1])
            ms = next((s for s, e, _ in self.mentions if s <= toks.starts[b - 1] < e), None)
            if ent is None or ent["type"] not in ("PERSON", "ORG", "GPE"):
                owner = self.np_before(b, first) if ent is None else None
                if owner is None or not owner[1] == toks.ends[b - 1] or not self.headed_by_speaker(owner) \
                        or words[toks.at(owner[0])].lower() not in ("the", "his", "her", "their", "its"):
                    return None
                speaker = owner   # "the harbourmaster's eagerness to …": a role or a body owns it
            else:
                speaker = (ms, toks.ends[b - 1])
        elif words[k + 1].lower() == "that" and self.clause_follows(k + 2, last) and self.noun_here(k, first):
            # "growing concerns that the port is too reliant …", "the narrative that …": a
            # statement with no owner named before it; the subject opening the sentence
            # owns it when the noun is its object ("dockers insisted on claims that")
            subj = self.mention_at(toks.starts[first])
            speaker = None
            if k > first + 2 and (words[first].lower() in ("he", "she", "they", "we") or subj is not None
                                  and subj["type"] in ("PERSON", "ORG", "NORP")):
                speaker = (toks.starts[first], self.mention_end(toks.starts[first]) or toks.ends[first])
            elif (v := self.light_verb_before(k, first)) is not None:
                speaker = self.np_before(v, first)   # "the ministry issued a warning that …"
        elif (v := self.light_verb_before(k, first)) is not None:
            # "Tamm made a promise to …", "the ministry issued a warning that …", "made
            # several controversial comments about …": the subject of the verb that delivers
            # the statement owns it
            speaker = self.np_before(v, first)
            if speaker is None or not self.plausible_speaker(speaker):
                return None
        else:
            return None
        j = k + 2
        if words[j].lower() in TIME_WORDS:
            return None   # "her remarks on Tuesday drew …": a time, not a topic
        q_end = self.stance_end(j, last, end)
        if words[k + 1].lower() == "to":
            # "Her promises to cut berth fees are empty": the infinitive, before the verb
            j = k + 1
            verb = next((n for n in range(j + 1, last) if words[n].lower() in VERBISH and words[n].islower()), None)
            if verb is not None:
                q_end = min(q_end, toks.ends[verb - 1])
        comma = next((n for n in range(j, last) if words[n] in (",", "(")), None)
        if comma is not None and not copula and words[k + 1].lower() != "that" \
                and not self.series_after(comma, toks.at(q_end), last):
            q_end = min(q_end, toks.starts[comma])   # (a "that" clause goes on over its commas …)
        elif words[k + 1].lower() == "that" and words[first].lower() in FRONTED:
            # (… unless it hangs on a clause before the main one: "Although many agreed that
            # X, she did not …")
            main = next((n for n in range(j, last - 1) if words[n] == "," and (
                self.clause_follows(n + 1, last) or words[n + 1].lower() in PRONOUNS)), None)
            if main is not None:
                q_end = min(q_end, toks.starts[main])
        if copula:
            pass   # the clause from its "that" to the sentence end
        elif words[k + 1].lower() == "that":
            j = k + 1   # "their claim that …": the clause with its "that", as after a verb
        elif speaker is not None and speaker[0] <= toks.starts[first] and j < last \
                and (words[b] in ("'s", "’s") or words[b].lower() in POSSESSIVES):
            # "Roos's call for a levy angered dockers": the statement is the subject, and
            # what it names ends at the sentence's verb
            verb = next((n for n in range(j + 1, last) if self.main_verb(n)), None)
            if verb is not None:
                q_end = min(q_end, toks.ends[verb - 1])
        if q_end <= toks.starts[j]:
            return None
        # the noun says what kind of statement it was ("opposition to X" is not "support for
        # X"): the content starts at it, unless a copula hands the statement to a clause or
        # the noun is an idiom's ("made no secret of …")
        return Q(toks.starts[j if copula or w == "secret" else k], q_end, "indirect", cue=(toks.starts[k], toks.ends[min(k + 1, j - 1)]),
                  speaker=speaker)

    def series_after(self, c: int, e: int, last: int) -> bool:
        """Is the comma at c one of a series that "and" or "or" closes by e ("a promise to fix
        the pier, cut fares and build a new ferry", "no mention of the dredging, the levy or the strike")?"""
        words = self.toks.words
        rest = [w.lower() for w in words[c:min(e + 1, last)]]
        return words[c] == "," and 2 <= len(rest) <= 25 and ("and" in rest or "or" in rest) and not any(
            w in VERBISH or w in CUES or w in SUBJECTS or w in COMPLEMENTIZERS or w in (";", ":", "(", "—")
            for w in rest)

    def named_owner(self, b: int) -> tuple[int, int] | None:
        """The organisation or person named right before a statement noun ("a Harbour Post
        report", "a Baltic Wire report"), when the mention ends at b."""
        toks = self.toks
        for ms, me, ent in self.mentions:
            if ms <= toks.starts[b] < me:
                return (ms, me) if me == toks.ends[b] and ent["type"] in ("ORG", "PERSON") else None
        return None

    def light_verb_before(self, k: int, first: int) -> int | None:
        """The index of a verb delivering the noun at k ("made a promise", "issued several
        sharp warnings", "made comments"), over a determiner and up to three adjectives."""
        words = self.toks.words
        b = k - 1
        while b > first and k - b <= 3 and words[b].isalpha() and words[b].islower() \
                and words[b] not in FUNCTION_WORDS and words[b] not in LIGHT_VERBS:
            b -= 1   # "several controversial", "favorable"
        if b > first and words[b].lower() in ("a", "an", "the", "no", "another", "his", "her", "their", "its"):
            b -= 1
        elif b == k - 1 and not words[k].lower().endswith("s"):
            return None   # "made promise": a singular noun needs its article
        return b if b > first and words[b].lower() in LIGHT_VERBS else None

    def main_verb(self, n: int) -> bool:
        """Does token n look like a finite verb after a noun phrase ("angered", "is", "drew")?"""
        words = self.toks.words
        low, prev = words[n].lower(), words[n - 1].lower()
        if prev in DETERMINERS or prev in POSSESSIVES or prev in TAIL_PREPS or not words[n].isalpha():
            return False
        return low in VERBISH and words[n].islower() \
            or low.endswith("ed") and low not in NOT_VERB_ED and prev not in ("by", "been") \
            or low in IRREGULAR_VERBS

    def noun_here(self, k: int, first: int) -> bool:
        """Is token k a noun here, after an article, a preposition or an adjective after
        one ("amid growing concerns that", "a quiet admission that"), not a verb
        after its subject ("police also fear that", "Baltic Wire reports that", "many islanders fear that")?"""
        words = self.toks.words
        b = k - 1
        if b > first and words[b].islower() and words[b].isalpha() and words[b] not in AUX \
                and words[b] not in PRONOUNS and words[b - 1].lower() in NOUN_CONTEXT \
                and not (words[b].endswith("s") and not words[b].endswith(("ss", "ous"))):
            b -= 1   # an adjective: "growing", "tacit", "clear"
        return b >= first and words[b].lower() in BEFORE_NOUN
