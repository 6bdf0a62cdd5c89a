"""Where the extracted lines sit in the page.

trafilatura hands back text, not the elements it came from. Finding each line
again in the parsed page shows which element holds the body: the deepest one
that holds nearly all of the extracted words. A line outside that element is
the page talking, not the article: a newsletter box, an author card or a rail
of other stories after the body, breadcrumbs and labels above it. A line that
is all the text of one link is a pointer to another page. `places` reports both
facts per line; clean.html decides what to drop.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree
from trafilatura.utils import load_html

from . import lexicon as lx

__all__ = ["BODY_SHARE", "Place", "parse", "places"]

log = logging.getLogger(__name__)

# The body element holds at least this share of the extracted words.
BODY_SHARE = 0.85
# Characters of a line used to find it in the page.
_KEY_CHARS = 50

_WS = re.compile(r"\s+")
_SKIPPED = frozenset(("script", "style", "noscript", "template"))


def parse(raw: str):
    """The page's tree as trafilatura builds it, or None: parsed once, it serves
    trafilatura (which works on a copy) and `places`."""
    try:
        return load_html(raw)
    except Exception as exc:  # lxml raises many kinds on broken markup
        log.debug("lxml failed on the page: %r", exc)
        return None


def _page_text(root) -> tuple[str, list[int], list]:
    """The page text with whitespace collapsed, lowercased, and for each text piece
    its start offset and the element it belongs to."""
    parts: list[str] = []
    starts: list[int] = []
    owners: list = []
    pos = 0
    # document order, walked by lxml in C: an element's text at its start, its tail (which
    # belongs to its parent) at its end; a comment's tail when it is met
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            if el.tag in _SKIPPED:
                walker.skip_subtree()   # its end still comes, with its tail
                continue
            text, owner = el.text, el
        else:
            text, owner = el.tail, el.getparent()
        if text and owner is not None:
            piece = " " if text.isspace() else _WS.sub(" ", text).lower()
            starts.append(pos)
            owners.append(owner)
            parts.append(piece)
            pos += len(piece)
    return "".join(parts), starts, owners


def _locate(lines: Sequence[str], root) -> list:
    """The element each line starts in, searched in reading order (None when not found:
    table rows and text trafilatura rewrote)."""
    text, starts, owners = _page_text(root)
    found: list = []
    cur = 0
    for line in lines:
        key = _WS.sub(" ", line.lstrip("-•* ").strip()).lower()[:_KEY_CHARS]
        if not key or line.startswith("|"):
            found.append(None)
            continue
        i = text.find(key, cur)
        if i < 0:
            i = text.find(key)
        if i < 0:
            found.append(None)
            continue
        cur = i + len(key)
        found.append(owners[bisect.bisect_right(starts, i) - 1])
    return found


def _chain(el) -> list:
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    return out


@dataclass(frozen=True)
class Place:
    """Where one extracted line sits: inside the body element or not, and whether
    all of it is the text of one link (a teaser, a "more stories" entry)."""
    in_body: bool
    link: bool


def _is_link_text(el, line: str) -> bool:
    while el is not None and el.tag != "a":
        el = el.getparent()
    if el is None:
        return False
    text = _WS.sub(" ", el.text_content()).strip()
    return len(text) >= 0.9 * len(_WS.sub(" ", line.lstrip("-•* ")).strip())


def places(lines: Sequence[str], page) -> list[Place | None]:
    """For each line its Place in the page (None where the line was not found or the
    page holds no element with BODY_SHARE of the words). `page` is the HTML, or its
    tree when the caller parsed it already (read only, never changed)."""
    none: list[Place | None] = [None] * len(lines)
    if len(lines) < 3:
        return none
    root = parse(page) if isinstance(page, str) else page
    if root is None:
        return none
    found = _locate(lines, root)
    chains = [_chain(el) if el is not None else None for el in found]
    words = [len(lx.WORD.findall(line)) for line in lines]
    held: Counter = Counter()
    for chain, n in zip(chains, words):
        for el in chain or ():
            held[el] += n
    need = BODY_SHARE * sum(words)
    body = max((el for el, n in held.items() if n >= need), key=lambda el: len(_chain(el)), default=None)
    if body is None:
        return none
    return [Place(body in chain, _is_link_text(el, line)) if chain else None
            for el, chain, line in zip(found, chains, lines)]
