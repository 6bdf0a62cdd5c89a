"""Author names as metadata writes them: a name string read as the people it names.

trafilatura's author field and a page's meta tags hold roles ("Jane Roe Senior Editor"),
dates, desks, the site's or the newspaper's name, degrees after a name and the initials a
template draws for a missing photo; `_authors` keeps the names, and a desk or a team that
signs as a whole ("Our Editors", "The Harbour Data Team").
"""

from __future__ import annotations

import re

from . import lexicon as lx

__all__ = ["_authors"]

# Separators and bullets a byline leaves around a name ("Jane Doe •").
_LOOSE = " ,;|•·–—-©"
# A meta tag's "author" that is a link, an e-mail address or a number, not a name.
_NOT_A_USER = re.compile(r"^(?:https?:|www\.)|@|^\d+$|/")

# What follows a name in an author field: a role, a date, a reviewer's credit.
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
