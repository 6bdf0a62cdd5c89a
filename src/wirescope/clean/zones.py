"""Zones of furniture that run over many lines: a table of contents under its header,
other stories after a "Related" or "News Feed" header or a feed's timestamp, readers'
comments and buyers' reviews after a story. `clean.text` calls these after its first
pass has labelled each line on its own.
"""

from __future__ import annotations

import re

from .lines import JUNK, Line

__all__ = ["STORY_RUN", "contents", "feed_zones"]

# Body paragraphs in a row that make a story of the page's own (see feed_zones).
STORY_RUN = 3
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*[.):]?|[-–•*▪◦·])\s+")


def contents(lines: list[Line], longest: int = 60) -> None:
    """The entries under a table of contents' header go, up to the first line that is
    no entry: entries are short lines in one block, or come back further down as the
    story's subheadings."""
    headers = [i for i, ln in enumerate(lines) if ln.reason == "toc"]
    if not headers:
        return  # most pages: spare the index of every line
    last = {ln.text: i for i, ln in enumerate(lines)}
    for i in headers:
        seen: set[str] = set()
        for j in range(i + 1, min(i + 1 + longest, len(lines))):
            entry = lines[j]
            if entry.label == JUNK:
                continue
            key = _NUMBERING.sub("", entry.text).lower()
            if key in seen:
                break  # the story's first subheading, listed above
            again = last[entry.text] > j
            if not again and (entry.label == "body" or entry.blank_before and seen) or (
                    entry.label not in ("body", "near", "short")):
                break
            entry.label, entry.reason = JUNK, "toc"
            seen.add(key)


def feed_zones(lines: list[Line]) -> None:
    """After a section header or a feed timestamp, other stories follow: drop them
    until the text returns to prose (two body paragraphs in a row). After a story,
    a comments header ("36 Comments") opens the readers' comments, and a reviews header
    ("128 Reviews") the buyers' reviews of a product: dropped to the end. (A page with
    more than two comments headers is a Q&A thread, each post under its own header:
    those head content; reviews headers do not count, a shop lists them under each item.)

    Other stories are furniture only next to a story of the page's own. A page whose
    zones hold more prose than the rest, and which has no run of `STORY_RUN` body
    paragraphs outside them, is a list of stories (a section front, a search result):
    the zones are its content and keep their labels."""
    in_zone = comments = False
    dropped: list[tuple[Line, str]] = []
    inside = outside = run = longest = 0
    # Readers' comments follow a story; a header under every post (a Q&A thread) heads content.
    one_thread = sum(ln.reason == "comments" for ln in lines) <= 2
    for i, ln in enumerate(lines):
        if ln.label == JUNK and (ln.reason in ("section", "timestamp") or
                                 (ln.reason == "comments" and one_thread or ln.reason == "reviews")
                                 and longest >= STORY_RUN):
            in_zone, run = True, 0
            comments = ln.reason in ("comments", "reviews")
            continue
        if not in_zone:
            if ln.label == "body":
                outside += ln.words
                run += 1
                longest = max(longest, run)
            elif ln.label != JUNK:
                run = 0  # a heading or a short line ends a run; furniture does not
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (not comments and ln.label == "body" and nxt is not None and nxt.label == "body"
                and ln.words >= 20 and nxt.words >= 20):
            in_zone, run = False, 1
            outside += ln.words
            continue
        if ln.label in ("body", "near", "short", "credit", "heading"):
            inside += ln.words if ln.label == "body" else 0
            dropped.append((ln, ln.label))
            ln.label, ln.reason = JUNK, "feed"
    if inside > outside and longest < STORY_RUN:
        for ln, label in dropped:
            ln.label, ln.reason = label, ""
