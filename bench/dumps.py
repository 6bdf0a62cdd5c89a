"""Plain-text page dumps: each WCXB page "pasted as text", then cleaned.

`page_text(html)` mimics what a user gets by selecting a whole page in a
browser and pasting it into an editor:

- dropped: <head> (title, meta), script, style, noscript, template, svg, math,
  iframe, object, embed, canvas, video, audio, comments, and elements hidden with
  the `hidden` attribute or an inline `display:none` / `visibility:hidden` style;
- kept: everything else that renders as text — menus, headers, footers, forms
  (labels, buttons; a <select> shows its selected option), captions, related links, cookie banners;
- layout: every block-level element starts and ends a line; <p> and <h1>–<h6>
  are followed by a blank line (as browsers add for their margins); <br> is a
  line break; table cells in a row are joined by a tab; inline elements run on
  with collapsed whitespace; <pre> keeps its own line breaks; runs of blank
  lines collapse to one; lines are stripped. Image alt text is not copied
  (browsers do not copy it either).
- script-rendered pages: a page that renders to next to nothing this way (under
  `_SHELL_WORDS` words: a JavaScript app shell such as a Discourse forum, or a body
  hidden until a script reveals it) is rendered again with its <noscript> content and
  its hidden elements, standing in for what the script shows the reader. Without this,
  27 of the 1,358 dev pages gave empty dumps that no system could score on.

Dumps are cached under bench/_cache/, keyed by a hash of this converter's
source and of the dataset path, so editing the converter rebuilds them.
"""

from __future__ import annotations

import gzip
import hashlib
import inspect
import json
import re
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from . import peers
from .common import CACHE, log, pool_map
from .metrics import word_bag
from .wcxb import Page, read_html, result_tables, score_texts

DROP = frozenset("""head script style noscript template svg math iframe object embed canvas
                 video audio""".split())
# Block-level elements: each starts and ends a line.
BLOCK = frozenset("""address article aside blockquote body center dd details dialog dir div dl dt
                  fieldset figcaption figure footer form frameset header hgroup hr html legend li
                  main menu nav ol section summary table tbody thead tfoot tr ul caption
                  textarea""".split())
# Followed by a blank line.
PARA = frozenset("p h1 h2 h3 h4 h5 h6 pre".split())
CELL = frozenset(("td", "th"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_BR, _TAB = object(), object()


_SHELL_WORDS = 20


def _hidden(el: Any) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _pieces(root: Any, scripted: bool = False) -> list[Any]:
    """Walk the tree (iteratively: pages nest deeper than the recursion limit) into
    text pieces, ("pre", text) pieces, _BR / _TAB markers and int line-break counts.
    `scripted`: keep <noscript> and hidden elements (what a script would show)."""
    drop = DROP - {"noscript"} if scripted else DROP
    out: list[Any] = []
    stack: list[tuple[Any, bool, bool]] = [(root, False, False)]
    while stack:
        el, closing, in_pre = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if closing:
            if tag in PARA:
                out.append(2)
            elif tag in BLOCK:
                out.append(1)
            elif tag in CELL:
                out.append(_TAB)
            if el.tail and el is not root:
                out.append(("pre", el.tail) if in_pre else el.tail)
            continue
        if tag is None or tag in drop or not scripted and _hidden(el):  # comments, PIs, dropped subtrees
            if el.tail and el is not root:
                out.append(("pre", el.tail) if in_pre else el.tail)
            continue
        if tag == "select":  # a closed drop-down shows its selected option only
            opts = el.xpath(".//option[@selected]") or el.xpath(".//option")
            out += [1, opts[0].text_content() if opts else "", 1]
            if el.tail:
                out.append(("pre", el.tail) if in_pre else el.tail)
            continue
        if tag == "br":
            out.append(_BR)
        elif tag in PARA:
            out.append(2)
        elif tag in BLOCK:
            out.append(1)
        inner_pre = in_pre or tag == "pre"
        if el.text:
            out.append(("pre", el.text) if inner_pre else el.text)
        stack.append((el, True, in_pre))
        for child in reversed(el):
            stack.append((child, False, inner_pre))
    return out


def _render(pieces: list[Any]) -> str:
    buf: list[str] = []
    pending = 0
    for p in pieces:
        if isinstance(p, int):
            pending = max(pending, p)
            continue
        if p is _BR:
            buf.append("\n")
            pending = 0
            continue
        if p is _TAB:
            buf.append("\t")
            continue
        text = p[1] if isinstance(p, tuple) else _SPACES.sub(" ", p)
        if not text.strip():
            if not pending:
                buf.append(" ")
            continue
        if pending and buf:
            buf.append("\n" * pending)
        pending = 0
        buf.append(text)
    lines = [re.sub(r" {2,}", " ", re.sub(r" *\t[ \t]*", "\t", line)).strip(" \t")
             for line in "".join(buf).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def page_text(html: str) -> str:
    """The whole page as a browser copy-paste would give it (see module docstring)."""
    html = _XML_DECL.sub("", html, count=1)
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        try:
            root = lxml.html.document_fromstring(html.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return ""
    text = _render(_pieces(root))
    if len(text.split()) < _SHELL_WORDS:
        text = _render(_pieces(root, scripted=True))
    return text


def converter_key(root: Path) -> str:
    parts = [inspect.getsource(f) for f in (_hidden, _pieces, _render, page_text)]
    parts += [repr(sorted(s)) for s in (DROP, BLOCK, PARA, CELL)]
    parts += [_HIDDEN_STYLE.pattern, _SPACES.pattern, str(root)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


# --- building and caching dumps ---------------------------------------------------------

_ROOT: Path | None = None


def _init(root: Path) -> None:
    global _ROOT
    _ROOT = root


def _build_one(pid: str) -> str:
    return page_text(read_html(_ROOT, pid))


def load_dumps(root: Path, ids: list[str], jobs: int) -> dict[str, str]:
    """{page id: dump} for ids, building (in parallel) and caching the missing ones."""
    path = CACHE / f"dumps-{converter_key(root)}.json.gz"
    cached: dict[str, str] = {}
    if path.exists():
        cached = json.loads(gzip.decompress(path.read_bytes()))
    todo = [i for i in ids if i not in cached]
    if todo:
        res = pool_map(_build_one, todo, label="building dumps", jobs=jobs, init=_init, init_args=(root,))
        failed = [i for i, (_, e) in zip(todo, res) if e]
        if failed:
            log(f"  dumps: {len(failed)} pages failed to convert, e.g. {failed[0]}: {res[todo.index(failed[0])][1]}")
        cached.update({i: t or "" for i, (t, _) in zip(todo, res)})
        CACHE.mkdir(parents=True, exist_ok=True)
        for old in CACHE.glob("dumps-*.json.gz"):
            if old != path:
                old.unlink()
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(gzip.compress(json.dumps(cached).encode(), 6))
        tmp.replace(path)
    return {i: cached[i] for i in ids}


# --- the benchmark ----------------------------------------------------------------------

_DUMPS: dict[str, str] = {}


def _init_dumps(dumps: dict[str, str]) -> None:
    global _DUMPS
    _DUMPS = dumps


def _clean(item: tuple[str, str]) -> dict[str, str]:
    system, pid = item
    return {"text": peers.TEXT_TEXT[system](_DUMPS[pid], pid)}


# A gold text ending on one of these ends a sentence: the page's story is complete.
_CLOSED = re.compile(r"[.!?\u2026\"'\u201d\u2019)\]:;]\s*$")


def _flag(pid: str) -> bool:
    """Is the yielded article holding most of the page's gold text flagged truncated?"""
    arts = peers.wirescope_text(_DUMPS[pid], pid)
    gold = _GOLD[pid]
    return bool(arts) and max(arts, key=lambda a: word_bag(a["text"], gold).f)["truncated"]


_GOLD: dict[str, str] = {}


def _init_flags(dumps: dict[str, str], gold: dict[str, str]) -> None:
    global _DUMPS, _GOLD
    _DUMPS, _GOLD = dumps, gold


def false_truncation(pages: list[Page], dumps: dict[str, str], jobs: int) -> tuple[int, int]:
    """(flagged, pages): article pages whose gold story ends a sentence, yet whose article
    wirescope flags truncated (page debris after the story read as a sentence cut off)."""
    gold = {p.id: p.main for p in pages if p.page_type == "article" and _CLOSED.search(p.main or "")}
    flags = pool_map(_flag, sorted(gold), label="dumps/truncation", jobs=jobs, init=_init_flags,
                     init_args=(dumps, gold))
    return sum(bool(r) for r, err in flags if not err), len(gold)


def bench_dumps(root: Path, pages: list[Page], jobs: int) -> str:
    dumps = load_dumps(root, [p.id for p in pages], jobs)
    scores, notes = {}, []
    for system in peers.TEXT_TEXT:
        if system == "wirescope" and (why := peers.wirescope_status()):
            notes.append(f"wirescope not measured: {why}")
            continue
        res = pool_map(_clean, [(system, p.id) for p in pages], label=f"dumps/{system}", jobs=jobs,
                       init=_init_dumps, init_args=(dumps,))
        outputs = {p.id: r for p, r in zip(pages, res)}
        scores[system] = score_texts(pages, outputs)
        if scores[system]["errors"]:
            first = next(f"{pid}: {e}" for pid, (_, e) in outputs.items() if e)
            notes.append(f"{system}: {scores[system]['errors']} errors, first: {first}")
    n_chars = sum(len(d) for d in dumps.values())
    note = (f"{len(pages)} WCXB pages rendered as browser-style plain text (mean "
            f"{n_chars / max(len(dumps), 1):,.0f} chars), scored against the gold main text like "
            "the HTML table. wirescope: `analyze(kind=\"text\")`, all yielded articles joined; "
            "peers get the dump wrapped as `<html><body>` with one `<p>` per line.")
    if "wirescope" in scores:
        flagged, n = false_truncation(pages, dumps, jobs)
        note += (f"\n\nComplete stories flagged truncated: of the {n} article pages whose gold text ends a "
                 f"sentence, wirescope flags {flagged} ({flagged / max(n, 1):.1%}) truncated (the article "
                 "holding most of the gold; page debris after a story must not read as a sentence cut off).")
    if notes:
        note += "\n\n" + "\n".join(f"- {n}" for n in notes)
    return result_tables("WCXB dev as plain-text page dumps", scores, note)
