"""Plain-text cleaning: label every line of a pasted page as body or furniture.

The classifier works like jusText does on HTML blocks, but on lines of text
where no markup is left: each line is first judged on its own (patterns for
menus, forms, captions, credits, feeds; length and share of function words
for prose), then in context (short lines between body paragraphs stay, runs
of other stories after a "News Feed" or "Related" header go).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .dispatch import HeadMatcher
from .lines import JUNK, Line, split_lines
from .meta import find_datetime, is_date_line, parse_byline
from .zones import STORY_RUN, contents, feed_zones

__all__ = ["JUNK", "Line", "classify_lines", "ends_mid_sentence", "is_headline", "is_list_item"]

_ELLIPSIS_CUT = re.compile(r"(?:\w|,)\s?(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
_TRAILER = re.compile(r"[\s\d,*†‡§}\]\u21a9\ufe0f\u200d\U0001f300-\U0001faff]+$")
_SIGNED = re.compile(r"[.!?\"”]\s*[-–—]{1,2}\s*[A-Z][^.!?]{0,80}$")
# Words a headline does not end on; a line ending on one is a sentence cut short.
_DANGLING = frozenset("a an the and or but nor of to in on at by for with from into onto that which who whom whose "
                      "is are was were be been being has have had do does did will would could should can may "
                      "might must shall as than if because while when where so its their his her our your my "
                      "this these those very not no said says told according you we they he she i".split())
_CONTRACTIONS = frozenset("don't doesn't didn't can't won't isn't aren't wasn't weren't it's that's "
                          "there's we're you're they're i'm we've you've i've".split())
_ITEM = re.compile(r"^(?:[-–•*▪◦·]\s+|\(?\d{1,2}[.)]\s+)")
_HEADLINE_END = re.compile(r"[.;,:]$")
_LETTER = re.compile(r"[^\W\d_]")
# Longer lines without final punctuation are cut-off paragraphs, not headlines.
_HEADLINE_MAX_WORDS = 20
# Lines of furniture that set a block of body apart, and the share of the largest block's
# words under which a block set apart is a stray blurb (see _strays).
_STRAY_GAP = 6
_STRAY_SHARE = 0.2
# Prose words, as a share of the words in short lines, under which a page without a story
# is a list page (see _prose_less).
_PROSE_SHARE = 0.3
# Share of function words under which a long line is no paragraph of a story (a list of
# names, a row of tags) for _prose_less, in English text.
_PROSE_STOP = 0.15


def _cut_by_ellipsis(text: str) -> bool:
    """Stripped text ends on an ellipsis after a word ("… the harbour negotia…")."""
    # A match spans at most seven characters at the end: search only there, not the whole line.
    return text[-1:] in ("…", ".", "]") and _ELLIPSIS_CUT.search(text, max(0, len(text) - 7)) is not None


def ends_mid_sentence(text: str) -> bool:
    """True when text stops mid-sentence: a cut-off teaser or a truncated paste."""
    text = text.rstrip()
    if not text:
        return False
    if _cut_by_ellipsis(text):
        return True
    if text[-1] in lx.TERMINAL:
        return False
    if text.count(" | ") >= 2 or _SIGNED.search(text):
        return False  # a table row, or a testimonial signed "— Name"
    # Footnote markers, reference arrows and emoji after the last full stop.
    core = _TRAILER.sub("", text)
    if core and core[-1] in lx.TERMINAL:
        return False
    return text[-1].isalnum() or text[-1] in ",;–—-(/&"


def is_headline(line: Line) -> bool:
    """Headline-shaped: short, capitalised, no final punctuation, not a sentence cut short."""
    t = line.text
    if not (2 <= line.words <= _HEADLINE_MAX_WORDS and not _HEADLINE_END.search(t) and not t.endswith("…")
            and bool(_LETTER.match(t[0])) and t[0].isupper()):
        return False
    last = t.split()[-1].lower().strip("\"“”'’‘()")
    if last in _DANGLING or last.replace("’", "'") in _CONTRACTIONS:
        return False  # "… so much so that": a sentence stopped mid-way
    if line.words >= 8 and line.stop >= 0.4:
        # Many function words: a sentence, unless it is written in Title Case.
        content = [w for w in t.split() if w.lower().strip("\"“”'’‘(),:") not in lx.STOPWORDS]
        return bool(content) and sum(w[0].isupper() for w in content) >= 0.8 * len(content)
    return True


def is_list_item(line: Line) -> bool:
    return bool(_ITEM.match(line.text)) and line.words >= 2


# Agencies a caption credit may close on after a slash ("… (Jane Doe / Reuters)").
_AGENCIES = ("reuters", "afp", "ap", "epa", "getty images", "anadolu", "tass", "xinhua")


def _maybe_credit(t: str, low: str) -> bool:
    """Every alternative of the caption-credit pattern ends the line on ")", ends it on an
    agency after a slash, or holds one of these words: a cheap test before the pattern."""
    return t[-1] == ")" or ("/" in t and low.endswith(_AGENCIES)) or (
        "photo" in low or "image" in low or "picture" in low or "credit" in low or "getty" in low)


# The whole-line patterns of the first pass as one: a single match call per line names the
# first that holds, in the order the first pass tests them (all share re.I | re.X); only the
# alternatives that can start with the line's first character are tried.
_HEADS = HeadMatcher([
    ("credit", lx.CREDIT), ("section", lx.SECTION), ("comments", lx.COMMENTS), ("reviews", lx.REVIEWS), ("menu", lx.UI), ("forum", lx.FORUM),
    ("timestamp", lx.TIMESTAMP), ("consent", lx.CONSENT), ("toc", lx.TOC), ("teaser", lx.TEASER),
    ("bracketed", lx.BRACKETED), ("caption", lx.CAPTION_LEAD)], re.I | re.X)
_HEAD = _HEADS.whole


def _first_pass(line: Line, body_min: int, english: bool) -> None:
    t = line.text
    low = lx.folded(t)
    head = _HEADS.match(t, low)
    kind = head.lastgroup if head else None
    if kind == "credit":
        line.label = "credit"
    elif kind in ("section", "comments", "reviews", "menu", "timestamp", "forum"):
        line.label, line.reason = JUNK, kind
    elif line.words <= 6 and line.terms and line.terms[0] in lx.UI_WORDS and _buttons(line):
        line.label, line.reason = JUNK, "buttons"
    elif (authors := parse_byline(t)) is not None and line.words <= 25:
        line.label, line.authors = "byline", authors
        found = find_datetime(t)
        line.date = found[0] if found else None
    elif line.words <= 14 and is_date_line(t):
        line.label, line.date = "date", find_datetime(t)[0]  # type: ignore[index]
    elif kind == "consent" or (line.words < 40 or line.stop < 0.3) and lx.is_form(t, low):
        line.label, line.reason = JUNK, "form"
    elif line.words <= 80 and lx.is_disclosure(t, low):
        line.label, line.reason = JUNK, "disclosure"
    elif kind == "toc":
        line.label, line.reason = JUNK, "toc"
    elif kind in ("teaser", "bracketed"):
        line.label, line.reason = JUNK, "teaser"
    elif kind == "caption" or (line.words <= 80 and _maybe_credit(t, low) and lx.CAPTION_CREDIT.search(t)):
        line.label, line.reason = JUNK, "caption"
    elif line.words <= 90 and _cut_by_ellipsis(t):
        line.label, line.reason = JUNK, "excerpt"
    elif line.words >= body_min and (line.stop >= 0.18 or not english) and (
            t[-1] in lx.TERMINAL or line.words > _HEADLINE_MAX_WORDS):
        line.label = "body"
    elif line.words >= 5 and t[-1] in lx.TERMINAL and (line.stop >= 0.1 or not english):
        line.label = "near"
    else:
        line.label = "short"


def _buttons(line: Line) -> bool:
    """A row of buttons: the line opens on a button word (`lexicon.UI_WORDS`, the caller
    checks its first word other than function words) and its other words are function
    words, button words or numbers ("Reply Quote Like", "Share 12", "Log in Register";
    not "What I like")."""
    if not line.text[:1].isalnum() or lx.WORD.match(line.text.lower()).group() != line.terms[0]:
        return False  # "What I like": a heading opening on a function word
    return all(w in lx.UI_WORDS or w.isdigit() for w in line.terms)


def classify_lines(raw: str, *, body_min_words: int = 12) -> list[Line]:
    """Label every non-empty line of `raw` (offsets index into `raw`)."""
    lines = split_lines(raw)
    if not lines:
        return lines
    total = sum(ln.words for ln in lines)
    stops = sum(ln.stop * ln.words for ln in lines)
    english = total > 0 and stops / total >= 0.12
    judged: dict[str, int] = {}  # a menu repeated in the footer is judged once
    again: list[int] = []  # the lines whose text comes more than once
    for i, ln in enumerate(lines):
        k = judged.get(ln.text)
        if k is None:
            _first_pass(ln, body_min_words, english)
            judged[ln.text] = i
        else:
            same = lines[k]
            ln.label, ln.reason, ln.date = same.label, same.reason, same.date
            ln.authors = None if same.authors is None else list(same.authors)
            again += (k, i)
    contents(lines)
    feed_zones(lines)
    _excerpt_headlines(lines)
    _context(lines)
    _headings(lines)
    _lists(lines)
    _strays(lines)
    _prose_less(lines, english)
    if again:
        _repeats(lines, again)
    return lines


# Words from which a repeated paragraph may be a teaser's copy of the story it leads to.
_TEASER_WORDS = 20


def _repeats(lines: list[Line], again: list[int]) -> None:
    """A paragraph the page shows again word for word is kept once: the second copy is a
    quote in a reply, a signature under each post, a carousel or a mobile copy of a block.
    List items and lines under three words repeat in any text ("Pros:", a closing brace)
    and stay. A paragraph of `_TEASER_WORDS` words or more standing alone the first time (no
    body line next to it) was a teaser: the story it leads to, further down, keeps it.
    `again`: the indices of the lines whose text comes more than once."""
    first: dict[str, int] = {}  # the first body line of each repeated text
    for i in sorted(set(again)):
        ln = lines[i]
        if ln.label != "body" or ln.reason == "list" or ln.words < 3 or is_list_item(ln):
            continue
        j = first.get(ln.text)
        if j is None:
            first[ln.text] = i
        elif ln.words < _TEASER_WORDS or (j > 0 and lines[j - 1].label == "body") or (
                j + 1 < len(lines) and lines[j + 1].label == "body"):
            ln.label, ln.reason = JUNK, "repeat"


def _excerpt_headlines(lines: list[Line]) -> None:
    """A cut excerpt ("…") is a teaser for another story: its headline goes too. Between
    two paragraphs, a line trailing off ("Until next time…") is the writer's pause."""
    for i, ln in enumerate(lines):
        if (ln.reason == "excerpt" and 0 < i < len(lines) - 1 and lines[i - 1].label == "body"
                and lines[i + 1].label == "body"):
            ln.label, ln.reason = "body", ""
            continue
        if ln.reason == "excerpt" and i > 0:
            prev = lines[i - 1]
            if prev.label in ("short", "near", "body") and is_headline(prev):
                prev.label, prev.reason = JUNK, "teaser"


_REACH = 12  # lines _neighbour looks across


def _seen(line: Line) -> bool:
    """Not furniture to _neighbour: a kept line, or a header that opens other stories."""
    return line.label != JUNK or line.reason in ("section", "feed", "comments", "reviews")


def _neighbour_at(lines: list[Line], i: int, step: int, reach: int = _REACH) -> int | None:
    """The index of the nearest line that is not furniture, at most `reach` lines away."""
    j = i + step
    while 0 <= j < len(lines) and abs(j - i) <= reach:
        if _seen(lines[j]):
            return j
        j += step
    return None


def _neighbour(lines: list[Line], i: int, step: int, reach: int = _REACH) -> Line | None:
    """The nearest line that is not furniture, looking at most `reach` lines away."""
    j = _neighbour_at(lines, i, step, reach)
    return None if j is None else lines[j]


def _next_seen(lines: list[Line], reach: int = _REACH) -> list[Line | None]:
    """`_neighbour(lines, i, 1)` for every i, in one walk from the end."""
    out: list[Line | None] = [None] * len(lines)
    nearest = len(lines) + reach
    for i in range(len(lines) - 1, -1, -1):
        out[i] = lines[nearest] if nearest - i <= reach else None
        if _seen(lines[i]):
            nearest = i
    return out


def _context(lines: list[Line]) -> None:
    """Near-body lines next to body become body; lone short lines stay out."""
    for _ in range(2):
        for i, ln in enumerate(lines):
            if ln.label != "near":
                continue
            prev, nxt = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
            if (prev and prev.label == "body") or (nxt and nxt.label == "body"):
                ln.label = "body"
    for ln in lines:
        if ln.label == "near":
            ln.label, ln.reason = JUNK, "fragment"


# "Ruth Pemberton in Podgorica": a byline without "By" naming the writer and the place.
_NAME_IN_PLACE = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}$")
_SENTENCE_END = (".", ":", ";", ",")
# Words from which a line between two paragraphs is one of them, whatever its shape.
_LONG_LINE = 12


def _headings(lines: list[Line]) -> None:
    """Short lines: a headline-shaped line next to body is a heading (a title or a
    subheading, settled by the splitter); the rest is furniture. A line right above a
    byline is a headline even when written as a sentence ("In Izmail, dockworkers count the
    hours to a truce"), and so is one over such a line (a headline over its standfirst);
    "Jane Doe in Tallinn" right above a date is a byline. A line of
    `_LONG_LINE` words or more between two paragraphs is body."""
    # Only line i changes at step i, and a short line stays seen as a byline or heading
    # (or goes as furniture in the second loop): the next seen line of each line is
    # found once, the previous one carried along.
    after = _next_seen(lines)
    for i, ln in enumerate(lines):
        if ln.label in ("short", "near", "heading") and "in" in ln.text and (m := _NAME_IN_PLACE.match(ln.text)) \
                and (nxt := after[i]) is not None and nxt.label == "date" \
                and (prev := _neighbour(lines, i, -1)) is not None and prev.label != "body":
            ln.label, ln.authors = "byline", [m.group("name")]
    last = -_REACH - 1  # the last line seen so far
    for i, ln in enumerate(lines):
        if ln.label in ("short", "near"):
            _heading_or_not(ln, lines[last] if i - last <= _REACH else None, after[i])
        if _seen(ln):
            last = i
    # a headline over a standfirst over the byline: the standfirst took the byline's
    # evidence above, the headline takes the standfirst's
    for i in range(len(lines) - 2, -1, -1):
        ln = lines[i]
        if ln.label == JUNK and ln.reason == "short" and _over_byline(ln) \
                and (j := _neighbour_at(lines, i, 1)) is not None and lines[j].label == "heading" \
                and (below := _neighbour(lines, j, 1)) is not None and below.label == "byline":
            ln.label, ln.reason = "heading", ""


def _over_byline(ln: Line) -> bool:
    """Shaped like the headline or standfirst a byline sits under: a few words to a
    sentence, capitalised, no closing stop, no list item."""
    return 3 <= ln.words <= 2 * _HEADLINE_MAX_WORDS and ln.text[0].isupper() \
        and not ln.text.endswith(_SENTENCE_END) and not is_list_item(ln)


def _heading_or_not(ln: Line, prev: Line | None, nxt: Line | None) -> None:
    """Settle one short line of _headings, given the lines seen before and after it."""
    if nxt is not None and nxt.label == "byline" and _over_byline(ln):
        ln.label = "heading"
        return
    after_body = prev is not None and prev.label == "body"
    follows_body = nxt is not None and nxt.label in ("body", "byline", "date")
    headline = (after_body or follows_body) and is_headline(ln)  # asked only when it matters
    if after_body and not headline and (is_list_item(ln) or ends_mid_sentence(ln.text) and ln.words >= 3):
        # A list item, or the tail of a paragraph cut off mid-sentence.
        ln.label = "body"
        return
    if headline and follows_body and (ln.words >= 3 or ln.text[0].isdigit()):
        ln.label = "heading"
    elif ln.words >= _LONG_LINE and not headline and after_body and nxt is not None and nxt.label == "body":
        # Between two paragraphs, a long line short of function words or a full stop belongs
        # with them: a code line, a score line, a row of names.
        ln.label = "body"
    else:
        ln.label, ln.reason = JUNK, "short"


def _lists(lines: list[Line], longest: int = 40) -> None:
    """A run of two or more short lines between body paragraphs is a list or a set of
    subheadings (menus do not sit inside an article's body); a few one-word items
    ("Pros", "Cons", a state's name) may be among them, not a majority (a menu's mark)."""
    i = 0
    while i < len(lines):
        if not (lines[i].label == JUNK and lines[i].reason in ("short", "fragment")):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].label == JUNK and lines[j].reason in ("short", "fragment"):
            j += 1
        run = lines[i:j]
        inside = i > 0 and j < len(lines) and lines[i - 1].label in ("body", "heading") and lines[j].label in ("body", "heading")
        if inside and 2 <= len(run) <= longest and 3 * sum(ln.words >= 2 for ln in run) >= 2 * len(run):
            for ln in run:
                ln.label, ln.reason = "body", "list"
        i = j


# Junk that does not set a block apart in _strays: short lines, a table of contents, and
# what sits between the posts of a thread (button rows, member cards).
_NOT_APART = frozenset(("short", "fragment", "toc", "", "buttons", "forum"))


def _strays(lines: list[Line], gap: int = _STRAY_GAP, share: float = _STRAY_SHARE) -> None:
    """Body far from the story goes when it is small: a blurb in a page's header or footer
    ("Sign up to get the best of …"). Far is across more than `gap` lines of furniture,
    one of them page furniture proper (a menu, a form, a section header: a run of short
    lines alone may be a list of the story's, a table of contents its own); small is under
    `share` of the body words of the largest block. A block under a byline or a date is a
    story of its own and stays."""
    blocks: list[list[Line]] = []
    opens: list[bool] = []  # the block has a byline or date line over its first paragraph
    run, furniture, recent = gap + 1, True, False
    for ln in lines:
        if ln.label in ("body", "heading"):
            if run > gap and furniture:
                blocks.append([])
                opens.append(recent)
            blocks[-1].append(ln)
            run, furniture, recent = 0, False, False
            continue
        run += 1
        furniture = furniture or ln.reason not in _NOT_APART
        if ln.label in ("byline", "date"):
            recent = True
            if blocks and not any(x.label == "body" for x in blocks[-1]):
                opens[-1] = True
    if len(blocks) < 2:
        return
    words = [sum(ln.words for ln in b if ln.label == "body") for b in blocks]
    most = max(words)
    for block, n, opened in zip(blocks, words, opens):
        if n < share * most and not opened:
            for ln in block:
                ln.label, ln.reason = JUNK, "stray"


def _prose_less(lines: list[Line], english: bool = True, share: float = _PROSE_SHARE) -> None:
    """A page with no story (fewer than `STORY_RUN` paragraphs of 20 words or more, with
    `_PROSE_STOP` of function words when the page is in English) is a
    list page when it is made of teasers cut off ("…", kept with their headlines) or when
    it has little prose beside its short lines (under `share` of their words: a front of
    headlines, a search result, a directory; its short lines of two words or more are
    kept)."""
    body = paragraphs = 0
    short: list[Line] = []
    for ln in lines:
        if ln.label in ("body", "heading"):
            body += ln.words
            paragraphs += ln.label == "body" and ln.words >= 20 and (ln.stop >= _PROSE_STOP or not english)
        elif ln.reason in ("short", "fragment", "stray"):
            short.append(ln)
    if paragraphs >= STORY_RUN:
        return
    # Teasers cut off ("…") under their headlines are the stories such a page lists, when
    # they are what it is made of (three or more, more words than its paragraphs); a text
    # with no paragraph at all is its teasers (a feed's summary, a blurb pasted alone).
    excerpts = [i for i, ln in enumerate(lines) if ln.reason == "excerpt" and ln.words >= 6]
    if excerpts and (len(excerpts) >= 3 and sum(lines[i].words for i in excerpts) > body or not body):
        for i in excerpts:
            lines[i].label, lines[i].reason = "body", ""
            if i > 0 and lines[i - 1].reason == "teaser" and is_headline(lines[i - 1]):
                lines[i - 1].label, lines[i - 1].reason = "heading", ""
    if body >= share * sum(ln.words for ln in short):
        return
    for ln in short:
        if ln.words >= 2:
            ln.label, ln.reason = "body", "list"
