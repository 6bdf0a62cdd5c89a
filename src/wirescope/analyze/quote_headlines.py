"""Headlines in title case: `Roos Says Ports Will Stay Open`, `Ports Will Stay Open, Roos Says`.

A headline capitalises its verbs, so the cue readers of the body (which take a
capitalised "Says" for a name) do not see them; here a line in title case is read on
its own: a present-tense verb of speech or stance after a short name, or after a comma
closing the headline.
"""

from __future__ import annotations

from .lexicon_quotes import CUES, NOMINAL, PHRASAL, STANCE, VERBISH
from .quote_reading import PARA, Q
from .quote_statements import Statements

# Headline verbs of stance the body lists do not hold ("Rips", "Hits", "Backs").
HEADLINE_VERBS = frozenset("rips hits backs knocks targets seeks sees eyes pans hails mocks shares".split())
# Verbs of talking that speak in a headline without their particle ("Kask Speaks 'Plainly …'").
TALKING = ("speak", "talk", "tweet", "brag", "boast", "complain", "joke", "rant", "blog")


def title_case(words: list[str]) -> bool:
    """Are most longer words of the line capitalised, as in a headline?"""
    long = [w for w in words if len(w) > 3 and w.isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


class Headlines(Statements):
    """The reader of headline attributions (mixed into the belief pass)."""

    def headlines(self, taken: list[Q]) -> list[Q]:
        toks, text = self.toks, self.text
        out: list[Q] = []
        for m in PARA.finditer(text):
            ps, pe = m.start(), m.end()
            first, last = toks.at(ps), toks.at(pe)
            while last > first and toks.words[last - 1] in (".", "!", "?"):
                last -= 1
            if not 4 <= last - first <= 20 or any(q.start < pe and ps < q.end for q in taken) \
                    or not title_case(toks.words[first:last]):
                continue
            q = self.headline_at(first, last)
            if q is not None:
                out.append(q)
        return out

    def headline_at(self, first: int, last: int) -> Q | None:
        toks, words = self.toks, self.toks.words
        opening = next((n for n in range(first + 1, last) if words[n] == ","), None) \
            if words[first].lower().endswith("ing") else None
        if opening is not None:
            first = opening + 1   # "Taking Aim At The Board, Kask Vows …": the headline after the participle
        for k in range(first + 1, last):
            low = words[k].lower()
            # "Lawmakers Rip …", "Parents Share …": a plural subject takes the verb's base form
            plural = words[k - 1][:1].isupper() and words[k - 1].lower().endswith("s") \
                and not words[k - 1].lower().endswith(("ss", "us", "is")) and (
                low in CUES or low in STANCE or low + "s" in HEADLINE_VERBS) and not low.endswith("s")
            verb = low in CUES or low in STANCE or low in HEADLINE_VERBS or self.phrasal(k) \
                or low in PHRASAL and low.startswith(TALKING)
            if not (plural or low.endswith("s") and verb) \
                    or self.inside_quote(toks.starts[k]):
                continue   # "Rules" without "against" is a noun ("Berth Fee Rules Face Test")
            cue = (toks.starts[k], toks.ends[k])
            comma = next((n for n in range(k - 1, first, -1) if words[n] == ","), None)
            if comma is not None and k == last - 1:
                # "Ports Will Stay Open, Roos Says": the speaker between the comma and the verb
                speaker = (toks.starts[comma + 1], toks.ends[k - 1])
                if comma + 1 < k and self.headed_by_speaker(speaker):
                    return Q(toks.starts[first], toks.starts[comma], "indirect", cue=cue, speaker=speaker)
                return None
            if comma is not None or k - first > 6 or last - k < 2:
                return None
            speaker = (toks.starts[first], toks.ends[k - 1])
            if not self.headed_by_speaker(speaker):
                return None
            j = k + 1 + (words[k + 1].lower() in PHRASAL.get(low, ()))
            if j >= last:
                return None
            if words[k + 1].lower() in NOMINAL.get(low, ()) and any(w.lower() in VERBISH for w in words[k + 2:last]):
                return None   # "Harbour Plans For Winter Are Ready": a noun before the verb
            return Q(toks.starts[j], toks.ends[last - 1], "indirect", cue=(cue[0], toks.ends[j - 1]), speaker=speaker)
        return None
