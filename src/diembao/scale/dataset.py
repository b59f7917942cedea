"""Reading a dataset back for `diembao ingest DIR`: its inputs, already extracted, in the order
the extract read them (partitions by position, rows by `seq`), one partition in memory at a time.

`articles` rows become `kb.prepare.Extracted` items (the raw input, its record and any
extraction error) and `errors` rows of inputs that gave no article become `Failed` ones, so the
ingest stores and resolves exactly what it would have from the raw inputs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from . import DatasetError
from .facts import item_of
from .partitions import Layout

_NO_ARTICLE = ("read", "parse")


def dataset_inputs(path: str) -> Iterator[Any]:
    from diembao.kb.store import StoreError

    layout = Layout(path)
    try:
        for marker in layout.ordered():
            rows = _rows(layout.root, marker)
            yield from (item_of(row) for row in sorted(rows, key=lambda r: r["seq"]))
    except DatasetError as err:
        raise StoreError(str(err)) from None


def _rows(root: Path, marker: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in marker["files"]:
        table = name.split("/", 1)[0]
        if table not in ("articles", "errors"):
            continue
        try:
            found = pq.ParquetFile(root / name).read().to_pylist()
        except (OSError, ValueError) as err:
            raise DatasetError(f"{root / name}: cannot read ({err}); remove {root}/_done/{marker['name']}.json "
                               "and rerun the extract") from None
        rows.extend(r for r in found if table == "articles" or r["stage"] in _NO_ARTICLE)
    return rows
