"""The `girok` command: a thin layer over the library; errors become one line each."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.text import Text

from girok import __version__, config
from girok.errors import GirokError
from girok.gazetteer import Gazetteer
from girok.ingest import collect_files, ingest_paths
from girok.records import IngestOptions, IngestSummary, OutcomeStatus, SearchFilters
from girok.store import Store
from girok.store import engine as store_engine

F = TypeVar("F", bound=Callable[..., Any])
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _fail_cleanly(func: F) -> F:
    """Turn girok's exceptions into a one-line `Error: ...` and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GirokError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def _db_option(func: F) -> F:
    return click.option(
        "--db", "db", envvar="GIROK_DB", default=None, metavar="PATH|URL",
        help="SQLite file or postgresql:// URL [env GIROK_DB; default ./girok.db].",
    )(func)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    raise TypeError(type(value).__name__)


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal; nothing when output is piped."""
    if not err.is_terminal or total < 2:
        yield lambda: None
        return
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="girok")
def cli() -> None:
    """girok: a sourced, searchable record of North Korea's detention system."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@_db_option
@click.option("--source-url", help="Where the documents came from (wins over the page's URL).")
@click.option("--outlet", help="Publisher or site name (wins over the document's own).")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date (wins over a date found in the document).")
@click.option("--collection", help="Put the documents in this named collection.")
@click.option("--language", help="Language code, e.g. en or ko (default: detected).")
@click.option("--max-size", default=None, metavar="SIZE",
              help="Skip files larger than this [env GIROK_MAX_SIZE; default 50MB].")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for reading files [default: every core].")
@click.option("--no-extract", is_flag=True, help="Store the documents without extracting events.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@_fail_cleanly
def ingest(paths: tuple[str, ...], db: str | None, source_url: str | None, outlet: str | None,
           published: dt.date | None, collection: str | None, language: str | None,
           max_size: str | None, jobs: int | None, no_extract: bool, as_json: bool) -> None:
    """Ingest files and folders (text, Markdown, HTML, PDF, DOCX), keeping the originals."""
    options = IngestOptions(source_url=source_url, outlet=outlet, published=published,
                            collection=collection, language=language,
                            max_bytes=config.max_bytes(max_size))
    summary = IngestSummary()
    with Store(db) as store, _progress(len(collect_files(paths)), "ingesting") as advance:
        gazetteer = None if no_extract else Gazetteer.load(store)
        for outcome in ingest_paths(store.add_document, paths, options,
                                    jobs or config.default_jobs(), gazetteer):
            summary.outcomes.append(outcome)
            advance()
            if outcome.status is OutcomeStatus.FAILED and not as_json:
                err.print(f"[red]failed[/red] {escape(outcome.path)}: "
                          f"{escape(outcome.reason or '')}")
            elif outcome.status is OutcomeStatus.DUPLICATE and not as_json:
                err.print(f"[yellow]already stored[/yellow] {escape(outcome.path)} "
                          f"as document {outcome.document_id}; nothing to do")
    _report_ingest(summary, as_json)
    if summary.failed:
        sys.exit(1)


def _report_ingest(summary: IngestSummary, as_json: bool) -> None:
    counts = {
        "ingested": summary.count(OutcomeStatus.INGESTED),
        "near_duplicates": summary.count(OutcomeStatus.NEAR_DUPLICATE),
        "duplicates": summary.count(OutcomeStatus.DUPLICATE),
        "skipped": summary.count(OutcomeStatus.SKIPPED),
        "failed": summary.count(OutcomeStatus.FAILED),
    }
    if as_json:
        _print_json({**counts, "files": [dataclasses.asdict(o) for o in summary.outcomes]})
        return
    for o in summary.outcomes:
        if o.status is OutcomeStatus.SKIPPED:
            err.print(f"skipped {escape(o.path)}: {escape(o.reason or '')}")
        if o.status is OutcomeStatus.NEAR_DUPLICATE:
            err.print(f"near-duplicate {escape(o.path)} (document {o.document_id}) "
                      f"of document {o.duplicate_of}, similarity {o.similarity:.2f}")
    click.echo(
        f"ingested {counts['ingested']}, near-duplicates {counts['near_duplicates']} (stored "
        f"and linked), duplicates {counts['duplicates']} (already stored), "
        f"not documents {counts['skipped']} (skipped), failed {counts['failed']}"
    )


@cli.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@_fail_cleanly
def verify(db: str | None, as_json: bool) -> None:
    """Re-hash every stored original and report any that no longer match."""
    checked, problems = 0, []
    with Store(db) as store:
        for result in store.verify():
            checked += 1
            if not isinstance(result, str):
                problems.append(result)
    if as_json:
        _print_json({"checked": checked, "mismatches": [dataclasses.asdict(p) for p in problems]})
    else:
        for p in problems:
            err.print(f"[red]MISMATCH[/red] {p.sha256}: {p.problem}")
        click.echo(f"verified {checked} originals: "
                   + (f"{len(problems)} mismatches" if problems else "all match"))
    if problems:
        sys.exit(1)


@cli.command()
@click.argument("query")
@_db_option
@click.option("--collection", help="Only documents in this collection.")
@click.option("--outlet", help="Only documents from this outlet.")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="Published on or after.")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="Published on or before.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@_fail_cleanly
def search(query: str, db: str | None, collection: str | None, outlet: str | None,
           since: dt.date | None, until: dt.date | None, limit: int, as_json: bool) -> None:
    """Full-text search: words must all match; "quoted phrases"; -word excludes."""
    filters = SearchFilters(collection=collection, outlet=outlet, since=since, until=until)
    with Store(db) as store:
        hits = store.search(query, filters, limit=limit)
    if as_json:
        _print_json([dataclasses.asdict(h) for h in hits])
        return
    out = Console(highlight=False, soft_wrap=True)
    if not hits:
        out.print("no documents match")
    for hit in hits:
        date = hit.published.isoformat() if hit.published else "undated"
        out.print(f"[bold]{hit.document_id}[/bold] {escape(hit.title or hit.name)} "
                  f"[dim]({escape(hit.outlet or 'unknown outlet')}, {date})[/dim]")
        snippet = Text("    " + hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start + 4, end + 4)
        out.print(snippet)


@cli.command()
@click.argument("doc")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print metadata and text as JSON.")
@click.option("--original", is_flag=True, help="Write the original bytes to standard output.")
@_fail_cleanly
def show(doc: str, db: str | None, as_json: bool, original: bool) -> None:
    """Show a document (by id, SHA-256 prefix or name): metadata, hash and text."""
    with Store(db) as store:
        stored = store.document(doc)
        if original:
            sys.stdout.buffer.write(store.original(stored.sha256))
            return
        found = store.events(stored.id)
    text = stored.text or ""
    if as_json:
        events = [{**dataclasses.asdict(e), "quotes": [text[s.start : s.end] for s in e.evidence]}
                  for e in found]
        _print_json({**dataclasses.asdict(stored), "events": events})
        return
    for field in dataclasses.fields(stored):
        value = getattr(stored, field.name)
        if field.name != "text" and value is not None:
            click.echo(f"{field.name:>26}: {value}")
    for e in found:
        when = f"{e.date.earliest or '?'}..{e.date.latest or '?'}"
        who = f"{e.victims.min if e.victims.min is not None else '?'}.." \
              f"{e.victims.max if e.victims.max is not None else '?'}"
        click.echo(f"{'event':>26}: {e.type} {when} place={e.place} facility={e.facility} "
                   f"victims={who} perpetrator={e.perpetrator}"
                   f"{' (announced)' if e.announced else ''} [{e.rule}, {e.confidence}]")
        for s in e.evidence:
            click.echo(f"{'':>28}“{' '.join(text[s.start : s.end].split())}”")
    click.echo("")
    click.echo(text)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date for documents that state none.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes [default: every core].")
@click.option("--max-size", default=None, metavar="SIZE", help="Skip larger files [50MB].")
@click.option("--db", "db", default=None, metavar="PATH|URL",
              help="Also use the gazetteer entries users added to this database.")
@_fail_cleanly
def extract(paths: tuple[str, ...], fmt: str, published: dt.date | None, jobs: int | None,
            max_size: str | None, db: str | None) -> None:
    """Extract detention events from files: one JSON object per document, in input order."""
    from girok.extract.batch import extract_paths

    if db:
        with Store(db) as store:
            gazetteer = Gazetteer.load(store)
    else:
        gazetteer = Gazetteer.load()
    failed = False
    total = len(collect_files(paths))
    with _progress(total, "extracting") as advance:
        for result in extract_paths(paths, published, gazetteer, jobs or config.default_jobs(),
                                    config.max_bytes(max_size)):
            click.echo(result.line)
            advance()
            if result.failed:
                failed = True
                err.print(f"[red]failed[/red] {escape(result.doc_id)}: see its error line")
    if failed:
        sys.exit(1)


@cli.group()
def db() -> None:
    """Database schema: migrate, inspect."""


@db.command()
@_db_option
@_fail_cleanly
def upgrade(db: str | None) -> None:
    """Migrate the database to this version's schema (creates it when new)."""
    store = Store(db, create=False)
    try:
        before, after = store_engine.upgrade(store.engine)
    finally:
        store.close()
    if before == after:
        click.echo(f"database is up to date (revision {after})")
    else:
        click.echo(f"database upgraded from {before or 'empty'} to revision {after}")


@db.command()
@_db_option
@_fail_cleanly
def current(db: str | None) -> None:
    """Print the schema revision of the database and the newest one girok knows."""
    store = Store(db, create=False)
    try:
        click.echo(f"database revision: {store_engine.current_revision(store.engine) or 'empty'}; "
                   f"girok needs: {store_engine.head_revision()}")
    finally:
        store.close()


# --- girok gazetteer: list, add and import entries (logic in girok.gazetteer) ---------------

_GAZETTEER_KINDS = ("facility", "place", "organization")


@contextmanager
def _gazetteer_problems(outcome: str) -> Iterator[None]:
    """Report a GazetteerError: one problem as the error, several one per line and a summary."""
    from girok.errors import GazetteerError

    try:
        yield
    except GazetteerError as exc:
        if len(exc.problems) == 1:
            raise click.ClickException(f"{exc.problems[0]} ({outcome})") from exc
        for problem in exc.problems:
            err.print(escape(problem))
        raise click.ClickException(f"{len(exc.problems)} problems, listed above; {outcome}: "
                                   "fix them and try again") from exc


@cli.group("gazetteer")
def gazetteer_group() -> None:
    """Places, facilities and organisations that names in reports resolve to."""


@gazetteer_group.command("list")
@click.option("--kind", type=click.Choice(_GAZETTEER_KINDS), help="Only entries of this kind.")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as JSON.")
@_db_option
@_fail_cleanly
def gazetteer_list(kind: str | None, as_json: bool, db: str | None) -> None:
    """List the package entries and the entries added to this database, with their origin."""
    from girok.gazetteer import Gazetteer

    with Store(db) as store, _gazetteer_problems("fix the database entries"):
        entries = Gazetteer.load(store).entries(kind)  # type: ignore[arg-type]
    if as_json:
        _print_json([dataclasses.asdict(entry) for entry in entries])
        return
    rows = [(e.id, e.kind, e.category or "-", e.origin, e.name) for e in entries]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(4)]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
                   + "  " + row[4])


@gazetteer_group.command("add")
@click.option("--kind", required=True, type=click.Choice(_GAZETTEER_KINDS))
@click.option("--id", "entry_id", required=True, help="A lowercase id, e.g. kyohwaso-77.")
@click.option("--name", required=True, help="The canonical name.")
@click.option("--alias", "aliases", multiple=True, help="Another name or spelling (repeatable).")
@click.option("--name-ko", "names_ko", multiple=True, help="A Korean name (repeatable).")
@click.option("--type", "category",
              help="Facility type (kwanliso, kyohwaso, ...) or place kind (city, county, ...).")
@click.option("--place", help="Facility: the id of the place where it lies.")
@click.option("--parent", help="Place: the id of the place it lies in.")
@click.option("--lat", type=float, help="Latitude in decimal degrees (with --lon).")
@click.option("--lon", type=float, help="Longitude in decimal degrees (with --lat).")
@click.option("--status", help="Facility: operating, reportedly-closed, closed or unknown.")
@click.option("--notes", help="Free-text notes.")
@click.option("--source", "sources", multiple=True, help="A source URL (repeatable).")
@click.option("--replace", is_flag=True, help="Replace the entry that has this id.")
@_db_option
@_fail_cleanly
def gazetteer_add(kind: str, entry_id: str, name: str, aliases: tuple[str, ...],
                  names_ko: tuple[str, ...], category: str | None, place: str | None,
                  parent: str | None, lat: float | None, lon: float | None, status: str | None,
                  notes: str | None, sources: tuple[str, ...], replace: bool,
                  db: str | None) -> None:
    """Add one entry to this database's gazetteer, checked against all the others."""
    from girok.gazetteer import add_entry

    with Store(db) as store, _gazetteer_problems("nothing was added"):
        entry = add_entry(store, kind, id=entry_id, name=name, aliases=aliases,
                          names_ko=names_ko, category=category, parent=parent, place=place,
                          lat=lat, lon=lon, status=status, notes=notes, sources=sources,
                          replace=replace)
    click.echo(f"{'replaced' if replace else 'added'} {entry.kind} {entry.id} ({entry.name})")


@gazetteer_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--replace", is_flag=True, help="Replace entries that have the same ids.")
@_db_option
@_fail_cleanly
def gazetteer_import(file: str, replace: bool, db: str | None) -> None:
    """Import a CSV of facilities, places or organisations (told apart by its header).

    The columns are those of the matching package table (`girok gazetteer list` shows the
    ids to refer to). Every row is checked first; if any is bad, every problem is reported
    with its line and column and nothing is written.
    """
    from collections import Counter

    from girok.gazetteer import import_table

    with Store(db) as store, _gazetteer_problems(f"nothing was imported from {file}"):
        entries = import_table(store, file, replace=replace)
    plural = {"facility": "facilities", "place": "places", "organization": "organizations"}
    counts = Counter(entry.kind for entry in entries)
    detail = ", ".join(f"{n} {kind if n == 1 else plural[kind]}" for kind, n in counts.items())
    click.echo(f"imported {len(entries)} entries from {file}" + (f" ({detail})" if detail else ""))


def main() -> None:
    """Console entry point."""
    cli()
