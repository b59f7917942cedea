"""The researcher's questions of issue 10: who held title T in body B (on day D, before and
after), which documents of a type, issuer, place or period were cited; top bodies in `stats`.
Through the Python API and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diembao.cli import app
from diembao.kb import KnowledgeBase
from fixtures.kb.builders import article

runner = CliRunner()
SECRETARY = ("Bí thư", "Tỉnh ủy Hậu Giang")


def _secretary(id: str, name: str, published: str) -> object:
    return article(id, "Hậu Giang triển khai nhiệm vụ năm mới",
                   f"Ông {name}, Bí thư Tỉnh ủy Hậu Giang, chủ trì hội nghị triển khai nhiệm vụ.",
                   ["Hội nghị quán triệt Nghị quyết 22-NQ/TW về công tác cán bộ."],
                   published=published, persons=[(name, [SECRETARY])], places=["Hậu Giang"],
                   documents=[{"type": "Nghị quyết", "number": "22", "symbol": "22-NQ/TW",
                               "issuer": "Bộ Chính trị"}])


@pytest.fixture()
def history(tmp_path: Path) -> Path:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase(path, create=True) as kb:
        kb.add_articles([
            _secretary("a1", "Lê Văn Nhất", "2019-03-01T08:00:00+07:00"),
            _secretary("a2", "Lê Văn Nhất", "2020-05-01T08:00:00+07:00"),
            _secretary("b1", "Phan Văn Nhì", "2021-02-01T08:00:00+07:00"),
            _secretary("b2", "Phan Văn Nhì", "2022-08-01T08:00:00+07:00"),
            _secretary("c1", "Đặng Văn Ba", "2023-10-01T08:00:00+07:00"),
            article("l1", "Luật Đất đai", "Quốc hội thông qua Luật Đất đai.", published="2024-01-18T08:00:00+07:00",
                    places=["Hà Nội"], documents=[{"type": "Luật", "name": "Luật Đất đai", "issuer": "Quốc hội"}]),
        ])
    return path


@pytest.mark.parametrize(("on", "during", "before", "after"), [
    ("2021", ["Phan Văn Nhì"], "Lê Văn Nhất", "Đặng Văn Ba"),
    ("2019-06", ["Lê Văn Nhất"], None, "Phan Văn Nhì"),
    ("2023-10-01", ["Đặng Văn Ba"], "Phan Văn Nhì", None),
    # Between two spells: nobody attested then; the one before and the one after.
    ("2020-12", [], "Lê Văn Nhất", "Phan Văn Nhì"),
])
def test_holders_on_a_day(history: Path, on: str, during: list[str], before: str | None, after: str | None) -> None:
    with KnowledgeBase(history) as kb:
        found = kb.holders(*SECRETARY, on=on)
    assert found is not None
    assert [h.person for h in found.holders] == during
    assert (found.predecessor.person if found.predecessor else None) == before
    assert (found.successor.person if found.successor else None) == after


def test_holders_in_order_with_spells_and_evidence(history: Path) -> None:
    with KnowledgeBase(history) as kb:
        found = kb.holders("bí thư", "Tỉnh ủy Hậu Giang")
        assert kb.holders("Bí thư", "Tỉnh ủy Không Có") is None
    assert found is not None
    assert [(h.person, h.office.first_seen, h.office.last_seen) for h in found.holders] == [
        ("Lê Văn Nhất", "2019-03-01", "2020-05-01"), ("Phan Văn Nhì", "2021-02-01", "2022-08-01"),
        ("Đặng Văn Ba", "2023-10-01", "2023-10-01")]
    assert [e.article_id for e in found.holders[0].office.evidence] == ["a1", "a2"]


@pytest.mark.parametrize(("filters", "labels"), [
    ({}, ["22-NQ/TW", "Luật Đất đai"]),
    ({"type": "Luật"}, ["Luật Đất đai"]),
    ({"issuer": "Bộ Chính trị"}, ["22-NQ/TW"]),
    ({"place": "Hậu Giang"}, ["22-NQ/TW"]),
    ({"since": "2024"}, ["Luật Đất đai"]),
    ({"until": "2019"}, ["22-NQ/TW"]),
])
def test_documents(history: Path, filters: dict[str, str], labels: list[str]) -> None:
    with KnowledgeBase(history) as kb:
        assert [d.label for d in kb.documents(**filters)] == labels


def test_documents_count_their_citations(history: Path) -> None:
    with KnowledgeBase(history) as kb:
        [doc] = kb.documents(type="Nghị quyết")
    assert (doc.n_citations, doc.first_cited, doc.last_cited) == (5, "2019-03-01", "2023-10-01")


def test_stats_top_bodies(history: Path) -> None:
    with KnowledgeBase(history) as kb:
        stats = kb.stats(limit=1)
    assert [(c.name, c.count) for c in stats.bodies] == [("Tỉnh ủy Hậu Giang", 5)]
    assert len(stats.persons) == 1


def test_cli(history: Path) -> None:
    db = str(history)
    result = runner.invoke(app, ["holders", *SECRETARY, "--on", "2021", "--db", db])
    assert result.exit_code == 0, result.stderr
    assert "Phan Văn Nhì" in result.stdout and "before: Lê Văn Nhất" in result.stdout
    assert "after: Đặng Văn Ba" in result.stdout
    result = runner.invoke(app, ["holders", *SECRETARY, "--json", "--db", db])
    assert [h["person"] for h in json.loads(result.stdout)["holders"]] == ["Lê Văn Nhất", "Phan Văn Nhì", "Đặng Văn Ba"]
    result = runner.invoke(app, ["documents", "--type", "Luật", "--db", db])
    assert result.exit_code == 0 and "Luật Đất đai" in result.stdout
    result = runner.invoke(app, ["stats", "--limit", "2", "--db", db])
    assert "Most attested bodies" in result.stdout and "Tỉnh ủy Hậu Giang" in result.stdout
    result = runner.invoke(app, ["holders", "Bí thư", "Tỉnh ủy Không Có", "--db", db])
    assert result.exit_code == 1 and "no body matches" in result.stderr
    result = runner.invoke(app, ["documents", "--since", "hôm qua", "--db", db])
    assert result.exit_code == 2 and "not a date" in result.stderr
