"""DuckDB over a dataset: one view per table, named like it, over the finished partitions' files
(the markers list them, so a partition being written is never half-read), with the hive
partition column `year` (a string: `2021`, ..., `undated`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa

from . import DatasetError
from .partitions import Layout
from .schema import SCHEMAS, TABLES


class SqlError(Exception):
    """The query was refused or failed: one line to show."""


def connect(root: Path | str) -> Any:
    import duckdb

    layout = Layout(root)
    if not layout.is_dataset():
        raise DatasetError(f"{root}: not a diembao dataset (no {root}/_dataset.json; write one with "
                           "`diembao extract PATHS --parquet DIR`)")
    con = duckdb.connect()
    for table in TABLES:
        files = layout.files(table)
        if files:
            listed = ", ".join("'" + str(f.resolve()).replace("'", "''") + "'" for f in files)
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{listed}], hive_partitioning = true, "
                        "hive_types = {'year': VARCHAR}, union_by_name = true)")
        else:
            # No rows yet: the view still answers, with the table's columns.
            con.register(table, SCHEMAS[table].append(pa.field("year", pa.string())).empty_table())
    return con


def query(root: Path | str, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The column names and rows of `sql` over the dataset."""
    import duckdb

    con = connect(root)
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as err:
        first = next((line.strip() for line in str(err).splitlines() if line.strip()), type(err).__name__)
        raise SqlError(first) from None
    finally:
        con.close()
