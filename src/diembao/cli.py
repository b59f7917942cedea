"""The `diembao` command line. Commands hold no logic of their own: they call the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from diembao.readers import ReadFailure, read_articles
from diembao.readers.budget import printable

if TYPE_CHECKING:
    from diembao.extract.pipeline import Pipeline
    from diembao.record import Article

app = typer.Typer(
    name="diembao",
    help="Read Vietnamese news into a knowledge base of public life.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[
    list[str],
    typer.Argument(help="Files (.txt, .jsonl, .jsonl.gz, .html), directories (read recursively) or - for stdin."),
]
Encoding = Annotated[
    str | None,
    typer.Option("--encoding", help="Read input in this encoding: tcvn3, vni, cp1258, utf-16, ... "
                                    "(default: UTF-8, UTF-8 with BOM or UTF-16, detected)."),
]


def report_failure(failure: ReadFailure) -> None:
    """One line on stderr: which input, what is wrong."""
    report_line(f"{failure.origin}: {failure.message}")


def report_line(line: str) -> None:
    print(f"diembao: {printable(line)}", file=sys.stderr)


@app.command()
def extract(
    paths: Paths,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSONL here (default: stdout).")] = None,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indented JSON, one object after another.")] = False,
    facts: Annotated[bool, typer.Option("--facts/--no-facts",
                                        help="Run the fact extraction stages (default) or only read.")] = True,
    encoding: Encoding = None,
    parquet: Annotated[Path | None, typer.Option("--parquet", help="Write a Parquet dataset here instead, "
                                                 "extracting on a Dask cluster; a rerun resumes, and a complete run "
                                                 "leaves in it the extraction of exactly PATHS.")] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="With --parquet: local Dask worker "
                                                "processes (default: one per core).")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="With --parquet: the address of a running "
                                                  "Dask scheduler to use instead.")] = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="With --parquet: raw inputs "
                                                "per partition.")] = 500,
    explain: Annotated[bool, typer.Option("--explain", help="Add to every fact a `why`: the stage (and the rule "
                                          "or model, with its score, where the stage names one) that found it, "
                                          "and the later stages that changed it.")] = False,
) -> None:
    """Extract one JSON record per article: structure, and the facts the stages find."""
    if explain and (parquet is not None or not facts):
        report_line("--explain explains the fact stages' JSON output: not with --parquet or --no-facts")
        raise typer.Exit(2)
    if parquet is not None or workers is not None or scheduler is not None:
        from diembao.scale.cli import extract_parquet_command

        extract_parquet_command(paths, parquet, output, pretty, workers, scheduler, partition_size, facts, encoding)
        return
    from diembao.extract.pipeline import warm_up

    pipeline = warm_up() if facts else None
    failures = 0
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as err:
        report_line(f"cannot write {output}: {err.strerror or err}")
        raise typer.Exit(2) from None
    try:
        for item in read_articles(paths, encoding, on_warning=report_line):
            if isinstance(item, ReadFailure):
                failures += 1
                report_failure(item)
                continue
            try:
                record = _extracted(item, pipeline, explain)
            except Exception as err:  # as ingest does: the article without facts, the error said
                failures += 1
                report_line(f"[{item.id}]: extraction failed: {type(err).__name__}: {err}")
                record = item.to_dict()
            out.write(json.dumps(record, ensure_ascii=False, indent=1 if pretty else None))
            out.write("\n")
    finally:
        if output:
            out.close()
        else:
            out.flush()
    if failures:
        print(f"diembao: {failures} input(s) could not be read", file=sys.stderr)
        raise typer.Exit(1)


def _extracted(article: Article, pipeline: Pipeline | None, explain: bool) -> dict[str, Any]:
    if pipeline is None:
        return article.to_dict()
    if explain:
        from diembao.extract.explain import explain as explained

        return explained(article, pipeline)
    return pipeline(article).to_dict()


def _register_optional_commands() -> None:
    # The knowledge-base and evaluation commands live beside the modules they drive.
    from diembao import evaluate

    evaluate.register(app)
    try:
        from diembao.kb import cli as kb_cli
    except ImportError:
        return
    kb_cli.register(app)
    from diembao.scale import cli as scale_cli
    from diembao.serve import cli as serve_cli

    app.command()(serve_cli.serve)
    scale_cli.register(app)


_register_optional_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
