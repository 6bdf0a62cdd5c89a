"""Stances with their object: `SPEAKER criticized|called for|vowed … OBJECT`, read for the
indirect-speech pass (`quote_reports`) and, in relative clauses, for the belief pass.
"""

from __future__ import annotations

from .lexicon_quotes import (CUES, DETERMINERS, PARTICIPLES, POSSESSIVES, PRONOUNS, SOURCE_NOUNS, SUBORDINATORS,
                             TAIL_PREPS, TIME_WORDS, VERBISH)
from .quote_beliefs import Beliefs
from .quote_reading import DOCUMENT_HEADS, OPENING_BEFORE_PARTICIPLE, Q, is_aux, on_a_day, verb_at
from .quote_people import plural_people
from .roles import ROLE_NOUN

# Verbs of aspect before a participle that keep its subject ("avoids condemning", "kept insisting").
ASPECT = frozenset("""avoid avoids avoided avoiding resist resists resisted keep keeps kept continue continues
continued began begins begin start starts started stop stops stopped quit""".split())
# Determiners that quantify a group acting ("Some dockers question …"), not modify a noun.
QUANTIFIERS = frozenset("some many most all few several".split())
# Past forms that are verbs whatever stands before them ("the mayor spoke about …").
IRREGULAR_PAST = frozenset("spoke spoken thought wrote written told came took taken went gone sought".split())
# Verbs of stance that take a direct object: a preposition right after one means the object
# stands elsewhere ("a crew linked to the smugglers", "dockers backed by the union", "which
# investigators have linked to …"), and what follows is no position taken.
_TRANSITIVE = ("link", "back", "accus", "blam", "criticiz", "criticis", "prais", "support", "endors", "oppos",
               "denounc", "condemn", "dismiss", "reject", "challeng", "welcom", "mention", "cit", "question",
               "attack", "hail", "credit", "laud", "fault", "slam", "blast", "rebuk", "lambast", "tout", "defend",
               "highlight", "echo")
_GAP_PREPS = frozenset("to by with of for as over in from".split())
# Verbs of speech refused or left unanswered ("declined to say which …", "did not respond to
# a request for comment"): nothing was said.
_UNSAID = frozenset("say comment elaborate specify discuss confirm disclose reveal name identify give provide "
                    "estimate speculate answer respond reply".split())
_NEGATION = frozenset("not n't n’t never".split())
# What is convened when "called", not said ("called early elections", "called a strike").
_CONVENED = frozenset("election elections vote votes referendum referendums poll polls meeting meetings session "
                      "sessions summit strike strikes recess halt inquiry".split())
_CONVENED_SKIP = frozenset("a an the early snap fresh new general parliamentary presidential local national "
                           "emergency special extraordinary".split())


# The "be" of a progressive ("which is discussing").
PROGRESSIVE_BE = frozenset("is are was were be been being".split())


class Stances(Beliefs):
    """The stance reader (mixed into the quote finder)."""

    def report_end(self, j: int, first: int, last: int, end: int, speaker: tuple[int, int],
                   cue: int | None = None) -> int:
        """Where a report opening at token j ends: before ", saying …" (`stance_end`, told the
        index of the `cue` when the report is a clause), and at its comma when the report
        hangs on "after", "when" … ("A day after X said CLAUSE, MAIN CLAUSE")."""
        q_end = self.stance_end(j, last, end, cue)
        if self.subordinate(first, speaker):
            # the comma before the main clause ("…, the campaign has …"), not one inside the
            # report ("a full, unredacted copy", "voters, whose support …")
            words = self.toks.words
            comma = next((n for n in range(j, last - 1) if words[n] == "," and (
                self.clause_follows(n + 1, last) and words[n + 1].lower() not in ("who", "whose", "which")
                or words[n + 1][:1].isupper() or words[n + 1].lower() in PRONOUNS)), None)
            if comma is not None:
                q_end = min(q_end, self.toks.starts[comma])
        return q_end

    def subordinate(self, first: int, speaker: tuple[int, int]) -> bool:
        """Does the speaker's clause hang on "after", "when", "because" …?"""
        words = self.toks.words
        n = self.toks.at(speaker[0]) - 1
        while n >= first and words[n] not in (",", ";", ":"):
            if words[n].lower() in SUBORDINATORS:
                return True
            n -= 1
        return False

    def says_nothing(self, k: int, j: int, first: int, last: int) -> bool:
        """The verb of stance at k, its object opening at j, reports nothing said: a
        transitive verb with a preposition for its object (a participle naming a noun, a
        passive, a relative clause: "a crew linked to the smugglers"); a request not to be named;
        the verb of speech a refusal governs ("declined to say which …": the refusal is read
        as a stance) or a negated one ("has not decided how it would vote"); an election or
        a strike called."""
        words = self.toks.words
        if j >= last:
            return False
        w, nxt = words[k].lower(), words[j].lower()
        if particle_free := (j == k + 1):
            if w.startswith(_TRANSITIVE) and w.endswith("ed") and nxt in _GAP_PREPS:
                return True
            if w.startswith(("ask", "request")) and nxt == "not":
                return True   # "who asked not to be named"
        if w in _UNSAID and k - 2 >= first and words[k - 1].lower() == "to" \
                and words[k - 2].lower().startswith(("declin", "refus")):
            return True   # "declined to say which …": the refusal, not what follows, is on record
        b = k - 1
        while b >= first and is_aux(words[b]) and words[b].lower() not in _NEGATION:
            b -= 1
        if b >= first and words[b].lower() in _NEGATION and (w.rstrip("sd") in _UNSAID or w.startswith(
                ("respond", "repl", "comment", "decid"))):
            return True   # "did not respond", "has not decided how it would vote"
        if w.startswith("call") and particle_free:
            n = j
            while n < last - 1 and words[n].lower() in _CONVENED_SKIP:
                n += 1
            return words[n].lower() in _CONVENED
        return False

    def acting_subject(self, b: int, first: int, k: int, last: int) -> bool:
        """Can the word at b, right before the verb form at k that may be a noun ("want",
        "attacks", "support"), be the end of its subject?"""
        toks, words = self.toks, self.toks.words
        w = words[k].lower()
        ent = self.mention_at(toks.starts[b])
        # "Dockers want …", "Latvia and Lithuania support …": groups and states act too,
        # unless a determiner or a preposition makes the name a modifier ("the US support")
        acting = ent is not None and (ent["type"] in ("PERSON", "ORG") or ent["type"] in ("NORP", "GPE")
                                      and (words[b].endswith("s") or ent["type"] == "GPE")
                                      and (k + 1 >= last or words[k + 1].lower() not in ("for", "of", "to"))
                                      and (b == first or (words[b - 1].lower() not in DETERMINERS
                                                          or words[b - 1].lower() in QUANTIFIERS)
                                           and words[b - 1].lower() not in TAIL_PREPS))
        named = acting and toks.ends[b] == self.mention_end(toks.starts[b])
        unknown_name = ent is None and words[b][:1].isupper() and words[b].isalpha()
        # "voters who support", "they can support", "most skippers surveyed support", "43 percent
        # support": a relative pronoun, a modal, a group of people or a count before it
        people = words[b].lower() in ("who", "can", "could", "should", "may", "might", "must", "to") or (
            words[b].islower() or words[b][:1].isdigit()) and plural_people(words[b]) \
            or words[b].lower().rstrip("s") in DOCUMENT_HEADS \
            or w.endswith("s") and words[b].islower() and (words[b].lower() in SOURCE_NOUNS
                                                           or ROLE_NOUN.fullmatch(words[b])) \
            and not words[b].endswith("s")   # "The ad also mentions …", "the former chairman calls for …"
        # not "Riga attacks", "Nordic support", "Latvia's request"
        return words[b] not in ("'s", "’s") and (words[b].lower() in PRONOUNS or named or unknown_name or people)

    def subject_heads(self, b: int, first: int) -> list[int]:
        """Other words that may head a subject ending at b: the noun before a phrase of place
        ("voters in each county", "dockers at the port") and the name before an appositive
        ("Mart Kask, a member of the committee,")."""
        words, out = self.toks.words, []
        for n in range(b - 1, max(first, b - 5), -1):
            if words[n].lower() in ("in", "at", "from", "across", "of") and words[n - 1][:1].isalpha():
                out.append(n - 1)
                break
            if not words[n][:1].isalnum():
                break
        if words[b] == ",":
            c = next((n for n in range(b - 2, max(first, b - 12), -1) if words[n] == ","), None)
            if c is not None and c > first and words[c + 1].lower() in DETERMINERS | POSSESSIVES \
                    and words[c - 1][:1].isupper():
                out.append(c - 1)
        return out

    def stance_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`SPEAKER criticized|called for|vowed … OBJECT`: the object is the stance."""
        toks, words = self.toks, self.toks.words
        of_people = False   # a subject of people whatever its noun ("The two men")
        if words[k].endswith("ing") and first < k and all(is_aux(words[n]) for n in range(first, k)):
            first = k   # "…, even suggesting …" goes on like "…, suggesting …"
        if words[k].endswith("ing") and (k == first and words[k][:1].isupper() or k == first + 1
                                          and words[first].lower() in OPENING_BEFORE_PARTICIPLE):
            return self.opening_participle(k, last)   # "Bemoaning the “rigged tender,” Tamm …"
        if words[k].endswith("ing") and k == first + 1 and words[first].lower() == "without":
            return None   # "Without naming the mayor, Tamm said …": nothing said of the mayor
        if k == first and not (words[k].endswith("ing") and self.sentence_speaker is not None):
            return None   # "…, pledging to …" goes on from an earlier report
        if words[k].endswith("ing") and k - 1 > first and words[k - 1].lower() in ASPECT:
            speaker = self.np_before(k - 1, first)   # "Roos avoids condemning …", "could not help pointing out"
            if not self.plausible_speaker(speaker):
                speaker = self.clause_subject(k - 1, first)
        elif (words[k].lower() in PARTICIPLES or words[k].endswith("ing")) and self.word_before(k) in (",", "by") \
                or words[k - 1].lower() in ("and", "but", "to") \
                or (before := self.skip_aux(k, first)) >= first and words[before].lower() in ("and", "but"):
            speaker = self.subject(first, k)   # "… and (has) called for", "was the first to endorse X"
        else:
            speaker = self.np_before(k, first)
            if words[k].endswith("ing") and speaker is not None:
                # "The two skippers spent the season accusing …": the participle completes a verb
                # and its object; the subject of that verb is who accuses
                a = toks.at(speaker[0])
                v = verb_at(words[a:k], between=True)
                head = self.np_before(a + v, first) if v else None
                if head is not None and (self.headed_by_speaker(head) or plural_people(words[a + v - 1])):
                    speaker, of_people = head, plural_people(words[a + v - 1])
            b = self.skip_aux(k)
            while b > first and (words[b].lower() in TIME_WORDS or words[b].lower() in ("this", "last", "earlier")):
                b -= 1   # "the Maritime Court this week rejected …": the time between subject and verb
            if b < k - 1 and not self.headed_by_speaker(speaker):
                speaker = self.np_before(b + 1, first)
            if not of_people and not self.plausible_speaker(speaker):
                speaker = self.clause_subject(k, first)
        if not (of_people or self.headed_by_speaker(speaker)) or any(
                w.lower() in VERBISH for w in self.text[speaker[0]:speaker[1]].split()):
            return None
        w = words[k].lower()
        if not w.endswith(("ed", "ing")) and w not in IRREGULAR_PAST:
            # "attacks", "support", "request" are nouns as often as verbs: a verb only
            # right after a pronoun or a name ("Vujović blasts …", "they support …")
            b = k - 1
            while b > first and (is_aux(words[b]) or words[b] in ("'s", "’s")
                                 and words[b - 1].lower() in PRONOUNS):
                b -= 1   # "he’s sought": the contracted "has"
            if words[b] == "," and b - 3 >= first and words[b - 2] == "," and words[b - 1].islower():
                b -= 3   # "Some dockers, however, question …": the subject before the aside
            if words[b] == "," and b - 1 > first and words[b - 1][:1].isupper():
                b -= 1   # "Her rival, Rep. Ivo Saar, would support …": the name before the comma
            if not self.acting_subject(b, first, k, last) and not any(
                    self.acting_subject(h, first, k, last) for h in self.subject_heads(b, first)):
                return None
            n = b
            while n > first and words[n - 1][:1].isupper() and words[n][:1].isupper():
                n -= 1
            if b == k - 1 and not w.endswith("s") and (words[b][:1].isupper() and not words[b].endswith("s") and n > first
                                        and words[n - 1].lower() in DETERMINERS
                                        or words[b].isdigit() and b > first and words[b - 1][:1].isupper()):
                return None   # "the Pärnu attack", "The May 9 attack": a singular noun after a name or a date
        particle = self.particle(k)
        cue_end = k + 1 if particle is None else particle + 1
        j = cue_end
        if particle is None and on_a_day(words, j) and j + 2 < last:
            j += 2   # "agreed on Friday to …": the day is not what was agreed
        if last - j < 1 or last - j < 2 and not words[j].isalpha() or words[j].lower() in VERBISH:
            return None   # "The Kask plan is simple": a noun before its verb
        if self.says_nothing(k, j, first, last):
            return None
        if w.startswith("declin") and words[j].lower() != "to":
            return None   # "the rating has declined slightly": a fall, not a refusal
        if w == "voted" and particle is None:
            n = j
            while n < last and (words[n].lower() in TIME_WORDS or words[n][:1].isdigit() or words[n] in ("-", ",")):
                n += 1
            if n >= last or words[n].lower() != "to":
                return None   # "voted in droves": only "voted (Thursday) to …" takes a stance
        q_end = self.report_end(j, first, last, end, speaker)   # "When Saar announced his return, …"
        r = self.skip_aux(k)
        if words[k].endswith("ing") and words[r].lower() in PROGRESSIVE_BE:
            r = self.skip_aux(r)   # "…, which is discussing …,": a relative clause too
        if words[r].lower() in ("who", "which"):
            # "The official, who spoke about the case, said …": the relative clause ends at its
            # comma, and is read after the sentence's own reports (`Beliefs.beliefs`)
            if not self.relative_ok:
                return None
            # "… who said there were …": a clause reported has a verb of its own
            reported = w in CUES and (words[j].lower() == "that" or self.clause_follows(j, last))
            comma = next((n for n in range(j, last) if words[n] == "," or not reported and n > j
                          and words[n].lower() in VERBISH), None)
            if comma is not None:   # "… who support the strike are under thirty": the clause ends at the verb
                q_end = min(q_end, toks.ends[comma - 1] if words[comma] != "," else toks.starts[comma])
        if w.startswith("accus"):
            # "accused the port's director, Marko Vujović, of “reckless greed”": the charge
            of = next((n for n in range(j + 1, min(last, j + 10)) if words[n].lower() == "of"), None)
            if of is not None and toks.starts[of] < q_end:
                j = of
        return Q(toks.starts[j], q_end, "indirect",
                  cue=(toks.starts[k], toks.ends[cue_end - 1]), speaker=speaker)
