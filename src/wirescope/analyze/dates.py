"""Date and time expressions, resolved to ISO 8601 against the publication date.

Values (`value` is null when the text gives no way to resolve the expression):

- a point at the precision the text gives: "2024", "2024-10", "2024-10-29", a week "2024-W44",
  a clock time on a day "2024-10-29T14:30" (with "Z" or "+02:00" when the zone has a fixed
  offset), a clock time with no day "T14:30";
- an interval "start/end" (ISO 8601): ranges ("March 3-5", "between 2019 and 2021"),
  decades ("1990s" -> "1990/1999"), centuries ("19th century" -> "1800/1899"), seasons
  (meteorological, northern hemisphere: "summer 2012" -> "2012-06/2012-08"), weekends,
  "the past three years" (ending on the anchor day and counting it: to 2023-02-28 they start
  on 2020-02-29), named periods ("World War II" -> "1939-09-01/1945-09-02"), quarters ("Q2 2030",
  "last quarter" -> "2030-04/2030-06"); "the late 1990s" is the decade's second half
  ("1995/1999"), "the early 19th century" the century's first quarter ("1800/1824");
- holidays are days: Christmas, New Year's Eve, Halloween, Easter (computed), US Thanksgiving;
- halves count: "a year and a half ago" is 18 months back, "six and a half months ago" 198 days;
  "the 1800s" is a century, "'71" the nearest 1971 or 2071 not more than ten years ahead;
- "the end of" / "the start of" a year, month or week is its last / first day, the day a deadline
  like "by the end of the year" falls on ("the end of March" -> "2024-03-31");
- years BC get a minus sign and no year zero, as in XML Schema 1.0, TEI and Wikidata:
  "508 BC" -> "-0508" (ISO 8601's astronomical numbering would give "-0507").

Deictic expressions (today, on Sunday, last week, two days ago, in January, Oct. 29) resolve
against `published`. A month, month-day or holiday without a year goes to the occurrence nearest
the anchor (tie: the past one); a sentence in the future tense reaches twice as far ahead as
back, one in the past tense twice as far back. A bare weekday goes to the most recent one (the
anchor day included) unless its sentence is in the future tense ("will meet on Sunday"). "Last
night" is yesterday's date; "this weekend" in a past-tense sentence written Monday to Friday is
the one just gone, as is "over the weekend" (the coming one in the future tense). "The first
quarter" with no year is a business quarter only in a sentence about money (shares, sales, GDP)
and none about a match (points, goals).

A text that never points at its own "now" (no today, weekday, last week or ago, and no year
within a year of the anchor: a biography, a history) is a story: there a month or month-day
without a year follows the last absolute date before it, when that is ten years or more from the
anchor ("In January 1835 ... in June ... on October 2" -> 1835).

Anaphoric expressions (three weeks later, the following month, a year earlier, the next day, the
week before that, this period) resolve against the last date resolved before them in the text,
and stay null when there is none; "the end of the year" takes a year given earlier in its
sentence, else the anchor's. A quoted letter's "the 12th of October last" / "Feb. next" counts
from the last absolute date in the text (when the letter was written), else from the anchor. A
year under 1000 is a year after "c.", "circa" or "the year", and after "in", "around", "(" and
the like when the text names an era (AD, BC) or a first-millennium century; it is BC when the last
era the text named was BC ("480 BC ... (410)").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..clean.meta import find_datetime, is_date_line, is_update_line, parse_byline
from .lexicon_dates import (AMBIGUOUS_MONTHS, BUSINESS, DECADE_WORDS, ERA_MARK, FUNCTION_WORD, FUTURE_CUE,
                            HABITUAL, HOLIDAYS, HOLIDAY_THING, MONTHS, MONTH_CUE, NAMED_PERIODS,
                            NOT_CLOCK_AFTER, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, OLD_CENTURY, ORDINAL_WORDS,
                            PAST_CUE, PLURALISH, SEASONS, SPAN_CUE, SPORT, TIMEZONES, WEEKDAYS, YEAR_CUE)
from .lexicon_numbers import NUMBER_WORDS, words_to_number

__all__ = ["find_dates", "infer_published"]



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
_POST = r"\s+(?P<post>last|next)(?=\s*[,;:.!?)\n]|\s*$)"  # "the 12th of October last," (archaic)
_ORDW = r"(?i:" + _alt(list(ORDINAL_WORDS)) + r")"
_MODS = r"(?i:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of|start\s+of)"



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
             r"(?:\s*(?:-|–|/)\s*(?P<y2>\d\d(?!\d)|[12]\d{3}))?(?:(?<=[1-9])['’]s\b)?(?!\d|[.,]\d|['’]?s\b|%|-\w|\w)"),
    ("era", r"(?<![\w.,])(?P<y>\d{1,4})\s*(?:-|–|to)\s*(?:(?i:about|around|c\.)\s*)?(?P<yb>\d{1,4})\s*"
            r"(?P<era>BCE|BC|B\.C\.)(?![A-Za-z])"),
    ("yy", r"(?<![\w'’‘])['’‘](?P<yy>\d\d)(?![\d'’]|s\b|\w)"),  # "the class of '71"
    ("era", r"(?<![\w.,])(?:(?P<y>\d{1,4}(?:,\d{3})?)\s*(?P<era>BCE|BC|B\.C\.|AD|CE|A\.D\.)(?![A-Za-z])"
            r"|(?P<era0>AD|A\.D\.)\s*(?P<y0>\d{1,4})(?!\d))"),
    ("decade", r"(?<![\w'’‘])(?:(?P<the>[Tt]he)\s+)?(?:(?P<mod>(?i:early|mid|later|late))[\s-]+)?"
               r"(?:(?P<c>1\d|20)(?P<dd>\d)0|['’‘](?P<d2>\d)0|(?P<d3>[1-9])0)['’]?s\b"),
    ("decade", r"\b(?P<the>[Tt]he)\s+(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<dw>(?i:"
               + "|".join(DECADE_WORDS) + r"))\b"),
    ("century", r"(?<![\w])(?:(?P<the>[Tt]he)\s+)?(?:(?P<mod>(?i:early|mid|later|late))[\s-]+)?"
                r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>" + _ORDW + r"))(?:\s*(?:-|–|to|and|through)\s*(?:the\s+)?"
                r"(?:(?P<mod2>(?i:early|mid|later|late))[\s-]+)?(?:(?P<n2>\d{1,2})(?:st|nd|rd|th)|(?P<w2>" + _ORDW + r"))"
                r"[\s-]+[Cc]enturies|[\s-]+[Cc]entury)(?:\s+(?P<era>BCE|BC|AD|CE))?"),
    ("season", r"\b(?:(?P<rel>(?i:last|next|this|past|coming|early|late|mid))[\s-]+)?"
               r"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?(?P<y>[12]\d{3})(?!\d|,\d))?"),
    ("holiday", r"\b(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?(?P<h>" + "|".join(
        _name_rx(n).replace("'", "['’]") for n in sorted(HOLIDAYS, key=len, reverse=True)) + r")(?![\w'’])"
        r"(?:,?\s+(?P<y>[12]\d{3})(?!\d|,\d))?"),
    ("quarter", r"\b(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|final|last))[\s-]+(?i:quarter)\s+(?:of\s+)?"
                r"(?:(?P<y>[12]\d{3})(?!\d|,\d)|(?P<rel>(?i:the|this|last|next))\s+(?i:year)\b)"),
    ("quarter", r"\b(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth))[\s-]+(?i:quarter)\b(?!\s+of\b)"),  # business
    ("weekend", r"\b(?i:the)\s+(?i:weekend)\b"),  # "over the weekend"
    ("quarter", r"\b(?P<qn>Q[1-4])(?:\s+|\s*-\s*|/)(?P<y>[12]\d{3})(?!\d|,\d)"),
    ("relday", r"\b(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
               r"yesterday|tomorrow|this\s+(?:morning|afternoon|evening|day)|last\s+night|earlier\s+today|"
               r"later\s+today))\b"),
    ("weekday", r"\b(?:(?P<pre>(?i:(?:the\s+)?(?:early|small|wee)\s+hours\s+of|early|late|last|next|this|"
                r"this\s+coming|coming|past))\s+(?:on\s+)?)?" + _WD +
                r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?:,?\s+(?P<wk>(?i:last|next|this))\s+week)?(?!\w)"),
    ("relunit", r"\b(?:(?P<mod>(?i:earlier|later|early|late|mid|the\s+end\s+of|the\s+start\s+of|"
                r"the\s+beginning\s+of|the\s+middle\s+of|end\s+of|start\s+of|the\s+rest\s+of))[\s-]+)?"
                r"(?:(?P<the>(?i:the))\s+)?(?P<rel>(?i:last|next|this|past|previous|coming|following|current|same|that))"
                r"\s+(?P<unit>(?i:day|week|weekend|month|quarter|year|decade|century|morning|afternoon|evening|night))\b"),
    ("edge", r"\b(?P<mod>(?i:the\s+(?:end|start|beginning|middle|rest)\s+of))\s+the\s+"
             r"(?P<unit>(?i:year|month|week|quarter))\b(?!\s+(?:of|in|before|after|when|that|which)\b)"),
    ("edge", r"\b(?P<unit>(?i:year|month|quarter))[- ](?P<mod>(?i:end))\b"),  # after "by", "at", "until" ...
    ("thatunit", r"\b(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<dir>(?i:before|after))"
                 r"(?:\s+(?i:that)\b|(?=\s*[,.;:!?)]|\s*$))"),
    ("sameperiod", r"\b(?i:this|that|the\s+same)\s+(?i:period)\b"
                   r"(?!\s+(?:last|of|in|next|previous|from|a\s+year|one\s+year)\b)"),
    ("period", r"\b(?=[TtW9])(?:" + "|".join(_name_rx(k) for k in sorted(NAMED_PERIODS, key=len, reverse=True)) + r")(?!\w)"),
    ("oldyear", r"(?<![\w.,])(?P<y>[1-9]\d{1,2})(?=\s*[),;.]\s|\)|\s*[-–]\s*\d|\s+(?:and|to)\b|\s*[.,]?$)"),
    ("spanback", r"\b(?:(?P<the>(?i:the))\s+)?(?P<rel>(?i:past|last|next|coming|previous|following))\s+"
                 + _NUM + r"\s+(?P<unit>(?i:days|weeks|months|years|decades))\b"),
    ("ago", r"\b" + _NUM + r"\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries|century|hours?))"
            + _HALF + r"\s+(?P<dir>(?i:ago|earlier|later|prior|from\s+now|hence|before|after))\b"),
    ("inn", r"\b(?i:in)\s+" + _NUM + r"\s+(?P<unit>(?i:days|weeks|months|years))(?:['’]\s*time)?\b"
            r"(?!\s+(?:of|to|in|after|before|since)\b)"),
    ("time", r"(?<![\d.:,])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))"
             r"(?![A-Za-z])" + _TZ),
    ("time", r"(?<![\d.:,])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?:hrs|h)\b)?" + _TZ),
    ("time", r"(?<![\d.:,])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*hrs\b)?\s*\(?(?P<tz>GMT|UTC)\b\)?"),
    ("time", r"\b(?P<noon>noon|midnight|midday)\b"),
]]

_SENT_BOUND = re.compile(r"[.!?]\s|\n")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$")
_TIME_AFTER_DAY = re.compile(r"^\s*(?:,\s*)?(?:at\s+|from\s+|around\s+)?$|^\s*[-–—|·]\s*$")
_DAY_AFTER_TIME = re.compile(r"^\s*(?:,\s*)?(?:local\s+time\s+)?(?:on\s+)?$")
_DAYISH = {"iso", "numeric", "mdy", "dmy", "weekday", "relday"}


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    s = f"{y:04d}" if y > 0 else f"-{1 - y:04d}"  # no year zero: -0508 is 508 BC
    return s + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


def _num(s: str | None) -> int | None:
    if not s:
        return None
    s = s.strip().replace(",", "")
    if s.isdigit():
        return int(s)
    return words_to_number(s)


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _reach(dist: int, ahead: bool, tense: str = "") -> tuple[float, bool]:
    """Sort key for "nearest": a future-tense sentence reaches twice as far ahead as back ("will
    rule on Oct. 29" in April is the coming October), a past-tense one twice as far back ("hit on
    Oct. 4" in April is last October); ties go to the past, or ahead in the future."""
    far = (tense == "future" and ahead) or (tense == "past" and not ahead)
    return (abs(dist) / (2 if far else 1), ahead != (tense == "future"))


def _dnum(g: dict) -> int:
    """The day of a month-day match, written in figures or as an ordinal word ("the fifth of May")."""
    return int(g["d"]) if g.get("d") else ORDINAL_WORDS.get((g.get("dw") or "").lower(), 0)


def _nearest_md(anchor: date, m: int, d: int, tense: str = "") -> date | None:
    cands = [c for c in (_day(y, m, d) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if c]
    return min(cands, key=lambda c: _reach((c - anchor).days, c > anchor, tense)) if cands else None


def _nearest_month(anchor: date, m: int, rel: str | None, tense: str = "") -> int:
    a = anchor.year * 12 + anchor.month - 1
    cands = [y * 12 + m - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel == "last":
        return max(c for c in cands if c < a) // 12
    if rel in ("next", "coming"):
        return min(c for c in cands if c > a) // 12
    if rel == "this":
        return anchor.year
    return min(cands, key=lambda c: _reach(c - a, c > a, tense)) // 12


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + m - 1 + n
    return k // 12, k % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _parse_point(v: str | None) -> tuple[int, int | None, int | None] | None:
    """(y, m, d) of the last point in a value, for anaphoric reference."""
    if not v:
        return None
    v = v.split("/")[-1]
    w = re.match(r"^(\d{4})-W(\d\d)", v)
    if w:
        d = date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
        return d.year, d.month, d.day
    m = re.match(r"^(-?\d{4})(?:-(\d\d)(?:-(\d\d))?)?", v)
    if not m:
        return None
    y = int(m.group(1))
    return (y if y > 0 else 1 + y), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def _shift(p: tuple[int, int | None, int | None], unit: str, n: int) -> str | None:
    """A point moved by n units, at the unit's precision; None when the point is too coarse."""
    y, m, d = p
    if unit in ("day", "week"):
        if not (m and d) or y < 1:
            return None
        try:
            return (date(y, m, d) + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        except OverflowError:
            return None
    if unit == "month":
        return _fmt(*_add_months(y, m, n)) if m else None
    factor = {"year": 1, "decade": 10, "century": 100}.get(unit)
    return _fmt(y + n * factor) if factor else None


def _anchor(published: str | None) -> tuple[date | None, str | None]:
    if not published:
        return None, None
    try:
        dt = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return None, None
    return dt.date(), (dt.strftime("%H:%M") if len(published.strip()) > 10 else None)


def _future(text: str, start: int, end: int) -> bool:
    """True when the sentence around [start, end) speaks of the future."""
    left = _sentence_left(text, start)
    right = text[end:end + 60]
    m = _SENT_BOUND.search(right)
    right = right[:m.start()] if m else right
    return bool(FUTURE_CUE.search(left + " " + right))


def _tense(text: str, e: dict) -> str:
    """ "future", "past" or "" for the sentence around an expression."""
    if _future(text, e["start"], e["end"]):
        return "future"
    return "past" if _past(text, e["start"], e["end"]) else ""


def _past(text: str, start: int, end: int) -> bool:
    """True when the sentence around [start, end) is in the past tense and not the future."""
    left = _sentence_left(text, start)
    right = text[end:end + 60]
    m = _SENT_BOUND.search(right)
    around = left + " " + (right[:m.start()] if m else right)
    return bool(PAST_CUE.search(around)) and not FUTURE_CUE.search(around)


def _yearless(e: dict) -> bool:
    """A month or month-day (or a range of them) with no year of its own."""
    if e["kind"] == "range":
        return all(_yearless(p) for p in e["parts"])
    return e["kind"] in ("mdy", "dmy", "mon") and not e["g"].get("y") and not e["g"].get("post") \
        and not e["g"].get("rel")


def _near_anchor(e: dict, anchor: date) -> bool:
    """An explicit year within a year of the anchor: the text is about its own time."""
    if e["kind"] in ("wd+date", "day+time", "time+day", "range", "+year"):
        return any(_near_anchor(p, anchor) for p in e["parts"])
    y = e["g"].get("y")
    return bool(y) and y.isdigit() and abs(int(y) - anchor.year) <= 1


def _deictic(e: dict) -> bool:
    """True for an expression that points at the time of writing: today, on Sunday, last week, ago."""
    k, g = e["kind"], e["g"]
    if k in ("relday", "weekday", "inn"):
        return True
    if k in ("wd+date", "day+time", "time+day", "range"):
        return any(_deictic(p) for p in e["parts"])
    if k in ("relunit", "spanback"):
        return g["rel"].lower() in ("last", "next", "this", "past", "coming", "current")
    return k == "ago" and g["dir"].lower() in ("ago", "from now", "hence")


def _accept(kind: str, m: re.Match[str], text: str) -> bool:
    """Reject matches that are not dates in context (bare 'May', '2000 people', '5 May' as a count)."""
    g = m.groupdict()
    before = text[max(0, m.start() - 30):m.start()]
    if kind == "mon" and not g.get("mod") and not g.get("rel"):
        name = g["mon"].rstrip(".").lower()
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
        listed = re.search(r"\b[12]\d{3}\s*(?:,|and|or|&|to)\s*$", before)  # "the 2011 and 2017 censuses"
        if PLURALISH.match(text, m.end()) and not (y >= 1900 and re.search(r"\bthe\s+$", before, re.I)) \
                and not m.group().endswith("s") and not listed and not span:
            return False  # "2000 people", but "the 2020 elections"
        if y < 1900 and not g.get("mod") and not YEAR_CUE.search(before) and not re.match(
                r"\s*(?:[,.;:)]|$)", text[m.end():m.end() + 2]):
            return False
    if kind == "decade" and not g.get("c") and re.search(
            r"(?:\b(?:was|were|is|are|be)\s+in\s+the|\b(?:low|high|upper))[\s-]+$", before + (g.get("the") or "") + " ", re.I):
        return False  # "it was in the 80s", "the high 70s": a temperature or an age
    if kind == "decade" and g.get("d3"):
        return bool(g.get("the"))
    if kind in ("season", "weekday") and re.match(r"\s+[A-Z][a-z]", text[m.end():]) and (
            kind == "season" and g["s"][0].isupper() or re.search(r"\b[Tt]he\s+$", before)):
        if not re.match(r"\s+" + _MON, text[m.end():]):
            return False  # "the Summer Institute", "The Saturday Evening Post"
    if kind == "season" and not g.get("y") and (g.get("rel") or "").lower() not in ("last", "next", "this", "past", "coming"):
        if g["s"].lower() == "fall" or not re.search(r"\b(?:the|in|during|by|until|since)\s+$", before, re.I):
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
            return False  # "John 3:16", "Corinthians 9:25": a verse, not a clock time
    if kind == "weekday" and g["wd"].endswith(".") and re.search(r"\b[Tt]he\s+$", before):
        return False  # "the Sun.", a newspaper
    if kind == "yy" and not re.search(r"\b(?:in|of|since|by|until|till|from|to|and|class|summer|spring|fall|autumn|"
                                      r"winter|season)\s+$", before, re.I):
        return False
    if kind == "weekday" and not g.get("pre"):
        if HABITUAL.search(before) or re.match(r"s?\s+(?:mornings|afternoons|evenings|nights)\b", text[m.end():]):
            return False  # "every Wednesday", "on a Sunday", "on Friday nights": no one day
    if kind == "inn" and SPAN_CUE.search(_sentence_left(text, m.start())) and not _future(text, m.start(), m.end()):
        return False  # "the worst drought in 50 years": up to now, not 50 years ahead
    if kind == "spanback" and re.match(r"\s+of\b", text[m.end():]):
        return False  # "the last five months of her life"
    if kind == "holiday" and not g.get("rel") and not g.get("y"):
        if HOLIDAY_THING.match(text, m.end()) or re.search(r"\b(?:Merry|Happy)\s+$", before):
            return False  # "a Christmas tree", "Easter Island", "Merry Christmas"
        prev = re.search(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\s+$", before)
        if re.match(r"\s+[A-Z][a-z]", text[m.end():]) or (prev and not FUNCTION_WORD.match(prev.group(1))):
            return False  # a name or title: "Johnnie Christmas", "The Christmas Cottage"
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
    if kind == "oldyear":  # a year under 1000: "c. 347", "in the year 71", "(594)" after "508 BC"
        if re.search(r"(?:\bc\.|\b[Cc]irca|\b[Tt]he\s+year)\s*$|(?:\bc\.|\b[Cc]irca)\s*\d{1,3}\s*[-–]\s*$", before):
            return True  # "c. 314 – 368"
        cue = r"(?:\(|\b(?:[Ii]n|around|about|after|until|by|since|before|from)\s|\d\s*[-–]\s*)$"
        if len(g["y"]) < 3 or not re.search(cue, before):
            return False
        return bool(ERA_MARK.search(text, 0, m.start()) or OLD_CENTURY.search(text))
    return True


def _sentence_left(text: str, start: int, width: int = 120) -> str:
    left = text[max(0, start - width):start]
    cut = [b.end() for b in _SENT_BOUND.finditer(left)]
    return left[cut[-1]:] if cut else left


# Words one of which every match of a pattern contains (lower case): a pattern whose words are
# all missing from a text is not run on it.
_NEEDLES = {
    "century": ("centur",), "quarter": ("quarter", "q1", "q2", "q3", "q4"), "weekend": ("weekend",),
    "edge": ("end", "start", "beginning", "middle", "rest"), "sameperiod": ("period",), "thatunit": ("before", "after"),
    "holiday": tuple({re.sub(r"\W.*", "", h.lower().replace("the ", "")) for h in HOLIDAYS}),
    "period": ("war", "depression", "crusades", "ages", "ww", "9/11"), "era": ("bc", "b.c.", "ad", "a.d.", "ce"),
    "yy": ("'", "’", "‘"), "season": ("spring", "summer", "autumn", "fall", "winter"),
    "ago": ("ago", "earlier", "later", "prior", "now", "hence", "before", "after"),
    "spanback": ("past", "last", "next", "coming", "previous", "following"),
    "relday": ("today", "tonight", "yesterday", "tomorrow", "this", "last night"),
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
                    and (not gap.strip() == "and" or re.search(r"\bbetween\s+$", text[max(0, p["start"] - 10):p["start"]], re.I)):
                joined = "range"
            elif ck == "year" and not c["g"].get("y2") and not c["g"].get("mod") and re.fullmatch(r"\s+(?:in|of)\s+", gap) \
                    and _yearless(p):
                joined = "+year"  # "between May and June in 1981"
            if joined:
                out[-1] = {"start": p["start"], "end": c["end"], "kind": joined, "g": {}, "parts": [p, c]}
                continue
        out.append(c)
    return out


_Value = tuple[str | None, bool]  # (ISO value or None, relative to the anchor or an earlier date)


class _Ctx:
    """Resolution state for one call: the anchor and the last date resolved (for 'a year later')."""

    def __init__(self, text: str, published: str | None) -> None:
        self.text = text
        self.anchor, self.anchor_time = _anchor(published)
        self.ref: tuple[int, int | None, int | None] | None = None
        self.ref_end = 0  # where the expression that set `ref` ends
        self.last: str | None = None  # the last value resolved, intervals whole (for "this period")
        self.narrative = False  # the text never points at its own "now" (see story())
        self.told: tuple[tuple[int, int | None, int | None], int] | None = None  # last absolute date, its end
        self.written: date | None = None  # the last absolute date with a month: when a quoted letter was written

    def base(self) -> date | None:
        """What "the 12th of October last" counts from: the last absolute date in the text, else the anchor."""
        return self.written or self.anchor

    def story(self, start: int, future: bool) -> date | int | None:
        """In a text that never points at its own "now" (no today, Sunday, last week, ago, no year
        within a year of the anchor: a biography, a history), the last absolute date before `start`,
        when ten years or more from the anchor, is the time the story has reached: "In 1831 ... on
        July 14" (a year alone is returned as an int: its months are that year's)."""
        if not self.narrative or future or not self.told or not self.anchor:
            return None
        (y, m, d), _ = self.told
        if abs(y - self.anchor.year) < 10:
            return None
        return date(y, m or 1, d or 1) if m else y

    def focus(self, start: int) -> date | None:
        """What "the end of the year" counts from: a date given earlier in the same sentence, else the anchor."""
        if self.ref and self.ref[0] > 0 and not _SENT_BOUND.search(self.text, self.ref_end, start):
            return date(self.ref[0], self.ref[1] or 1, self.ref[2] or 1)
        return self.anchor


def _tz(g: dict) -> str:
    return TIMEZONES.get((g.get("tz") or "").lower(), "")


def _time(g: dict) -> str:
    if g.get("noon"):
        return "T12:00" if g["noon"] != "midnight" else "T00:00"
    h, mi = int(g["h"]), int(g.get("mi") or 0)
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm:
        h = h % 12 + (12 if ampm == "pm" else 0)
    return f"T{h:02d}:{mi:02d}" + _tz(g)


def _resolve(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """(value, relative) for one expression, by its kind; `year_hint` is a year given by a
    neighbour ("May and June in 1981", "June 2 to July 9, 2030")."""
    return _RESOLVERS[e["kind"]](e, ctx, year_hint)


def _r_wd_date(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    return _resolve(e["parts"][1], ctx)


def _r_day_time(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    k = e["kind"]
    day_e, time_e = (e["parts"][0], e["parts"][1]) if k == "day+time" else (e["parts"][1], e["parts"][0])
    dv, rel = _resolve(day_e, ctx)
    tv = _time(time_e["g"])
    if day_e["kind"] == "relday" and re.fullmatch(r"(?i:last\s+night)", day_e["g"]["w"]) and tv < "T06" and ctx.anchor:
        dv = ctx.anchor.isoformat()  # "at 4 a.m. last night": the small hours of today
    if dv and re.fullmatch(r"-?\d{4}-\d\d-\d\d", dv):
        return dv + tv, rel
    return dv, rel


def _r_with_year(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    return _resolve(e["parts"][0], ctx, year_hint=int(e["parts"][1]["g"]["y"]))[0], False


def _r_range(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    p, c = e["parts"]
    if year_hint:
        pv, cv = _resolve(p, ctx, year_hint)[0], _resolve(c, ctx, year_hint)[0]
        return (pv.split("/")[0] + "/" + cv.split("/")[-1] if pv and cv else None), False
    cv, crel = _resolve(c, ctx)
    cp = _parse_point(cv)
    hint = cp[0] if cp and c["g"].get("y") and not p["g"].get("y") else None
    pv, prel = _resolve(p, ctx, year_hint=hint)
    if hint and pv and cv and pv > cv.split("/")[-1]:
        pv, prel = _resolve(p, ctx, year_hint=hint - 1)
    if pv and cv:
        return pv.split("/")[0] + "/" + cv.split("/")[-1], prel or crel
    return None, prel or crel


def _r_iso(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    if not _day(int(g["y"]), int(g["m"]), int(g["d"])):
        return None, False
    v = f"{g['y']}-{g['m']}-{g['d']}"
    if g.get("h"):
        off = g.get("off") or ""
        v += f"T{g['h']}:{g['mi']}" + ("Z" if off in ("Z", "+00:00", "+0000") else off)
    return v, False


def _r_numeric(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    x, y_, yr = int(g["a"]), int(g["b"]), int(g["y"])
    if g["sep"] == ".":
        d, m = x, y_  # dotted dates are day-first wherever they are written
    elif x > 12 >= y_:
        d, m = x, y_
    elif y_ > 12 >= x:
        d, m = y_, x
    else:
        return None, False  # 03/04/2024: day-first or month-first? the text does not say
    return (_fmt(yr, m, d) if _day(yr, m, d) else None), False


def _r_mdy(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    m, d = MONTHS[g["mon"].rstrip(".").lower()], _dnum(g)
    d2 = int(g["d2"]) if g.get("d2") else None
    yr = int(g["y"]) if g.get("y") else year_hint
    rel = False
    if yr is None and g.get("post") and ctx.base():
        near = _next_md(ctx.base(), m, d, g["post"] == "next")
        if not near:
            return None, True
        yr, rel = near.year, True
    if yr is None:
        if not a:
            return None, True
        fut = _future(ctx.text, e["start"], e["end"])
        story = ctx.story(e["start"], fut)
        if isinstance(story, int):
            near = _day(story, m, d)
        else:
            near = _nearest_md(story or a, m, d, "future" if fut or story else _tense(ctx.text, e))  # a story moves on
        if not near:
            return None, True
        yr, rel = near.year, True
    if not _day(yr, m, d) or (d2 and not _day(yr, m, d2)):
        return None, rel
    v = _fmt(yr, m, d)
    return (v + "/" + _fmt(yr, m, d2) if d2 else v), rel


def _r_my(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    m = MONTHS[g["mon"].rstrip(".").lower()]
    if g.get("y"):
        return _edge(_fmt(int(g["y"]), m), g.get("mod")), False
    if year_hint:
        return _edge(_fmt(year_hint, m), g.get("mod")), False
    if g.get("post") and ctx.base():
        return _fmt(_nearest_month(ctx.base(), m, g["post"]), m), True
    if not a:
        return None, True
    rel = (g.get("rel") or "").lower() or None
    fut = _future(ctx.text, e["start"], e["end"])
    story = ctx.story(e["start"], fut)
    if isinstance(story, int):
        return _edge(_fmt(story, m), g.get("mod")), True
    tense = "future" if fut or story else _tense(ctx.text, e)
    return _edge(_fmt(_nearest_month(story or a, m, rel, tense), m), g.get("mod")), True


def _r_year(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    y, y2 = int(g["y"]), g.get("y2")
    if y2:
        y2i = int(y2) if len(y2) == 4 else (y // 100) * 100 + int(y2)
        return (f"{_fmt(y)}/{_fmt(y2i)}" if y2i > y else None), False
    return _edge(_fmt(y), g.get("mod")), False


def _r_yy(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """ "'71": the nearest such year not more than ten years ahead of the anchor."""
    g, a = e["g"], ctx.anchor
    if not a:
        return None, True
    y = a.year // 100 * 100 + int(g["yy"])
    return _fmt(y - 100 if y > a.year + 10 else y), True


def _r_era(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    if g.get("yb"):  # "1200 to 400 BC"
        y, yb = int(g["y"]), int(g["yb"])
        return (f"{_fmt(1 - y)}/{_fmt(1 - yb)}" if y > yb > 0 else None), False
    y = int((g.get("y") or g.get("y0") or "0").replace(",", ""))
    era = (g.get("era") or g.get("era0") or "").replace(".", "")
    if y == 0:
        return None, False
    return _fmt(1 - y if era in ("BC", "BCE") else y), False  # 508 BC is year -507 inside


def _r_decade(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    if g.get("c") and g["dd"] == "0" and int(g["c"]) < 20:  # "the 1800s": a century
        lo, hi = _part(int(g["c"]) * 100, 100, g.get("mod"))
        return f"{_fmt(lo)}/{_fmt(hi)}", False
    if g.get("c"):
        start = int(g["c"] + g["dd"] + "0")
    else:
        dd = DECADE_WORDS[g["dw"].lower()] if g.get("dw") else int(g.get("d2") or g.get("d3"))
        start = 2000 + dd * 10 if a and 2000 + dd * 10 <= a.year else 1900 + dd * 10
    lo, hi = _part(start, 10, g.get("mod"))
    return f"{_fmt(lo)}/{_fmt(hi)}", not g.get("c")


def _r_century(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    n = int(g["n"]) if g.get("n") else ORDINAL_WORDS.get((g.get("w") or "").lower())
    n2 = int(g["n2"]) if g.get("n2") else ORDINAL_WORDS.get((g.get("w2") or "").lower()) or n
    if not n or n2 < n:
        return None, False
    if g.get("era") in ("BC", "BCE"):
        return f"{_fmt(1 - n * 100)}/{_fmt(1 - (n2 - 1) * 100 - 1)}", False
    lo = _part((n - 1) * 100, 100, g.get("mod"))[0]
    hi = _part((n2 - 1) * 100, 100, g.get("mod2") if g.get("n2") or g.get("w2") else g.get("mod"))[1]
    return f"{_fmt(lo)}/{_fmt(hi)}", False


def _r_season(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    s1, s2 = SEASONS[g["s"].lower()]
    rel = (g.get("rel") or "").lower()
    if g.get("y"):
        y = int(g["y"])
    elif a:
        cur = a.year - (1 if s1 > s2 and a.month < s1 else 0)  # the season of this cycle
        starts = {y: y * 12 + s1 for y in (cur - 1, cur, cur + 1)}
        now = a.year * 12 + a.month
        if rel == "last":
            y = max(y for y, s in starts.items() if s + 2 < now)
        elif rel in ("next", "coming"):
            y = min(y for y, s in starts.items() if s > now)
        else:
            inside = [y for y, s in starts.items() if s <= now <= s + 2]
            y = inside[0] if inside else min(starts, key=lambda y: (min(abs(starts[y] - now), abs(starts[y] + 2 - now)), starts[y] > now))
    else:
        return None, True
    y2 = y + 1 if s1 > s2 else y
    return f"{_fmt(y, s1)}/{_fmt(y2, s2)}", not g.get("y")


def _r_relday(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    if not a:
        return None, True
    w = re.sub(r"\s+", " ", g["w"].lower())
    off = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
           "the day after tomorrow": 2}.get(w, 0)
    return (a + timedelta(days=off)).isoformat(), True


def _r_weekday(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    if not a:
        return None, True
    wd = next(i for name, i in WEEKDAYS.items() if name.startswith(g["wd"].lower()[:3]))
    pre = re.sub(r"\s+", " ", (g.get("pre") or "").lower())
    wk = (g.get("wk") or "").lower()
    aw = a.weekday()
    if wk:
        monday = a - timedelta(days=aw) + timedelta(weeks={"last": -1, "next": 1}.get(wk, 0))
        return (monday + timedelta(days=wd)).isoformat(), True
    if pre == "last" or pre == "past":
        delta = -((aw - wd) % 7 or 7)
    elif pre in ("next", "coming", "this coming"):
        delta = (wd - aw) % 7 or 7
    elif pre == "this" or _future(ctx.text, e["start"], e["end"]):
        delta = (wd - aw) % 7
    else:
        delta = -((aw - wd) % 7)
    return (a + timedelta(days=delta)).isoformat(), True


def _r_relunit(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    unit, rel = g["unit"].lower(), g["rel"].lower()
    mod = (g.get("mod") or "").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    anaphoric = rel in ("previous", "following", "same", "that") or (rel == "next" and g.get("the"))
    if anaphoric:
        v = _shift(ctx.ref, unit, step) if ctx.ref else None
        return _edge(_week(date.fromisoformat(v)) if v and unit == "week" else v, mod), True
    if not a:
        return None, True
    if rel in ("past", "last") and unit in ("week", "month", "year", "decade") and g.get("the") and not mod:
        return f"{_since(a, unit, 1)}/{a.isoformat()}", True
    if unit == "weekend" and rel == "this" and a.weekday() < 5 and _past(ctx.text, e["start"], e["end"]):
        step = -1  # "was a guest at the fair this weekend", said on a Tuesday
    v = _unit_value(a, unit, step)
    if unit == "weekend" and v:
        return v, True
    if mod.endswith("rest of") and v:
        return f"{a.isoformat()}/{_edge(v, 'end of')}", True
    return _edge(v, mod), True


def _r_ago(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    k, g, a = e["kind"], e["g"], ctx.anchor
    n = _num(g.get("n"))
    unit = g["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    if n is None:
        return None, True
    if g.get("half") or g.get("half2"):  # "a year and a half": 18 months; "6 1/2 months": 198 days
        unit, n = {"year": ("month", n * 12 + 6), "decade": ("year", n * 10 + 5), "century": ("year", n * 100 + 50),
                   "month": ("day", round(n * 30.44 + 15.22)), "week": ("day", n * 7 + 3)}.get(unit, (unit, n))
    if k == "spanback":
        rel = g["rel"].lower()
        if rel in ("previous", "following") or not a:
            return None, True
        if rel in ("past", "last"):
            return f"{_since(a, unit, n)}/{a.isoformat()}", True
        other = _shift((a.year, a.month, a.day), unit, n)
        if not other or not re.fullmatch(r"\d{4}-\d\d-\d\d", other):
            other = _shift_day(a, unit, n)
        return (f"{a.isoformat()}/{other}" if other else None), True
    direction = (g.get("dir") or "in").lower()
    if direction in ("before", "after"):
        return None, True  # "two days before the vote": relative to an event, not a date
    if direction in ("earlier", "later", "prior"):
        if not ctx.ref:
            return None, True
        return _shift(ctx.ref, unit, n if direction == "later" else -n), True
    if not a:
        return None, True
    sign = -1 if direction == "ago" else 1
    if unit == "hour":
        return a.isoformat(), True
    return _shift((a.year, a.month, a.day), unit, sign * n), True


def _r_edge(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    base = ctx.focus(e["start"])
    if not base:
        return None, True
    unit, mod = g["unit"].lower(), g["mod"].lower()
    v = _unit_value(base, unit, 0)
    if "rest" in mod:
        return f"{a.isoformat() if a and base == a else _edge(v, 'start of')}/{_edge(v, 'end of')}", True
    return _edge(v, mod), True


def _r_thatunit(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    unit = g["unit"].lower()
    v = _shift(ctx.ref, unit, -1 if g["dir"].lower() == "before" else 1) if ctx.ref else None
    return (_week(date.fromisoformat(v)) if v and unit == "week" else v), True


def _r_period(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    return NAMED_PERIODS.get(re.sub(r"^The ", "the ", re.sub(r"\s+", " ", ctx.text[e["start"]:e["end"]]))), False


def _r_weekend(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """ "over the weekend": this one on Saturday or Sunday, else the last (the next in the future)."""
    a = ctx.anchor
    if not a:
        return None, True
    step = 0 if a.weekday() >= 5 else (0 if _future(ctx.text, e["start"], e["end"]) else -1)
    return _unit_value(a, "weekend", step), True


def _r_holiday(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    rel = (g.get("rel") or "").lower()
    key = re.sub(r"\s+", " ", g["h"]).replace("’", "'").lower()
    if g.get("y"):
        d = _holiday(key, int(g["y"]))
        return (d.isoformat() if d else None), False
    if not a:
        return None, True
    cands = [c for c in (_holiday(key, y) for y in (a.year - 1, a.year, a.year + 1)) if c]
    if rel in ("last", "past"):
        cands = sorted(c for c in cands if c < a)[-1:]
    elif rel in ("next", "coming"):
        cands = sorted(c for c in cands if c > a)[:1]
    elif rel == "this":
        cands = [c for c in cands if c.year == a.year]
    if not cands:
        return None, True
    return min(cands, key=lambda c: _reach((c - a).days, c > a, _tense(ctx.text, e))).isoformat(), True


def _r_quarter(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    q = int(g["qn"][1]) if g.get("qn") else {"first": 1, "second": 2, "third": 3}.get(g["q"].lower(), 4)
    if g.get("y"):
        y = int(g["y"])
    elif a and g.get("rel"):
        y = a.year + {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
    elif a:  # the last such quarter begun by the anchor; in the future tense, the next not yet over
        y = a.year if 3 * q - 2 <= a.month else a.year - 1
        if _future(ctx.text, e["start"], e["end"]) and 3 * q < a.month:
            y += 1
    else:
        return None, True
    return f"{_fmt(y, 3 * q - 2)}/{_fmt(y, 3 * q)}", not g.get("y")


def _r_sameperiod(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    return ctx.last, True


def _r_oldyear(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    marks = list(ERA_MARK.finditer(ctx.text, 0, e["start"]))
    bc = bool(marks) and bool(marks[-1].group("bc") or marks[-1].group("bcc"))
    return _fmt(1 - int(g["y"]) if bc else int(g["y"])), False


def _r_time(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    return _time(g), False


_RESOLVERS = {
    "wd+date": _r_wd_date,
    "day+time": _r_day_time,
    "time+day": _r_day_time,
    "+year": _r_with_year,
    "range": _r_range,
    "iso": _r_iso,
    "numeric": _r_numeric,
    "mdy": _r_mdy,
    "dmy": _r_mdy,
    "my": _r_my,
    "mon": _r_my,
    "year": _r_year,
    "yy": _r_yy,
    "era": _r_era,
    "decade": _r_decade,
    "century": _r_century,
    "season": _r_season,
    "relday": _r_relday,
    "weekday": _r_weekday,
    "relunit": _r_relunit,
    "ago": _r_ago,
    "inn": _r_ago,
    "spanback": _r_ago,
    "edge": _r_edge,
    "thatunit": _r_thatunit,
    "period": _r_period,
    "weekend": _r_weekend,
    "holiday": _r_holiday,
    "quarter": _r_quarter,
    "sameperiod": _r_sameperiod,
    "oldyear": _r_oldyear,
    "time": _r_time,
}


def _unit_value(a: date, unit: str, step: int) -> str | None:
    """The week, weekend, month, quarter, year, decade or century `step` units from the one holding `a`."""
    if unit == "quarter":
        y, m = _add_months(a.year, 3 * ((a.month - 1) // 3) + 1, 3 * step)
        return f"{_fmt(y, m)}/{_fmt(y, m + 2)}"
    if unit == "week":
        return _week(a + timedelta(weeks=step))
    if unit == "weekend":
        sat = a - timedelta(days=a.weekday()) + timedelta(days=5, weeks=step)
        return f"{sat.isoformat()}/{(sat + timedelta(days=1)).isoformat()}"
    if unit == "month":
        return _fmt(*_add_months(a.year, a.month, step))
    if unit == "year":
        return _fmt(a.year + step)
    if unit == "decade":
        s = (a.year // 10 + step) * 10
        return f"{_fmt(s)}/{_fmt(s + 9)}"
    if unit == "century":
        s = (a.year // 100 + step) * 100
        return f"{_fmt(s)}/{_fmt(s + 99)}"
    return None


def _edge(v: str | None, mod: str | None) -> str | None:
    """The first or last day of a year, month or week for "the start of" / "the end of" (the day a
    deadline like "by the end of the year" falls on); other modifiers keep the value."""
    mod = re.sub(r"\s+", " ", (mod or "").lower())
    if not v or not mod.endswith((" of", "end")) or "middle" in mod or "rest" in mod:
        return v
    last = mod.endswith(("end of", "end"))
    if "/" in v:
        lo, hi = v.split("/")
        part = hi if last else lo
        return _edge(part, "end of" if last else "start of") if re.fullmatch(r"\d{4}-\d\d", part) else v
    w = re.fullmatch(r"(\d{4})-W(\d\d)", v)
    if w:
        return date.fromisocalendar(int(w.group(1)), int(w.group(2)), 7 if last else 1).isoformat()
    ym = re.fullmatch(r"(\d{4})(?:-(\d\d))?", v)
    if not ym:
        return v
    y = int(ym.group(1))
    if ym.group(2):
        m = int(ym.group(2))
        return _fmt(y, m, (date(*_add_months(y, m, 1), 1) - timedelta(days=1)).day if last else 1)
    return _fmt(y, 12, 31) if last else _fmt(y, 1, 1)


def _part(start: int, span: int, mod: str | None) -> tuple[int, int]:
    """The years of "the early/mid/late 1990s" (halves of a decade, "mid" its middle) or of "the
    early/mid/late 19th century" (first or last quarter, "mid" 1840-1860)."""
    mod = (mod or "").lower().replace("later", "late")
    if span == 10:
        return {"early": (start, start + 4), "mid": (start + 3, start + 6), "late": (start + 5, start + 9)}.get(
            mod, (start, start + 9))
    return {"early": (start, start + 24), "mid": (start + 40, start + 60), "late": (start + 75, start + 99)}.get(
        mod, (start, start + span - 1))


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _holiday(key: str, y: int) -> date | None:
    """The day of a holiday (lower-case name) in year y; Thanksgiving is the US one."""
    if y < 1 or y > 9999:
        return None
    fixed = {k.lower(): v for k, v in HOLIDAYS.items() if v}.get(key)
    if fixed:
        return _day(y, *fixed)
    if key.startswith("thanksgiving"):
        nov1 = date(y, 11, 1)
        return nov1 + timedelta(days=(3 - nov1.weekday()) % 7 + 21)
    if y < 1583:
        return None
    return _easter(y) + timedelta(days={"good friday": -2, "easter monday": 1}.get(key, 0))


def _since(a: date, unit: str, n: int) -> str:
    """The first day of "the past n units" ending on `a`, counting `a` itself: three years to
    2023-02-28 start on 2020-02-29."""
    back = _shift_day(a, unit, -n) if unit in ("month", "year", "decade") else \
        (a - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    return (date.fromisoformat(back) + timedelta(days=1)).isoformat() if back else a.isoformat()


def _next_md(base: date, m: int, d: int, forward: bool) -> date | None:
    """The first month-day strictly after `base` (forward) or the last one strictly before it."""
    cands = [c for c in (_day(y, m, d) for y in (base.year - 1, base.year, base.year + 1)) if c]
    cands = [c for c in cands if (c > base if forward else c < base)]
    return (min(cands) if forward else max(cands)) if cands else None


def _shift_day(a: date, unit: str, n: int) -> str | None:
    y, m = _add_months(a.year, a.month, n * {"month": 1, "year": 12, "decade": 120}.get(unit, 0))
    for d in (a.day, 30, 29, 28):
        if _day(y, m, d):
            return _fmt(y, m, d)
    return None


def find_dates(text: str, published: str | None = None) -> list[dict]:
    """Date and time expressions in `text`, with ISO 8601 values.

    Args:
        text: the article text.
        published: the publication date or datetime (ISO 8601) that relative
            expressions resolve against; without it they get `value` None.

    Returns:
        One dict per expression, in text order: {"text", "start", "end", "value",
        "relative"}; `relative` is True when the value depends on the anchor or on an
        earlier date in the text.
    """
    ctx = _Ctx(text, published)
    out = []
    found = _merge(text, _candidates(text))
    ctx.narrative = bool(ctx.anchor) and not any(_deictic(e) or _near_anchor(e, ctx.anchor) for e in found)
    for e in found:
        try:
            value, rel = _resolve(e, ctx)
        except OverflowError:  # a day before 0001-01-01 or after 9999-12-31: no value
            value, rel = None, True
        if value and e["kind"] != "time":
            ctx.last = value
            point = _parse_point(value)
            if point:
                ctx.ref, ctx.ref_end = point, e["end"]
                if (not rel or ctx.narrative and e["kind"] in ("mdy", "dmy", "mon")) and point[0] > 0 \
                        and e["kind"] != "period":
                    ctx.told = (point, e["end"])
                    if point[1]:
                        ctx.written = date(point[0], point[1], point[2] or 1)
        out.append({"text": text[e["start"]:e["end"]], "start": e["start"], "end": e["end"],
                    "value": value, "relative": rel})
    return out


_DATELINE = re.compile(r"^\s*[-–—|:]")


def infer_published(text: str, max_lines: int = 15, max_chars: int = 2000) -> str | None:
    """The publication date written near the top of the text (byline, dateline), or None.

    Only explicit absolute dates count: a line that is mostly a date ("Updated 10:14 AM EST,
    March 3, 2026"), a byline with a date, or a dateline ("March 3, 2026 — ..."). A
    publication date wins over an update date.
    """
    updated = None
    lines = [ln for ln in text[:max_chars].splitlines() if ln.strip()][:max_lines]
    for line in lines:
        found = find_datetime(line)
        if not found:
            continue
        value, start, end = found
        dateline = start <= 40 and bool(_DATELINE.match(line[end:]))
        if not (is_date_line(line) or parse_byline(line) or dateline):
            continue
        if is_update_line(line):
            updated = updated or value
            continue
        return value
    return updated
