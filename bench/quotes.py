"""Quotes: PolNeAR dev attributions (GenderGapTracker scheme), baselines, speed, seed checks.

- gold: `polnear/dev/attributions/<article>_<annotator>.ann` (the annotator id that sorts
  first); one gold quote per `E` line = union of its Content fragments, speaker = union
  of its Source fragments (none for `Attribution-no-source`); Discuss/Discard ignored;
- wirescope: `analyze(Article(raw=text, source=name), as_is=True, published=date)`,
  its `quotes`; the regex baseline and textacy's `direct_quotations` run in the same
  process on the same texts;
- scores: bench/metrics_quotes.py (definitions in bench/README.md).
PolNeAR is read in place for measuring only; nothing from it is stored.
"""

from __future__ import annotations

import csv
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .common import CACHE, REPO, Progress, log, table
from .metrics_quotes import THRESHOLDS, Gold, Pred, QuoteCounts, is_direct, quoted_mask, score_quotes

SPLIT = "dev"
TARGETS = {"all": (0.88, 0.80, 0.92), "direct": (0.95, None, None)}   # loose F1, strict F1, speaker acc
GGT = (0.837, 0.761, 0.86)                                            # GenderGapTracker, published


# --- PolNeAR ------------------------------------------------------------------------------

@dataclass
class Doc:
    name: str
    text: str
    published: str | None
    golds: list[Gold]
    direct: list[bool]  # per gold: a direct quote (see metrics_quotes.is_direct)


_SPAN = re.compile(r"^(\S+) (.+)$")


def parse_ann(ann: str) -> list[Gold]:
    """Gold quotes of one brat file: one per `E` line, Content and Source as char sets."""
    frags: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in ann.splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0].startswith("T") and len(cols) >= 2:
            m = _SPAN.match(cols[1])
            if not m or m.group(1) in ("Discuss", "Discard"):
                continue
            spans = [tuple(int(x) for x in part.split()) for part in m.group(2).split(";")]
            frags[cols[0]] = (m.group(1), [(s, e) for s, e in spans])
        elif cols[0].startswith("E") and len(cols) >= 2:
            events.append(cols[1].split())
    golds = []
    for args in events:
        content: set[int] = set()
        source: set[int] = set()
        for arg in args:
            role, _, tid = arg.partition(":")
            role = role.rstrip("0123456789")
            if tid not in frags:
                continue
            chars = {i for s, e in frags[tid][1] for i in range(s, e)}
            if role == "Content":
                content |= chars
            elif role == "Source":
                source |= chars
        if content:
            golds.append(Gold(frozenset(content), frozenset(source) if source else None))
    return golds


def load_polnear(root: Path, split: str = SPLIT, limit: int | None = None) -> list[Doc]:
    base = root / "polnear"
    dates = {}
    with open(base / "metadata.tsv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            dates[row["filename"]] = row.get("publication_date") or None
    docs = []
    for txt in sorted((base / split / "text").glob("*.txt"))[:limit]:
        anns = sorted((base / split / "attributions").glob(f"{txt.stem}_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        golds = parse_ann(anns[0].read_text(encoding="utf-8"))
        mask = quoted_mask(text)
        docs.append(Doc(txt.stem, text, dates.get(txt.stem), golds,
                        [is_direct(g.chars, text, mask) for g in golds]))
    return docs


# --- systems: text -> [Pred], kind per pred ------------------------------------------------

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)"
_VERB = r"(?:said|says|told|tells|added|adds)"
_QUOTE = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"")
_AFTER = [re.compile(rf"^[\s,]*{_VERB}\s+(?P<n>{_NAME})"),
          re.compile(rf"^[\s,]*(?P<n>{_NAME}|{_PRON})\s+{_VERB}\b"),
          re.compile(rf"^[\s,]*according to (?P<n>{_NAME})")]
# before the opening mark: name/pronoun + verb earlier in the same sentence
_BEFORE = [re.compile(rf"(?P<n>{_NAME}|{_PRON})\s+(?:\w+\s+)?{_VERB}\b[^.!?“”\"\n]*$"),
           re.compile(rf"[Aa]ccording to (?P<n>{_NAME})\s*,\s*$")]
WINDOW = 80


def regex_quotes(text: str) -> list[tuple[Pred, str]]:
    """Plain regex baseline: every “…” / "…" of >= 3 words (marks included); speaker = a
    capitalised name or pronoun with said/says/told/added or "according to" right after
    the closing mark, else (the last one) earlier in the sentence before the opening mark
    (80-char windows)."""
    out = []
    for m in _QUOTE.finditer(text):
        inner = m.group(1) or m.group(2)
        if len(inner.split()) < 3:
            continue
        spk = None
        after = text[m.end():m.end() + WINDOW]
        for pat in _AFTER:
            if sm := pat.search(after):
                spk = (m.end() + sm.start("n"), m.end() + sm.end("n"))
                break
        if spk is None:
            lo = max(0, m.start() - WINDOW)
            for pat in _BEFORE:
                if sm := max(pat.finditer(text[lo:m.start()]), key=lambda x: x.start(), default=None):
                    spk = (lo + sm.start("n"), lo + sm.end("n"))
                    break
        pred = Pred(m.start(), m.end(), *(spk or (None, None)), text[spk[0]:spk[1]] if spk else None)
        out.append((pred, "direct"))
    return out


def wirescope_quotes(doc: Doc) -> tuple[list[tuple[Pred, str]], str | None]:
    """The public API on one article, as-is; (predictions, warning)."""
    import wirescope
    arts = list(wirescope.analyze(wirescope.Article(raw=doc.text, source=doc.name), as_is=True,
                                  published=doc.published))
    if not arts:
        return [], "no article"
    art = arts[0]
    warn = None if art.text == doc.text else "text differs from the input (offsets may not line up)"
    out = []
    for q in art.quotes or []:
        spk = q.get("speaker") or {}
        out.append((Pred(int(q["start"]), int(q["end"]), spk.get("start"), spk.get("end"), spk.get("name")),
                    q.get("kind") or "direct"))
    return out, warn


def _why_no_quotes() -> str:
    try:
        from wirescope.pipeline import AS_IS, registered
    except ImportError:
        return ""
    if "analyze.quotes" not in registered():
        return ": `analyze.quotes` is not registered yet"
    if "analyze.quotes" not in AS_IS:
        return f": the as-is pipeline (`{', '.join(AS_IS)}`) does not run `analyze.quotes`"
    return ""


def _find_quotes_direct(docs: list[Doc]) -> tuple[list[list[tuple[Pred, str]]], str] | None:
    """The extractor's function on the bare text, when it exists (diagnostic row)."""
    try:
        from wirescope.analyze.quotes import find_quotes
    except ImportError:
        return None
    preds, n_err = [], 0
    for doc in docs:
        try:
            qs = find_quotes(doc.text)
        except Exception:  # noqa: BLE001
            qs, n_err = [], n_err + 1
        preds.append([(Pred(int(q["start"]), int(q["end"]), (q.get("speaker") or {}).get("start"),
                            (q.get("speaker") or {}).get("end"), (q.get("speaker") or {}).get("name")),
                       q.get("kind") or "direct") for q in qs])
    return preds, str(n_err)


def find_parser_model() -> Path | None:
    """The newest spaCy pipeline with a parser under bench/_cache (sm-arch, trained on GUM)."""
    import json
    found = []
    for cfg in CACHE.glob("*/meta.json"):
        try:
            meta = json.loads(cfg.read_text())
        except (OSError, ValueError):
            continue
        if "parser" in meta.get("pipeline", []):
            found.append(cfg.parent)
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


_UPOS = {"VB": "VERB", "MD": "AUX", "NN": "NOUN", "NNP": "PROPN", "PRP": "PRON", "WP": "PRON",
         "JJ": "ADJ", "RB": "ADV", "IN": "ADP", "DT": "DET", "CC": "CCONJ", "CD": "NUM",
         "RP": "PART", "TO": "PART", "UH": "INTJ"}
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think"}


def _fill_pos_lemma(doc: Any, verbs: frozenset[str]) -> Any:
    """textacy needs `pos` and verb lemmas; the sm-arch pipeline has a PTB tagger but no
    attribute ruler or lemmatizer, so map tags to coarse POS and lemmatize verbs by
    suffix against textacy's reporting-verb list (only what its rules look at)."""
    for tok in doc:
        if not tok.pos_:
            tag = tok.tag_
            tok.pos_ = tag if tag.isupper() and tag in _UPOS.values() else \
                _UPOS.get(tag, _UPOS.get(tag[:3], _UPOS.get(tag[:2], "PUNCT" if tok.is_punct else "X")))
        if not tok.lemma_ and tok.pos_ == "VERB":
            low = tok.lower_
            cands = [_IRREGULAR.get(low, low), low[:-1], low[:-2], low[:-3], low[:-3] + "e",
                     low[:-3] + "y", low[:-2] + "y" if low.endswith("ies") else low]
            tok.lemma_ = next((c for c in cands if c in verbs), low)
    return doc


def textacy_system() -> tuple[Callable[[str], list[tuple[Pred, str]]] | None, str]:
    """(text -> predictions, description) or (None, why not)."""
    try:
        import spacy
        from textacy import constants
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        return None, f"textacy not installed ({exc}); `pip install -e '.[bench]'`"
    path = find_parser_model()
    if path is None:
        return None, ("no parsed pipeline under bench/_cache yet (the sm-arch GUM model from "
                      "`scripts/train_ner.py --arch sm` / the ner section); row skipped")
    nlp = spacy.load(path)
    verbs = frozenset(constants.REPORTING_VERBS["en"])
    fill = not {"attribute_ruler", "lemmatizer", "morphologizer"} & set(nlp.pipe_names)

    def run(text: str) -> list[tuple[Pred, str]]:
        doc = nlp(text)
        if fill:
            _fill_pos_lemma(doc, verbs)
        out = []
        for q in direct_quotations(doc):
            sp = q.speaker
            out.append((Pred(q.content[0].idx, q.content[-1].idx + len(q.content[-1]),
                             sp[0].idx, sp[-1].idx + len(sp[-1]), " ".join(t.text for t in sp)), "direct"))
        return out
    rel = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    return run, f"`{rel}` ({', '.join(nlp.pipe_names)})" + (", POS from tags, verb lemmas by suffix" if fill else "")


# --- scoring ------------------------------------------------------------------------------

def _score(docs: list[Doc], preds: list[list[tuple[Pred, str]]], direct: bool) -> dict[float, QuoteCounts]:
    out = {t: QuoteCounts() for t in THRESHOLDS}
    for doc, ps in zip(docs, preds):
        golds = [g for g, d in zip(doc.golds, doc.direct) if d or not direct]
        mine = [p for p, kind in ps if kind == "direct" or not direct]
        for t in THRESHOLDS:
            out[t] += score_quotes(golds, mine, t)
    return out


def _rows(name: str, counts: dict[float, QuoteCounts], errors: str) -> list[list[Any]]:
    lo, hi = counts[THRESHOLDS[0]], counts[THRESHOLDS[1]]
    return [[name, *lo.prf, *hi.prf, lo.speaker_accuracy, hi.speaker_accuracy, lo.e2e[2], hi.e2e[2],
             lo.pred, errors]]


def bench_quality(docs: list[Doc]) -> tuple[str, dict[str, list]]:
    systems: dict[str, list[list[tuple[Pred, str]]]] = {}
    errors: dict[str, str] = {}
    notes: list[str] = []

    from . import peers
    if why := peers.wirescope_status():
        notes.append(f"wirescope not measured: {why}")
    else:
        preds, n_err, warns, first = [], 0, 0, None
        prog = Progress("quotes/wirescope", len(docs))
        for doc in docs:
            try:
                ps, warn = wirescope_quotes(doc)
                warns += warn is not None
            except Exception as exc:  # noqa: BLE001 - a crash is data for the table
                ps, n_err, first = [], n_err + 1, first or f"{type(exc).__name__}: {exc}"[:200]
            preds.append(ps)
            prog.step()
        prog.close()
        systems["wirescope"], errors["wirescope"] = preds, str(n_err)
        if first:
            notes.append(f"wirescope: {n_err} articles raised, first: {first}")
        if warns:
            notes.append(f"wirescope: {warns} articles whose `text` is not the input")
        if not any(preds):
            notes.append("wirescope produced no quotes" + _why_no_quotes())
            diag = _find_quotes_direct(docs)
            if diag is not None:
                name = "wirescope find_quotes(text) (diagnostic)"
                systems[name], errors[name] = diag
                notes.append(f"{name}: `wirescope.analyze.quotes.find_quotes(text)` called directly, "
                             "without a spaCy Doc or entities, because the public path gave nothing")

    systems["baseline: regex"] = [regex_quotes(d.text) for d in docs]
    errors["baseline: regex"] = "0"

    run, desc = textacy_system()
    if run is None:
        notes.append(f"textacy `direct_quotations`: {desc}")
    else:
        preds, n_err, first = [], 0, None
        prog = Progress("quotes/textacy", len(docs))
        for doc in docs:
            try:
                preds.append(run(doc.text))
            except Exception as exc:  # noqa: BLE001 - known to raise on unbalanced quotes
                preds.append([])
                n_err, first = n_err + 1, first or f"{type(exc).__name__}: {exc}"[:160]
            prog.step()
        prog.close()
        systems["textacy direct_quotations"], errors["textacy direct_quotations"] = preds, str(n_err)
        notes.append(f"textacy on {desc}; {n_err}/{len(docs)} articles raised (scored as no quotes)"
                     + (f", first: {first}" if first else ""))

    head = ["system", "P@.3", "R@.3", "F1@.3", "P@.8", "R@.8", "F1@.8", "spk@.3", "spk@.8",
            "e2e F1@.3", "e2e F1@.8", "predicted", "errors"]
    blocks = []
    for subset, direct in (("all", False), ("direct", True)):
        rows = []
        for name, preds in systems.items():
            rows += _rows(name, _score(docs, preds, direct), errors[name])
        t = TARGETS[subset]
        rows.append(["target", "", "", t[0], "", "", t[1], t[2], "", "", "", "", ""])
        if subset == "all":
            rows.append(["GenderGapTracker (published)", "", "", GGT[0], "", "", GGT[1], GGT[2],
                         "", "", "", "", ""])
        n_gold = sum(sum(1 for d in doc.direct if d or not direct) for doc in docs)
        title = ("all attributions" if subset == "all" else
                 "direct quotes only (gold: ≥50% of the Content's non-space chars inside double "
                 "quotation marks; predicted: `kind == \"direct\"`, every baseline output)")
        blocks.append(f"**{title}** — {n_gold} gold quotes\n\n" + table(head, rows))
    intro = (f"PolNeAR {SPLIT}: {len(docs)} articles, {sum(len(d.golds) for d in docs)} gold attributions "
             f"({sum(sum(d.direct) for d in docs)} direct). PolNeAR counts reported beliefs and "
             "paraphrases too, so recall against all attributions is strict for a quote extractor. "
             "Score = share of the gold Content's chars covered by the prediction; greedy in gold "
             "order, best unused prediction strictly above 0.3 (loose) / 0.8 (strict), micro over "
             "articles. spk = speaker accuracy over matched pairs (predicted speaker span overlaps "
             "the gold Source, or neither has one); e2e = quote+speaker F1 (TP = matched with a "
             "correct speaker; all other predictions FP, all other gold FN).")
    return "\n\n".join([intro, *blocks] + ([("- " + "\n- ".join(notes))] if notes else [])), systems


# --- speed ------------------------------------------------------------------------------

def bench_quote_speed(docs: list[Doc]) -> str:
    """Language-layer time per article with and without `analyze.quotes` (interleaved, one process)."""
    from wirescope import Article
    from wirescope.pipeline import AS_IS, LAYER, Pipeline, registered

    names = list(AS_IS) + [c for c in LAYER if c not in AS_IS]
    have_quotes = "analyze.quotes" in registered()
    if have_quotes and "analyze.quotes" not in names:
        names.append("analyze.quotes")
    without = [n for n in names if n != "analyze.quotes"]
    bare = [n for n in without if not n.startswith("analyze.")]
    pipes = {"bare": Pipeline(bare), "without": Pipeline(without)}
    if have_quotes:
        pipes["with"] = Pipeline(names)

    def art(d: Doc) -> Article:
        return Article(raw=d.text, source=d.name, given={"published": d.published})

    for p in pipes.values():  # warm up: models load lazily
        p(art(docs[0]))
    total = {k: 0.0 for k in pipes}
    prog = Progress("quotes/speed", len(docs))
    for d in docs:
        for k, p in pipes.items():
            t0 = time.perf_counter()
            p(art(d))
            total[k] += time.perf_counter() - t0
        prog.step()
    prog.close()
    ms = {k: 1000 * v / len(docs) for k, v in total.items()}
    layer = ms["without"] - ms["bare"]
    added = ms["with"] - ms["without"] if have_quotes else None
    ratio = f"{100 * added / layer:+.1f}%" if added is not None and layer > 0 else "n/a"
    rows = [["as-is, no language layer", ms["bare"]],
            ["language layer without analyze.quotes", ms["without"]],
            ["language layer with analyze.quotes", ms.get("with", "n/a")]]
    note = (f"{len(docs)} PolNeAR {SPLIT} articles, one process, the pipelines interleaved per article "
            f"after one warm-up call each. Components: `{', '.join(names)}`"
            + ("" if have_quotes else " (`analyze.quotes` is not registered yet)")
            + f". Quotes add **{ratio}** to the language layer's time per article "
            f"(({ms.get('with', float('nan')):.1f} − {ms['without']:.1f}) / "
            f"({ms['without']:.1f} − {ms['bare']:.1f}) ms; target ≤ +25%).")
    return note + "\n\n" + table(["pipeline", "ms / article"], rows, digits=1)


# --- seed checks ------------------------------------------------------------------------

# The expectations: (seed, phrase inside the quote, speaker-name alternatives, what).
# Phrases are a few words, just enough to find the quote in the seed read at bench time. A
# quote said by "he" or "she" must name the person the pronoun stands for.
EXPECT = [
    ("000", "further and further", ("Crosetto",), "mixed, 'which he called'"),
    ("000", "great secrecy", ("Buechner",), "fragment, speaker later"),
    ("000", "intensive dialog", ("Buechner",), "mixed"),
    ("000", "redirected from Ukraine", ("Singh",), "indirect, Singh"),
    ("000", "consistent with Washington", ("Singh",), "indirect, Singh"),
    ("000", "still trying to learn more", ("Singh",), "said by 'she'"),
    ("000", "unlikely that Ukraine", ("Western official",), "indirect, a Western official"),
    ("000", "one iota", ("Tusk",), "mixed"),
    ("000", "defensive war", ("Tusk",), "direct"),
    ("000", "I am aware", ("Tusk",), "floating after Tusk's"),
    ("000", "long range capabilities", ("Kasciunas",), "direct"),
    ("000", "breathtaking swoop", ("Jensen",), "speaker after"),
    ("000", "Ukrainians are creative", ("Jensen",), "direct"),
    ("000", "skillfully picked", ("Jensen",), "floating after Jensen's"),
    ("000", "serious instability", ("Fukuyama",), "cut-off teaser"),
    ("000", "actively siding", ("Fukuyama",), "cut-off teaser"),
    ("000", "golden opportunity", ("Fukuyama",), "cut-off teaser, 'He said'"),
    ("001", "legitimate targets", ("Putin",), "direct"),
    ("004", "confidential information", ("Zelensky",), "direct"),
    ("004", "How to understand", ("Zelensky",), "direct"),
    ("004", "no (confidentiality)", ("Zelensky",), "floating after Zelensky's"),
    ("004", "condition that it would", ("Zelensky",), "'according to Zelensky'"),
    ("004", "preventive method", ("Zelensky",), "direct"),
]


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).casefold()


def check_expectations(found: dict[str, list[dict[str, Any]]], expect=EXPECT) -> list[list[str]]:
    """Per expectation: the shortest quote containing the phrase, its speaker, pass/fail.
    The speaker passes when its name, or the name of the entity it links to, equals one
    of the expected names or contains one longer than three letters."""
    rows = []
    for seed, phrase, names, what in expect:
        hits = [q for q in found.get(seed, []) if _norm(phrase) in _norm(q["text"])]
        if not hits:
            rows.append([seed, phrase, what, " / ".join(names), "no quote", "**no**"])
            continue
        q = min(hits, key=lambda q: len(q["text"]))
        spk = (q.get("speaker") or {}).get("name") or ""
        cands = [spk, q.get("entity_name") or ""]
        ok = any(_norm(n) == _norm(c) or (len(n) > 3 and _norm(n) in _norm(c)) for n in names for c in cands)
        shown = spk + (f" (→ {q['entity_name']})" if q.get("entity_name") else "")
        rows.append([seed, phrase, what, " / ".join(names), shown or "–", "yes" if ok else "**no**"])
    return rows


def bench_quote_seeds(root: Path) -> str:
    seeds = root.parent / "seeds"
    files = {p.name[:3]: p for p in seeds.glob("*.txt")} if seeds.is_dir() else {}
    if not {"000", "001", "004"} <= set(files):
        return f"_seed checks: {seeds} not found; skipped_"
    import wirescope
    arts = {key: list(wirescope.analyze(files[key])) for key in ("000", "001", "004")}
    how = "full pipeline"
    if not any(a.quotes for v in arts.values() for a in v):
        try:  # diagnostic while the pipeline does not run analyze.quotes (see the note above)
            from wirescope.analyze.quotes import find_quotes
            for art in (a for v in arts.values() for a in v):
                art.quotes = find_quotes(art.text)
            how = "pipeline gave no quotes; diagnostic: `find_quotes(text)` on its cleaned articles"
        except ImportError:
            pass
    found: dict[str, list[dict[str, Any]]] = {}
    listing = []
    for key, group in arts.items():
        for art in group:
            for q in art.quotes or []:
                text = art.text[q["start"]:q["end"]] if art.text else q.get("text", "")
                ents = {e.get("id"): e.get("name") for e in art.entities or []}
                ent = ents.get((q.get("speaker") or {}).get("entity"))
                found.setdefault(key, []).append({**q, "text": text, "entity_name": ent})
                spk = q.get("speaker") or {}
                listing.append([f"{key}/{art.segment}", " ".join(text.split())[:60].replace("|", "/"),
                                q.get("kind") or "–", spk.get("name") or "–", q.get("cue") or "–"])
    checks = check_expectations(found)
    passed = sum(r[-1] == "yes" for r in checks)
    out = [f"#### Seed checks (../shared/seeds 000, 001, 004; {how})",
           f"{passed}/{len(checks)} of the issue's expectations hold (the quote containing the "
           "phrase — shortest if several — has a speaker name, or linked entity name, equal to or "
           "containing one of the names):", table(["seed", "phrase", "what", "speaker expected", "speaker found", "ok"], checks)]
    out += ["Every quote found:", table(["seed/segment", "quote (first 60 chars)", "kind", "speaker", "cue"],
                                         listing) if listing else "_no quotes found_"]
    return "\n\n".join(out)


def bench_quotes(root: Path, jobs: int = 1, limit: int | None = None) -> str:
    """All tables of the `quotes` section. One process whatever `jobs` says: the speed
    part needs it, and 84 articles are quick."""
    docs = load_polnear(root, SPLIT, limit)
    if not docs:
        return f"### Quotes\n\n_no PolNeAR {SPLIT} articles under {root / 'polnear'}; skipped_"
    quality, _ = bench_quality(docs)
    parts = ["### Quotes (PolNeAR dev, GenderGapTracker scheme)", quality]
    try:
        parts.append("#### Speed\n\n" + bench_quote_speed(docs))
    except Exception as exc:  # noqa: BLE001 - e.g. the NER model is not built in this checkout
        parts.append(f"#### Speed\n\nn/a: the language layer does not run here "
                     f"({type(exc).__name__}: {str(exc).split(';')[0]})")
    try:
        parts.append(bench_quote_seeds(root))
    except Exception as exc:  # noqa: BLE001
        parts.append(f"#### Seed checks\n\nfailed: {type(exc).__name__}: {exc}")
    log("quotes: done")
    return "\n\n".join(parts)
