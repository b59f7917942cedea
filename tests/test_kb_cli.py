"""The knowledge-base commands: ingest → search → person → document → events → stats → export,
their --json output, and clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diembao.cli import app
from diembao.kb import KnowledgeBase
from diembao.kb.export import FORMATS
from fixtures.kb.builders import CORPUS, world

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "kb.sqlite"
    code, _, err = invoke("ingest", str(CORPUS), "--db", str(path), "--workers", "0")
    assert code == 1, err  # three inputs are not articles
    assert "5 added" in err and "3 failed" in err
    with KnowledgeBase(path) as kb:
        kb.add_articles(world())
    return str(path)


def test_ingest_prints_what_it_found(tmp_path: Path) -> None:
    code, out, err = invoke("ingest", str(CORPUS), "--db", str(tmp_path / "x.sqlite"), "--workers", "0")
    assert code == 1  # the others are stored; three inputs are not articles
    assert "5 articles" in out
    assert "A person" in out and "A document" in out
    assert "extra.jsonl:3: not valid JSON" in err


def test_search(db: str) -> None:
    code, out, _ = invoke("search", "tran van dong", "--db", db, "--place", "Long An")
    assert code == 0
    assert "1 articles match" in out and "Trần Văn Đông" in out


def test_search_json(db: str) -> None:
    code, out, _ = invoke("search", "Trần Văn Đông", "--db", db, "--json", "--limit", "2")
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 4 and len(data["hits"]) == 2
    hit = data["hits"][0]
    snippet = hit["snippet"]
    assert [snippet["text"][s:e] for s, e in snippet["highlights"]]


@pytest.mark.parametrize("query", ['"unclosed', "OR", "NOT only", "!!!"])
def test_malformed_query_is_a_message(db: str, query: str) -> None:
    code, out, err = invoke("search", "--db", db, "--", query)
    assert code == 2
    assert err.startswith("diembao: bad query:")
    assert "Traceback" not in out + err


def test_person(db: str) -> None:
    code, out, _ = invoke("person", "Trần Văn Đông", "--db", db)
    assert code == 0
    assert "Phó Bí thư Thường trực" in out and "HĐND tỉnh Tiền Giang" in out
    assert "Hội nghị tổng kết Nghị quyết 22-NQ/TW" in out
    assert "Long An" in out  # the namesake is shown apart


def test_person_json(db: str) -> None:
    code, out, _ = invoke("person", "tran van dong", "--db", db, "--json")
    people = json.loads(out)
    assert code == 0 and len(people) == 2
    assert {p["scope"] for p in people} == {"Tiền Giang", "Long An"}


def test_unknown_person(db: str) -> None:
    code, _, err = invoke("person", "Không Có Ai", "--db", db)
    assert code == 1 and "no person matches" in err


def test_org(db: str) -> None:
    code, out, _ = invoke("org", "Tỉnh ủy Tiền Giang", "--db", db, "--json")
    assert code == 0
    [org] = json.loads(out)
    assert "Ban Thường vụ Tỉnh ủy Tiền Giang" in org["children"]


def test_document(db: str) -> None:
    code, out, _ = invoke("document", "22-NQ/TW", "--db", db)
    assert code == 0
    assert "2021-11-10" in out and "Tiền Giang" in out and "Long An" in out


def test_events(db: str) -> None:
    code, out, _ = invoke("events", "--db", db, "--type", "Hội nghị", "--since", "2021-11", "--until", "2021-11",
                          "--json")
    assert code == 0
    assert [e["name"] for e in json.loads(out)] == ["Hội nghị tổng kết Nghị quyết 22-NQ/TW"]


def test_stats(db: str) -> None:
    code, out, _ = invoke("stats", "--db", db, "--json")
    data = json.loads(out)
    counts = {c["name"]: c["count"] for c in data["tables"]}
    assert code == 0 and counts["articles"] == 11 and counts["errors"] == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_export(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"citations.{fmt}"
    code, _, err = invoke("export", "citations", "--format", fmt, "-o", str(out), "--db", db)
    assert code == 0, err
    assert out.stat().st_size > 0 and "rows to" in err


def test_export_to_stdout(db: str) -> None:
    code, out, _ = invoke("export", "documents", "--db", db)
    assert code == 0
    assert any(json.loads(line)["symbol"] == "22-NQ/TW" for line in out.splitlines())


@pytest.mark.parametrize(("args", "message"), [
    (["export", "nothing"], "no table 'nothing'"),
    (["export", "persons", "--format", "xml"], "no format 'xml'"),
    (["export", "persons", "--format", "parquet"], "give a file with -o"),
])
def test_export_errors(db: str, args: list[str], message: str) -> None:
    code, _, err = invoke(*args, "--db", db)
    assert code == 2 and message in err


def test_a_missing_database_is_a_message(tmp_path: Path) -> None:
    code, _, err = invoke("stats", "--db", str(tmp_path / "none.sqlite"))
    assert code == 1 and "no knowledge base at" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_reindex(db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    with KnowledgeBase(db) as kb:
        kb.store.execute(f"VACUUM INTO '{copy}'")
    code, _, err = invoke("reindex", "--db", str(copy), "--workers", "0")
    assert code == 0, err
    assert "11 replaced" in err
