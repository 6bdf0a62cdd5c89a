"""Resolving a speaker to the article's entities: a name through its mention, a title
that refers back, a pronoun to the person opening its sentence or the last one quoted,
a relative "who" to the name it hangs on; running quotes keep their first speaker.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .lexicon_quotes import PRONOUNS
from .quote_reading import Q
from .quote_people import plural_people
from .quote_speakers import Speakers, trim_speaker


# Words after which a name inside a speaker phrase is not who speaks: the place or body
# a preposition attaches to the head ("officials in Riga", "the embassy in Tallinn",
# "the mayor of Pärnu", "whose party opposed the levy on trawlers"), or the last of a coordination ("Finland and Latvia"), which
# speaks only with the rest of the phrase.
MODIFYING = frozenset("in at from near inside outside across of on against about over into and or".split())

# A word right before a name that tells the person's sex ("her son, Ivo,", "Mrs. Kask"):
# a "she" is not the son. Most names tell nothing, and nothing is guessed from them.
_MALE = re.compile(r"\b(?:son|husband|brother|father|grandfather|grandson|nephew|uncle|boyfriend|Mr\.?|Sir)\W{0,3}$",
                   re.I)
_FEMALE = re.compile(r"\b(?:daughter|wife|sister|mother|grandmother|granddaughter|niece|aunt|girlfriend|Mrs\.?|Ms\.?|"
                     r"Miss|Dame)\W{0,3}$", re.I)
_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

# How far into the sentence before a pronoun's own its subject may be named ("Estonia's
# Defence Minister Kaja Roos, …, went further. …, she said").
OPENING = 60


class Resolution(Speakers):
    """Speaker resolution (mixed into the quote finder)."""

    def resolve(self, q: Q, quotes: list[Q]) -> dict[str, Any]:
        text = self.text
        speaker: dict[str, Any] = {"name": None, "entity": None, "start": None, "end": None}
        if q.speaker is not None:
            s, e = trim_speaker(text, *q.speaker)
            if s < e:
                speaker.update(start=s, end=e, name=text[s:e])
                if q.follows is not None:
                    ent = q.follows.entity   # running quote: the earlier attribution's speaker
                else:
                    ent = self.entity_in(s, e)
                    word = text[s:e].lower()
                    if ent is None and word in PRONOUNS and word not in ("i", "we", "you"):
                        ent = self.antecedent(s, PRONOUNS[word], quotes, q, _SEX.get(word))   # "I" is the writer
                        if ent is None:   # "…,” said a ferry pilot. He said …": the pilot, unnamed
                            speaker.update(name=self.unnamed_before(s, word, quotes, q) or text[s:e])
                    if word in ("who", "which"):   # "Dockers, who have questioned …"
                        t = self.toks.at(s)
                        floor = self.toks.at(self.toks.sentence(s, text)[0])
                        head = None if t <= floor else self.antecedent_np(t - 1, floor) \
                            if self.toks.words[t - 1] == "," else self.last_np(t, floor)
                        if head is not None:
                            ent = self.entity_in(*head)
                            speaker.update(name=text[head[0]:head[1]])
                if ent is not None:
                    q.entity = ent
                    speaker.update(entity=ent["id"], name=ent["name"])
                    if q.follows is not None:   # the speaker's latest mention before the quote
                        latest = [(ms, me) for ms, me, m in self.mentions
                                  if m is ent and e <= ms and me <= q.start and not self.inside_quote(ms)]
                        if latest:
                            speaker.update(start=latest[-1][0], end=latest[-1][1])
        cue = text[q.cue[0]:q.cue[1]] if q.cue else None
        return {"text": text[q.start:q.end], "start": q.start, "end": q.end, "kind": q.kind,
                "speaker": speaker, "cue": cue}

    def unnamed_before(self, pos: int, word: str, quotes: list[Q], q: Q) -> str | None:
        """The description of the speaker quoted last before pos when nobody named was
        ("a ferry pilot at a Baltic port" for a "he", "Analysts" for a "they"), else None."""
        if word not in ("he", "she", "they"):
            return None
        latest = self.quoted_before(pos, quotes, q)
        if latest is None or pos - latest.end >= 1500 or latest.entity is not None:
            return None
        s, e = trim_speaker(self.text, *latest.speaker)
        name = self.text[s:e]
        if not name or name.lower() in PRONOUNS or name.lower() in ("who", "which"):
            return None
        plural = plural_people(name.split()[-1])
        return name if plural == (word == "they") else None

    @staticmethod
    def quoted_before(pos: int, quotes: list[Q], q: Q) -> Q | None:
        """The last quote other than q, opening before pos, that has a speaker."""
        return next((p for p in reversed(quotes) if p.start < pos and p is not q and p.speaker is not None), None)

    def entity_in(self, s: int, e: int) -> dict[str, Any] | None:
        """The entity heading a speaker phrase: a person inside it, a name at its end, or
        the name it opens with before a comma."""
        inside = [(ms, me, ent) for ms, me, ent in self.mentions if ms < e and s < me
                  and ent["type"] != "NORP"]
        text = self.text

        def related(m) -> bool:   # "friends of Mr. Saar", "Saar's aides": someone else
            before = text[s:m[0]].split()[-1:]
            possessive = text[:m[1]].endswith(("'s", "’s")) or text[m[1]:m[1] + 2] in ("'s", "’s")
            return m[2]["type"] == "PERSON" and (
                before in (["of"], ["for"], ["to"], ["with"]) or possessive and m[1] < e - 3)

        def modifier(m) -> bool:   # "pilots in Klaipeda", "Estonia and Finland"
            before = [w.lower() for w in text[s:m[0]].split() if w.lower() != "the"][-1:]
            return bool(before) and before[0] in MODIFYING

        inside = [m for m in inside if not related(m) and not modifier(m)]
        people = [m for m in inside if m[2]["type"] == "PERSON"]
        if people:
            return people[-1][2]   # "port spokeswoman Kaja Roos": the name is last
        heads = [m for m in inside if m[1] >= e - 1]
        if heads:
            return heads[-1][2]
        # "Latvia, which abstained, said …", "Lithuania, a holdout, said …": the name the
        # phrase opens with, before its appositive or relative clause
        opening = [m for m in inside if m[0] <= s and text[m[1]:m[1] + 1] == ","]
        return opening[0][2] if opening else None

    def sex_of(self, ent: dict[str, Any]) -> str | None:
        """"m" or "f" when a word right before one of the person's mentions tells ("her son,
        Ivo,", "Mrs. Kask"), else None (also when the words disagree)."""
        sexes = self.__dict__.setdefault("_sexes", {})
        if id(ent) not in sexes:
            found = set()
            for ms, _, e in self.mentions:
                if e is ent:
                    before = self.text[max(0, ms - 16):ms]
                    found |= {"m"} if _MALE.search(before) else {"f"} if _FEMALE.search(before) else set()
            sexes[id(ent)] = found.pop() if len(found) == 1 else None
        return sexes[id(ent)]

    def antecedent(self, pos: int, typ: str | None, quotes: list[Q], q: Q,
                   sex: str | None = None) -> dict[str, Any] | None:
        """A pronoun's entity: the person opening its own sentence ("Vujović criticised the
        levy, which he called …"), else the last person quoted nearby, else the last one
        mentioned; never a person the text shows is of the other sex than the pronoun's
        ("Her son, Ivo, … she said" is not Ivo)."""
        toks = self.toks
        ss, _ = toks.sentence(pos, self.text)

        def fits(ent: dict[str, Any]) -> bool:
            return sex is None or ent["type"] != "PERSON" or self.sex_of(ent) in (None, sex)

        if typ == "PERSON":
            for ms, me, ent in self.mentions:
                if ss <= ms and me <= pos and ent["type"] == "PERSON" and not self.inside_quote(ms) \
                        and not self.text[me:me + 2] in ("'s", "’s") and fits(ent):
                    return ent
                if ms >= pos:
                    break
        latest = self.quoted_before(pos, quotes, q)
        if latest is not None and latest.speaker[0] >= ss and latest.follows is None \
                and (latest.entity is None or fits(latest.entity)):
            return latest.entity   # "X said … but repeated what he called …": X, named or not
        if typ == "PERSON":
            # "Saar did not concede. Speaking at …, he said": the person opening the
            # sentence of the quote, or the one before, over whoever was quoted last
            at = min(pos, q.start)
            i = bisect.bisect_right(toks.sent_starts, at) - 1
            for si in (i, i - 1):
                if si < 0:
                    break
                ps = toks.sent_starts[si]
                pe = min(at, toks.sent_starts[si + 1] if si + 1 < len(toks.sent_starts) else at, ps + OPENING)
                for ms, me, ent in self.mentions:
                    if ms >= pe:
                        break
                    if ps <= ms and ent["type"] == "PERSON" and not self.inside_quote(ms) \
                            and self.text[me:me + 2] not in ("'s", "’s") and fits(ent):
                        return ent
        for prev in reversed([p for p in quotes if p.start < pos and p is not q]):
            if pos - prev.end >= 1500:
                break
            if prev.entity is None and prev.speaker is not None and prev.follows is None:
                return None   # "…,” said a ferry pilot. He said …": someone unnamed, not an older name
            if prev.entity is not None and (typ is None or prev.entity["type"] == typ) and fits(prev.entity):
                return prev.entity
        # else the subject (first person named) of the nearest sentence before that names one
        i = bisect.bisect_right(toks.sent_starts, pos) - 1
        for si in range(i, max(-1, i - 6), -1):
            ss = toks.sent_starts[si]
            se = min(pos, toks.sent_starts[si + 1]) if si + 1 < len(toks.sent_starts) else pos
            for ms, me, ent in self.mentions:
                if ss <= ms and me <= se and (typ is None or ent["type"] == typ) \
                        and ent["type"] in ("PERSON", "ORG") and not self.inside_quote(ms) and fits(ent):
                    return ent
        return None
