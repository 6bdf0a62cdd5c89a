"""Resolvers for expressions relative to the anchor or to an earlier date: seasons, days and
weekdays, units ("last week", "the following month"), counts ("two days ago", "in three
years", "the past five years"), edges ("the end of the year"), "the week before last", "this
time last year", named periods, weekends, holidays, quarters, halves and fiscal years. Each
takes an expression and the resolution context of `dates.py` and returns (value, relative); the
rules are described there.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .date_calendar import _edge, _fmt, _holiday, _reach, _shift, _shift_day, _since, _unit_value, _week
from .date_finding import _SENT_BOUND, _future, _num, _past, _sentence_left, _sentence_right, _tense
from .lexicon_dates import NAMED_PERIODS, SEASONS, WEEKDAYS

if TYPE_CHECKING:
    from .dates import _Ctx

_Value = tuple[str | None, bool]  # (ISO value or None, relative to the anchor or an earlier date)


def _r_season(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    s1, s2 = SEASONS[g["s"].lower()]
    rel = (g.get("rel") or "").lower()
    if g.get("y"):
        y = int(g["y"])
    elif rel in ("following", "previous"):  # "the following autumn": after the last date given
        if not ctx.ref:
            return None, True
        now = ctx.ref[0] * 12 + (ctx.ref[1] or (12 if rel == "following" else 1))  # a year: its end or start
        starts = {y: y * 12 + s1 for y in range(ctx.ref[0] - 2, ctx.ref[0] + 2)}
        y = min(y for y, s in starts.items() if s > now) if rel == "following" else \
            max(y for y, s in starts.items() if s + 2 < now)
    elif a:
        cur = a.year - (1 if s1 > s2 and a.month < s1 else 0)  # the season of this cycle
        starts = {y: y * 12 + s1 for y in (cur - 1, cur, cur + 1)}
        now = a.year * 12 + a.month
        tense = _tense(ctx.text, e) if rel not in ("last", "next", "coming", "this", "past") else ""
        if rel in ("last", "past"):
            y = max(y for y, s in starts.items() if s + 2 < now)
        elif rel in ("next", "coming"):
            y = min(y for y, s in starts.items() if s > now)
        elif tense == "future":  # "will open in the spring": the first not yet over
            y = min(y for y, s in starts.items() if s + 2 >= now)
        elif tense == "past":  # "was sown in the spring": the last begun
            y = max(y for y, s in starts.items() if s <= now)
        else:
            inside = [y for y, s in starts.items() if s <= now <= s + 2]
            y = inside[0] if inside else min(
                starts, key=lambda y: (min(abs(starts[y] - now), abs(starts[y] + 2 - now)), starts[y] > now))
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
    pre = re.sub(r"\s+", " ", (g.get("pre") or "").lower()).replace("this past", "past")
    wk = (g.get("wk") or "").lower()
    aw = a.weekday()
    if wk:
        monday = a - timedelta(days=aw) + timedelta(weeks={"last": -1, "next": 1}.get(wk, 0))
        return (monday + timedelta(days=wd)).isoformat(), True
    if pre == "last" or pre == "past":
        return (a - timedelta(days=(aw - wd) % 7 or 7)).isoformat(), True
    if pre in ("next", "coming", "this coming"):
        return (a + timedelta(days=(wd - aw) % 7 or 7)).isoformat(), True
    back, ahead = -((aw - wd) % 7), (wd - aw) % 7
    tense = _tense(ctx.text, e) or _tense_around(ctx.text, e)
    if tense:  # "met on Monday" is the last one, "will meet on Monday" the next (the anchor day both)
        delta = ahead if tense == "future" else back
    elif pre == "this":  # "this Monday" with no tense: the one in the anchor's week
        delta = wd - aw
    else:  # no tense ("Voters go to the polls Sunday"): the nearest, the past one on a tie
        delta = back if -back <= ahead else ahead
    return (a + timedelta(days=delta)).isoformat(), True


def _tense_around(text: str, e: dict) -> str:
    """The tense of the sentence after, else the one before, for a short sentence with no cue of its
    own (a caption: "The main hall, minutes after opening Friday. The fair ran ...")."""
    if len(_sentence_left(text, e["start"], 400).split()) + len(_sentence_right(text, e["end"], 400).split()) > 15:
        return ""  # a long sentence may have its cue out of reach: no guess from its neighbours
    nxt = _SENT_BOUND.search(text, e["end"])
    if nxt:
        t = _tense(text, {"start": nxt.end(), "end": nxt.end()})
        if t:
            return t
    prev = [b for b in _SENT_BOUND.finditer(text, max(0, e["start"] - 300), e["start"])]
    if prev:
        return _tense(text, {"start": prev[-1].start(), "end": prev[-1].start()})
    return ""


def _r_relunit(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    g, a = e["g"], ctx.anchor
    unit, rel = g["unit"].lower(), re.sub(r"\s+", " ", g["rel"].lower()).replace("this past", "past")
    mod = (g.get("mod") or "").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    anaphoric = rel in ("previous", "following", "same", "that") or (rel == "next" and g.get("the"))
    if rel == "next" and g.get("the") and a and not mod and unit in ("day", "week", "month", "year", "decade") \
            and (not ctx.ref or _tense(ctx.text, e) == "future"):
        # "will invest over the next decade": the coming one counted from the anchor day
        if unit == "day":
            return (a + timedelta(days=1)).isoformat(), True
        other = (a + timedelta(weeks=1)).isoformat() if unit == "week" else _shift_day(a, unit, 1)
        return (f"{a.isoformat()}/{other}" if other else None), True
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
    if g.get("halfa") and n == 1:  # "half a century ago": 50 years
        n = 0
    if g.get("half") or g.get("half2") or g.get("halfa"):  # "a year and a half": 18 months; "6 1/2 months": 198 days
        unit, n = {"year": ("month", n * 12 + 6), "decade": ("year", n * 10 + 5), "century": ("year", n * 100 + 50),
                   "month": ("day", round(n * 30.44 + 15.22)), "week": ("day", n * 7 + 3)}.get(unit, (unit, n))
    if k in ("spanback", "lasting"):
        rel = (g.get("rel") or "past").lower()  # "has ruled for 20 years": the past 20 years
        if rel in ("previous", "following") or rel == "next" and g.get("the") and _past(ctx.text, e["start"], e["end"]):
            # "the following three years", "over the next 15 years, cash was pumped in": from the last date
            if not ctx.ref:
                return None, True
            here = _fmt(*ctx.ref)
            other = _shift(ctx.ref, unit, -n if rel == "previous" else n)
            return ((f"{other}/{here}" if rel == "previous" else f"{here}/{other}") if other else None), True
        if not a:
            return None, True
        if rel in ("past", "last"):
            since = _since(a, unit, n)
            return (f"{since}/{a.isoformat()}" if since != a.isoformat() or not n else None), True
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


def _r_beforelast(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """ "the week before last" is two weeks back, "the month after next" two months ahead."""
    g, a = e["g"], ctx.anchor
    if not a:
        return None, True
    unit, step = g["unit"].lower(), (-2 if g["dir"].lower().startswith("before") else 2)
    return ((a + timedelta(days=step)).isoformat() if unit == "day" else _unit_value(a, unit, step)), True


def _r_now(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """ "(2014 – present)": the anchor day."""
    return (ctx.anchor.isoformat() if ctx.anchor else None), True


def _r_sametime(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """ "this time last year": the anchor's month a year back (around then, not that very day)."""
    g, a = e["g"], ctx.anchor
    if not a:
        return None, True
    return _fmt(a.year + (1 if (g.get("dir") or "").lower() == "next" else -1), a.month), True


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
    tense = _tense(ctx.text, e)
    return min(cands, key=lambda c: _reach((c - a).days, c > a, tense)).isoformat(), True


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


def _r_half(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    """ "the first half of 2030", "H2 2030", "the second half of the year" (one given in its sentence)."""
    g = e["g"]
    h = int(g["hn"][1]) if g.get("hn") else (1 if g["h"].lower() == "first" else 2)
    rel = (g.get("rel") or "").lower()
    if g.get("y"):
        y = int(g["y"])
    else:
        base = ctx.focus(e["start"]) if rel == "the" else ctx.anchor
        if not base:
            return None, True
        y = base.year + {"last": -1, "next": 1}.get(rel, 0)
    return f"{_fmt(y, 6 * h - 5)}/{_fmt(y, 6 * h)}", not g.get("y")


def _r_fiscal(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    return None, False  # where "fiscal 2030" starts depends on the company or government


def _r_sameperiod(e: dict, ctx: _Ctx, year_hint: int | None = None) -> _Value:
    return ctx.last, True
