"""Partitions of the inputs and their place on disk: what makes the dataset exactly-once.

    DIR/_dataset.json                          format and partition size, fixed at creation
    DIR/<table>/year=<YYYY|undated>/part-<name>.parquet
    DIR/_done/<name>.json                      the partition's marker: its files and row counts

A partition is a run of at most `size` consecutive raw inputs (as `readers.iter_inputs` yields
them); its name is a hash of its position and of each input's origin (path, path:LINE) and
content hash, so the same inputs make the same partitions on every run. A partition's files are
written under temporary names, renamed into place, and its marker is written (also by rename)
last: a partition exists when, and only when, its marker does. A rerun skips the partitions with
a marker and first removes whatever else it finds (temporaries, and files of a partition whose
marker was never written), so a job killed at any moment and rerun leaves each partition once.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from diembao.kb.prepare import input_hash
from diembao.readers import RawInput, ReadFailure

from . import DONE, META, DatasetError, is_dataset
from .schema import TABLES

FORMAT = 1


@dataclass(frozen=True, slots=True)
class Partition:
    name: str
    first: int  # the position (`seq`) of its first input among the run's inputs
    items: tuple[RawInput | ReadFailure, ...]


def partitions(items: Iterable[RawInput | ReadFailure], size: int) -> Iterator[Partition]:
    """The inputs, `size` at a time, each run named after its contents (read lazily: a corpus of
    millions never sits in memory)."""
    chunk: list[RawInput | ReadFailure] = []
    first = 0
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield Partition(partition_name(first, chunk), first, tuple(chunk))
            first += len(chunk)
            chunk = []
    if chunk:
        yield Partition(partition_name(first, chunk), first, tuple(chunk))


def partition_name(first: int, items: Iterable[RawInput | ReadFailure]) -> str:
    digest = hashlib.blake2b(str(first).encode(), digest_size=12)
    for item in items:
        digest.update(b"\0" + item.origin.encode("utf-8", "surrogatepass") + b"\0")
        if isinstance(item, ReadFailure):
            digest.update(b"!" + item.message.encode("utf-8", "surrogatepass"))
        else:
            digest.update(input_hash(item).encode())
    return digest.hexdigest()


class Layout:
    """The dataset directory."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    # --- creating and checking -------------------------------------------------------------

    def create(self, partition_size: int) -> None:
        """Make the directory a dataset, or check that it is one written with the same partition
        size (another size would cut the same inputs into other partitions, so both would stay)."""
        meta = self.root / META
        if meta.exists():
            found = self.meta()
            if found.get("partition_size") != partition_size:
                raise DatasetError(f"{self.root} was written with --partition-size {found.get('partition_size')}, "
                                   f"not {partition_size}: use that, or another directory")
            (self.root / DONE).mkdir(exist_ok=True)
            return
        if self.root.exists() and any(self.root.iterdir()):
            raise DatasetError(f"{self.root} is a directory that is not a diembao dataset: use an empty or new one")
        (self.root / DONE).mkdir(parents=True, exist_ok=True)
        _write_json(meta, {"format": FORMAT, "partition_size": partition_size, "tables": list(TABLES)})

    def meta(self) -> dict[str, Any]:
        try:
            return dict(json.loads((self.root / META).read_text(encoding="utf-8")))
        except (OSError, ValueError) as err:
            raise DatasetError(f"{self.root}: not a diembao dataset ({err})") from None

    def is_dataset(self) -> bool:
        return is_dataset(str(self.root))

    # --- markers ------------------------------------------------------------------------------

    def markers(self) -> dict[str, dict[str, Any]]:
        """Every finished partition's marker, by name."""
        found = {}
        for path in sorted((self.root / DONE).glob("*.json")):
            try:
                found[path.stem] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                raise DatasetError(f"{path}: broken partition marker ({err}); "
                                   "remove it and rerun the extract") from None
        return found

    def ordered(self) -> list[dict[str, Any]]:
        """The finished partitions in input order."""
        return sorted(self.markers().values(), key=lambda m: (m["first"], m["name"]))

    def files(self, table: str) -> list[Path]:
        """The Parquet files of a table, finished partitions only, in input order."""
        return [self.root / f for m in self.ordered() for f in m["files"] if f.split("/", 1)[0] == table]

    # --- writing one partition ----------------------------------------------------------------

    def writer(self, name: str, first: int) -> PartitionWriter:
        return PartitionWriter(self, name, first)

    # --- cleaning -----------------------------------------------------------------------------

    def clean(self, done: set[str] | None = None) -> int:
        """Remove temporaries and the files of every partition not in `done` (default: those
        with a marker), such as a job killed between its renames and its marker left; returns
        how many files went. A job cleans with the markers it read before, and then writes every
        partition outside that set again whole: a task of a killed job still running on a
        shared scheduler may finish a partition meanwhile, with the same bytes."""
        done = set(self.markers()) if done is None else done
        removed = 0
        for path in self._data_files():
            stem = path.name.removeprefix("part-").removesuffix(".parquet")
            if path.name.endswith(".tmp") or not path.name.startswith("part-") or stem not in done:
                path.unlink(missing_ok=True)
                removed += 1
        for temp in (self.root / DONE).glob(".*.tmp"):
            temp.unlink(missing_ok=True)
            removed += 1
        return removed

    def remove(self, names: Iterable[str]) -> None:
        """Drop whole partitions: the marker first, so a kill midway leaves only orphans that
        `clean` removes."""
        for name in names:
            (self.root / DONE / f"{name}.json").unlink(missing_ok=True)
        self.clean()

    def _data_files(self) -> Iterator[Path]:
        for table in TABLES:
            folder = self.root / table
            if folder.is_dir():
                for year in folder.iterdir():
                    if year.is_dir():
                        yield from (p for p in year.iterdir() if p.is_file())


class PartitionWriter:
    """One partition's files, written as its rows come (one temporary Parquet file per table and
    year, a row group per `write`), so a worker's memory does not grow with the partition; then
    renamed into place, then the marker. Until `commit`, nothing of it is visible."""

    def __init__(self, layout: Layout, name: str, first: int):
        self.layout, self.name, self.first = layout, name, first
        self.open: dict[tuple[str, str], tuple[pq.ParquetWriter, Path, Path]] = {}
        self.rows: dict[str, int] = {}

    def write(self, table: str, year: str, data: pa.Table) -> None:
        key = (table, year)
        if key not in self.open:
            final = self.layout.root / table / f"year={year}" / f"part-{self.name}.parquet"
            final.parent.mkdir(parents=True, exist_ok=True)
            temp = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
            self.open[key] = (pq.ParquetWriter(temp, data.schema, compression="zstd"), temp, final)
        self.open[key][0].write_table(data)
        self.rows[table] = self.rows.get(table, 0) + data.num_rows

    def commit(self, inputs: int) -> dict[str, int]:
        """Close, rename into place, write the marker; the partition's row counts per table."""
        try:
            for writer, _, _ in self.open.values():
                writer.close()
            for _, temp, final in self.open.values():
                os.replace(temp, final)
        finally:
            self.abort()
        files = sorted(str(final.relative_to(self.layout.root)) for _, _, final in self.open.values())
        _write_json(self.layout.root / DONE / f"{self.name}.json", {
            "name": self.name, "first": self.first, "inputs": inputs, "rows": dict(sorted(self.rows.items())),
            "files": files})
        return dict(self.rows)

    def abort(self) -> None:
        for writer, temp, _ in self.open.values():
            if writer.is_open:
                writer.close()
            temp.unlink(missing_ok=True)


def _write_json(path: Path, value: Any) -> None:
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    temp.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temp, path)
