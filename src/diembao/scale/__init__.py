"""Scale-out: extraction on a Dask cluster into a partitioned Parquet dataset, ingest from it,
and DuckDB queries over it.

Modules, one job each: `schema` (the tables, stated once), `facts` (an extracted input to rows,
and rows back to the ingest's items), `partitions` (partitions of the inputs, the dataset's
layout on disk, markers, cleaning: what makes it exactly-once), `run` (the Dask job), `dataset`
(reading a dataset back for `diembao ingest DIR`), `query` (DuckDB views), `cli`.
"""

from pathlib import Path

# The layout's two markers, here rather than in `partitions` so that `is_dataset` needs no
# pyarrow: `diembao ingest` asks it of every path, and importing pyarrow adds some 40 MB to the
# ingest's writer process (which counts against the 300 MB bound of a hostile HTML batch).
DONE = "_done"
META = "_dataset.json"


def is_dataset(path: str) -> bool:
    root = Path(path)
    return path != "-" and (root / META).is_file() and (root / DONE).is_dir()


class DatasetError(Exception):
    """A directory that is not a dataset, or one written with other settings: one line to show."""
