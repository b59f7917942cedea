"""Weak links of person resolution (kb/people.py): what may join a mention to a namesake when
nothing names a body or province they share. A weak link does not reach across years, a seat in
the National Assembly is no national office, and a candidate known only by offices of no body is
no blank slate. Every text is written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from diembao.kb import KnowledgeBase
from diembao.kb.people import Context, Profile, is_seat, judge, profiles, unplaced
from fixtures.kb.builders import article

NONE: frozenset[int] = frozenset()
SPAN = (2015, 2017)


@pytest.mark.parametrize(("mention", "candidate", "articles", "against"), [
    # A bare mention nine years after the candidate was last named: someone else.
    (Context(article_place=10, year=2026), Profile(1, {1}, {10}), 3, ("years-apart",)),
    # ... and years before it was first named.
    (Context(article_place=10, year=2008), Profile(1, {1}, {10}), 3, ("years-apart",)),
    # Within the years it may be the same person.
    (Context(article_place=10, year=2021), Profile(1, {1}, {10}), 3, ()),
    # National bodies on both sides are a weak link too.
    (Context(bodies=frozenset({2}), national=True, year=2026), Profile(1, {1}, national=True), 3, ("years-apart",)),
    # A body they share is not weak, however far apart.
    (Context(bodies=frozenset({1}), national=True, year=2026), Profile(1, {1}, national=True), 3, ()),
    # Nor are offices in one province.
    (Context(bodies=frozenset({2}), provinces=frozenset({10}), year=2026), Profile(1, {1}, {10}), 3, ()),
    # A person the press names often is named in any year.
    (Context(article_place=10, year=2026), Profile(1, {1}, {10}), 200, ()),
    # An undated article says nothing of years.
    (Context(article_place=10), Profile(1, {1}, {10}), 3, ()),
])
def test_weak_links_do_not_reach_across_years(mention: Context, candidate: Profile, articles: int,
                                              against: tuple[str, ...]) -> None:
    verdict = judge(mention, candidate, lambda: frozenset({10}), lambda: articles, lambda: SPAN)
    assert verdict.against == against
    assert verdict.seen == (SPAN if against else None)


@pytest.mark.parametrize(("title", "seat"), [
    ("Đại biểu Quốc hội", True),
    ("nguyên Đại biểu Quốc hội", True),
    ("Thứ trưởng", False),
    ("Phó Trưởng đoàn Đại biểu Quốc hội", False),  # an office of a province's delegation
    ("Chủ tịch", False),
])
def test_a_seat_is_known_by_its_title(title: str, seat: bool) -> None:
    assert is_seat(title) is seat


@pytest.mark.parametrize(("rows", "national"), [
    ([(1, None, 5, None, "quốc hội", "Đại biểu Quốc hội")], False),  # a seat only
    ([(1, None, 5, None, "quốc hội", "Phó Chủ tịch")], True),  # an office of the assembly
    ([(1, None, 6, None, "bộ công thương", "Thứ trưởng")], True),
])
def test_a_seat_does_not_make_a_candidate_national(rows: list[tuple], national: bool) -> None:
    [profile] = profiles(rows, lambda i: i)
    assert profile.national is national
    assert profile.bodies == {rows[0][2]}  # the body is still shared with its other members


@pytest.mark.parametrize(("mention", "candidate", "takes"), [
    (Context(held=frozenset({"vụ trưởng"})), Profile(1), True),  # a name seen with no office
    (Context(held=frozenset({"vụ trưởng"})), Profile(1, held={"tổng giám đốc"}), False),  # offices of its own
    (Context(held=frozenset({"tổng giám đốc"})), Profile(1, held={"tổng giám đốc"}), True),  # the same office
    (Context(), Profile(1, held={"tổng giám đốc"}), False),
    (Context(held=frozenset({"vụ trưởng"})), Profile(1, {1}), False),  # a body of its own
])
def test_an_unplaced_candidate(mention: Context, candidate: Profile, takes: bool) -> None:
    assert unplaced(mention, candidate) is takes


# --- regressions of issue 10, on synthetic knowledge bases --------------------------------------


def test_a_deputy_and_a_vice_minister_of_one_name_stay_two(kb: KnowledgeBase) -> None:
    """A city's National Assembly deputy and a namesake vice-minister were one entity (`national`)."""
    kb.add_articles([
        article("a", "Đoàn đại biểu tiếp xúc cử tri", "Ông Lê Minh Khải, Đại biểu Quốc hội, tiếp xúc cử tri.",
                persons=[("Lê Minh Khải", [("Đại biểu Quốc hội", "Quốc hội")])], places=["Cần Thơ"]),
        article("b", "Hội nghị ngành công thương", "Thứ trưởng Bộ Công Thương Lê Minh Khải dự hội nghị.",
                persons=[("Lê Minh Khải", [("Thứ trưởng", "Bộ Công Thương")])]),
        article("c", "Bộ Công Thương làm việc", "Thứ trưởng Lê Minh Khải chủ trì, Bộ Công Thương.",
                persons=[("Lê Minh Khải", [("Thứ trưởng", "Bộ Công Thương")])]),
    ])
    people = kb.person("Lê Minh Khải")
    assert sorted(sorted(a.id for a in p.articles) for p in people) == [["a"], ["b", "c"]]


def test_a_bare_name_years_later_is_a_new_person(kb: KnowledgeBase) -> None:
    """A 2026 business article's namesake joined a 2017 official by `article-place`."""
    kb.add_articles([
        article("a", "Tỉnh ủy họp", "Ông Phan Văn Tám, Bí thư Tỉnh ủy Gia Lai, chủ trì.",
                published="2017-03-02T08:00:00+07:00", persons=[("Phan Văn Tám", [("Bí thư", "Tỉnh ủy Gia Lai")])],
                places=["Gia Lai"]),
        article("k", "Ngành y tế", "Ông Phan Văn Tám, Giám đốc Sở Y tế tỉnh Kon Tum, kiểm tra bệnh viện.",
                published="2017-05-02T08:00:00+07:00",
                persons=[("Phan Văn Tám", [("Giám đốc", "Sở Y tế tỉnh Kon Tum")])], places=["Kon Tum"]),
        article("b", "Thăm vườn cà phê", "Ông Phan Văn Tám cho biết giá cà phê tăng ở Gia Lai.",
                published="2019-04-02T08:00:00+07:00", persons=[("Phan Văn Tám", [])], places=["Gia Lai"]),
        article("c", "Khởi nghiệp ở Gia Lai", "Ông Phan Văn Tám mở xưởng sấy ở Gia Lai.",
                published="2026-01-20T08:00:00+07:00", persons=[("Phan Văn Tám", [])], places=["Gia Lai"]),
    ])
    people = kb.person("Phan Văn Tám")
    assert sorted(sorted(a.id for a in p.articles) for p in people) == [["a", "b"], ["c"], ["k"]]
    later = next(p for p in people if [a.id for a in p.articles] == ["c"])
    earlier = next(p for p in people if "a" in {a.id for a in p.articles})
    # The refusal is evidence too: which candidate, why not, and the years it was named in.
    assert later.resolutions[0].rule == "new"
    refused = {r["id"]: r for r in later.resolutions[0].detail["refused"]}
    assert refused[earlier.id] == {"id": earlier.id, "against": ["years-apart"], "seen": [2017, 2019]}


def test_a_name_known_as_one_person_keeps_its_years(kb: KnowledgeBase) -> None:
    """With no namesake, years alone do not make a second person (a leader named again years later)."""
    kb.add_articles([
        article("a", "Tỉnh ủy họp", "Ông Quách Văn Bảy, Bí thư Tỉnh ủy Gia Lai, chủ trì.",
                published="2017-03-02T08:00:00+07:00", persons=[("Quách Văn Bảy", [("Bí thư", "Tỉnh ủy Gia Lai")])],
                places=["Gia Lai"]),
        article("c", "Gặp mặt cán bộ hưu trí", "Ông Quách Văn Bảy dự buổi gặp mặt ở Gia Lai.",
                published="2026-01-20T08:00:00+07:00", persons=[("Quách Văn Bảy", [])], places=["Gia Lai"]),
    ])
    [person] = kb.person("Quách Văn Bảy")
    assert sorted(a.id for a in person.articles) == ["a", "c"]


def test_a_director_of_no_named_company_is_not_any_namesake(kb: KnowledgeBase) -> None:
    """A ministry official joined a namesake known only as `Tổng Giám đốc` (`unplaced-candidate`)."""
    kb.add_articles([
        article("a", "Doanh nghiệp mở rộng", "Ông Đỗ Văn Chín, Tổng Giám đốc, cho biết doanh thu tăng.",
                persons=[("Đỗ Văn Chín", [("Tổng Giám đốc", None)])]),
        article("b", "Hội thảo pháp luật", "Ông Đỗ Văn Chín, Vụ trưởng Vụ Pháp chế Bộ Tài chính, phát biểu.",
                persons=[("Đỗ Văn Chín", [("Vụ trưởng", "Vụ Pháp chế Bộ Tài chính")])]),
        article("c", "Tọa đàm", "Ông Hà Văn Mười phát biểu tại tọa đàm.", persons=[("Hà Văn Mười", [])]),
        article("d", "Hội thảo thuế", "Ông Hà Văn Mười, Vụ trưởng Vụ Chính sách thuế Bộ Tài chính, phát biểu.",
                persons=[("Hà Văn Mười", [("Vụ trưởng", "Vụ Chính sách thuế Bộ Tài chính")])]),
    ])
    chins = kb.person("Đỗ Văn Chín")
    assert sorted(sorted(a.id for a in p.articles) for p in chins) == [["a"], ["b"]]
    director = next(p for p in chins if [a.id for a in p.articles] == ["a"])
    official = next(p for p in chins if p.id != director.id)
    # The refusal is recorded: the candidate placed nowhere, known by another office.
    assert official.resolutions[0].rule == "new"
    assert official.resolutions[0].detail["other-offices"] == [director.id]
    # A name first seen with no office at all still takes the office it is later given.
    [muoi] = kb.person("Hà Văn Mười")
    assert sorted(a.id for a in muoi.articles) == ["c", "d"]


def test_a_numbered_district_is_of_its_city(kb: KnowledgeBase) -> None:
    """A district secretary of `Quận ủy quận 3` was a person apart from the city official he was."""
    kb.add_articles([
        article("a", "Sở Xây dựng họp báo", "Ông Lâm Văn Hai, Giám đốc Sở Xây dựng TP HCM, trả lời báo chí.",
                persons=[("Lâm Văn Hai", [("Giám đốc", "Sở Xây dựng TP HCM")])], places=["TP Hồ Chí Minh"]),
        article("b", "Đại hội Đảng bộ quận", "Ông Lâm Văn Hai, Bí thư Quận ủy quận 5, phát biểu.",
                persons=[("Lâm Văn Hai", [("Bí thư", "Quận ủy quận 5")])], places=["TP Hồ Chí Minh"]),
    ])
    [person] = kb.person("Lâm Văn Hai")
    assert sorted(a.id for a in person.articles) == ["a", "b"]
