"""Reading a sentence for quotes: tokens, quotation marks, reporting verbs.

The token view and the word readers shared by every pass of `quotes` (attribution
around quotation marks) and `quote_reports` (indirect speech): is this word a reporting
verb here ("said", "called the claims baseless", "called for"), does a clause open at
this word. Where a report ends is read in `quote_ends`, the phrases that name a speaker in
`quote_speakers`, both built on this.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterator

from .lexicon_quotes import (AS_NAMING, AUX, CLAUSE_OPENERS, COMPLEMENTIZERS, CUES, DETERMINERS, DOCUMENTS, EVIDENCE,
                             FUNCTION_WORDS, NAMING, NAMING_STOP, NOT_BEFORE_CUE, NOT_VERB_ED, NOUN_LIKE, NP_STOP,
                             PARTICIPLES, PHRASAL, PRONOUNS, SOURCE_NOUNS, STANCE, TIME_WORDS, VERBISH, WEAK_CUES)
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
# Words before a participle opening the sentence, whose subject follows its comma ("After
# saying …, she", "In defending his record, Tamm …", "Despite challenging the mayor, Tamm …").
OPENING_BEFORE_PARTICIPLE = frozenset("after before while when in by despite besides since upon".split())
# Words before "to" that make the verb after it a stance of the subject ("refused to condemn").
INTENT = frozenset("""first last only ready willing refused refuses declined declines wants wanted plans planned
decided decides vowed vows promised promises agreed agrees sought seeks tried tries hopes hoped continued
continues began begins moved rushed used quick eager reluctant trying continue attempted attempting
appeared appears seemed seems appear seem yet likely unlikely""".split())
# Words that head a document or a finding ("A poll released Sunday showed …").
DOCUMENT_HEADS = frozenset("""poll survey study report analysis research finding data figure footage video
email record document result review audit investigation memo letter filing ad advert advertisement
commercial statement tweet post editorial column op-ed article website page book""".split())
# Words after which "some" or "many" opens a subject ("with many worried that …").
QUANTIFIER_LEADS = frozenset("and but while with as though although whereas yet so".split())
# Objects after which a cue form that is also a plural noun is a verb ("calls it", "notes them").
OBJECT_PRONOUNS = frozenset("it him her them us me".split())
# Forms of "be" before a cue in -ing ("is telling", "He’s claiming").
PROGRESSIVE = ("is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re", "'m", "’m")

# A full stop and a capitalised subject pronoun: a new sentence, whatever the parser said.
_PRONOUN_OPENS = re.compile(r"(?<=\w\.)[^\S\n]+(?=(?:He|She|They|We|It)\s)")


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
            # "… in the U.K. She says …", "… at 7 p.m. She …": a pronoun opening a sentence after
            # an abbreviation the parser read as part of the sentence before
            missed = [m.end() for m in _PRONOUN_OPENS.finditer(text)]
            if missed:
                self.sent_starts = sorted(set(self.sent_starts) | set(missed))
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


def mention_index(entities: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    out = [(s, e, ent) for ent in entities for s, e in ent.get("mentions") or []]
    out.sort(key=lambda x: x[0])
    return out


class Reader:
    """One article's text, tokens, mentions and quotation marks, with the cue readers."""

    def __init__(self, text: str, doc, entities: list[dict[str, Any]]):
        self.text = text
        self.toks = Tokens(text, doc)
        self.mentions = mention_index(entities)
        self.used_cues: set[int] = set()
        self.sentence_speaker: tuple[int, int] | None = None
        self.spans: list[tuple[int, int]] = []
        self.relative_ok = False   # may a stance in a relative clause be read (the pass after reports)?

    def sentence_pieces(self) -> Iterator[tuple[int, int]]:
        """(start, end) of each sentence, split at line breaks (a sentence never spans
        paragraphs)."""
        text = self.text
        # a sentence does not start in lower case after "!”" or "?”": the quote ended, its
        # sentence goes on ("She shouted “Land ahead!” and said …")
        starts = [ss for n, ss in enumerate(self.toks.sent_starts) if n == 0 or not self._goes_on_after_quote(ss)]
        for si, ss in enumerate(starts):
            se = starts[si + 1] if si + 1 < len(starts) else len(text)
            for m in PARA.finditer(text, ss, se):
                yield m.start(), m.end()

    def _goes_on_after_quote(self, ss: int) -> bool:
        """Does the sentence the segmenter opened at ss start in lower case right after "!”"
        or "?”"?"""
        text = self.text
        if not text[ss:ss + 1].islower():
            return False
        j = ss - 1
        while j > 0 and text[j] in " \t":
            j -= 1
        return j > 0 and text[j] in CLOSE and text[j - 1] in "!?"

    def quoted_share(self, start: int, end: int) -> float:
        """Share of the non-space characters of [start, end) inside quotation marks."""
        inside = total = 0
        for a, b in self.spans:
            lo, hi = max(a, start), min(b, end)
            if lo < hi:
                inside += sum(1 for c in self.text[lo:hi] if not c.isspace())
        total = sum(1 for c in self.text[start:end] if not c.isspace())
        return inside / total if total else 0.0

    def marks_kind(self, start: int, end: int) -> str:
        """The kind of [start, end) with quoted words in it: "direct" when most of it is
        inside quotation marks, else "mixed" (a reported clause quoting some words)."""
        return "direct" if self.quoted_share(start, end) >= 0.5 else "mixed"

    def inside_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.spans, (char, len(self.text))) - 1
        return i >= 0 and self.spans[i][0] < char < self.spans[i][1]

    def joined(self, a: int, b: int) -> bool:
        between = self.text[a:b]
        return "\n" not in between and len(between) < 300

    # -- cues ------------------------------------------------------------------

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
            return False   # "Said" opens a sentence or a paragraph ("Stated Tamm: “…”")
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
        if prev == "to" and j >= 2 and not low.endswith(("ed", "ing", "s")) \
                and any(toks.words[n].lower() in ("took", "takes", "take", "taking", "turned", "went", "used", "uses")
                        for n in range(max(0, j - 6), j - 1)):
            return True   # "took to the radio to accuse …", "used the launch of the ferry to say …"
        if prev == "to" and stance and j >= 2 and not low.endswith(("ed", "ing")) and (
                toks.words[j - 1].lower() in INTENT or toks.words[j - 2].lower() in ("first", "last", "only")):
            return True   # "the first member to endorse him", "refused to condemn the attack"
        if prev in ("some", "many") and (low.endswith("ed") or low in ("said", "told", "wrote", "thought")
                                         or not low.endswith(("s", "ing")) and j == k - 1) \
                and (j == 0 or not toks.words[j - 1][:1].isalnum() or toks.words[j - 1].lower() in QUANTIFIER_LEADS):
            # "Some chanted …", "with many worried that …", "Some say …", "while many argue …": the
            # quantifier is the subject (a plural verb; "some reports", "many claims" are nouns)
            return True
        if low.endswith("ing") and j >= 0 and toks.words[j] in ("In", "By"):
            return True   # "In defending his record, Tamm …": a participle opening the sentence
        if prev in NOT_BEFORE_CUE:
            return False
        if prev in ("'s", "’s") and j > 0 and toks.words[j - 1].lower() not in PRONOUNS:
            return False   # "Ms. Kask's show", "the ministry's report": a noun after a possessive
        if low.endswith("ed") and j == k - 1 and prev.rstrip("s") in DOCUMENTS and low not in EVIDENCE \
                and not (k + 1 < len(toks.words) and toks.words[k + 1].lower() == "that") \
                and not (low in NAMING and self.name_then_label(k + 1)):
            return False   # "a message posted Friday", "the letter sent to …": a participle
        if low in NOUN_LIKE:   # "Oksanen calls for", "she notes"; not "the calls", "Western states"
            ent = self.mention_at(toks.starts[j]) if j >= 0 else None
            if nxt in OBJECT_PRONOUNS or nxt == "that" and (prev in SOURCE_NOUNS and not prev.endswith("s")
                                                            or prev == ","):
                return True   # "calls it her instinct", "the report notes that …", "Tamm, an analyst, notes that …"
            if j >= 0 and not prev.endswith("s") and (prev in SOURCE_NOUNS or ROLE_NOUN.fullmatch(prev)) \
                    and low in PHRASAL and nxt in PHRASAL[low]:
                return True   # "Retired port director calls for …": a singular speaker, then the verb
            return prev in PRONOUNS or j >= 0 and (
                ent is not None and ent["type"] in ("PERSON", "ORG", "GPE", "EVENT", "FAC")
                or ent is None and toks.words[j][:1].isupper() and toks.words[j].isalpha())
        return True

    def spaced_dash(self, j: int) -> bool:
        """Is token j a hyphen used as a dash ("familiar - Marko Vujović"), not inside a word?"""
        toks = self.toks
        return toks.words[j] == "-" and 0 < j < len(toks.words) - 1 and toks.starts[j] > toks.ends[j - 1] \
            and toks.starts[j + 1] > toks.ends[j]

    def skip_aux(self, k: int, first: int = 1) -> int:
        """The token before k over adverbs and auxiliaries ("and repeatedly says": "and"),
        going no further back than first - 1."""
        j = k - 1
        while j >= first and is_aux(self.toks.words[j]):
            j -= 1
        return j

    def aux_after(self, n: int, last: int) -> int:
        """The token at or after n over adverbs and auxiliaries ("she has since said": "said"),
        going no further than last; the forward counterpart of `skip_aux`."""
        while n < last and is_aux(self.toks.words[n]):
            n += 1
        return n

    def naming(self, k: int) -> bool:
        """"called the claims baseless", "described the standoff at the locks as grim": a verb of
        naming with an object (not "called for", "called off", "called him back")."""
        words = self.toks.words
        # "a group called Harbour Watch", "His trust, called the Fund,": a participle that names
        prev = words[k - 1] if k else ""
        if words[k].lower() in AS_NAMING and (not any(
                w.lower() == "as" for w in words[k + 2:k + 14] if w not in (",", ".", ";"))
                or k + 1 < len(words) and words[k + 1].lower() in COMPLEMENTIZERS):
            return False   # "cast a vote": only "cast himself as …" names; "see how it goes as …" does not
        return words[k].lower() in NAMING and k + 2 < len(words) and words[k + 1][:1].isalnum() \
            and prev != "," and not (words[k + 1][:1].isupper() and prev.islower() and not is_aux(prev)
                                     and prev not in PRONOUNS and not self.name_then_label(k + 1)) \
            and (words[k + 1].lower() not in NAMING_STOP or self.named_object(k + 1)) and not (
                words[k + 1].lower() in ("the", "a", "an", "this", "that") and words[k + 2].lower() in NAMING_STOP)

    def name_then_label(self, j: int) -> bool:
        """Does a name at j get a label right after it ("called Tamm a quack", "called Ilves
        “reckless”"), which makes the verb before it one of naming, not a participle ("a group
        called Lashkar")?"""
        words = self.toks.words
        n = j
        while n < len(words) and n - j < 3 and words[n][:1].isupper() and words[n].isalpha():
            n += 1
        return n > j and n < len(words) and (words[n].lower() in ("a", "an", "as") or words[n] in ("“", '"', "''"))

    def named_object(self, j: int) -> bool:
        """"call them “rogue operators”", "called him a liar": a pronoun object with a name or a
        description after it (not "called him back", "called them on Monday")."""
        words = self.toks.words
        if words[j].lower() not in ("him", "her", "them", "it", "me", "us", "you", "his", "their", "its") \
                or j + 1 >= len(words):
            return False
        nxt = words[j + 1]
        if words[j].lower() in ("her", "his", "their", "its") and nxt.isalpha() and nxt.islower() \
                and nxt not in ("back", "up", "on", "off", "out", "in", "again", "for", "to", "at", "about"):
            return True   # "called his vote an error": a possessive, then the thing named
        return nxt in ("“", '"', "''") or nxt.lower() in ("a", "an", "the", "one", "his", "her", "their") \
            or nxt.lower() not in NAMING_STOP and nxt.lower() not in TIME_WORDS and nxt.isalpha() \
            and nxt.lower() not in FUNCTION_WORDS and nxt.lower() not in ("back", "again", "later", "today")

    def phrasal(self, k: int) -> bool:
        return self.particle(k) is not None

    def particle(self, k: int) -> int | None:
        """The particle of a phrasal cue at k ("called for"), over adverbs and "out" ("spoke
        briefly about", "spoke out hard against") and, after verbs of talking, a hearer
        ("talking to voters about"); None when there is none."""
        words = self.toks.words
        low = words[k].lower()
        wanted = PHRASAL.get(low, ())
        if not wanted:
            return None
        j = k + 1
        while j < len(words) and j - k <= 3 and (words[j].lower() not in wanted or on_a_day(words, j)) and (
                is_aux(words[j]) or words[j].lower() in ("out", "up", "again", "candidly", "at", "length")
                or words[j].lower() in TIME_WORDS or on_a_day(words, j)):   # "ruled Monday against …"
            j += 1
        asked = low.startswith("ask") and j < len(words) and words[j].lower() not in wanted
        if asked:
            j -= 1   # "asked the mayor about the delays": the hearer before "about"
        if asked or low.startswith(("talk", "spok", "speak")) and j < len(words) and words[j].lower() in ("to", "with"):
            n = j + 1   # "talking to voters about", "spoke with reporters about", "asked the mayor about"
            while n < len(words) and n - j <= 4 and words[n].lower() != "about" and words[n][:1].isalnum() \
                    and words[n].lower() not in NP_STOP:
                n += 1
            return n if n < len(words) and words[n].lower() == "about" else None
        return j if j < len(words) and words[j].lower() in wanted else None

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

    def clause_follows(self, j: int, last: int) -> bool:
        """Does a clause open at token j ("she will resign", "it will not")?"""
        words = self.toks.words
        if j + 1 >= last:
            return False
        if words[j].lower() in CLAUSE_OPENERS:
            return words[j + 1].lower() not in (",", ".", "and", "or", "to", "of")
        # "Riga has lowered …", "the skipper was …": a short subject, then a verb
        low = words[j].lower()
        if not (words[j][:1].isupper() or low in DETERMINERS or (
                low.isalpha() and low not in FUNCTION_WORDS and not low.endswith("ly"))):
            return False
        for n in range(j + 1, min(last, j + 8)):
            if words[n].lower() in VERBISH:
                return True   # "believe harbour charges and levies are unfair"
            if not words[n][:1].isalnum() and words[n] not in ("'s", "’s") \
                    or words[n].lower() in NP_STOP and words[n].lower() not in ("and", "or"):
                return False   # (a possessive goes on: "thinks Reed's lead is …")
        return False

    def source_like(self, span: tuple[int, int]) -> bool:
        """Is the phrase a document or body that shows things ("a new Baltic Wire poll")?"""
        words = self.text[span[0]:span[1]].split()
        # "a new Baltic Wire poll", "Video of the collision": the last word, or the head before "of";
        # "A Harbour Post poll out Monday", "Surveys of passengers taken as they boarded": a document
        # word anywhere before a participle or a time
        heads = words[-1:] + [w for w, nxt in zip(words, words[1:]) if nxt.lower() == "of"][:1]
        return any(h.lower().rstrip("s") in SOURCE_NOUNS or h.lower().endswith("ies") and h.lower()[:-3] + "y"
                   in SOURCE_NOUNS for h in heads) or any(
            w.lower().strip(",").rstrip("s") in DOCUMENT_HEADS for w in words[:6])

    def word_before(self, k: int) -> str:
        """The token before k, over closing quotation marks ("“Dangerous,” warning")."""
        words = self.toks.words
        b = k - 1
        while b > 0 and words[b] in CLOSE_WORDS:
            b -= 1
        return words[b] if b >= 0 else ""


def is_aux(word: str) -> bool:
    """An auxiliary or an adverb between a subject and its verb ("has long said",
    "aggressively attacked", "generally supported")."""
    low = word.lower().replace("’", "'")   # "don’t" is tokenised "do" + "n’t"
    return low in AUX or word.islower() and len(word) > 4 and low.endswith("ly") and low not in NOT_ADVERBS



def on_a_day(words: list[str], j: int) -> bool:
    """Is token j the "on" of a day ("agreed on Friday to …", "agreed on Sunday on the
    outline"), not a phrasal particle ("agreed on a ceiling")?"""
    return j + 1 < len(words) and words[j].lower() == "on" and words[j + 1].lower() in TIME_WORDS


def has_verb(words: list[str]) -> bool:
    """Does a would-be speaker phrase hold a finite verb ("he launched Ports for
    People", "Roos can't rescue")? A past form after a name or a pronoun counts;
    "the embattled senator", "retired general" do not."""
    return verb_at(words) is not None


def verb_at(words: list[str], between: bool = False) -> int | None:
    """The index of the first finite verb in a would-be speaker phrase (see `has_verb`);
    with `between`, also a word between two noun phrases ("The two skippers spent the inquiry")."""
    for i, w in enumerate(words):
        low = w.lower().strip(",.’'")
        if i and w[:1].isupper() and words[i - 1][:1].isupper():
            continue   # part of a name: "Kadri May", "Will Tamm"
        if low in VERBISH or low.endswith(("n't", "n’t")) or low in ("can", "cannot", "won't"):
            return i
        if i and low.endswith("ed") and len(low) > 4 and low not in NOT_VERB_ED and w.islower() and (
                words[i - 1][:1].isupper() or words[i - 1].lower() in PRONOUNS):
            return i
        if between and 0 < i < len(words) - 1 and w.isalpha() and w.islower() and low not in FUNCTION_WORDS \
                and low not in NOT_BETWEEN and not low.endswith("ly") and words[i + 1].lower() in OBJECT_DETS \
                and words[i - 1].lower() not in FUNCTION_WORDS and words[i - 1].lower() not in NOT_BETWEEN:
            return i   # "The two skippers spent the inquiry": a word between two noun phrases is their verb
    return None


# Determiners opening a second noun phrase after a verb, and the words that stand before a
# determiner inside one noun phrase ("all the members", "half a dozen", "such a group").
OBJECT_DETS = frozenset("the a an his her their its this these those each".split())
NOT_BETWEEN = frozenset("all both half such what quite rather many".split())
