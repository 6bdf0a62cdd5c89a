"""The seed documents' checks from issue 2, read from ../shared/seeds (never copied here)."""

from __future__ import annotations

from pathlib import Path

from .common import log


def _row(check: str, expected: str, got: str, ok: bool) -> str:
    return f"| {check} | {expected} | {got} | {'yes' if ok else '**no**'} |"


def bench_seeds(root: Path) -> str:
    seeds = root.parent / "seeds"
    files = {p.name[:3]: p for p in seeds.glob("*.txt")} if seeds.is_dir() else {}
    if not {"000", "001", "004"} <= set(files):
        return f"_seeds: {seeds} not found; skipped_"
    import wirescope
    rows = ["| check | expected | got | ok |", "|:--|:--|:--|:--|"]

    arts = list(wirescope.analyze(files["000"]))
    flags = [a.truncated for a in arts]
    rows.append(_row("000 articles", "5", str(len(arts)), len(arts) == 5))
    rows.append(_row("000 truncated flags", "F T T T T", " ".join("T" if f else "F" for f in flags),
                     flags == [False, True, True, True, True]))
    first = arts[0].text if arts else ""
    rows.append(_row("000 first ends at its last quote, no credit", "…exploited it.” / no 'With assistance'",
                     repr(first[-25:]), first.endswith("exploited it.”") and "With assistance" not in first))

    raw = files["001"].read_text()
    arts = list(wirescope.analyze(files["001"]))
    text = "\n".join(a.text for a in arts)
    dropped = [ln for ln in raw.splitlines() if ln.strip() and ln.strip() not in text]
    rows.append(_row("001 lines dropped", "the ad label and the bracketed teaser only",
                     "; ".join(d[:40] for d in dropped), len(dropped) == 2 and all(
                         d.startswith("[") or len(d.split()) <= 3 for d in dropped)))

    arts = list(wirescope.analyze(files["004"]))
    a = arts[0] if arts else wirescope.Article()
    rows.append(_row("004 articles", "1", str(len(arts)), len(arts) == 1))
    rows.append(_row("004 body span", "Ukraine's request … NATO invitation for Ukraine.",
                     repr(a.text[:20]) + " … " + repr(a.text[-30:]),
                     a.text.startswith("Ukraine's request") and a.text.endswith("NATO invitation for Ukraine.")))
    rows.append(_row("004 headline", "No confidentiality …", repr((a.title or "")[:40]),
                     (a.title or "").startswith("No confidentiality between partners")))
    rows.append(_row("004 author, date", "Martin Fornusek, 2024-10-30T14:32", f"{a.authors}, {a.published}",
                     a.authors == ["Martin Fornusek"] and (a.published or "").startswith("2024-10-30T14:32")))
    debris = [w for w in ("Skip to content", "Getty Images", "audio is created", "News Feed", "Subscribe",
                          "Fred Fleitz", "indicates required") if w in a.text]
    rows.append(_row("004 page debris in body", "none", ", ".join(debris) or "none", not debris))
    log("seeds: done")
    return "### Seed documents (issue 2 checks)\n\n" + "\n".join(rows)
