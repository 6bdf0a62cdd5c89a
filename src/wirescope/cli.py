"""Command line: a thin shell over the library. Data to stdout, messages to stderr."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.text import Text

from . import __version__
from .errors import WirescopeError
from .settings import load_settings

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 3
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--settings", metavar="FILE", help="TOML file overriding default settings")
    p.add_argument("--set", dest="overrides", metavar="KEY=VALUE", action="append", default=[],
                   help="override one setting, e.g. --set split.cut_bias=1 (repeatable)")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="SQLite store (default: setting store.path, wirescope.db)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirescope",
        description="Turn raw, messy news into a clean, deduplicated, searchable record.",
        epilog="Exit status: 0 ok, 1 error, 3 finished but some inputs were rejected.")
    parser.add_argument("--version", action="version", version=f"wirescope {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="ingest files into the store and write an HTML brief",
                       description="Ingest -> clean -> split -> dedupe -> store, then write a brief. "
                                   "Re-running the same input adds nothing; a killed run resumes.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories (recursive) or - for stdin")
    _db(p)
    p.add_argument("--brief", metavar="HTML", default="brief.html", help="where to write the brief (default brief.html)")
    p.add_argument("--no-brief", action="store_true", help="do not write a brief")
    p.add_argument("--published", metavar="DATE", help="publication date for inputs that carry none")
    p.add_argument("--extract-only", action="store_true",
                   help="clean, split and store only: no entities, quotes, dates or quantities")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    _common(p)

    p = sub.add_parser("analyze", help="print articles as JSON Lines (the output contract)",
                       description="Clean and split inputs and print one JSON object per article, in input order.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or - for stdin")
    p.add_argument("--format", choices=["jsonl", "json", "text"], default="jsonl", help="output format (default jsonl)")
    p.add_argument("--as-is", action="store_true", help="each input is one clean article: no cleaning or splitting")
    p.add_argument("--published", metavar="DATE", help="publication date for inputs that carry none")
    p.add_argument("--extract-only", action="store_true",
                   help="clean and split only: no entities, quotes, dates or quantities")
    _common(p)

    p = sub.add_parser("search", help="full-text search of the store",
                       description='Search stored articles, ranked by bm25. Plain words match as words; '
                                   'use "phrases", AND/OR/NOT and prefix* for more.')
    p.add_argument("query", help="the search query")
    _db(p)
    p.add_argument("--since", metavar="DATE", help="published on or after DATE")
    p.add_argument("--until", metavar="DATE", help="published on or before DATE")
    p.add_argument("--outlet", help="only this outlet (case-insensitive)")
    p.add_argument("--limit", type=int, default=20, help="at most this many hits (default 20)")
    p.add_argument("--format", choices=["text", "json", "csv"], default="text", help="output format (default text)")
    _common(p)

    p = sub.add_parser("quotes", help="who said what: quotes filtered by speaker, words, outlet, date",
                       description="List stored quotes, newest first. --speaker matches a person under "
                                   "any spelling seen (and unnamed speakers by description).")
    _db(p)
    p.add_argument("--speaker", metavar="NAME", help='a speaker, e.g. "Zelenskiy" or "Western official"')
    p.add_argument("--words", metavar="QUERY", help="words or phrases in the quote (search syntax)")
    p.add_argument("--outlet", help="only this outlet (case-insensitive)")
    p.add_argument("--since", metavar="DATE", help="published on or after DATE")
    p.add_argument("--until", metavar="DATE", help="published on or before DATE")
    p.add_argument("--kind", choices=["direct", "indirect", "mixed"], help="only this kind of quote")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    p.add_argument("--format", choices=["text", "json", "csv"], default="text", help="output format (default text)")
    _common(p)

    p = sub.add_parser("entities", help="list or search the canonical entities of the store",
                       description="List entities (people, organisations, places, ...) across the "
                                   "corpus, most mentioned first; a QUERY matches any spelling seen.")
    p.add_argument("query", nargs="?", help="words of a name or alias (default: all entities)")
    _db(p)
    p.add_argument("--type", choices=["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WEAPON"],
                   type=str.upper, help="only this entity type")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    p.add_argument("--format", choices=["text", "json", "csv"], default="text", help="output format (default text)")
    _common(p)

    p = sub.add_parser("entity", help="profile of one entity: aliases, roles, articles, mentions per day",
                       description="Show one entity by any of its names or spellings: aliases, roles "
                                   "with dates, articles, mentions per day and most frequent co-mentions.")
    p.add_argument("name", help='a name or spelling, e.g. "Zelenskiy" or "Kiev"')
    _db(p)
    p.add_argument("--type", choices=["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WEAPON"],
                   type=str.upper, help="only entities of this type")
    p.add_argument("--limit", type=int, default=20, help="articles and co-mentions shown (default 20)")
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format (default text)")
    _common(p)

    p = sub.add_parser("brief", help="write the HTML brief of the store",
                       description="Render the stories of the store by day and outlet into one HTML file.")
    _db(p)
    p.add_argument("-o", "--out", default="brief.html", metavar="HTML", help="output file (default brief.html)")
    p.add_argument("--title", help="title of the brief")
    _common(p)

    p = sub.add_parser("stats", help="counts of articles, copies, rejects and outlets in the store",
                       description="Show what the store holds.")
    _db(p)
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format (default text)")
    _common(p)

    p = sub.add_parser("settings", help="list every setting and its value",
                       description="List every setting (dotted name = value) after overrides.")
    _common(p)
    return parser


def _print_json(data) -> None:
    """Every command's --format json: indented, UTF-8 as is, one trailing newline."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_csv(header: list[str], rows) -> None:
    """Every command's --format csv: a header row, then one row per item."""
    w = csv.writer(sys.stdout)
    w.writerow(header)
    w.writerows(rows)


def _settings(args: argparse.Namespace):
    return load_settings(args.settings, args.overrides)


def _db_path(args: argparse.Namespace, settings) -> str:
    return args.db or settings.get("store.path")


# Articles stored without the language layer named one by one at the end of a run.
_NOTES = 10


def cmd_run(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .runner import run
    settings = _settings(args)
    db = _db_path(args, settings)
    brief = None if args.no_brief else args.brief
    show = not args.quiet and err.is_terminal
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not show) as progress:
        task = progress.add_task("ingest", total=None)
        summary = run(args.paths, db, settings=settings, brief=brief, published=args.published,
                      language_layer=not args.extract_only, on_progress=lambda done, total: progress.update(task, completed=done, total=total))
    for source, reason in summary.rejected:
        err.print(Text(f"rejected {source}: {reason}", style="yellow"))
    for source, reason in summary.unannotated[:_NOTES]:
        err.print(Text(f"stored without entities, quotes and dates: {source}: {reason}", style="dim"))
    if len(summary.unannotated) > _NOTES:
        err.print(Text(f"… and {len(summary.unannotated) - _NOTES} more stored without the language layer",
                       style="dim"))
    if not args.quiet:
        s, st = summary.stats, summary.statuses
        span = f"{s.get('first_published') or '?'} .. {s.get('last_published') or '?'}"
        teasers = st['teaser_copy'] + st['replaced_teaser']
        teasers_note = f"{_n(teasers, 'teaser', 'teasers')} of a stored story, " if teasers else ""
        err.print(f"[bold]{_n(summary.inputs, 'input')}[/] in {summary.seconds:.1f}s: "
                  f"{_n(st['new'], 'new article')}, {_n(st['exact_copy'], 'exact copy', 'exact copies')}, "
                  f"{_n(st['near_copy'], 'near copy', 'near copies')}, {teasers_note}"
                  f"{st['already'] + summary.skipped} already stored, {len(summary.rejected)} rejected")
        err.print(f"store {summary.db_path}: {_n(s.get('canonical') or 0, 'article')}, "
                  f"{_n(s.get('copies') or 0, 'copy', 'copies')}, {_n(s.get('outlets') or 0, 'outlet')}, "
                  f"published {span}")
        if summary.brief:
            err.print(f"brief: {summary.brief}")
    return EXIT_OK if summary.ok else EXIT_PARTIAL


def cmd_analyze(args: argparse.Namespace) -> int:
    from . import analyze
    settings = _settings(args)
    rejected = 0
    out = sys.stdout
    items = []
    for article in analyze(args.paths, as_is=args.as_is, published=args.published, settings=settings,
                           include_rejected=True, language_layer=not args.extract_only):
        if article.rejected:
            rejected += 1
            err.print(Text(f"rejected {article.source}: {article.rejected}", style="yellow"))
            continue
        if args.format == "jsonl":
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        elif args.format == "json":
            items.append(article.to_dict())
        else:
            head = f"## {article.title or '(untitled)'} [{article.source}#{article.segment}]"
            meta = ", ".join(x for x in [", ".join(article.authors), article.outlet, article.published,
                                         "truncated" if article.truncated else ""] if x)
            out.write(f"{head}\n{meta}\n\n{article.text}\n\n")
    if args.format == "json":
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return EXIT_PARTIAL if rejected else EXIT_OK


def _open_store(args: argparse.Namespace):
    from .store import Store
    settings = _settings(args)
    db = _db_path(args, settings)
    if not Path(db).exists():
        raise WirescopeError(f"no store at {db}; create one with: wirescope run PATH --db {db}")
    return Store(db, readonly=True)


def cmd_search(args: argparse.Namespace) -> int:
    from .store import search
    with _open_store(args) as store:
        hits = search(store, args.query, since=args.since, until=args.until, outlet=args.outlet, limit=args.limit)
    if args.format == "json":
        rows = [{"id": h.id, "title": h.title, "outlet": h.outlet, "published": h.published, "url": h.url,
                 "source": h.source, "copies": h.copies, "score": round(h.score, 4),
                 "snippet": "".join(t for t, _ in h.snippet_parts())} for h in hits]
        _print_json(rows)
    elif args.format == "csv":
        _print_csv(["id", "title", "outlet", "published", "url", "source", "copies", "score", "snippet"],
                   ([h.id, h.title, h.outlet, h.published, h.url, h.source, h.copies, round(h.score, 4),
                     "".join(t for t, _ in h.snippet_parts())] for h in hits))
    else:
        con = Console(highlight=False, soft_wrap=True)
        for h in hits:
            line = Text(f"{h.published or 'undated'}  {h.outlet or '?'}  ", style="dim")
            line.append(h.title or "(untitled)", style="bold")
            if h.copies:
                line.append(f"  (+{h.copies} copies)", style="dim")
            con.print(line)
            snippet = Text("    ")
            for piece, marked in h.snippet_parts():
                snippet.append(piece.replace("\n", " "), style="bold yellow" if marked else "")
            con.print(snippet)
        err.print(f"{len(hits)} hits")
    return EXIT_OK


def cmd_quotes(args: argparse.Namespace) -> int:
    from .store.quotes import find_quotes
    with _open_store(args) as store:
        rows = find_quotes(store, speaker=args.speaker, words=args.words, outlet=args.outlet,
                           since=args.since, until=args.until, kind=args.kind, limit=args.limit)
    if args.format == "json":
        _print_json([r.as_dict() for r in rows])
    elif args.format == "csv":
        fields = ["published", "outlet", "speaker", "entity", "kind", "cue", "text", "title", "article_id", "url"]
        _print_csv(fields, ([r.as_dict()[f] for f in fields] for r in rows))
    else:
        con = Console(highlight=False, soft_wrap=True)
        for r in rows:
            head = Text(f"{r.published or 'undated'}  {r.outlet or '?'}  ", style="dim")
            head.append(r.entity or r.speaker or "unknown speaker", style="bold")
            if r.entity and r.speaker and r.speaker != r.entity:
                head.append(f" ({r.speaker})", style="dim")
            head.append(f"  {r.kind}" + (f", {r.cue}" if r.cue else ""), style="dim")
            con.print(head)
            con.print(Text("    " + " ".join(r.text.split())))
        err.print(f"{len(rows)} quotes")
    return EXIT_OK


def cmd_entities(args: argparse.Namespace) -> int:
    from .store.entities import find_entities
    with _open_store(args) as store:
        rows = find_entities(store, args.query, type=args.type, limit=args.limit)
    if args.format == "json":
        _print_json([r.as_dict() for r in rows])
    elif args.format == "csv":
        _print_csv(["id", "name", "type", "articles", "mentions", "aliases"],
                   ([r.id, r.name, r.type, r.articles, r.mentions, "|".join(r.aliases)] for r in rows))
    else:
        con = Console(highlight=False, soft_wrap=True)
        for r in rows:
            line = Text(f"{r.type:<7}", style="dim")
            line.append(r.name, style="bold")
            line.append(f"  {_n(r.articles, 'article')}, {_n(r.mentions, 'mention')}", style="dim")
            others = [a for a in r.aliases if a != r.name]
            if others:
                line.append("  aka " + ", ".join(others[:5]))
            con.print(line)
        err.print(f"{len(rows)} entities")
    return EXIT_OK


def cmd_entity(args: argparse.Namespace) -> int:
    from .report.brief import STAND_IN_CHARS, lede
    from .store.entities import entity_profile
    with _open_store(args) as store:
        profile = entity_profile(store, args.name, type=args.type, limit=args.limit)
    if args.format == "json":
        _print_json(profile.as_dict())
        return EXIT_OK
    con = Console(highlight=False, soft_wrap=True)
    e = profile.entity
    con.print(Text(f"{e.name}", style="bold"), Text(f"  {e.type}, {_n(e.articles, 'article')}, "
                                                   f"{_n(e.mentions, 'mention')}", style="dim"))
    con.print(Text("aliases: " + ", ".join(e.aliases)))
    if profile.roles:
        con.print(Text("roles:", style="bold"))
        for r in profile.roles:
            when = f"{r['first']} .. {r['last']}" if r["first"] else "undated"
            con.print(Text(f"  {r['role']}  ({when}, {_n(r['articles'], 'article')})"))
    if profile.per_day:
        con.print(Text("mentions per day:", style="bold"))
        peak = max(n for _, n in profile.per_day)
        for day, n in profile.per_day:
            con.print(Text(f"  {day}  {'#' * max(1, round(20 * n / peak))} {n}"))
    con.print(Text("articles:", style="bold"))
    for a in profile.articles:
        line = Text(f"  {a['published'] or 'undated'}  {a['outlet'] or '?'}  ")
        # no headline: its opening words stand in, in italics (as in the brief)
        line.append(a["title"] or lede(a["opening"] or "", STAND_IN_CHARS), style="" if a["title"] else "italic")
        line.append(f"  ({_n(a['mentions'], 'mention')})")
        con.print(line)
    if profile.co_mentions:
        con.print(Text("mentioned with:", style="bold"))
        for c in profile.co_mentions:
            con.print(Text(f"  {c['name']} ({c['type']}, {_n(c['articles'], 'article')})"))
    if profile.others:
        err.print("the name also fits: " + "; ".join(f"{o.name} ({o.type})" for o in profile.others))
    return EXIT_OK


def _n(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 article", "3 articles"; "1 copy", "2 copies" with `plural` given."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def cmd_brief(args: argparse.Namespace) -> int:
    from .report import write_brief
    with _open_store(args) as store:
        path = write_brief(store, Path(args.out), title=args.title)
    err.print(f"brief: {path}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        stats = store.stats().as_dict()
    if args.format == "json":
        _print_json(stats)
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    settings = _settings(args)
    for name in settings.names():
        print(f"{name} = {json.dumps(settings.get(name))}")
    return EXIT_OK


COMMANDS = {"run": cmd_run, "analyze": cmd_analyze, "search": cmd_search, "quotes": cmd_quotes,
            "entities": cmd_entities,
            "entity": cmd_entity, "brief": cmd_brief,
            "stats": cmd_stats, "settings": cmd_settings}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return COMMANDS[args.command](args)
    except WirescopeError as exc:
        err.print(Text(f"error: {exc}", style="red"))
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.print("interrupted; re-run the same command to resume")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
