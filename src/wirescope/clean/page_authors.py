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
import itertools
import json
import re

from . import lexicon as lx
from .meta import NAME_SHAPE, find_datetime, given_names
from .page_meta import _H1, _SUFFIX, _TAG, _TITLE_TAG, lowered

__all__ = ["page_authors"]

_ROLE_TAIL = re.compile(
    r"(?:\s+(?:(?:senior|chief|staff|contributing|deputy|managing|executive|associate|trending|news|"
    r"political|foreign|business|science|health|tech|technology|sports|features|digital|web)\s+)*"
    r"(?:editor|writer|reporter|correspondent|contributor|columnist|producer|journalist|author|"
    r"analyst|expert)s?\b.*|\s+(?:last\s+)?(?:updated|published|posted|modified)\b.*"
    r"|\s+(?:medically\s+)?(?:reviewed|edited|fact[- ]checked|illustrated)\s+by\b.*"
    r"|\s+head\s+(?=\w).*"
    r"|\s+(?:former|founder|co-?founder|ceo|coo|cto|cfo|president|director|consultant|reviewer|"
    r"specialist|dietitian)\b.*"
    r"|\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b.*|\s+\d.*)$", re.I)


# One-word "authors" that are form labels, months or roles ("Name", "August", "Admin").
_NOT_AN_AUTHOR = frozenset("""name author authors admin administrator editor editors guest
unknown updated published written posted january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()) \
    | {"written by", "posted by", "published by"}
# A newspaper's name: "The" and capitalised words, not a team or a desk ("The Data Team").
_OUTLET = re.compile(r"^The(?:\s+[A-Z][\w'’&.-]*)+$(?<!Team)(?<!Staff)(?<!Editors)(?<!Desk)")
# The last word of a collective byline ("Our Editors", "The Staff Writers").
_COLLECTIVE = frozenset("editors writers reporters staff contributors correspondents".split())
_ROLE_HEAD = re.compile(r"^(?:by|written by|author|posted by|this (?:post|article|story) was written by|"
                        r"(?:article|story|recipe|words|text|post|review|report) by|read more (?:about|from))\s+",
                        re.I)
# Pieces of a job title or a section that a byline splitter leaves as "names".
_ROLE_WORDS = frozenset("""home digital security privacy development community head lead ceo cto cfo
coo director reviewer expert founder consultant editor writer manager officer president sr jr
operations marketing team department desk news sports business""".split())


# Degrees and professional letters written after a name ("Jane Roe, MD, PhD").
_POST_NOMINALS = frozenset("""phd md do rn bsn msn np pac dvm vmd dacvb mba cpa cfa cfp cepf jd llm ms ma ba
bs msc bsc rd ld cdn facp faclm foma dabom lvt vts qc kc sc esq ii iii fand dds dmd pharmd od dpt pt otr
lcsw lmft psyd edd cpt eryt frcp mrcp fcca acca cissp pmp""".split())


def _post_nominals(piece: str) -> bool:
    """The piece is nothing but post-nominal letters ("Ph D", "MD, FACP", "CEPF®")."""
    letters = re.sub(r"[.®™\-]", "", piece)
    words = re.split(r"[\s,]+", letters.strip())
    joined = "".join(words).lower()
    return bool(words and words[0]) and (joined in _POST_NOMINALS or all(
        w.lower() in _POST_NOMINALS or (w.isdigit() and len(w) <= 3) for w in words))


# Words of page furniture and site sections, never of a byline.
_FURNITURE = frozenset("""page privacy policy conditions terms cookie cookies extra finance strategy
licensed subscribe newsletter login menu""".split())


def _without_initials(name: str) -> str:
    """The name without the initials a template draws in place of a missing photo before
    it ("CM Craig McCarthy")."""
    first, _, rest = name.partition(" ")
    initials = "".join(w[0] for w in rest.split()[:len(first)] if w[:1].isupper())
    return rest if len(first) in (2, 3) and first.isupper() and first == initials else name


def _is_team(name: str) -> bool:
    """A team signing under its name ("Harbour Data Team"), which holds a desk's words."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() == "team" and any(w.lower() not in lx.STOPWORDS for w in words[:-1])


def _authors(raw: str | None, sitename: str | None) -> list[str]:
    """trafilatura's author string as names: roles and dates stripped, the site's own
    name and shorter forms of a listed name dropped."""
    names: list[str] = []
    for name in (raw or "").split(";"):
        whole = _without_initials(_ROLE_HEAD.sub("", name.strip()).strip(_LOOSE))
        name = _ROLE_TAIL.sub("", whole).strip(_LOOSE)
        if name.lower() in ("our", "the") and whole.lower().split()[-1] in _COLLECTIVE:
            name = whole   # "Our Editors", "The Staff Writers": the desk signs as a whole
        if names and _post_nominals(name):   # "Jane Roe; Ph D": her degree, not a second author
            names[-1] = f"{names[-1]}, {name}"
            continue
        if len(name) > 1 and name not in names and name.lower() not in lx.STOPWORDS \
                and name.lower() not in _NOT_AN_AUTHOR:
            names.append(name)
    site = (sitename or "").lower()
    if len(names) > 1 and site:
        names = [n for n in names if n.lower() != site] or names
    if len(names) > 1:   # "Brett Cruz; Privacy; Digital Security": the person, not the desk
        names = [n for n in names if _is_team(n) or not _ROLE_WORDS & set(re.split(r"[\s-]+", n.lower()))] \
            or names
    if len(names) > 1:   # "Jane Roe; Kai Lind; The Harbour Post": the people, not the paper they write for
        names = [n for n in names if not _OUTLET.match(n)] or names
    # page furniture a template put in the author field ("Page Head Extra", "Privacy Policy")
    names = [n for n in names if not _FURNITURE & set(re.split(r"[\s.-]+", n.lower()))]
    keep = []
    for n in names:
        words = set(n.lower().split())
        if not any(m != n and words < set(m.lower().split()) for m in names):
            keep.append(n)
    return keep


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


# Separators and bullets a byline leaves around a name ("Jane Doe •").
_LOOSE = " ,;|•·–—-©"


# Words no byline name holds: job titles and desks, and the site furniture that
# author-page links also carry ("Member Login", "Our Team").
_NOT_A_NAME = _ROLE_WORDS | frozenset("""login log sign member members account company size subscribe
contact about menu profile profiles staff more all view page pages careers
type types category categories topic topics industry industries region product products solution
solutions brand brands size price role written posted reviewed edited""".split())


def _byline_in_page(raw: str) -> list[str]:
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
        return name if _is_team(name) and not (_NOT_A_NAME - _ROLE_WORDS) & set(lower) else None
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
_NOT_A_USER = re.compile(r"^(?:https?:|www\.)|@|^\d+$|/")


# The same, written in lower case, for the lower-cased page (case-sensitive search is faster).
_META_AUTHOR_LOW = re.compile(_META_AUTHOR.pattern)


def _declared_author(raw: str) -> list[str]:
    """The author of the page's meta tags, one word or more (the first that is a name)."""
    low = lowered(raw)
    same = len(low) == len(raw)   # offsets agree: read each value back from the page
    for m in (_META_AUTHOR_LOW.finditer(low, 0, 300_000) if same else _META_AUTHOR.finditer(raw, 0, 300_000)):
        key = "a" if m.group("a") else "b" if m.group("b") else "c"
        value = " ".join(html.unescape(raw[m.start(key):m.end(key)]).split())
        if not _NOT_A_USER.search(value) and (names := _authors(value, None)):
            return names
    return []


_REACH = 600_000   # how far into a page to look for a name's spelling


def _as_written(name: str, head: str, low: str | None = None) -> str:
    """The name as the page spells it on its own (in a tag's text or an attribute):
    trafilatura capitalises user names and drops the periods of initials and titles.
    A spelling next to the word "author" (a meta tag, JSON-LD, a byline's class) beats
    one elsewhere, and the spelling trafilatura gives beats another one of equal standing.
    `low` is `head` in lower case when that keeps its offsets: a case-sensitive search that
    opens with the name's first word runs many times faster than a re.I one."""
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
    if low is not None and len(glued.lower()) == len(glued):
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


def _visible_byline(raw: str) -> list[str]:
    """The byline right under the page's <h1> ("By Name", "Written by", an element the
    template marks as the author's name): what the reader sees as the author, when the
    meta tags name whoever posted the page ("By Jane Roe" over a CMS user "jsmith")."""
    h1 = _H1.search(raw[:1_000_000])
    if h1 is None:
        return []
    zone = raw[h1.end():h1.end() + _BYLINE_REACH]
    labelled = (m for m in _BY_LINE.finditer(zone) if not _in_prose(zone, m.start()))
    for m in itertools.chain(labelled, _name_classes(zone)):
        if not _other_credit(zone, m.start("name")) and (name := _first_name(m.group("name"))):
            return _with_coauthors(name, zone, m.start("name"))
    return []


def _linked_byline(raw: str) -> list[str]:
    """The links to author pages right under the page's <h1>, as a byline's names ("<a
    href='/author/jane'>Jane Roe</a>, <a href='/author/kai'>Kai Lind</a>")."""
    h1 = _H1.search(raw[:1_000_000])
    zone = raw[h1.end():h1.end() + _BYLINE_REACH] if h1 else ""
    for m in _AUTHOR_LINK.finditer(zone):
        if name := _first_name(m.group("name")):
            return _with_coauthors(name, zone, m.start("name"))
    return []


def _more_of(names: list[str], shown: list[str]) -> bool:
    """`shown` holds every one of `names` and more ("Jane Roe" of "Dr Jane Roe, Kai Lind")."""
    return len(shown) > len(names) and all(any(n in s for s in shown) for n in names)


def _the_site(names: list[str], url: str | None) -> bool:
    """Every name is the site itself ("USA TODAY" on usatoday.com, "Clemson News" on
    news.clemson.edu): the publisher standing in for a byline. (The host, not the site
    name: a personal blog is named after its author.)"""
    host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/")[0]
    return bool(names and host) and all(
        (words := re.findall(r"[^\W_]+", n.lower())) and all(w in host for w in words) for n in names)


def _site_owner(raw: str, sitename: str | None, url: str | None) -> list[str]:
    """The person a site is named after (its site name, or the name its <title> ends
    with), when its host spells the name ("Lena Kask" at lenakask.example, "Owen Kask" at
    owen.blog.example): a personal site, whose articles are its owner's when no byline
    says otherwise. A company is named after itself too ("Harbour Freight" at
    harbourfreight.example, "Harbour Health" at harbour.example), so the whole name must
    open with a given name, and a first name alone must be a subdomain of its own."""
    labels = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/")[0].removeprefix("www.").split(".")
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
    if _the_site(names, url):
        names = _byline_in_page(raw) or names
    elif names and (shown := _visible_byline(raw)):
        if not any(set(n.lower().split()) & set(shown[0].lower().split()) for n in names):
            names = shown   # the byline the reader sees, not the account that posted the page
        elif _more_of(names, shown):
            names = shown   # the metadata names the first of the byline's authors only
    elif names and _more_of(names, linked := _linked_byline(raw)):
        names = linked
    names = names or [n for n, org in declared if not org] or _byline_in_page(raw) or schema or \
        _declared_author(raw) or _site_owner(raw, sitename, url)
    if not names:
        return []
    low = lowered(raw)
    return [_as_written(n, raw, low if len(low) == len(raw) else None) for n in names]
