"""The shape of an attribution: where "X said" stands in a sentence and what follows it.

`CLAUSE, a Western official said.`, `…, said Anna Rebane, chairwoman of the union.`,
`…, she told the tribunal in her brief.`: the readers of the comma before the speaker, of what
may close an attribution (a hearer, a time, a place, an appositive) and of a sentence
attributed as a whole at its end, for the indirect-speech pass (`quote_reports`).
"""

from __future__ import annotations

from .lexicon_quotes import (BARE_CUES, COMPLEMENTIZERS, CUES, DETERMINERS, FUNCTION_WORDS, HEARERS, INVERTING,
                             NP_STOP, OBJECT_CUES, PRONOUNS, STANCE, TAIL_CLAUSES, TAIL_END, TAIL_PREPS, TIME_WORDS,
                             VERBISH)
from .quote_reading import CLOSE_WORDS, has_verb, is_aux
from .quote_stances import Stances

# Verbs of asking: "asked the court for quick action" asks for something.
ASKING = frozenset("ask asks asked asking".split())


# Quotation marks, which may enclose a title inside a phrase of place ("on “Face the Port”").
TITLE_MARKS = frozenset({"“", "”", '"', "''"})


class Attributions(Stances):
    """The readers of an attribution's shape (mixed into the quote finder)."""

    def attributed_at_end(self, k: int, first: int, last: int) -> bool:
        """Is the whole sentence attributed at its end ("…, citing the risk …, port
        officials said.")? Then a stance inside it is part of that report."""
        words = self.toks.words
        for j in range(k + 1, last):
            if words[j].lower() in BARE_CUES or words[j].lower() in INVERTING:
                if self.comma_before_speaker(j, first) is None:
                    continue
                tail = self.attribution_tail(j, last)
                if tail is not None and (tail >= last or words[tail] in (".", "!", "?") or (
                        words[tail] == "," and tail + 1 < last
                        and (words[tail + 1].lower() in ("who", "which", "a", "an", "the")
                             or self.closing_appositive(tail + 1, last)))):
                    # ", said X, a senior …", ", said X, director of Y.": an appositive after the
                    # speaker closes the sentence
                    return True
        return False

    def hearer_end(self, j: int, stop: int) -> int:
        """Past the words of a hearer after its determiner ("the cheering crowd", "the
        city's lawyers"): plain lower-case words, not a clause ("the board that …")."""
        words = self.toks.words
        n = j
        while n < stop and (words[n] in ("'s", "’s") or words[n].isalpha() and words[n].islower()
                            and words[n] not in FUNCTION_WORDS and words[n] not in CUES
                            and words[n] not in TAIL_PREPS and words[n] not in TAIL_CLAUSES):
            n += 1
        # people hear, a joke or a story is what was told ("told a joke")
        return n if n > j and self.headed_by_speaker((self.toks.starts[j - 1], self.toks.ends[n - 1])) else j

    def closing_appositive(self, a: int, last: int) -> bool:
        """Does a phrase describing the speaker close the sentence from a ("…, said Anna Rebane,
        chairwoman of the dockers union.")? Short, with no verb, cue, subject pronoun, comma or
        quote in it (not "…, says despite X, she plans to …")."""
        words = self.toks.words
        rest = [w for w in words[a:last] if w not in (".", "!", "?")]
        return 0 < len(rest) <= 15 and not has_verb(rest) and not any(
            w.lower() in CUES or w.lower() in STANCE or w.lower() in ("he", "she", "they", "we", "i", "it")
            or w in (",", ";", ":") or w in CLOSE_WORDS for w in rest)

    def appositive_before(self, k: int, first: int) -> int | None:
        """The comma before a speaker whose appositive closes right before the cue ("…, Anu
        Lepp, the former harbourmaster of Haapsalu, said."); None when there is none."""
        words = self.toks.words
        j = k - 1
        while j > first and is_aux(words[j]):
            j -= 1
        if j <= first or words[j] != "," or words[k].lower() not in CUES:
            return None
        n = k + 1
        if words[k].lower() in OBJECT_CUES:   # "…, told the crowd."
            while n < len(words) and n - k <= 4 and (words[n][:1].isupper() or words[n].lower() in HEARERS):
                n += 1
            n = self.hearer_end(n, min(len(words), k + 6))
        nxt = words[n].lower() if n < len(words) else "."
        after_to = words[n + 1] if n + 1 < len(words) else "."
        if not (nxt in TAIL_END or nxt in TAIL_PREPS and (nxt != "to" or after_to.lower() in HEARERS
                                                          or after_to[:1].isupper()) or nxt in TIME_WORDS):
            return None   # the attribution closes its sentence ("…, said.", "…, told reporters."), not
            #               "…, asked a judge to halt the tariff"
        speaker = self.np_before(k, first)
        s = self.toks.at(speaker[0]) - 1 if speaker is not None else first
        if s > first + 1 and words[s] in CLOSE_WORDS and words[s - 1] == ",":
            s -= 1   # "… “empty every harbour,” Anu Lepp, the former harbourmaster, said"
        return s if s > first + 2 and words[s] == "," and "," in self.text[speaker[0]:speaker[1]] else None

    def comma_before_speaker(self, k: int, first: int) -> int | None:
        """The comma that ends the reported clause before ", a Western official said"."""
        words = self.toks.words
        j = k - 1
        while j >= first and (is_aux(words[j]) or words[j] in CLOSE_WORDS):
            j -= 1
        if j >= first and words[j] == ",":
            return self.appositive_before(k, first) or j   # ", said Saar"; ", Lepp, a former harbourmaster, said"
        floor = max(first - 1, k - 20)
        while j > floor:
            if words[j] == ",":
                return j
            if words[j] == ")":   # "…, Sen. Jaan Tamm (D-Tartu) said": over the parenthesis
                o = next((n for n in range(j - 1, max(floor, j - 10), -1) if words[n] == "("), None)
                if o is None:
                    return None
                j = o - 1
                continue
            if words[j].lower() in NP_STOP and words[j] not in CLOSE_WORDS and words[j] != "and":
                return None   # "…, he and Mr. Saar said" keeps going
            j -= 1
        return None

    def attribution_tail(self, k: int, last: int) -> int | None:
        """Where "X said" ends when only a hearer, a time, a place, an appositive or the
        sentence end follow it ("…, she told the tribunal in her brief."); None when a report
        follows instead ("said he would …")."""
        words = self.toks.words
        b = k - 1
        while b > 0 and words[b] in CLOSE_WORDS:
            b -= 1
        if words[b] == "," and self.appositive_before(k, max(0, k - 30)) is None:
            # ", said Marko Vujović, a senior editor ...": only speech verbs invert,
            # and the speaker closes the sentence or opens an appositive
            if words[k].lower() not in INVERTING:
                return None
            after = self.np_after(k + 1, last)
            if after is None:
                return None
            said = self.text[after[0]:after[1]].split()
            if (said[0].lower() in PRONOUNS and len(said) > 1) or any(
                    w.lower() in VERBISH for w in said) or said[0].lower() in COMPLEMENTIZERS:
                return None   # ", said he would back Kask", "…, says that Tamm …": a report, not a speaker
            e = self.toks.at(after[1])
            if e < last and words[e].lower() in ("who", "whose") and len(said) > 1:
                return last   # ", said a group of councillors who cite …": the speaker described
            if e < last and words[e].lower() == "to" and words[k].lower() in OBJECT_CUES:
                return None   # "Latvia, heading a group of ports, asked a judge to halt …": a hearer, asked to act
            if e < last and words[e].lower() in TAIL_PREPS:
                # ", said one source in the room.": a short phrase of place or time after it
                n = e + 1
                while n < last and n - e <= 6 and words[n] not in TAIL_END and words[n].lower() not in NP_STOP \
                        and words[n].lower() not in VERBISH:
                    n += 1
                e = n
            return e if e >= last or words[e] in (",", ".", ";", "—", "–", "(", "!", "?") else None
        j = k + 1
        if words[k].lower() in OBJECT_CUES:   # "told reporters", "told USA TODAY", "told the court"
            while j < last and j - k <= 4 and (words[j][:1].isupper() or words[j].lower() in HEARERS):
                j += 1
            if k + 1 < len(words) and words[k + 1].lower() in DETERMINERS:
                j = self.hearer_end(j, min(last, k + 6))   # "told the cheering crowd", "asked the board"
            if j > k + 1 and j + 1 < last and words[j].lower() == "to" and words[j + 1].isalpha() \
                    and words[j + 1].islower() and words[j + 1] not in DETERMINERS and words[j + 1] not in PRONOUNS:
                return None   # "urged the ferry firms to find a compromise": what the hearer was asked to do
            if j > k + 1 and j + 1 < last and words[j].lower() == "for" and words[k].lower() in ASKING:
                return None   # "asked the court for quick action": what was asked for
        # "on Monday", "in a statement", "in his filing", "on Baltic TV's Face the Port", "last week"
        while j < last and j - k <= 12:
            low = words[j].lower()
            if low in TAIL_PREPS:
                n = j + 1
                while n < last and n - j <= 6 and words[n] not in TAIL_END and \
                        (words[n].lower() not in NP_STOP or words[n] in TITLE_MARKS) \
                        and (words[n].lower() not in VERBISH or words[n - 1].lower() == "to") \
                        and words[n].lower() not in TAIL_PREPS:
                    n += 1   # "on Harbour TV's “Morning Watch.”": a title in the phrase; "to be …": no finite verb
                j = n
            elif low in TIME_WORDS or low in ("this", "last", "earlier", "later", "late", "today",
                                              "yesterday", "the", "time") or \
                    words[j][:1].isupper() and words[j - 1].lower() in ("on", "last"):
                j += 1
            else:
                break
        if j >= last or words[j] in TAIL_END or words[j].lower() in TAIL_CLAUSES:
            return j
        return None
