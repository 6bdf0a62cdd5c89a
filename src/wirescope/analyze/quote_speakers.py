"""Who speaks: the noun phrases that name a speaker.

The speaker readers of the quote finder, on the token view of `quote_reading`: does a
phrase name someone who can speak ("a Western official", "Roos", "she"), the noun phrase
before or after a cue ("Sen. Jaan Tamm, G-Tartu, said", "said Marko Vujović, a shipping
analyst"), the subject of a clause or of a participle ("…, noting that …"), the name a
", who said" hangs on. Their entities are found in `quote_resolve`.
"""

from __future__ import annotations

import bisect
import re

from .lexicon_quotes import (AFTER_STOP, BARE_CUES, CUES, DETERMINERS, DISCOURSE, FUNCTION_WORDS, LEADING, NOUN_LIKE,
                             NP_STOP, PEOPLE_QUANTIFIERS, PRONOUNS, STANCE, SUBJECT_ENDS, SUBORDINATORS,
                             TAIL_PREPS, TIME_WORDS)
from .quote_ends import Ends
from .quote_people import COUNT, speaking_noun
from .quote_reading import CLOSE_WORDS, PROGRESSIVE, has_verb, is_aux


def parenthetical_word(word: str) -> bool:
    """May this token stand inside a parenthetical after a subject?"""
    return word not in (".", ";", ":", "“", "”", '"') and (
        word.lower() not in CUES or word[:1].isupper() or word.lower() in NOUN_LIKE)   # "one of the states suing"


# Words after which "to" goes on naming the speaker ("a source close to the port board").
CLOSE_TO = frozenset("close closer closest near loyal allied".split())


class Speakers(Ends):
    """The speaker readers and speaker resolution (mixed into the quote finder)."""

    # -- noun phrases that name a speaker ----------------------------------------

    def speaker_words(self, span: tuple[int, int] | None) -> tuple[int, int, list[str]] | None:
        """The trimmed span and its words, or None when it cannot name a speaker (empty,
        longer than 12 words, or holding a finite verb)."""
        if span is None:
            return None
        s, e = trim_speaker(self.text, *span)
        head = self.text[s:e]
        if head.endswith(")") and "(" in head:
            head = head[:head.rindex("(")]   # "Sen. Jaan Tamm (D-Tartu)": the name is what speaks
            e = s + len(head.rstrip())
        words = head.split()
        if not words or len(words) > 12 or has_verb(words):
            return None
        return s, e, words

    def plausible_speaker(self, span: tuple[int, int] | None) -> bool:
        """Does a phrase look like who speaks ("a Western official", "Roos", "she")?"""
        found = self.speaker_words(span)
        if found is None:
            return False
        s, e, words = found
        if any(ms < e and s < me and ent["type"] in ("PERSON", "ORG", "GPE") for ms, me, ent in
               self.mentions):
            return True
        comma = self.text.find(",", s, e)
        if comma > s and self.names_before_comma(s, comma):
            return True   # "Ilves, the former harbour master": the name before the appositive
        if words[-1].lower().strip(".,") in TIME_WORDS:
            return False   # "a string of messages late Sunday": a time, not a name
        if words[-1][:1].isupper():
            return len(words) <= 6
        return speaking_noun(words[-1])

    def names_before_comma(self, s: int, comma: int) -> bool:
        """Is [s, comma) a name that an appositive follows ("Ilves, the former harbour
        master"): a person or an organisation mentioned, or two to four capitalised words (not
        an opener such as "Overall" or "In Tartu")."""
        words = self.text[s:comma].split()
        if not 1 <= len(words) <= 4 or words[0].lower() in LEADING or words[0].lower() in DISCOURSE:
            return False
        if any(s <= ms < comma and ent["type"] in ("PERSON", "ORG") for ms, me, ent in self.mentions):
            return True
        return len(words) >= 2 and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words)

    def short_noun_phrase(self, span: tuple[int, int] | None) -> bool:
        """A phrase of at most six words, no verb in it, ending in a noun-like word."""
        found = self.speaker_words(span)
        if found is None:
            return False
        words = found[2]
        low = words[-1].lower().strip("’'.,")
        return len(words) <= 6 and low.isalpha() and low not in FUNCTION_WORDS and not low.endswith("ly")

    def headed_by_speaker(self, span: tuple[int, int] | None) -> bool:
        """Is the last word of the phrase a name, a pronoun or a speaking noun ("Russia's
        military", "they", "the senator") rather than a thing ("Russia's biggest attack")?"""
        found = self.speaker_words(span)
        if found is None:
            return False
        s, e, words = found
        comma = self.text.find(",", s, e)
        if comma > s and self.names_before_comma(s, comma):
            return True   # "Jaan Tamm, her rival": the name before the appositive
        ent = self.mention_at(e - 1)
        if ent is not None and ent["type"] in ("PERSON", "ORG", "GPE") or words[-1][:1].isupper() \
                or speaking_noun(words[-1]):
            return True
        # "A union speaking for ferry crews", "Others on the island": the head
        # before a participle or a preposition
        cut = next((n for n in range(1, len(words)) if words[n].islower() and (
            words[n].endswith("ing") or words[n] in ("of", "in", "from", "for", "at", "with", "on", "across"))), None)
        return cut is not None and (words[0].lower() in DETERMINERS or words[0][:1].isupper()) \
            and speaking_noun(words[cut - 1].strip(","))

    def speech_verb_after_quote(self, i: int, k: int) -> bool:
        """`”, he remarked` / `” the dockers shouted back` / `” Tamm went on`: after a quote
        that ends in a comma, a past-tense verb right after a short subject reports speech."""
        toks = self.toks
        word = toks.words[k]
        reads = word in ("read", "reads", "stated", "states")   # "”, the letter reads": a document's words
        went_on = word in ("went", "goes") and k + 1 < len(toks.words) and toks.words[k + 1] == "on"
        if not (word.islower() and (word.endswith("ed") and len(word) > 4 or reads or went_on)) or k - i > 6 \
                or toks.words[k - 1] in ("-", "‑") or toks.ends[k - 1] == toks.starts[k]:
            return False   # "Texas-based": part of a word
        b = i - 1
        while b > 0 and toks.words[b] in CLOSE_WORDS:
            b -= 1
        ends_open = toks.words[b] in (",", "?", "!", "—") or self.text[toks.ends[b] - 2:toks.ends[b]] in (
            ",”", ',"', "?”", "!”")
        start = i + (toks.words[i] == ",")
        if reads:
            return ends_open and k > start and self.source_like((toks.starts[start], toks.ends[k - 1]))
        if k == start and k + 1 < len(toks.words) and toks.words[k + 1][:1].isupper() and toks.words[k + 1] != "By":
            # "“What a launch!” beamed Toomas Reed": the verb before a name, inverted
            after = self.np_after(k + 1, min(len(toks.words), k + 8))
            name = toks.words[k + 1:k + 3]
            person = after is not None and any(ms < after[1] and after[0] < me and ent["type"] == "PERSON"
                                               for ms, me, ent in self.mentions)
            return ends_open and after is not None and (person or len(name) == 2 and all(
                w[:1].isupper() and w.isalpha() for w in name))
        return ends_open and k > start and self.plausible_speaker((toks.starts[start], toks.ends[k - 1]))

    def np_before(self, i: int, floor: int) -> tuple[int, int] | None:
        """The noun phrase ending right before token i (the speaker of "X said")."""
        toks = self.toks
        j = i - 1
        progressive = i < len(toks.words) and toks.words[i].endswith("ing")
        while j >= floor and (is_aux(toks.words[j]) or progressive and toks.words[j].lower() in PROGRESSIVE
                              or toks.words[j] in ("'s", "’s") and j > 0 and toks.words[j - 1].lower() in PRONOUNS):
            j -= 1   # "has said", "are warning"
        if j > floor and toks.words[j] == ")":
            # "Sen. Kaja Roos (G-Pärnu) said": the name before the parenthesis, with it
            o = next((n for n in range(j - 1, max(floor - 1, j - 10), -1) if toks.words[n] == "("), None)
            head = self.np_before(o, floor) if o is not None and o > floor else None
            return (head[0], toks.ends[j]) if head is not None else None
        if j > floor and toks.words[j] == ",":
            # "Judge Mari Lepp, in her ruling, said": the subject before the parenthetical
            k = j - 1
            while k >= floor and toks.words[k] != "," and parenthetical_word(toks.words[k]) and j - k <= 25:
                k -= 1
            if k > floor and toks.words[k] == ",":
                head = self.np_before(k, floor)
                if head is not None and (self.span_names_someone(head) or self.headed_by_speaker(head)):
                    return (head[0], toks.ends[j - 1])
            return None
        end = j + 1
        while j >= floor and toks.words[j].lower() not in NP_STOP and toks.words[j] not in (",", ".") \
                and end - j <= 20 and (toks.words[j].lower() not in CUES or self.in_name(j)) \
                and not self.spaced_dash(j):
            j -= 1
        start = j + 1
        if start >= end:
            return None
        if j >= floor and end - j > 20:
            return None   # no clause boundary in reach: not a subject
        if j > floor and toks.words[j].lower() == "who" and toks.words[j - 1] != "," and end - j <= 8:
            # "One of the pilots who signed the petition called …": the people the clause describes
            head = self.np_before(j, floor)   # "who" speaks of people, whatever their noun
            if head is not None and (self.headed_by_speaker(head) or self.short_noun_phrase(head)):
                return (head[0], toks.ends[end - 1])
        # A parenthetical between commas before the cue belongs to the subject before it:
        # "Marko Vujović, hoping to gain ground in Pärnu, called …", "Sen. Jaan Tamm,
        # G-Tartu, said", "Rebane, who has clashed with Roos, said", "Liisa Kask,
        # head of the pilots' school, said". The speaker is the name and its parenthetical.
        b = j
        if b > floor and toks.words[b].lower() in ("who", "which") and toks.words[b - 1] == ",":
            b -= 1
        if b >= floor + 1 and toks.words[b] == "," and toks.words[i - 1] == "," or (
                b >= floor + 1 and toks.words[b] == "," and not self.names_someone(start, end)):
            k = b - 1
            while k >= floor and toks.words[k] not in (",", ".", ";", ":") \
                    and toks.words[k].lower() not in NP_STOP and b - k <= 12:
                k -= 1
            head = (k + 1, b)
            if head[0] < head[1] and self.names_someone(*head):
                return (toks.starts[head[0]], toks.ends[end - 1])
        return (toks.starts[self.coordinated(start, end, floor)], toks.ends[end - 1])

    def coordinated(self, start: int, end: int, floor: int) -> int:
        """Where a subject naming two of a kind opens ("Finland and Latvia said", "Germany and
        the Netherlands, which …"): the first name, unless a preposition makes the pair an
        object ("talks between Kyiv and Moscow"); else start."""
        toks, words = self.toks, self.toks.words
        if start - 2 < floor or words[start - 1].lower() != "and":
            return start
        n = start + (words[start].lower() == "the" and start + 1 < end)
        second, first = self.mention_at(toks.starts[n]), self.mention_at(toks.starts[start - 2])
        if second is None or first is None or second is first or first["type"] != second["type"] \
                or first["type"] not in ("PERSON", "ORG", "GPE", "NORP"):
            return start
        at = toks.starts[start - 2]
        ms = next((ms for ms, me, ent in self.mentions if ent is first and ms <= at < me), None)
        if ms is None:
            return start   # overlapping mentions: the one found is not the first's
        q = toks.at(ms)
        q -= q - 1 >= floor and words[q - 1].lower() == "the"
        if q < floor or q > floor and (words[q - 1].lower() in TAIL_PREPS or words[q - 1].lower() in (
                "between", "of", "by", "against", "and", ",") or words[q - 1] in ("'s", "’s")):
            return start
        return q

    def without_time(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """The phrase without a time closing it ("a maritime tribunal in 2019", "the board
        last week"), or None when there is none to drop."""
        if span is None:
            return None
        toks, words = self.toks, self.toks.words
        a, b = toks.at(span[0]), toks.at(span[1]) - 1
        n = b
        while n > a and (words[n].lower() in TIME_WORDS or words[n].isdigit() or words[n].lower() in (
                "this", "last", "early", "late", "earlier", "later", "in", "on", "during", "from")):
            n -= 1
        return (span[0], toks.ends[n]) if a <= n < b else None

    def in_name(self, j: int) -> bool:
        """Is token j, a cue form, a word of a name here ("the United States", "Reports
        Editor Ann Lee")? Capitalised after a capitalised word, or inside an entity mention."""
        words = self.toks.words
        return words[j][:1].isupper() and (j > 0 and words[j - 1][:1].isupper() and words[j - 1].isalpha()
                                           or self.mention_at(self.toks.starts[j]) is not None)

    def clause_subject(self, k: int, first: int) -> tuple[int, int] | None:
        """The subject of the cue at k read from its clause start, for the subjects
        `np_before` cannot take: a name with a long appositive ("Liisa Kask, the founder
        of the Harbour Heritage Trust that restores …, said"), a relative clause (", who
        said" gives the name before it), a description ("The skipper said", "most of
        them say"). Returns the head of the subject, before its first comma."""
        words = self.toks.words
        j = self.skip_aux(k, first)
        relative_that = j > first and words[j].lower() == "that" and words[j - 1].isalpha() \
            and words[j - 1].lower() not in FUNCTION_WORDS and words[j - 1].lower() not in CUES \
            and words[j - 1].lower() not in STANCE and not words[j - 1].endswith("ly")
        if j > first and words[j].lower() in ("who", "which") or relative_that:
            # ", who said", "the department which reported", "a note from the harbour doctor that
            # says": the relative pronoun speaks for the noun phrase before it (resolved to it
            # like a "he"), when there is one
            head = self.antecedent_np(j - 1, first) if words[j - 1] == "," else self.last_np(j, first)
            if relative_that:
                if head is not None and self.source_like(head):
                    return (self.toks.starts[j], self.toks.ends[j])
            elif head is None or not self.plausible_speaker(head) and words[j].lower() != "who":
                return None   # "who" speaks for people whatever their noun ("islanders who back …")
            else:
                return (self.toks.starts[j], self.toks.ends[j])
        s = first
        for i in range(j, first - 1, -1):
            if words[i] in (";", ":"):
                s = i + 1
                break
        while s <= j and (words[s].lower() in DISCOURSE or words[s] == ","):
            s += 1
        while s + 1 < j and words[s + 1] == "," and words[s].lower() not in PRONOUNS \
                and self.mention_at(self.toks.starts[s]) is None:
            s += 2   # "Overall, the bank predicted": a one-word opener is not the subject
        if s <= j and words[s].lower() in LEADING:   # "After the debate, aides said"
            comma = next((i for i in range(s, j) if words[i] == ","), None)
            if comma is None:
                return None
            s = comma + 1
        head = self.subject_head(s, j, k)
        if head is None:   # "Even though fishing is allowed, the islanders say": after the last comma
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
        for n in range(h - 1, s, -1):   # "A week after 12 port cities said"
            if words[n].lower() in SUBORDINATORS:
                s = n + 1
                break
        if h == s or h - s > 12 or k - s > 45:
            return None
        head = words[s:h]
        if any(w.lower() in CUES for w in head) or has_verb(head):
            return None
        last = head[-1]
        low = last.lower().strip("’'")
        if last[:1].isupper() or low in PRONOUNS or low in SUBJECT_ENDS or (
                low.isalpha() and low not in FUNCTION_WORDS and not low.endswith("ly")):
            return (toks.starts[s], toks.ends[h - 1])
        return None

    def antecedent_np(self, comma: int, first: int) -> tuple[int, int] | None:
        """The name a ", who said" clause hangs on: the last person (else organisation)
        named before the comma in this sentence, over an appositive ("Toomas Reed, a
        ferry engineer from Kuressaare, Saaremaa, who said")."""
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
        if j + 1 < comma:
            return (toks.starts[j + 1], toks.ends[comma - 1])
        head = self.last_np(comma, first)   # "the mayor's critics, who …"
        return head if self.plausible_speaker(head) else None

    def last_np(self, i: int, floor: int) -> tuple[int, int] | None:
        """The noun phrase right before token i from its last article ("They turned to the
        coast guard office which …": "the coast guard office")."""
        toks = self.toks
        head = self.np_before(i, floor)
        if head is None:
            return None
        dets = [n for n in range(toks.at(head[0]), i) if toks.words[n].lower() in ("the", "a", "an")]
        return (toks.starts[dets[-1]], head[1]) if dets else head

    def span_names_someone(self, span: tuple[int, int]) -> bool:
        """`names_someone` for a character span (its tokens, the last one included)."""
        return self.names_someone(self.toks.at(span[0]), bisect.bisect_right(self.toks.starts, span[1] - 1))

    def names_someone(self, start: int, end: int) -> bool:
        """Does the token range hold a person or organisation, or a he/she/they?"""
        toks = self.toks
        a, b = toks.starts[start], toks.ends[end - 1]
        if any(a <= ms < b and ent["type"] in ("PERSON", "ORG") for ms, _, ent in self.mentions):
            return True
        words = toks.words[start:end]
        if len(words) <= 4 and all(w[:1].isupper() for w in words):
            return True   # a name the model missed ("Vujović")
        return end - start == 1 and toks.words[start].lower() in PRONOUNS

    def np_after(self, i: int, ceiling: int) -> tuple[int, int] | None:
        """The speaker right after a cue: "said Marko Vujović, a shipping analyst ..."."""
        toks = self.toks
        j = i
        while j < ceiling and toks.words[j] not in (",", ".", ";", ":", "“", "”", '"', "—", "''") \
                and (toks.words[j].lower() not in AFTER_STOP or j > i and toks.words[j].lower() == "to"
                     and toks.words[j - 1].lower() in CLOSE_TO) and j - i < 8:
            j += 1   # "said a source close to the port board": all of it
        return (toks.starts[i], toks.ends[j - 1]) if j > i else None

    def subject(self, first: int, k: int) -> tuple[int, int] | None:
        """The speaker of a participle cue ("…, noting that …"): the sentence's first name."""
        toks = self.toks
        if self.sentence_speaker is not None:
            return self.sentence_speaker    # "…, Roos said, … and by saying …"
        words = toks.words
        end = self.leading_np_end(first, k)
        if first < end < k and words[first].lower() in ("several", "some", "many", "most", "few", "all", "both"):
            # "Several island councils have backed … and called …": the quantified subject
            opening = self.np_before(end, first)
            if self.headed_by_speaker(opening):
                return opening
        s = first
        while s < k and (words[s].lower() in DISCOURSE or words[s] == ","):
            s += 1
        if s < k and words[s].lower() in ("he", "she", "they", "we", "i"):
            return (toks.starts[s], toks.ends[s])   # "She threw her support behind Tamm, saying …"
        opening = self.np_before(self.leading_np_end(s, k), s) if s < k and words[s].lower() in DETERMINERS else None
        if opening is not None and self.headed_by_speaker(opening) and not any(
                opening[0] <= ms < opening[1] for ms, _, _ in self.mentions):
            return opening   # "The retired pilot told reporters about X, saying …"
        for wanted in ("PERSON", "ORG"):
            for ms, me, ent in self.mentions:
                if toks.starts[first] <= ms < toks.starts[k] and ent["type"] == wanted \
                        and self.text[me:me + 2] not in ("'s", "’s"):   # not "Kask's question"
                    return (ms, me)
        if first + 1 < k and words[first].isupper() and len(words[first]) > 1 \
                and words[first + 1] in ("-", "—", "–"):
            first += 2   # a dateline: "RIGA - Baltic port chiefs met …"
        if words[first].lower() in LEADING and first + 1 < k and (words[first + 1][:1].isupper()
                                                                   or words[first + 1][:1].isdigit()):
            n = first + 1   # "On March 14 they closed …": past the date
            while n < k and (words[n][:1].isupper() or words[n][:1].isdigit() or words[n] == ","):
                n += 1
            if n < k and words[n].lower() in PRONOUNS:
                return (toks.starts[n], toks.ends[n])
        if words[first].lower() in LEADING:   # "At the regatta, the harbour master …"
            comma = next((n for n in range(first + 1, k) if words[n] == ","), None)
            if comma is not None and comma + 1 < k:
                found = self.np_before(self.leading_np_end(comma + 1, k), comma + 1)
                if self.headed_by_speaker(found) or self.short_noun_phrase(found):
                    return found
        if words[first].lower().endswith(("ed", "ing")):
            # "Rattled by the audit, as well as …, the mayor redrew his plan, promising
            # …": the subject follows the opening participle's phrase
            for comma in (n for n in range(first + 1, k - 1) if words[n] == ","):
                found = self.np_before(self.leading_np_end(comma + 1, k), comma + 1)
                if self.headed_by_speaker(found):
                    return found
        return self.np_before(self.leading_np_end(first, k), first)

    def leading_np_end(self, first: int, k: int) -> int:
        """End of the noun phrase opening the sentence ("Mayor Ilves", "The mayor")."""
        toks, words = self.toks, self.toks.words
        j = first
        while j < k:
            low = words[j].lower()
            if j > first and words[j] == "-" and j + 1 < k and toks.ends[j - 1] == toks.starts[j] \
                    and toks.ends[j] == toks.starts[j + 1] and words[j - 1].isalpha() and words[j + 1].isalpha():
                j += 2   # "His ex-partner": a hyphenated word split in three tokens
            elif words[j][:1].isupper() or low in ("the", "a", "an", "of"):
                j += 1
            elif j > first and low.isalpha() and low not in FUNCTION_WORDS and low not in CUES \
                    and low not in STANCE and not low.endswith("ed") and (
                        words[j - 1].lower() in DETERMINERS or words[j - 1][:1].isupper()
                        or j - 2 > first and words[j - 2] == "-" and toks.ends[j - 2] == toks.starts[j - 1]):
                j += 1   # "The mayor", "State-owned banks": a common noun after the article or a compound
            else:
                break
        return j

    def whole_subject(self, k: int, first: int) -> tuple[int, int] | None:
        """`All the pilots I met said …`: for "said"/"says"/"told", everything from
        the sentence start, when it is one short phrase opening on an article, a quantifier
        or a name (a relative clause inside it is no verb of the sentence)."""
        toks, words = self.toks, self.toks.words
        w = words[k].lower()
        quantity = first + 1 < k and words[first + 1].lower() in ("least", "most", "than")
        if words[first].lower() in LEADING and not quantity:   # "In the captain's defence, all the pilots …"
            comma = next((n for n in range(first, k) if words[n] == ","), None)
            first = comma + 1 if comma is not None else first
        # "Many are worried; 26% say …", "The town is split: 47% say …": the clause after the mark
        first = next((n + 1 for n in range(k - 1, first - 1, -1) if words[n] in (";", ":")), first)
        b = k - 1
        while b > first and is_aux(words[b]):
            b -= 1
        span = words[first:b + 1]
        if w not in BARE_CUES or not span or len(span) > 12 or any(t in (",", ";", ":", "—", "(") for t in span):
            return None
        lead = span[0].lower()
        if lead in ("at", "more", "less", "fewer") and len(span) > 2 and span[1].lower() in ("least", "most", "than"):
            lead = span[2].lower()   # "At least half of the crews", "More than 30 percent"
        if not (lead in DETERMINERS or COUNT.fullmatch(lead) or lead in PEOPLE_QUANTIFIERS
                or span[0][:1].isupper() and lead not in LEADING
                and lead not in DISCOURSE and lead not in PRONOUNS):
            return None
        return (toks.starts[first], toks.ends[b])


SPEAKER_LEAD = re.compile(
    r"(?:(?:moreover|however|meanwhile|still|also|but|and|so|yet|instead|indeed|now|then|do|does|did|of|in|on|at|"
    r"for|to|by|from|with)\b(?!\s+(?:least|most)\b)[\s,]*)+", re.I)
SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|they|we|I)$")



def trim_speaker(text: str, s: int, e: int) -> tuple[int, int]:
    """Speaker span without edge punctuation, a leading connective or preposition
    ("Moreover, …", "of Defense"), and just the pronoun when one ends it
    ("After Sunday's storm in Pärnu he")."""
    while s < e and text[s] in " ,—–-“”\"":
        s += 1
    while e > s and text[e - 1] in " ,—–-“”\".":
        e -= 1
    m = SPEAKER_LEAD.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    m = SPEAKER_PRONOUN.search(text, s, e)
    if m and m.start() > s and text[m.start() - 1] == " " and text[s:m.start()].strip()[-1:].isalnum() \
            and not text[s:m.start()].rstrip().endswith((" and", " or")):
        s = m.start()
    return s, e
