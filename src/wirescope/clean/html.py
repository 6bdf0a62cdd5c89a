"""HTML cleaning: trafilatura finds the main text and metadata; we add the
publication time and drop furniture lines it let through."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import lxml.html
import trafilatura
from lxml import etree

from ..article import Article
from ..ingest.decode import repair_mojibake
from . import lexicon as lx
from .layout import parse, places
from .meta import is_date_line, parse_byline
from .page_authors import page_authors
from .page_meta import page_headline, page_published
from .text import ends_mid_sentence

__all__ = ["clean_html"]

log = logging.getLogger(__name__)


# A line that is nothing but a web address (a source list printed as bare links).
_BARE_URL = re.compile(r"^[-•*\s]*(?:https?://|www\.)\S+$", re.I)
# A paywall's prompt left in the text ("This article is exclusive to subscribers").
_PAYWALL = re.compile(
    r"^(?:this\s+(?:article|story|content)\s+is\s+(?:exclusive\s+to|only\s+(?:available\s+)?(?:to|for))\s+"
    r".{0,40}(?:subscribers|members)|unlock\s+(?:this|the\s+full)\s+(?:article|story)|"
    r"already\s+(?:have\s+an\s+account|a\s+(?:member|subscriber))\b|subscribe\s+(?:now\s+)?to\s+(?:read|continue|unlock))",
    re.I)


def _furniture(line: str) -> bool:
    """Lines trafilatura keeps that no article body contains."""
    words = len(lx.WORD.findall(line))
    return bool(lx.UI.match(line) or lx.SECTION.match(line) or lx.CREDIT.match(line) or _BARE_URL.match(line)
                or lx.BRACKETED.match(line) or lx.TIMESTAMP.match(line) or lx.TEASER.match(line)
                or (words < 30 and lx.is_form(line)) or (words <= 80 and lx.is_disclosure(line))
                or (_PAYWALL.match(line) and words <= 30)
                or (words <= 40 and (lx.CAPTION_LEAD.match(line) or lx.CAPTION_CREDIT.search(line))))


def _fragment_text(raw: str) -> str:
    try:
        root = lxml.html.fragment_fromstring(raw, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for br in root.iter("br", "p", "li", "div"):
        br.tail = "\n" + (br.tail or "")
    return re.sub(r"[ \t]+", " ", root.text_content()).strip()


def _extract(article: Article, tree, **options):
    """trafilatura's reading of the parsed page (None when the page has no tree: it
    would find none either)."""
    if tree is None:
        return None
    try:
        return trafilatura.bare_extraction(
            tree, url=article.url or article.given.get("url"), with_metadata=True, include_comments=False,
            **options)
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


def _body_lines(lines: list[str], raw: str, title: str | None, authors: list[str], tree=None) -> list[str]:
    """The lines without the page's labels above the body, and without what trails it:
    lines from outside the body's element, link lists, the author's biography. On a page
    that declares itself an article the headline is its title, not the body's first line."""
    placed = places(lines, tree)
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
    tree = parse(article.raw)
    doc = _extract(article, tree, favor_precision=favor_precision, include_tables=include_tables)
    if (doc is None or not doc.text) and not favor_precision and len(article.raw) >= 3000:
        # nothing passed the default filters: a second, recall-minded look before giving up
        doc = _extract(article, tree, favor_recall=True, include_tables=include_tables) or doc
    text = (doc.text or "") if doc is not None else ""
    if not text and (article.given.get("summary_only") or len(article.raw) < 3000):
        # Feed summaries and other fragments are too small for main-text detection.
        text = _fragment_text(article.raw)
    lines = _first_copies(ln for ln in (ln.strip() for ln in text.split("\n")) if ln and not _furniture(ln))
    if lines and (m := lx.READ_ON.search(lines[-1])) and m.start() > 0:
        lines[-1] = lines[-1][:m.start()]
    title, authors = None, []
    if doc is not None:
        title = page_headline(article.raw, doc.title, doc.sitename)
        authors = page_authors(article.raw, doc.author, doc.sitename, article.url or doc.url)
        if doc.text:
            lines = _body_lines(lines, article.raw, title, authors, tree)
    text = "\n\n".join(lines)
    if not text:
        article.rejected = "no main text found in the HTML page"
        return article
    article.text = text
    article.truncated = bool(article.given.get("summary_only")) or ends_mid_sentence(text)
    if doc is None:
        return article
    article.title = repair_mojibake(title) if title else title
    article.authors = [repair_mojibake(a) for a in authors]
    article.published = page_published(doc.date, article.raw)
    article.outlet = doc.sitename or None
    article.url = article.url or doc.url or None
    return article
