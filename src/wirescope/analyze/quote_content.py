"""Where what a cue reports begins, and what goes on with a report.

"SPEAKER CUE (HEARER) (on Monday) (that) CLAUSE": the content of a report starts after
the hearer ("told reporters"), a phrase of time or place ("said in a statement") and an
aside ("said, in an interview, that"); a clause joined by "and"/"but" goes on with it
unless it opens a statement of its own. Read for the indirect-speech pass (`quote_reports`).
"""

from __future__ import annotations

from .lexicon_quotes import (CLAUSE_OPENERS, CUES, DETERMINERS, FUNCTION_WORDS, HEARERS, NOT_VERB_ED, NOUN_LIKE,
                             NP_STOP, OBJECT_CUES, PARTICIPLES, STANCE, TAIL_PREPS, TIME_WORDS, VERBISH, WEAK_CUES)
from .quote_attributions import TITLE_MARKS, Attributions
from .quote_reading import CLOSE_WORDS, has_verb, is_aux


# What may end a hearer before its noun ("told the board …", "told his staff …").
HEARER_HEADS = frozenset("the a an his her their its our my".split())


class Content(Attributions):
    """Readers of a report's content (mixed into the quote finder)."""

    def content_start(self, k: int, last: int) -> int:
        """Where what the cue at k reports begins: "SPEAKER CUE (HEARER) (on Monday) (that)
        CLAUSE", the hearer as in "told reporters", "asked Roos", "told the outlet"."""
        words = self.toks.words
        w = words[k].lower()
        j = k + 1
        if j + 2 < last and words[j] == "," and words[j + 1].lower() == "as" and words[j + 2].lower() in (
                "did", "does", "do", "had", "has", "have"):
            # "Two engineers cautioned, as did the port itself, that …": past the aside
            close = next((n for n in range(j + 3, min(last, j + 12)) if words[n] == ","), None)
            if close is not None:
                j = close + 1
        elif j < last and words[j] == ",":
            # "She believes, for instance, that …", "said, in an interview, that …": past a short aside
            close = next((n for n in range(j + 2, min(last - 1, j + 8)) if words[n] == ","), None)
            if close is not None and words[close + 1].lower() == "that" \
                    and not any(words[n].lower() in CUES or words[n].lower() in VERBISH for n in range(j + 1, close)):
                j = close + 1
        if w in OBJECT_CUES:
            # "told two of her deckhands every single morning that …": all before "that"
            for n in range(k + 1, min(last, k + 15)):
                low = words[n].lower()
                if low == "that" and n > k + 1 or low in ("if", "whether", "how", "why", "what") and k + 1 < n <= k + 4:
                    return n   # "asked dockers if they wanted …", "told the crowd how …"
                if low in VERBISH or low in NP_STOP or not words[n][:1].isalnum() and not (
                        words[n] == "," and n + 1 < last and words[n - 1][:1].isupper() and words[n + 1][:1].isupper()):
                    break   # (a place with its state goes on: "told a meeting in Klaipeda, Lithuania that …")
            # the hearer: "told reporters", "asked Roos", "told the Associated Press"
            while j < last and j - k <= 5 and words[j].lower() not in ("that", ",", ":") and (
                    words[j][:1].isupper() or words[j].lower() in HEARERS or words[j].lower() in (
                        "his", "her", "their", "its", "our", "my", "on", "in", "at")
                    or words[j].lower() in TIME_WORDS or words[j].lower() in ("this", "last")
                    and j + 1 < last and words[j + 1].lower() in TIME_WORDS):
                if j > k + 1 and words[j] in ("the", "a", "an") and (words[j - 1][:1].isupper() or (
                        words[j - 1].lower() in HEARERS and words[j - 1].lower() not in DETERMINERS)):
                    break   # "told reporters the bridge could …": the article opens the report
                if words[j].lower() in DETERMINERS and j + 2 < last and words[j + 2].lower() in ("that", "to"):
                    j += 1   # "told the outlet that", "asked the candidates to": the noun after the article
                j += 1
            if k + 1 < j < last - 1 and words[j - 1].lower() in HEARER_HEADS and words[j].isalpha() \
                    and words[j].islower() and words[j] not in FUNCTION_WORDS and words[j] not in CUES \
                    and (words[j + 1].lower() in CLAUSE_OPENERS or words[j + 1].lower() in ("that", "the", "a", "an")):
                j += 1   # "told the board the pier …": the hearer's noun, then the report
            if j < last and words[j] == ",":
                j += 1
        elif w not in WEAK_CUES:
            # "said on Monday", "said last week", "said in a statement": not what was said; a
            # "this" or an "a" that opens the report is ("said this is a rough patch")
            start = j
            while j < last and j - k <= 4 and (words[j].lower() in TIME_WORDS or words[j].lower() in (
                    "on", "this", "last", "earlier", "in", "a", "statement", "interview", "an")):
                j += 1
            if j > start and not any(words[n].lower() in TIME_WORDS or words[n].lower() in ("statement", "interview")
                                     for n in range(start, j)):
                j = start
        n = j
        while n < last and n - j < 3 and words[n].islower() and is_aux(words[n]) and words[n] not in VERBISH:
            n += 1
        if n > j and n < last and words[n].lower() == "that":
            j = n   # "complained bitterly that …", "said again that …"
        p = next((n for n in range(k + 1, min(j + 1, last)) if words[n].lower() in TAIL_PREPS), None)
        if p is None and j == k + 1:
            n = j   # "learned once more at the hearing that …", "heard by then that …"
            while n < last and n - j < 2 and is_aux(words[n]) and words[n].lower() not in VERBISH:
                n += 1
            if n < last and (words[n].lower() in TAIL_PREPS or words[n].lower() == "by"):
                p = n
        if p is not None and j < last and words[j].lower() != "that":
            # "posted late on Sunday night that …": the phrase of time or place
            # before "that" is not what was said
            for n in range(p + 1, min(last, p + 9)):
                low = words[n].lower()
                if low == "that" and last - n > 4:   # a clause, not "in that spot"
                    j = n
                    break
                if words[n] in TITLE_MARKS or words[n] in ("'s", "’s"):
                    continue   # "said on Baltic TV's “Face the Port” that …": a title in the phrase
                if low in VERBISH or low in NP_STOP or not words[n][:1].isalnum() and not (
                        words[n] == "," and n + 1 < last and words[n - 1][:1].isupper() and words[n + 1][:1].isupper()):
                    break   # (a place with its state goes on: "told a meeting in Klaipeda, Lithuania that …")
        if j < last and words[j] in (":", ","):
            j += 1
        return j

    def conjoined_clause(self, a: int, last: int) -> bool:
        """Does "and" or "but" at a go on with the report ("…, the agency said, and those in
        the bottom fifth paid …") rather than open a statement of its own ("…, and added
        that …", "…, and the mayor denied it")?"""
        words = self.toks.words
        if a >= last or words[a].lower() not in ("and", "but") or last - a < 4:
            return False
        return not any(words[n].lower() in CUES or words[n].lower() in STANCE or words[n].lower() in PARTICIPLES
                       for n in range(a + 1, min(last, a + 7)))

    def subject_with_relative(self, first: int, comma: int, k: int) -> bool:
        """Is what stands before ", said …" a subject with a relative clause ("Anna Rebane,
        59, who watched the launch, said …"): a phrase without a verb, then ", who"?"""
        words = self.toks.words
        if k > comma + 1:
            return False
        rel = next((n for n in range(first + 1, comma) if words[n].lower() in ("who", "whose")
                    and words[n - 1] == ","), None)
        if rel is None:
            return False

        def subject(a: int) -> bool:
            return words[a][:1].isupper() and not has_verb(words[a:rel]) and not any(
                words[n] in CLOSE_WORDS or words[n].lower() in CUES for n in range(a, rel))
        # "Speaking afterwards on the show, Lena Kask, who …, said": the subject after an opening phrase
        after_opening = next((n + 1 for n in range(rel - 2, first, -1) if words[n] == ","), first)
        return subject(first) or subject(after_opening)

    def main_clause_verb(self, n: int, last: int) -> bool:
        """Does a finite verb open at n, over adverbs ("…, told his aides", "…, has long said")?"""
        words = self.toks.words
        while n < last and is_aux(words[n]) and words[n].lower() not in VERBISH:
            n += 1
        if n >= last or not words[n].islower():
            return False
        low = words[n]
        return low in VERBISH or (low in CUES or low in STANCE) and not low.endswith("ing") and low not in NOUN_LIKE \
            or low.endswith("ed") and low not in NOT_VERB_ED and not (n + 1 < last and words[n + 1] == ",")
