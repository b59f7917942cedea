"""A fast slice of the hostile-input campaign (`bench/hostile.py`): a few inputs of every class,
through `diembao extract` and `diembao ingest` as subprocesses, in bounded time: every input a
record or one clean error line, no traceback, no hang (issue 14)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from hostile import campaign, write
from hostile_cases import CLASSES, RECORDS, count_inputs


def test_a_slice_of_every_class_gives_records_or_clean_errors(tmp_path: Path) -> None:
    files = []
    for name, make, _size, seed in CLASSES:
        n = 1 if name == "pathological texts" else 4
        files += [(f"{seed:02d}-{file}", data) for file, data in make(random.Random(seed), n)]
    write(tmp_path / "inputs", files)
    rows = campaign("slice", tmp_path / "inputs", count_inputs(files))
    for row in rows:
        assert (row.tracebacks, row.hangs, row.lost) == (0, 0, 0), row
        assert row.errors and row.records, row


def test_a_slice_of_hostile_records(tmp_path: Path) -> None:
    _name, make, _size, seed = RECORDS
    files = make(random.Random(seed), 30)
    write(tmp_path / "records", files)
    [row] = campaign("records", tmp_path / "records", count_inputs(files), records=True)
    assert (row.tracebacks, row.hangs, row.lost) == (0, 0, 0) and row.errors and row.records, row
