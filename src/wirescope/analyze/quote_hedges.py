"""Claims nobody is named for: hedges, hearsay and statements without an owner.

A pass of the beliefs (`quote_beliefs`): "the deal appears to be dead", "Roos is
expected to resign", "it is obvious that …", "Saar reportedly told aides …", "amid
concerns about the levy" report a claim the sentence does not pin on anyone (unless its
subject voices it: "Ilves raised questions about …").
"""

from __future__ import annotations

from .lexicon_quotes import (BARE_CUES, BE, CUES, DEGREE, DETERMINERS, DISCOURSE, EPISTEMIC, FUNCTION_WORDS, HEDGES,
                             LEADING, NP_STOP, PRONOUNS, STANCE, SUBORDINATORS, TAIL_PREPS, UNOWNED, VERBISH)
from .quote_headlines import Headlines
from .quote_reading import Q, is_aux


# Openers of a sentence before the comma that ends them ("Even so, …").
OPENERS = DISCOURSE | {"even", "again", "still", "overall", "instead", "nonetheless", "nevertheless"}
# Words before an unowned statement ("amid concerns about", "faced allegations of").
UNOWNED_AFTER = frozenset("""amid despite over with after following given face faces faced facing by under
mounting sparked sparking prompted prompting fueled fuelled fueling fuelling""".split())
# "there are questions about …", "there were fears that …": a statement nobody owns.
THERE_BE = frozenset("is are was were remain remains remained".split())
# Verbs whose subject voices the statement they take ("raised questions about").
VOICING = frozenset("""raised raises raising voiced voices expressed expresses expressing voicing
levelled leveled made makes""".split())
# Words that end the adjectives before an unowned statement's noun.
BEFORE_UNOWNED = UNOWNED_AFTER | VOICING
# Adjectives of a claim the text makes with "it is … that" ("it is obvious that", "unclear whether");
# "it is clear that" is left out: the writer's own framing more often than a claim reported.
EVIDENT = frozenset("unclear obvious evident apparent unlikely uncertain".split())
# Words opening a question's clause after "questions about".
WH_WORDS = frozenset("how whether what why who when where which".split())
# Adverbs that pass on a claim without its source ("reportedly told aides").
HEARSAY = frozenset("reportedly allegedly purportedly reputedly".split())
# Adverbs that make "is seen as" a view many hold ("is widely seen as the favourite"); bare,
# "the bridge is seen as a landmark" describes more than it reports.
WIDELY = frozenset("widely generally largely increasingly broadly commonly universally often".split())
# Verbs of how something looks or sounds ("That looks unlikely", "sounds like a plan").
SENSES = frozenset("looks looked sounds sounded".split())


class Hedges(Headlines):
    """The readers of claims without a speaker named (after indirect speech, with the beliefs)."""

    def evident_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`It is obvious that …`, `it became evident that …`, `it is unclear whether …`: a
        claim the text makes without a source, the clause after the adjective."""
        toks, words = self.toks, self.toks.words
        b = k - 1
        while b > first and (words[b].lower() in DEGREE or is_aux(words[b])):
            b -= 1   # "it is now abundantly clear", "it's still not clear"
        if not (b > first and words[b].lower() in BE   # "is", "became", "seems"
                and words[b - 1].lower() in ("it", "it's", "it’s") or words[b].lower() in ("it's", "it’s")):
            return None
        j = k + 1
        if j >= last or words[j].lower() not in ("that", "whether", "if", "how", "why", "who", "what", "when") \
                or last - j < 4:
            return None
        return Q(toks.starts[j], self.claim_end(j, last, end), "indirect", cue=(toks.starts[k], toks.ends[k]))

    def hearsay_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`Saar reportedly told aides …`, `the money was allegedly paid …`: a claim the paper
        passes on without naming its source, the whole clause."""
        s = self.clause_start(k, first)
        if s is None or s >= k or last - k < 3 or self.toks.words[k - 1].lower() in DETERMINERS:
            return None   # "the allegedly stolen car": a description, no claim
        return Q(self.toks.starts[s], self.claim_end(k, last, end), "indirect",
                 cue=(self.toks.starts[k], self.toks.ends[k]))

    def unowned_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`amid concerns about the debt`, `Allegations of fraud`: what a statement nobody
        owns here is about (an owner before the noun makes it `nominal_at`'s)."""
        toks, words = self.toks, self.toks.words
        if k + 2 >= last or words[k + 1].lower() not in UNOWNED[words[k].lower()]:
            return None
        b = k - 1   # over adjectives and an article: "amid growing concerns", "faced the intense criticism"
        while b > first and (words[b].lower() in ("the", "a", "an", "new", "more", "further") or words[b].islower()
                             and words[b].isalpha() and words[b] not in FUNCTION_WORDS
                             and k - b <= 3 and words[b].lower() not in BEFORE_UNOWNED):
            b -= 1
        before = words[b].lower() if b >= first else ""
        speaker = None
        if before in VOICING:
            speaker = self.owner(b, first)   # "Ilves raised questions about …": she voiced them
            if speaker is None:
                return None
        elif not (b < first or before in UNOWNED_AFTER
                  or before in THERE_BE and b > first and words[b - 1].lower() == "there"):
            return None   # "answering a question about", "his criticism of": someone's, or no statement
        if words[k + 1].lower() == "that":
            if not self.clause_follows(k + 2, last):
                return None
            return Q(toks.starts[k + 1], self.claim_end(k + 1, last, end), "indirect",
                     cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
        if words[k + 2].lower() in WH_WORDS and last - k > 5:
            # "there are questions about how much the board spent": the question's clause
            return Q(toks.starts[k + 2], self.claim_end(k + 2, last, end), "indirect",
                     cue=(toks.starts[k], toks.ends[k + 1]), speaker=speaker)
        n = k + 2
        while n < last and words[n] not in (",", ";", "—", "–", ".", "(") and words[n].lower() not in VERBISH \
                and (words[n].lower() not in NP_STOP or words[n].lower() == "and") and n - k < 25:
            if words[n].lower() == "and" and n + 1 < last and (words[n + 1].lower() in CUES
                                                               or words[n + 1].lower() in STANCE):
                break   # "expressed concern about the tender and said …"
            n += 1
        if n == k + 2:
            return None
        return Q(toks.starts[k + 2], toks.ends[n - 1], "indirect", cue=(toks.starts[k], toks.ends[k + 1]),
                 speaker=speaker)

    def hedge_at(self, k: int, first: int, last: int, end: int) -> Q | None:
        """`The deal appears to be dead`, `Roos is expected to resign`, `It seems (that)
        CLAUSE`, `it is widely believed that CLAUSE`: a claim nobody is named for, the
        whole clause ("seemed to suggest that …" is the report of the verb after it)."""
        toks, words = self.toks, self.toks.words
        low = words[k].lower()
        nxt = words[k + 1].lower() if k + 1 < last else ""
        b = self.skip_aux(k, first)
        it = b >= first and words[b].lower() == "it" or low in EPISTEMIC and b > first and words[b].lower() in BE \
            and words[b - 1].lower() == "it"
        if it:
            # "It appears that …", "it was reported that …", "it seems likely that …",
            # "it seems the party has …": what follows
            j = k + 1
            if low in HEDGES and nxt not in ("that", ",", "to"):
                a = j
                while a < last and a - k <= 3 and (is_aux(words[a]) or words[a].lower() in DEGREE) \
                        and words[a].lower() not in ("likely", "unlikely"):
                    a += 1   # "it seems increasingly likely", "it now seems pretty clear"
                if not (a < last and (self.adjective(a) or self.clause_follows(a, last))):
                    return None
                nxt = "that"
            elif nxt not in ("that", ",") or low in EPISTEMIC and words[b].lower() not in BE:
                return None
            j += nxt == ","
            if last - j < 4:
                return None
            return Q(toks.starts[j], self.stance_end(j, last, end), "indirect", cue=(toks.starts[k], toks.ends[k]))
        if low in EPISTEMIC and (nxt == "as" and (low in ("considered", "viewed", "regarded", "known")
                                                  or low == "seen" and (words[k - 1].lower() in WIDELY
                                                                        or self.seen_person(b, first)))
                                 or nxt == "for" and low == "known"
                                 or low == "considered" and words[k + 1][:1].islower() and nxt not in ("by", "to")):
            nxt = "to"   # "is widely seen as …", "are considered unclean", "is known for …"
        if (low in HEDGES or low in SENSES) and nxt != "to" and k + 1 < last \
                and (self.adjective(k + 1) or nxt == "like"):
            nxt = "to"   # "Hizbollah seems unlikely to …", "Washington appears weak", "this seems like …"
        if nxt != "to" or k + 2 >= last:
            return None
        if self.owned_after(k, first, last):
            return None
        after = words[k + 2].lower()
        if words[k + 1].lower() == "to" and (after in DETERMINERS or after in PRONOUNS or not words[k + 2].islower()):
            return None   # "appeared to the crowd", "were sent to Tallinn": not a verb after "to"
        if words[k + 1].lower() == "to" and (after in BARE_CUES or after in ("suggest", "indicate", "confirm")):
            return None   # "seemed to suggest that …": the report of the verb after it
        if low in EPISTEMIC:
            if b < first or words[b].lower() not in BE:
                return None   # "the plan they expected to pass": an active verb
        s = self.clause_start(b if low in EPISTEMIC else k, first)
        if s is None or s >= k:
            return None
        return Q(toks.starts[s], self.claim_end(k, last, end), "indirect", cue=(toks.starts[k], toks.ends[k]))

    def seen_person(self, b: int, first: int) -> bool:
        """Is the subject of "is seen as" (its "be" at b) a person or a group named or a
        pronoun for one ("Tamm is seen as the favourite", "they are seen as outsiders")? Then
        the view is one others hold of them; "the bridge is seen as a landmark" describes."""
        words = self.toks.words
        if b < first + 1 or words[b].lower() not in BE:
            return False
        subject = words[b - 1]
        ent = self.mention_at(self.toks.starts[b - 1])
        return subject.lower() in ("he", "she", "they", "we", "i", "you") \
            or ent is not None and ent["type"] in ("PERSON", "ORG") \
            or subject[:1].isupper() and subject.isalpha() and b - 1 > first and words[b - 2][:1].isupper()

    def adjective(self, j: int) -> bool:
        """Does token j look like an adjective after "seems" ("unlikely", "weak", "intent"),
        not a preposition, an article, a name or an adverb of manner ("briefly")?"""
        w = self.toks.words[j]
        low = w.lower()
        return w.isalpha() and w.islower() and low not in FUNCTION_WORDS and low not in TAIL_PREPS \
            and low not in DETERMINERS and low not in PRONOUNS and not low.endswith("ly") \
            and low not in ("alongside", "before", "onstage", "together", "here", "there", "again", "live") \
            or low in ("likely", "unlikely")

    def clause_start(self, k: int, first: int) -> int | None:
        """Where the clause holding the verb at k opens: the sentence start, after an
        opening adverbial and its comma ("Even so, …", "In the coming weeks, …"), or at a
        relative pronoun ("skippers who are expected to …")."""
        words = self.toks.words
        for n in range(k - 1, first - 1, -1):
            if words[n].lower() in ("who", "which") and n > first:
                return n
            if words[n] in (";", ":", "—", "–"):
                return n + 1
            if words[n] == "," and (words[first].lower() in LEADING or words[first].lower() in OPENERS
                                    or words[first].lower() in SUBORDINATORS or words[first].lower().endswith("ly")):
                return n + 1
        return first

    def claim_end(self, k: int, last: int, end: int) -> int:
        """A belief ends before ", as …", ", while …" and the like, and before a comma
        that a reporting verb follows ("…, a critic of the mayor, suggests that …")."""
        words = self.toks.words
        q_end = self.stance_end(k, last, end)
        for n in range(k + 1, last - 1):
            if words[n] == "," and (words[n + 1].lower() in ("as", "while", "although", "though", "but", "because",
                                                             "when")
                                    or any(self.cue_at(m) for m in range(n + 1, min(last, n + 7)))):
                return min(q_end, self.toks.starts[n])
        return q_end
