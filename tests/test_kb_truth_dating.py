"""Dating (kb/dating.py): an article without a publication date gets an estimated day from its
own text, stored as estimated with its precision, used by offices and events and marked as such."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diembao.kb import KnowledgeBase
from diembao.kb.dating import Estimate, from_offices, from_text
from diembao.record import Article, DateMention, Source
from fixtures.kb.builders import article


def _dated(values: list[str], collection: str | None = None, id: str = "t") -> Article:
    return Article(id=id, source=Source(collection=collection),
                   dates=tuple(DateMention(v, v, "x", 0, 1) for v in values))


@pytest.mark.parametrize(("values", "collection", "id", "expected"), [
    # The latest full date the text states.
    (["2021-11-10", "2021-11-12", "--11-09"], None, "t", Estimate("2021-11-12", "day", "text")),
    # A day and month, in the year of the collection.
    (["--02-05", "--02-04"], "baomoi.com (2017)", "t", Estimate("2017-02-05", "day", "text+outlet")),
    # ... or in the year the text names most.
    (["--07-22", "2019", "2019", "2030"], None, "t", Estimate("2019-07-22", "day", "text")),
    # A month: stored as its first day.
    (["2020-03", "2019-12"], None, "t", Estimate("2020-03-01", "month", "text")),
    # Nothing but the collection's year (or the id's).
    ([], None, "news2026/abc", Estimate("2026-01-01", "year", "outlet")),
    # Years only: the most named; a plan beyond any plausible writing year is not one.
    (["2045", "2018", "2018", "2017"], None, "t", Estimate("2018-01-01", "year", "text")),
    # A term only.
    (["2020/2025"], None, "t", Estimate("2020-01-01", "year", "term")),
    ([], None, "t", None),
])
def test_from_text(values: list[str], collection: str | None, id: str, expected: Estimate | None) -> None:
    assert from_text(_dated(values, collection, id)) == expected


def test_a_target_is_no_day_of_writing() -> None:
    text = "Năm 2019, tỉnh đạt kế hoạch; phấn đấu đến năm 2030 thành tỉnh khá."
    dates = (DateMention("Năm 2019", "2019", "year", 0, 8), DateMention("năm 2030", "2030", "year", 42, 50))
    article = Article(id="t", body=(text,), dates=dates)
    assert article.text[42:50] == "năm 2030"
    assert from_text(article) == Estimate("2019-01-01", "year", "text")


@pytest.mark.parametrize(("spans", "expected"), [
    ([("2016-04-01", "2018-09-21"), ("2017-01-05", "2021-01-01")], Estimate("2018-01-01", "year", "term")),
    ([("2016-04-01", "2016-09-21"), ("2019-01-05", "2021-01-01")], None),  # no year shared
    ([(None, None)], None),
])
def test_from_offices(spans: list, expected: Estimate | None) -> None:
    assert from_offices(spans) == expected


def test_an_undated_article_is_dated_as_estimated(kb: KnowledgeBase, tmp_path: Path) -> None:
    """1,957 of the 3,354 politics articles had no day: their offices showed `?`."""
    body = ["Chiều 10/11/2021, ông Trần Văn Mạnh, Chủ tịch UBND tỉnh Bến Tre, chủ trì hội nghị."]
    undated = article("u", "Hội nghị tổng kết", body=body, published=None,
                      persons=[("Trần Văn Mạnh", [("Chủ tịch", "UBND tỉnh Bến Tre")])])
    undated = undated.with_(dates=(DateMention("Chiều 10/11/2021", "2021-11-10", "day", 0, 16),))
    kb.add_articles([undated])
    [person] = kb.person("Trần Văn Mạnh")
    [office] = person.offices
    assert (office.first_seen, office.first_estimated, office.evidence[0].estimated) == ("2021-11-10", True, True)
    [ref] = person.articles
    assert (ref.day, ref.day_estimated, ref.day_precision) == ("2021-11-10", "text", "day")
    kb.export("articles", "jsonl", tmp_path / "articles.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["day"], r["day_estimated"], r["day_precision"]) for r in rows] == [("2021-11-10", "text", "day")]


def test_a_published_article_is_not_estimated(kb: KnowledgeBase) -> None:
    kb.add_articles([article("p", "Tin", body=["Ông Trần Văn Mạnh dự họp."], persons=[("Trần Văn Mạnh", [])])])
    [ref] = kb.person("Trần Văn Mạnh")[0].articles
    assert (ref.day, ref.day_estimated) == ("2022-05-12", None)
