"""Indirect and mixed speech: reports outside quotation marks.

`Saar said (that) CLAUSE`, `CLAUSE, a port official said`, `X, officials said, …`,
opinions with a clause ("believes the board has …") and stances with their object
("criticized X", "called for Y", read in `quote_stances`); the reports without a verb (`according to X`,
"Roos's call for a levy", "Lepp: Don't Sign …", "In a new poll, …") are read in
`quote_statements`; the shape of an attribution ("CLAUSE, X said, …") in
`quote_attributions`, where the content of a report begins in `quote_content`. A report with quoted words in it is *mixed*, or *direct* when the
quoted words are most of it.
"""

from __future__ import annotations

import re

from .lexicon_quotes import (BARE_CUES, COGNITION, COMPLEMENTIZERS, CUES, DETERMINERS, DISCOURSE, EVIDENCE, INVERTING, IRREGULAR_PAST,
                             LEADING, NAMING, NOMINAL, NOT_VERB_ED, OBJECT_CUES, OPINION, PARTICIPLES, PRONOUNS, STANCE,
                             SUBORDINATORS, TAIL_CLAUSES, TAIL_PREPS, TIME_WORDS, VERBISH)
from .quote_attributions import ASKING
from .quote_content import Content
from .quote_headlines import title_case
from .quote_reading import (CLOSE, CLOSE_WORDS, INTENT, OPENING_BEFORE_PARTICIPLE, PAD, Q, according_to, clause_end,
                            has_marks, has_verb, is_aux, on_a_day)


# Verbs of speech that take "yes", "no" or "that" for what was said ("said no").
SPOKEN = frozenset("said says say told tells answered answers replied replies".split())

# Conjunctions opening a clause that frames a report rather than its telling ("When she
# hires, she said she …"); "after", "during" and times frame the telling.
FRAMING = frozenset("when whenever if because although though while unless whereas once".split())


def _titled(text: str) -> bool:
    """Are the quoted words of `text` a title: every word of more than three letters
    capitalised ("“Morning Joe.”", "“Meet the Press”")?"""
    quoted = re.findall(r"[“\"]([^“”\"]*)[”\"]?", text.replace("''", '"'))
    words = [w for part in quoted for w in re.findall(r"[A-Za-z][\w’'-]*", part)]
    return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)


def _verb_opens(words: list[str]) -> bool:
    """Do the words after a conjunction open a verb phrase ("stopped short", "also said", "did
    not"), not a phrase the report goes on with ("also hungry for …", "the mayor's plan")?"""
    for w in words:
        low = w.lower().strip(",.;")
        if is_aux(w) and low not in VERBISH:
            continue   # "also", "later"
        return low in VERBISH or low in CUES or low in STANCE or low.endswith("ed") and low not in NOT_VERB_ED \
            or low in IRREGULAR_PAST
    return False


class Reports(Content):
    """The indirect-speech pass (mixed into the quote finder)."""

    # -- indirect and mixed speech ----------------------------------------------

    def indirect(self, taken: list[Q]) -> list[Q]:
        text = self.text
        out: list[Q] = []
        for ps, pe in self.sentence_pieces():
            while pe > ps and text[pe - 1] in " '\"“\u2060":
                pe -= 1   # the opening mark of the next sentence's quote
            start = ps
            self.sentence_speaker = None
            inside = [q for q in taken if q.start < pe and ps < q.end]
            if inside:
                out += self.before_first_quote(ps, inside)
                # “…,” Roos said, warning that …: the reports after the last quote and
                # its attribution continue its speaker
                last = max(inside, key=lambda q: q.end)
                start = max(last.end, last.cue[1] if last.cue else 0,
                            last.speaker[1] if last.speaker and last.speaker[0] > last.end else 0)
                if last.end >= pe or len(text[start:pe].split()) < 4:
                    continue
                self.sentence_speaker = last.speaker
            while start < pe:
                q = self.indirect_in(start, pe)
                if q is None:
                    break
                self.sentence_speaker = q.speaker
                start = max(q.end, q.cue[1] if q.cue else q.end) + 1
                for a, b in self.spans:     # a clause ending inside a quote ends with it
                    if a < q.end < b:
                        q.end = b
                self.end_at_closed_quote(q)
                if has_marks(text[q.start:q.end]):
                    # mostly the speaker's own words: direct; a reported clause
                    # with quoted words in it: mixed
                    q.kind = self.marks_kind(q.start, q.end)
                if self.says_something(q):
                    out.append(q)
        return out

    def indirect_in(self, ss: int, se: int) -> Q | None:
        toks, text = self.toks, self.text
        first, last = toks.at(ss), toks.at(se)
        if first >= last:
            return None   # no word in it: a line of carriage returns or spaces
        words = toks.words
        end = clause_end(text, ss, se)
        marked = has_marks(text[ss:se])
        if self.sentence_speaker is None:
            q = self.colon_statement(first, last, end) or self.question_put(first, last)
            if q is not None:
                return q
        closing = self.closing_according(first, last)
        if closing is not None:
            # "X criticized the fees and said …, according to two aides": all of it is the aides'
            return self.according_at(closing, first, last, ss, end)
        for k in range(first, last):
            if words[k].lower() in NOMINAL and toks.starts[k] not in self.used_cues \
                    and not self.inside_quote(toks.starts[k]):
                q = self.nominal_at(k, first, last, end)
                if q is not None and not self.attributed_at_end(k, first, last):
                    return q   # "The feeling that … has shifted, said Kask.": all of it is Kask's
            if words[k].lower() == "as" and not self.inside_quote(toks.starts[k]):
                q = self.put_it_at(k, first, last, ss, end)
                if q is not None:
                    return q
            if words[k].lower() == "by" and not self.inside_quote(toks.starts[k]):
                q = self.by_estimate_at(k, first, last, ss, end)
                if q is not None:
                    return q
            if according_to(toks, k):
                if k == first or self.word_before(k) in (",", "—", "–") or self.spaced_dash(k - 1) \
                        or self.according_closes(k, first, last):
                    return self.according_at(k, first, last, ss, end)
                continue
            if self.inside_quote(toks.starts[k]):
                continue   # "I think …" inside someone's quote is their quote
            if toks.starts[k] in self.used_cues or not self.cue_at(
                    k, weak=marked or words[k].lower() in OPINION and k + 1 < last and (
                        words[min(last - 1, self.content_start(k, last))].lower() == "that"
                        or self.clause_follows(k + 1, last)),
                    stance=True):
                continue
            if words[k].lower() not in CUES or self.phrasal(k) or self.naming(k) and not marked:
                q = self.stance_at(k, first, last, end)
                if q is not None and not self.attributed_at_end(k, first, last):
                    return q
                continue
            if (words[k].lower() in EVIDENCE or words[k].lower() in COGNITION) \
                    and self.attributed_at_end(k, first, last):
                continue   # "Initial surveys show that …, Ilves said.": all of it is Ilves's
            if self.says_nothing(k, k + 1, first, last):
                continue
            q = self.report_at(k, first, last, ss, end, marked)
            if q is None and words[k].lower() in EVIDENCE:
                q = self.stance_at(k, first, last, end)   # "polls have shown the mayor's lead eroding"
            if q is not None:
                return q
        if self.sentence_speaker is None:
            return self.framed_by_source(first, last, end) or self.poll_at_end(first, last, end) \
                or self.no_comment(first, last)
        return None

    def closing_according(self, first: int, last: int) -> int | None:
        """The "according" of ", according to X." closing the sentence after a clause with a
        verb, when a cue stands before it: the source owns the whole clause, reports in it
        included ("The mayor told the board the pier was unsafe, according to two members who
        were there")."""
        toks, words = self.toks, self.toks.words
        for k in range(last - 3, first + 3, -1):
            if not according_to(toks, k):
                continue
            if words[k - 1] != "," or self.inside_quote(toks.starts[k]):
                return None
            speaker = self.np_after(k + 2, last)
            after = toks.at(speaker[1]) if speaker is not None else last
            if speaker is None or after < last and words[after] not in (".", "!", "?", "who", "which") \
                    or not self.headed_by_speaker(speaker) or not has_verb(words[first:k - 1]):
                return None
            if not any(self.cue_at(n, stance=True) and not self.inside_quote(toks.starts[n])
                       for n in range(first, k - 1)):
                return None   # no other cue: the loop reads it as it comes
            return k
        return None

    def says_something(self, q: Q) -> bool:
        """Is the content a statement rather than a leftover: not empty (leading punctuation
        is trimmed), not a bare phrase of place or time after a speech verb ("said at a
        Tallinn reception this week")?"""
        while q.start < q.end and self.text[q.start] in " ,;:)":
            q.start += 1   # "After the audit[, Vujović has painted …": from the clause
        words = self.text[q.start:q.end].split()
        if not words:
            return False
        first = words[0].lower()
        if first in ("is", "was", "are", "were"):
            return False   # "Everything the board says is spin": the cue sits in the subject
        cue = self.text[q.cue[0]:q.cue[1]].lower() if q.cue else ""
        if (first in TAIL_PREPS and cue in CUES and cue not in STANCE and not (first == "to" and cue in OBJECT_CUES)
                and not (first == "for" and cue in ASKING)
                or first == "by") \
                and not has_verb(words) and not any(w.lower().endswith("ed") for w in words) \
                and not (has_marks(self.text[q.start:q.end]) and not _titled(self.text[q.start:q.end])):
            return False   # "said on Harbour TV's “Morning Watch.”": a place, and a title in it
        return True

    def before_first_quote(self, ps: int, inside: list[Q]) -> list[Q]:
        """Reports in a sentence before its first quote and that quote's attribution
        ("She said fathers would not be eligible, and when pressed, she replied, “…”")."""
        first = min(inside, key=lambda q: q.start)
        # the speaker counts when it stands by the cue ("she replied"), not when it is the
        # subject read for a participle far before it ("Roos attacked X …, saying, “…”")
        near = first.speaker is not None and first.cue is not None and \
            len(self.text[first.speaker[1]:first.cue[0]].split()) <= 3
        stop = min([first.start] + [span[0] for span in (first.cue, first.speaker if near else None)
                                    if span is not None and span[0] >= ps])
        if len(self.text[ps:stop].split()) < 6:
            return []
        q = self.indirect_in(ps, stop)
        if q is None and near and first.speaker[0] == stop:
            # "Promising that …, Kask said that …, “…”": an opening participle's subject is the
            # quote's speaker, after the comma
            q = self.indirect_in(ps, first.speaker[1])
        if q is None or q.end > stop or any(t.start < q.end and q.start < t.end for t in inside):
            return []
        if has_marks(self.text[q.start:q.end]):
            # "Tamm said the tender could be “rough,” adding, “…”": quoted words of its own
            q.kind = self.marks_kind(q.start, q.end)
        # "…, and when pressed, she replied": the words leading to the next attribution
        m = None
        for m in re.finditer(r",\s+(?:and|but)\s", self.text[q.start:q.end]):
            pass
        if m is not None and len(self.text[q.start + m.end():q.end].split()) <= 4:
            q.end = q.start + m.start()
        return [q]

    def end_at_closed_quote(self, q: Q) -> None:
        """End a report at its last quoted words when they close their clause inside the
        marks and a conjunction follows ("described the collision as a “grim night for the port,”
        but stopped short …") or a time phrase follows them ("slammed him as a “menace”
        Tuesday on …")."""
        text = self.text
        for a, b in reversed(self.spans):
            if b >= q.end or a < q.start:
                continue
            inner = text[a:b].rstrip(CLOSE + PAD + "'")
            after = text[b:q.end].split()
            if after and (inner[-1:] in ",.!?" and after[0].lower() in ("but", "and", "though", "although")
                          and _verb_opens(after[1:4])
                          or inner[-1:] in "!?" and after[0].lower() in SUBORDINATORS   # "“…!” as the mayor left"
                          or after[0].lower().strip(",.") in TIME_WORDS):
                q.end = b
            return

    def report_at(self, k: int, first: int, last: int, ss: int, end: int, marked: bool) -> Q | None:
        """The report a reporting verb at k makes: `CLAUSE, X said`, `X, officials said, …`,
        `X said (that) CLAUSE`, `X told reporters …`; None when it makes none."""
        toks, words = self.toks, self.toks.words
        w = words[k].lower()
        participle = w in PARTICIPLES or w.endswith("ing") and w in CUES   # "saying", "singing"
        if participle and first < k and all(is_aux(words[n]) for n in range(first, k)):
            first = k   # "…, even suggesting …" goes on like "…, suggesting …"
        if participle and (k == first + 1 and words[first].lower() in OPENING_BEFORE_PARTICIPLE
                           or k == first and words[k][:1].isupper()):
            return self.opening_participle(k, last)   # "Claiming the vote was rigged, Tamm …"
        comma = self.comma_before_speaker(k, first)
        if comma is not None and self.subject_with_relative(first, comma, k):
            comma = None   # "Anna Rebane, of Tartu, who watched the launch, said the event …": its subject
        if comma is not None and comma + 1 < k and words[comma + 1].lower() in ("and", "but", "or", "so", "yet"):
            comma = None   # "A, and the mayor has vowed to keep going": a clause of its own, not "A, X said"
        tail = self.attribution_tail(k, last) if comma is not None else None
        if tail is not None and (comma - first >= 4 or comma > first and (
                tail >= last or words[tail] in (".", "!", "?")) and words[first].lower() not in LEADING):
            # "CLAUSE, Saar said (on Monday)." / "CLAUSE, said Saar." / "Sorry, Kask said."
            c2 = comma + 1
            while c2 < k and words[c2] in CLOSE_WORDS:
                c2 += 1
            speaker = self.np_before(k, c2) if c2 < k else self.np_after(k + 1, last)
            if c2 >= k and self.name_and_appositive(first, comma):
                speaker = None   # "Roffman, a securities analyst, recalled numerous calls": a subject, not a clause
            if speaker is None and c2 < k <= c2 + 10 and not any(not words[n][:1].isalnum() for n in range(c2, k)) \
                    and self.source_like((toks.starts[c2], toks.ends[k - 1])):
                speaker = (toks.starts[c2], toks.ends[k - 1])   # "…, a Harbour Post analysis of port records shows."
            closing = (tail >= last or words[tail] in (".", "!", "?")) and c2 < k and comma - first >= 4 \
                and (w in BARE_CUES or w in INVERTING or w in EVIDENCE and self.source_like(speaker or (0, 0)))
            if self.plausible_speaker(speaker) or closing and self.short_noun_phrase(speaker):
                # "CLAUSE, one slide says.": a phrase that closes the sentence with its
                # verb is the source, whatever its head
                q_start, q_end = ss, toks.starts[comma]
                appositive = c2 >= k and tail + 1 < last and words[tail] == "," and (
                    words[tail + 1].lower() in ("a", "an", "the", "who") or self.short_noun_phrase(
                        (toks.starts[tail + 1], toks.ends[min(last, tail + 4) - 1])) and words[tail + 1].islower()
                    or self.closing_appositive(tail + 1, last))
                if tail < last and words[tail] == "," and last - tail > 3 and not appositive and (
                        words[tail + 1].lower() not in TAIL_CLAUSES or self.conjoined_clause(tail + 1, last)):
                    # "The inspection, port staff said, was meant to …": all of it; "A, the agency
                    # said, and B": the report goes on after its attribution
                    q_end = end
                    if words[first].lower() in ("during", "in", "on", "at", "after", "before", "since", "over",
                                                "throughout", "within", "amid", "following"):
                        # "During her years at the port, Roos said, most …": the
                        # adverbial opener frames the report, which follows the attribution
                        q_start = toks.starts[tail + 1]
                return Q(q_start, q_end, "indirect", cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
        # (not ", said Marko Vujović, an editor.": an attribution with its own speaker after it)
        going_on = self.sentence_speaker is not None and (w in BARE_CUES or w in INVERTING) \
            and self.attribution_tail(k, last) is None
        if k == first and not (participle and self.sentence_speaker is not None) and not going_on:
            return None   # "…, saying it was a mistake" goes on from an earlier report
        # the comma closing the attribution, after its time or place ("These employees, Tamm
        # explained earlier in the hearing, were …")
        after = k + 1 if k + 1 < last and words[k + 1] == "," else \
            tail if tail is not None and tail + 1 < last and words[tail] == "," and tail - k <= 8 else None
        if comma is not None and after is not None and (last - after > 4 or last - after > 2
                                                         and words[after + 1].lower() in VERBISH):
            # ("This season, she says, is harder.": a short one too, with its verb)
            # "Lately, she said, she has come to see that …": the report goes on after it
            speaker = self.np_before(k, comma + 1)
            if self.plausible_speaker(speaker):
                # "Strikes at sea, Ms. Lepp said, are a last resort": the subject
                # before the attribution belongs to the report
                opener = words[first:comma]
                adverbial = len(opener) == 1 and (is_aux(opener[0]) or opener[0].lower() in DISCOURSE
                                                  or opener[0].lower() in TIME_WORDS or opener[0].lower() in LEADING)
                # "That's why, she argued, the ferries …": the words before the attribution are
                # part of the report; "Recently, he said, …" frames the telling
                start = ss if words[after + 1].lower() in VERBISH or not adverbial and comma - first <= 6 \
                    else toks.starts[after + 1]
                return Q(start, end, "indirect", cue=(toks.starts[k], toks.ends[k]),
                         speaker=speaker)
        if participle and self.word_before(k) in (",", "by") or words[self.skip_aux(k)].lower() in (
                "and", "but", "to"):
            speaker = self.subject(first, k)   # "… met survivors and said …", "but have speculated", "to say"
            v = self.skip_aux(k) - 1
            if words[v + 1].lower() == "to" and v > first and words[v].lower() in INTENT:
                near = self.np_before(v, first)   # "after she appeared to hint …": the hedge's subject
                if self.plausible_speaker(near):
                    speaker = near
        else:
            speaker = self.np_before(k, first)
        if not self.plausible_speaker(speaker) and self.plausible_speaker(timeless := self.without_time(speaker)):
            speaker = timeless   # "a maritime tribunal in 2014 found …"
        if not self.plausible_speaker(speaker) and participle:
            # "Vujović posted a string of messages late Sunday saying that …": the subject
            speaker = self.subject(first, k)
        if not self.plausible_speaker(speaker) and going_on and (
                k == first or words[self.skip_aux(k, first)].lower() in ("and", "but")):
            # "Tamm, who has voiced …, told the Post …", "refused to answer … but said …": the
            # verb goes on with the speaker of the report before it
            speaker = self.sentence_speaker
        if not self.plausible_speaker(speaker):
            cut = self.text.find(", who", *speaker) if speaker is not None else -1
            speaker = self.clause_subject(k, first) or self.whole_subject(k, first)
            if speaker is None and cut > 0 and (w in BARE_CUES or w in INVERTING) \
                    and words[self.skip_aux(k, first)] == "," \
                    and self.plausible_speaker((toks.starts[toks.at(cut) - 1], cut)):
                # "Speaking afterwards, Lena Kask, who has endorsed Roos, said": the name before the relative clause
                speaker = self.np_before(toks.at(cut), first)
            quoted = k + 1 < last and words[k + 1] in ("“", '"', "''") and w in CUES and w not in STANCE \
                and w not in NAMING
            # "The moderator asked the candidates to …": a hearer and what was asked of them
            asked = w in OBJECT_CUES and words[min(last - 1, self.content_start(k, last))].lower() in ("to", "that")
            if speaker is None and w not in EVIDENCE or w.endswith("ed") and w not in BARE_CUES and not quoted \
                    and w not in EVIDENCE and not asked and \
                    not self.headed_by_speaker(speaker) and not (k + 1 < last and words[k + 1].lower() == "that"):
                return None   # "The truce agreed in Gdansk": no speaker, no speech ("the fund predicted that" is;
                # so is "the crowd chanted “…”": quoted words right after the verb)
        j = self.content_start(k, last)
        pro = 2 if words[j:j + 2] and [x.lower() for x in words[j:j + 2]] == ["as", "much"] else \
            1 if j < last and (words[j].lower() == "so" and (j + 1 >= last or not words[j + 1][:1].isalnum())
                               or words[j].lower() in ("yes", "no", "that") and w in SPOKEN
                               and (j + 1 >= last or words[j + 1] in (".", "!", "?", ";"))) else 0
        if pro and speaker is not None and (w in CUES or w in STANCE):
            # "Saar said as much", "He doesn't think so", "the mayor said no", "when she said
            # that": a report standing for one made before or for an answer
            return Q(toks.starts[j], toks.ends[j + pro - 1], "indirect", cue=(toks.starts[k], toks.ends[k]),
                     speaker=speaker)
        if last - j < 3 and not (w in STANCE and 1 <= last - j and words[j].isalpha() and words[j].islower()
                                 and self.headed_by_speaker(speaker)):
            return None   # (but "declared bankruptcy": a stance's one-word object)
        for n in range(j + 1, min(last, j + 10)):
            if w in OBJECT_CUES and words[j].lower() == "to":
                break   # "urged her to raise it again, arguing …": the infinitive is what was asked
            if words[n].lower() in PARTICIPLES and words[n - 1].lower() in ("by", ","):
                return None   # "answered a fisherman on Tuesday by saying …": the participle reports
            if has_verb(words[j:n + 1]):
                break   # "said surveyors had drawn the zones by adding …": inside the report
        if w in EVIDENCE and (speaker is None or not self.source_like(speaker) and not self.span_names_someone(speaker)
                              and not self.headed_by_speaker(speaker)
                              and (words[j].lower() != "that" or w in ("show", "shows"))):
            # "Surveys of dockers taken before the vote showed …": the document opening the clause
            whole = (toks.starts[first], toks.ends[k - 1]) if k > first else None
            if whole is None or any(t in (",", ";", ":") for t in words[first:k]) or k - first > 14 \
                    or not self.source_like(whole):
                return None   # "the cooking show “Galley Wars”": a noun, not a finding
            speaker = whole
        if w in ASKING and words[j].lower() != "to":
            # "asked the harbour board for a meeting": what was asked for, after the hearer
            j = next((n for n in range(k + 2, min(last - 2, k + 7)) if words[n].lower() == "for"
                      and all(words[m][:1].isalnum() and words[m].lower() not in VERBISH for m in range(k + 1, n))), j)
        if w not in BARE_CUES and not marked and not (
                words[j].lower() in COMPLEMENTIZERS
                or words[j - 1] == ":" or self.clause_follows(j, last)
                or w in OBJECT_CUES and words[j].lower() == "to" and j > k + 1
                or w in ASKING and words[j].lower() == "for" and j > k + 1
                or w in EVIDENCE and self.source_like(speaker)):
            if w in STANCE and self.headed_by_speaker(speaker):   # "warned of", "denied the claim"
                m = k + 3 if on_a_day(words, k + 1) and k + 3 < last else k + 1   # "agreed on Friday to …"
                return Q(toks.starts[m], self.stance_end(m, last, end), "indirect",
                         cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
            return None   # "admitted to the US", "pledged delegates": no speech
        clause = words[j].lower() in COMPLEMENTIZERS or self.clause_follows(j, last)
        q_end = self.report_end(j, first, last, end, speaker, k if clause else None)
        b = self.skip_aux(k, first)
        s = toks.at(speaker[0]) - 1 if speaker is not None else first
        if b > first and words[b].lower() in ("who", "which") and words[b - 1] == "," or s > first \
                and words[s].lower() in ("which", "whom", "whose") and words[s - 1] == ",":
            # (also "The dockers' union, which rivals say is too cosy with the port authority, signed …")
            # "Tamm, who understood that a vote was futile, told his aides …": the relative
            # clause ends at the comma before the main clause's verb
            main = next((n for n in range(j + 1, last - 1) if (words[n] == "," and not self.inside_quote(toks.starts[n])
                                                                or words[n] in CLOSE_WORDS and words[n - 1] == ",")
                         and self.main_clause_verb(n + 1, last)), None)
            if main is not None:   # (a quote closing the clause keeps its mark: "…, who said “A,” told …")
                q_end = min(q_end, toks.ends[main] if words[main] in CLOSE_WORDS else toks.starts[main])
        if w in OBJECT_CUES and words[j].lower() == "to" and j > k + 1 and words[k + 1] != ",":
            j = k + 1   # "urged dockers to join …": who was urged belongs to what was asked
        elif words[first].lower() in FRAMING and speaker[0] > toks.starts[first] \
                and not self.subordinate(first, speaker):
            # "When she hires crew, she said she checks …": the clause framing the report is part of it
            comma = next((n for n in range(first, k) if words[n] == ","), None)
            if comma is not None and toks.starts[comma] < speaker[0] \
                    and not any(words[n].lower() in CUES for n in range(first, comma)):
                j = first
        return Q(toks.starts[j], q_end, "indirect", cue=(toks.starts[k], toks.ends[k]), speaker=speaker)

    def name_and_appositive(self, first: int, comma: int) -> bool:
        """Are the words from `first` to `comma` a name and an appositive ("Anu Roffman, a
        securities analyst"): a subject, not a clause reported before ", said X"?"""
        words = self.toks.words
        c = next((n for n in range(first, comma) if words[n] == ","), None)
        return c is not None and c > first and c + 1 < comma and words[c + 1].lower() in DETERMINERS \
            and all(w[:1].isupper() or w == "." for w in words[first:c]) and not has_verb(words[first:comma])

    def opening_participle(self, k: int, last: int) -> Q | None:
        """`After saying her foot was swollen, she was rushed …`: the report runs to the
        comma, and the subject after the comma said it."""
        toks, words = self.toks, self.toks.words
        if title_case(words[k:last]):
            return None   # "Taking Aim At The Board, Kask Vows …": a headline, read in `quote_headlines`
        j = self.content_start(k, last)
        comma = next((n for n in range(j, last) if words[n] == "," and words[n - 1] not in CLOSE_WORDS
                      or words[n] in CLOSE_WORDS and words[n - 1] == ","), None)
        if comma is None or comma - j < 2:
            return None
        s = comma + 1
        while s < last and (words[s] in CLOSE_WORDS or words[s] == ","):
            s += 1
        speaker = self.np_before(self.leading_np_end(s, last), s) if s < last and words[s].lower() not in PRONOUNS \
            else (toks.starts[s], toks.ends[s]) if s < last else None
        if not self.plausible_speaker(speaker):
            n = s   # "…, Tamm left the room": the name alone
            while n < last and words[n][:1].isupper() and words[n].replace(".", "").isalpha():
                n += 1
            speaker = (toks.starts[s], toks.ends[n - 1]) if s < n <= s + 4 and n < last and words[n].islower() \
                else None   # (not a line in title case: "…, Kask Vows To Scrap …")
        if not self.plausible_speaker(speaker):
            return None
        end = toks.ends[comma] if words[comma] in CLOSE_WORDS else toks.starts[comma]
        return Q(toks.starts[j], end, "indirect", cue=(toks.starts[k], toks.ends[k]), speaker=speaker)
