"""Faults of the database and of the file system: each a one-line error with exit code 2, never a
traceback and never a half-written batch; exports that cannot hurt the knowledge base or a
spreadsheet; a terminal that gets no escape sequence from a title (issue 14)."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diembao.cli import app
from diembao.kb import KnowledgeBase
from fixtures.kb.builders import CORPUS, article, world, write_synthetic_corpus

runner = CliRunner()
CLI = [sys.executable, "-m", "diembao"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def one_line(err: str) -> str:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("diembao: ") and "Traceback" not in err, err
    return lines[0]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase(path, create=True) as kb:
        kb.add_articles(world())
    return path


def _can_mount() -> bool:
    done = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False) if shutil.which("unshare") \
        else None
    return done is not None and done.returncode == 0


needs_mount = pytest.mark.skipif(not sys.platform.startswith("linux") or not _can_mount(),
                                 reason="needs a mount namespace (unshare -m, as root)")


def in_namespace(setup: str, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """diembao run in a private mount namespace after `setup` (mount commands)."""
    command = " ".join(f"'{a}'" for a in [*CLI, *args])
    return subprocess.run(["unshare", "-m", "sh", "-c", f"{setup} && exec {command}"], capture_output=True,
                          text=True, timeout=timeout, check=False)


# --- the command line before any database --------------------------------------------------------


def test_regression_ingest_of_a_missing_path_creates_no_database(tmp_path: Path) -> None:
    code, _, err = invoke("ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "kb.sqlite"))
    assert code == 1 and "nope: no such file or directory" in one_line(err)
    assert not (tmp_path / "kb.sqlite").exists()


def test_regression_evaluate_vtner_with_a_bogus_split_is_one_line() -> None:
    code, _, err = invoke("evaluate", "vtner", "--split", "bogus")
    assert code == 2 and "bogus" in one_line(err)


@pytest.mark.parametrize("command", ["person", "org", "document", "search"])
def test_regression_a_60000_character_name_is_one_line(db: Path, command: str) -> None:
    code, _, err = invoke(command, "Nguyễn " * 10_000, "--db", str(db))
    assert code == 2 and "the limit is 500" in one_line(err)


def test_regression_a_query_of_120000_spaces_returns_fast(db: Path) -> None:
    started = time.monotonic()
    code, _, err = invoke("document", " " * 120_000, "--db", str(db))
    assert code == 2 and one_line(err)
    code, _, _ = invoke("document", " " * 400, "--db", str(db))
    assert code == 1 and time.monotonic() - started < 10


@pytest.mark.parametrize("command", [["person", "Trần Văn Đông"], ["search", "hội nghị"], ["events"],
                                     ["document", "22-NQ/TW"]])
def test_regression_a_huge_limit_is_one_line(db: Path, command: list[str]) -> None:
    code, _, err = invoke(*command, "--db", str(db), "--limit", "99999999999999999999")
    assert code == 2 and "limit" in err and "Traceback" not in err


def test_regression_escape_sequences_in_a_title_do_not_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase(path, create=True) as kb:
        kb.add_articles([article("esc", "Hội nghị \x1b]0;pwned\x07\x1b[2J [/bold] tỉnh", "Ông Lê Văn Hai dự.",
                                 persons=[("Lê Văn Hai", [])])])
    for command in (["search", "hội nghị"], ["person", "Lê Văn Hai"], ["stats"]):
        code, out, _ = invoke(*command, "--db", str(path))
        assert code == 0 and "\x1b" not in out and "\x07" not in out, command
    assert "[/bold]" in invoke("search", "hội nghị", "--db", str(path))[1]


# --- a damaged or foreign database ---------------------------------------------------------------


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not sqlite at all" * 100)


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")


_BROKEN_BY_SQL = {
    "newer schema": "UPDATE meta SET value = '99' WHERE key = 'schema_version'",
    "bad schema version": "UPDATE meta SET value = 'x' WHERE key = 'schema_version'",
    "dropped table": "DROP TABLE persons",
    "bit-flipped blobs": "UPDATE articles SET record = X'789c0badc0ffee', raw = X'00ff'",
}


def _by_sql(statement: str):  # type: ignore[no-untyped-def]
    def damage(path: Path) -> None:
        with sqlite3.connect(path) as conn:
            conn.execute(statement)
    return damage


def _truncated(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("damage", [_garbage, _foreign, _truncated, *map(_by_sql, _BROKEN_BY_SQL.values())],
                         ids=["garbage", "foreign", "truncated", *_BROKEN_BY_SQL])
def test_regression_a_damaged_database_is_one_line_in_every_command(db: Path, tmp_path: Path, damage) -> None:
    damage(db)
    commands = [["stats"], ["search", "hội nghị"], ["person", "Trần Văn Đông"], ["org", "UBND"],
                ["document", "22-NQ/TW"], ["events"], ["export", "articles"], ["export", "persons"],
                ["reindex", "-j", "0", "-q"], ["ingest", str(CORPUS), "-j", "0", "-q"]]
    for command in commands:
        code, _, err = invoke(*command, "--db", str(db))
        if code == 0:
            continue  # what the damage did not touch still works
        assert code in (1, 2), (command, err)
        if command[0] != "ingest":  # ingest also reports its corpus's bad inputs, one line each
            one_line(err)
        assert "Traceback" not in err, (command, err)


# --- read-only, full, locked ---------------------------------------------------------------------


@needs_mount
def test_regression_a_read_only_file_system_is_readable_and_refuses_writes(db: Path) -> None:
    folder = db.parent
    ro = f"mount --bind -o ro '{folder}' '{folder}'"
    done = in_namespace(ro, "stats", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["tables"]
    done = in_namespace(ro, "search", "hội nghị", "--db", str(db))
    assert done.returncode == 0, done.stderr
    done = in_namespace(ro, "ingest", str(CORPUS), "--db", str(db), "-q", "-j", "0")
    assert done.returncode == 2 and "read-only" in done.stderr and "Traceback" not in done.stderr
    done = in_namespace(ro, "export", "persons", "-o", str(folder / "p.jsonl"), "--db", str(db))
    assert done.returncode == 2 and "p.jsonl" in one_line(done.stderr)


@needs_mount
def test_regression_a_read_only_database_file_is_one_line(db: Path) -> None:
    ro = f"mount --bind -o ro '{db}' '{db}'"
    done = in_namespace(ro, "ingest", str(CORPUS), "--db", str(db), "-q", "-j", "0")
    assert done.returncode == 2 and "read-only" in done.stderr and "Traceback" not in done.stderr
    done = in_namespace(ro, "person", "Trần Văn Đông", "--db", str(db))
    assert done.returncode == 0, done.stderr


@needs_mount
def test_regression_a_full_disk_is_one_line_and_no_half_batch(tmp_path: Path) -> None:
    corpus = write_synthetic_corpus(tmp_path / "c.jsonl", 400)
    disk = tmp_path / "disk"
    disk.mkdir()
    copy = tmp_path / "kept.sqlite"
    setup = (f"mount -t tmpfs -o size=700k tmpfs '{disk}'")
    script = f"{setup} && {' '.join(CLI)} ingest '{corpus}' --db '{disk}/kb.sqlite' -q -j 0 --batch-size 20; " \
             f"echo rc=$?; cp '{disk}/kb.sqlite' '{copy}'; cp '{disk}/kb.sqlite-wal' '{copy}-wal' 2>/dev/null; true"
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=300,
                          check=False)
    assert "rc=2" in done.stdout, done.stdout + done.stderr
    assert "disk is full" in done.stderr and "Traceback" not in done.stderr
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY aid")]
    assert len(stored) % 20 == 0 and len(stored) < 400  # whole batches only
    assert stored == [f"synthetic/{i:05d}" for i in range(len(stored))]


def test_regression_a_locked_database_waits_then_is_one_line(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        done = subprocess.run([*CLI, "ingest", str(CORPUS), "--db", str(db), "-q", "-j", "0"], capture_output=True,
                              text=True, timeout=120, check=False, env={**_env(), "DIEMBAO_BUSY_TIMEOUT": "1"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 2 and "locked by another writer" in done.stderr and "Traceback" not in done.stderr


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


# --- export ---------------------------------------------------------------------------------------


def test_regression_export_never_writes_onto_the_knowledge_base(db: Path) -> None:
    size = db.stat().st_size
    for target in (db, db.parent / "." / db.name, Path(str(db) + "-wal")):
        code, _, err = invoke("export", "persons", "-o", str(target), "--db", str(db))
        assert code == 2 and "the knowledge base itself" in one_line(err)
    assert db.stat().st_size == size
    with KnowledgeBase(db) as kb:
        assert kb.counts()["articles"] == len(world())


@pytest.mark.parametrize("target", ["folder", "missing/out.jsonl"])
def test_regression_export_to_a_folder_or_a_missing_one_is_one_line(db: Path, target: str) -> None:
    (db.parent / "folder").mkdir()
    code, _, err = invoke("export", "persons", "-o", str(db.parent / target), "--db", str(db))
    assert code == 2 and target.split("/")[0] in one_line(err)


def test_a_failed_export_leaves_the_old_file(db: Path) -> None:
    out = db.parent / "persons.csv"
    out.write_text("old\n", encoding="utf-8")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET record = X'00'")
    code, _, err = invoke("export", "articles", "-f", "csv", "-o", str(out), "--db", str(db))
    assert code == 2 and one_line(err)
    assert out.read_text(encoding="utf-8") == "old\n" and not list(db.parent.glob(".persons.csv*"))


def test_regression_csv_cells_are_not_formulas(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    titles = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "Hội nghị"]
    with KnowledgeBase(path, create=True) as kb:
        kb.add_articles([article(f"a{i}", t) for i, t in enumerate(titles)])
    out = tmp_path / "a.csv"
    code, _, err = invoke("export", "articles", "-f", "csv", "-o", str(out), "--db", str(path))
    assert code == 0, err
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["title"] for r in rows] == ["'" + t for t in titles[:-1]] + ["Hội nghị"]
    assert all(not r["aid"].startswith("'") for r in rows)


def test_extract_to_a_folder_is_one_line(tmp_path: Path) -> None:
    code, _, err = invoke("extract", str(CORPUS), "--no-facts", "-o", str(tmp_path))
    assert code == 2 and "Is a directory" in one_line(err)
