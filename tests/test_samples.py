"""The demo corpus doubles as test material: samples/README.md states what each text file holds."""

import re


from wirescope import analyze, run


def expectations(samples):
    rows = {}
    for line in (samples / "README.md").read_text().splitlines():
        m = re.match(r"\| `(text/[^`]+\.txt)` \| [^|]+ \| [^|]+ \| [^|]+ \| (\d+) \| (\d+) \|", line)
        if m:
            rows[m.group(1)] = (int(m.group(2)), int(m.group(3)))
    return rows


def test_samples_every_text_file_splits_as_documented(samples):
    rows = expectations(samples)
    assert len(rows) >= 15
    wrong = {}
    for name, (n, truncated) in rows.items():
        arts = list(analyze(samples / name))
        got = (len(arts), sum(a.truncated for a in arts))
        if got != (n, truncated):
            wrong[name] = f"expected {n} articles ({truncated} truncated), got {got}"
    # Quality gate: at most one of the hand-written files may split differently.
    assert len(wrong) <= 1, wrong


def test_samples_run_twice_adds_nothing(samples, tmp_path):
    db = tmp_path / "s.db"
    first = run([samples], db)
    assert first.statuses["new"] >= 40 and first.stats["copies"] >= 2
    second = run([samples], db)
    assert second.statuses["new"] == 0 and second.stats == first.stats


def test_samples_page_paste_metadata(samples):
    [art] = analyze(samples / "text/2026-03-02_harbour-post_izmail-drone-strike.txt")
    assert art.authors == ["Anna Kovacs"] and art.published == "2026-03-02T09:15:00"
    assert art.title and "Izmail" in art.title
    assert "Subscribe" not in art.text and "News Feed" not in art.text
