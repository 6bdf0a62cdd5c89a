"""What an HTML page says about its article: the headline and the publication time
(the authors are read in `page_authors`).

trafilatura reads the page's metadata; these functions correct what it gets wrong
for news: the visible headline over an SEO <title>, the publication date printed next
to the headline over a date from elsewhere in the page, and the time of day it leaves
off the publication date.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from functools import lru_cache

from . import lexicon as lx
from .meta import find_datetime, is_date_line

__all__ = ["page_headline", "page_published"]

# Full publication timestamps from meta tags and JSON-LD; trafilatura keeps the day only.
# Written in lower case: `_published_time` runs it case-sensitively over lower-cased page
# text (several times faster than re.I), _PUBLISHED_TIME is the same pattern with re.I.
_PUBLISHED_LOW = re.compile(
    r"""(?:article:published_time|datepublished|pubdate|publish[_-]?date|dc\.date\.issued)["']?\s*"""
    r"""(?:content\s*=\s*|:\s*)["'](?P<ts>\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2})?)""")
_PUBLISHED_TIME = re.compile(_PUBLISHED_LOW.pattern, re.I)


_H1 = re.compile(r"<h1\b[^>]*>(?P<inner>.{1,2000}?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
# Tags that break a line (their place in the headline is a space); inline tags join the
# letters on both sides ("Planning C<span>ycle</span>").
_BREAK_TAG = re.compile(r"</?(?:br|p|div|li|ul|ol|h[1-6]|section|header|table|tr|td)\b[^>]*>", re.I)
# A label printed before the headline in the same element.
_TITLE_LABEL = re.compile(r"^(?:title|headline)\s*:\s*", re.I)
_TITLE_TAG = re.compile(r"<title\b[^>]*>(?P<inner>[^<]{1,500})</title\s*>", re.I)
# The separator between a headline and the site's name or a section ("… | Harbour Post").
_SEPARATOR = r"\s+(?:[|–—·•»:]|-{1,2})\s+"
_PARTS = re.compile(_SEPARATOR)
_SUFFIX = re.compile(_SEPARATOR + r"(?P<tail>[^|–—·•»]{1,80})$")


def _words(text: str) -> set[str]:
    return set(lx.WORD.findall(text.lower()))


def _without_leading_date(text: str) -> str:
    """The headline without a date printed before it in the same <h1> ("Dec 18 2025 Preparing …")."""
    found = find_datetime(text)
    return text[found[2]:].lstrip(" |:\u2013\u2014-") if found and found[1] == 0 else text


# An entity left over after one unescaping: the page escaped its text twice ("&amp;#x26;").
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)
# Two sentences: a full stop inside followed by a capital, and a final full stop.
_PROSE = re.compile(r"(?:[a-z]{2}|[a-z]\))[.!?]\s+[A-Z].*[a-z][.!]$", re.S)
# An <h1> that links away, not a headline: "Return to the Harbour Post website".
_NAVIGATION = re.compile(r"^(?:return|back|go\s+back)\s+to\b", re.I)


def _unescape(text: str) -> str:
    text = html.unescape(text)
    return html.unescape(text) if "&" in text and _ENTITY.search(text) else text


# An HTML comment (its own tags are no text); a tag between a small letter and a capital,
# where the page set a second line by style ("Alternatives<span class=block>Top Tools").
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_CASE_BREAK = re.compile(r"(?<=[a-z])(?:<[^>]+>)+(?=[A-Z])")


def _h1_text(inner: str) -> str:
    inner = _CASE_BREAK.sub(" ", _COMMENT.sub("", inner))
    text = _unescape(_TAG.sub("", _BREAK_TAG.sub(" ", inner)))
    return _TITLE_LABEL.sub("", _without_leading_date(" ".join(text.split())))


def _site_suffix_off(text: str, site: set[str]) -> str:
    """The headline without a " | Site Name" ending."""
    m = _SUFFIX.search(text)
    return text[: m.start()].strip() if m and site and _words(m.group("tail")) <= site else text


def page_headline(raw: str, meta_title: str | None, sitename: str | None) -> str | None:
    """The visible headline: the page's <h1> when it names the article, else the
    <title> without its " | Site Name" suffix. A headline set in capitals takes the
    letter case of the <title> that spells the same words."""
    site = _words(sitename or "")
    tag = _TITLE_TAG.search(raw[:200_000])
    shown = " ".join(_unescape(tag.group("inner")).split()) if tag else None
    meta_title = _unescape(meta_title) if meta_title and "&" in meta_title else meta_title
    if shown and (not meta_title or not _words(meta_title) & _words(shown)):
        meta_title = shown   # trafilatura took a heading for the title; the page's <title> names it
    meta = _words(meta_title or "")
    candidates = []
    for m in _H1.finditer(raw[:1_000_000]):
        text = _site_suffix_off(_h1_text(m.group("inner")), site)
        words = _words(text)
        if sum(not w.isdigit() for w in words) < 2 or (site and words <= site) or text.endswith(":") or '="' in text \
                or _NAVIGATION.match(text) or meta_title and _PROSE.search(text):
            continue  # empty, the site's logo, a label over something else ("A message from …:"), markup, a link away,
            # sentences set as the largest heading (a summary over the story, when the page has a title)
        if not meta or len(words & meta) / len(words | meta) >= 0.3:
            if text.isupper() and meta_title:
                # the metadata's title, else the page's <title> (metadata may have taken the
                # capitals from the <h1> itself)
                titles = (meta_title, *_PARTS.split(meta_title), *((shown, *_PARTS.split(shown)) if shown else ()))
                same = next((t for t in titles if t.lower() == text.lower() and not t.isupper()), None)
                return same or text
            return text
        if len(words) >= 4 and text not in candidates:
            candidates.append(text)
    if len(candidates) == 1:
        return candidates[0]   # the one visible headline, worded apart from the SEO <title>
    if meta_title and meta_title.rstrip().endswith(":"):  # metadata took a label for the title
        meta_title = shown
    if not meta_title:
        return None
    title = meta_title.strip()
    m = _SUFFIX.search(title)
    if m:
        tail = _words(m.group("tail"))
        if (site and tail & site) or len(tail) <= 4:
            title = title[: m.start()].strip()
    return title or None


# The date printed next to the headline: the page's <h1> and the few lines of text around it.
_NOT_SHOWN = re.compile(r"<(script|style|noscript|svg|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_LINE_TAG = re.compile(r"</?(?:br|p|div|li|ul|ol|h[1-6]|section|header|footer|article|aside|nav|table|tr|td|"
                       r"time|figure|figcaption|blockquote|dl|dt|dd)\b[^>]*>", re.I)
_LINES_BEFORE, _LINES_AFTER = 2, 6
# Labels of a date that is not the publication: an update, a review, an event. Pages glue
# labels to dates ("2022Updated:"), so a digit may come first; a letter may not ("trends").
_NOT_PUBLISHED = re.compile(r"(?<![a-z])(?:updated|modified|reviewed|edited|fact[- ]checked|revised|"
                            r"expires?|deadline|event|starts?|ends?)\b", re.I)
_UPDATE_LABEL = re.compile(r"(?<![a-z])(?:updated|modified)\b", re.I)
# The publication time a page declares for link previews (Open Graph). Property names are
# written in lower case, matched case-sensitively: re.I over a whole page is slow.
_OPEN_GRAPH_PUBLISHED = re.compile(r"article:published_time")
# The modification dates a page declares (JSON-LD dateModified, Open Graph modified/updated time).
_MODIFIED = re.compile(r"""(?:dateModified|article:modified_time|og:updated_time)["']?\s*"""
                       r"""(?:content\s*=\s*|:\s*)["'](?P<d>\d{4}-\d{2}-\d{2})""")


def _page_lines(fragment: str) -> list[str]:
    """The visible text of an HTML fragment, one line per block; inline tags part words."""
    fragment = re.sub(r"^[^<]*>|<[^>]*$", "", fragment)   # a tag cut in two at either end
    text = html.unescape(_TAG.sub(" ", _LINE_TAG.sub("\n", _NOT_SHOWN.sub(" ", fragment))))
    return [line for line in (" ".join(ln.split()) for ln in text.split("\n")) if line]


def _around_headline(raw: str, before: int, after: int) -> tuple[list[str], int]:
    """Up to `before` lines of text above the page's first <h1> and `after` lines below it,
    with the index of the first line below; ([], 0) without an <h1>."""
    h1 = _H1.search(raw[:1_000_000])
    if not h1:
        return [], 0
    above = _page_lines(raw[max(0, h1.start() - 6000):h1.start()])[-before:]
    below = _page_lines(raw[h1.end():h1.end() + 20000])[:after]
    return above + below, len(above)


def _shown_dates(raw: str) -> tuple[str | None, str | None]:
    """The dates printed on a line of their own just below or above the headline: the first
    with no label or a "Published" one ("March 3, 2026", "Published: 3 Mar 2026"), and the
    first labelled as an update ("Last updated:", "Updated on", on its line or the line
    before). Dates labelled as other events (reviewed, expires, starts) are neither."""
    lines, first = _around_headline(raw, _LINES_BEFORE + 1, _LINES_AFTER)
    order = list(range(first, len(lines))) + list(range(first - 1, max(first - _LINES_BEFORE, 0) - 1, -1))
    shown = updated = None
    for i in order:   # (a line further up may only label the line below it)
        line = lines[i]
        found = find_datetime(line)
        if not found or not is_date_line(line):
            continue
        label = line[:found[1]] + (" " + lines[i - 1] if i and len(lines[i - 1]) < 30 else "")
        if not _NOT_PUBLISHED.search(label):
            shown = shown or found[0]
        elif _UPDATE_LABEL.search(label):
            updated = updated or found[0]
    return shown, updated


def _printed_days(raw: str) -> set[str]:
    """The days printed in the text around the headline (YYYY-MM-DD)."""
    days = set()
    for line in _around_headline(raw, 10, 30)[0]:
        while found := find_datetime(line):
            days.add(found[0][:10])
            line = line[found[2]:]
    return days


def page_published(doc_date: str | None, raw: str) -> str | None:
    """The publication date: the date printed next to the headline (see `_shown_dates`)
    unless the page declares it as the day the article was modified; else the "Updated"
    date printed there when the page declares no Open Graph publication time (a guide
    that shows readers only when it was last revised is dated by that revision); else
    trafilatura's date, or the page's declared publication time when trafilatura took a
    modification date the page never prints. With the time of day from the meta tags
    when they agree."""
    head = raw[:1_000_000]
    ts = _published_time(raw)
    shown, updated = _shown_dates(raw)
    if shown and shown[:10] != (doc_date or "")[:10] and not _same_moment(shown, ts) and \
            shown[:10] not in _modified_days(head):
        doc_date = shown
    elif not shown and updated and not _OPEN_GRAPH_PUBLISHED.search(head):
        doc_date = updated
    elif doc_date and ts and ts[:10] != doc_date[:10] and doc_date[:10] in (modified := _modified_days(head)) \
            and ts[:10] not in modified and doc_date[:10] not in _printed_days(raw):
        doc_date = ts   # trafilatura took the modification date, which the page declares but never shows
    if not doc_date:
        return None
    if ts and ts[:10] == doc_date[:10]:
        return ts.replace(" ", "T")
    return doc_date


def _modified_days(head: str) -> set[str]:
    return {m.group("d") for m in _MODIFIED.finditer(head)}


def _same_moment(shown: str, ts: str | None) -> bool:
    """A day printed one before a declared morning timestamp is that moment in a time zone
    west of the one declared ("December 9" for 2021-12-10T02:17 UTC on an American site)."""
    if not ts or len(shown) != 10 or int(ts[11:13]) >= 12:
        return False
    return date.fromisoformat(shown) + timedelta(days=1) == date.fromisoformat(ts[:10])


@lru_cache(maxsize=1)
def lowered(raw: str) -> str | None:
    """The page in lower case when that keeps its offsets (a match in it is read back
    from the page), else None; kept for the page in hand: the publication time and the
    authors all search it (case-sensitive search of lower-cased text is many times
    faster than re.I, and lower-casing a page that is not plain ASCII costs as much as
    one such search)."""
    low = raw.lower()
    return low if len(low) == len(raw) else None


def _published_time(raw: str) -> str | None:
    """The first publication timestamp `_PUBLISHED_TIME` finds, as the page writes it."""
    if (low := lowered(raw)) is not None:   # offsets agree: read the match back from the page
        m = _PUBLISHED_LOW.search(low.replace("\u017f", "s").replace("\u0131", "i"))
        return raw[m.start("ts"):m.end("ts")] if m else None
    m = _PUBLISHED_TIME.search(raw)
    return m.group("ts") if m else None

