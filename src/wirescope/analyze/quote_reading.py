"""Reading a sentence for quotes: tokens, cues, speakers' noun phrases.

The token view and the phrase readers shared by the passes of `quotes` (attribution
around quotation marks) and `quote_reports` (indirect speech): is this word a reporting
verb here, where does the noun phrase before it start, does a phrase name someone who
can speak.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from .lexicon_quotes import (AFTER_STOP, AUX, BARE_CUES, CLAUSE_OPENERS, CONCESSIVE, CUES, DETERMINERS, DISCOURSE,
                             DOCUMENTS, EVIDENCE, FUNCTION_WORDS, INVERTING, LEADING, NOT_BEFORE_CUE, NOT_VERB_ED,
                             NAMING, NAMING_STOP, NOUN_LIKE, NP_STOP, PARTICIPLES, PEOPLE_QUANTIFIERS, PHRASAL,
                             PRONOUNS,
                             SOURCE_NOUNS, STANCE, SUBJECT_ENDS, TIME_WORDS,
                             SUBORDINATORS, VERBISH, WEAK_CUES)
from .roles import ROLE_NOUN

OPEN = "“\""
CLOSE = "”\""
# Tokens that close a quote ('' is the two-apostrophe mark of some wire archives).
CLOSE_WORDS = frozenset({"”", '"', "''"})
# Stand-in for the second apostrophe of '' so that quotes pair on one character each.
PAD = "\u2060"
PARA = re.compile(r"[^\n]+")
# Words in -ly that are not adverbs.
NOT_ADVERBS = frozenset("early family july italy reply supply apply rally ally belly assembly holy".split())
# Forms of "be" before a cue in -ing ("is telling", "He’s claiming").
PROGRESSIVE = ("is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re", "'m", "’m")

@dataclass
class Q:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    entity: dict[str, Any] | None = None
    follows: "Q | None" = None       # a running quote continues this one's speaker


def has_marks(text: str) -> bool:
    return any(c in text for c in "“”\"") or "''" in text


class Tokens:
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


def according_to(toks: Tokens, k: int) -> bool:
    return toks.words[k].lower() == "according" and k + 1 < len(toks.words) and \
        toks.words[k + 1].lower() == "to"


def clause_end(text: str, i: int, se: int) -> int:
    end = se
    while end > i and text[end - 1] in " .\n":
        end -= 1
    return end


def parenthetical_word(word: str) -> bool:
    """May this token stand inside a parenthetical after a subject?"""
    return word not in (".", ";", ":", "“", "”", '"') and (
        word.lower() not in CUES or word[:1].isupper() or word.lower() in NOUN_LIKE)   # "one of the states suing"


def mention_index(entities: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    out = [(s, e, ent) for ent in entities for s, e in ent.get("mentions") or []]
    out.sort(key=lambda x: x[0])
    return out


def _speaking_noun(word: str) -> bool:
    """A pronoun, a source ("officials", "the ministry") or a role ("the senator")."""
    low = word.strip("’'").lower()
    return low in PRONOUNS or low in ("who", "which") or low in SOURCE_NOUNS or low.rstrip("s") in SOURCE_NOUNS \
        or low in PEOPLE_QUANTIFIERS or bool(ROLE_NOUN.fullmatch(low))


class Reader:
    """One article's text, tokens, mentions and quotation marks, with the phrase readers."""

    def __init__(self, text: str, doc, entities: list[dict[str, Any]]):
        self.text = text
        self.toks = Tokens(text, doc)
        self.mentions = mention_index(entities)
        self.used_cues: set[int] = set()
        self.sentence_speaker: tuple[int, int] | None = None
        self.spans: list[tuple[int, int]] = []

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

    def speaker_words(self, span: tuple[int, int] | None) -> tuple[int, int, list[str]] | None:
        """The trimmed span and its words, or None when it cannot name a speaker (empty,
        longer than 12 words, or holding a finite verb)."""
        if span is None:
            return None
        s, e = trim_speaker(self.text, *span)
        words = self.text[s:e].split()
        if not words or len(words) > 12 or has_verb(words):
            return None
        return s, e, words

    def plausible_speaker(self, span: tuple[int, int] | None) -> bool:
        """Does a phrase look like who speaks ("a Western official", "Tusk", "she")?"""
        found = self.speaker_words(span)
        if found is None:
            return False
        s, e, words = found
        if any(ms < e and s < me and ent["type"] in ("PERSON", "ORG", "GPE") for ms, me, ent in
               self.mentions):
            return True
        if words[-1].lower().strip(".,") in TIME_WORDS:
            return False   # "a series of messages early Friday": a time, not a name
        if words[-1][:1].isupper():
            return len(words) <= 6
        return _speaking_noun(words[-1])

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
        _, e, words = found
        ent = self.mention_at(e - 1)
        return ent is not None and ent["type"] in ("PERSON", "ORG", "GPE") or words[-1][:1].isupper() \
            or _speaking_noun(words[-1])

    def speech_verb_after_quote(self, i: int, k: int) -> bool:
        """`”, he remarked` / `” the audience screamed back`: after a quote that ends in a
        comma, a past-tense verb right after a short subject reports speech."""
        toks = self.toks
        word = toks.words[k]
        if not (word.islower() and word.endswith("ed") and len(word) > 4) or k - i > 6:
            return False
        b = i - 1
        while b > 0 and toks.words[b] in CLOSE_WORDS:
            b -= 1
        ends_open = toks.words[b] in (",", "?", "!", "—") or self.text[toks.ends[b] - 2:toks.ends[b]] in (
            ",”", ',"', "?”", "!”")
        start = i + (toks.words[i] == ",")
        return ends_open and k > start and self.plausible_speaker((toks.starts[start], toks.ends[k - 1]))

    def cue_at(self, k: int, weak: bool = False, stance: bool = False) -> bool:
        """Is token k a reporting verb here (not a noun, not a passive, not a name)?
        `stance` admits the verbs of `STANCE` and `PHRASAL` too."""
        toks = self.toks
        word = toks.words[k]
        low = word.lower()
        if stance and (low in STANCE or self.phrasal(k) or self.naming(k)):
            pass
        elif low not in CUES or (low in WEAK_CUES and not weak):
            return False
        if word[:1].isupper() and k and toks.words[k - 1] not in (".", "“", '"') and \
                "\n" not in self.text[toks.ends[k - 1]:toks.starts[k]]:
            return False   # "Said" opens a sentence or a paragraph ("Stated Stone: “…”")
        if k and toks.words[k - 1] in ("-", "‑") or (k and toks.ends[k - 1] == toks.starts[k]
                                                    and toks.words[k - 1][-1:] == "-"):
            return False   # "so-called", "well-said"
        j = k - 1
        while j >= 0 and (is_aux(toks.words[j]) or low.endswith("ing") and toks.words[j].lower()
                          in PROGRESSIVE):
            j -= 1   # "has said", "is telling"
        prev = toks.words[j].lower() if j >= 0 else ""
        nxt = toks.words[k + 1].lower() if k + 1 < len(toks.words) else ""
        if low in ("said", "saying") and (prev in ("having", "without") or prev == "that" and nxt == ",") \
                or prev == "worth":
            return False   # "Having said that, …", "That said, …", "it's worth noting": no speaker
        if (low in PARTICIPLES or low.endswith("ing") and (low in CUES or low in STANCE)) \
                and prev in ("by", ",", "while", "when", "after", "before"):
            return True   # "…, noting that", "by announcing that"
        if prev == "to" and j >= 2 and toks.words[j - 1].lower() == "on" \
                and toks.words[j - 2].lower() in ("going", "went", "goes", "go"):
            return True   # "…, going on to say that …"
        if prev in NOT_BEFORE_CUE:
            return False
        if prev in ("'s", "’s") and j > 0 and toks.words[j - 1].lower() not in PRONOUNS:
            return False   # "Mr. King's show", "the ministry's report": a noun after a possessive
        if low.endswith("ed") and j == k - 1 and prev.rstrip("s") in DOCUMENTS and low not in EVIDENCE \
                and not (k + 1 < len(toks.words) and toks.words[k + 1].lower() == "that"):
            return False   # "a message posted Friday", "the letter sent to …": a participle
        if low in NOUN_LIKE:   # "Oksanen calls for", "she notes"; not "the calls", "Western states"
            ent = self.mention_at(toks.starts[j]) if j >= 0 else None
            return prev in PRONOUNS or j >= 0 and (
                ent is not None and ent["type"] in ("PERSON", "ORG", "GPE", "EVENT", "FAC")
                or ent is None and toks.words[j][:1].isupper() and toks.words[j].isalpha())
        return True

    def spaced_dash(self, j: int) -> bool:
        """Is token j a hyphen used as a dash ("predictable - Donald Trump"), not inside a word?"""
        toks = self.toks
        return toks.words[j] == "-" and 0 < j < len(toks.words) - 1 and toks.starts[j] > toks.ends[j - 1] \
            and toks.starts[j + 1] > toks.ends[j]

    def skip_aux(self, k: int) -> int:
        """The token before k over adverbs and auxiliaries ("and repeatedly says": "and")."""
        j = k - 1
        while j > 0 and is_aux(self.toks.words[j]):
            j -= 1
        return j

    def naming(self, k: int) -> bool:
        """"called the charges fabricated", "described the showdown as ominous": a verb of
        naming with an object (not "called for", "called off", "called him back")."""
        words = self.toks.words
        # "a group called Lashkar", "His group, called the Fund,": a participle that names
        prev = words[k - 1] if k else ""
        return words[k].lower() in NAMING and k + 2 < len(words) and words[k + 1][:1].isalnum() \
            and prev != "," and not (words[k + 1][:1].isupper() and prev.islower() and prev not in AUX
                                     and prev not in PRONOUNS) \
            and (words[k + 1].lower() not in NAMING_STOP or self.named_object(k + 1)) and not (
                words[k + 1].lower() in ("the", "a", "an", "this", "that") and words[k + 2].lower() in NAMING_STOP)

    def named_object(self, j: int) -> bool:
        """"call them “lone wolves”", "called him a liar": a pronoun object with a name or a
        description after it (not "called him back", "called them on Monday")."""
        words = self.toks.words
        if words[j].lower() not in ("him", "her", "them", "it", "me", "us", "you", "his", "their", "its") \
                or j + 1 >= len(words):
            return False
        nxt = words[j + 1]
        if words[j].lower() in ("her", "his", "their", "its") and nxt.isalpha() and nxt.islower() \
                and nxt not in ("back", "up", "on", "off", "out", "in", "again", "for", "to", "at", "about"):
            return True   # "called her vote a mistake": a possessive, then the thing named
        return nxt in ("“", '"', "''") or nxt.lower() in ("a", "an", "the", "one", "his", "her", "their") \
            or nxt.lower() not in NAMING_STOP and nxt.lower() not in TIME_WORDS and nxt.isalpha() \
            and nxt.lower() not in FUNCTION_WORDS and nxt.lower() not in ("back", "again", "later", "today")

    def phrasal(self, k: int) -> bool:
        words = self.toks.words
        return k + 1 < len(words) and words[k + 1].lower() in PHRASAL.get(words[k].lower(), ())

    def stance_end(self, j: int, last: int, end: int) -> int:
        """Where a stance's object ends: before ", saying …", "; …" or a dash."""
        words, toks = self.toks.words, self.toks
        aside: set[int] = set()   # "… the Electoral College — typically loyal partisans — to cast …"
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
            if words[n] in (";", "—", "–") or words[n] == "," and a < last and (
                    words[a].lower() in PARTICIPLES or (words[a].lower() in STANCE or words[a].lower() in CUES)
                    and words[a].endswith("ing") or words[a].lower() in ("and", "but")
                    and (any(words[m].lower() in BARE_CUES or words[m].lower() in INVERTING
                             for m in range(a + 1, min(last, a + 6))) or self.named_subject_cue(a + 1, last))):
                return toks.starts[n]   # ", adding …", ", and the ministry said …", ", and Republicans want …"
            low = words[n].lower()
            if low in ("and", "but") and n > j:
                m = n + 1
                while m < last and words[m].lower() in ("also", "then", "later", "again"):
                    m += 1
                nxt = words[m].lower() if m < last else ""
                if (nxt in CUES or nxt in STANCE or nxt in NAMING) and not nxt.endswith("ing") \
                        and not self.inside_quote(toks.starts[n]):
                    # "China said it was opposed and warned Pyongyang …": a second statement
                    return toks.starts[n - 1] if words[n - 1] == "," else toks.ends[n - 1]
            if low in CONCESSIVE and n > j and not self.inside_quote(toks.starts[n]) and any(
                    words[m].lower() in CUES for m in range(n + 1, min(last, n + 7))):
                # "…, though she noted …", "… while 73 percent said …": another report
                return toks.starts[n - 1] if words[n - 1] == "," else toks.ends[n - 1]
        return end

    def named_subject_cue(self, m: int, last: int) -> bool:
        """Does a name (one to three capitalised words) and a stance or cue open at m
        ("Republicans want", "the Kremlin denied")?"""
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
        progressive = i < len(toks.words) and toks.words[i].endswith("ing")
        while j >= floor and (is_aux(toks.words[j]) or progressive and toks.words[j].lower() in PROGRESSIVE
                              or toks.words[j] in ("'s", "’s") and j > 0 and toks.words[j - 1].lower() in PRONOUNS):
            j -= 1   # "has said", "are warning"
        if j > floor and toks.words[j] == ",":
            # "Judge Jane Stranch, in her dissent, said": the subject before the parenthetical
            k = j - 1
            while k >= floor and toks.words[k] != "," and parenthetical_word(toks.words[k]) and j - k <= 25:
                k -= 1
            if k > floor and toks.words[k] == ",":
                head = self.np_before(k, floor)
                if head is not None and self.span_names_someone(head):
                    return (head[0], toks.ends[j - 1])
            return None
        end = j + 1
        while j >= floor and toks.words[j].lower() not in NP_STOP and toks.words[j] not in (",", ".") \
                and end - j <= 20 and toks.words[j].lower() not in CUES and not self.spaced_dash(j):
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
                    and toks.words[k].lower() not in NP_STOP and b - k <= 12:
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
        words = self.toks.words
        j = k - 1
        while j >= first and is_aux(words[j]):
            j -= 1
        if j > first and words[j].lower() in ("who", "which"):
            # ", who said", "the department which reported": the relative pronoun speaks
            # for the noun phrase before it (resolved to it like a "he"), when there is one
            head = self.antecedent_np(j - 1, first) if words[j - 1] == "," else self.last_np(j, first)
            if head is None or not self.plausible_speaker(head):
                return None
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
            s += 2   # "Overall, the fund predicted": a one-word opener is not the subject
        if s <= j and words[s].lower() in LEADING:   # "After the debate, aides said"
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
        if j + 1 < comma:
            return (toks.starts[j + 1], toks.ends[comma - 1])
        head = self.last_np(comma, first)   # "the mayor's critics, who …"
        return head if self.plausible_speaker(head) else None

    def last_np(self, i: int, floor: int) -> tuple[int, int] | None:
        """The noun phrase right before token i from its last article ("They turned to the
        city police department which …": "the city police department")."""
        toks = self.toks
        head = self.np_before(i, floor)
        if head is None:
            return None
        dets = [n for n in range(toks.at(head[0]), i) if toks.words[n].lower() in ("the", "a", "an")]
        return (toks.starts[dets[-1]], head[1]) if dets else head

    def clause_follows(self, j: int, last: int) -> bool:
        """Does a clause open at token j ("she will resign", "it will not")?"""
        words = self.toks.words
        if j + 1 >= last:
            return False
        if words[j].lower() in CLAUSE_OPENERS:
            return words[j + 1].lower() not in (",", ".", "and", "or", "to", "of")
        # "Beijing has decreased …", "the candidate was …": a short subject, then a verb
        low = words[j].lower()
        if not (words[j][:1].isupper() or low in DETERMINERS or (
                low.isalpha() and low not in FUNCTION_WORDS and not low.endswith("ly"))):
            return False
        for n in range(j + 1, min(last, j + 8)):
            if words[n].lower() in VERBISH:
                return True   # "believe bigotry and xenophobia are acceptable"
            if not words[n][:1].isalnum() or words[n].lower() in NP_STOP and words[n].lower() not in ("and", "or"):
                return False
        return False

    def source_like(self, span: tuple[int, int]) -> bool:
        """Is the phrase a document or body that shows things ("a new CNN/ORC poll")?"""
        words = self.text[span[0]:span[1]].split()
        # "a new CNN/ORC poll", "Video of the incident": the last word, or the head before "of"
        heads = words[-1:] + [w for w, nxt in zip(words, words[1:]) if nxt.lower() == "of"][:1]
        return any(h.lower().rstrip("s") in SOURCE_NOUNS for h in heads)

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
            return True   # a name the model missed ("McCain")
        return end - start == 1 and toks.words[start].lower() in PRONOUNS

    def np_after(self, i: int, ceiling: int) -> tuple[int, int] | None:
        """The speaker right after a cue: "said Donald Jensen, a senior advisor ..."."""
        toks = self.toks
        j = i
        while j < ceiling and toks.words[j] not in (",", ".", ";", ":", "“", "”", '"', "—", "''") \
                and toks.words[j].lower() not in AFTER_STOP and j - i < 8:
            j += 1
        return (toks.starts[i], toks.ends[j - 1]) if j > i else None

    def subject(self, first: int, k: int) -> tuple[int, int] | None:
        """The speaker of a participle cue ("…, noting that …"): the sentence's first name."""
        toks = self.toks
        if self.sentence_speaker is not None:
            return self.sentence_speaker    # "…, Putin said, … and by saying …"
        words = toks.words
        end = self.leading_np_end(first, k)
        if first < end < k and words[first].lower() in ("several", "some", "many", "most", "few", "all", "both"):
            # "Several NATO allies have backed … and called …": the quantified subject
            opening = self.np_before(end, first)
            if self.headed_by_speaker(opening):
                return opening
        for wanted in ("PERSON", "ORG"):
            for ms, me, ent in self.mentions:
                if toks.starts[first] <= ms < toks.starts[k] and ent["type"] == wanted \
                        and self.text[me:me + 2] not in ("'s", "’s"):   # not "Holt's question"
                    return (ms, me)
        if first + 1 < k and words[first].isupper() and len(words[first]) > 1 \
                and words[first + 1] in ("-", "—", "–"):
            first += 2   # a dateline: "BRUSSELS - European leaders gathered …"
        if words[first].lower() in LEADING and first + 1 < k and (words[first + 1][:1].isupper()
                                                                   or words[first + 1][:1].isdigit()):
            n = first + 1   # "On September 27 they published …": past the date
            while n < k and (words[n][:1].isupper() or words[n][:1].isdigit() or words[n] == ","):
                n += 1
            if n < k and words[n].lower() in PRONOUNS:
                return (toks.starts[n], toks.ends[n])
        if words[first].lower() in LEADING:   # "At his cookout, the band leader …"
            comma = next((n for n in range(first + 1, k) if words[n] == ","), None)
            if comma is not None and comma + 1 < k:
                found = self.np_before(self.leading_np_end(comma + 1, k), comma + 1)
                if self.headed_by_speaker(found) or self.short_noun_phrase(found):
                    return found
        if words[first].lower().endswith(("ed", "ing")):
            # "Chastened by the analyses, as well as …, the mayor revised his plan, promising
            # …": the subject follows the opening participle's phrase
            for comma in (n for n in range(first + 1, k - 1) if words[n] == ","):
                found = self.np_before(self.leading_np_end(comma + 1, k), comma + 1)
                if self.headed_by_speaker(found):
                    return found
        return self.np_before(self.leading_np_end(first, k), first)

    def leading_np_end(self, first: int, k: int) -> int:
        """End of the noun phrase opening the sentence ("Mayor Ilves", "The mayor")."""
        words = self.toks.words
        j = first
        while j < k:
            low = words[j].lower()
            if words[j][:1].isupper() or low in ("the", "a", "an", "of"):
                j += 1
            elif j > first and low.isalpha() and low not in FUNCTION_WORDS and low not in CUES \
                    and low not in STANCE and not low.endswith("ed") and (
                        words[j - 1].lower() in DETERMINERS or words[j - 1][:1].isupper()):
                j += 1   # "The mayor": a common noun after the article
            else:
                break
        return j


SPEAKER_LEAD = re.compile(
    r"(?:(?:moreover|however|meanwhile|still|also|but|and|so|yet|instead|indeed|now|then|of|in|on|at|"
    r"for|to|by|from|with)\b[\s,]*)+", re.I)
SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|they|we|I)$")


def is_aux(word: str) -> bool:
    """An auxiliary or an adverb between a subject and its verb ("has long said",
    "aggressively attacked", "generally supported")."""
    low = word.lower()
    return low in AUX or word.islower() and len(word) > 4 and low.endswith("ly") and low not in NOT_ADVERBS


def has_verb(words: list[str]) -> bool:
    """Does a would-be speaker phrase hold a finite verb ("he launched Democracy for
    America", "Clinton can't catapult")? A past form after a name or a pronoun counts;
    "the embattled senator", "retired general" do not."""
    for i, w in enumerate(words):
        low = w.lower().strip(",.’'")
        if i and w[:1].isupper() and words[i - 1][:1].isupper():
            continue   # part of a name: "Theresa May", "Will Hurd"
        if low in VERBISH or low.endswith(("n't", "n’t")) or low in ("can", "cannot", "won't"):
            return True
        if i and low.endswith("ed") and len(low) > 4 and low not in NOT_VERB_ED and w.islower() and (
                words[i - 1][:1].isupper() or words[i - 1].lower() in PRONOUNS):
            return True
    return False


def trim_speaker(text: str, s: int, e: int) -> tuple[int, int]:
    """Speaker span without edge punctuation, a leading connective or preposition
    ("Moreover, …", "of Defense"), and just the pronoun when one ends it
    ("After Sunday's massacre in Orlando he")."""
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
