"""Scale-out on a real Dask LocalCluster (2 worker processes, one for the module): the Parquet
dataset holds what the single-process `extract` gives, a job killed with SIGKILL and rerun gives
the same dataset once, `ingest DIR` builds the knowledge base the raw inputs build, and `query`
answers from DuckDB."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.kb import IngestOptions, KnowledgeBase
from diembao.kb.export import EXPORTS
from diembao.readers import RawInput, ReadFailure
from diembao.record import Article
from diembao.scale import DatasetError
from diembao.scale.facts import fact_rows
from diembao.scale.partitions import Layout, partition_name, partitions
from diembao.scale.query import SqlError, query
from diembao.scale.run import ScaleOptions, run_job
from diembao.scale.schema import FACT_TABLES, TABLES, year_of
from fixtures.kb.builders import CORPUS, synthetic_record

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CLI = [sys.executable, "-m", "diembao"]
N_SYNTHETIC = 300


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as local:
        yield local.scheduler_address


def write_shards(folder: Path, n: int, shards: int = 3) -> Path:
    """A directory of .jsonl.gz shards of invented articles, some undated, one line broken."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    records = [synthetic_record(i, rng) for i in range(n)]
    for i in range(0, n, 17):
        records[i]["published"] = None
    for k in range(shards):
        lines = [json.dumps(r, ensure_ascii=False) for r in records[k::shards]]
        if k == 1:
            lines.insert(3, '{"id": "broken", "title": ')
        with gzip.open(folder / f"shard-{k}.jsonl.gz", "wt", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
    return folder


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    base = tmp_path_factory.mktemp("inputs")
    corpus = shutil.copytree(CORPUS, base / "corpus")
    return [str(EXAMPLES), str(corpus), str(write_shards(base / "shards", N_SYNTHETIC))]


@pytest.fixture(scope="module")
def dataset(cluster: str, inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ds") / "dataset"
    report = run_job(inputs, root, ScaleOptions(scheduler=cluster, partition_size=40))
    assert report.failed == 0 and report.skipped == 0
    return root


def table_rows(root: Path, table: str) -> list[dict[str, Any]]:
    """Every row of a table with its `year` (from the directory), finished partitions only."""
    rows = []
    for path in Layout(root).files(table):
        year = path.parent.name.removeprefix("year=")
        rows.extend({**r, "year": year} for r in pq.ParquetFile(path).read().to_pylist())
    return rows


def checksum(root: Path) -> tuple[dict[str, int], str]:
    counts, digest = {}, hashlib.sha256()
    for table in TABLES:
        rows = sorted(json.dumps(r, sort_keys=True, default=repr, ensure_ascii=False) for r in table_rows(root, table))
        counts[table] = len(rows)
        digest.update(f"\0{table}\0".encode() + "\n".join(rows).encode())
    return counts, digest.hexdigest()


def plain_extract(inputs: list[str], out: Path) -> list[str]:
    subprocess.run([*CLI, "extract", *inputs, "-o", str(out)], capture_output=True, text=True, timeout=600)
    return out.read_text(encoding="utf-8").splitlines()


# --- the dataset is the single-process extract ---------------------------------------------------


def test_dataset_rows_equal_the_single_process_extract(dataset: Path, inputs: list[str], tmp_path: Path) -> None:
    records = plain_extract(inputs, tmp_path / "plain.jsonl")
    articles = sorted(table_rows(dataset, "articles"), key=lambda r: r["seq"])
    assert [a["record"] for a in articles] == records  # same records, same order, byte for byte
    assert len(records) > N_SYNTHETIC
    expected: dict[str, list[str]] = {t: [] for t in FACT_TABLES}
    for line in records:
        article = Article.from_json(line)
        for table, rows in fact_rows(article).items():
            expected[table].extend(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)
    texts = {a["article_id"]: Article.from_json(a["record"]).text for a in articles}
    for table in FACT_TABLES:
        got = table_rows(dataset, table)
        years = {a["article_id"]: a["year"] for a in articles}
        assert all(r["year"] == years[r["article_id"]] for r in got)
        assert sorted(json.dumps({k: v for k, v in r.items() if k != "year"}, sort_keys=True, ensure_ascii=False)
                      for r in got) == sorted(expected[table]), table
    mentions = table_rows(dataset, "mentions")
    assert mentions and all(texts[m["article_id"]][m["start"]:m["end"]] == m["text"] for m in mentions)
    assert {r["year"] for r in articles} >= {"2021", "2022", "2023", "2024", "undated"}
    assert all(r["year"] == year_of(r["day"]) for r in articles)


def test_bad_inputs_go_to_errors_and_the_job_goes_on(dataset: Path) -> None:
    errors = table_rows(dataset, "errors")
    assert sorted((Path(e["origin"].split(":")[0]).name, e["stage"]) for e in errors) == [
        ("2023-07-01_hong.txt", "parse"), ("extra.jsonl", "parse"), ("extra.jsonl", "parse"),
        ("shard-1.jsonl.gz", "parse")]
    assert {e["year"] for e in errors} == {"undated"}
    counts = Counter(r["seq"] for r in table_rows(dataset, "articles") + errors)
    assert max(counts.values()) == 1 and sorted(counts) == list(range(len(counts)))  # every input once


# --- ingest DIR ------------------------------------------------------------------------------------


def test_ingest_of_the_dataset_is_the_ingest_of_the_raw_inputs(dataset: Path, inputs: list[str],
                                                               tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "raw.sqlite", create=True) as raw, \
            KnowledgeBase(tmp_path / "parquet.sqlite", create=True) as parquet:
        raw_report = raw.ingest(inputs, IngestOptions(workers=0))
        parquet_report = parquet.ingest([str(dataset)], IngestOptions(workers=0))
        assert (parquet_report.added, parquet_report.failed) == (raw_report.added, raw_report.failed)
        assert {**parquet.stats().to_dict(), "path": ""} == {**raw.stats().to_dict(), "path": ""}
        assert parquet.counts() == raw.counts() and parquet.checksum() == raw.checksum()
        for table in EXPORTS:
            a, b = tmp_path / f"{table}.raw.jsonl", tmp_path / f"{table}.parquet.jsonl"
            raw.export(table, "jsonl", a)
            parquet.export(table, "jsonl", b)
            assert a.read_bytes() == b.read_bytes(), table
        again = parquet.ingest([str(dataset)], IngestOptions(workers=0))
        assert again.added == 0 and again.unchanged == raw_report.added


# --- query -----------------------------------------------------------------------------------------


def test_query_answers_from_duckdb(dataset: Path) -> None:
    counts, _ = checksum(dataset)
    for table in TABLES:
        assert query(dataset, f"SELECT count(*) FROM {table}")[1] == [(counts[table],)]
    columns, rows = query(dataset, "SELECT year, count(*) AS n FROM articles GROUP BY year ORDER BY year")
    assert columns == ["year", "n"] and rows[-1][0] == "undated"
    _, chairs = query(dataset, "SELECT count(*) FROM events WHERE len(chairs) > 0")
    assert chairs[0][0] > 0
    with pytest.raises(SqlError):
        query(dataset, "SELEC 1")


@pytest.mark.parametrize(("args", "needle"), [
    (["SELEC year FROM articles"], "bad query: Parser Error"),
    (["SELECT * FROM nowhere"], "bad query: Catalog Error"),
    (["SELECT 1", "--format", "xml"], "unknown format"),
])
def test_bad_sql_is_one_line_and_exit_2(dataset: Path, args: list[str], needle: str) -> None:
    result = subprocess.run([*CLI, "query", *args, "--parquet", str(dataset)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and needle in result.stderr
    assert "Traceback" not in result.stderr


def test_query_cli_formats(dataset: Path) -> None:
    sql = "SELECT year, count(*) AS n FROM articles GROUP BY year ORDER BY year"
    out = {fmt: subprocess.run([*CLI, "query", sql, "--parquet", str(dataset), "--format", fmt], capture_output=True,
                               text=True, timeout=120, check=True).stdout for fmt in ("csv", "json", "table")}
    rows = json.loads(out["json"])
    assert out["csv"].splitlines()[0] == "year,n" and len(out["csv"].splitlines()) == len(rows) + 1
    assert rows[-1]["year"] == "undated" and "undated" in out["table"]


def test_a_directory_that_is_no_dataset(tmp_path: Path) -> None:
    result = subprocess.run([*CLI, "query", "SELECT 1", "--parquet", str(tmp_path)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2 and "not a diembao dataset" in result.stderr


# --- exactly once ------------------------------------------------------------------------------------


def test_partitions_are_bounded_and_named_by_their_inputs() -> None:
    items = [RawInput(f"c.jsonl:{i}", "jsonl", f'{{"id": "{i}"}}', "c.jsonl") for i in range(1, 24)]
    parts = list(partitions(items, 5))
    assert [len(p.items) for p in parts] == [5, 5, 5, 5, 3] and [p.first for p in parts] == [0, 5, 10, 15, 20]
    assert [p.name for p in partitions(items, 5)] == [p.name for p in parts]
    changed = [*items[:7], RawInput("c.jsonl:8", "jsonl", '{"id": "8", "title": "x"}', "c.jsonl"), *items[8:]]
    names = [p.name for p in partitions(changed, 5)]
    assert names[1] != parts[1].name and names[0] == parts[0].name and names[2:] == [p.name for p in parts[2:]]
    assert partition_name(0, [ReadFailure("a", "x")]) != partition_name(0, [ReadFailure("a", "y")])


def test_a_rerun_skips_finished_partitions_and_removes_leftovers(cluster: str, dataset: Path,
                                                                 inputs: list[str], tmp_path: Path) -> None:
    copy = Path(shutil.copytree(dataset, tmp_path / "copy"))
    expected = checksum(dataset)
    layout = Layout(copy)
    markers = sorted((copy / "_done").glob("*.json"))
    lost = json.loads(markers[0].read_text(encoding="utf-8"))
    markers[0].unlink()  # killed between its renames and its marker
    (copy / "articles" / "year=2022" / ".part-x.parquet.0.tmp").write_bytes(b"half")
    report = run_job(inputs, copy, ScaleOptions(scheduler=cluster, partition_size=40))
    assert (report.partitions - report.skipped, report.failed) == (1, 0)
    assert report.removed == len(lost["files"]) + 1
    assert checksum(copy) == expected
    assert not list(copy.rglob("*.tmp")) and set(layout.markers()) == {m.stem for m in markers}


def test_another_partition_size_is_refused(cluster: str, dataset: Path, inputs: list[str]) -> None:
    with pytest.raises(DatasetError, match="--partition-size 40"):
        run_job(inputs, dataset, ScaleOptions(scheduler=cluster, partition_size=41))


def test_a_job_killed_with_sigkill_and_rerun_gives_the_same_dataset(cluster: str, tmp_path: Path) -> None:
    corpus = write_shards(tmp_path / "shards", 200, shards=2)
    straight, killed = tmp_path / "straight", tmp_path / "killed"
    run_job([str(corpus)], straight, ScaleOptions(scheduler=cluster, partition_size=10))
    args = ["extract", str(corpus), "--parquet", str(killed), "--workers", "2", "--partition-size", "10"]
    victim = subprocess.Popen([*CLI, *args], start_new_session=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while victim.poll() is None and time.monotonic() < deadline and \
                len(list((killed / "_done").glob("*.json"))) < 3:
            time.sleep(0.05)
        assert victim.poll() is None, "the job ended before it could be killed"
        os.killpg(victim.pid, signal.SIGKILL)  # the driver and its cluster: its own process group
    finally:
        victim.wait(timeout=60)
    assert victim.returncode == -signal.SIGKILL
    done = len(list((killed / "_done").glob("*.json")))
    assert 0 < done < 21

    rerun = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 1, rerun.stderr  # the broken line: reported again, or counted from its marker
    assert f"({done:,} done before)" in rerun.stderr
    assert checksum(killed) == checksum(straight)
    articles = table_rows(killed, "articles")
    assert len(articles) == len({a["seq"] for a in articles}) == len({a["article_id"] for a in articles}) == 200
    for table in ("persons", "positions", "organizations", "locations", "documents", "events"):
        keys = [(r["article_id"], r["ordinal"]) for r in table_rows(killed, table)]
        assert len(keys) == len(set(keys)), table


def test_a_lone_surrogate_is_replaced_in_the_record_and_read_back(tmp_path: Path) -> None:
    """Regression: a JSON line may escape a lone surrogate, which has no UTF-8 form; the reader
    replaces it with U+FFFD (issue 14), the partition is written, and `ingest DIR` reads the same
    article back."""
    from diembao.kb.prepare import Extracted
    from diembao.scale.dataset import dataset_inputs
    from diembao.scale.run import extract_partition

    line = json.dumps({"id": "s1", "title": "Tỉnh ủy họp \ud800", "body": "Sáng 2-3, Tỉnh ủy họp."})
    items = (RawInput("s.jsonl:1", "jsonl", line, "s.jsonl"),)
    layout = Layout(tmp_path / "ds")
    layout.create(1)
    summary = extract_partition(str(layout.root), partition_name(0, items), 0, items, facts=False)
    assert summary["rows"]["articles"] == 1 and not summary["errors"]
    (item,) = dataset_inputs(str(layout.root))
    assert isinstance(item, Extracted) and item.item == items[0]
    assert Article.from_json(item.record).title == "Tỉnh ủy họp \ufffd"


@pytest.mark.parametrize(("args", "needle"), [
    (["--workers", "2"], "go with --parquet DIR"),
    (["--parquet", "{tmp}/ds", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "give one"),
    (["--parquet", "{tmp}/not-a-dataset"], "not a diembao dataset"),
    (["--parquet", "{tmp}/ds", "-o", "{tmp}/x.jsonl"], "-o/--output and --pretty are for JSONL"),
])
def test_extract_parquet_options_are_checked(tmp_path: Path, args: list[str], needle: str) -> None:
    (tmp_path / "not-a-dataset").mkdir()
    (tmp_path / "not-a-dataset" / "notes.txt").write_text("mine", encoding="utf-8")
    result = subprocess.run([*CLI, "extract", str(EXAMPLES), *(a.format(tmp=tmp_path) for a in args)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and needle in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "not-a-dataset" / "notes.txt").exists()


# Any printable text, and lone surrogates (a JSON input may escape one).
_TEXT = st.text(st.one_of(st.characters(blacklist_categories=("Cc",)), st.characters(whitelist_categories=("Cs",))),
                max_size=40)


@settings(max_examples=60, deadline=None)
@given(id=_TEXT.filter(str.strip), title=_TEXT, body=st.lists(_TEXT, max_size=3), raw=_TEXT,
       published=st.one_of(st.none(), st.dates().map(str)), error=st.one_of(st.none(), _TEXT))
def test_an_articles_row_reads_back_as_what_was_extracted(id: str, title: str, body: list[str], raw: str,
                                                           published: str | None, error: str | None) -> None:
    """Round trip: an extraction -> its `articles` row -> Arrow -> the ingest's item, whatever
    the text (lone surrogates included)."""
    from diembao.kb.prepare import Extracted, local_day
    from diembao.scale.facts import Extraction, item_of, rows_of, to_table

    article = Article(id=id, title=title, body=tuple(body), published=published)
    item = RawInput("c.jsonl:1", "jsonl", raw, "c.jsonl")
    year, rows = rows_of(7, Extraction(item, "h", article, local_day(published), error))
    assert year == year_of(local_day(published))
    (row,) = to_table("articles", rows["articles"]).to_pylist()
    back = item_of(row)
    assert isinstance(back, Extracted) and back.item == item and back.extract_error == error
    assert Article.from_json(back.record) == article
    assert row["seq"] == 7 and [e["stage"] for e in rows.get("errors", [])] == (["extract"] if error else [])


def test_a_complete_run_leaves_the_extraction_of_exactly_its_inputs(cluster: str, tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(EXAMPLES, tmp_path / "examples"))
    root, fresh = tmp_path / "ds", tmp_path / "fresh"
    options = ScaleOptions(scheduler=cluster, partition_size=2)
    run_job([str(corpus)], root, options)
    changed = sorted(corpus.glob("*.txt"))[-1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nBài và ảnh: THANH HÀ\n", encoding="utf-8")
    report = run_job([str(corpus)], root, options)
    assert (report.partitions, report.skipped, report.removed) == (2, 1, 1)
    run_job([str(corpus)], fresh, options)
    assert checksum(root) == checksum(fresh)
