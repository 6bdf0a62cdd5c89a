"""Datelines: the place, day and wire that open a story ("BUCHAREST, March 2 (Reuters) –").

A dateline gives the day and the month but no year, and names the agency that filed
the story. `read_dateline` takes them apart; `dateline_date` gives the day a year
from the nearest dated context a plain-text file has: a date in the file's name
("2026-03-02_romania-drones.txt"), when it lies within a few days of the dateline's
day (a paper prints a wire story the day it was filed or soon after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..analyze.date_calendar import calendar_day, nearest_md
from ..analyze.lexicon_dates import MONTHS

__all__ = ["DATELINE_OPENING", "Dateline", "read_dateline", "dateline_date", "name_date"]

_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
# "BUCHAREST, March 2 (Baltic Wire) –", "KYIV, Ukraine, Jan. 5 (AP) -", "LONDON, 4 March (Reuters) —"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?)(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?,\s+"
    r"(?:" + _MONTH + r"\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+" + _MONTH.replace("month", "month2") + r")"
    r"(?:\s+\((?P<wire>[^()]{2,40})\))?\s*[\u2014\u2013-]{1,2}\s")
# Any dateline opening a paragraph, with or without a day: "KYIV, Ukraine (Reuters) — ",
# "LONDON — ", "NEW YORK, Jan 5 (Reuters) - ".
DATELINE_OPENING = re.compile(
    r"^[A-Z]{3,}(?:[ .'-]{1,2}[A-Z]{2,})*\.?(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?(?:,? [A-Z][a-z]{2}\.? \d{1,2})?"
    r"(?:\s+\([^)]{2,40}\))?\s*[\u2014\u2013-]{1,2}\s")
# A date in a file name: 2026-03-02, 20260302, 2026_03_02.
_NAME_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
# The most days a printed story's file may be dated after (or before) its dateline.
_NEAR_DAYS = 7


@dataclass(frozen=True)
class Dateline:
    place: str
    month: int
    day: int
    wire: str | None


def read_dateline(text: str) -> Dateline | None:
    """The dateline opening `text`, or None."""
    m = _DATELINE.match(text)
    if not m:
        return None
    month = MONTHS[(m.group("month") or m.group("month2")).lower()]
    day = int(m.group("day") or m.group("day2"))
    wire = m.group("wire")
    return Dateline(m.group("place").strip(), month, day, wire.strip() if wire else None)


def name_date(path: str | None) -> date | None:
    """The date a file's name carries (its last one), or None."""
    found = None
    for m in _NAME_DATE.finditer((path or "").replace("\\", "/").rsplit("/", 1)[-1]):
        found = calendar_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) or found
    return found


def dateline_date(line: Dateline, near: date | None) -> str | None:
    """The dateline's day as YYYY-MM-DD, with the year that puts it nearest `near`
    (within a week), or None."""
    day = nearest_md(near, line.month, line.day) if near else None
    return day.isoformat() if day and abs((near - day).days) <= _NEAR_DAYS else None
