"""`KnowledgeBase.search_page`: what the web page of results reads, in one pass — the same hits
and total as `search(count=True)`, the same facets as `facets`, a count that stops past a cap
(`total_capped`), and the pieces that make it cheap (the record's texts read without its facts,
counts with a cap), each checked against the plain way."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diembao.kb import KnowledgeBase
from diembao.kb.codec import pack
from diembao.kb.search import _texts_of
from diembao.record import Article
from fixtures.kb.builders import world

QUERIES = ["tiền giang", "hội nghị", "vo van binh", "Võ Văn Bình", "22-NQ/TW", "nghị quyết", "tỉnh ủy",
           "không có gì khớp", "hội OR họp", "chuyển* số"]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    path: Path = tmp_path_factory.mktemp("kb") / "page.sqlite"
    base = KnowledgeBase(path, create=True)
    base.add_articles(world())
    yield base
    base.close()


@pytest.mark.parametrize("query", QUERIES)
def test_the_page_reads_what_search_and_facets_give(kb: KnowledgeBase, query: str) -> None:
    result, facets = kb.search_page(query, limit=5)
    alone = kb.search(query, limit=5, count=True)
    assert result.hits == alone.hits and result.entities == alone.entities
    assert result.total == alone.total and not result.total_capped
    assert result.phrase_total is None  # the page does not show it, so it is not counted
    assert facets == kb.facets(query)


@pytest.mark.parametrize("query", ["tiền giang", "hội nghị"])
def test_the_page_count_stops_past_its_cap(kb: KnowledgeBase, query: str) -> None:
    total = kb.search(query, count=True).total
    assert total is not None and total >= 2
    capped, _facets = kb.search_page(query, count_cap=1)
    assert (capped.total, capped.total_capped) == (1, True)
    exact, _facets = kb.search_page(query, count_cap=total)
    assert (exact.total, exact.total_capped) == (total, False)


@pytest.mark.parametrize(("expression", "cap"), [("tien", None), ("tien", 1), ("tien", 1000), ("khongcogi", 1)])
def test_a_capped_count_is_the_count_or_one_past_the_cap(kb: KnowledgeBase, expression: str, cap: int | None) -> None:
    full = kb.store.count_matches(expression)
    assert kb.store.count_matches(expression, cap) == (full if cap is None else min(full, cap + 1))


TEXT = st.lists(st.sampled_from(['a', 'đ', ' ', '"', '\\', ',', ':', 'authors', '"authors": ', ', "authors": ', '\n']),
                max_size=12).map("".join)


@given(TEXT, TEXT, st.lists(TEXT, max_size=3), st.lists(TEXT, max_size=2), st.lists(TEXT, max_size=2))
def test_a_records_texts_are_read_without_its_facts(title: str, lead: str, body: list[str], captions: list[str],
                                                    authors: list[str]) -> None:
    record = Article(id="a", title=title, lead=lead, body=tuple(body), captions=tuple(captions),
                     authors=tuple(authors)).to_json()
    whole = json.loads(record)
    texts = _texts_of(pack(record))
    assert {k: texts[k] for k in ("title", "lead", "body", "captions")} == \
        {k: whole[k] for k in ("title", "lead", "body", "captions")}
