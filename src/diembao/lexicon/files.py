"""The one reader of `diembao/data/`: text, JSON, tab-separated tables and word lists, each
read once per process and checked. A missing or malformed table is a `LexiconError` whose one
line names the file (`data/orgs/units.json: missing`), never an empty table: a vocabulary that
silently read as empty would change every result without a word."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any


class LexiconError(Exception):
    """A data table that is missing or not as its reader expects; the message names the file."""


def data_text(name: str) -> str:
    """The text of a data file shipped in `diembao/data/` (`name` may hold subfolders)."""
    try:
        return resources.files("diembao.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"data/{name}: missing") from None
    except (OSError, UnicodeDecodeError) as err:
        raise LexiconError(f"data/{name}: unreadable ({err})") from None


@cache
def load_json(name: str, keys: tuple[str, ...] = ()) -> Any:
    """A JSON table; with `keys`, an object that must hold every one of them."""
    try:
        value = json.loads(data_text(name))
    except json.JSONDecodeError as err:
        raise LexiconError(f"data/{name}: not JSON ({err.msg}, line {err.lineno})") from None
    if keys:
        if not isinstance(value, dict):
            raise LexiconError(f"data/{name}: expected an object with {', '.join(keys)}")
        missing = [k for k in keys if k not in value]
        if missing:
            raise LexiconError(f"data/{name}: missing {', '.join(missing)}")
    return value


@cache
def load_tsv(name: str, columns: tuple[str, ...] = ()) -> tuple[Mapping[str, str], ...]:
    """Rows of a tab-separated table with a header line; lines starting with `#` are comments.
    The header must name every one of `columns`, and every row has one cell per header column."""
    return _read_tsv(name, columns)


def tsv_column(name: str, column: str) -> tuple[str, ...]:
    """One column of a table, its rows not kept: the ward table's rows held for the sake of one
    column were 11 MB of the ingest writer's memory."""
    return tuple(row[column] for row in _read_tsv(name, (column,)))


def tsv_columns(name: str, columns: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Some columns of a table, row by row, its rows not kept (as `tsv_column`)."""
    return tuple(tuple(row[c] for c in columns) for row in _read_tsv(name, columns))


def _read_tsv(name: str, columns: tuple[str, ...]) -> tuple[Mapping[str, str], ...]:
    lines = [line for line in data_text(name).splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        raise LexiconError(f"data/{name}: empty table")
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = reader.fieldnames or []
    missing = [c for c in columns if c not in header]
    if missing:
        raise LexiconError(f"data/{name}: no column {', '.join(missing)} (header: {' '.join(header)})")
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or None in row.values():
            raise LexiconError(f"data/{name}: row {number} has {len(lines[number - 1].split(chr(9)))} cells, "
                               f"the header {len(header)}")
        rows.append(MappingProxyType(row))
    return tuple(rows)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a word list."""
    return tuple(
        line.strip() for line in data_text(name).splitlines() if line.strip() and not line.startswith("#")
    )
