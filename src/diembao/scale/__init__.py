"""Scale-out: extraction on a Dask cluster into a partitioned Parquet dataset, ingest from it,
and DuckDB queries over it.

Modules, one job each: `schema` (the tables, stated once), `facts` (an extracted input to rows,
and rows back to the ingest's items), `partitions` (partitions of the inputs, the dataset's
layout on disk, markers, cleaning: what makes it exactly-once), `run` (the Dask job), `dataset`
(reading a dataset back for `diembao ingest DIR`), `query` (DuckDB views), `cli`.
"""


class DatasetError(Exception):
    """A directory that is not a dataset, or one written with other settings: one line to show."""
