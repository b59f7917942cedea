"""Persons of baomoi-2017's top 50 that were no persons or one person twice: `Hoàng Mai` (a Hà Nội
district) and `Bạch Mai` (a ward and a hospital) as persons, `Phương Nga` beside `Trương Hồ
Phương Nga`, `Moon` joined to another Moon than `Moon Jae-in`; and offices the extraction cut in
the wrong place (`Phó Trưởng ban` + `thường trực Ban Tổ chức Trung ương`). The articles are
written for these tests."""

from __future__ import annotations

import pytest

from diembao.kb import KnowledgeBase, keys
from diembao.kb.people import Context as Ctx
from diembao.kb.people import Verdict, decide, in_article, may_shorten, office_parts
from diembao.kb.things import written_as_place
from diembao.record import Person, Position
from fixtures.kb.builders import article, mentions_of


def _person(text: str, name: str, titles: tuple[str, ...] = ()) -> Person:
    return Person(name, tuple(Position(t, None, ()) for t in titles), mentions_of(text, name))


@pytest.mark.parametrize(("text", "name", "titles", "place"), [
    ("Chị Lan (Hoàng Mai, Hà Nội) cho biết giá rau tăng.", "Hoàng Mai", (), True),
    ("Người dân ở Hoàng Mai phản ánh về rác.", "Hoàng Mai", (), True),
    ("Bệnh nhân được chuyển lên BV Bạch Mai cấp cứu.", "Bạch Mai", (), True),
    ("Tại Bệnh viện Bạch Mai, các bác sĩ đã hội chẩn.", "Bạch Mai", (), True),
    ("Khu đô thị Linh Đàm, phường Hoàng Liệt đông dân.", "Hoàng Liệt", (), True),
    # A person of such a name, written as a person: kept.
    ("Ca sĩ Hoàng Mai vừa ra mắt album mới.", "Hoàng Mai", (), False),
    ("Bà Hoàng Mai, Phó Giám đốc, cho biết.", "Hoàng Mai", ("Phó Giám đốc",), False),
    # A name that is no place of the gazetteer: never a place, whatever precedes it.
    ("Ông Phạm Văn Tư ở Cần Thơ cho biết.", "Phạm Văn Tư", (), False),
])
def test_a_place_written_as_a_place_is_no_person(text: str, name: str, titles: tuple[str, ...], place: bool) -> None:
    assert written_as_place(text, _person(text, name, titles)) is place


@pytest.mark.parametrize(("title", "org", "expected"), [
    ("Phó Trưởng ban", "thường trực Ban Tổ chức Trung ương", ("Phó Trưởng ban Thường trực", "Ban Tổ chức Trung ương")),
    ("Phó Chủ tịch", "Thường trực UBND tỉnh Nam Định", ("Phó Chủ tịch Thường trực", "UBND tỉnh Nam Định")),
    ("Phó Trưởng ban", "thường trực Ban", ("Phó Trưởng ban Thường trực", None)),
    ("Trưởng ban", "Dân nguyện", ("Trưởng ban", "Ban Dân nguyện")),
    ("Phó Trưởng phòng", "Khảo thí", ("Phó Trưởng phòng", "Phòng Khảo thí")),
    # Already right, or not a cut at all: unchanged.
    ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy", ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy")),
    ("Trưởng ban", "UBND tỉnh", ("Trưởng ban", "UBND tỉnh")),
    ("Bí thư", "Thường trực Trung ương", ("Bí thư", "Thường trực Trung ương")),
    ("Chủ tịch", None, ("Chủ tịch", None)),
])
def test_office_parts(title: str, org: str | None, expected: tuple[str, str | None]) -> None:
    assert office_parts(title, org) == expected


@pytest.mark.parametrize(("name", "shortens"), [
    ("Phương Nga", True),
    ("Công Phượng", True),
    ("Nguyễn Hữu Thắng", False),  # three syllables: a full name
    ("Hữu Thắng", False),  # already a short form
    ("Donald Trump", False),
])
def test_a_two_syllable_name_may_shorten_a_longer_one(name: str, shortens: bool) -> None:
    assert may_shorten(keys.name_form(name)) is shortens


@pytest.mark.parametrize(("name", "persons", "expected"), [
    ("Phương Nga", {"trương hồ phương nga": 7}, 7),
    ("Trump", {"donald trump": 3, "kim jong-un": 4}, 3),
    ("Hữu Thắng", {"nguyễn hữu thắng": 5, "lê hữu thắng": 6}, None),  # two full names: undecided
    ("Nguyễn Hữu Thắng", {"nguyễn hữu thắng": 5}, None),  # a full name is resolved as one
])
def test_a_short_form_joins_the_one_full_name_of_its_article(name: str, persons: dict[str, int],
                                                            expected: int | None) -> None:
    assert in_article(name, persons) == expected


def test_a_korean_name_is_shortened_to_its_family_name() -> None:
    assert keys.name_form("Moon Jae-in").tail == "moon"
    assert keys.name_form("Leslie Moon").tail == "moon"


def test_a_short_forms_dominant_candidate_is_counted_by_full_names() -> None:
    """`Moon` took `Leslie Moon` (named once in full) by the short forms it had taken before."""
    form = keys.name_form("Moon")
    verdicts = [Verdict(1, 0, (), ()), Verdict(2, 0, (), ())]
    taken = {1: 90, 2: 5}  # articles naming each, short forms included
    full = {1: 1, 2: 200}  # articles naming each in full
    decision = decide(form, Ctx(), verdicts, lambda _i: False, taken.__getitem__, full.__getitem__)
    assert (decision.id, decision.rule) == (2, "short-form-dominant")


def test_the_top_persons_defects(kb: KnowledgeBase) -> None:
    kb.add_articles([
        article("a", "Hoa hậu Trương Hồ Phương Nga hầu tòa", "Hoa hậu Trương Hồ Phương Nga có mặt tại tòa. "
                "Phương Nga trình bày ý kiến.", persons=[("Phương Nga", []), ("Trương Hồ Phương Nga", [])]),
        article("b", "Phương Nga được tại ngoại", "Phương Nga về nhà sau phiên tòa.", persons=[("Phương Nga", [])]),
        article("c", "Giá rau tăng", "Chị Lan (Hoàng Mai, Hà Nội) cho biết giá rau tăng. "
                "Bệnh nhân được chuyển lên BV Bạch Mai.", persons=[("Hoàng Mai", []), ("Bạch Mai", [])]),
        article("d", "Tổng thống Moon Jae-in thăm Việt Nam", "Tổng thống Moon Jae-in đến Hà Nội.",
                persons=[("Moon Jae-in", [])]),
        article("e", "Moon phát biểu", "Moon nói về hợp tác.", persons=[("Moon", [])]),
        article("f", "Nhân sự", "Ông Lê Văn Hai, Phó Trưởng ban thường trực Ban Tổ chức Trung ương.",
                persons=[("Lê Văn Hai", [("Phó Trưởng ban", "thường trực Ban Tổ chức Trung ương")])]),
    ])
    [nga] = kb.person("Trương Hồ Phương Nga")
    assert {a.id for a in nga.articles} == {"a", "b"}
    assert kb.person("Hoàng Mai") == [] and kb.person("Bạch Mai") == []
    [moon] = kb.person("Moon Jae-in")
    assert {a.id for a in moon.articles} == {"d", "e"}
    [hai] = kb.person("Lê Văn Hai")
    assert [(o.title, o.org) for o in hai.offices] == [("Phó Trưởng ban Thường trực", "Ban Tổ chức Trung ương")]


@pytest.mark.parametrize(("a", "b"), [
    ("Ủy ban Tư pháp của Quốc hội", "Ủy ban Tư pháp"),
    # regression: one deputy was two persons, one office in each writing of the committee
    ("Ủy ban Về các vấn đề xã hội", "Ủy ban Các vấn đề xã hội"),
    ("Ủy ban về các vấn đề xã hội của Quốc hội", "Ủy ban các vấn đề xã hội"),
    ("Ban Dân nguyện Quốc hội", "Ban Dân nguyện"),
])
def test_national_assembly_committees_are_one_key(a: str, b: str) -> None:
    assert keys.org_key(a) == keys.org_key(b)



def test_a_head_of_state_reported_from_several_provinces_is_one_person(kb: KnowledgeBase) -> None:
    # regression: a former Chủ tịch nước was one person per province his visits were reported from
    kb.add_articles([
        article("a", "Bí thư Thành ủy TP.HCM làm việc", "Ông Lê Minh Hoàn, Bí thư Thành ủy TP.HCM, làm việc "
                "với quận 1.", persons=[("Lê Minh Hoàn", [("Bí thư", "Thành ủy TP.HCM"), ("Chủ tịch nước", None)])],
                places=["TP Hồ Chí Minh"]),
        article("b", "Nguyên Chủ tịch nước thăm Long An", "Nguyên Chủ tịch nước Lê Minh Hoàn thăm tỉnh Long An.",
                persons=[("Lê Minh Hoàn", [("nguyên Chủ tịch nước", None)])], places=["Long An"]),
        article("c", "Đồng Nai đón đoàn công tác", "Ông Lê Minh Hoàn thăm tỉnh Đồng Nai.",
                persons=[("Lê Minh Hoàn", [])], places=["Đồng Nai"]),
    ])
    [hoan] = kb.person("Lê Minh Hoàn")
    assert {a.id for a in hoan.articles} == {"a", "b", "c"}
