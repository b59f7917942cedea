"""The canonical example: a knowledge base holding the seed article shows Võ Văn Bình's two offices
with their bodies and the 2021-11-10 conference he chaired, and the seed's citation of 22-NQ/TW
with its date and place. Reads ../shared (skipped when it is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEED
from diembao.cli import app
from diembao.kb import KnowledgeBase
from diembao.readers import read_articles
from diembao.record import Document, Event, Mention, Person, Position

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} is not here (../shared is absent)")

OFFICES = [("Phó Bí thư Thường trực", "Tỉnh ủy Tiền Giang"), ("Chủ tịch", "HĐND tỉnh Tiền Giang")]


def check_person(people: list[dict]) -> None:
    [person] = people
    assert [(o["title"], o["org"], o["first_seen"]) for o in person["offices"]] == [
        (title, org, "2021-11-10") for title, org in OFFICES]
    assert [(e["date"], e["type"], e["organizer"]) for e in person["chaired"]] == [
        ("2021-11-10", "Hội nghị", "Ban Thường vụ Tỉnh ủy Tiền Giang")]
    assert "22-NQ/TW" in person["chaired"][0]["name"]


def check_document(documents: list[dict]) -> None:
    [doc] = documents
    assert (doc["symbol"], doc["date"]) == ("22-NQ/TW", "2008-02-02")
    [citation] = doc["citations"]
    assert (citation["article"]["day"], citation["article"]["place"]) == ("2021-11-10", "Tiền Giang")
    assert citation["article"]["id"] == SEED.stem
    assert [e["date"] for e in doc["events"]] == ["2021-11-10"]


def test_the_seed_through_the_command_line(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "diembao.sqlite")
    result = runner.invoke(app, ["ingest", str(SEED), "--db", db, "--workers", "0", "--quiet"])
    assert result.exit_code == 0, result.stderr
    person = runner.invoke(app, ["person", "Võ Văn Bình", "--db", db, "--json"])
    check_person(json.loads(person.stdout))
    document = runner.invoke(app, ["document", "22-NQ/TW", "--db", db, "--json"])
    check_document(json.loads(document.stdout))
    loose = runner.invoke(app, ["search", "vo van binh", "--db", db, "--json"])
    assert [h["article"]["id"] for h in json.loads(loose.stdout)["hits"]] == [SEED.stem]


def test_the_seed_with_its_facts_given(tmp_path: Path) -> None:
    """The same, whatever today's extractors find: the seed's facts as the guidelines state them."""
    [parsed] = read_articles([str(SEED)])
    text = parsed.text

    def at(words: str, after: int = 0) -> Mention:
        start = text.index(words, after)
        return Mention(start, start + len(words), words)

    name = at("Võ Văn Bình")
    article = parsed.with_(
        persons=(Person("Võ Văn Bình", tuple(Position(t, o, (at(t, name.end),)) for t, o in OFFICES), (name,)),),
        documents=(Document("Nghị quyết", "22", "22-NQ/TW", "2008-02-02", "Ban Chấp hành Trung ương Đảng",
                            mentions=(at("22-NQ/TW"),)),),
        events=(Event("Hội nghị", "Hội nghị tổng kết Nghị quyết 22-NQ/TW", "2021-11-10", "sáng",
                      "Ban Thường vụ Tỉnh ủy Tiền Giang", ("Võ Văn Bình",), ("22-NQ/TW",),
                      (at("Hội nghị tổng kết Nghị quyết 22-NQ/TW"),)),),
    )
    with KnowledgeBase(tmp_path / "kb.sqlite", create=True) as kb:
        kb.add_articles([article])
        check_person([p.to_dict() for p in kb.person("Võ Văn Bình")])
        check_document([d.to_dict() for d in kb.document("22-NQ/TW")])
