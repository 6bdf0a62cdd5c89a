"""Dates: wirescope `find_dates` vs dateparser `search_dates` on GUM dev's normalised dates.

Text is rebuilt from `gum/dep/<doc>.conllu` (SpaceAfter=No honoured, sentences joined by a
space, paragraphs by a newline); gold spans and values come from the `<date>` elements of
`gum/xml/<doc>.xml`, whose tokens are the CoNLL-U words in the same order. Both systems get the
document's `dateCreated` as the anchor. Scoring:

- found: gold expressions overlapped by a predicted expression;
- value accuracy: over gold with `when` (resolvable), the prediction overlapping it most must
  equal the gold value at the gold's precision ("2014" compares the year only; "--03", a month
  with no year, compares the month). A wirescope value coarser than the gold is wrong; an
  interval is right when either end is (GUM marks "1818 – January 8, 1880" as two dates,
  wirescope as one range). dateparser always returns a full datetime, which is cut to
  the gold's precision, so it is never penalised for precision;
- range start accuracy: over gold `from`/`to` ranges whose `from` has a year, the first day of
  the prediction's start ("1990" -> 1990-01-01, a week -> its Monday) must equal `from` at its
  precision;
- precision: predicted expressions overlapping any gold date / predicted.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from .common import log, table

Gold = dict[str, Any]


def _conllu_words(path: Path) -> tuple[str, list[tuple[int, int]]]:
    """The document text and the (start, end) of every syntactic word."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    mwt_end = -1
    mwt_span = (0, 0)
    first_sent = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            if not first_sent:
                parts.append("\n")
                pos += 1
            first_sent = True
            continue
        if not line or line.startswith("#"):
            mwt_end = -1  # word ids restart in every sentence
            if not line and parts and not parts[-1].endswith(("\n", " ")):
                parts.append(" ")
                pos += 1
            continue
        cols = line.split("\t")
        first_sent = False
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            mwt_end = int(b)
            mwt_span = (pos, pos + len(cols[1]))
            parts.append(cols[1])
            pos += len(cols[1])
            if "SpaceAfter=No" not in cols[9]:
                parts.append(" ")
                pos += 1
            continue
        if "." in cols[0]:
            continue  # empty nodes
        idx = int(cols[0])
        if idx <= mwt_end:
            spans.append(mwt_span)
            continue
        spans.append((pos, pos + len(cols[1])))
        parts.append(cols[1])
        pos += len(cols[1])
        if "SpaceAfter=No" not in cols[9]:
            parts.append(" ")
            pos += 1
    return "".join(parts), spans


def load_gum_dates(root: Path) -> list[dict[str, Any]]:
    """GUM dev documents (reddit left out) with text, anchor and gold date expressions."""
    gum = root / "gum"
    docs = []
    for name in json.loads((gum / "splits.json").read_text())["dev"]:
        if name.startswith("GUM_reddit_"):
            continue
        text, words = _conllu_words(gum / "dep" / f"{name}.conllu")
        xml = (gum / "xml" / f"{name}.xml").read_text(encoding="utf-8")
        anchor = re.search(r'dateCreated="([^"]*)"', xml).group(1)
        n, stack, gold = 0, [], []
        for line in xml.splitlines():
            if line.startswith("<date"):
                stack.append((n, dict(re.findall(r'(\w+)="([^"]*)"', line))))
            elif line.startswith("</date>"):
                first, attrs = stack.pop()
                if n > first:
                    gold.append({"start": first, "end": n - 1, **attrs})
            elif line and not line.startswith("<"):
                n += 1
        if n != len(words):
            log(f"  dates: {name}: {n} xml tokens vs {len(words)} conllu words; skipped")
            continue
        for g in gold:
            g["start"], g["end"] = words[g["start"]][0], words[g["end"]][1]
            g["text"] = text[g["start"]:g["end"]]
        docs.append({"name": name, "text": text, "anchor": anchor, "gold": gold})
    return docs


def _ours(text: str, anchor: str) -> list[tuple[int, int, str | None]]:
    from wirescope.analyze.dates import find_dates
    return [(d["start"], d["end"], d["value"]) for d in find_dates(text, anchor)]


def _dateparser(prefer: str) -> Callable[[str, str], list[tuple[int, int, str | None]]]:
    from dateparser.search import search_dates

    def run(text: str, anchor: str) -> list[tuple[int, int, str | None]]:
        base = datetime.fromisoformat(anchor)
        found = search_dates(text, languages=["en"],
                             settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}) or []
        out, pos = [], 0
        for sub, dt in found:  # dateparser gives substrings, not offsets: find them in order
            i = text.find(sub, pos)
            if i < 0:
                i = text.find(sub)
            if i < 0:
                continue
            out.append((i, i + len(sub), "DP" + dt.isoformat()))
            pos = i + len(sub)
        return out
    return run


def _first_day(point: str) -> str:
    """The first day of a point: "1990" -> "1990-01-01", "2017-W14" -> its Monday."""
    w = re.match(r"^(\d{4})-W(\d\d)$", point)
    if w:
        return date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1).isoformat()
    if re.match(r"^-?\d{4}$", point):
        return point + "-01-01"
    if re.match(r"^-?\d{4}-\d\d$", point):
        return point + "-01"
    return point


def value_match(pred: str | None, gold: str, start: bool = False) -> bool:
    """`pred` equals `gold` at the gold's precision (see the module docstring); with `start`,
    the first day of the prediction's start is compared with a range's `from`."""
    if not pred:
        return False
    full = pred.startswith("DP")  # dateparser: a full datetime, cut to the gold's precision
    pred = pred[2:] if full else pred
    ends = [p.split("T")[0] for p in pred.split("/")]
    if start:
        return _point_match(_first_day(ends[0]), gold, full)
    return any(_point_match(p, gold, full) for p in ends if p)


def _point_match(point: str, gold: str, full: bool) -> bool:
    if not point:
        return False
    if gold.startswith(("--", "xxxx-")):  # a month (and day) with no year: compare those only
        m = re.match(r"^-?\d{4}(-\d\d(?:-\d\d)?)", point)
        rest = gold[1:] if gold.startswith("--") else gold[4:]
        return bool(m) and m.group(1)[:len(rest)] == rest and len(m.group(1)) >= len(rest)
    gold = re.sub(r"(?<=-)(\d)(?=\D|$)", r"0\1", gold)  # "1830-1-1" -> "1830-01-01"
    gold = re.sub(r"^(-?)(\d{1,3})(?=\D|$)", lambda m: m.group(1) + m.group(2).zfill(4), gold)  # "-400" -> "-0400"
    if not full and len(point) < len(gold):
        return False
    return point[:len(gold)] == gold


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(docs: list[dict[str, Any]], system: Callable[[str, str], list]) -> dict[str, float]:
    found = n_gold = when_ok = n_when = range_ok = n_range = pred_ok = n_pred = 0
    elapsed = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        preds = system(doc["text"], doc["anchor"])
        elapsed += time.perf_counter() - t0
        n_pred += len(preds)
        pred_ok += sum(any(_overlaps((s, e), (g["start"], g["end"])) for g in doc["gold"]) for s, e, _ in preds)
        for g in doc["gold"]:
            n_gold += 1
            hits = [(_overlaps((s, e), (g["start"], g["end"])), v) for s, e, v in preds]
            hits = [h for h in hits if h[0] > 0]
            found += bool(hits)
            best = max(hits, key=lambda h: h[0])[1] if hits else None
            if g.get("when"):
                n_when += 1
                when_ok += value_match(best, g["when"])
            elif g.get("from") and re.match(r"^-?\d{4}", g["from"]):
                n_range += 1
                range_ok += value_match(best, g["from"], start=True)
    return {"found": found / max(n_gold, 1), "value": when_ok / max(n_when, 1), "range": range_ok / max(n_range, 1),
            "precision": pred_ok / max(n_pred, 1), "ms": 1000 * elapsed / max(len(docs), 1),
            "n_gold": n_gold, "n_when": n_when, "n_range": n_range, "n_pred": n_pred}


def _seed_checks(root: Path) -> str:
    """The issue's seed expectations, on the seed files read here (never copied)."""
    seeds = root.parent / "seeds"
    files = {p.name[:3]: p for p in seeds.glob("*.txt")} if seeds.is_dir() else {}
    if not {"001", "004"} <= set(files):
        return f"_seed checks: {seeds} not found; skipped_"
    from wirescope.analyze.dates import find_dates, infer_published
    rows = []
    raw4 = files["004"].read_text(encoding="utf-8")
    pub = infer_published(raw4)
    rows.append(("004 publication date (byline)", "2024-10-30T14:32", pub, (pub or "").startswith("2024-10-30T14:32")))
    dates4 = find_dates(raw4, pub)
    for surface, want in (("Oct. 29", "2024-10-29"), ("Nov. 5", "2024-11-05"), ("January", "2025-01")):
        got = [d["value"] for d in dates4 if d["text"] == surface]
        rows.append((f"004 date '{surface}'", want, ", ".join(sorted(set(map(str, got)))) or "missing",
                     bool(got) and all(v == want for v in got)))
    try:
        from wirescope.analyze.quantities import find_quantities
    except ImportError:
        find_quantities = None
    if find_quantities:
        raw1 = files["001"].read_text(encoding="utf-8")
        q1, q4 = find_quantities(raw1), find_quantities(raw4)
        for qs, label, value, unit, qual in ((q1, "001", 800, "drone", "more than"), (q1, "001", 13, "missile", None),
                                              (q4, "004", 2400, "km", None)):
            got = [q for q in qs if q["value"] == value]
            desc = "; ".join(f"{q['text']!r} {q['value']} {q['unit']} {q['qualifier']}" for q in got) or "missing"
            ok = any(q["unit"] == unit and (qual is None or q["qualifier"] == qual) for q in got)
            rows.append((f"{label} quantity", f"{value} {unit}" + (f" ({qual})" if qual else ""), desc, ok))
    return "\n".join(["| check | expected | got | ok |", "|:--|:--|:--|:--|"] +
                     [f"| {c} | {e} | {g} | {'yes' if ok else '**no**'} |" for c, e, g, ok in rows])


def bench_dates(root: Path) -> str:
    docs = load_gum_dates(root)
    systems: list[tuple[str, Callable]] = [("wirescope", _ours)]
    try:
        import dateparser  # noqa: F401
        systems += [("dateparser (prefer past)", _dateparser("past")),
                    ("dateparser (default: current period)", _dateparser("current_period"))]
    except ImportError:
        log("  dates: dateparser not installed; baseline skipped")
    rows = []
    res = {}
    for name, fn in systems:
        log(f"  dates: {name}")
        res[name] = r = score(docs, fn)
        rows.append([name, r["found"], r["value"], r["range"], r["precision"], r["n_pred"], f"{r['ms']:.1f}"])
    r0 = next(iter(res.values()))
    head = (f"### Dates: GUM dev ({len(docs)} docs, reddit left out; {r0['n_gold']} gold expressions, "
            f"{r0['n_when']} resolvable `when`, {r0['n_range']} ranges with a year)\n\n")
    tab = table(["system", "found", "value acc (when)", "range start acc", "precision", "predicted", "ms/doc"], rows)
    return head + tab + "\n\n#### Seed checks (issue)\n\n" + _seed_checks(root)
