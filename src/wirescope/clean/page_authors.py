"""The authors of an HTML page's article.

trafilatura reads the page's author metadata; these functions correct what it gets
wrong: roles, dates, site names and outlets in the author field, the site standing in
for a byline, the account that posted the page named instead of the byline under the
headline, co-authors it leaves out, names it cuts apart that the page's schema.org data
declares whole, bylines it misses (an author-page link, a "By" element, a label over the
name, an element whose class speaks of the author, a one-word or collective meta author,
the owner of a personal site), and the spelling the page gives a name (initials with
their periods, degrees after it, a user name's case).
"""

from __future__ import annotations

import html
import json
import re

from .author_names import _LOOSE, _NOT_A_USER, _ROLE_HEAD, _authors
from .page_bylines import (as_written, byline_in_page, declared_author, linked_byline, site_owner, the_site,
                           visible_byline)

__all__ = ["page_authors"]


# schema.org data: the page's own statement of who wrote the article.
_LD_JSON = re.compile(r"""<script\b[^>]*application/ld\+json[^>]*>(?P<j>.*?)</script\s*>""", re.I | re.S)
_WRITTEN_TYPES = re.compile(r"article|posting|report|webpage", re.I)
_ORGANISATIONS = ("Organization", "Corporation", "NewsMediaOrganization")


def _schema_authors(raw: str) -> list[tuple[str, bool]]:
    """The author names of the page's schema.org article (JSON-LD) and whether each is
    an organisation; an article type's authors before a web page's. Images, reviews and
    comments have authors too: theirs are not the article's."""
    found: dict[bool, list[tuple[str, bool]]] = {True: [], False: []}
    seen: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            kind = node.get("@type")
            kind = " ".join(k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str))
            if "author" in node and _WRITTEN_TYPES.search(kind):
                authors = node["author"]
                for a in authors if isinstance(authors, list) else [authors]:
                    name = a.get("name") if isinstance(a, dict) else a
                    if not isinstance(name, str):
                        continue
                    name = _ROLE_HEAD.sub("", " ".join(html.unescape(name).split()).strip('"' + _LOOSE))
                    if name and not _NOT_A_USER.search(name) and name not in seen:
                        seen.add(name)
                        org = isinstance(a, dict) and a.get("@type") in _ORGANISATIONS
                        found["webpage" not in kind.lower()].append((name, org))
            for key, value in node.items():
                if key != "author" and isinstance(value, (list, dict)):
                    walk(value)

    for m in _LD_JSON.finditer(raw, 0, 600_000):
        try:
            walk(json.loads(m.group("j"), strict=False))
        except (ValueError, RecursionError):
            continue   # broken JSON-LD is common; the rest of the page still speaks
    return found[True] or found[False]


def _whole_names(doc_author: str | None, names: list[str], schema: list[str]) -> list[str]:
    """The declared names that hold trafilatura's, when every one of trafilatura's names is
    part of a declared one and the declared names differ from `names`: trafilatura cut a
    declared name apart ("Center", "Research" of "Center for Drug Evaluation and Research")
    or trimmed it ("Jean-Luc Aufranc" of "Jean-Luc Aufranc (CNXSoft)"), or `_authors` took
    a word of the name for a role ("Harbour Desk Team"). A declared name with a comma or
    a dash between spaces is a name with its role or outlet, and is not taken."""
    pieces = [p for p in (" ".join(x.split()) for x in (doc_author or "").split(";")) if p]
    if not pieces or any(sep in d for d in schema for sep in (", ", " - ", " | ")):
        return []
    if not all(any(p in d for d in schema) for p in pieces):
        return []
    whole = [d for d in schema if any(p in d for p in pieces)]
    return whole if whole != names else []


def _more_of(names: list[str], shown: list[str]) -> bool:
    """`shown` holds every one of `names` and more ("Jane Roe" of "Dr Jane Roe, Kai Lind")."""
    return len(shown) > len(names) and all(any(n in s for s in shown) for n in names)


def page_authors(raw: str, doc_author: str | None, sitename: str | None, url: str | None = None
                 ) -> list[str]:
    """The article's authors, each as the page writes it.

    trafilatura's, made whole by the page's schema.org authors when it cut them apart and
    cut down to them when it added the site or a reviewer; an author that is only the
    site's name gives way to a person the page names, and the byline under the headline
    to one the metadata does not name (the account that posted the page) or adds the
    co-authors the metadata leaves out. Without any: the schema.org persons, a byline in
    the page, a schema.org organisation, the meta tags' author even when it is one word,
    or the owner of a personal site."""
    names = _authors(doc_author, sitename)
    declared = _schema_authors(raw)
    schema = [n for n, _ in declared]
    if names and (whole := _whole_names(doc_author, names, schema)):
        names = whole
    elif schema and names and set(schema) < set(names):
        names = schema   # the declared authors, without the site or a reviewer trafilatura added
    if the_site(names, url):
        names = byline_in_page(raw) or names
    elif names and (shown := visible_byline(raw)):
        if not any(set(n.lower().split()) & set(shown[0].lower().split()) for n in names):
            names = shown   # the byline the reader sees, not the account that posted the page
        elif _more_of(names, shown):
            names = shown   # the metadata names the first of the byline's authors only
    elif names and _more_of(names, linked := linked_byline(raw)):
        names = linked
    names = names or [n for n, org in declared if not org] or byline_in_page(raw) or schema or \
        declared_author(raw) or site_owner(raw, sitename, url)
    return [as_written(n, raw) for n in names]
