"""Adapters: every system under test behind one small function.

HTML systems return an `Extraction` dict {"text", "title", "authors", "date", "n"};
`n` is the number of articles the system produced. Peers are called with their
default settings unless the name says otherwise; nothing here touches the network.
"""

from __future__ import annotations

import html as html_lib
import warnings
from functools import lru_cache
from typing import Any, Callable

Extraction = dict[str, Any]

warnings.filterwarnings("ignore", module="newspaper")
warnings.filterwarnings("ignore", message=".*nltk.*")


def _ex(text: str | None = "", title: str | None = None, authors: list[str] | None = None,
        date: str | None = None, n: int = 1) -> Extraction:
    return {"text": text or "", "title": title, "authors": list(authors or []), "date": date, "n": n}


# --- wirescope ----------------------------------------------------------------

def wirescope_status() -> str | None:
    """None when the wirescope API the benchmarks need imports, else the reason."""
    try:
        import wirescope
    except Exception as exc:  # noqa: BLE001
        return f"import wirescope failed: {type(exc).__name__}: {exc}"
    missing = [n for n in ("Article", "analyze", "run") if not hasattr(wirescope, n)]
    return f"wirescope has no {', '.join(missing)}" if missing else None


def wirescope_html(html: str, url: str | None, source: str) -> Extraction:
    """`analyze` on one HTML page; text = all yielded articles joined by a blank line,
    metadata from the first article."""
    from wirescope import Article, analyze
    arts = list(analyze([Article(raw=html, kind="html", source=source, url=url)], language_layer=False))
    arts = [a for a in arts if not getattr(a, "rejected", None)]
    if not arts:
        return _ex(n=0)
    first = arts[0]
    return _ex("\n\n".join(a.text or "" for a in arts), first.title, list(first.authors or []),
               first.published, len(arts))


def wirescope_text(text: str, source: str) -> list[dict[str, Any]]:
    """`analyze` on one plain-text input: the segments it yields, in raw order."""
    from wirescope import Article, analyze
    segs = []
    for a in analyze([Article(raw=text, kind="text", source=source)], language_layer=False):
        if getattr(a, "rejected", None):
            continue
        span = tuple(a.raw_span) if a.raw_span is not None else None
        segs.append({"text": a.text or "", "span": span, "truncated": bool(a.truncated),
                     "title": a.title})
    return segs


# --- trafilatura ----------------------------------------------------------------

def trafilatura_text(html: str, url: str | None, favor_precision: bool = False) -> Extraction:
    import trafilatura
    return _ex(trafilatura.extract(html, url=url, favor_precision=favor_precision))


def trafilatura_meta(html: str, url: str | None) -> Extraction:
    import trafilatura
    doc = trafilatura.extract_metadata(html, default_url=url)
    if doc is None:
        return _ex(n=0)
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return _ex("", doc.title, authors, doc.date)


# --- newspaper4k ----------------------------------------------------------------

def newspaper(html: str, url: str | None) -> Extraction:
    """newspaper4k parsing the given HTML string (no download, no images).

    Pages in languages whose tokenizer extra is not installed are parsed as English."""
    import newspaper as np
    try:
        art = np.Article(url or "http://localhost/", fetch_images=False)
        art.download(input_html=html)
        art.parse()
    except ImportError:
        # Some languages need optional tokenizers (newspaper4k[ja], [nlp]); parse as English.
        art = np.Article(url or "http://localhost/", fetch_images=False, language="en")
        art.download(input_html=html)
        art.parse()
    date = art.publish_date.isoformat() if art.publish_date else None
    return _ex(art.text, art.title, list(art.authors), date)


# --- justext --------------------------------------------------------------------

@lru_cache(maxsize=1)
def _stoplist() -> frozenset[str]:
    import justext
    return justext.get_stoplist("English")


def justext_text(html: str) -> Extraction:
    """jusText with the English stoplist; non-boilerplate paragraphs, one per line."""
    import justext
    paras = justext.justext(html, _stoplist())
    return _ex("\n".join(p.text for p in paras if not p.is_boilerplate))


# --- htmldate -------------------------------------------------------------------

def htmldate_date(html: str, url: str | None, extensive: bool = True) -> Extraction:
    from htmldate import find_date
    return _ex("", date=find_date(html, url=url, extensive_search=extensive))


# --- registry -------------------------------------------------------------------

# Main-text systems on HTML pages (WCXB), in table order.
HTML_TEXT: dict[str, Callable[[str, str | None, str], Extraction]] = {
    "wirescope": wirescope_html,
    "trafilatura": lambda h, u, s: trafilatura_text(h, u),
    "trafilatura favor_precision": lambda h, u, s: trafilatura_text(h, u, favor_precision=True),
    "newspaper4k": lambda h, u, s: newspaper(h, u),
    "justext": lambda h, u, s: justext_text(h),
}

# Metadata systems on HTML pages, in table order.
HTML_META: dict[str, Callable[[str, str | None, str], Extraction]] = {
    "wirescope": wirescope_html,
    "trafilatura": lambda h, u, s: trafilatura_meta(h, u),
    "newspaper4k": lambda h, u, s: newspaper(h, u),
    "htmldate": lambda h, u, s: htmldate_date(h, u),
    "htmldate fast": lambda h, u, s: htmldate_date(h, u, extensive=False),
}


def minimal_html(text: str) -> str:
    """Plain text as the simplest HTML page: one <p> per non-empty line, escaped."""
    body = "".join(f"<p>{html_lib.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{body}</body></html>"


# Main-text systems on plain-text dumps, in table order (wirescope gets the text itself).
TEXT_TEXT: dict[str, Callable[[str, str], str]] = {
    "dump as is (floor)": lambda t, s: t,
    "wirescope": lambda t, s: "\n\n".join(seg["text"] for seg in wirescope_text(t, s)),
    "trafilatura on <p> lines": lambda t, s: trafilatura_text(minimal_html(t), None)["text"],
    "justext on <p> lines": lambda t, s: justext_text(minimal_html(t))["text"],
}


def versions() -> dict[str, str]:
    """Installed versions of the systems under test."""
    from importlib.metadata import PackageNotFoundError, version
    out = {}
    for dist in ("wirescope", "trafilatura", "newspaper4k", "jusText", "htmldate", "lxml"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "not installed"
    return out
