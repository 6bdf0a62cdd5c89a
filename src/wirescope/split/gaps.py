"""Gaps: how likely it is that a new story starts at each gap between paragraphs.

Every gap between two paragraphs gets a handful of measurements, each a kind of
evidence a reader uses to tell where one story ends and the next begins:

- **cohesion**: the share of content words the paragraphs just before the gap have in
  common with those just after (over about 60 and 150 words, with all content words and
  with the words left over after dropping common English ones), how deep that share dips
  below its neighbours (the depth score of TextTiling, Hearst 1997) and whether it is the
  lowest around (the windows are counted in `cohesion.py`);
- **novelty**: the share of words just after the gap never seen before it, and of words
  just before it never seen again after;
- **opening**: the paragraph after opens by pointing back (a pronoun or a demonstrative
  as its first or second word) or with a connective ("But", "Meanwhile");
- **shape**: the paragraph before stops mid-sentence (a teaser or a truncated paste; the
  more so when it is long, stops on a word like "the" or a comma, or holds a full sentence
  before the cut) or is a heading;
  the paragraph after is a heading or starts with a capital; both paragraphs' lengths;
- **house style**: the two sides use opposite typographic habits (straight against curly
  apostrophes or quotes, en against em dashes);
- **names**: the share of names (capitalised words inside a sentence) the 40 names just
  before the gap have in common with the 40 just after: a story keeps naming its people,
  places and products, the next one brings its own.

`Gaps` reads a text once and gives these for the whole text or for any piece of it read
as if it stood alone, as the splitter rescores each piece it cuts. A logistic model
weighs them. `scripts/train_split.py` (`make model`) fits it on
run-together texts built from the openly licensed GUM documents, so the weights in
`gap_model.json` are reproducible and carry no benchmark page. A closing line (contact,
follow-us, copyright, "first published") is evidence those texts cannot teach, as GUM
documents do not end with one; `segment.py` cuts after it whatever the model says.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path

import numpy as np

from ..clean.dateline import DATELINE_OPENING
from ..clean.lexicon import STOPWORDS, WORD
from ..clean.text import Line, ends_mid_sentence
from .cohesion import DEPTH_REACH, Counts, bounds, cohesion, overlap_rows

__all__ = ["FEATURES", "Words", "Gaps", "gap_features", "content_words", "names", "GapModel", "load_gap_model", "closes_story",
           "opens_story", "cut_off", "open_on_function_word", "stops_dangling", "overlap", "window_overlap", "SENTENCE_INSIDE"]

MODEL_PATH = Path(__file__).with_name("gap_model.json")

_CONTENT = re.compile(r"[^\W\d_]{3,}")
# Lines that close a story: follow-us lines, copyright, first-published notes, "Posted on
# … by …" footers, wire credits. (A bare e-mail address or a mention of a platform is not
# enough: articles quote them in passing and print contact boxes mid-page.)
# Closers that open the line (matched at its start only) ...
_CLOSER_START = re.compile(
    r"(?i)posted (?:on|in)\b.{3,60}\bby\b|"
    r"\(?(?:reporting|writing|editing|additional reporting) by\b|"
    r"thanks (?:as always )?to\b.{2,80}\bfor (?:\w+ )?(?:feedback|comments|reading|help|review)|"
    r"disclaimer\b|"
    # sign-offs: acknowledgements, wishes to the reader, calls to act on what was read
    r"(?:many|special|big|huge) thanks\b|thanks (?:as always|again) to\b|"
    r"(?:thanks|thank you) (?:so much |again )?for (?:reading|watching|listening|stopping by)\b|"
    r"(?:i|we) hope (?:this|you)\b.{0,40}\b(?:helps?|helped|helpful|handy|useful|enjoyed)\b|"
    r"(?:(?:for now|until next time), )?(?:goodbye|happy \w+ing)\b[^.?]{0,60}[.!]?$|"
    r"\(?(?:send|e-?mail) (?:us )?(?:your )?(?:questions|tips|letters)\b")
# ... and anywhere in it, each looked for only when the lower-cased line holds its key word
# (a regular expression over every paragraph is the cost of this check; eleven substring
# tests cost less than one regular expression of the eleven keys).
_CLOSER_ANYWHERE = tuple((key, re.compile(rx, re.I)) for key, rx in (
    ("follow", r"\bfollow (?:me|us|her|him|them)\b.{0,40}\b(?:on|@)"),
    ("connect", r"\bconnect with (?:me|us|her|him|them)\b.{0,40}\b(?:on|@)"),
    ("@", r"\bon (?:instagram|twitter|x|facebook|linkedin|tiktok|bluesky|mastodon|threads),? @\w"),
    ("rights reserved", r"all rights reserved"),
    ("\u00a9", r"\u00a9 ?\d{4}"),
    ("copyright", r"\bcopyright ?\d{4}"),
    ("this ", r"\bthis (?:article|story|post|piece|column|report|essay)\b[^.]{0,40}\b(?:published|appeared|ran)\b"),
    ("read the original", r"\bread the original (?:article|story|post)\b"),
    ("if you", r"\bif you (?:found|enjoyed|liked) this (?:post|article|story|guide|piece|video)\b"),
    ("contact us", r"\bcontact us (?:today|now)\b"),
    ("free ", r"\b(?:get|book|request|schedule) (?:a|your) free (?:trial|quote|consultation|demo)\b"),
))
# "This article …", "This guide …": the text naming itself, not pointing back at what came before.
_SELF = frozenset("article post blog guide course tutorial piece edition issue episode newsletter review".split())
# Words no headline or sentence ends on: a line stopping on one was cut off.
DANGLING = frozenset("""the a an of to in on and or but nor for with from that which who whose when where while
if because as at by into onto than then its their his her our your my this these those is are was were
be been has have had will would can could should must not very more most such we they he she
don't doesn't didn't can't won't isn't aren't wasn't weren't i'm we're they're you're it's there's
we've they've i've""".split())
# Words that point back to something said before, and connectives that continue it.
_REFERENCES = frozenset("he she they it his her their its him them this these those".split())
_CONNECTIVES = frozenset("""but however meanwhile still also yet and so instead moreover furthermore
nevertheless nonetheless besides then thus therefore""".split())
_OPENING_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_OPENING_WORDS = 2
# Pairs of marks an outlet's house style chooses between.
_STYLE_PAIRS = (("\u2019", "'"), ("\u201c", '"'), ("\u2014", " \u2013 "))
# A sentence ends inside the paragraph: prose, so a paragraph that then stops mid-sentence
# was cut off (a list row or a heading read as a paragraph has no full stop inside).
SENTENCE_INSIDE = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+[\"'\u201c\u2018(]?[A-Z]")
_NEAR, _FAR = 60, 150  # cohesion windows, in content words
_STYLE_WORDS = 300
# Words and sentence ends, to find names: capitalised words that do not open a sentence.
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*|[.!?:]")
_NAMES = 40  # names on each side of a gap compared
# Abbreviations a full stop follows inside a sentence ("Ms. Roos", "Gen. Mark Hale"); a
# single capital letter is one too ("U.S. officials", "John F. Kennedy").
_ABBREVIATIONS = frozenset("mr mrs ms dr st gen sen rep gov lt col capt sgt prof jr sr no vs".split())

FEATURES = (
    "overlap60", "depth60", "lowest60", "overlap150", "depth150", "lowest150",
    "rare_overlap60", "rare_depth60", "rare_lowest60", "rare_overlap150", "rare_depth150", "rare_lowest150",
    "open_end", "open_end_long", "open_end_words", "open_on_function_word", "log_words_before",
    "log_words_after", "heading_before", "heading_after", "capital_after", "opens_with_reference", "opens_with_connective", "style_contrast",
    "novel_after", "unseen_before", "open_end_after_sentence", "names_overlap",
)


@lru_cache(maxsize=4096)
def closes_story(text: str) -> bool:
    """A contact, follow-us, copyright or first-published line: how stories end."""
    if _CLOSER_START.match(text):
        return True
    low = text.lower()
    return any(key in low and rx.search(text) for key, rx in _CLOSER_ANYWHERE)


@lru_cache(maxsize=4096)
def opens_story(text: str) -> bool:
    """The paragraph opens on a dateline, as news stories do, or names the text it opens."""
    if DATELINE_OPENING.match(text):
        return True
    words = [w.lower() for w in _OPENING_WORD.findall(text[:40])[:2]]
    return len(words) == 2 and words[0] == "this" and words[1] in _SELF


def stops_dangling(text: str) -> bool:
    """The text stops on a word no headline or sentence ends on ("How I set up the")."""
    return text.rsplit(None, 1)[-1].lower().replace("\u2019", "'") in DANGLING


def cut_off(line: Line) -> bool:
    """The paragraph stops mid-sentence after a word or a comma, as a teaser or a truncated
    paste does; a closing dash is speech broken off in a transcript ("and the --")."""
    return line.label == "body" and _stops_mid_sentence(line.text)


def open_on_function_word(line: Line) -> bool:
    """The paragraph is `cut_off` on a word like "the" (`stops_dangling`) or on a comma or
    semicolon: no story ends so (the feature of that name)."""
    return cut_off(line) and (stops_dangling(line.text) or line.text.rstrip()[-1] in ",;")


@lru_cache(maxsize=8192)
def _stops_mid_sentence(text: str) -> bool:
    text = text.rstrip()
    return ends_mid_sentence(text) and text[-1] not in "-\u2013\u2014"


def content_words(line: Line, common: frozenset[str]) -> tuple[list[str], list[str]]:
    """The content words of a paragraph (runs of 3+ letters, no function words; the second
    list also without `common`), cut to 7 letters so that inflections meet. Kept on the
    line (a paragraph is read by several steps): do not modify."""
    kept = line.content
    if kept is not None and kept[0] is common:
        return kept[1]
    # the cleaner's words (`\w+` over the lower-cased line, function words dropped: all
    # letters) are the letter runs `_CONTENT` finds, unless a digit or "_" splits one
    terms = line.terms if line.terms is not None else [w for w in WORD.findall(line.text.lower()) if w not in STOPWORDS]
    words = [w for w in terms if len(w) >= 3]
    if not all(map(str.isalpha, words)):  # "covid19", "x_yz", "10km"
        words = [w for w in _CONTENT.findall(" ".join(terms)) if w not in STOPWORDS]
    cut = [w[:7] for w in words]
    out = cut, [c for c, w in zip(cut, words) if w not in common]
    line.content = (common, out)
    return out


class Words:
    """The `content_words` of one kind (0: all, 1: the rare ones) of each of a run of
    paragraphs, read only for the paragraphs asked for."""

    def __init__(self, units: Sequence[Line], common: frozenset[str], kind: int = 0) -> None:
        self.units, self.common, self.kind = units, common, kind

    def __getitem__(self, i: int) -> list[str]:
        return content_words(self.units[i], self.common)[self.kind]


def overlap(a: Counter[str], b: Counter[str]) -> float:
    """Shared words over the size of the smaller bag."""
    if not a or not b:
        return 0.0
    shared = sum(min(v, b[k]) for k, v in a.items() if k in b)
    return shared / min(a.total(), b.total())


def window_overlap(bag: Counter[str], words: Sequence[list[str]] | Words, idx: range, size: int) -> float:
    """The `overlap` of `bag` with the words of the paragraphs `idx` in order, taken until
    they hold `size` (only the words of `bag` are counted: the window is never built)."""
    if not bag:
        return 0.0
    seen = dict.fromkeys(bag, 0)
    got = 0
    for i in idx:
        para = words[i]
        got += len(para)
        for w in para:
            if w in seen:
                seen[w] += 1
        if got >= size:
            break
    if not got:
        return 0.0
    return sum(min(v, seen[k]) for k, v in bag.items()) / min(bag.total(), got)


@lru_cache(maxsize=8192)
def _opening(text: str) -> tuple[float, float]:
    """Does the paragraph open by pointing back (a pronoun or a demonstrative as its first
    or second word: "They said", "But this") or with a connective ("But", "Meanwhile")?
    Stories do not start so."""
    # the first words only: finditer stops there, where findall would read all 80 characters
    words = [m.group().lower() for m in islice(_OPENING_WORD.finditer(text, 0, 80), _OPENING_WORDS + 1)]
    refers = any(w in _REFERENCES and not (w == "this" and nxt in _SELF)
                 for w, nxt in zip(words, [*words[1:], ""][:_OPENING_WORDS]))
    return float(refers), float(bool(words) and words[0] in _CONNECTIVES)


def _marks(units: Sequence[Line]) -> np.ndarray:
    """Per unit, how often it uses each mark of `_STYLE_PAIRS` (in pair order; only whether
    it does is read), counted over all the units' characters at once."""
    out = np.zeros((len(units), 2 * len(_STYLE_PAIRS)), dtype=np.int64)
    if not units:
        return out
    chars = np.frombuffer("\n".join(u.text for u in units).encode("utf-32-le"), dtype=np.uint32)
    unit = np.repeat(np.arange(len(units)), [len(u.text) + 1 for u in units])[:len(chars)]
    for k, mark in enumerate(m for pair in _STYLE_PAIRS for m in pair):
        at = chars[:len(chars) - len(mark) + 1] == ord(mark[0])
        for j, c in enumerate(mark[1:], start=1):
            at &= chars[j:len(chars) - len(mark) + 1 + j] == ord(c)
        out[:, k] = np.bincount(unit[np.flatnonzero(at)], minlength=len(units))
    return out


class Gaps:
    """The FEATURES of the gaps of a run of paragraphs, for the whole run or any piece of
    it (`rows`). What belongs to one paragraph or one gap (content words, opening and
    closing shapes, style marks) is read once; a piece recomputes only what its edges
    change: the windowed cohesion, novelty and house style."""

    def __init__(self, units: Sequence[Line], common: frozenset[str] = frozenset()) -> None:
        self.units = units
        self.n = n = len(units)
        content = [content_words(u, common) for u in units]
        self.bags = Counts([w[0] for w in content])
        self.rare = Counts([w[1] for w in content])
        marks = _marks(units)
        self.marks = np.vstack([np.zeros((1, marks.shape[1]), dtype=np.int64), np.cumsum(marks, axis=0)])
        sizes = np.array([u.words for u in units], dtype=np.int64)
        self.words = np.concatenate([[0], np.cumsum(sizes)])
        # what each paragraph shows on its own; row g - 1 of `shape` is the gap before units[g]
        cut = np.array([cut_off(u) for u in units], dtype=bool)
        dangling = np.array([open_on_function_word(u) for u in units], dtype=bool)
        sentence = np.array([c and SENTENCE_INSIDE.search(u.text) is not None for c, u in zip(cut, units)], dtype=bool)
        heading = np.array([u.label == "heading" for u in units], dtype=bool)
        capital = np.array([u.text[:1].isupper() for u in units], dtype=bool)
        opening = np.array([_opening(u.text) for u in units], dtype=float).reshape(n, 2)
        prev, nxt = slice(0, max(n - 1, 0)), slice(1, n)
        logs = np.array([math.log1p(u.words) for u in units])  # math's: the features the model was fitted on
        self.names = Counts([names(u.text) for u in units])
        self.shape = np.column_stack([cut[prev], cut[prev] & (sizes[prev] >= 8), cut[prev] * logs[prev], dangling[prev],
                                      logs[prev], logs[nxt], heading[prev], heading[nxt], capital[nxt], opening[nxt],
                                      sentence[prev]]).astype(float).reshape(max(n - 1, 0), 12)

    def rows(self, lo: int = 0, hi: int | None = None, need: Sequence[bool] | None = None) -> np.ndarray:
        """The FEATURES of every gap inside units[lo:hi], scored as if the piece stood
        alone: row r describes the gap before units[lo + r + 1]. With `need` (one flag
        per gap) only the flagged rows are filled in (the others hold no meaning)."""
        hi = self.n if hi is None else hi
        if hi - lo < 2:
            return np.zeros((0, len(FEATURES)))
        m = hi - lo - 1
        if need is None:
            at = np.arange(m)
        else:  # a gap's depth score reads the overlaps of its neighbours
            near = np.convolve(np.asarray(need, dtype=float), np.ones(2 * DEPTH_REACH + 1))
            at = np.flatnonzero(near[DEPTH_REACH:DEPTH_REACH + m] > 0)
        gap = lo + 1 + at
        ov = np.zeros((4, m))
        ov[:2, at] = self._overlaps(lo, hi, gap)
        new, gone = np.zeros(m), np.zeros(m)
        ov[2:, at], new[at], gone[at] = self._rare(lo, hi, gap)
        style = np.zeros(m)
        style[at] = self._style(lo, hi, gap)
        shape = self.shape[lo:hi - 1]
        shared = np.zeros(m)
        shared[at] = self._names(lo, hi, gap)
        return np.hstack([cohesion(ov), shape[:, :11], style[:, None], new[:, None], gone[:, None], shape[:, 11:],
                          shared[:, None]])

    def _overlaps(self, lo: int, hi: int, gap: np.ndarray) -> np.ndarray:
        """For `_NEAR` and `_FAR`: the `overlap` of the windows before and after each gap."""
        out = np.zeros((2, len(gap)))
        done = 0
        for g, _, sides in self.bags.windows(lo, hi, gap, (_NEAR, _FAR)):
            for j, side in enumerate(sides):
                out[j, done:done + len(g)] = overlap_rows(*side)
            done += len(g)
        return out

    def _rare(self, lo: int, hi: int, gap: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The `_overlaps` of the rare-word bags, and their novelty: the share of the words
        in the `_NEAR` window after each gap never seen before it in the piece, and of
        those in the window before it never seen after it."""
        rare = self.rare
        first, last = rare.firsts(lo, hi)
        # the words of one paragraph are new after the gap before it and gone after the gap after it
        a, b = bounds(rare.cum, lo, hi, gap, _NEAR)
        single = rare.single_cum
        new, gone = (single[b] - single[gap]).astype(float), (single[gap] - single[a]).astype(float)
        out = np.zeros((2, len(gap)))
        done = 0
        for g, words, sides in rare.windows(lo, hi, gap, (_NEAR, _FAR)):
            r = slice(done, done + len(g))
            done += len(g)
            for j, side in enumerate(sides):
                out[j, r] = overlap_rows(*side)
            before, after, _, _ = sides[0]
            col = g[:, None]
            new[r] += (after * (first[words][None, :] >= col)).sum(axis=1)
            gone[r] += (before * (last[words][None, :] < col)).sum(axis=1)
        sizes = rare.cum
        return out, new / np.maximum(sizes[b] - sizes[gap], 1), gone / np.maximum(sizes[gap] - sizes[a], 1)

    def _names(self, lo: int, hi: int, gap: np.ndarray) -> np.ndarray:
        """The `overlap` of the `_NAMES` names before and after each gap."""
        out = np.zeros(len(gap))
        done = 0
        for g, _, sides in self.names.windows(lo, hi, gap, (_NAMES,)):
            out[done:done + len(g)] = overlap_rows(*sides[0])
            done += len(g)
        return out

    def _style(self, lo: int, hi: int, gap: np.ndarray) -> np.ndarray:
        """How many of the mark pairs the two sides of each gap (about 300 words each) use
        the opposite way round."""
        a, b = bounds(self.words, lo, hi, gap, _STYLE_WORDS)
        before = self.marks[gap] - self.marks[a] > 0
        after = self.marks[b] - self.marks[gap] > 0
        x1, y1, x2, y2 = before[:, 0::2], before[:, 1::2], after[:, 0::2], after[:, 1::2]
        return ((x1 & ~y1 & y2 & ~x2) | (y1 & ~x1 & x2 & ~y2)).sum(axis=1).astype(float)


# Words that are never names: function words and the abbreviations above.
_NOT_NAMES = STOPWORDS | _ABBREVIATIONS
_MARKS = frozenset(".!?:")


@lru_cache(maxsize=8192)
def _names(text: str) -> tuple[str, ...]:
    toks = _TOKEN.findall(text)
    out = []
    for i, tok in enumerate(toks):
        # only capitalised words are read: a word opens a sentence when it comes first or
        # after a mark, unless that mark is one full stop after an initial or abbreviation
        if not tok[0].isupper() or len(tok) < 2 or not i:
            continue
        low = tok.lower()
        if low in _NOT_NAMES:
            continue
        prev = toks[i - 1]
        if prev in _MARKS:
            before = toks[i - 2] if i > 1 else ""
            if prev != "." or not before or before in _MARKS or not (
                    len(before) == 1 and before.isupper() or before.lower() in _ABBREVIATIONS):
                continue
        out.append(low[:7])
    return tuple(out)


def names(text: str) -> list[str]:
    """The names of a paragraph: its capitalised words that do not open a sentence (nor
    follow a colon), lower-cased and cut to 7 letters like `content_words`; no initial or
    abbreviated title ("Ms.", the "U" of "U.S.") is one, nor ends a sentence."""
    return list(_names(text))


def gap_features(units: Sequence[Line], common: frozenset[str] = frozenset()) -> list[list[float]]:
    """The FEATURES of every gap: row g - 1 describes the gap before units[g]."""
    return Gaps(units, common).rows().tolist()


class GapModel:
    """Logistic weights over standardised FEATURES and the probability above which a gap
    is a story boundary."""

    def __init__(self, weights: dict[str, float], bias: float, mean: dict[str, float],
                 scale: dict[str, float], threshold: float) -> None:
        missing = set(FEATURES) - set(weights)
        if missing:
            raise ValueError(f"no weights for {sorted(missing)}")
        self.w = [weights[f] / (scale[f] or 1.0) for f in FEATURES]
        self.bias = bias - sum(weights[f] * mean[f] / (scale[f] or 1.0) for f in FEATURES)
        self.threshold = threshold

    def probabilities(self, rows: Sequence[Sequence[float]] | np.ndarray) -> list[float]:
        if not len(rows):
            return []
        z = np.clip(np.asarray(rows, dtype=float) @ np.asarray(self.w) + self.bias, -60.0, 60.0)
        return (1.0 / (1.0 + np.exp(-z))).tolist()

    @classmethod
    def from_file(cls, path: Path) -> GapModel:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data["weights"], data["bias"], data["mean"], data["scale"], data["threshold"])
        except (OSError, ValueError, KeyError) as e:
            raise RuntimeError(f"cannot load the story-boundary model {path}: {e}; "
                               "reinstall wirescope or rebuild it with `make model`") from e


@cache
def load_gap_model() -> GapModel:
    return GapModel.from_file(MODEL_PATH)
