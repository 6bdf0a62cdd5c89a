"""Where a report ends: the clause breaks after which a second statement opens.

`stance_end` reads a reported clause or a stance's object up to ", saying …", "; …", "and
warned …", ", but the union said …" or ", Speaker … Tamm said …", and lets it go on over what
its own subject does ("said she had grown weary of it and wanted …", ", but a judge refused …"). The
readers here look only at words; the speaker readers build on them in `quote_speakers`.
"""

from __future__ import annotations

from .lexicon_quotes import (BARE_CUES, CONCESSIVE, CUES, DETERMINERS, EVIDENCE, FUNCTION_WORDS, INVERTING,
                             IRREGULAR_PAST, MENTAL, NAMING, NOUN_LIKE, NP_STOP, PARTICIPLES, PHRASAL, POSSESSIVES,
                             PRONOUNS, SOURCE_NOUNS, STANCE, VERBISH, VOLITION, WEAK_CUES)
from .quote_reading import CLOSE_WORDS, PROGRESSIVE, Reader, has_verb, is_aux
from .roles import ROLE_NOUN


class Ends(Reader):
    """The readers of where a report ends (mixed into the quote finder)."""

    def stance_end(self, j: int, last: int, end: int, cue: int | None = None) -> int:
        """Where a stance's object ends: before ", saying …" or "; …" (what follows a dash
        elaborates it: "argued that … — from A to B"). With `cue`, the index of the verb
        that reports a clause opening at j, a verb of holding or wanting after "and" or a
        comma goes on with the clause (`telling`)."""
        words, toks = self.toks.words, self.toks

        def telling(m: int | None) -> bool:
            return m is not None and (cue is None or self.telling(m, cue))

        def telling_ahead(a: int) -> bool:   # ", but a harbour judge refused …" goes on with the clause
            return cue is None or any(self.telling(m, cue) for m in range(a, min(last, a + 7)))

        aside: set[int] = set()   # "… up to the pilots — mostly seasoned locals — to approve …"
        for n in range(j, last):
            if words[n] in ("—", "–") and n not in aside:
                pair = next((m for m in range(n + 2, min(last, n + 16)) if words[m] == words[n]), None)
                if pair is not None:
                    aside |= {n, pair}
            if n in aside:
                continue
            a = n + 1   # the word after a comma, over a closing mark (",” but he said")
            while a < last and words[a] in CLOSE_WORDS:
                a += 1
            while a < last and words[n] == "," and is_aux(words[a]):
                a += 1   # ", even suggesting …"
            said = self.new_speaker_cue(a, last) if words[n] == "," else None
            if words[n] == "," and a < last and (cue is None or has_verb(words[j:n])) and (
                    words[a].lower() in BARE_CUES and not words[a].endswith("ing") and words[a].lower() != "say"
                    or self.subject_then_speech(a, last)):
                # ", then says he …", "Tamm, who has voiced …, told …", "…, Speaker of the Council
                # Jaan Tamm (G-Tartu) said …": a statement of its own (once a reported clause has its
                # verb: not "that, compared with the spring, twice as many said …")
                return toks.starts[n]
            if words[n] == ";" or words[n] == "," and a < last and (
                    said is not None and said + 1 < last and words[said + 1] != "," and telling(said)
                    or self.relative_cue(a, last)
                    or self.second_participle(a) and (cue is None or words[a].lower() in PARTICIPLES
                                                      or words[a].lower() in CUES and telling(a) or self.phrasal(a))
                    or words[a].lower() in ("and", "but", "then")
                    and (any(words[m].lower() in BARE_CUES or words[m].lower() in INVERTING
                             for m in range(a + 1, min(last, a + 6)))
                         or any(words[m].lower() in BARE_CUES and words[m - 1][:1].isalnum()
                                for m in range(a + 6, min(last, a + 9)))   # ", and more than 3 in 10 said"
                         or (self.named_subject_cue(a + 1, last) or self.subject_and_cue(a + 1, last))
                         and telling_ahead(a + 1))):
                return toks.starts[n]   # ", adding …", ", and the ministry said …", ", and the dockers want …"
            low = words[n].lower()
            if low in ("compared", "versus") and n > j and words[n - 1] == "," and any(
                    self.relative_cue(m, last) for m in range(n + 2, min(last, n + 8))):
                # "…, compared with 40 percent who say the same of the bridge": the second group's report
                return toks.starts[n - 1]
            if low in ("aside", "apart") and n + 2 < last and words[n + 1].lower() == "from" \
                    and words[n + 2].lower() in PARTICIPLES and n > j:
                # "…, apart from saying she plans …": a second statement
                return toks.starts[n - 1] if words[n - 1] == "," else toks.ends[n - 1]
            if low in ("and", "but", "or") and n > j:
                m = n + 1
                while m < last and (is_aux(words[m]) or words[m].lower() in ("then", "again")):
                    m += 1   # "and has since said", "but did not suggest"
                nxt = words[m].lower() if m < last else ""
                if ((nxt in CUES or nxt in STANCE or nxt in NAMING) and not nxt.endswith("ing") and telling(m)
                        or low != "or" and m == n + 1 < last and self.second_participle(m) and telling(m)
                        or low != "or" and m == n + 1 and telling(self.new_speaker_cue(m, last))
                        or low != "or" and m == n + 1 < last and words[m][:1].isupper()
                        and self.named_subject_cue(m, last) and telling_ahead(m)) \
                        and not self.inside_quote(toks.starts[n]):
                    # "The ministry said it rejected the blockade and warned the shipowners …": a second statement;
                    # "…, but she denied that …", "… — and analysts agreed …": a second speaker's
                    if words[n - 1] in ("—", "–"):   # "… — and she noted": before the dash and its space
                        return toks.ends[n - 2] if n - 2 >= j else toks.starts[n - 1]
                    return toks.starts[n - 1] if words[n - 1] in (",", ";") else toks.ends[n - 1]
            if low in CONCESSIVE and n > j and not self.inside_quote(toks.starts[n]) \
                    and not words[min(self.aux_after(n + 1, last), len(words) - 1)].endswith("ing") and any(
                    words[m].lower() in CUES or words[m].lower() in STANCE and not words[m].endswith("ing")
                    and (cue is None or words[n + 1].lower() in ("he", "she", "they", "we", "i"))
                    for m in range(n + 1, min(last, n + 7))):
                # "…, though she noted …", "… while 64 percent said …", "…, although she refused
                # to …": another report; in a reported clause, "while 18 percent favored Tamm"
                # goes on with it, and so does a participle ("… while claiming fuel rebates")
                return toks.starts[n - 1] if words[n - 1] == "," else toks.ends[n - 1]
        return end

    def telling(self, m: int, cue: int) -> bool:
        """Can the verb at m open a statement of its own after a clause the cue at `cue`
        reports? A verb of telling, of a stance taken in words or of naming ("warned",
        "praised", "called it a danger"), not one of holding or wanting ("feared", "wanted",
        "refused"), and not a bare base form after a cue that is not one ("says she would take X
        aside and warn him …": the clause's modal governs it; "but did not blame" is finite)."""
        words = self.toks.words
        low, said = words[m].lower(), words[cue].lower()
        if low in MENTAL or low in EVIDENCE and not low.startswith("suggest") or low in VOLITION:
            return False   # (but "…, but he suggested …" tells)
        if low in WEAK_CUES or low not in CUES and low not in STANCE and low not in PHRASAL:
            # "… and called on the ministry to …": a phrasal cue tells, as its particle shows
            return low in NAMING and self.naming(m) or self.phrasal(m)
        return not (_base_form(low) and not _base_form(said) and m and not is_aux(words[m - 1]))

    def new_speaker_cue(self, m: int, last: int) -> int | None:
        """The verb of a clause opening at m with a pronoun or a plural noun of people for
        subject and a verb of speech ("she denied that …", "analysts agreed …", "experts
        say …"), else None."""
        words = self.toks.words
        low = words[m].lower() if m < last else ""
        if not (low in ("he", "she", "they", "we", "i") or low.endswith("s") and words[m].islower()
                and low in SOURCE_NOUNS and low not in ("statement", "report")):
            return None
        n = self.aux_after(m + 1, last)
        if n >= last:
            return None
        verb = words[n].lower()
        return n if (verb in CUES or verb in STANCE) and verb not in WEAK_CUES and not verb.endswith("ing") \
            and verb not in NOUN_LIKE and self.cue_at(n, stance=True) else None

    def subject_then_speech(self, a: int, last: int) -> bool:
        """Does a clause open at a with a subject of its own and a verb of speech ("President
        Tamm said …", "the groups who wrote to her say …", "several sources close to the lease talks
        say …")? A phrase of up to twelve words without a verb or a clause break, opened by a
        name, an article or a quantifier and ended by a name or a noun of people, then "said",
        "says", "say", "told" or "tells"."""
        words = self.toks.words
        if a >= last or words[a].lower() in NP_STOP or words[a].lower() in PRONOUNS or not (
                words[a][:1].isupper() or words[a].lower() in DETERMINERS or words[a].lower() in (
                    "multiple", "several", "two", "three", "both", "other", "more", "few")):
            return False
        paren = relative = False
        head = ""
        for m in range(a + 1, min(last, a + 13)):
            w = words[m]
            paren = paren or w == "("
            if w == ")":
                paren = False
            if paren or w in ("(", ")", "-", "'s", "’s") or w == "." and words[m - 1][:1].isupper():
                continue   # "(G-Tartu)", "the party's chairman", "Rep."
            low = w.lower()
            if low in BARE_CUES and low not in ("saying", "telling", "tell") and words[m + 1:m + 2] != [","]:
                if not relative:
                    b = m - 1
                    while b > a and (is_aux(words[b]) or words[b] in (")", ".")):
                        b -= 1
                    head = words[b]
                low = head.lower()
                return m - a >= 2 and (head[:1].isupper() and head.replace(".", "").isalpha()
                                       or low in SOURCE_NOUNS or low[:-1] in SOURCE_NOUNS and low.endswith("s")
                                       or ROLE_NOUN.fullmatch(low) is not None)
            if low == "who" and not relative and m - a >= 1:
                relative, head = True, words[m - 1]   # "the crews who signed the letter on Monday say"
                continue
            if relative:
                if not w[:1].isalnum():
                    return False
                continue
            if not w[:1].isalnum() or low in VERBISH or low in CUES or low in ("and", "but", "or", "that", "which"):
                return False
        return False

    def relative_cue(self, a: int, last: int) -> bool:
        """Does a relative clause with a verb of speech open at a ("who says …", "which
        reported …"): a statement of the noun before it, not part of the object?"""
        words = self.toks.words
        if a >= last or words[a].lower() not in ("who", "which"):
            return False
        n = self.aux_after(a + 1, last)
        return n < last and words[n].lower() in CUES and words[n].lower() not in WEAK_CUES \
            and not words[n].endswith("ing") and words[n].lower() not in NOUN_LIKE

    def second_participle(self, a: int) -> bool:
        """Does a participle of speech or stance open at a ("…, pointing to the tide tables",
        "… and accusing him of …"): the same speaker's next statement?"""
        if a >= len(self.toks.words):
            return False
        low = self.toks.words[a].lower()
        return low in PARTICIPLES or low.endswith("ing") and (
            low in STANCE or low in CUES or low in PHRASAL or low in NAMING)

    def subject_and_cue(self, m: int, last: int) -> bool:
        """Does a short subject (an article or a possessive and up to four tokens) and a
        verb of speech or stance open at m ("the union disagreed", "his aides deny it")?"""
        words = self.toks.words
        if m >= last or words[m].lower() not in DETERMINERS and words[m].lower() not in POSSESSIVES:
            return False
        n = m + 1
        while n < last and n - m <= 4 and (words[n][:1].isalnum() and words[n].lower() not in FUNCTION_WORDS
                                            and words[n].lower() not in CUES and words[n].lower() not in STANCE
                                            and words[n].lower() not in PHRASAL
                                            or words[n] in ("'s", "’s", "'", "’")):
            n += 1
        n = self.aux_after(n, last)
        low = words[n].lower() if n < last and n > m + 1 else ""
        return (low in CUES or low in STANCE or low in PHRASAL) and not low.endswith("ing")

    def named_subject_cue(self, m: int, last: int) -> bool:
        """Does a name (one to three capitalised words) and a stance or cue open at m
        ("Greens want", "the ministry denied")?"""
        words = self.toks.words
        n = m + (m < last and words[m].lower() in ("the", "a", "an"))
        start = n
        while n < last and n - start < 3 and words[n][:1].isupper() and words[n].isalpha() \
                and words[n].lower() not in PRONOUNS:
            n += 1
        if n == start:
            return False
        be = False
        while n < last and (is_aux(words[n]) or words[n].lower() in PROGRESSIVE):
            be = be or words[n].lower() in PROGRESSIVE
            n += 1
        return n < last and (words[n].lower() in CUES or words[n].lower() in STANCE) \
            and (be or not words[n].endswith("ing")) and self.cue_at(n, weak=True, stance=True)

def _base_form(low: str) -> bool:
    """Is a (lower-case) cue form a base form ("tell", "warn"; not "tells", "warned", "told")?"""
    return not low.endswith(("s", "ed", "ing")) and low not in IRREGULAR_PAST
