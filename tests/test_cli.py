import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wirescope.cli import COMMANDS, build_parser, main
from wirescope.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = (ROOT / "README.md").read_text() + (ROOT / "docs" / "cli.md").read_text()


def test_cli_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out


def test_cli_runs_as_a_module():
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-m", "wirescope", "--help"], capture_output=True, text=True, check=True,
                         env=env)
    assert all(name in out.stdout for name in COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_cli_every_command_documented(command):
    assert re.search(rf"wirescope {command}\b", DOCS), f"document `wirescope {command}` in docs/cli.md"


@pytest.mark.parametrize("name", load_settings().names())
def test_cli_every_setting_documented(name):
    assert name in (ROOT / "docs" / "settings.md").read_text(), f"document setting {name} in docs/settings.md"


def test_cli_run_search_brief_stats(tmp_path, capsys):
    text = ("Estonia expelled two Russian diplomats on Tuesday over the cyberattack on the port of Tallinn, "
            "the foreign ministry said, calling it a hostile act.\n")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(text)
    (news / "bad.txt").write_bytes(b"\x00\x00\x00binary")
    db, brief = tmp_path / "w.db", tmp_path / "b.html"
    assert main(["run", str(news), "--db", str(db), "--brief", str(brief)]) == 3  # one rejected input
    err = capsys.readouterr().err
    assert "rejected" in err and "bad.txt" in err and "1 new article," in err
    assert brief.exists()
    assert main(["run", str(news), "--db", str(db), "--no-brief"]) == 3
    assert "0 new articles" in capsys.readouterr().err
    assert main(["search", "diplomats", "--db", str(db), "--format", "csv"]) == 0
    assert "Estonia expelled" in capsys.readouterr().out
    assert main(["search", '"unbalanced', "--db", str(db)]) == 1
    assert "error:" in capsys.readouterr().err
    assert main(["stats", "--db", str(db)]) == 0


def test_cli_run_names_articles_stored_without_the_language_layer(tmp_path, capsys):
    (tmp_path / "de.txt").write_text("Der Hafenmeister sagte am Montag in Rostock, die Fähren nach Gedser würden "
                                     "nach der Reparatur des Anlegers am Mittwoch wieder fahren.\n")
    assert main(["run", str(tmp_path / "de.txt"), "--db", str(tmp_path / "w.db"), "--no-brief"]) == 0
    err = capsys.readouterr().err
    assert "stored without entities, quotes and dates:" in err and "de.txt[0]: language is 'de'" in err


def test_cli_missing_store_is_a_clear_error(tmp_path, capsys):
    assert main(["search", "x", "--db", str(tmp_path / "none.db")]) == 1
    assert "wirescope run" in capsys.readouterr().err


def test_cli_bad_setting_is_a_clear_error(tmp_path, capsys):
    assert main(["settings", "--set", "split.nope=1"]) == 1
    assert "unknown setting" in capsys.readouterr().err


def test_cli_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "wirescope.cli", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "analyze" in out.stdout


def test_cli_quotes_entities_entity(tmp_path, capsys):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(
        "Estonian Prime Minister Kaja Ilves said on Monday that the port of Tallinn would reopen "
        "within days after the cyberattack, and that no ship had been damaged.\n\n"
        "“We will not be intimidated by anyone,” Ilves told reporters in Tallinn on Monday evening.\n")
    (news / "b.txt").write_text(
        "Ilves said on Wednesday that the harbour in Tallinn was working normally again after the "
        "attack on its terminal systems last week, and that the inquiry would report in April.\n")
    db = tmp_path / "w.db"
    assert main(["run", str(news), "--db", str(db), "--no-brief", "-q"]) == 0
    capsys.readouterr()
    assert main(["quotes", "--db", str(db), "--speaker", "Ilves", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["entity"] == "Kaja Ilves" for r in rows)
    assert any("intimidated" in r["text"] and r["kind"] == "direct" for r in rows)
    assert main(["entities", "ilves", "--db", str(db), "--format", "csv"]) == 0
    assert ",Kaja Ilves,PERSON," in capsys.readouterr().out
    assert main(["entity", "Ilves", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Prime Minister of Estonia" in out and "Tallinn" in out
    # articles without a headline show their opening words, not "(untitled)"
    assert "Ilves said on Wednesday that the harbour" in out and "untitled" not in out
    assert main(["entity", "Nobody Knownhere", "--db", str(db)]) == 1
    assert "wirescope entities" in capsys.readouterr().err


def test_counts_read_as_english():
    from wirescope.cli import _n
    assert _n(1, "new article") == "1 new article"
    assert _n(0, "new article") == "0 new articles"
    assert _n(1, "near copy", "near copies") == "1 near copy"
    assert _n(2, "near copy", "near copies") == "2 near copies"
