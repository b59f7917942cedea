"""`diembao extract --explain`: every fact says which stage (and rule) found it, and explaining
never changes what is extracted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from diembao.extract.doc import Doc
from diembao.extract.explain import INPUT, explain
from diembao.extract.pipeline import Pipeline, Stage, default_pipeline
from diembao.record import Article, Organization

# Invented, in the seed's style.
TEXTS = [
    "Sáng 12-3, Ban Thường vụ Tỉnh ủy Hòa Sơn tổ chức Hội nghị sơ kết Nghị quyết 15-NQ/TU. "
    "Đồng chí Lê Minh Khang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
    "Theo Quyết định 245/QĐ-UBND ngày 3-4-2022 của UBND tỉnh Hòa Sơn, ông Trần Quốc Vĩnh giữ chức "
    "Giám đốc Sở Xây dựng. Ông Vĩnh cho biết sở sẽ rà soát các dự án.",
    "Tổng thống Mỹ Donald Trump gặp ông Moon Jae-in tại Seoul.",
    "",
]


def without_why(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: without_why(v) for k, v in data.items() if k != "why"}
    if isinstance(data, list):
        return [without_why(v) for v in data]
    return data


def facts(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = [item for kind in ("persons", "organizations", "locations", "documents", "events", "dates")
           for item in data[kind]]
    return out + [pos for person in data["persons"] for pos in person["positions"]]


@pytest.mark.parametrize("text", TEXTS)
def test_explaining_changes_nothing_of_the_record(text: str) -> None:
    article = Article(id="a", body=(text,), published="2022-04-05")
    explained = explain(article)
    assert without_why(explained) == default_pipeline()(article).to_dict()


@pytest.mark.parametrize("text", TEXTS)
def test_every_fact_names_a_stage_of_the_pipeline(text: str) -> None:
    stages = {s.name for s in default_pipeline().stages}
    explained = explain(Article(id="a", body=(text,), published="2022-04-05"))
    for item in facts(explained):
        assert item["why"]["stage"] in stages


@pytest.mark.parametrize(("text", "name", "stage", "rule"), [
    ("Đồng chí Lê Minh Khang phát biểu.", "Lê Minh Khang", "persons", "name after a cue or title"),
    ("Phó Chủ tịch Lê Minh Khang phát biểu.", "Lê Minh Khang", "persons", "name after a cue or title"),
    ("Hôm qua Lê Minh Khang phát biểu.", "Lê Minh Khang", "persons", "family name"),
    ("Sau đó ông Donald Trump phát biểu.", "Donald Trump", "persons", "two syllables after a cue"),
    ("Sau đó ông Khang phát biểu.", "Khang", "persons", "given name after a form of address"),
    ("Theo lời khai của anh N.V.K, vụ việc xảy ra lúc 9 giờ.", "N.V.K", "persons", "initials after a cue"),
])
def test_a_person_says_the_rule_that_found_it(text: str, name: str, stage: str, rule: str) -> None:
    explained = explain(Article(id="a", body=(text,)))
    found = {p["name"]: p["why"] for p in explained["persons"]}
    assert found[name] == {"stage": stage, "rule": rule}


def test_an_office_is_credited_to_the_offices_stage() -> None:
    explained = explain(Article(id="a", body=(TEXTS[0],)))
    person = next(p for p in explained["persons"] if p["name"] == "Lê Minh Khang")
    assert person["positions"]
    assert all(pos["why"]["stage"] == "offices" for pos in person["positions"])


def _adds_a_body(doc: Doc) -> Doc:
    return doc.with_article(organizations=(Organization("Sở Xây dựng"),))


def _names_its_kind(doc: Doc) -> Doc:
    return doc.with_article(organizations=tuple(Organization(o.name, "department") for o in doc.article.organizations))


def test_a_later_stage_that_changes_a_fact_is_listed() -> None:
    pipeline = Pipeline((Stage("first", _adds_a_body, assigns=("organizations",)),
                         Stage("second", _names_its_kind, requires=("organizations",), assigns=("organizations",))))
    explained = explain(Article(id="a", body=("Sở Xây dựng họp.",)), pipeline)
    assert explained["organizations"][0]["why"] == {"stage": "first", "changed_by": ["second"]}


def test_a_fact_of_the_input_record_is_credited_to_the_input() -> None:
    pipeline = Pipeline((Stage("noop", lambda doc: doc),))
    article = Article(id="a", body=("Sở Xây dựng họp.",), organizations=(Organization("Sở Xây dựng"),))
    assert explain(article, pipeline)["organizations"][0]["why"] == {"stage": INPUT}


def diembao(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "diembao.cli", *args], capture_output=True, text=True,
                          input=stdin, timeout=120, check=False)


def test_the_command_explains_each_record(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXTS[0], encoding="utf-8")
    plain = diembao("extract", str(path))
    explained = diembao("extract", str(path), "--explain")
    assert plain.returncode == explained.returncode == 0, explained.stderr
    record = json.loads(explained.stdout)
    assert without_why(record) == json.loads(plain.stdout)
    assert all("why" in item for item in facts(record))


@pytest.mark.parametrize("extra", [["--no-facts"], ["--parquet", "out"]])
def test_explain_without_the_fact_stages_is_one_error(tmp_path: Path, extra: list[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXTS[0], encoding="utf-8")
    done = diembao("extract", str(path), "--explain", *[str(tmp_path / e) if e == "out" else e for e in extra])
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--explain" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("text", "title", "rule"), [
    ("Đồng chí Lê Minh Khang, Phó Bí thư Tỉnh ủy Bến Tre, phát biểu.", "Phó Bí thư", "titles after the name"),
    ("Phó Bí thư Tỉnh ủy Bến Tre Lê Minh Khang phát biểu.", "Phó Bí thư", "titles before the name"),
    ("Bí thư Tỉnh ủy Bến Tre Trần Văn Hòa dự. Bí thư Trần Văn Hòa phát biểu.", "Bí thư", "titles before the name"),
    ("Thủ tướng Đức Angela Merkel đến Hà Nội.", "Thủ tướng", "titles before the name; a foreign country's office"),
])
def test_an_office_says_which_reading_gave_it(text: str, title: str, rule: str) -> None:
    explained = explain(Article(id="a", body=(text,)))
    rules = {pos["why"].get("rule") for p in explained["persons"] for pos in p["positions"] if pos["title"] == title}
    assert rule in rules
