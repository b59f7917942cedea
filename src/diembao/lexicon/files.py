"""Tables and patterns that the stages load: vocabularies live here, not in code."""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from typing import Any


def data_text(name: str) -> str:
    """The text of a data file shipped in this package (`name` may hold subfolders)."""
    return resources.files("diembao.data").joinpath(name).read_text(encoding="utf-8")


@cache
def load_json(name: str) -> Any:
    return json.loads(data_text(name))


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated table with a header line; lines starting with `#` are comments."""
    lines = [line for line in data_text(name).splitlines() if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a word list."""
    return tuple(
        line.strip() for line in data_text(name).splitlines() if line.strip() and not line.startswith("#")
    )
