"""The knowledge-base commands of the `diembao` CLI: they parse options, call `KnowledgeBase`,
and render what it returns (Rich tables, or `--json`). No logic of their own."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from diembao.readers.budget import printable

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from .api import KnowledgeBase
    from .ingest import IngestReport
    from .writer import Written

from .render import (
    count_of,
    render_counts,
    render_document,
    render_documents,
    render_events,
    render_holders,
    render_org,
    render_person,
    render_search,
)

Db = Annotated[Path, typer.Option("--db", envvar="DIEMBAO_DB",
                                  help="The knowledge base file (default: diembao.sqlite here; env DIEMBAO_DB).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
# Beyond these a value is refused with one line, not passed on to overflow a database integer.
MAX_LIMIT = 100_000
MAX_NAME = 500
Limit = Annotated[int, typer.Option("--limit", "-n", min=0, max=MAX_LIMIT, help="How many to show.")]
Since = Annotated[str | None, typer.Option("--since", help="From this day on: YYYY, YYYY-MM or YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option("--until", help="Up to this day: YYYY, YYYY-MM or YYYY-MM-DD.")]
Workers = Annotated[int | None, typer.Option("--workers", "-j", min=0,
                                             help="Extraction processes (default: one per core; 0: none).")]
DEFAULT_DB = Path("diembao.sqlite")


def register(app: typer.Typer) -> None:
    for command in (ingest, reindex, search, person, org, document, events, stats, export, holders, documents):
        app.command()(command)


# --- plumbing -----------------------------------------------------------------------------------


def _console(stderr: bool = False) -> Console:
    from rich.console import Console
    from rich.errors import MarkupError

    class SafeConsole(Console):
        """Strings from the knowledge base go to the terminal as text: a title's escape sequence
        is shown as U+FFFD (one character for one, so styles stay in place), and markup that
        does not parse (a name with `[/x]` in it) is printed as it is."""

        def render_str(self, text: str, **options: Any) -> Text:
            try:
                out = super().render_str(text, **options)
            except MarkupError:
                out = super().render_str(text, **{**options, "markup": False})
            out.plain = printable(out.plain)
            return out

    stream = sys.stderr if stderr else sys.stdout
    return SafeConsole(file=stream, stderr=stderr, width=None if stream.isatty() else 140, highlight=False)


def _fail(message: str, code: int = 1) -> typer.Exit:
    print(f"diembao: {printable(message)}", file=sys.stderr)
    return typer.Exit(code)




@contextmanager
def _open(db: Path, create: bool = False, write: bool = False) -> Iterator[KnowledgeBase]:
    """The knowledge base for one command; every fault of it (missing, read-only, full, locked,
    damaged, newer) ends the command with one line and exit code 2 (1 for a missing file)."""
    import sqlite3
    import zlib

    from .export import ExportError
    from .search import QueryError
    from .store import MissingStore, StoreError, explain

    try:
        kb = _connect(db, create, write or create)
    except MissingStore as err:
        raise _fail(str(err)) from None
    except StoreError as err:
        raise _fail(str(err), 2) from None
    except sqlite3.Error as err:
        raise _fail(explain(err, db), 2) from None
    try:
        yield kb
    except QueryError as err:
        raise _fail(f"bad query: {err}", 2) from None
    except (StoreError, ExportError) as err:
        raise _fail(str(err), 2) from None
    except sqlite3.Error as err:
        raise _fail(explain(err, db), 2) from None
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise _fail(f"{db} is damaged: a stored record cannot be read ({type(err).__name__}: {err})", 2) from None
    finally:
        kb.close()


def _connect(db: Path, create: bool, write: bool) -> KnowledgeBase:
    """Read-write; for a command that only reads, read-only when the file or its file system
    cannot be written (a valid knowledge base stays readable there)."""
    from .api import KnowledgeBase
    from .store import MissingStore, StoreError

    try:
        return KnowledgeBase(db, create=create)
    except StoreError as err:
        if write or isinstance(err, MissingStore):
            raise
        try:
            return KnowledgeBase(db, readonly=True)
        except StoreError:
            raise err from None


def _exit_on_sigterm() -> None:
    """SIGTERM as an exit, so that a terminated ingest rolls back its batch and kills its
    workers on the way out (Python's default would skip both)."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    if threading_main():
        signal.signal(signal.SIGTERM, stop)


def threading_main() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1))
    sys.stdout.write("\n")


def _nothing(what: str, name: str) -> typer.Exit:
    return _fail(f"no {what} matches {name!r}")


# --- ingest and reindex -------------------------------------------------------------------------


def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files (.txt, .jsonl, .jsonl.gz, .html), directories (read recursively) or - for stdin.")],
    db: Db = DEFAULT_DB,
    workers: Workers = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction.")] = 500,
    encoding: Annotated[str | None, typer.Option("--encoding", help="Read input in this encoding.")] = None,
    records: Annotated[bool, typer.Option("--records", help="JSONL lines are article records "
                                                            "(`diembao extract` output): keep their facts.")] = False,
    facts: Annotated[bool, typer.Option(
        "--facts/--no-facts", help="Run the fact stages (default), or only read and index (`reindex` adds facts later)."
    )] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Extract the articles of PATHS on all cores and store them in the knowledge base.

    Rerunning adds only what is new or changed; a run that was killed finishes where it stopped.
    Inputs that are not articles are reported and recorded (`diembao export errors`); the others
    are stored, and the exit code is 1 at the end, as for `extract`."""
    from .ingest import IngestOptions

    options = IngestOptions(workers=workers, batch_size=batch_size, encoding=encoding, records=records, facts=facts)
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if missing and len(missing) == len(paths):  # nothing to read: no empty knowledge base either
        raise _fail(f"{printable(missing[0])}: no such file or directory"
                    + (f" (nor {len(missing) - 1} other path(s))" if len(missing) > 1 else ""))
    _exit_on_sigterm()
    with _open(db, create=True) as kb:
        with _Progress(quiet, "ingest") as progress:
            report = kb.ingest(paths, options, progress.advance)
        if not quiet:
            _summary(kb, report)
    if report.failed:
        raise typer.Exit(1)


def reindex(db: Db = DEFAULT_DB, workers: Workers = None,
            quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False) -> None:
    """Extract every stored article again from its raw input and rebuild every fact and the index."""
    from .ingest import IngestOptions

    _exit_on_sigterm()
    with _open(db, write=True) as kb, _Progress(quiet, "reindex") as progress:
        report = kb.reindex(IngestOptions(workers=workers), progress.advance)
    if not quiet:
        _report_line(report)


class _Progress:
    """Articles done, articles/s and errors on stderr; one line per bad article above the bar."""

    def __init__(self, quiet: bool, verb: str):
        self.quiet, self.verb = quiet, verb
        self.errors = 0
        self.bar: Any = None

    def __enter__(self) -> _Progress:
        if self.quiet:
            return self
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                            TextColumn("{task.completed:,} articles"),
                            TextColumn("{task.fields[rate]:,.0f}/s"), TextColumn("{task.fields[errors]:,} errors"),
                            TimeElapsedColumn(), console=_console(stderr=True), transient=False)
        self.bar.__enter__()
        self.task = self.bar.add_task(self.verb, total=None, rate=0.0, errors=0)
        return self

    def advance(self, written: Written) -> None:
        for note in written.notes:
            self._line(f"diembao: {note}")
        if written.message:
            self.errors += 1
            self._line(f"diembao: {written.message}")
        if self.bar is not None:
            task = self.bar.tasks[0]
            elapsed = task.elapsed or 0.0
            self.bar.update(self.task, advance=1, errors=self.errors,
                            rate=(task.completed + 1) / elapsed if elapsed > 0 else 0.0)

    def _line(self, line: str) -> None:
        line = printable(line)
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=sys.stderr)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _report_line(report: IngestReport) -> None:
    print(f"{report.added:,} added, {report.replaced:,} replaced, {report.unchanged:,} unchanged, "
          f"{report.failed:,} failed in {report.seconds:.1f} s ({report.rate:,.0f} articles/s)", file=sys.stderr)


def _summary(kb: KnowledgeBase, report: IngestReport) -> None:
    _report_line(report)
    summary = kb.summary()
    console = _console()
    render_counts(console, summary.stats)
    if summary.person is not None:
        console.print("\n[bold]A person[/bold] (the one with the most attested offices):")
        render_person(console, summary.person, articles=False, offices=8)
    if summary.document is not None:
        console.print("\n[bold]A document[/bold] (the most cited):")
        render_document(console, summary.document, limit=5)


# --- search -------------------------------------------------------------------------------------


def search(
    query: Annotated[str, typer.Argument(help='Words (all must occur), "a phrase", a OR b, NOT word (-word after '
                                              "--), word*. Words without diacritics match any diacritics.")],
    db: Db = DEFAULT_DB,
    limit: Limit = 10,
    offset: Annotated[int, typer.Option("--offset", min=0, max=10_000_000, help="Skip this many results.")] = 0,
    since: Since = None,
    until: Until = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only articles of this outlet.")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Only articles that name this place.")] = None,
    merged: Annotated[bool, typer.Option("--merged", help="--place of a post-2025 province also takes "
                                                          "the provinces merged into it.")] = False,
    person_: Annotated[str | None, typer.Option("--person", help="Only articles that name this person.")] = None,
    body: Annotated[str | None, typer.Option("--body", help="Only articles that name this body.")] = None,
    document_: Annotated[str | None, typer.Option("--document", help="Only articles that cite this document.")] = None,
    as_json: AsJson = False,
) -> None:
    """Full-text search over titles, leads, bodies and captions, ranked, with snippets.

    The persons, bodies, places and documents the query names are shown first, and their articles
    rank first; then the articles with the words side by side, near one another, anywhere."""
    with _open(db) as kb:
        result = kb.search(query, limit=limit, offset=offset, since=since, until=until, outlet=outlet, place=place,
                           person=person_, body=body, document=document_, include_merged=merged, count=True)
    if as_json:
        _print_json(result.to_dict())
    else:
        render_search(_console(), result)








# --- person, org, document, events --------------------------------------------------------------


def person(name: Annotated[str, typer.Argument(help="A name, with or without diacritics.")],
           db: Db = DEFAULT_DB, limit: Limit = 10, as_json: AsJson = False) -> None:
    """A person's offices (a timeline), the events they chaired, and their latest articles."""
    with _open(db) as kb:
        found = kb.person(name, limit=limit)
    _show(found, as_json, "person", name, render_person)


def _show(found: Sequence[Any], as_json: bool, what: str, asked: str, render: Callable[[Console, Any], None]) -> None:
    """Profiles as JSON, or each rendered and followed by a blank line; nothing found is an error."""
    if as_json:
        _print_json([x.to_dict() for x in found])
        return
    if not found:
        raise _nothing(what, asked)
    console = _console()
    for profile in found:
        render(console, profile)
        console.print()
















def org(name: Annotated[str, typer.Argument(help="A body's name (abbreviations such as HĐND, UBND are fine).")],
        db: Db = DEFAULT_DB, limit: Limit = 10, as_json: AsJson = False) -> None:
    """A body: its parent and parts, the offices in it, the events it organised, its articles."""
    with _open(db) as kb:
        found = kb.org(name, limit=limit)
    _show(found, as_json, "body", name, render_org)




def document(key: Annotated[str, typer.Argument(help="A symbol (22-NQ/TW), a type and number (Nghị quyết 22) "
                                                     "or a name (Luật Đất đai).")],
             db: Db = DEFAULT_DB,
             limit: Annotated[int, typer.Option("--limit", "-n", min=0, max=MAX_LIMIT,
                                                help="Citations to show (0: all).")] = 100,
             as_json: AsJson = False) -> None:
    """A document: every citation by date and place, and the events that concerned it."""
    with _open(db) as kb:
        found = kb.document(key, limit=limit or None)
    if len(found) > 1 and not as_json:
        # A short form (`Nghị quyết 18`) names several documents: the candidates first.
        console = _console()
        console.print(f"{len(found)} documents match [bold]{key}[/bold]:")
        for d in found:
            facts = [x for x in (d.type, d.issuer, d.year or (d.date or "")[:4] or None) if x]
            console.print(f"  {d.label} · " + " · ".join(facts) + f" · {count_of(d.n_citations, 'citation')}")
        console.print()
    _show(found, as_json, "document", key, lambda console, d: render_document(console, d, limit))




def events(
    type_: Annotated[str | None, typer.Option("--type", help="Hội nghị, Kỳ họp, Đại hội, Lễ, ...")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Held in, or organised from, this place.")] = None,
    since: Since = None,
    until: Until = None,
    db: Db = DEFAULT_DB,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """Meetings and ceremonies, newest first: organizer, chairs, documents."""
    from .api import _bounded

    with _open(db) as kb:
        _bounded(type=type_, place=place, since=since, until=until)
        found = kb.events(type=type_, place=place, since=since, until=until, limit=limit)
    if as_json:
        _print_json([e.to_dict() for e in found])
        return
    render_events(_console(), found, f"{len(found)} events")


# --- stats and export ---------------------------------------------------------------------------


def stats(db: Db = DEFAULT_DB, as_json: AsJson = False, limit: Limit = 5) -> None:
    """What the knowledge base holds: rows per table, days covered, top outlets, persons, bodies, documents."""
    with _open(db) as kb:
        result = kb.stats(limit=limit)
    if as_json:
        _print_json(result.to_dict())
        return
    render_counts(_console(), result, full=True)




def export(
    table: Annotated[str, typer.Argument(help="persons, person_names, organizations, places, documents, "
                                              "citations, events, offices, office_facts, event_facts, "
                                              "event_chairs, event_documents, mentions, resolutions, "
                                              "articles, errors")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here (default: stdout; "
                                                                       "Parquet needs a file).")] = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Export a table, or facts joined with their evidence, as JSONL, CSV or Parquet."""
    with _open(db) as kb:
        n = kb.export(table, fmt, output)
    if output:
        print(f"{n:,} rows to {output}", file=sys.stderr)




# --- holders of an office, lists of documents ---------------------------------------------------


def holders(title: Annotated[str, typer.Argument(help="The title, e.g. Bí thư, Chủ tịch, Thủ tướng.")],
            body: Annotated[str, typer.Argument(help="The body, e.g. 'Tỉnh ủy Tiền Giang', 'UBND TP.HCM'.")],
            on: Annotated[str | None, typer.Option("--on", help="Who held it then: YYYY, YYYY-MM or YYYY-MM-DD.")]
            = None,
            db: Db = DEFAULT_DB, as_json: AsJson = False) -> None:
    """Who held a title in a body, in order, with spells and evidence; with --on, who held it that
    day and who came before and after."""
    with _open(db) as kb:
        found = kb.holders(title, body, on=on)
    if found is None:
        raise _nothing("body", body)
    if as_json:
        _print_json(found.to_dict())
        return
    render_holders(_console(), found)






def documents(
    type_: Annotated[str | None, typer.Option("--type", help="Nghị quyết, Luật, Nghị định, Chỉ thị, ...")] = None,
    issuer: Annotated[str | None, typer.Option("--issuer", help="The issuing body, e.g. 'Bộ Chính trị'.")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Cited in articles of this place.")] = None,
    since: Since = None,
    until: Until = None,
    db: Db = DEFAULT_DB,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """Cited documents, the most cited first, with the days they were cited between."""
    with _open(db) as kb:
        found = kb.documents(type=type_, issuer=issuer, place=place, since=since, until=until, limit=limit)
    if as_json:
        _print_json([d.to_dict() for d in found])
        return
    render_documents(_console(), found)


