"""Date and time expressions, resolved to ISO 8601 against the publication date.

Values (`value` is null when the text gives no way to resolve the expression):

- a point at the precision the text gives: "2024", "2024-10", "2024-10-29", a week "2024-W44",
  a clock time on a day "2024-10-29T14:30" (with "Z" or "+02:00" when the zone has a fixed
  offset), a clock time with no day "T14:30";
- an interval "start/end" (ISO 8601): ranges ("March 3-5", "between 2019 and 2021"),
  decades ("1990s" -> "1990/1999"), centuries ("19th century" -> "1800/1899"), seasons
  (meteorological, northern hemisphere: "summer 2012" -> "2012-06/2012-08"), weekends,
  "the past three years" (ending on the anchor day and counting it: to 2023-02-28 they start
  on 2020-02-29), "the next decade" in the future tense or with no date before it (from the
  anchor day: "2030-04-16/2040-04-16"), named periods ("World War II" -> "1939-09-01/1945-09-02"), quarters ("Q2 2030",
  "last quarter" -> "2030-04/2030-06"), halves ("H2 2030", "the first half of the year"); "the
  late 1990s" is the decade's second half ("1995/1999"), "the early 19th century" the century's
  first quarter ("1800/1824"); "the week of Nov. 4" is that day's week; "(2014 – present)" ends
  on the anchor day; a present perfect's "for 20 years" ("has ruled for 20 years") is the span
  up to the anchor day, unless a sentence or a contract is meant ("has been jailed for 20 years");
- fiscal years and their parts ("fiscal 2030", "FY2030", "Q3 of fiscal 2030") are found with a
  null value: where a fiscal year starts depends on the company or government;
- holidays are days: Christmas, New Year's Eve, Halloween, Easter and the days counted from it
  (Good Friday, Ash Wednesday ...), US Thanksgiving, Black Friday, Cyber Monday; a weekday in a
  name is no day ("Super Tuesday", "the Mail on Sunday");
- halves count: "a year and a half ago" is 18 months back, "six and a half months ago" 198 days;
  "the 1800s" is a century, "'71" the nearest 1971 or 2071 not more than ten years ahead; "the
  roaring 20s" and "80s music" are decades, "in their 60s" and "the low 90s" are not;
- "the end of" / "the start of" a year, month or week is its last / first day, the day a deadline
  like "by the end of the year" falls on ("the end of March" -> "2024-03-31");
- years BC get a minus sign and no year zero, as in XML Schema 1.0, TEI and Wikidata:
  "508 BC" -> "-0508" (ISO 8601's astronomical numbering would give "-0507").

Deictic expressions (today, on Sunday, last week, two days ago, in January, Oct. 29, this past
Sunday, the week before last, this time last year: the anchor's month a year back) resolve
against `published`. A sentence's tense, for them, is that
of the tense cue (will, said, any -ed word) nearest the expression ("On Saturday, Mr. Vance said
he will visit": past); a participle after "is" or "are" is a present passive, not a past ("the
vote is held on Friday"), and an -ed word after "a" or "the" an adjective ("a planned strike"). An
arrangement is a future: a present progressive ("is visiting Kyiv on Monday"), "is to", "would"
(not "would have"), and a scheduled event in the simple present ("the trial begins Monday"). An
attribution closing the sentence ("..., officials said.") tells when it was said, not the tense
of what was said. "a.m." and "Oct." end no sentence.

- A month, month-day or holiday without a year goes to the occurrence nearest the anchor (tie:
  the past one); in the future tense it reaches twice as far ahead as back (a month never before
  the anchor's), in the past tense twice as far back. A year named after it counts ("in July
  last year", "in March that year"). In a past-tense sentence right after an absolute date in
  another year (a year in the same sentence, a month in it or the one before), not in an aside and
  with no "today" between, it follows that date ("Fighting resumed in October 2029. By December,
  ..." -> 2029-12).
- A range's end comes after its start ("Friday through Sunday", "October to April").
- A bare weekday goes to the most recent one (the anchor day included) in the past tense ("met
  on Sunday"), to the next one in the future tense ("will meet on Sunday"), else to the nearest
  one; "this Monday" with no tense is the Monday of the anchor's week. A sentence with no tense
  cue (a caption) takes the tense of the next sentence, else of the one before.
- "On the 15th." is that day of the month named in its sentence or the one before, else of the
  anchor's month or a neighbour, by the tense as for a weekday.
- A season with no year is the last one begun in the past tense, the first not yet over in the
  future tense; "the following autumn" is the first after the last date resolved. With no year,
  "last" or "next" it counts after "in", "the", "during" and the like, or as what "it is" or "it
  was" ("It was spring,"), not as a noun ("summer camp") or a generic subject ("Spring is the
  best time").
- "Last night" is yesterday's date; "this weekend" in a past-tense sentence written Monday to
  Friday is the one just gone, as is "over the weekend" (the coming one in the future tense).
- "The first quarter" (or "Q1") with no year is a business quarter only in a sentence about
  money (shares, sales, GDP) and none about a match (points, goals).
- "March" alone counts inside a sentence after a lower-case word (the verb is capitalised only
  first in a sentence), not in a name ("the March on Washington", "Fredric March"); other month
  names that are words or names need a cue ("in May").

A text that never points at its own "now" (no today, weekday, last week or ago, and no year
within a year of the anchor: a biography, a history) is a story: there a month or month-day
without a year follows the last absolute date before it, when that is ten years or more from the
anchor ("In January 1848 ... in June ... on October 2" -> 1848).

Anaphoric expressions (three weeks later, the following month, a year earlier, the next day, the
week before that, this period, the following three years, and "the next 15 years" in a past-tense
sentence) resolve against the last date resolved before them in the text,
and stay null when there is none; "the end of the year" takes a year given earlier in its
sentence, else the anchor's. A quoted letter's "the 9th of May last" / "Feb. next" counts
from the last absolute date in the text (when the letter was written), else from the anchor. A
year under 1000 is a year after "c.", "circa" or "the year", and after "in", "around", "(" and
the like when the text names an era (AD, BC) or a first-millennium century; it is BC when the last
era the text named was BC ("480 BC ... (410)").

This module holds the public API, the resolution context (`_Ctx`) and the resolvers of absolute
dates and joined expressions; `_RESOLVERS` maps each kind of expression to its resolver. The
resolvers of expressions relative to the anchor or an earlier date are in `date_relative.py`,
the expressions are found in `date_finding.py`, the calendar arithmetic is in
`date_calendar.py` and the word lists in `lexicon_dates.py`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..clean.meta import infer_published  # read from the text like the other metadata; exported here too
from .date_calendar import (_add_months, _anchor, _edge, _fmt, _nearest_month, _next_md, _parse_point, _part, _time,
                            _week, calendar_day, nearest_md)
from .date_finding import _SENT_BOUND, _candidates, _deictic, _dnum, _future, _merge, _near_anchor, _tense, _yearless
from .date_relative import (_Value, _r_ago, _r_beforelast, _r_edge, _r_fiscal, _r_half, _r_holiday, _r_period,
                            _r_now, _r_quarter, _r_relday, _r_relunit, _r_sameperiod, _r_sametime, _r_season, _r_thatunit,
                            _r_weekday, _r_weekend)
from .lexicon_dates import DECADE_EPITHETS, DECADE_WORDS, ERA_MARK, MONTHS, ORDINAL_WORDS, WEEKDAYS

__all__ = ["find_dates", "infer_published"]


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
        self.told_start = 0  # where the last absolute date starts
        self.now_end = 0  # where the last expression pointing at the time of writing ends (today, last week)

    def base(self) -> date | None:
        """What "the 9th of May last" counts from: the last absolute date in the text, else the anchor."""
        return self.written or self.anchor

    def story(self, e: dict) -> date | int | None:
        """In a text that never points at its own "now" (no today, Sunday, last week, ago, no year
        within a year of the anchor: a biography, a history), the last absolute date before `e`,
        when ten years or more from the anchor, is the time the story has reached: "In 1831 ... on
        July 14" (a year alone is returned as an int: its months are that year's). Not for `e` in
        a sentence about the future."""
        if not self.narrative or not self.told or not self.anchor:
            return self.recent(e)
        (y, m, d), _ = self.told
        if abs(y - self.anchor.year) < 10 or _future(self.text, e["start"], e["end"]):
            return self.recent(e)
        return date(y, m or 1, d or 1) if m else y

    def recent(self, e: dict) -> date | int | None:
        """In any text, an absolute date in another year than the anchor's, told in `e`'s sentence
        (a year alone) or in it or the one before (a month or a day), with nothing pointing back at
        "now" since, is the time a past-tense sentence speaks of: "Fighting resumed in October 2029.
        By December, the city had fallen." Not a date in an aside ("the firm, founded in 1998,
        posted a loss in March"), and not for a month a report is made in ("said in March")."""
        if not self.told or not self.anchor or e["g"].get("rel") or e["kind"] not in ("mdy", "dmy", "mon"):
            return None
        (y, m, d), end = self.told
        if end < self.now_end or y == self.anchor.year:
            return None
        gap = self.text[end:e["start"]]
        bounds = len(_SENT_BOUND.findall(gap))
        if bounds > (1 if m else 0) or _ASIDE_START.search(
                self.text, max(0, end - 80), self.told_start) or _REPORTED.search(self.text, max(0, e["start"] - 30),
                                                                                    e["start"]):
            return None
        if _tense(self.text, e) != "past":
            return None
        return date(y, m, d or 1) if m else y

    def focus(self, start: int) -> date | None:
        """What "the end of the year" counts from: a date given earlier in the same sentence, else the anchor."""
        if self.ref and self.ref[0] > 0 and not _SENT_BOUND.search(self.text, self.ref_end, start):
            return date(self.ref[0], self.ref[1] or 1, self.ref[2] or 1)
        return self.anchor


# An aside holding a date opens with a comma or bracket and a participle or relative pronoun ("the
# firm, founded in 1998, posted", "Smith, who joined in March 2020, said").
_ASIDE_START = re.compile(r"[,(]\s*(?:who|which|whose|(?-i:[a-z]+ed)|born|built|founded|set\s+up|[a-z]+en)\b"
                          r"[^,.;()]*?(?:\b(?:in|on|since)\s+)?$", re.I)
# A month a statement is made in: "said in March", "told reporters on May 4".
_REPORTED = re.compile(r"\b(?:said|says|told\s+\w+|announced|reported|added|confirmed|stated|wrote)\s+(?:in|on)?\s*$")


def _resolve(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """(value, relative) for one expression, by its kind; `year_hint` is a year given by a
    neighbour ("May and June in 1994", "June 2 to July 9, 2030")."""
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
    """A yearless month or day with the year after it: "in 1981", "last year", "that year"."""
    day_e, year_e = e["parts"]
    if year_e["kind"] == "year":
        return _resolve(day_e, ctx, year_hint=int(year_e["g"]["y"]))[0], False
    yv, rel = _resolve(year_e, ctx)
    point = _parse_point(yv)
    return (_resolve(day_e, ctx, year_hint=point[0])[0] if point else None), rel


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
    if pv and cv and cv.split("/")[-1] < pv.split("/")[0]:
        if c["kind"] == "now":
            return pv, prel  # "(2014 – present)" in a text dated before 2014: the start alone
        cv = _after(c, pv.split("/")[0], ctx) or cv
    if pv and cv:
        return pv.split("/")[0] + "/" + cv.split("/")[-1], prel or crel
    return None, prel or crel


def _after(c: dict, start: str, ctx: _Ctx) -> str | None:
    """The end of a range resolved on its own before its start ("Friday through Sunday", "between
    October and April" with no year), moved to the first such day or month not before the start."""
    point = _parse_point(start)
    if c["kind"] == "weekday" and point and point[2]:
        first = date(*point)
        wd = next(i for name, i in WEEKDAYS.items() if name.startswith(c["g"]["wd"].lower()[:3]))
        return (first + timedelta(days=(wd - first.weekday()) % 7)).isoformat()
    if _yearless(c) and point:
        for y in (point[0], point[0] + 1):
            v = _resolve(c, ctx, year_hint=y)[0]
            if v and v.split("/")[-1] >= start:
                return v
    return None


def _r_iso(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g = e["g"]
    if not calendar_day(int(g["y"]), int(g["m"]), int(g["d"])):
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
    return (_fmt(yr, m, d) if calendar_day(yr, m, d) else None), False


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
        story = ctx.story(e)
        if isinstance(story, int):
            near = calendar_day(story, m, d)
        else:
            near = nearest_md(story or a, m, d, "future" if story else _tense(ctx.text, e))  # a story moves on
        if not near:
            return None, True
        yr, rel = near.year, True
    if not calendar_day(yr, m, d) or (d2 and not calendar_day(yr, m, d2)):
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
    story = ctx.story(e)
    if isinstance(story, int):
        return _edge(_fmt(story, m), g.get("mod")), True
    if story:  # a story moves on
        return _edge(_fmt(_nearest_month(story, m, rel, "future"), m), g.get("mod")), True
    return _edge(_fmt(_nearest_month(a, m, rel, _tense(ctx.text, e), strict=True), m), g.get("mod")), True


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
    elif (g.get("adj") or "").lower() in DECADE_EPITHETS:
        start = DECADE_EPITHETS[g["adj"].lower()]
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


def _r_dom(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """ "on the 15th": that day of the month just named (in this sentence or the one before), else
    of the anchor's month or the one before or after it, by the tense as for a weekday."""
    a, d = ctx.anchor, int(e["g"]["d"])
    if ctx.ref and ctx.ref[0] > 0 and ctx.ref[1] and len(_SENT_BOUND.findall(ctx.text, ctx.ref_end, e["start"])) <= 1:
        day = calendar_day(ctx.ref[0], ctx.ref[1], d)
        return (day.isoformat() if day else None), True
    if not a:
        return None, True
    cands = [c for c in (calendar_day(*_add_months(a.year, a.month, k), d) for k in (-1, 0, 1)) if c]
    tense = _tense(ctx.text, e)
    if tense == "past":
        cands = [c for c in cands if c <= a] or cands
    elif tense == "future":
        cands = [c for c in cands if c >= a] or cands
    return min(cands, key=lambda c: (abs((c - a).days), c > a)).isoformat(), True


def _r_weekof(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """ "the week of Nov. 4": the (ISO) week holding the day."""
    v, rel = _resolve(e["parts"][0], ctx)
    return (_week(date.fromisoformat(v)) if v and re.fullmatch(r"\d{4}-\d\d-\d\d", v) else v), rel


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
    "lasting": _r_ago,
    "now": _r_now,
    "dom": _r_dom,
    "edge": _r_edge,
    "thatunit": _r_thatunit,
    "beforelast": _r_beforelast,
    "sametime": _r_sametime,
    "period": _r_period,
    "weekend": _r_weekend,
    "holiday": _r_holiday,
    "quarter": _r_quarter,
    "half": _r_half,
    "fiscal": _r_fiscal,
    "weekof": _r_weekof,
    "sameperiod": _r_sameperiod,
    "oldyear": _r_oldyear,
    "time": _r_time,
}


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
                    ctx.told, ctx.told_start = (point, e["end"]), e["start"]
                    if point[1]:
                        ctx.written = date(point[0], point[1], point[2] or 1)
        if _deictic(e):
            ctx.now_end = e["end"]
        out.append({"text": text[e["start"]:e["end"]], "start": e["start"], "end": e["end"],
                    "value": value, "relative": rel})
    return out
