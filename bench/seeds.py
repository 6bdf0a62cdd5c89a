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
    return ("### Seed documents (issue 2 checks)\n\n" + "\n".join(rows) + "\n\n"
            + bench_seed_layer(files))


def _find(items, needle: str, key: str = "text"):
    return next((x for x in items if needle in str(x.get(key, ""))), None)


def bench_seed_layer(files: dict[str, Path]) -> str:
    """Issue 3's seed checks: entities across outlets, roles, dates, quantities."""
    import tempfile

    import wirescope
    from wirescope.store import Store
    from wirescope.store.entities import entity_profile, resolve_entity

    rows = ["| check | expected | got | ok |", "|:--|:--|:--|:--|"]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "seeds.db")
        wirescope.run([files[k] for k in ("000", "001", "004")], db)
        with Store(db, readonly=True) as store:
            a, b = resolve_entity(store, "Zelenskiy"), resolve_entity(store, "Zelensky")
            same = bool(a and b and a[0].id == b[0].id)
            prof = entity_profile(store, "Zelensky") if b else None
            sources = {r[0][-40:].split("/")[-1][:3] for r in store.conn.execute(
                "SELECT DISTINCT s.source FROM entity_mentions m JOIN sources s ON s.article_id = m.article_id "
                "WHERE m.entity_id = ?", (b[0].id,))} if b else set()
            rows.append(_row("Zelenskiy / Zelensky one entity in 000, 001, 004", "one entity, 3 files",
                             f"{prof.entity.name if prof else None}; aliases {list(prof.entity.aliases) if prof else []}; "
                             f"files {sorted(sources)}", same and sources == {"000", "001", "004"}))
            for name, want in (("Crosetto", "minister of defense"), ("Tusk", "prime minister")):
                got = resolve_entity(store, name)
                roles = [r["role"] for r in entity_profile(store, name).roles] if got else []
                rows.append(_row(f"{name}'s role", want, "; ".join(roles) or "none",
                                 any(want in r.lower() for r in roles)))
    arts = {k: list(wirescope.analyze(files[k])) for k in ("001", "004")}
    dates = arts["004"][0].dates if arts["004"] else []
    for needle, want in (("Oct. 29", "2024-10-29"), ("Nov. 5", "2024-11-05"), ("January", "2025-01")):
        d = _find(dates, needle)
        rows.append(_row(f"004 date {needle!r}", want, str(d and d.get("value")), bool(d) and d.get("value") == want))
    qs = [q for a in arts["001"] for q in a.quantities]
    for value, unit in ((800, "drone"), (13, "missile")):
        q = next((q for q in qs if q.get("value") == value), None)
        rows.append(_row(f"001 quantity {value}", f"{value} {unit}", str(q and (q.get('text'), q.get('unit'))),
                         bool(q) and q.get("unit") == unit))
    q = next((q for q in arts["004"][0].quantities if q.get("value") == 2400), None) if arts["004"] else None
    rows.append(_row("004 quantity 2,400 km", "2400 km", str(q and (q.get('text'), q.get('unit'))),
                     bool(q) and q.get("unit") == "km"))
    log("seeds: language layer done")
    return "### Seed documents (issue 3 checks: language layer)\n\n" + "\n".join(rows)
