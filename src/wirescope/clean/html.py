"""HTML cleaning: trafilatura finds the main text and metadata; we add the
publication time and drop furniture lines it let through."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable

import lxml.html
import trafilatura
from lxml import etree

from ..article import Article
from ..ingest.decode import repair_mojibake
from . import lexicon as lx
from .layout import places
from .meta import NAME_SHAPE, find_datetime, is_date_line, parse_byline
from .text import ends_mid_sentence

__all__ = ["clean_html"]

log = logging.getLogger(__name__)

# Full publication timestamps from meta tags and JSON-LD; trafilatura keeps the day only.
# Written in lower case: `_published_time` runs it case-sensitively over lower-cased page
# text (several times faster than re.I), _PUBLISHED_TIME is the same pattern with re.I.
_PUBLISHED_LOW = re.compile(
    r"""(?:article:published_time|datepublished|pubdate|publish[_-]?date|dc\.date\.issued)["']?\s*"""
    r"""(?:content\s*=\s*|:\s*)["'](?P<ts>\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2})?)""")
_PUBLISHED_TIME = re.compile(_PUBLISHED_LOW.pattern, re.I)


# A line that is nothing but a web address (a source list printed as bare links).
_BARE_URL = re.compile(r"^[-•*\s]*(?:https?://|www\.)\S+$", re.I)
# A paywall's prompt left in the text ("This article is exclusive to subscribers").
_PAYWALL = re.compile(
    r"^(?:this\s+(?:article|story|content)\s+is\s+(?:exclusive\s+to|only\s+(?:available\s+)?(?:to|for))\s+"
    r".{0,40}(?:subscribers|members)|unlock\s+(?:this|the\s+full)\s+(?:article|story)|"
    r"already\s+(?:have\s+an\s+account|a\s+(?:member|subscriber))\b|subscribe\s+(?:now\s+)?to\s+(?:read|continue|unlock))",
    re.I)
# The publisher's note on affiliate links and commissions.
_DISCLOSURE = re.compile(
    r"\b(?:(?:may|might|will|could)\s+(?:earn|receive|get)\s+(?:us\s+)?(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?"
    r"commissions?|contains?\s+affiliate\s+links?|affiliate\s+links?\s+(?:on|in)\s+this|"
    r"advertising\s+on\s+our\s+site\s+helps|earn\s+(?:a\s+)?commissions?\s+(?:from|on|when|if)|"
    r"(?:we|i)\s+(?:may\s+)?(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)|"
    r"as\s+an\s+amazon\s+associate)", re.I)


def _furniture(line: str) -> bool:
    """Lines trafilatura keeps that no article body contains."""
    words = len(lx.WORD.findall(line))
    return bool(lx.UI.match(line) or lx.SECTION.match(line) or lx.CREDIT.match(line) or _BARE_URL.match(line)
                or lx.BRACKETED.match(line) or lx.TIMESTAMP.match(line) or lx.TEASER.match(line)
                or (words < 30 and lx.is_form(line)) or (words <= 80 and _DISCLOSURE.search(line))
                or (_PAYWALL.match(line) and words <= 30)
                or (words <= 40 and (lx.CAPTION_LEAD.match(line) or lx.CAPTION_CREDIT.search(line))))


_H1 = re.compile(r"<h1\b[^>]*>(?P<inner>.{1,2000}?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_TITLE_TAG = re.compile(r"<title\b[^>]*>(?P<inner>[^<]{1,500})</title\s*>", re.I)
_SUFFIX = re.compile(r"\s+(?:[|–—·•»:]|-{1,2})\s+(?P<tail>[^|–—·•»]{1,80})$")


def _words(text: str) -> set[str]:
    return set(lx.WORD.findall(text.lower()))


def _without_leading_date(text: str) -> str:
    """The headline without a date printed before it in the same <h1> ("Dec 18 2025 Preparing …")."""
    found = find_datetime(text)
    return text[found[2]:].lstrip(" |:\u2013\u2014-") if found and found[1] == 0 else text


def _headline(raw: str, meta_title: str | None, sitename: str | None) -> str | None:
    """The visible headline: the page's <h1> when it names the article, else the
    <title> without its " | Site Name" suffix."""
    site = _words(sitename or "")
    meta = _words(meta_title or "")
    candidates = []
    for m in _H1.finditer(raw[:1_000_000]):
        text = _without_leading_date(" ".join(html.unescape(_TAG.sub(" ", m.group("inner"))).split()))
        words = _words(text)
        if len(words) < 2 or (site and words <= site) or text.endswith(":"):
            continue  # empty, the site's logo, or a label over something else ("A message from …:")
        if not meta or len(words & meta) / len(words | meta) >= 0.3:
            return text
        if len(words) >= 4 and text not in candidates:
            candidates.append(text)
    if len(candidates) == 1:
        return candidates[0]   # the one visible headline, worded apart from the SEO <title>
    if meta_title and meta_title.rstrip().endswith(":"):  # metadata took a label for the title
        tag = _TITLE_TAG.search(raw[:200_000])
        meta_title = " ".join(html.unescape(tag.group("inner")).split()) if tag else None
    if not meta_title:
        return None
    title = meta_title.strip()
    m = _SUFFIX.search(title)
    if m:
        tail = _words(m.group("tail"))
        if (site and tail & site) or len(tail) <= 4:
            title = title[: m.start()].strip()
    return title or None


_ROLE_TAIL = re.compile(
    r"(?:\s+(?:(?:senior|chief|staff|contributing|deputy|managing|executive|associate|trending|news|"
    r"political|foreign|business|science|health|tech|technology|sports|features|digital|web)\s+)*"
    r"(?:editor|writer|reporter|correspondent|contributor|columnist|producer|journalist|author|"
    r"analyst|expert)s?\b.*|\s+(?:last\s+)?(?:updated|published|posted|modified)\b.*"
    r"|\s+(?:medically\s+)?(?:reviewed|edited|fact[- ]checked|illustrated)\s+by\b.*"
    r"|\s+(?:former|founder|co-?founder|ceo|coo|cto|cfo|president|director|consultant|reviewer|"
    r"specialist|dietitian)\b.*"
    r"|\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b.*|\s+\d.*)$", re.I)


# One-word "authors" that are form labels, months or roles ("Name", "August", "Admin").
_NOT_AN_AUTHOR = frozenset("""name author authors admin administrator editor editors staff guest
anonymous unknown january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_ROLE_HEAD = re.compile(r"^(?:by|written by|author|posted by|this (?:post|article|story) was written by)\s+",
                        re.I)
# Pieces of a job title or a section that a byline splitter leaves as "names".
_ROLE_WORDS = frozenset("""home digital security privacy development community head lead ceo cto cfo
coo director reviewer expert founder consultant editor writer manager officer president sr jr
operations marketing team department desk news sports business""".split())


def _authors(raw: str | None, sitename: str | None) -> list[str]:
    """trafilatura's author string as names: roles and dates stripped, the site's own
    name and shorter forms of a listed name dropped."""
    names: list[str] = []
    for name in (raw or "").split(";"):
        name = _ROLE_TAIL.sub("", _ROLE_HEAD.sub("", name.strip())).strip(" ,")
        if len(name) > 1 and name not in names and name.lower() not in lx.STOPWORDS \
                and name.lower() not in _NOT_AN_AUTHOR:
            names.append(name)
    site = (sitename or "").lower()
    if len(names) > 1 and site:
        names = [n for n in names if n.lower() != site] or names
    if len(names) > 1:   # "Brett Cruz; Privacy; Digital Security": the person, not the desk
        names = [n for n in names if not _ROLE_WORDS & set(re.split(r"[\s-]+", n.lower()))] or names
    keep = []
    for n in names:
        words = set(n.lower().split())
        if not any(m != n and words < set(m.lower().split()) for m in names):
            keep.append(n)
    return keep


# Bylines trafilatura may miss: a link to an author page, or "By Name" standing alone.
_AUTHOR_LINK = re.compile(
    r"""<a\b[^>]*?(?:href\s*=\s*["'][^"']*/(?:authors?|writers?|contributors?|people|staff|profiles?|"""
    r"""team)/[^"'/?#]+/?["']|rel\s*=\s*["']author["'])[^>]*>\s*(?P<name>[^<>]{3,60}?)\s*</a>""", re.I)
_BY_LINE = re.compile(r">\s*(?:By|Written by|Posted by)\s+(?P<name>[A-Z][^<>\n]{2,60}?)\s*<")


# Words no byline name holds: job titles and desks, and the site furniture that
# author-page links also carry ("Member Login", "Our Team").
_NOT_A_NAME = _ROLE_WORDS | frozenset("""login log sign member members account company size subscribe
contact about menu profile profiles staff more all view page pages careers""".split())


def _byline_in_page(raw: str) -> list[str]:
    """A person's name from an author-page link or a "By Name" element, when the
    metadata names no one (the first one found in the page)."""
    head = raw[:600_000]
    for pattern in (_AUTHOR_LINK, _BY_LINE):
        for m in pattern.finditer(head):
            name = " ".join(html.unescape(m.group("name")).split())
            name = _ROLE_TAIL.sub("", name).strip(" ,")
            words = name.split()
            if NAME_SHAPE.match(name) and 2 <= len(words) <= 4 and not any(ch.isdigit() for ch in name) and \
                    words[0].lower() not in lx.STOPWORDS and not _NOT_A_NAME & {w.lower() for w in words}:
                return [name]
    return []


def _fragment_text(raw: str) -> str:
    try:
        root = lxml.html.fragment_fromstring(raw, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for br in root.iter("br", "p", "li", "div"):
        br.tail = "\n" + (br.tail or "")
    return re.sub(r"[ \t]+", " ", root.text_content()).strip()


def _published(doc_date: str | None, html: str) -> str | None:
    """trafilatura's date, with the time of day from the meta tags when they agree."""
    if not doc_date:
        return None
    ts = _published_time(html)
    if ts and ts[:10] == doc_date[:10]:
        return ts.replace(" ", "T")
    return doc_date


def _published_time(html: str) -> str | None:
    """The first publication timestamp `_PUBLISHED_TIME` finds, as the page writes it."""
    low = html.lower()
    if len(low) == len(html):   # offsets agree: read the match back from the page
        m = _PUBLISHED_LOW.search(low.replace("\u017f", "s").replace("\u0131", "i"))
        return html[m.start("ts"):m.end("ts")] if m else None
    m = _PUBLISHED_TIME.search(html)
    return m.group("ts") if m else None


def _extract(article: Article, **options):
    try:
        return trafilatura.bare_extraction(
            article.raw, url=article.url or article.given.get("url"), with_metadata=True,
            include_comments=False, **options)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        log.debug("trafilatura failed on %s: %r", article.source, exc)
        return None


# A paragraph of this many words printed twice on one page is a pull quote, a mobile copy
# of the layout or a repeated label, not something the article says twice.
_REPEAT_MIN_WORDS = 5


def _first_copies(lines: Iterable[str]) -> list[str]:
    """The paragraphs without the second and later copies of any of _REPEAT_MIN_WORDS words or more."""
    seen: set[str] = set()
    out = []
    for ln in lines:
        key = " ".join(ln.lower().split())
        if key in seen:
            continue
        if len(key.split()) >= _REPEAT_MIN_WORDS:
            seen.add(key)
        out.append(ln)
    return out


# How far into the text the page's own labels may sit: dates, bylines, reading times
# above the body, and the author's biography below it.
_HEAD_LINES = 6
_BIO_LINES = 8
# Lines above the body and outside its element with fewer words than this are page
# furniture (breadcrumbs, bylines, labels); longer ones may be a standfirst set apart.
_LEAD_MAX_WORDS = 10
_READING_TIME = re.compile(r"^(?:(?:estimated\s+)?reading\s+time:?\s*)?(?:\d+\s*min(?:ute)?s?\.?(?:\s+read)?)?$", re.I)
_BIO_VERB = r",?\s+(?:is|was|has|holds|writes|covers|joined|serves|leads|brings|specializes)\b"


# A page that declares itself an article, in Open Graph or schema.org terms.
_ARTICLE_PAGE = re.compile(
    r"""<meta[^>]+(?:property|name)\s*=\s*["']og:type["'][^>]*content\s*=\s*["']article["']"""
    r"""|<meta[^>]+content\s*=\s*["']article["'][^>]*(?:property|name)\s*=\s*["']og:type["']"""
    r"""|"@type"\s*:\s*\[?\s*"(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|"""
    r"""OpinionNewsArticle|TechArticle|Report)\"""", re.I)


def _norm(text: str) -> str:
    return " ".join(lx.WORD.findall(text.lower()))


def _page_label(line: str, authors: list[str]) -> bool:
    """A date, a byline, a reading time or an author's name standing as a line of its own."""
    bare = line.lstrip("-•*· ").strip()
    words = len(lx.WORD.findall(bare))
    return bool(words and (
        (words <= 12 and is_date_line(bare)) or _READING_TIME.match(bare)
        or (words <= 8 and parse_byline(bare)) or _norm(bare) in {_norm(a) for a in authors}))


def _bio_start(lines: list[str], authors: list[str]) -> int | None:
    """Where the closing note on the author begins ("Jane Doe is a reporter who …"), if any."""
    names = [a for a in authors if len(a.split()) >= 2]
    for i in range(max(0, len(lines) - _BIO_LINES), len(lines)):
        if any(re.match(re.escape(a) + _BIO_VERB, lines[i]) for a in names):
            return i
    return None


def _body_lines(lines: list[str], raw: str, title: str | None, authors: list[str]) -> list[str]:
    """The lines without the page's labels above the body, and without what trails it:
    lines from outside the body's element, link lists, the author's biography. On a page
    that declares itself an article the headline is its title, not the body's first line."""
    placed = places(lines, raw)
    end = len(lines)
    while end > 0 and (p := placed[end - 1]) is not None and (not p.in_body or p.link):
        end -= 1   # a page that is nothing but links has no text of its own and is rejected
    end = min(end, _bio_start(lines[:end], authors) or end)
    head = _norm(title or "")
    keep = []
    leading = True
    for i, line in enumerate(lines[:end]):
        if leading and placed[i] is not None and not placed[i].in_body \
                and len(lx.WORD.findall(line)) < _LEAD_MAX_WORDS:
            if head and _norm(line) == head:
                keep.append(line)   # the headline printed above the body: decided below
            continue
        leading = False
        if i < _HEAD_LINES and _page_label(line, authors):
            continue
        keep.append(line)
    if keep and head and _norm(keep[0]) == head and _ARTICLE_PAGE.search(raw[:1_000_000]):
        del keep[0]
    return keep


def clean_html(article: Article, *, favor_precision: bool = False, include_tables: bool = True) -> Article:
    """Set `text` and metadata of an HTML article; rejects it when no main text is found."""
    doc = _extract(article, favor_precision=favor_precision, include_tables=include_tables)
    if (doc is None or not doc.text) and not favor_precision and len(article.raw) >= 3000:
        # nothing passed the default filters: a second, recall-minded look before giving up
        doc = _extract(article, favor_recall=True, include_tables=include_tables) or doc
    text = (doc.text or "") if doc is not None else ""
    if not text and (article.given.get("summary_only") or len(article.raw) < 3000):
        # Feed summaries and other fragments are too small for main-text detection.
        text = _fragment_text(article.raw)
    lines = _first_copies(ln for ln in (ln.strip() for ln in text.split("\n")) if ln and not _furniture(ln))
    title, authors = None, []
    if doc is not None:
        title = _headline(article.raw, doc.title, doc.sitename)
        authors = _authors(doc.author, doc.sitename) or _byline_in_page(article.raw)
        if doc.text:
            lines = _body_lines(lines, article.raw, title, authors)
    text = "\n\n".join(lines)
    if not text:
        article.rejected = "no main text found in the HTML page"
        return article
    article.text = text
    if doc is None:
        return article
    article.title = repair_mojibake(title) if title else title
    article.authors = [repair_mojibake(a) for a in authors]
    article.published = _published(doc.date, article.raw)
    article.outlet = doc.sitename or None
    article.url = article.url or doc.url or None
    article.truncated = bool(article.given.get("summary_only")) or ends_mid_sentence(text)
    return article
