"""The watched pool: a stuck article is an error row, a dead worker is replaced, and no worker
outlives a killed or terminated ingest (issue 14)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diembao.kb import IngestOptions, KnowledgeBase
from diembao.kb.pool import WatchedPool
from diembao.kb.prepare import Failed, Prepared
from diembao.readers import RawInput
from fixtures.hostile import stalling
from fixtures.kb.builders import write_synthetic_corpus

CLI = [sys.executable, "-m", "diembao"]


def _item(article_id: str) -> tuple[RawInput, None]:
    raw = f'{{"id": "{article_id}", "title": "Tiêu đề {article_id}", "body": "Thân bài."}}'
    return RawInput(f"c.jsonl:{article_id}", "jsonl", raw, "c.jsonl"), None


def test_regression_an_article_that_stalls_a_stage_is_an_error_row(kb: KnowledgeBase, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(_item(i)[0].raw for i in ("a", "stall", "b")) + "\n", encoding="utf-8")
    started = time.monotonic()
    report = kb.ingest([str(corpus)], IngestOptions(workers=1, extractor=stalling, article_timeout=5.0))
    assert time.monotonic() - started < 60
    assert report.added == 3
    [(article_id, stage, message)] = kb.store.all("SELECT article_id, stage, message FROM errors")
    assert (article_id, stage) == ("stall", "extract") and "ran longer than 5 s" in message


def test_regression_an_article_stuck_in_c_code_stops_only_its_worker() -> None:
    pool = WatchedPool(1, article_timeout=2.0, margin=4.0)
    try:
        results = list(pool.map_ordered(iter([[_item("a"), _item("block")], [_item("b")]]), stalling, 4))
        assert [type(r) for r in results] == [Prepared, Failed, Prepared]
        assert "watchdog" in results[1].message and pool.restarts == 2
        dying = list(pool.map_ordered(iter([[_item("die")], [_item("c")]]), stalling, 4))
        assert [type(r) for r in dying] == [Failed, Prepared] and "died" in dying[0].message
    finally:
        pool.shutdown(kill=True)


def _descendants(pid: int) -> list[int]:
    out, stack = [], [pid]
    while stack:
        parent = stack.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            out.extend(kids)
            stack.extend(kids)
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_regression_no_worker_outlives_a_killed_ingest(tmp_path: Path, how: signal.Signals) -> None:
    corpus = write_synthetic_corpus(tmp_path / "c.jsonl", 3000)
    db = tmp_path / "kb.sqlite"
    victim = subprocess.Popen([*CLI, "ingest", str(corpus), "--db", str(db), "-q", "-j", "2", "--batch-size", "20"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while len(_descendants(victim.pid)) < 3 and time.monotonic() < deadline:  # the server, two workers
            time.sleep(0.1)
        time.sleep(2.0)  # into the work
        children = _descendants(victim.pid)
        assert len(children) >= 2
        os.kill(victim.pid, how)  # the main process alone, not its group
        victim.wait(timeout=60)
        deadline = time.monotonic() + 15
        while any(_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [c for c in children if _alive(c)]
        _, err = victim.communicate(timeout=10)  # the pipe is closed: no child holds it
        assert b"Traceback" not in err
    finally:
        if victim.poll() is None:
            victim.kill()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_while_the_workers_warm_up_ends_the_ingest(tmp_path: Path) -> None:
    # The pool waits for its workers' warm-up before the ingest holds it: a SIGTERM then must
    # still kill them (the pool does it itself) rather than leave the exit waiting on them.
    corpus = write_synthetic_corpus(tmp_path / "c.jsonl", 200)
    victim = subprocess.Popen([*CLI, "ingest", str(corpus), "--db", str(tmp_path / "kb.sqlite"), "-q", "-j", "2"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not _descendants(victim.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # the forkserver is up; the workers are building their tables
        children = _descendants(victim.pid)
        os.kill(victim.pid, signal.SIGTERM)
        victim.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [c for c in children if _alive(c)]
        _, err = victim.communicate(timeout=10)
        assert b"Traceback" not in err
    finally:
        if victim.poll() is None:
            victim.kill()
