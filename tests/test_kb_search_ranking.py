"""What a person means: ranking order over small hand-written corpora where the right order is
obvious, the entities a query names, and honest counts."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diembao.cli import app
from diembao.kb import KnowledgeBase
from fixtures.kb.builders import article, world


def _day(n: int) -> str:
    return f"2023-{n:02d}-10T08:00:00+07:00"


# Each article is newer than the one before, so that recency (the engine's default order) would
# put them the wrong way round: the right order must come from the ranking itself.
CORPUS = [
    # ha giang: the words scattered, marked otherwise (Giáng), in the title too.
    article("scattered-ha-giang", "Ca sĩ Giáng My hát ở Hà Nội",
            "Ca sĩ Giáng My vừa có buổi diễn tại Hà Nội.", ["Khán giả Hà Nội đến rất đông."],
            published=_day(9)),
    article("ha-giang", "Cao nguyên đá đón khách",
            "Tỉnh Hà Giang đón nhiều khách du lịch dịp cuối năm.", ["Cao nguyên đá Đồng Văn thu hút du khách."],
            published=_day(1), places=["Hà Giang"]),
    # an toàn giao thông: side by side, near, and scattered with the title's words.
    article("atgt-scattered", "Giao thông nông thôn đổi mới",
            "Huyện làm mới đường giao thông nông thôn.",
            ["Người dân được bảo đảm an toàn khi đi lại trên các tuyến đường mới."], published=_day(8)),
    article("atgt-near", "Kiểm tra xe khách dịp Tết",
            "Lực lượng chức năng kiểm tra an toàn về giao thông đối với xe khách.",
            ["Nhiều xe vi phạm bị xử lý."], published=_day(7)),
    article("atgt-phrase", "Ra quân tháng cao điểm",
            "Tỉnh ra quân tháng cao điểm bảo đảm trật tự.",
            ["Các lực lượng tuyên truyền an toàn giao thông cho học sinh."], published=_day(2)),
    # chuyển đổi số: the phrase in the title beats the phrase in the body.
    article("cds-body", "Hội nghị sơ kết công tác quý III",
            "Hội nghị sơ kết công tác quý III.", ["Tỉnh tiếp tục đẩy mạnh chuyển đổi số trong cơ quan nhà nước."],
            published=_day(6)),
    article("cds-title", "Đẩy mạnh chuyển đổi số", "Tỉnh bàn giải pháp về chuyển đổi số.", ["Hội nghị thống nhất."],
            published=_day(3)),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase(tmp_path_factory.mktemp("kb") / "ranking.sqlite", create=True)
    base.add_articles([*CORPUS, *world(), article(
        # The name's words, scattered, in a newer article about someone else.
        "scattered-name", "Trần Minh Đông nhận bằng khen",
        "Ông Trần Minh Đông, Trưởng ấp Văn Hòa nhận bằng khen.", ["Buổi lễ diễn ra trang trọng."],
        published="2024-06-01T08:00:00+07:00")])
    yield base
    base.close()


def order(kb: KnowledgeBase, query: str, **options: object) -> list[str]:
    return [h.article.id for h in kb.search(query, limit=50, **options).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(("query", "expected"), [
    ("ha giang", ["ha-giang", "scattered-ha-giang"]),  # the words together first, not `Giáng`
    ("Hà Giang", ["ha-giang"]),  # marked: only the exact marks
    ("an toàn giao thông", ["atgt-phrase", "atgt-near", "atgt-scattered"]),  # phrase, near, words
    ("an toan giao thong", ["atgt-phrase", "atgt-near", "atgt-scattered"]),
    ("chuyển đổi số", ["cds-title", "cds-body"]),  # the title weighs more than the body
    ("tran van dong", ["tg-3", "la-1", "tg-2", "tg-1", "scattered-name"]),  # the persons' articles first
    ("Trần Văn Đông", ["tg-3", "la-1", "tg-2", "tg-1", "scattered-name"]),
])
def test_ranking_order(kb: KnowledgeBase, query: str, expected: list[str]) -> None:
    got = order(kb, query)
    assert [g for g in got if g in expected] == expected
    assert set(expected) <= set(got)


@pytest.mark.parametrize(("query", "first", "match"), [
    ("ha giang", "ha-giang", "entity"),  # a place
    ("an toàn giao thông", "atgt-phrase", "phrase"),
    ("chuyển đổi số", "cds-title", "phrase"),
    ("22-NQ/TW", "tg-1", "entity"),  # a document, in the title of the older
    ("Thứ trưởng Đỗ Minh Quân", "vn-1", "phrase"),
])
def test_why_the_first_hit_is_first(kb: KnowledgeBase, query: str, first: str, match: str) -> None:
    hit = kb.search(query).hits[0]
    assert (hit.article.id, hit.match) == (first, match)


def test_scores_follow_the_order(kb: KnowledgeBase) -> None:
    hits = kb.search("an toan giao thong", limit=50).hits
    assert all(a.score >= b.score for a, b in itertools.pairwise(hits))


def test_pages_follow_one_order(kb: KnowledgeBase) -> None:
    whole = order(kb, "tran van dong")
    pages = [h.article.id for n in range(0, len(whole), 2) for h in kb.search("tran van dong", limit=2, offset=n).hits]
    assert pages == whole


# --- entities in queries ------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "cards"), [
    ("Trần Văn Đông", [("person", "Trần Văn Đông")] * 2),  # two namesakes, each its own card
    ("tran van dong", [("person", "Trần Văn Đông")] * 2),
    ("TRẦN VĂN ĐÔNG", [("person", "Trần Văn Đông")] * 2),
    ('"Trần Văn Đông"', [("person", "Trần Văn Đông")] * 2),
    ("do minh quan", [("person", "Đỗ Minh Quân")]),
    ("Bộ Nội vụ", [("organization", "Bộ Nội vụ")]),
    ("bo noi vu", [("organization", "Bộ Nội vụ")]),
    ("Ban Thường vụ Tỉnh ủy Tiền Giang", [("organization", "Ban Thường vụ Tỉnh ủy Tiền Giang")]),
    ("Tiền Giang", [("place", "Tiền Giang")]),
    ("tien giang", [("place", "Tiền Giang")]),
    ("22-NQ/TW", [("document", "22-NQ/TW")]),
    ("22/TW-NQ", [("document", "22-NQ/TW")]),
    ("Nghị quyết 22", [("document", "22-NQ/TW")]),
    ("NQ 22", [("document", "22-NQ/TW")]),
    ("107/2021/ND-CP", [("document", "107/2021/NĐ-CP")]),
    ("Trần Văn Đông Tiền Giang", [("person", "Trần Văn Đông")] * 2 + [("place", "Tiền Giang")]),
    ("Trân Văn Đông", []),  # one mark off: nobody
    ("Đông", []),  # one word names nothing
    ("hội nghị", []),
    ("tran OR van dong", []),  # an OR is not part of a name
    ("tran van dong*", []),
])
def test_entities_in_queries(kb: KnowledgeBase, query: str, cards: list[tuple[str, str]]) -> None:
    assert [(c.kind, c.name) for c in kb.search(query).entities] == cards


def test_namesakes_say_what_tells_them_apart(kb: KnowledgeBase) -> None:
    cards = kb.search("Trần Văn Đông").entities
    assert len({c.id for c in cards}) == 2
    assert {c.detail for c in cards} == {"Tiền Giang", "Long An"}
    offices = {c.detail: c.offices for c in cards}
    assert "Giám đốc, Sở Y tế tỉnh Long An" in offices["Long An"]
    assert "Chủ tịch, HĐND tỉnh Tiền Giang" in offices["Tiền Giang"]
    assert sum(c.n_articles for c in cards) == 4


def test_a_document_cited_in_another_form_still_matches(tmp_path: Path) -> None:
    """`57/TW-NQ` in the article, `57-NQ/TW` in the query: the citation links them."""
    doc = {"type": "Nghị quyết", "number": "57", "symbol": "57/TW-NQ", "issuer": "Bộ Chính trị"}
    with KnowledgeBase(tmp_path / "kb.sqlite", create=True) as base:
        base.add_articles([article("x", "Quán triệt Nghị quyết 57/TW-NQ", "Tỉnh quán triệt 57/TW-NQ.",
                                   documents=[doc])])
        result = base.search("57-NQ/TW", count=True)
        assert [h.article.id for h in result.hits] == ["x"]
        assert result.total == 1


# --- counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "total", "phrase"), [
    ("an toan giao thong", 3, 1),
    ("chuyển đổi số", 2, 2),
    ("giao thông", 3, 3),  # side by side in all three
    ("hội", 6, 6),  # one word: the same
])
def test_counts(kb: KnowledgeBase, query: str, total: int, phrase: int) -> None:
    result = kb.search(query, count=True)
    assert (result.total, result.phrase_total) == (total, phrase)


def test_entities_can_be_left_out(kb: KnowledgeBase) -> None:
    result = kb.search("tran van dong", entities=False, limit=50)
    assert result.entities == ()
    assert {h.match for h in result.hits} <= {"phrase", "near", "words"}


def test_the_cli_shows_the_cards_and_both_counts(kb: KnowledgeBase) -> None:
    result = CliRunner().invoke(app, ["search", "tran van dong", "--db", str(kb.path)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.match(r"Trần Văn Đông · person #\d+ · Tiền Giang · ", lines[0])  # the most attested first
    assert re.match(r"Trần Văn Đông · person #\d+ · Long An · Giám đốc, Sở Y tế tỉnh Long An", lines[1])
    assert "5 articles match tran van dong, 4 with the words side by side" in result.stdout
    cards = CliRunner().invoke(app, ["search", "Trần Văn Đông", "--db", str(kb.path)]).stdout
    assert cards.count(" · person #") == 2


def test_counts_are_not_made_unless_asked(kb: KnowledgeBase) -> None:
    result = kb.search("an toan giao thong")
    assert (result.total, result.phrase_total) == (None, None)


# --- regressions (issue 11) ---------------------------------------------------------------------


def test_regression_a_name_typed_without_marks_finds_the_person_first(kb: KnowledgeBase) -> None:
    """`vo van binh` ranked the one article with the name 38th of 389: the syllables scattered
    across newer articles (here `Trần Minh Đông ... ấp Văn Hòa`) outranked the name."""
    hits = kb.search("tran van dong").hits
    assert hits[0].match == "entity" and hits[-1].article.id == "scattered-name"


def test_regression_unmarked_syllables_stand_together_first(kb: KnowledgeBase) -> None:
    """`Hà Giang` found `Giáng My` first."""
    assert order(kb, "ha giang")[0] == "ha-giang"


def test_regression_a_topic_phrase_leads(kb: KnowledgeBase) -> None:
    """`phòng chống dịch` had none of the articles holding the phrase in its top five."""
    assert order(kb, "an toan giao thong")[0] == "atgt-phrase"
