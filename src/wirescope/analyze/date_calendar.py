"""Calendar arithmetic for date resolution: ISO 8601 values written and read (years BC
without a year zero, weeks, clock times), the nearest month or month-day to an anchor, months
added, points shifted by a unit, the unit holding a day, the first or last day of a period, parts
of decades and centuries, Easter and the other holidays.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .lexicon_dates import FROM_EASTER, FROM_THANKSGIVING, HOLIDAYS, TIMEZONES


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    s = f"{y:04d}" if y > 0 else f"-{1 - y:04d}"  # no year zero: -0508 is 508 BC
    return s + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


def calendar_day(y: int, m: int, d: int) -> date | None:
    """The date y-m-d, or None when there is no such day (Feb. 30)."""
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


def nearest_md(anchor: date, m: int, d: int, tense: str = "") -> date | None:
    """The month-day nearest `anchor` (see `_reach`)."""
    cands = [c for c in (calendar_day(y, m, d) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if c]
    return min(cands, key=lambda c: _reach((c - anchor).days, c > anchor, tense)) if cands else None


def _nearest_month(anchor: date, m: int, rel: str | None, tense: str = "", strict: bool = False) -> int:
    """The year of the month nearest `anchor` (see `_reach`), or of the last / next one; with
    `strict`, a future-tense sentence never reaches a month before the anchor's."""
    a = anchor.year * 12 + anchor.month - 1
    cands = [y * 12 + m - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel == "last":
        return max(c for c in cands if c < a) // 12
    if rel in ("next", "coming"):
        return min(c for c in cands if c > a) // 12
    if rel == "this":
        return anchor.year
    if strict and tense == "future":  # a month wholly past is not what "will open in March" means
        cands = [c for c in cands if c >= a]
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
        return calendar_day(y, *fixed)
    if key.startswith("thanksgiving") or key in FROM_THANKSGIVING:
        nov1 = date(y, 11, 1)
        return nov1 + timedelta(days=(3 - nov1.weekday()) % 7 + 21 + FROM_THANKSGIVING.get(key, 0))
    if y < 1583:
        return None
    return _easter(y) + timedelta(days=FROM_EASTER.get(key, 0))


def _since(a: date, unit: str, n: int) -> str:
    """The first day of "the past n units" ending on `a`, counting `a` itself: three years to
    2023-02-28 start on 2020-02-29."""
    back = _shift_day(a, unit, -n) if unit in ("month", "year", "decade") else \
        (a - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    return (date.fromisoformat(back) + timedelta(days=1)).isoformat() if back else a.isoformat()


def _next_md(base: date, m: int, d: int, forward: bool) -> date | None:
    """The first month-day strictly after `base` (forward) or the last one strictly before it."""
    cands = [c for c in (calendar_day(y, m, d) for y in (base.year - 1, base.year, base.year + 1)) if c]
    cands = [c for c in cands if (c > base if forward else c < base)]
    return (min(cands) if forward else max(cands)) if cands else None


def _shift_day(a: date, unit: str, n: int) -> str | None:
    y, m = _add_months(a.year, a.month, n * {"month": 1, "year": 12, "decade": 120}.get(unit, 0))
    for d in (a.day, 30, 29, 28):
        if calendar_day(y, m, d):
            return _fmt(y, m, d)
    return None
