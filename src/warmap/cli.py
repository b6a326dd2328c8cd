"""The ``warmap`` command: a thin shell over the library. Each command parses its
options, calls one library function and renders the result; errors from the library
are turned into a one-line message and an exit status in ``main`` only.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from warmap.api.limits import ServerLimits
from warmap.errors import InputError, StoreError, WarmapError
from warmap.store import EventFilter, default_db_path, open_store, redact

app = typer.Typer(
    name="warmap",
    help="Evidence-backed conflict events (ACLED taxonomy) from raw news reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Piped or redirected output gets a wide page rather than rich's 80 columns, so the events
# table stays one line per event in files and CI logs.
console = Console() if Console().is_terminal else Console(width=220)
err = Console(stderr=True)

_state: dict[str, str] = {}

#: Exit status of ``warmap ingest`` when some inputs were skipped (the rest went in).
EXIT_SKIPPED = 1
#: Exit status on an unexpected error (a bug); errors warmap reports on purpose have 2-6.
EXIT_BUG = 70


def _db() -> str:
    return _state.get("db") or default_db_path()


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name} must be a date like 2014-06-23, not {value!r}") from None


@app.callback()
def _main(
    db: Annotated[Optional[str], typer.Option("--db", help="DuckDB store file, or a PostgreSQL database as postgresql://USER@HOST/DBNAME (default: $WARMAP_DB or ./warmap.duckdb).")] = None,
) -> None:
    """Evidence-backed conflict events (ACLED taxonomy) from raw news reports."""
    if db:
        _state["db"] = db


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .html .htm .jsonl), read recursively.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date for every article (YYYY-MM-DD), overriding what the text says.")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles written per transaction.")] = 200,
    max_bytes: Annotated[int, typer.Option(help="Skip files (and JSON Lines records) larger than this many bytes.")] = 5_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    jobs: Annotated[Optional[int], typer.Option(min=1, max=1024, help="Processes analysing articles (each loads the models: ~450 MB, a few seconds); worth it for hundreds of articles. Default 1; with --engine ray, one per core.")] = None,
    engine: Annotated[str, typer.Option(help="Where articles are analysed: local (this machine) or ray (a Ray cluster; needs warmap's ray extra installed).")] = "local",
    address: Annotated[Optional[str], typer.Option(help="With --engine ray: the Ray cluster to join (host:6379, ray://host:10001, auto); default: start a local one for this ingest.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say for every file which publication date was used and where it came from.")] = False,
) -> None:
    """Read articles, extract events and store them.

    Example: warmap ingest reports/

    Exit status 0 when every input was read, 1 when some were skipped (each with its
    reason), 2 and above on errors.
    """
    from warmap.ingest import SUPPORTED_SUFFIXES
    from warmap.pipeline import ingest as run_ingest

    pub = _date(published, "--published")
    total = sum(
        1 for p in paths for f in ([p] if p.is_file() else sorted(p.rglob("*")))
        if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
    )
    with open_store(_db()) as store, Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal, transient=True,
    ) as bar:
        task = bar.add_task("ingest", total=total or None)
        report = run_ingest(
            store, paths, published=pub, batch_size=batch_size, max_bytes=max_bytes,
            progress=lambda n: bar.advance(task, n), jobs=jobs, engine=engine, address=address,
        )
        docs, events = store.count_documents(), store.count_events()
    for s in report.skipped:
        err.print(f"skipped {s.source}: {s.reason}", markup=False, highlight=False, soft_wrap=True)  # one line each
    for n in report.notices:
        err.print(f"note {n.source}: {n.message}", markup=False, highlight=False, soft_wrap=True)
    _print_publication(report, verbose)
    console.print(
        f"read {report.read} articles: {report.added} new, {report.already_known} already in the store, "
        f"{len(report.skipped)} skipped; {report.events} events, {report.claims} control claims, "
        f"{report.relations} relations added. Store {redact(_db())}: {docs} documents, {events} events.",
        highlight=False,
    )
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _print_publication(report, verbose: bool) -> None:
    """Which publication date each file got and from where (every file with -v), every
    undated file, and a one-line count of the ways dates were found."""
    from collections import Counter

    if verbose:
        for source, day, how in report.publication:
            if day is not None:
                err.print(f"{source}: published {day} ({how or 'unknown source'})", markup=False, highlight=False, soft_wrap=True)
    for source in report.undated:
        err.print(f"note {source}: no publication date found; events it dates only relatively are kept with their "
                  "date unknown (precision year, a date_note); --published sets one", markup=False, highlight=False, soft_wrap=True)
    if report.publication:
        hows = Counter(how or "?" for _, day, how in report.publication if day is not None)
        dated = sum(hows.values())
        ways = ", ".join(f"{n} {how}" for how, n in hows.most_common())
        err.print(f"publication dates: {dated} of {len(report.publication)} articles dated" + (f" ({ways})" if ways else "")
                  + (f"; {len(report.undated)} undated, listed above" if report.undated else ""),
                  markup=False, highlight=False, soft_wrap=True)


@app.command()
def events(
    place: Annotated[Optional[str], typer.Option(help="Place name (or part of it, or province).")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date (YYYY-MM-DD).")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor id or name.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="Event type or sub-event type.")] = None,
    text: Annotated[Optional[str], typer.Option(help="Words in the supporting sentence.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines in the export format.")] = False,
    merged: Annotated[bool, typer.Option(help="Merge reports of the same event into one event with several sources (as export and the map do).")] = True,
) -> None:
    """List stored events as a table: date, type, actors, place, fatalities, evidence.

    Example: warmap events --place "Deir ez-Zor" --since 2014-06-01
    """
    from warmap.export import event_to_dict

    # Merging needs every matching report, not the first page of them.
    flt = EventFilter(since=_date(since, "--since"), until=_date(until, "--until"), place=place,
                      actor=actor, event_type=type_, text=text, limit=None if merged else limit)
    with open_store(_db(), read_only=True) as store:
        rows = store.events(flt)
        if place:
            # "Tadmor" also finds the events stored under the gazetteer's "Palmyra"
            from dataclasses import replace

            from warmap.places import load_gazetteer

            best = load_gazetteer().resolve(place).best
            if best is not None and best.name.lower() != place.lower():
                seen = {e.id for e in rows}
                rows += [e for e in store.events(replace(flt, place=best.name)) if e.id not in seen]
                rows.sort(key=lambda e: (e.when.date, e.id))
    reports = len(rows)
    if merged:
        from warmap.timeline import merge_events

        rows = merge_events(rows)
    rows = rows[:limit]
    if as_json:
        for e in rows:
            sys.stdout.write(json.dumps(event_to_dict(e), ensure_ascii=False) + "\n")
        return
    table = Table(show_lines=False, header_style="bold")
    for col in ("id", "date", "type", "actor1", "actor2", "place", "dead", "evidence"):
        table.add_column(col, overflow="fold")
    for e in rows:
        sentence = e.sources[0].sentence if e.sources else ""
        table.add_row(
            e.id[:8], e.when.date.isoformat() + ("" if e.when.precision == "day" else f" ({e.when.precision})"),
            e.sub_event_type,
            e.actor1.actor.name if e.actor1 else "",
            e.actor2.actor.name if e.actor2 else "",
            e.location.place.name if e.location else "",
            "" if e.fatalities is None else str(e.fatalities),
            Text(sentence[:110] + ("..." if len(sentence) > 110 else "")),
        )
    console.print(table)
    more = f" (of {reports} reports)" if merged and reports != len(rows) else ""
    console.print(f"{len(rows)} events{more}", highlight=False)


_FIELD_STYLE = {"trigger": "bold red", "actor1": "bold cyan", "actor2": "bold magenta",
                "location": "bold green", "date": "bold yellow", "fatalities": "bold blue"}


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="Event id (or a unique prefix).")],
    as_json: Annotated[bool, typer.Option("--json", help="The export record.")] = False,
    why: Annotated[bool, typer.Option("--why", help="Also each trigger in its sentences and the named rule that kept or dropped it.")] = False,
) -> None:
    """Show one event with its supporting sentences, the words behind each field highlighted.

    Example: warmap show 3f2a9c1e
    """
    from warmap.export import event_to_dict

    with open_store(_db(), read_only=True) as store:
        e = store.event(event_id)
    if e is None:
        raise InputError(f"no event with id {event_id!r}: list ids with 'warmap events'")
    if as_json:
        sys.stdout.write(json.dumps(event_to_dict(e), ensure_ascii=False, indent=2) + "\n")
        return
    console.print(f"[bold]{e.event_type} / {e.sub_event_type}[/]  id {e.id}  confidence {e.confidence:.2f}")
    console.print(f"date      {e.when.date} ({e.when.precision}; window {e.when.date_min} .. {e.when.date_max})", highlight=False)
    for label, m in (("actor1", e.actor1), ("actor2", e.actor2)):
        if m:
            console.print(f"{label:9} {m.actor.name} [{m.actor.type}]  <- \"{m.mention}\"", highlight=False, markup=False)
    if e.location:
        p = e.location.place
        console.print(f"place     {p.name}, {p.admin1 or '?'}, {p.country} ({p.lat:.4f}, {p.lon:.4f}) precision {e.location.geo_precision}  <- \"{e.location.mention}\"", highlight=False, markup=False)
    if e.fatalities is not None:
        console.print(f"fatalities {e.fatalities}", highlight=False)
    for s in e.sources:
        line = Text(s.sentence)
        for ev in e.evidence:
            a, b = ev.start - s.start, ev.end - s.start
            if 0 <= a < b <= len(s.sentence):
                line.stylize(_FIELD_STYLE.get(ev.field, "bold"), a, b)
        console.print(f"\n[dim]{s.document} ({s.published or 'undated'}) chars {s.start}-{s.end}[/]", highlight=False)
        console.print(line)
    legend = Text("\n")
    for name, style in _FIELD_STYLE.items():
        legend.append(f" {name} ", style=style)
    console.print(legend)
    if why:
        from warmap.events.why import explain

        console.print("\nwhy (each sentence analysed again on its own; event ids are that analysis's):", highlight=False)
        for s in e.sources:
            _print_why(explain(s.sentence, published=s.published).lines())


def _print_why(lines: list[str]) -> None:
    for line in lines or ["no trigger word in this text"]:
        console.print(line, highlight=False, markup=False)


@app.command("why")
def why_(
    text: Annotated[str, typer.Argument(help="A sentence or a short text.")],
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date, e.g. 2014-06-23 (relative dates are read against it).")] = None,
) -> None:
    """Each candidate trigger in a sentence and the named rule that kept or dropped it.

    Example: warmap why "ISIS fighters have not captured Raqqa, the army said." --published 2014-06-23
    """
    from warmap.events.why import explain

    _print_why(explain(text, published=_date(published, "--published")).lines())


@app.command("export")
def export_(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-': standard output). Written to a temporary file beside it, then renamed into place; the open store, folders and devices are refused.")],
    format_: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, geojson or parquet (events); jsonl, json or graphml for --what relations.")] = "jsonl",
    what: Annotated[str, typer.Option(help="events, control or relations.")] = "events",
    merged: Annotated[bool, typer.Option(help="Merge reports of the same event into one event with several sources.")] = True,
    partition: Annotated[Optional[str], typer.Option(help="With --format parquet: write a Hive-partitioned dataset into the folder -o, split by these columns (year, country, event_type; comma-separated).")] = None,
    reviewed_only: Annotated[bool, typer.Option("--reviewed-only", help="Only events an analyst accepted or corrected ('warmap review'). Every export applies corrections and carries each event's review status.")] = False,
) -> None:
    """Export events (JSON Lines, ACLED CSV, GeoJSON, Parquet), control or relations.

    Example: warmap export --format csv -o events.csv
    Example: warmap export --format parquet --partition year,country -o events/
    """
    from warmap.export import FORMATS, write_events
    from warmap.export.writers import STDOUT, checked_output, replacing

    if what not in ("events", "control", "relations"):
        raise InputError("--what must be events, control or relations")
    if reviewed_only and what != "events":
        raise InputError("--reviewed-only goes with events (--what events)")
    if what == "events" and format_ not in FORMATS:
        raise InputError(f"--format must be one of {', '.join(FORMATS)} for events")
    protect = [_db(), _db() + ".wal"]  # the store and its write-ahead log
    if partition is not None:
        if what != "events" or format_ != "parquet":
            raise InputError("--partition goes with --format parquet (events)")
        from warmap.export.writers import write_partitioned_parquet

        with open_store(_db(), read_only=True) as store:
            evs, status = _export_events(store, merged, reviewed_only)
            n = write_partitioned_parquet(evs, output, [c.strip() for c in partition.split(",") if c.strip()], status)
        console.print(f"wrote {n} events to the dataset {output}", highlight=False)
        return
    if str(output) != STDOUT:
        checked_output(output, protect=protect)  # before the work, not after it
    with open_store(_db(), read_only=True) as store:
        if what == "events":
            from warmap.export.writers import write_stored

            # streamed from the stored records when none needs changing; else decoded
            n = None if reviewed_only else write_stored(store, format_, output, merged=merged, protect=protect)
            if n is None:
                evs, status = _export_events(store, merged, reviewed_only)
                n = write_events(evs, format_, output, protect=protect, review=status)
        elif what == "control":
            from warmap.timeline import control_timeline, interval_to_dict

            timeline = control_timeline(store.control_claims())
            rows = [interval_to_dict(iv) for ivs in timeline.values() for iv in ivs]
            with replacing(output, protect=protect) as tmp:
                n = _write_jsonl(rows, tmp)
        else:
            from warmap.export.codec import relation_to_dict
            from warmap.timeline import to_graphml, to_json

            rels = store.relations()
            with replacing(output, protect=protect) as tmp:
                if format_ == "graphml":
                    to_graphml(rels, tmp)
                elif format_ == "json":
                    tmp.write_text(json.dumps(to_json(rels), ensure_ascii=False, indent=1), encoding="utf-8")
                else:
                    _write_jsonl([relation_to_dict(r) for r in rels], tmp)
            n = len(rels)
    # With -o -, standard output is the export itself.
    (err if str(output) == STDOUT else console).print(f"wrote {n} {what} to {output}", highlight=False)


def _export_events(store, merged: bool, reviewed_only: bool) -> tuple[list, dict[str, str | None]]:
    """The events to export (corrections applied; merged unless told not to; only the
    accepted and corrected with ``reviewed_only``) and each one's review status."""
    from warmap import review as rv

    pairs = rv.reviewed(store.events(), rv.latest(store), merged=merged,
                        only={"accepted", "corrected"} if reviewed_only else None)
    return [e for e, _ in pairs], {e.id: (r.status if r else None) for e, r in pairs}


def _write_jsonl(rows: list[dict], output: Path) -> int:
    with output.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    return len(rows)


@app.command()
def reanalyse(
    since_version: Annotated[Optional[str], typer.Option("--since-version", help="Only documents analysed by a warmap older than this version (or by one not recorded); default all.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents replaced per transaction.")] = 200,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Analyse the stored articles again with this warmap and replace their events,
    control claims and relations (one transaction per batch), without re-collecting them.

    Example: warmap reanalyse --since-version 0.2

    Exit status 0 when every document was analysed again, 1 when some were left as they
    were (each with its reason), 2 and above on errors.
    """
    from warmap.pipeline import reanalyse as run

    with open_store(_db()) as store, Progress(
        TextColumn("[bold]reanalyse"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal, transient=True,
    ) as bar:
        task = bar.add_task("reanalyse", total=len(store.documents_to_reanalyse(since_version)) or None)
        report = run(store, since_version=since_version, batch_size=batch_size,
                     progress=lambda n: bar.advance(task, n))
        docs, events = store.count_documents(), store.count_events()
    for s in report.skipped:
        err.print(f"left {s.source}: {s.reason}", markup=False, highlight=False)
    console.print(
        f"analysed {report.read} documents again: {report.events} events, {report.claims} control claims, "
        f"{report.relations} relations; {len(report.skipped)} left as they were. "
        f"Store {redact(_db())}: {docs} documents, {events} events.",
        highlight=False,
    )
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("eval")
def eval_(
    gold: Annotated[Optional[Path], typer.Argument(help="Gold .jsonl file, or a folder of them (tests/gold).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The scores as JSON.")] = False,
    match_km: Annotated[float, typer.Option(help="Places further apart than this never match.")] = 50.0,
    places: Annotated[Optional[Path], typer.Option(help="Also score place resolution on a spelling list (TSV: spelling, name, country, lat, lon).")] = None,
    actors: Annotated[Optional[Path], typer.Option(help="Also score actor resolution on a mention list (TSV: text, mention, expected, country).")] = None,
) -> None:
    """Score the store's events against gold: P/R/F1, field accuracy, misses, extras.

    Example: warmap eval tests/gold --places tests/unit/places/spellings.tsv --actors tests/unit/actors/mentions.tsv
    """
    from warmap.eval import load_gold, score
    from warmap.eval.resolution import score_actors, score_places

    for label, path, fn in (("places (within 25 km)", places, score_places), ("actors", actors, score_actors)):
        if path is None:
            continue
        res = fn(path)
        if as_json:
            sys.stdout.write(json.dumps({label.split()[0]: {"correct": res.correct, "total": res.total,
                                         "accuracy": round(res.accuracy, 3), "misses": res.misses}}) + "\n")
        else:
            console.print(f"[bold]{label}[/]: {res.correct}/{res.total} = {res.accuracy:.3f}", highlight=False)
            for m in res.misses:
                console.print(f"  MISS {m}", highlight=False, markup=False)
    if gold is None:
        return
    g = load_gold(gold)
    with open_store(_db(), read_only=True) as store:
        report = score(g, store.events(), match_km=match_km)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=1, ensure_ascii=False) + "\n")
        return
    t = Table(title="events against gold", header_style="bold")
    for col in ("type", "gold", "found", "matched", "precision", "recall", "F1"):
        t.add_column(col)
    rows = sorted(report.by_type.items()) + [("ALL", report.overall)]
    for name, c in rows:
        t.add_row(name, str(c.tp + c.fn), str(c.tp + c.fp), str(c.tp), f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}")
    console.print(t)
    f = Table(title="field accuracy on matched events", header_style="bold")
    f.add_column("field")
    f.add_column("accuracy")
    f.add_column("n")
    for name, (ok, n) in report.fields.items():
        f.add_row(name, f"{ok / n:.2f}" if n else "-", str(n))
    console.print(f)
    console.print(f"events from negated/hypothetical sentences: {len(report.nonevent_violations)}", highlight=False)
    for label, evs in (("MISS", report.misses), ("EXTRA", report.extras)):
        for e in evs:
            console.print(
                f"[bold]{label}[/] {e.sub_event_type} {e.when.date} "
                f"{e.actor1.actor.id if e.actor1 else '-'} -> {e.actor2.actor.id if e.actor2 else '-'} "
                f"@ {e.location.place.name if e.location else '-'}  [dim]{e.sources[0].document if e.sources else ''}[/]",
                highlight=False,
            )
            if e.sources:
                console.print(Text("    " + e.sources[0].sentence, style="dim"))
    for sentence, e in report.nonevent_violations:
        console.print(f"[bold]NON-EVENT[/] {e.sub_event_type}: {sentence}", highlight=False)


@app.command()
def place(
    name: Annotated[str, typer.Argument(help="A place name as a report spells it.")],
    country: Annotated[Optional[str], typer.Option(help="ISO country code to prefer (SY, IQ...).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="name, country, admin1, lat, lon, geonames_id.")] = False,
) -> None:
    """Show how a place name resolves, with the candidates and why.

    Example: warmap place "Deir e-Zor"
    """
    from warmap.places import load_gazetteer

    res = load_gazetteer().resolve(name, country=country)
    best = res.best
    if as_json:
        out = None if best is None else {
            "name": best.name, "country": best.country, "admin1": best.admin1,
            "lat": best.lat, "lon": best.lon, "geonames_id": best.geonames_id, "kind": best.kind,
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        if best is None:
            raise typer.Exit(1)
        return
    if best is None:
        console.print(f"no place found for {name!r}", highlight=False)
    else:
        console.print(f"[bold]{best.name}[/], {best.admin1 or '?'}, {best.country}  ({best.lat:.4f}, {best.lon:.4f})  geonames {best.geonames_id}", highlight=False)
    for cand in res.candidates[:10]:
        p, s, why = cand
        console.print(f"  {s:5.2f}  {p.name}, {p.admin1 or '?'}, {p.country}  [dim]{why}[/]", highlight=False)
    if best is None:
        raise typer.Exit(1)


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="An actor name as a report spells it.")],
    country: Annotated[Optional[str], typer.Option(help="ISO country code for generic names ('the regime').")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="id, name, type, affiliations.")] = False,
) -> None:
    """Show how an actor name resolves: canonical id, name, type and affiliations.

    Example: warmap actor "Jabhat a-Nusra"
    """
    from warmap.actors import load_actors

    actors = load_actors()
    a = actors.resolve(name, country=country)
    affiliations = [str(x) for x in actors.affiliations(a.id, None)] if a else []
    if as_json:
        out = None if a is None else {"id": a.id, "name": a.name, "type": a.type, "country": a.country,
                                      "parent": a.parent, "affiliations": affiliations}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    elif a is None:
        console.print(f"no actor found for {name!r}", highlight=False)
    else:
        console.print(f"[bold]{a.name}[/]  id {a.id}  type {a.type}  country {a.country or '-'}  parent {a.parent or '-'}", highlight=False)
        for x in affiliations:
            console.print(f"  {x}", highlight=False, markup=False)
    if a is None:
        raise typer.Exit(1)


@app.command()
def control(
    place: Annotated[Optional[str], typer.Argument(help="Place name; leave out to list every known place.")] = None,
    at: Annotated[Optional[str], typer.Option(help="The day (YYYY-MM-DD); default today.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Who controlled a place on a day, since when, and on what evidence.

    Example: warmap control Mosul --at 2014-07-01
    """
    from warmap.timeline import claims_for, control_at

    day = _date(at, "--at") or dt.date.today()
    with open_store(_db(), read_only=True) as store:
        claims = claims_for(store, place)  # only that place's claims leave the store
    answers = control_at(claims, day, place)
    if as_json:
        out = [_answer_dict(a) for a in answers]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, default=str, indent=1) + "\n")
        return
    if not answers:
        console.print(f"no control evidence for {place or 'any place'} on {day}", highlight=False)
        return
    for a in answers:
        flag = "  [bold red]sources disagree[/]" if a.disputed else ""
        console.print(f"[bold]{a.place.name}[/] ({a.place.country}) on {day}: {a.actor.name} since {a.since or 'unknown'}{flag}", highlight=False)
        if a.note:
            console.print(f"  {a.note}", highlight=False, markup=False)
        for c in a.evidence[:5]:
            console.print(Text(f"  - {c.source.sentence}  ({c.source.document}, {c.when.date_min}..{c.when.date_max})", style="dim"))


def _answer_dict(a) -> dict:
    return {
        "place": {"name": a.place.name, "country": a.place.country, "admin1": a.place.admin1,
                  "lat": a.place.lat, "lon": a.place.lon},
        "actor": {"id": a.actor.id, "name": a.actor.name, "type": a.actor.type},
        "since": a.since.isoformat() if a.since else None,
        "disputed": a.disputed,
        "note": a.note,
        "evidence": [{"sentence": c.source.sentence, "document": c.source.document, "kind": c.kind,
                      "date_min": c.when.date_min.isoformat(), "date_max": c.when.date_max.isoformat()}
                     for c in a.evidence],
    }


@app.command()
def relations(
    actor: Annotated[Optional[str], typer.Option(help="Only relations of this actor id.")] = None,
    at: Annotated[Optional[str], typer.Option(help="Only relations in force on this day (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Allegiances, mergers, alliances, agreements and rivalries between actors, with evidence.

    Example: warmap relations --actor isis
    """
    from warmap.export.codec import relation_to_dict
    from warmap.timeline import relations_at

    with open_store(_db(), read_only=True) as store:
        rels = store.relations()
    rels = relations_at(rels, _date(at, "--at"), actor)
    if as_json:
        sys.stdout.write(json.dumps([relation_to_dict(r) for r in rels], ensure_ascii=False, indent=1) + "\n")
        return
    for r in rels:
        console.print(f"{r.when.date_min}..{r.when.date_max}  [bold]{r.actor1.actor.name}[/] {r.kind} [bold]{r.actor2.actor.name}[/]", highlight=False)
        console.print(Text(f"    {r.source.sentence}", style="dim"))
    console.print(f"{len(rels)} relations", highlight=False)


@app.command()
def review(
    target: Annotated[str, typer.Argument(help="An event id (or a unique prefix) to decide on; 'list' lists the decisions; 'export' writes them as gold (-o DIR).")],
    accept: Annotated[bool, typer.Option("--accept", help="The event is right as it stands.")] = False,
    reject: Annotated[bool, typer.Option("--reject", help="The sentence tells no such event.")] = False,
    set_: Annotated[Optional[list[str]], typer.Option("--set", help="Correct a field, FIELD=VALUE: sub_event_type, actor1, actor2 (actor id or name), place, date, date_min, date_max, fatalities; an empty value for none. Repeat for several.")] = None,
    note: Annotated[Optional[str], typer.Option(help="Why (kept with the decision).")] = None,
    reviewer: Annotated[Optional[str], typer.Option(help="Who decides (default $WARMAP_REVIEWER, else $USER).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="With 'export': the folder to write the gold into.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The decision(s) as JSON.")] = False,
) -> None:
    """Accept, reject or correct an event; list the decisions; export them as gold.

    Example: warmap review 3f2a9c1e --set fatalities=4 --set place=Tadmur --note "toll in the second report"
    Example: warmap review export -o reviewed-gold && warmap eval reviewed-gold
    """
    import os

    from warmap import review as rv

    if target in ("list", "export"):
        if accept or reject or set_:
            raise InputError(f"'warmap review {target}' takes no --accept, --reject or --set")
        if target == "export":
            if output is None:
                raise InputError("'warmap review export' needs -o DIR, the folder to write the gold into")
            with open_store(_db(), read_only=True) as store:
                n, rejected = rv.export_gold(store, output)
            console.print(f"wrote {n} reviewed events and {rejected} rejected sentences as gold to {output}; "
                          f"score with: warmap eval {output}", highlight=False)
            return
        with open_store(_db(), read_only=True) as store:
            found = sorted(rv.latest(store).values(), key=lambda x: x.at)
        if as_json:
            for x in found:
                sys.stdout.write(json.dumps(x.to_dict(), ensure_ascii=False) + "\n")
            return
        table = Table(header_style="bold")
        for col in ("event", "status", "reviewer", "at", "changes", "note", "sentence"):
            table.add_column(col, overflow="fold")
        for x in found:
            sentence = x.record["sources"][0]["sentence"]
            table.add_row(x.event_id[:8], x.status, x.reviewer, x.at.isoformat(timespec="minutes"),
                          ", ".join(f"{k}={_shown(v)}" for k, v in x.changes.items() if k not in ("event_type", "date_precision")),
                          x.note or "", Text(sentence[:90] + ("..." if len(sentence) > 90 else "")))
        console.print(table)
        console.print(f"{len(found)} reviewed reports", highlight=False)
        return
    changes: dict[str, str] = {}
    for item in set_ or []:
        field, eq, value = item.partition("=")
        if not eq or not field.strip():
            raise InputError(f"--set takes FIELD=VALUE, not {item!r}")
        changes[field.strip()] = value
    if accept + reject + bool(changes) != 1:
        raise InputError("say one of --accept, --reject or --set FIELD=VALUE")
    decision = "accept" if accept else "reject" if reject else "correct"
    who = reviewer or os.environ.get("WARMAP_REVIEWER") or os.environ.get("USER") or "analyst"
    with open_store(_db()) as store:
        event = rv.find_event(store, target)
        if event is None:
            raise InputError(f"no event with id {target!r}: list ids with 'warmap events'")
        done = rv.record(store, event, decision, changes, note=note, reviewer=who)
    if as_json:
        sys.stdout.write(json.dumps([x.to_dict() for x in done], ensure_ascii=False) + "\n")
        return
    console.print(f"{done[0].status} event {event.id[:8]} ({event.sub_event_type}, {event.when.date}) by {who}: "
                  f"{len(done)} report{'s' if len(done) != 1 else ''}", highlight=False)


def _shown(value: object) -> str:
    """A corrected field's value in one short word (an actor's or a place's name)."""
    if isinstance(value, dict):
        return str(value.get("name") or value.get("id"))
    return "none" if value is None else str(value)


_LIMITS = ServerLimits()  # the defaults and help of serve's limits


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes sharing the port (each loads the store's index).")] = 1,
    access_log: Annotated[bool, typer.Option(help="Print a line per request.")] = False,
    max_header_bytes: Annotated[int, typer.Option(min=1024, help=_LIMITS.help("header_bytes"))] = _LIMITS.header_bytes,
    max_headers: Annotated[int, typer.Option(min=10, help=_LIMITS.help("headers"))] = _LIMITS.headers,
    request_timeout: Annotated[float, typer.Option(min=0.1, help=_LIMITS.help("request_timeout"))] = _LIMITS.request_timeout,
    max_connections: Annotated[int, typer.Option(min=1, help=_LIMITS.help("connections"))] = _LIMITS.connections,
    keep_alive: Annotated[int, typer.Option(min=1, help=_LIMITS.help("keep_alive"))] = _LIMITS.keep_alive,
    page_cache_mb: Annotated[int, typer.Option(min=0, help=_LIMITS.help("page_cache_mb"))] = _LIMITS.page_cache_mb,
    review: Annotated[bool, typer.Option("--review", help="Let the page accept, reject and correct events (written to the store). Off by default.")] = False,
    reviewer: Annotated[Optional[str], typer.Option(help="With --review: the reviewer name the page suggests.")] = None,
    review_token: Annotated[Optional[str], typer.Option(help="With --review: review requests must carry this token (X-Review-Token header); required on a non-loopback --host. Default $WARMAP_REVIEW_TOKEN.")] = None,
) -> None:
    """Serve the store over HTTP (read-only): the JSON API under /api and the web map at /.

    Facing a network: keep --host 127.0.0.1 behind a reverse proxy (README, "Exposing warmap serve").

    Example: warmap serve --port 8000
    """
    import os

    from warmap.api import serve as run
    from warmap.api.reviews import ReviewSettings, is_loopback

    token = review_token or os.environ.get("WARMAP_REVIEW_TOKEN") or None
    if (reviewer or token) and not review:
        raise InputError("--reviewer and --review-token go with --review")
    if review and workers > 1:
        raise InputError("--review needs one server process (--workers 1)")
    if review and token is None and not is_loopback(host):
        raise InputError(f"--review on {host}, an address others can reach, needs --review-token TOKEN "
                         "(or $WARMAP_REVIEW_TOKEN)")
    limits = ServerLimits(header_bytes=max_header_bytes, headers=max_headers, request_timeout=request_timeout,
                          connections=max_connections, keep_alive=keep_alive, page_cache_mb=page_cache_mb)
    run(_db(), host=host, port=port, workers=workers, access_log=access_log, limits=limits,
        review=ReviewSettings(review, reviewer, token) if review else None)


def main() -> None:
    """Entry point: the one place that maps errors to messages and exit statuses."""
    try:
        code = app(standalone_mode=False)
    except WarmapError as exc:
        # One line, however long: a script can grep it, a terminal wraps it.
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err.print("interrupted: the batch in progress was not written", markup=False)
        sys.exit(130)
    except duckdb.Error as exc:  # the store failed under a query (corrupt file, disk full)
        sys.stderr.write(f"error: store {_db()}: {' '.join(str(exc).split())}\n")
        sys.exit(StoreError.exit_code)
    except Exception as exc:  # usage errors (bad option, unknown command) carry their own exit code
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()
            sys.exit(exc.exit_code)
        # A bug: the traceback for the report, and a status no script takes for "some inputs skipped".
        import traceback

        traceback.print_exc()
        err.print(f"error: unexpected {type(exc).__name__} (a bug in warmap: please report it with the "
                  "lines above)", markup=False, highlight=False)
        sys.exit(EXIT_BUG)
    sys.exit(code if isinstance(code, int) else 0)
