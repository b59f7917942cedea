"""The scale-out commands: `extract --parquet` (handed off here from `diembao extract`) and
`query`. They parse options and render; the work is in `run.py` and `query.py`."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from . import DatasetError
from .run import JobReport, Listener, ScaleOptions


def register(app: typer.Typer) -> None:
    app.command()(query)


def _fail(message: str, code: int) -> typer.Exit:
    print(f"diembao: {message}", file=sys.stderr)
    return typer.Exit(code)


# --- extract --parquet --------------------------------------------------------------------------


def extract_parquet_command(paths: Sequence[str], parquet: Path | None, output: Path | None, pretty: bool,
                            workers: int | None, scheduler: str | None, partition_size: int, facts: bool,
                            encoding: str | None) -> None:
    """The options of `diembao extract` that lead here, checked."""
    if parquet is None:
        raise _fail("--workers and --scheduler go with --parquet DIR", 2)
    if output is not None or pretty:
        raise _fail("--parquet writes a dataset: -o/--output and --pretty are for JSONL", 2)
    if workers is not None and scheduler is not None:
        raise _fail("--workers starts a local cluster, --scheduler uses another: give one", 2)
    extract_parquet(paths, parquet, ScaleOptions(workers, scheduler, partition_size, encoding, facts))


def extract_parquet(paths: Sequence[str], root: Path, options: ScaleOptions, quiet: bool = False) -> None:
    """`diembao extract PATHS --parquet DIR`: exit 1 when an input gave no article (as the plain
    extract), or when a partition failed (a rerun does it)."""
    from .run import run_job

    if "-" in paths:
        raise _fail("--parquet reads files and directories, not standard input", 2)
    try:
        with _Bar(quiet) as bar:
            report = run_job(paths, root, options, bar)
    except DatasetError as err:
        raise _fail(str(err), 2) from None
    except OSError as err:
        raise _fail(f"cannot start the job: {err}", 1) from None
    if not quiet:
        _report(report, root)
    if report.errors or report.earlier_errors or report.failed:
        raise typer.Exit(1)


def _report(r: JobReport, root: Path) -> None:
    print(f"{r.inputs:,} inputs in {r.partitions - r.skipped:,} partitions ({r.skipped:,} done before), "
          f"{r.articles:,} articles, {r.errors:,} errors (and {r.earlier_errors:,} in the partitions done before: "
          f"`diembao query 'SELECT * FROM errors'`), {r.failed:,} partitions failed in {r.seconds:.1f} s "
          f"({r.rate:,.1f} articles/s) -> {root}", file=sys.stderr)


class _Bar(Listener):
    """A Rich bar on stderr (partitions and articles done, articles/s), one line per bad input above it."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.bar: Any = None
        self.articles = 0

    def __enter__(self) -> _Bar:
        return self  # the bar starts with the job, once the dataset directory has been checked

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        console = Console(file=sys.stderr, stderr=True, highlight=False, width=None if sys.stderr.isatty() else 140)
        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                            TextColumn("{task.completed:,} partitions"),
                            TextColumn("{task.fields[articles]:,} articles"),
                            TextColumn("{task.fields[rate]:,.1f}/s"), TimeElapsedColumn(), console=console,
                            refresh_per_second=2)  # not Rich's 10/s: on 2 cores each redraw is the workers' time
        self.bar.__enter__()
        self.task = self.bar.add_task("extract", total=None, articles=0, rate=0.0)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)

    def _print(self, line: str) -> None:
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False)
        elif not self.quiet:
            print(line, file=sys.stderr)

    def started(self, dashboard: str | None, workers: int) -> None:
        import importlib.util

        served = "" if importlib.util.find_spec("bokeh") else " (install bokeh to serve it)"
        if not self.quiet:
            self._start()
        self._print(f"diembao: {workers} Dask workers; dashboard {dashboard}{served}")

    def partition(self, summary: dict[str, Any] | None, skipped: bool = False) -> None:
        if self.bar is None:
            return
        if summary is not None:
            self.articles += summary["rows"].get("articles", 0)
        task = self.bar.tasks[0]
        elapsed = task.elapsed or 0.0
        self.bar.update(self.task, advance=1, articles=self.articles,
                        rate=self.articles / elapsed if elapsed > 0 else 0.0,
                        description="skip (done)" if skipped else "extract")

    def error(self, line: str) -> None:
        self._print(f"diembao: {line}")


# --- query --------------------------------------------------------------------------------------


FORMATS = ("table", "csv", "json")


def query(
    sql: Annotated[str, typer.Argument(help="DuckDB SQL over the views articles, persons, positions, organizations, "
                                            "locations, documents, events, mentions, errors (each with `year`).")],
    parquet: Annotated[Path, typer.Option("--parquet", help="The dataset `extract --parquet` wrote.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Answer SQL from a Parquet dataset with DuckDB, for questions at a scale SQLite is not for."""
    from .query import SqlError
    from .query import query as run_query

    if fmt not in FORMATS:
        raise _fail(f"unknown format {fmt!r} (use {', '.join(FORMATS)})", 2)
    try:
        columns, rows = run_query(parquet, sql)
    except SqlError as err:
        raise _fail(f"bad query: {err}", 2) from None
    except DatasetError as err:
        raise _fail(str(err), 2) from None
    if fmt == "csv":
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(columns)
        out.writerows(rows)
    elif fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(columns, row, strict=True)) for row in rows], ensure_ascii=False,
                                    indent=1, default=str) + "\n")
    else:
        _table(columns, rows)


def _table(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console(width=None if sys.stdout.isatty() else 160, highlight=False)
    console.print(table)
    console.print(f"{len(rows):,} rows", style="dim")
