"""Ingest end to end, on real files: idempotence, changed articles, bad inputs, the process pool,
reindex, export round trips, a reader during an ingest, and an ingest killed with SIGKILL."""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from diembao.kb import IngestOptions, KnowledgeBase
from diembao.kb.analysis import IndexedText
from diembao.kb.export import EXPORTS, FORMATS
from diembao.kb.prepare import Prepared, prepare
from diembao.kb.writer import Outcome, Writer
from diembao.readers import RawInput
from diembao.record import Article
from fixtures.kb.builders import CORPUS, synthetic_record, write_synthetic_corpus

CLI = [sys.executable, "-m", "diembao"]
N_GOOD, N_BAD = 5, 3  # the fixture corpus: five articles, three inputs that are not articles


def run_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"diembao {' '.join(args)} failed:\n{result.stderr}")
    return result


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


def ingest(kb: KnowledgeBase, *paths: Path, workers: int = 0, **options: object):  # type: ignore[no-untyped-def]
    return kb.ingest([str(p) for p in paths], IngestOptions(workers=workers, **options))  # type: ignore[arg-type]


# --- idempotence, changes, failures -------------------------------------------------------------


def test_ingest_stores_articles_and_reports_bad_inputs(kb: KnowledgeBase, corpus: Path) -> None:
    lines: list[str] = []
    report = kb.ingest([str(corpus)], IngestOptions(workers=0), lambda w: w.message and lines.append(w.message))
    assert (report.added, report.failed) == (N_GOOD, N_BAD)
    assert kb.counts()["articles"] == N_GOOD
    errors = kb.store.all("SELECT origin, article_id, stage FROM errors ORDER BY eid")
    assert [(Path(o.rsplit(":", 1)[0] if o.endswith((":2", ":3")) else o).name, i, s) for o, i, s in errors] == [
        ("2023-07-01_hong.txt", "2023-07-01_hong", "parse"),
        ("extra.jsonl", "fixture/jsonl-2", "parse"),
        ("extra.jsonl", None, "parse"),
    ]
    assert any("extra.jsonl:2 [fixture/jsonl-2]" in line for line in lines)
    assert any("2023-07-01_hong.txt" in line for line in lines)
    assert kb.counts()["persons"] > 0
    assert kb.search("tiền giang").hits


def test_ingesting_again_adds_nothing(kb: KnowledgeBase, corpus: Path) -> None:
    ingest(kb, corpus)
    counts, checksum = kb.counts(), kb.checksum()
    report = ingest(kb, corpus)
    assert (report.added, report.replaced, report.unchanged, report.failed) == (0, 0, N_GOOD, N_BAD)
    assert kb.counts() == counts
    assert kb.checksum() == checksum


def test_a_changed_file_replaces_its_article(kb: KnowledgeBase, corpus: Path) -> None:
    ingest(kb, corpus)
    before = kb.counts()["articles"]
    path = corpus / "2023-06-30_hn_hoi-thao.txt"
    text = path.read_text(encoding="utf-8").replace(
        "THU TRANG", "Hội thảo thống nhất kiến nghị xây dựng kho dữ liệu dùng chung.\n\nTHU TRANG")
    path.write_text(text, encoding="utf-8")
    report = ingest(kb, corpus)
    assert (report.added, report.replaced, report.unchanged) == (0, 1, N_GOOD - 1)
    assert kb.counts()["articles"] == before
    assert [h.article.id for h in kb.search("kho dữ liệu dùng chung").hits] == ["2023-06-30_hn_hoi-thao"]


def test_a_corpus_with_two_versions_of_an_article(kb: KnowledgeBase, tmp_path: Path) -> None:
    corpus = tmp_path / "twice.jsonl"
    first = synthetic_record(0, random.Random(1))
    later = {**first, "sapo": first["sapo"] + " Hội nghị kéo dài đến chiều."}
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (first, later)) + "\n", encoding="utf-8")
    report = ingest(kb, corpus)
    assert (report.added, report.replaced) == (1, 1)
    counts, checksum = kb.counts(), kb.checksum()
    again = ingest(kb, Path(os.path.relpath(corpus)))  # the same file, written another way
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)
    assert kb.checksum() == checksum and kb.counts() == counts
    assert kb.search("kéo dài đến chiều").hits


def test_the_pool_writes_what_one_process_writes(tmp_path: Path, corpus: Path) -> None:
    synthetic = write_synthetic_corpus(tmp_path / "synthetic.jsonl", 150)
    with KnowledgeBase(tmp_path / "one.sqlite", create=True) as one, \
            KnowledgeBase(tmp_path / "pool.sqlite", create=True) as pool:
        ingest(one, corpus, synthetic, workers=0)
        ingest(pool, corpus, synthetic, workers=2, chunk_size=7, batch_size=13)
        assert pool.counts() == one.counts()
        assert pool.checksum() == one.checksum()


def test_reindex_rebuilds_the_same_knowledge(kb: KnowledgeBase, corpus: Path) -> None:
    ingest(kb, corpus, facts=False)
    assert kb.counts()["persons"] == 0
    assert kb.search("Lê Quang Thạnh").hits  # searchable before any fact is extracted
    report = kb.reindex(IngestOptions(workers=0))
    assert report.replaced == N_GOOD
    rebuilt = kb.checksum()
    with KnowledgeBase(kb.path.with_name("fresh.sqlite"), create=True) as fresh:
        ingest(fresh, corpus)
        assert fresh.counts() == kb.counts()
        assert fresh.checksum() == rebuilt


def test_records_round_trip_through_export(tmp_path: Path, kb: KnowledgeBase, corpus: Path) -> None:
    ingest(kb, corpus)
    exported = tmp_path / "articles.jsonl"
    kb.export("articles", "jsonl", exported)
    records = tmp_path / "records.jsonl"
    with exported.open(encoding="utf-8") as rows, records.open("w", encoding="utf-8") as out:
        for line in rows:
            out.write(json.dumps(json.loads(line)["record"], ensure_ascii=False) + "\n")
    with KnowledgeBase(tmp_path / "again.sqlite", create=True) as again:
        report = again.ingest([str(records)], IngestOptions(workers=0, records=True))
        assert report.added == N_GOOD
        for table in ("persons", "offices", "documents", "citations", "events", "organizations", "mentions"):
            assert again.counts()[table] == kb.counts()[table], table
        assert [p.to_dict()["offices"] for p in again.person("le quang thanh")] == \
            [p.to_dict()["offices"] for p in kb.person("le quang thanh")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_table_exports(tmp_path: Path, kb: KnowledgeBase, corpus: Path, fmt: str) -> None:
    ingest(kb, corpus)
    for table, spec in EXPORTS.items():
        out = tmp_path / f"{table}.{fmt}"
        n = kb.export(table, fmt, out)
        rows = _read(out, fmt)
        assert len(rows) == n, table
        assert all(list(row) == [c for c, _ in spec.columns] for row in rows), table
    persons = _read(tmp_path / f"persons.{fmt}", fmt)
    assert {r["name"] for r in persons} == {name for (name,) in kb.store.all("SELECT name FROM persons")}
    facts = _read(tmp_path / f"office_facts.{fmt}", fmt)
    assert facts and all(r["article_id"] and r["text"] for r in facts)


def _read(path: Path, fmt: str) -> list[dict]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def test_article_records_export_whole(tmp_path: Path, kb: KnowledgeBase, corpus: Path) -> None:
    ingest(kb, corpus)
    kb.export("articles", "jsonl", tmp_path / "a.jsonl")
    for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        record = Article.from_dict(row["record"])
        assert record.id == row["id"]
        for person in record.persons:
            for mention in person.mentions:
                assert record.text[mention.start:mention.end] == mention.text


# --- concurrency and kills ----------------------------------------------------------------------


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_a_reader_works_during_an_ingest(tmp_path: Path) -> None:
    corpus = write_synthetic_corpus(tmp_path / "c.jsonl", 600)
    db = tmp_path / "kb.sqlite"
    writer = subprocess.Popen([*CLI, "ingest", str(corpus), "--db", str(db), "--quiet", "--batch-size", "20"],
                              stderr=subprocess.PIPE, text=True)
    try:
        while _count(db) == 0 and writer.poll() is None:
            time.sleep(0.05)
        reads, seen = 0, set()
        with KnowledgeBase(db) as kb:
            while writer.poll() is None:
                seen.add(kb.counts()["articles"])
                kb.search("hội nghị tiền giang", limit=5, count=True, since="2021")
                kb.search("nguyen van binh", person="Nguyễn Văn Bình")
                kb.person("Nguyễn Văn Bình")
                kb.document("21-NQ/TW")
                kb.events(place="Tiền Giang")
                kb.stats()
                reads += 1
            final = kb.counts()["articles"]
    finally:
        if writer.poll() is None:
            writer.kill()
        _, stderr = writer.communicate(timeout=600)
    assert writer.returncode == 0, stderr
    assert reads > 0
    assert len(seen) > 1  # the reader saw the ingest progress, batch by batch
    assert final == 600


@pytest.fixture(scope="module")
def straight(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A corpus and the database an uninterrupted ingest of it writes."""
    folder = tmp_path_factory.mktemp("straight")
    corpus = write_synthetic_corpus(folder / "c.jsonl", 1200)
    run_cli("ingest", str(corpus), "--db", str(folder / "straight.sqlite"), "--quiet")
    return corpus, folder / "straight.sqlite"


def _kill_when(args: list[str], db: Path, stored: int) -> None:
    """Run `diembao ARGS` and SIGKILL it (and its workers) once `stored` articles are committed."""
    victim = subprocess.Popen([*CLI, *args], start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        while _count(db) < stored and victim.poll() is None:
            time.sleep(0.02)
        assert victim.poll() is None, "the ingest ended before it could be killed"
        os.killpg(victim.pid, signal.SIGKILL)  # the writer and its workers: its own process group
    finally:
        victim.wait(timeout=60)
    assert victim.returncode == -signal.SIGKILL


# Moments: before the first commit, early, late, and a kill of the rerun itself.
@pytest.mark.parametrize("moments", [[0], [100], [700], [50, 400]])
def test_an_ingest_killed_with_sigkill_finishes_on_rerun(tmp_path: Path, straight: tuple[Path, Path],
                                                         moments: list[int]) -> None:
    corpus, expected_db = straight
    killed = tmp_path / "killed.sqlite"
    args = ["ingest", str(corpus), "--db", str(killed), "--quiet", "--batch-size", "25"]
    for stored in moments:
        _kill_when(args, killed, stored)
        if not killed.exists():
            continue
        with sqlite3.connect(killed) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY aid")]
        assert len(ids) < 1200
        assert ids == [f"synthetic/{i:05d}" for i in range(len(ids))]  # a prefix of the input

    run_cli(*args)
    with KnowledgeBase(killed) as resumed, KnowledgeBase(expected_db) as expected:
        assert resumed.counts() == expected.counts()
        assert resumed.checksum() == expected.checksum()


# --- the writer's index writes ------------------------------------------------------------------


def _prepared(n: int, text_of: Callable[[IndexedText], IndexedText] | None = None) -> Prepared:
    record = json.dumps(synthetic_record(n, random.Random(n)), ensure_ascii=False)
    result = prepare(RawInput(f"w.jsonl:{n + 1}", "jsonl", record, "w.jsonl"))
    assert isinstance(result, Prepared)
    return replace(result, text=text_of(result.text)) if text_of else result


def _segments(kb: KnowledgeBase) -> int:
    return int(kb.store.value("SELECT count(DISTINCT segid) FROM articles_fts_idx"))


def test_regression_one_index_segment_per_batch_not_per_article(kb: KnowledgeBase) -> None:
    # FTS5 writes a segment at every SAVEPOINT: written in the article's savepoint, 40 articles
    # made dozens of segments (and their merging took half the writer's time).
    writer = Writer(kb.store)
    with kb.store.transaction():
        for n in range(40):
            assert writer.write(_prepared(n)).outcome is Outcome.ADDED
        writer.flush()
    assert _segments(kb) == 1
    assert len(kb.search("hội nghị", limit=100).hits) == 40


def test_regression_an_article_the_index_refuses_is_undone_with_its_queued_words(kb: KnowledgeBase) -> None:
    def surrogate(text: IndexedText) -> IndexedText:
        return IndexedText(text.exact, (text.loose[0] + "\ud800", *text.loose[1:]))  # type: ignore[arg-type]

    writer = Writer(kb.store)
    with kb.store.transaction():
        outcomes = [writer.write(_prepared(n, surrogate if n == 1 else None)) for n in range(3)]
        writer.flush()
    assert [o.outcome for o in outcomes] == [Outcome.ADDED, Outcome.FAILED, Outcome.ADDED]
    assert "cannot be stored (UnicodeEncodeError" in (outcomes[1].message or "")
    assert kb.counts()["articles"] == 2
    indexed = {r[0] for r in kb.store.all("SELECT rowid FROM articles_fts")}
    assert indexed == {r[0] for r in kb.store.all("SELECT aid FROM articles")}
