"""Metadata found in plain text: bylines, publication dates, outlets."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from ..analyze.gazetteer import common_words, given_names
from ..article import iso_error
from .lexicon import BYLINE, STOPWORDS, UI

__all__ = ["NAME_SHAPE", "find_datetime", "infer_published", "iso_published", "find_outlet", "is_date_line",
           "is_update_line", "parse_byline"]

_MONTHS = {m: i for i, names in enumerate([
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")]) for m in names}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_TIME = r"(?:(?:\s*(?:,|at|-|–|\||·|•)?\s*)(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
_DATE_RES = [
    # 2024-10-30, 2024-10-30T14:32:00, 2024/10/30 14:32
    re.compile(r"\b(?P<y>(?:19|20)\d{2})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[T\s]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?", re.I),
    # October 30, 2024 2:32 PM / Oct. 30, 2024
    re.compile(r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
    # 30 October 2024 / Mon 4 Mar 2026 09.15 GMT
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
    # 30.10.2024 (day first, European)
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
]
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATEISH = re.compile(r"\b(?:published|posted|updated|modified|last\s+updated|first\s+published)\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|last\s+updated)\b", re.I)


def _build(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        month = int(g["m"]) if g.get("m") else _MONTHS[g["mon"].lower().rstrip(".")]
        day, year = int(g["d"]), int(g["y"])
        hour = int(g["h"]) if g.get("h") else None
        minute = int(g["mi"]) if g.get("mi") else 0
        ampm = (g.get("ampm") or "").replace(".", "").lower()
        if hour is not None and ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if hour is None:
            return datetime(year, month, day).date().isoformat()
        second = int(g["s"]) if g.get("s") else 0
        return datetime(year, month, day, hour, minute, second).isoformat()
    except (ValueError, KeyError):
        return None


def find_datetime(line: str) -> tuple[str, int, int] | None:
    """The first full date (with time when given) in a line: (iso, start, end)."""
    if not _YEAR.search(line):
        return None  # every full date has a year
    best: tuple[str, int, int] | None = None
    for rx in _DATE_RES:
        m = rx.search(line)
        if m:
            value = _build(m)
            if value and (best is None or m.start() < best[1]):
                best = (value, m.start(), m.end())
    return best


def iso_published(value: Any) -> str | None:
    """A publication date given by a container (a JSONL field, `--published`) as ISO 8601,
    or None when it reads as no date ("last Tuesday", "2024-13-45"): ISO as it is
    ("2024-10", "2024-10-30T14:32:00Z"), RFC 2822 as feeds write it ("Tue, 05 Nov 2024
    10:00:00 GMT"), a date written out ("5 November 2024 10:00"), Unix time in seconds
    or milliseconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value / 1000 if abs(value) >= 1e11 else value, timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if iso_error(iso := text.replace(" ", "T", 1)) is None:
        return iso
    if text[:4].isdigit() and text[4:5] == "-":
        return None  # ISO-shaped but no day of the calendar: no other reading is safer
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_datetime(text)
    return found[0] if found else None


def is_update_line(line: str) -> bool:
    """True when the date on this line is an update, not the first publication."""
    return bool(_UPDATED.search(line)) and not re.search(r"\bpublished\b", line, re.I)


def is_date_line(line: str) -> bool:
    """A line that is mostly a date ("Published: 4 March 2026 10:02 GMT")."""
    found = find_datetime(line)
    if not found:
        return False
    rest = (line[: found[1]] + " " + line[found[2]:]).strip()
    rest = _DATEISH.sub("", rest)
    return len(re.findall(r"[A-Za-z]{3,}", rest)) <= 3


_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)
_BYLINE_STOP = re.compile(
    r"\s*(?:\||•|·|—|–|\s-\s|\bpublished\b|\bupdated\b|\bposted\b|\bon\s+(?=\w+\s+\d)|\bin\s+[A-Z][a-z]+\b$|"
    r"\d{1,2}\s+min(?:ute)?s?\s+read)", re.I)
# A personal name: capitalised words, with the particles surnames carry ("Ursula von der Leyen").
NAME_SHAPE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|di|van|von|der|den|del|la|le|bin|al|el|ibn)){0,4}$")


def _clean_names(rest: str) -> list[str]:
    found = find_datetime(rest)
    if found:
        rest = rest[: found[1]]
    rest = _BYLINE_STOP.split(rest, maxsplit=1)[0]
    # "Jane Doe, Foreign Correspondent" / "Jane Doe, Reuters": keep name-shaped parts only.
    names = []
    for part in _NAME_SPLIT.split(rest.strip(" ,.")):
        part = part.strip(" ,.")
        if not part:
            continue
        if part.isupper():
            part = part.title()
        if NAME_SHAPE.match(part) and 1 <= len(part.split()) <= 5:
            names.append(part)
        else:
            break
    return names


def parse_byline(line: str) -> list[str] | None:
    """Author names from a byline line, or None when the line is no byline.

    Accepts "By Jane Doe and John Roe", "by Lena Hartmann November 12, 2024 3:47 PM",
    and "Jane Doe | 4 March 2026" (a short name followed by a separator and a date).
    """
    line = line.strip()
    m = BYLINE.match(line)
    if m:
        names = _clean_names(m.group("rest"))
        return names or None
    if "|" not in line and "•" not in line and "·" not in line:
        return None
    parts = re.split(r"\s*[|•·]\s*", line)
    if len(parts) < 2 or not find_datetime(" ".join(parts[1:])):
        return None
    if len(parts[0].split()) <= 4:
        names = _clean_names(parts[0])
        if len(names) == 1 and names[0].lower() == parts[0].strip(" ,.").lower() \
                and not _ordinary_word(names[0]):
            return names  # the whole part before the separator is one name
    return _names_and_affiliation(parts[0])


def _ordinary_word(name: str) -> bool:
    """One word that is a page's menu label or an everyday English word, not a name:
    "Home | News | 4 March 2026"."""
    return " " not in name and name not in given_names() and (
        bool(UI.match(name)) or name.lower() in common_words() or name.lower() in STOPWORDS)


def _names_and_affiliation(text: str) -> list[str] | None:
    """People, and after a comma perhaps the outlet they write for: "Piotr Lis and Kadri
    Saar, Baltic Wire" -> the two people. Each person is two or three capitalised words;
    the last piece is an affiliation unless it opens with a given name."""
    pieces = [p.strip(" ,.") for p in _NAME_SPLIT.split(text.strip(" ,."))]
    if not 2 <= len(pieces) <= 4 or not all(NAME_SHAPE.match(p) for p in pieces):
        return None
    last_after_comma = text.rstrip(" ,.").rfind(",") > text.rfind(" and ")
    if last_after_comma and pieces[-1].split()[0] not in given_names():
        pieces = pieces[:-1]   # "…, Baltic Wire": where they write
    if pieces and all(2 <= len(p.split()) <= 3 for p in pieces):
        return pieces
    return None


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[A-Z][\w&'’. -]{1,60}?)"
                        r"(?:[.,]|\s+(?:all rights|ltd|llc|inc|limited|plc)\b|$)", re.I)


def find_outlet(line: str) -> str | None:
    """The outlet named in a copyright line ("© 2026 Baltic Wire. All rights reserved.")."""
    m = _COPYRIGHT.search(line)
    if not m:
        return None
    name = m.group("name").strip(" .,-")
    if len(name) < 2 or name.lower() in {"all rights reserved", "the", "copyright"}:
        return None
    return name


# A date followed by a dash, bar or colon: a dateline ("March 3, 2026 — …").
_DATE_DASH = re.compile(r"^\s*[-–—|:]")


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
        dateline = start <= 40 and bool(_DATE_DASH.match(line[end:]))
        if not (is_date_line(line) or parse_byline(line) or dateline):
            continue
        if is_update_line(line):
            updated = updated or value
            continue
        return value
    return updated
