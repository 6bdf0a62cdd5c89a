"""Bylines in the page's HTML: who the page itself says wrote its article.

The "By" line under the headline (a "By" element, a template's author-name element,
author-page links, which also name co-authors), a label over the names ("Author(s)"), an
element whose class speaks of the author or the avatar beside the name, the meta tags'
author even when it is one word, the owner of a personal site, and the spelling the page
gives a name (initials with their periods, degrees after it, a user name's case).
"""

from __future__ import annotations

import html
import itertools
import re

from . import lexicon as lx
from .meta import NAME_SHAPE, find_datetime, given_names
from .page_meta import _H1, _SUFFIX, _TAG, _TITLE_TAG, lowered
from .author_names import _LOOSE, _NOT_A_USER, _ROLE_TAIL, _ROLE_WORDS, _authors, _is_team, _without_initials

__all__ = ["byline_in_page", "visible_byline", "linked_byline", "the_site", "site_owner", "declared_author",
           "as_written"]

# Bylines trafilatura may miss: a link to an author page (its text past up to four tags: a
# photo, a span), or "By Name" standing alone.
_AUTHOR_LINK = re.compile(
    r"""<a\b[^>]*?(?:href\s*=\s*["'][^"']*/(?:authors?|writers?|contributors?|people|staff|profiles?|"""
    r"""team)/[^"'/?#]+/?["']|rel\s*=\s*["']author["'])[^>]*>\s*(?:<(?!/a\b)[^<>]{0,300}>\s*){0,4}"""
    r"""(?P<name>[^<>]{3,60}?)\s*<""", re.I)
# "By" and the name may sit in separate elements: "<span>By</span> <a …>Jane Doe</a>"; so
# may a label and the name: "<h3>Author</h3><p>Jane Doe</p>", "Contributors: Jane Doe".
# The name after a "By" or a label, past up to four tags ("By <a …><span>Jane Doe</span>").
_NAME_AFTER = r"(?:\b|(?<=\))):?\s*(?:<[^<>]{0,300}>\s*){0,4}(?P<name>[A-Z][^<>\n]{2,60}?)\s*<"
_BY_LINE = re.compile(r">\s*(?:[Bb]y|BY|(?i:(?:written|posted|article|words|story|text)\s+by)|"
                      r"Author(?:s|\(s\))?|AUTHORS?|Contributors?)" + _NAME_AFTER)
# An element the page's template marks as the author's name: class "author-name",
# "byline__name", "authorName".
_NAME_CLASS = re.compile(r"""class\s*=\s*["'][^"'<>]*?(?i:author|byline)[-_]{0,2}(?i:name)\b"""
                         r"""[^"'<>]*["'][^<>]*>\s*(?:<[^<>]{0,300}>\s*){0,3}(?P<name>[A-Z][^<>\n]{2,60}?)\s*<""")
# Any element whose class speaks of the author or the byline ("author-info", "post-author",
# "c-byline"), or the author's picture ("avatar"), with a name as its text past up to four
# tags (a photo, a link); the name may end its line.
_AUTHOR_CLASS = re.compile(r"""class\s*=\s*["'](?P<cls>[^"'<>]*?(?i:author|byline|avatar)[^"'<>]*)["'][^<>]*>"""
                           r"""\s*(?:<[^<>]{0,300}>\s*){0,4}(?P<name>[A-Z][^<>\n]{2,60}?)\s*(?:<|\n)""")
_CLASS_KEYS = ("author", "Author", "AUTHOR", "byline", "Byline", "BYLINE")
_AVATAR_KEYS = ("avatar", "Avatar")


def _name_classes(head: str, pattern: re.Pattern[str] = _NAME_CLASS,
                  keys: tuple[str, ...] = _CLASS_KEYS) -> list[re.Match[str]]:
    """The matches of `pattern` (_NAME_CLASS or _AUTHOR_CLASS) in `head`, in
    page order. Every element has a class, so the pattern is tried only at the class
    attributes that hold one of `keys`."""
    starts = set()
    for key in keys:
        i = head.find(key)
        while i >= 0:
            cls = head.rfind("class", max(0, i - 200), i)
            if cls >= 0 and ">" not in head[cls:i]:
                starts.add(cls)
            i = head.find(key, i + len(key))
    return [m for m in (pattern.match(head, k) for k in sorted(starts)) if m]


# Words no byline name holds: job titles and desks (_ROLE_WORDS; a team may be named after
# one), and the site furniture that author-page links also carry ("Member Login", "Our Team").
_MENU_WORDS = frozenset("""login log sign member members account company size subscribe
contact about menu profile profiles staff more all view page pages careers
type types category categories topic topics industry industries region product products solution
solutions brand brands price role written posted reviewed edited""".split())
_NOT_A_NAME = _ROLE_WORDS | _MENU_WORDS


def byline_in_page(raw: str) -> list[str]:
    """The people a byline of the page names, when the metadata names no one: the first
    person found in an author-page link, an element the template marks as the author's
    name, a "By Name" element or, failing those, an element whose class speaks of the
    author, with the co-authors their byline names after them."""
    head = raw[:600_000]

    def candidates():   # each kind searched only when the ones before found no one
        yield from (m for m in _AUTHOR_LINK.finditer(head)
                    if not _LINK_IN_PROSE.search(head, max(0, m.start() - 60), m.start()))
        yield from _name_classes(head)
        yield from (m for m in _BY_LINE.finditer(head)
                    if not _in_prose(head, m.start()))
        yield from _author_elements(head)

    for m in candidates():
        if not _other_credit(head, m.start("name")) and (name := _first_name(m.group("name"))):
            return _with_coauthors(name, head, m.start("name"))
    return []


def _author_elements(head: str) -> list[re.Match[str]]:
    """The _AUTHOR_CLASS elements of the page that speak of its article's author: not a
    comment's author, nor the authors of a list of other stories (a class used for
    several names, or more than twice)."""
    found = [m for m in _name_classes(head, _AUTHOR_CLASS, keys=_CLASS_KEYS + _AVATAR_KEYS)
             if "comment" not in m.group("cls").lower()]
    names: dict[str, list[str]] = {}
    for m in found:
        names.setdefault(m.group("cls"), []).append(m.group("name"))
    # the article's byline and its author box at the end may share a class; a third one is a list's
    return [m for m in found if len(names[m.group("cls")]) <= 2 and len(set(names[m.group("cls")])) == 1]


# Where a byline's line ends: a block element, or a date, a separator or a label after the names.
_LINE_END = re.compile(r"<(?:/?(?:p|div|li|ul|ol|br|h[1-6]|section|header|footer|time|table|tr|td|figure|"
                       r"address|button|nav)\b|script|style|!--)", re.I)
_NEXT_ITEM = re.compile(r"(?:</(?:a|span|strong|b|em)>\s*)*</li>\s*<li\b[^>]*>", re.I)
_NAMES_END = re.compile(r"\s(?:[|•·—–-]|(?:published|updated|posted|on|in|at)\b)|\d", re.I)
_NAMES_SPLIT = re.compile(r"\s*(,|&|\band\b)\s*")
_MOST_AUTHORS = 8


def _byline_names(text: str) -> list[str]:
    """The people a byline's text names, up to the first piece that is not a name: "Jane
    Roe and Kai Lind", "Jane Roe, Kai Lind & Ode Sims". A piece after a comma that closes
    the list is a name only when it opens with a given name: "Jane Roe, Clemson University"
    is a person and where she works. A date printed first is passed over ("Dec. 19, 2025 ·
    Jane Roe")."""
    if (found := find_datetime(text[:40])) and found[1] == 0:
        text = text[found[2]:].lstrip(_LOOSE)
    if end := _NAMES_END.search(text):
        text = text[:end.start()]
    parts = _NAMES_SPLIT.split(text)
    names: list[str] = []
    for i in range(0, len(parts), 2):
        person = _person_name(parts[i])
        if not person or person in names:
            break
        if i and parts[i - 1] == "," and i + 1 >= len(parts) and person.split()[0] not in given_names():
            break
        names.append(person)
    return names


def _with_coauthors(name: str, head: str, start: int) -> list[str]:
    """`name` and the people its byline names after it ("By Jane Roe and Kai Lind",
    "<a>Jane Roe</a>, <a>Kai Lind</a>", a list with one name per item), the byline's
    line read up to its end."""
    line = _NEXT_ITEM.sub(" & ", head[start:start + 1200])   # a list of authors, one per item
    if end := _LINE_END.search(line, len(name)):
        line = line[:end.start()]
    names = _byline_names(" ".join(html.unescape(_TAG.sub(" ", line)).split()))
    # more names than a byline holds are a list in the text (credits, people thanked)
    return names if names and names[0] == name and len(names) <= _MOST_AUTHORS else [name]


def _first_name(found: str) -> str | None:
    """The person a byline's text names, or its first one ("Jane Roe" of "Jane Roe and Kai Lind")."""
    return _person_name(found) or next(iter(_byline_names(" ".join(html.unescape(found).split()))), None)


def _person_name(found: str) -> str | None:
    """A byline's text as a person's name (two to four capitalised words and the particles
    of a surname, no role, no desk or menu word), or None. A team writes under its name
    too ("Harbour Data Team", "Marketing Team"; "Our Team" names no one)."""
    name = _without_initials(_ROLE_TAIL.sub("", " ".join(html.unescape(found).split())).strip(_LOOSE))
    words = name.split()
    if not (NAME_SHAPE.match(name) and 2 <= sum(w[0].isupper() for w in words) <= 4 and len(words) <= 6
            and not any(ch.isdigit() for ch in name) and not name.isupper()):
        return None
    lower = [w.lower() for w in words]
    if lower[-1] == "team":   # desk words may name a team, menu words may not
        return name if _is_team(name) and not _MENU_WORDS & set(lower) else None
    if lower[0] not in lx.STOPWORDS and not _NOT_A_NAME & set(lower):
        return name
    return None


# An author the page declares in its meta tags, which trafilatura ignores when it is one
# word (a first name or a user name: "Zach", "jdoe"). Yoast's "Written by" label counts too.
_META_AUTHOR = re.compile(
    r"""<meta\b[^>]*?(?:name|property)\s*=\s*["'](?:author|article:author|parsely-author)["'][^>]*?"""
    r"""content\s*=\s*["'](?P<a>[^"'<>]{2,60})["']"""
    r"""|<meta\b[^>]*?content\s*=\s*["'](?P<b>[^"'<>]{2,60})["'][^>]*?(?:name|property)\s*=\s*"""
    r"""["'](?:author|article:author|parsely-author)["']"""
    r"""|twitter:label1["'][^>]*?content\s*=\s*["']written\s+by["'][^>]*>\s*<meta\b[^>]*?"""
    r"""twitter:data1["'][^>]*?content\s*=\s*["'](?P<c>[^"'<>]{2,60})["']""", re.I)


# The same, written in lower case, for the lower-cased page (case-sensitive search is faster).
_META_AUTHOR_LOW = re.compile(_META_AUTHOR.pattern)


def declared_author(raw: str) -> list[str]:
    """The author of the page's meta tags, one word or more (the first that is a name)."""
    low = lowered(raw)
    found = _META_AUTHOR.finditer(raw, 0, 300_000) if low is None else _META_AUTHOR_LOW.finditer(low, 0, 300_000)
    for m in found:   # each value read back from the page: the offsets agree
        key = "a" if m.group("a") else "b" if m.group("b") else "c"
        value = " ".join(html.unescape(raw[m.start(key):m.end(key)]).split())
        if not _NOT_A_USER.search(value) and (names := _authors(value, None)):
            return names
    return []


_REACH = 600_000   # how far into a page to look for a name's spelling


def as_written(name: str, head: str) -> str:
    """The name as the page spells it on its own (in a tag's text or an attribute):
    trafilatura capitalises user names and drops the periods of initials and titles.
    A spelling next to the word "author" (a meta tag, JSON-LD, a byline's class) beats
    one elsewhere, and the spelling trafilatura gives beats another one of equal standing.
    `head` is searched in lower case when that keeps its offsets (see `lowered`): a
    case-sensitive search that opens with the name's first word runs many times faster
    than a re.I one."""
    words = re.findall(r"[^\W_]+", name)
    if not words:
        return name
    # Between words the page may put spaces, periods and underscores ("H. G. Wells",
    # "q_admin"); a comma, hyphen or apostrophe only where the name has one ("Jane Roe,
    # Ph D" as "Jane Roe, Ph.D."; never "Rory OSullivan" for "Rory O'Sullivan").
    glued = re.escape(words[0])
    for sep, word in zip(re.split(r"[^\W_]+", name)[1:-1], words[1:]):
        kept = re.sub(r"[\s._]", "", sep).replace("\u2019", "'")
        marks = "".join("['\u2019]" if c == "'" else re.escape(c) for c in kept)
        glued += (r"[\s.]*" + marks + r"\s*" if kept else r"[\s._]*") + re.escape(word)
    tail = r"""[.®™]?)\s*(?=[<"',;|])"""
    if (low := lowered(head)) is not None and len(glued.lower()) == len(glued):
        matches = re.compile("(?P<n>" + glued.lower() + tail).finditer(low, 0, _REACH)
    else:
        matches = re.compile("(?P<n>" + glued + tail, re.I).finditer(head, 0, _REACH)
    best, best_rank = name, 4
    for m in matches:
        before = head[max(0, m.start() - 50):m.start()]
        if not _OPENS.search(before):
            continue   # inside a longer text ("Tom Lee" of "… by Tom Lee")
        found = " ".join(head[m.start("n"):m.end("n")].split())
        rank = (0 if "author" in before.lower() else 2) + (found != name)
        if rank < best_rank:
            best, best_rank = found, rank
            if rank == 0:
                break
    return best


# What stands before a text of its own: a tag's end or an attribute's opening quote.
_OPENS = re.compile(r"""[>"']\s*$""")


# A link inside running text: a word before it that no byline puts there ("says <a …>").
_LINK_IN_PROSE = re.compile(r"(?<![<\w])(?!(?:by|and|with|from)\b)[a-z]{2,}[,.]?\s+$")
_INLINE_END = re.compile(r"</(?:a|em|i|b|strong|code)\s*>$", re.I)


def _in_prose(page: str, at: int) -> bool:
    """The "by" after the tag ending at `at` follows the end of an inline element, as in
    running text ("a library</a> written by <a>…</a>"); a byline's label opens its element."""
    return bool(_INLINE_END.search(page, max(0, at - 20), at + 1))


# A credit for someone other than the writer, just before the name ("<a>Medically
# reviewed</a> by <a>…</a>", "Photos: …").
_OTHER_CREDIT = re.compile(r"(?:reviewed|edited|checked|illustrated|photographed|photos?|images?|video|"
                           r"produced|sponsored|presented|powered|translated)\s*(?:by)?\s*:?\s*$", re.I)


def _other_credit(page: str, at: int) -> bool:
    """The name starting at `at` follows another credit than the writer's."""
    return bool(_OTHER_CREDIT.search(" ".join(_TAG.sub(" ", page[max(0, at - 300):at]).split()) + " "))


# The article's visible byline sits just under its headline.
_BYLINE_REACH = 3000


def _under_headline(raw: str) -> str:
    """The stretch of the page right under its <h1>, where the byline sits ("" without one)."""
    h1 = _H1.search(raw[:1_000_000])
    return raw[h1.end():h1.end() + _BYLINE_REACH] if h1 else ""


def visible_byline(raw: str) -> list[str]:
    """The byline right under the page's <h1> ("By Name", "Written by", an element the
    template marks as the author's name): what the reader sees as the author, when the
    meta tags name whoever posted the page ("By Jane Roe" over a CMS user "jsmith")."""
    zone = _under_headline(raw)
    labelled = (m for m in _BY_LINE.finditer(zone) if not _in_prose(zone, m.start()))
    for m in itertools.chain(labelled, _name_classes(zone)):
        if not _other_credit(zone, m.start("name")) and (name := _first_name(m.group("name"))):
            return _with_coauthors(name, zone, m.start("name"))
    return []


def linked_byline(raw: str) -> list[str]:
    """The links to author pages right under the page's <h1>, as a byline's names ("<a
    href='/author/jane'>Jane Roe</a>, <a href='/author/kai'>Kai Lind</a>")."""
    zone = _under_headline(raw)
    for m in _AUTHOR_LINK.finditer(zone):
        if name := _first_name(m.group("name")):
            return _with_coauthors(name, zone, m.start("name"))
    return []


def _host(url: str | None) -> str:
    """The host of `url`, in lower case ("" without one)."""
    return re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/")[0]


def the_site(names: list[str], url: str | None) -> bool:
    """Every name is the site itself ("USA TODAY" on usatoday.com, "Clemson News" on
    news.clemson.edu): the publisher standing in for a byline. (The host, not the site
    name: a personal blog is named after its author.)"""
    host = _host(url)
    return bool(names and host) and all(
        (words := re.findall(r"[^\W_]+", n.lower())) and all(w in host for w in words) for n in names)


def site_owner(raw: str, sitename: str | None, url: str | None) -> list[str]:
    """The person a site is named after (its site name, or the name its <title> ends
    with), when its host spells the name ("Lena Kask" at lenakask.example, "Owen Kask" at
    owen.blog.example): a personal site, whose articles are its owner's when no byline
    says otherwise. A company is named after itself too ("Harbour Freight" at
    harbourfreight.example, "Harbour Health" at harbour.example), so the whole name must
    open with a given name, and a first name alone must be a subdomain of its own."""
    labels = _host(url).removeprefix("www.").split(".")
    tag = _TITLE_TAG.search(raw, 0, 200_000)
    title = _SUFFIX.search(" ".join(html.unescape(tag.group("inner")).split())) if tag else None
    for name in (" ".join((sitename or "").split()), title.group("tail").strip() if title else ""):
        words = name.lower().split()
        if not 2 <= len(words) <= 3 or _person_name(name) != name:
            continue
        if (len(labels) > 2 and labels[0] == words[0]) or \
                ("".join(words) in labels and name.split()[0] in given_names()):
            return [name]
    return []
