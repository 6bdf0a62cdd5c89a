"""Direct quotes: the attribution around quotation marks.

`“…,” Roos said` / `“…,” said Marko Vujović` after the closing mark, `Roos said: “…”`
before the opening one, a dash and a name signing the quote (`” ― Jane Doe`), and the
person opening the sentence before a quote with no cue of its own.
"""

from __future__ import annotations

import re

from .lexicon_quotes import CUES, PARTICIPLES, SUBORDINATORS, TAIL_PREPS
from .quote_reading import CLOSE, CLOSE_WORDS, PAD, Q, according_to, has_verb
from .quote_reports import Reports

# A dash and a name closing the paragraph after a quote: "” ― Jane A. Doe".
_NAME_WORD = r"(?:[A-Z][\w’'.-]*|de|da|del|van|von|la|le|bin|al)"
_SIGNATURE = re.compile(rf"[^\S\n]*\u2060?[^\S\n]*[―—–][^\S\n]*({_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,4}}?)"
                        r"[^\S\n]*\.?[^\S\n]*(?=\n|\Z)")



class Direct(Reports):
    """Speakers and cues around the quotation marks of one article."""

    def intro_subject(self, qs: int, floor: int) -> tuple[int, int] | None:
        """A person (or he/she) opening the sentence right before a floating quote."""
        toks = self.toks
        i = toks.at(qs)
        if i == 0:
            return None
        ss, _ = toks.sentence(toks.starts[i - 1], self.text)
        if ss < floor or ss >= qs:
            return None
        j = toks.at(ss)
        if toks.words[j].lower() in ("he", "she"):
            return (toks.starts[j], toks.ends[j])
        ent = self.mention_at(toks.starts[j])
        if ent is not None and ent["type"] == "PERSON":
            for ms, me, e in self.mentions:
                if ms == toks.starts[j]:
                    return (ms, me)
        # "Dockers' union president Anna Rebane blasted the plan. / “…”": a person
        # named in the subject, before the sentence's first verb
        limit = toks.starts[min(len(toks.starts) - 1, j + 8)]
        for ms, me, e in self.mentions:
            if ss <= ms < limit and e["type"] == "PERSON" and not self.inside_quote(ms):
                before = self.text[ss:ms].split()
                return (ms, me) if not has_verb(before) and not any(
                    w.strip(",").lower() in CUES for w in before) else None
        return None

    def after(self, qs: int, qe: int) -> Q | None:
        """`“…,” Roos said` or `“…,” said Roos`, in the rest of the sentence."""
        toks, text = self.toks, self.text
        signed = _SIGNATURE.match(text, qe)
        if signed:   # “…” ― Jane Doe (vox pops, epigraphs): the name signs the quote
            return Q(qs, qe, "direct", speaker=signed.span(1))
        i = toks.at(qe)
        n = len(toks.words)
        if i >= n or "\n" in text[qe:toks.starts[i]]:
            return None
        first = i + (toks.words[i] == ",")
        if first < n and toks.words[first].lower() in SUBORDINATORS:
            return None   # "“That is just good business,” when the councillor pressed him": not its attribution
        # a quote closed by a full stop ends its sentence: an attribution must follow at once
        # ("“We will win.” Roos said."), else the next sentence is someone else's
        reach = 4 if text[qs:qe].rstrip(CLOSE + PAD + "' ").endswith(".") else 40
        k = i
        # room for "”, Lina Kõiv, legal director for the Dockers' Rights Union in Pärnu, said"
        while k < min(n, i + reach) and toks.words[k] not in (".", "!", "?", "“", '"', "''"):
            if k > i and "\n" in text[toks.ends[k - 1]:toks.starts[k]]:
                return None
            according = according_to(toks, k)
            if according or self.cue_at(k) or self.speech_verb_after_quote(i, k):
                went_on = toks.words[k] in ("went", "goes") and toks.words[k + 1:k + 2] == ["on"]
                cue_end = k + 2 if according or went_on else k + 1
                if k > i and text[qs:qe].rstrip(CLOSE + PAD + "' ").endswith((".", "!", "?")) and (
                        cue_end < n and toks.words[cue_end] in (":", "that")
                        or self.attribution_tail(k, toks.at(toks.sentence(toks.starts[k], text)[1])) is None):
                    # "“A.” Kask said: “B”", "“A.” Rebane added that …", "“A.” She noted an inspection":
                    # after a closed sentence, only an attribution standing alone is this quote's
                    return None
                if k == i or (k == i + 1 and toks.words[i] in (",", "—")):
                    if toks.words[k].lower().endswith("ing") and not according:
                        return None   # "“A,” adding that …": the speaker is before the quote
                    speaker = self.np_after(cue_end, min(n, cue_end + 12))
                else:
                    speaker = self.np_before(k, i)
                    if speaker is None:
                        # "”, Estonia's foreign minister, Andres Raud, said": all of it
                        a = i
                        while a < k and toks.words[a] in (",", "—") + tuple(CLOSE_WORDS):
                            a += 1
                        span = (toks.starts[a], toks.ends[k - 1]) if a < k else None
                        if span and k - a <= 14 and self.plausible_speaker(span):
                            speaker = span
                if speaker is None:
                    return None
                return Q(qs, qe, "direct", cue=(toks.starts[k], toks.ends[cue_end - 1]),
                          speaker=speaker)
            k += 1
        return None

    def before(self, qs: int, qe: int) -> Q | None:
        """`Roos said: “…”` / `Roos said, “…”`, also across a paragraph break after a colon."""
        toks, text = self.toks, self.text
        i = toks.at(qs)
        if i == 0 or toks.words[i - 1] not in (":", ","):
            return None
        if "\n" in text[toks.ends[i - 1]:qs] and toks.words[i - 1] != ":":
            return None
        sent_start, _ = toks.sentence(toks.starts[i - 1], text)
        floor = toks.at(sent_start)
        if toks.words[i - 1] == ":" and 0 < i - 1 - floor <= 5 and self.names_someone(floor, i - 1) \
                and not any(self.cue_at(k) for k in range(floor, i - 1)):
            return Q(qs, qe, "direct", speaker=(toks.starts[floor], toks.ends[i - 2]))  # "Tamm: “…”"
        for k in range(i - 2, max(floor - 1, i - 20), -1):   # "…, as one newspaper put it, “…”"
            if toks.words[k].lower() == "as":
                put = self.put_it_at(k, floor, toks.at(qe) + 1, sent_start, qe)
                if put is not None and put.start == toks.starts[i]:
                    return Q(qs, qe, "direct", cue=put.cue, speaker=put.speaker)
        # "Vujović told reporters at the quay on Friday, “…”", "X said in a statement: “…”"
        for k in range(i - 2, max(floor - 1, i - 16), -1):
            if k > floor and according_to(toks, k - 1):      # "According to X: “…”"
                return Q(qs, qe, "direct", cue=(toks.starts[k - 1], toks.ends[k]),
                          speaker=(toks.starts[k + 1], toks.ends[i - 2]))
            if self.cue_at(k):
                low = toks.words[k].lower()
                if low in PARTICIPLES and k > floor and toks.words[k - 1][:1].isupper():
                    # "footage of Tamm saying, “…”": the name right before the participle
                    a = k - 1
                    while a > floor and toks.words[a - 1][:1].isupper() and toks.words[a - 1].isalpha():
                        a -= 1
                    speaker = (toks.starts[a], toks.ends[k - 1])
                elif (low in PARTICIPLES or low.endswith("ing")) and k > floor and toks.words[k - 1] == ",":
                    speaker = self.subject(floor, k)   # "The leader waved, singing “…”": the subject
                else:
                    speaker = self.np_before(k, floor)
                if speaker is None and k == floor or toks.words[k][:1].isupper():
                    speaker = self.np_after(k + 1, i - 1)   # "Continued Tamm: “…”"
                elif speaker is None and (low in PARTICIPLES or toks.words[self.skip_aux(k)].lower()
                                          in ("and", "but", "then")):
                    speaker = self.subject(floor, k)   # "He praised them but said, “…”"
                if speaker is None:
                    return None
                c = self.content_start(k, i) if k > toks.at(speaker[1]) - 1 else i
                if c >= i or i - 2 <= max(k, toks.at(speaker[1]) - 1):
                    # "X, Ms. Roos said, “is …”", "…, the governor told reporters, “…”"
                    start = self.subject_before_attribution(floor, speaker, i, qs, qe)
                else:   # "Ilves said that whatever route the pilots take, “…”": from the clause after the cue,
                    # not a place before the quote ("wrote in his book, “…”", "wrote at the Post:¶“…”")
                    start = toks.starts[c] if "\n" not in text[toks.starts[c]:qs] \
                        and toks.words[c].lower() not in TAIL_PREPS else qs
                return Q(start, qe, self.marks_kind(start, qe) if start < qs else "direct",
                         cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
        return None

    def subject_before_attribution(self, floor: int, speaker: tuple[int, int], i: int, qs: int, qe: int) -> int:
        """Where a quote that goes on with its sentence starts: at the sentence's subject
        before a comma and the attribution ("The port's new cranes, Ms. Tamm said, “show
        what long-range thinking buys …”"), else at its opening mark."""
        toks, text = self.toks, self.text
        inner = text[qs + 1:qe].lstrip(" '" + PAD)
        s = toks.at(speaker[0])
        if not inner[:1].islower() or toks.words[i - 1] != "," or s - 1 <= floor + 1 \
                or toks.words[s - 1] != "," or any(self.cue_at(n) or not toks.words[n][:1].isalnum()
                                                   and toks.words[n] not in ("'s", "’s", "-")
                                                   for n in range(floor, s - 1)):
            return qs
        return toks.starts[floor]
