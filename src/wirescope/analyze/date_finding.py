"""Finding date expressions: the patterns, the checks a match must pass in context, and the
joining of neighbours (a weekday and its date, a day and its clock time, two dates into a range).

`_candidates` returns the accepted matches in text order, the longest kept where two overlap;
`_merge` joins neighbours. Each expression is a dict {"start", "end", "kind", "g" (the match's
groups), "prio"} or, joined, {"start", "end", "kind", "g": {}, "parts"}. What resolution reads
off a match or its sentence lives here too: the number and day in it (`_num`, `_dnum`), the
sentence's tense (`_future`, `_past`, `_tense`) and whether it points at the time of writing
(`_deictic`, `_near_anchor`). Resolution is in `dates.py`.
"""

from __future__ import annotations

import re
from datetime import date

from .lexicon_dates import (AMBIGUOUS_MONTHS, BUSINESS, DECADE_WORDS, ERA_MARK, FUNCTION_WORD, FUTURE_CUE,
                            HABITUAL, HOLIDAYS, HOLIDAY_THING, MONTHS, MONTH_CUE, NAMED_DAY, NAMED_PERIODS,
                            NOT_CLOCK_AFTER, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, OLD_CENTURY, ORDINAL_WORDS,
                            PAST_CUE, PERFECT, PLURALISH, SPAN_CUE, SPORT, TERM_VERB, WEEKDAYS, YEAR_CUE)
from .lexicon_numbers import NUMBER_WORDS, words_to_number


def _alt(words: list[str]) -> str:
    """An alternation grouped by first letter, longest first (much faster than a flat one)."""
    first: dict[str, list[str]] = {}
    for w in words:
        first.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(c + "(?:" + "|".join(sorted(rest, key=len, reverse=True)) + ")" for c, rest in first.items()) + ")"


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]
_MON = (r"(?P<mon>" + _alt(_MONTH_NAMES + [m.upper() for m in _MONTH_NAMES]) + r"(?![A-Za-z])|"
        + _alt(["Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        + r"(?:\.|(?![A-Za-z])))")
_ORD = r"(?:st|nd|rd|th)?"
_NUM = (rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{NUMBER_WORDS})|(?i:a\s+few|a\s+couple\s+of|several))"
        r"(?P<half>\s+(?i:and\s+a\s+half)|\s*1/2|\s*½)?")
_HALF = r"(?P<half2>\s+(?i:and\s+a\s+half))?"  # "a year and a half ago"
_WD = (r"(?P<wd>" + _alt(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
       + r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)")
_TZ = (r"(?:\s*\(?(?P<tz>GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|KST|"
       r"AEST|ET|PT)\)?(?![A-Za-z])|(?P<lt>\s+(?:local|[A-Z][a-z]+)\s+time)\b)?")
_POST = r"\s+(?P<post>last|next)(?=\s*[,;:.!?)\n]|\s*$)"  # "the 9th of May last," (archaic)
_ORDW = r"(?i:" + _alt(list(ORDINAL_WORDS)) + r")"
_MODS = r"(?i:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of|start\s+of)"


# An adjective between "the" and a decade: "the roaring 20s", "the Swinging Sixties" (not "the over-50s",
# "the low 90s": an age group, a temperature).
_ADJ = r"(?P<adj>(?!(?i:over|under|top|low|high|upper|lower|early|mid|later|late|first|last|next|past)\b)[A-Za-z]+)"


def _name_rx(name: str) -> str:
    """A proper name as a pattern: any run of spaces between words, "the" or "The" first."""
    words = [re.escape(w) for w in name.split()]
    if words[0] == "the":
        words[0] = "[Tt]he"
    return r"\s+".join(words)


_PATTERNS = [(kind, re.compile(rx)) for kind, rx in [
    ("iso", r"(?<![\w./-])(?P<y>[12]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)"
            r"(?::\d\d(?:\.\d+)?)?(?P<off>Z|[+-]\d\d:?\d\d)?)?(?![\w/])"),
    ("numeric", r"(?<![\w./-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>[12]\d{3})(?![\w/])"),
    ("mdy", _MON + rf"\s*(?P<d>[0-3]?\d){_ORD}(?![\d:.]\d|\w)"
            rf"(?:\s*(?:-|–|to|through|and|&)\s*(?P<d2>[0-3]?\d){_ORD}(?![\d:]|\s*(?:[ap]\.?m\b|%)|\w))?"
            r"(?:,?\s+(?P<y>[12]\d{3})(?!\d|,\d)|" + _POST + ")?"),
    ("dmy", rf"(?<![\w.,])(?:(?i:the)\s+)?(?P<d>[0-3]?\d){_ORD}(?:\s*(?:-|–|to|and|&)\s*(?P<d2>[0-3]?\d){_ORD})?"
            r"(?:\s+day)?(?:\s+of)?(?:\s+|\s*-\s*)" + _MON + r"(?:(?:,?\s+|\s*-\s*)(?P<y>[12]\d{3}(?!\d|,\d)|[1-9]\d{2}(?=\)))|"
            + _POST + ")?"),
    ("dmy", r"\b(?i:the)\s+(?P<dw>" + _ORDW + r")(?:\s+day)?\s+of\s+" + _MON
            + r"(?:,?\s+(?P<y>[12]\d{3})(?!\d|,\d))?"),
    ("my", rf"(?:(?P<mod>{_MODS})[\s-]+)?" + _MON + r",?\s+(?:of\s+)?(?P<y>[12]\d{3})(?!\d|,\d)"),
    ("mon", rf"(?:(?P<mod>{_MODS})[\s-]+)?(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?" + _MON + f"(?:{_POST})?"),
    ("year", rf"(?<![\w.,$€£¥/'’-])(?:(?P<mod>{_MODS})[\s-]+)?(?P<y>[12]\d{{3}})"
             r"(?:\s*(?:-|–|/)\s*(?P<y2>\d\d(?!\d)|[12]\d{3}))?(?:(?<=[1-9])['’]s\b)?(?!\d|[.,/]\d|['’]?s\b|%|-\w|\w)"),
    ("era", r"(?<![\w.,])(?P<y>\d{1,4})\s*(?:-|–|to)\s*(?:(?i:about|around|c\.)\s*)?(?P<yb>\d{1,4})\s*"
            r"(?P<era>BCE|BC|B\.C\.)(?![A-Za-z])"),
    ("yy", r"(?<![\w'’‘])['’‘](?P<yy>\d\d)(?![\d'’]|s\b|\w)"),  # "the class of '71"
    ("era", r"(?<![\w.,])(?:(?P<y>\d{1,4}(?:,\d{3})?)\s*(?P<era>BCE|BC|B\.C\.|AD|CE|A\.D\.)(?![A-Za-z])"
            r"|(?P<era0>AD|A\.D\.)\s*(?P<y0>\d{1,4})(?!\d))"),
    ("decade", r"(?<![\w'’‘])(?:(?P<the>[Tt]he)\s+(?:" + _ADJ + r"\s+)?)?(?:(?P<mod>(?i:early|mid|later|late))[\s-]+)?"
               r"(?:(?P<c>1\d|20)(?P<dd>\d)0|['’‘](?P<d2>\d)0|(?P<d3>[1-9])0)['’]?s\b"),
    ("decade", r"\b(?P<the>[Tt]he)\s+(?:" + _ADJ + r"\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<dw>(?i:"
               + "|".join(DECADE_WORDS) + r"))\b"),
    ("century", r"(?<![\w])(?:(?P<the>[Tt]he)\s+)?(?:(?P<mod>(?i:early|mid|later|late))[\s-]+)?"
                r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>" + _ORDW + r"))(?:\s*(?:-|–|to|and|through)\s*(?:the\s+)?"
                r"(?:(?P<mod2>(?i:early|mid|later|late))[\s-]+)?(?:(?P<n2>\d{1,2})(?:st|nd|rd|th)|(?P<w2>" + _ORDW + r"))"
                r"[\s-]+[Cc]enturies|[\s-]+[Cc]entury)(?:\s+(?P<era>BCE|BC|AD|CE))?"),
    ("season", r"\b(?:(?P<rel>(?i:last|next|this|past|coming|following|previous|early|late|mid))[\s-]+)?"
               r"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?(?P<y>[12]\d{3})(?!\d|,\d)"
               r"(?:\s*[-–/]\s*(?P<y2>\d\d(?:\d\d)?)(?!\d|,\d))?)?"),
    ("holiday", r"\b(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?(?P<h>" + "|".join(
        _name_rx(n).replace("'", "['’]") for n in sorted(HOLIDAYS, key=len, reverse=True)) + r")(?![\w'’])"
        r"(?:,?\s+(?P<y>[12]\d{3})(?!\d|,\d))?"),
    ("quarter", r"\b(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|final|last))[\s-]+(?i:quarter)\s+(?:of\s+)?"
                r"(?:(?P<y>[12]\d{3})(?!\d|,\d)|(?P<rel>(?i:the|this|last|next))\s+(?i:year)\b)"),
    ("quarter", r"\b(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth))[\s-]+(?i:quarter)\b(?!\s+of\b)"),  # business
    ("weekend", r"\b(?i:the)\s+(?i:weekend)\b"),  # "over the weekend"
    ("quarter", r"\b(?P<qn>Q[1-4])(?:\s+|\s*-\s*|/)(?P<y>[12]\d{3})(?!\d|,\d)"),
    ("quarter", r"\b(?P<qn>Q[1-4])\b(?![/-]\w)"),  # "Q3" alone: the business quarter, as "the third quarter"
    ("half", r"\b(?=[TtFfSs])(?:(?i:the)\s+)?(?P<h>(?i:first|second))[\s-]+(?i:half)\s+of\s+"
             r"(?:(?P<y>[12]\d{3})(?!\d|,\d|s)|(?P<rel>(?i:the|this|last|next))\s+(?i:year)\b)"),
    ("half", r"\b(?P<hn>H[12])(?:\s+|\s*-\s*|/)(?P<y>[12]\d{3})(?!\d|,\d)"),
    # Fiscal years start where a company or government says: found, left without a value.
    ("fiscal", r"\b(?=[TtFfSsLlQH])(?:(?:(?i:the)\s+)?(?i:first|second|third|fourth|final|last)[\s-]+(?i:quarter|half)\s+of\s+"
               r"|Q[1-4]\s+|H[12]\s+)?(?:(?i:fiscal)(?:\s+(?i:year))?\s+(?:[12]\d{3}|\d\d)|FY\s?(?:[12]\d{3}|\d\d))"
               r"(?:\s*[-–/]\s*\d\d(?:\d\d)?)?(?![\d,.]\d|\w)"),
    ("fiscal", r"\b(?=[TtFf])(?:(?i:the)\s+)?(?i:fiscal)[\s-]+(?:(?i:first|second|third|fourth)[\s-]+(?i:quarter)|Q[1-4])\b"),
    ("relday", r"\b(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
               r"yesterday|tomorrow|this\s+(?:morning|afternoon|evening|day)|last\s+night|earlier\s+today|"
               r"later\s+today|the\s+time\s+of\s+(?:this\s+)?(?:writing|publication)|this\s+writing|press\s+time))\b"),
    # a day of the month alone: "the vote is on the 15th.", "by the 3rd, the army had left"
    # (the lookahead first: the twelve lookbehinds are tried only where "the" stands)
    ("dom", r"(?=the\s)(?:" + "|".join(f"(?<=\\b{p} )" for p in ("on", "On", "by", "By", "until", "since", "from", "before",
                                                        "after", "through", "to", "till")) +
            r")the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*[,.;:)!?]|\s*$|\s+(?:at|when)\b)"),
    # the open end of a range: "(2014 – present)", "from 2019 to the present day"
    ("now", r"(?:\b[Tt]he\s+)?\b[Pp]resent(?:\s+day)?\b"),
    # "has ruled for 20 years": a present perfect's span, up to now
    ("lasting", r"(?<=\bfor )(?:(?i:nearly|almost|about|around|some|more\s+than|over|close\s+to|at\s+least|roughly|"
                r"well\s+over|the\s+better\s+part\s+of)\s+)?" + _NUM + r"\s+(?P<unit>(?i:days|weeks|months|years|decades))\b"),
    ("weekday", r"\b(?:(?P<pre>(?i:(?:the\s+)?(?:early|small|wee)\s+hours\s+of|early|late|last|next|this|"
                r"this\s+coming|this\s+past|coming|past))\s+(?:on\s+)?)?" + _WD +
                r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?:,?\s+(?P<wk>(?i:last|next|this))\s+week)?(?!\w)"),
    ("relunit", r"\b(?:(?P<mod>(?i:earlier|later|early|late|mid|the\s+end\s+of|the\s+start\s+of|"
                r"the\s+beginning\s+of|the\s+middle\s+of|end\s+of|start\s+of|the\s+rest\s+of))[\s-]+)?"
                r"(?:(?P<the>(?i:the))\s+)?(?P<rel>(?i:last|next|this\s+past|this|past|previous|coming|following|current|same|"
                r"that))\s+(?P<unit>(?i:day|week|weekend|month|quarter|year|decade|century|morning|afternoon|evening|night))\b"),
    ("edge", r"\b(?P<mod>(?i:the\s+(?:end|start|beginning|middle|rest)\s+of))\s+the\s+"
             r"(?P<unit>(?i:year|month|week|quarter))\b(?!\s+(?:of|in|before|after|when|that|which)\b)"),
    ("edge", r"\b(?P<unit>(?i:year|month|quarter))[- ](?P<mod>(?i:end))\b"),  # after "by", "at", "until" ...
    ("beforelast", r"\b(?i:the)\s+(?P<unit>(?i:day|week|weekend|month|year))\s+"
                   r"(?P<dir>(?i:before\s+last|after\s+next))\b"),  # "the week before last": two back
    ("sametime", r"\b(?i:this\s+time\s+(?:(?P<dir>last|next)\s+year|a\s+year\s+(?P<ago>ago)))\b"),
    ("thatunit", r"\b(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<dir>(?i:before|after))"
                 r"(?:\s+(?i:that)\b|(?=\s*[,.;:!?)]|\s*$))"),
    ("sameperiod", r"\b(?i:this|that|the\s+same)\s+(?i:period)\b"
                   r"(?!\s+(?:last|of|in|next|previous|from|a\s+year|one\s+year)\b)"),
    ("period", r"\b(?=[TtW9])(?:" + "|".join(_name_rx(k) for k in sorted(NAMED_PERIODS, key=len, reverse=True)) + r")(?!\w)"),
    ("oldyear", r"(?<![\w.,])(?P<y>[1-9]\d{1,2})(?=\s*[),;.]\s|\)|\s*[-–]\s*\d|\s+(?:and|to)\b|\s*[.,]?$)"),
    ("spanback", r"\b(?:(?P<the>(?i:the))\s+)?(?P<rel>(?i:past|last|next|coming|previous|following))\s+"
                 + _NUM + r"\s+(?P<unit>(?i:days|weeks|months|years|decades))\b"),
    ("ago", r"\b(?:(?P<halfa>(?i:half))\s+)?" + _NUM + r"\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries|century|hours?))"
            + _HALF + r"\s+(?P<dir>(?i:ago|earlier|later|prior|from\s+now|hence|before|after))\b"),
    ("inn", r"\b(?i:in)\s+" + _NUM + r"\s+(?P<unit>(?i:days|weeks|months|years))(?:['’]\s*time)?\b"
            r"(?!\s+(?:of|to|in|after|before|since)\b)"),
    ("time", r"(?<![\d.:,])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))"
             r"(?![A-Za-z])" + _TZ),
    ("time", r"(?<![\d.:,])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?:hrs|h)\b)?" + _TZ),
    ("time", r"(?<![\d.:,])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*hrs\b)?\s*\(?(?P<tz>GMT|UTC)\b\)?"),
    ("time", r"\b(?P<noon>noon|midnight|midday)\b"),
]]

# A sentence ends at ". " unless the period ends an initial or a title ("U.S. ", "Mr. Trump").
_SENT_BOUND = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
                         r"(?<!\bGen)(?<!\bLt)(?<!\bCol)(?<!\bProf)(?<!\ba\.m)(?<!\bp\.m)(?<!\bJan)(?<!\bFeb)(?<!\bMar)"
                         r"(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)"
                         r"(?<!\bNo)(?<!\bvs)[.!?]\s|\n")  # nor a clock time's "a.m." or a month's "Oct."
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$")
_TIME_AFTER_DAY = re.compile(r"^\s*(?:,\s*)?(?:at\s+|from\s+|around\s+)?$|^\s*[-–—|·]\s*$")
_DAY_AFTER_TIME = re.compile(r"^\s*(?:,\s*)?(?:local\s+time\s+)?(?:on\s+)?$")
_DAYISH = {"iso", "numeric", "mdy", "dmy", "weekday", "relday", "dom"}


def _num(s: str | None) -> int | None:
    if not s:
        return None
    s = s.strip().replace(",", "")
    if s.isdigit():
        return int(s)
    return words_to_number(s)


def _dnum(g: dict) -> int:
    """The day of a month-day match, written in figures or as an ordinal word ("the fifth of May")."""
    return int(g["d"]) if g.get("d") else ORDINAL_WORDS.get((g.get("dw") or "").lower(), 0)


def _future(text: str, start: int, end: int) -> bool:
    """True when the sentence around [start, end) speaks of the future."""
    return bool(FUTURE_CUE.search(_sentence_left(text, start) + " " + _sentence_right(text, end)))


_TAG = re.compile(r"(?i:said|told|added|reported|wrote|stated|announced|explained|noted)$")


def _tense(text: str, e: dict) -> str:
    """ "future", "past" or "" for an expression: the tense of the cue nearest to it in its
    sentence ("On Saturday, Ms. Roos said she will visit": past; "he said he will visit on
    Saturday": future), the verb of a sentence's subject reached up to 150 characters on."""
    left, right = _sentence_left(text, e["start"]), _sentence_right(text, e["end"], 150)
    best = None
    for side, piece in ((-1, left), (1, right)):
        for tense, rx in (("future", FUTURE_CUE), ("past", PAST_CUE)):
            for c in rx.finditer(piece):
                if side > 0 and c.group().lower() == "would":
                    continue  # "conceded on Sunday, saying he would wait": a later clause's future
                if side > 0 and _TAG.match(c.group()) and len(left.split()) >= 3 \
                        and re.search(r",\s*(?:[\w.'’-]+\s+){0,4}$", piece[:c.start()]) \
                        and re.fullmatch(r"\W*(?:[\w.'’-]+\W*){0,4}", piece[c.end():]):
                    continue  # "the lease runs until the 30th, officials said.": when it was said, not the tense
                dist = len(piece) - c.end() if side < 0 else c.start()
                if best is None or dist < best[0]:
                    best = (dist, tense)
    return best[1] if best else ""


def _past(text: str, start: int, end: int) -> bool:
    """True when the sentence around [start, end) is in the past tense and not the future."""
    around = _sentence_left(text, start) + " " + _sentence_right(text, end)
    return bool(PAST_CUE.search(around)) and not FUTURE_CUE.search(around)


def _yearless(e: dict) -> bool:
    """A month or month-day (or a range of them) with no year of its own."""
    if e["kind"] == "range":
        return all(_yearless(p) for p in e["parts"])
    return e["kind"] in ("mdy", "dmy", "mon") and not e["g"].get("y") and not e["g"].get("post") \
        and not e["g"].get("rel")


def _near_anchor(e: dict, anchor: date) -> bool:
    """An explicit year within a year of the anchor: the text is about its own time."""
    if "parts" in e:  # joined by `_merge`
        return any(_near_anchor(p, anchor) for p in e["parts"])
    y = e["g"].get("y")
    return bool(y) and y.isdigit() and abs(int(y) - anchor.year) <= 1


def _deictic(e: dict) -> bool:
    """True for an expression that points at the time of writing: today, on Sunday, last week, ago."""
    k, g = e["kind"], e["g"]
    if k in ("relday", "weekday", "inn", "beforelast", "sametime", "now", "lasting"):
        return True
    if "parts" in e:  # joined by `_merge` ("+year" joins a yearless month, never deictic, to a year)
        return any(_deictic(p) for p in e["parts"])
    if k in ("relunit", "spanback"):
        return g["rel"].lower().split()[-1] in ("last", "next", "this", "past", "coming", "current")
    return k == "ago" and g["dir"].lower() in ("ago", "from now", "hence")


def _accept(kind: str, m: re.Match[str], text: str) -> bool:
    """Reject matches that are not dates in context (bare 'May', '2000 people', '5 May' as a count)."""
    g = m.groupdict()
    before = text[max(0, m.start() - 30):m.start()]
    if kind == "mon" and not g.get("mod") and not g.get("rel"):
        name = g["mon"].rstrip(".").lower()
        if g["mon"] == "March" and re.search(r"(?:\b[a-z]+|[,;])\s+$", before) and not re.search(r"\b(?:[Tt]he|['’]s)\s+$", before) \
                and not re.match(r"\s+[A-Z]", text[m.end():]):
            return True  # the verb is capitalised only first in a sentence: "it felt like March"
        if name in AMBIGUOUS_MONTHS or g["mon"].endswith(".") or len(name) == 3:
            return bool(MONTH_CUE.search(before))
    if kind in ("mdy", "dmy"):
        if g.get("d2") and int(g["d2"]) <= _dnum(g):
            return False
        return 1 <= _dnum(g) <= 31
    if kind == "year":
        y, y2 = int(g["y"]), g.get("y2") or ""
        span = len(y2) == 4 and 0 < int(y2) - y <= 100  # "over 2000-2050"
        if y > 2099 or y < 1000 or (NOT_YEAR_BEFORE.search(before) and not span) or NOT_YEAR_AFTER.match(text, m.end()):
            return False
        listed = re.search(r"\b[12]\d{3}\s*(?:,|and|or|&|to|until|till|through|-|–)\s*$", before)  # "the 2021 and 2027 surveys"
        levels = y >= 1900 and re.match(r"\s+levels?\b", text[m.end():])  # "cut emissions below 1990 levels"
        if PLURALISH.match(text, m.end()) and not (y >= 1900 and re.search(r"\bthe\s+$", before, re.I)) \
                and not m.group().endswith("s") and not listed and not span and not levels:
            return False  # "2000 people", but "the 2020 elections"
        if y < 1900 and not g.get("mod") and not YEAR_CUE.search(before) and not re.match(
                r"\s*(?:[,.;:)]|$)", text[m.end():m.end() + 2]):
            return False
    if kind == "decade" and not g.get("c") and re.search(
            r"(?:\b(?:was|were|is|are|be)\s+in\s+the|\b(?:low|high|upper))[\s-]+$", before + (g.get("the") or "") + " ", re.I):
        return False  # "it was in the 80s", "the high 70s": a temperature or an age
    if kind == "decade" and g.get("d3"):  # "the 90s", "90s music"; not "in their 90s", "the over 50s"
        return bool(g.get("the")) or bool(re.match(r"\s+[a-z]", text[m.end():]) and not re.search(
            r"\b(?:their|his|her|its|my|our|your|over|under|aged|low|high|upper|mid|top)[\s-]+$", before, re.I))
    if kind in ("season", "weekday") and re.match(r"\s+[A-Z][a-z]", text[m.end():]) and (
            kind == "season" and g["s"][0].isupper() or re.search(r"\b[Tt]he\s+$", before)):
        if not re.match(r"\s+" + _MON, text[m.end():]):
            return False  # "the Summer Academy", "The Saturday Review"
    if kind == "season" and g.get("y2") and not (g["s"].lower() == "winter" and int(g["y2"]) % 100 == (int(g["y"]) + 1) % 100):
        return False  # "winter 2023-24" runs into the next year; no other season does
    if kind == "season" and not g.get("y") and (g.get("rel") or "").lower() not in (
            "last", "next", "this", "past", "coming", "following", "previous"):
        said = re.search(r"\b(?:it|this|that)(?:\s+(?:is|was)|['’]s)\s+(?:(?:a|an)\s+(?:[a-z]+\s+)?)?$", before, re.I)
        if said and not re.match(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|and|or|of|when|again|already|now|here|there|at|on|"
                                 r"for|with|but|so|as|once|too)\b", text[m.end():]):
            return False  # "this is summer camp": a noun, not the season
        if g["s"].lower() == "fall" or not (said or re.search(r"\b(?:the|in|during|by|until|since)\s+$", before, re.I)):
            return False
    if kind == "relunit":
        unit, rel = g["unit"].lower(), g["rel"].lower()
        if g.get("the") and re.match(r"\s+of\b", text[m.end():]):
            return False  # "the last week of March"
        if unit in ("day", "morning", "afternoon", "evening", "night") and not (
                (g.get("the") and rel in ("next", "following", "previous", "same")) or rel == "that"):
            return False
    if kind == "time" and g.get("ampm") and not 1 <= int(g["h"]) <= 12:
        return False
    if kind == "time" and g.get("mi") and not (g.get("ampm") or g.get("tz") or g.get("lt")) \
            and not g["h"].startswith("0") and g["mi"] not in ("00", "15", "30", "45"):
        w = NOT_CLOCK_AFTER.search(before)
        if w and w.group(1).lower() not in WEEKDAYS and w.group(1).rstrip(".").lower() not in MONTHS:
            return False  # "John 3:16", "Romans 8:28": a verse, not a clock time
    if kind == "weekday" and g["wd"].endswith(".") and re.search(r"\b[Tt]he\s+$", before):
        return False  # "the Sun.", a newspaper
    if kind == "weekday" and not g.get("pre") and NAMED_DAY.search(before):
        return False  # "Black Friday", "Super Tuesday": a name
    if kind == "yy" and not re.search(r"\b(?:in|of|since|by|until|till|from|to|and|class|summer|spring|fall|autumn|"
                                      r"winter|season)\s+$", before, re.I):
        return False
    if kind == "weekday" and not g.get("pre"):
        if HABITUAL.search(before) or re.match(r"s?\s+(?:mornings|afternoons|evenings|nights)\b", text[m.end():]):
            return False  # "every Wednesday", "on a Sunday", "on Friday nights": no one day
    if kind == "inn" and SPAN_CUE.search(_sentence_left(text, m.start())) and not _future(text, m.start(), m.end()):
        return False  # "the worst drought in 50 years": up to now, not 50 years ahead
    if kind == "dom":
        return 1 <= int(g["d"]) <= 31
    if kind == "now":  # only as a range's end, right after a date and "to" or a dash
        return bool(re.search(r"\d\s*(?:-|–|—|to|until|till|through)\s*$", before))
    if kind == "lasting":  # after a present perfect in the sentence, not a sentence or a contract
        left = _sentence_left(text, m.start(), 150)
        return bool(PERFECT.search(left)) and not TERM_VERB.search(left) and not _future(text, m.start(), m.end())
    if kind == "spanback" and re.match(r"\s+of\b", text[m.end():]):
        return False  # "the last six months of his career"
    if kind == "holiday" and not g.get("rel") and not g.get("y"):
        if HOLIDAY_THING.match(text, m.end()) or re.search(r"\b(?:Merry|Happy)\s+$", before):
            return False  # "a Christmas tree", "Easter Island", "Merry Christmas"
        prev = re.search(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\s+$", before)
        if re.match(r"\s+[A-Z][a-z]", text[m.end():]) or (prev and not FUNCTION_WORD.match(prev.group(1))):
            return False  # a name or title: "Billy Christmas", "The Christmas Chalet"
    if kind == "relunit" and g["unit"].lower() == "quarter" and (g.get("the") or re.search(r"\bthe\s+$", before, re.I)) \
            and g["rel"].lower() not in ("previous", "following", "same"):
        return False  # "in the last quarter" of a match; the business quarter is "last quarter"
    if kind == "quarter" and not g.get("y") and not g.get("rel"):  # "the first quarter": of a year or of a match?
        around = _sentence_left(text, m.start()) + text[m.end():m.end() + 80]
        return bool(BUSINESS.search(around)) and not SPORT.search(around)
    if kind == "weekend":
        return bool(re.search(r"\b(?:over|through|during|at|on|across|throughout|for|since|until|by)\s+$", before, re.I))
    if kind == "edge" and not g["mod"].lower().startswith("the"):
        return bool(re.search(r"\b(?:by|at|before|until|till|after|since)\s+$", before, re.I))
    if kind == "oldyear":  # a year under 1000: "c. 347", "in the year 64", "(594)" after "508 BC"
        if re.search(r"(?:\bc\.|\b[Cc]irca|\b[Tt]he\s+year)\s*$|(?:\bc\.|\b[Cc]irca)\s*\d{1,3}\s*[-–]\s*$", before):
            return True  # "c. 290 – 341"
        cue = r"(?:\(|\b(?:[Ii]n|around|about|after|until|by|since|before|from)\s|\d\s*[-–]\s*)$"
        if len(g["y"]) < 3 or not re.search(cue, before):
            return False
        return bool(ERA_MARK.search(text, 0, m.start()) or OLD_CENTURY.search(text))
    return True


def _sentence_left(text: str, start: int, width: int = 120) -> str:
    left = text[max(0, start - width):start]
    cut = [b.end() for b in _SENT_BOUND.finditer(left)]
    return left[cut[-1]:] if cut else left


def _sentence_right(text: str, end: int, width: int = 60) -> str:
    right = text[end:end + width]
    m = _SENT_BOUND.search(right)
    return right[:m.start()] if m else right


# Words one of which every match of a pattern contains (lower case): a pattern whose words are
# all missing from a text is not run on it.
_NEEDLES = {
    "century": ("centur",), "quarter": ("quarter", "q1", "q2", "q3", "q4"), "weekend": ("weekend",),
    "edge": ("end", "start", "beginning", "middle", "rest"), "sameperiod": ("period",), "thatunit": ("before", "after"),
    "beforelast": ("before last", "after next"), "sametime": ("this time",),
    "half": ("half", "h1", "h2"), "fiscal": ("fiscal", "fy"),
    "holiday": tuple({re.sub(r"\W.*", "", h.lower().replace("the ", "")) for h in HOLIDAYS}),
    "period": ("war", "depression", "crusades", "ages", "ww", "9/11"), "era": ("bc", "b.c.", "ad", "a.d.", "ce"),
    "yy": ("'", "’", "‘"), "season": ("spring", "summer", "autumn", "fall", "winter"),
    "ago": ("ago", "earlier", "later", "prior", "now", "hence", "before", "after"),
    "spanback": ("past", "last", "next", "coming", "previous", "following"),
    "relday": ("today", "tonight", "yesterday", "tomorrow", "this", "last night", "writing", "publication", "press time"),
    "now": ("present",), "lasting": ("for ",), "dom": ("st", "nd", "rd", "th"),
    "relunit": ("last", "next", "this", "past", "previous", "coming", "following", "current", "same", "that"),
}


def _candidates(text: str) -> list[dict]:
    found = []
    low = text.lower()
    for prio, (kind, rx) in enumerate(_PATTERNS):
        if kind in _NEEDLES and not any(n in low for n in _NEEDLES[kind]):
            continue
        for m in rx.finditer(text):
            if m.end() > m.start() and _accept(kind, m, text):
                found.append({"start": m.start(), "end": m.end(), "kind": kind, "g": m.groupdict(), "prio": prio})
    found.sort(key=lambda c: (c["start"] - c["end"], c["prio"], c["start"]))
    chosen: list[dict] = []
    for c in found:
        if all(c["end"] <= o["start"] or c["start"] >= o["end"] for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c["start"])
    return chosen


def _merge(text: str, cands: list[dict]) -> list[dict]:
    """Join a weekday with its date, a day with its clock time, and two dates into a range."""
    out: list[dict] = []
    for c in cands:
        if out:
            p = out[-1]
            gap = text[p["end"]:c["start"]]
            pk, ck = p["kind"], c["kind"]
            joined = None
            if pk == "weekday" and not p["g"].get("pre") and ck in ("mdy", "dmy", "iso", "numeric") \
                    and re.match(r"^\s*,?\s*$", gap) and not c["g"].get("d2"):
                joined = "wd+date"
            elif pk in _DAYISH | {"wd+date"} and ck == "time" and _TIME_AFTER_DAY.match(gap) \
                    and not p["g"].get("d2") and not p["g"].get("h"):
                joined = "day+time"
            elif pk == "time" and ck in _DAYISH and _DAY_AFTER_TIME.match(gap) and not c["g"].get("d2"):
                joined = "time+day"
            elif pk not in ("time", "range", "ago", "inn", "spanback") and ck not in ("time", "ago", "inn", "spanback") \
                    and _RANGE_GAP.match(gap) and not p["g"].get("d2") and not c["g"].get("d2") and not p["g"].get("y2") \
                    and (not gap.strip() == "and" or re.search(r"\bbetween\s+$", text[max(0, p["start"] - 10):p["start"]], re.I)) \
                    and not (pk == ck == "year" and int(c["g"]["y"]) <= int(p["g"]["y"])):  # "won 2020 to 1990"
                joined = "range"
            elif ck == "year" and not c["g"].get("y2") and not c["g"].get("mod") and re.fullmatch(r"\s+(?:in|of)\s+", gap) \
                    and _yearless(p):
                joined = "+year"  # "between May and June in 1994"
            elif ck == "relunit" and c["g"]["unit"].lower() == "year" and not c["g"].get("mod") \
                    and re.fullmatch(r"\s+(?:of\s+)?", gap) and _yearless(p):
                joined = "+year"  # "in July last year", "in March of that year", "in January the following year"
            if joined:
                out[-1] = {"start": p["start"], "end": c["end"], "kind": joined, "g": {}, "parts": [p, c]}
                continue
        if c["kind"] in ("mdy", "dmy", "iso", "numeric") and not c["g"].get("d2") and not c["g"].get("h") and (
                week_of := re.search(r"\b[Tt]he\s+week\s+of\s+$", text[max(0, c["start"] - 20):c["start"]])):
            c = {"start": c["start"] - len(week_of.group()), "end": c["end"], "kind": "weekof", "g": {}, "parts": [c]}
        out.append(c)
    return out
