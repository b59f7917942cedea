"""Careers (issue 9, patterns 1 and 2): offices tied to their holder by a verb, a career list, a
pronoun or a biography's timeline. Invented sentences in the seed's style: (text, person,
expected (title, body) pairs)."""

from __future__ import annotations

import pytest

from conftest import run


def offices(text: str, name: str) -> set[tuple[str, str | None]]:
    persons = {p.name: p for p in run(text).article.persons}
    return {(pos.title, pos.org) for pos in persons[name].positions} if name in persons else set()


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a verb of office between the name and the titles
    ("Theo quyết định, ông Trần Minh Hào sẽ thôi giữ chức Trưởng ban Tuyên giáo Thành ủy Đà Nẵng để nhận nhiệm vụ mới.",
     "Trần Minh Hào", {("Trưởng ban", "Ban Tuyên giáo Thành ủy Đà Nẵng")}),
    ("Ông Lê Văn Khải thôi giữ chức Bí thư Tỉnh ủy Bến Tre và được điều động giữ chức "
     "Phó Trưởng ban Kinh tế Trung ương.",
     "Lê Văn Khải", {("Bí thư", "Tỉnh ủy Bến Tre"), ("Phó Trưởng ban", "Ban Kinh tế Trung ương")}),
    ("Bà Phạm Thu Hằng được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Long An.",
     "Phạm Thu Hằng", {("Giám đốc", "Sở Xây dựng tỉnh Long An")}),
    # a career list after `các chức vụ:`, its chains joined by semicolons
    ("Trước đó, ông Đỗ Minh Tâm từng đảm nhiệm các chức vụ: Phó Vụ trưởng Vụ Tổ chức cán bộ, Bộ Xây dựng; "
     "Chánh Văn phòng Bộ Xây dựng; Thứ trưởng Bộ Xây dựng.", "Đỗ Minh Tâm",
     {("Phó Vụ trưởng", "Vụ Tổ chức cán bộ Bộ Xây dựng"), ("Chánh Văn phòng", "Bộ Xây dựng"),
      ("Thứ trưởng", "Bộ Xây dựng")}),
    # a pronoun opening the next sentence: the person named last
    ("Ông Nguyễn Văn Lộc sinh năm 1968 tại Long An. Ông từng giữ chức Phó Chủ tịch UBND tỉnh Long An.",
     "Nguyễn Văn Lộc", {("Phó Chủ tịch", "UBND tỉnh Long An")}),
])
def test_offices_tied_by_a_verb_a_list_or_a_pronoun(text: str, name: str, expected: set) -> None:
    assert offices(text, name) == expected


def test_a_pronoun_opening_the_sentence_far_before_the_verb_speaks_of_the_person_named_last() -> None:
    # defect: the pronoun was looked for only in the four words before the verb
    text = ("Ông Hà Minh Tuấn sinh năm 1966 tại Long An. Ông vốn là kỹ sư thủy lợi, trình độ cao cấp lý luận "
            "chính trị và từng trải qua các chức vụ: Phó Giám đốc Sở Xây dựng tỉnh Long An, Bí thư Huyện ủy Cần Đước.")
    found = offices(text, "Hà Minh Tuấn")
    assert ("Phó Giám đốc", "Sở Xây dựng tỉnh Long An") in found
    assert any(title == "Bí thư" for title, _ in found)


@pytest.mark.parametrize(("text", "name", "absent"), [
    # a name in brackets is an aside: the office is the subject's before the bracket
    ("Năm 2008, bà Trương Thị Hiền (vợ nguyên Bí thư Thành ủy Đà Nẵng Lê Văn Hưng) được bổ nhiệm làm "
     "Hiệu trưởng Trường Chính trị thành phố.", "Lê Văn Hưng", "Hiệu trưởng"),
    # the one who signs a proposal about another's office is not its holder
    ("HĐND thông qua tờ trình của Chủ tịch UBND tỉnh Lê Văn Sơn về việc miễn nhiệm chức vụ "
     "Phó Chủ tịch UBND tỉnh Long An.",
     "Lê Văn Sơn", "Phó Chủ tịch"),
    # too far from the name: another subject may have come in
    ("Ông Trần Văn Bảy cho biết, sau nhiều năm công tác tại địa phương với rất nhiều khó khăn vất vả và thử thách "
     "lớn, người được chọn sẽ giữ chức Giám đốc Sở Xây dựng tỉnh Long An.", "Trần Văn Bảy", "Giám đốc"),
])
def test_no_office_for_a_name_the_verb_does_not_speak_of(text: str, name: str, absent: str) -> None:
    assert absent not in {title for title, _org in offices(text, name)}


def test_a_biographys_timeline_gives_the_profiled_person_its_offices() -> None:
    text = ("Tiểu sử đồng chí Hồ Văn Nam\n\nĐồng chí Hồ Văn Nam sinh năm 1965 tại Long An.\n\n"
            "3/2005 - 6/2010: Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Long An.\n\n"
            "7/2010 - 2015: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Long An.\n\n"
            "Tháng 10/2015, ông được bầu làm Bí thư Tỉnh ủy Long An.")
    got = offices(text, "Hồ Văn Nam")
    assert {("Phó Chủ tịch", "UBND tỉnh Long An"), ("Chủ tịch", "UBND tỉnh Long An"),
            ("Bí thư", "Tỉnh ủy Long An")} <= got


def test_a_plural_heading_gives_its_titles_to_every_name_of_its_list() -> None:
    text = ("Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Lê Văn Khải - Phó Thủ tướng Chính phủ; Trần Thu Hà - "
            "Trưởng ban Dân vận Trung ương; các đồng chí Ủy viên Trung ương Đảng: Phạm Minh Tâm - Bộ trưởng Bộ Xây "
            "dựng, Đỗ Văn Lợi - Bí thư Tỉnh ủy Long An.")
    assert ("Ủy viên", "Bộ Chính trị") in offices(text, "Lê Văn Khải")
    assert ("Ủy viên", "Bộ Chính trị") in offices(text, "Trần Thu Hà")
    # the next heading ends the first list
    assert ("Ủy viên", "Bộ Chính trị") not in offices(text, "Phạm Minh Tâm")
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng") in offices(text, "Phạm Minh Tâm")
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng") in offices(text, "Đỗ Văn Lợi")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Dự có nguyên Chủ tịch Quốc hội Nguyễn Văn Hòa và Lê Văn Khải.", "Lê Văn Khải", {("nguyên Chủ tịch", "Quốc hội")}),
    # a form of address before the second name: not the first one's titles
    ("Bí thư Tỉnh ủy Long An Lê Văn Hòa và bà Trần Thị Lụa cùng dự.", "Trần Thị Lụa", set()),
])
def test_a_name_joined_by_va_shares_the_titles_before_the_first(text: str, name: str, expected: set) -> None:
    assert offices(text, name) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # regression: `Thường trực` went to the body (`Thường trực Ban Tổ chức Trung ương`)
    ("Ông Lê Văn Khải, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương, công bố quyết định.", "Lê Văn Khải",
     {("Phó Trưởng ban Thường trực", "Ban Tổ chức Trung ương")}),
    ("Ông Lê Văn Khải, Phó trưởng Ban Thường trực Ban Kinh tế Trung ương, phát biểu.", "Lê Văn Khải",
     {("Phó Trưởng ban Thường trực", "Ban Kinh tế Trung ương")}),
])
def test_a_standing_deputy_heads_the_board_after_the_title(text: str, name: str, expected: set) -> None:
    assert offices(text, name) == expected


def test_the_names_after_doi_voi_cac_ong_hold_the_chain_a_verb_of_office_names() -> None:
    # defect: `miễn nhiệm chức danh X đối với các ông A, B` gave X to nobody (no name before the verb)
    text = ("Kỳ họp đã miễn nhiệm chức danh Ủy viên UBND tỉnh Long An đối với các ông Trần Văn Khoa, "
            "Lê Minh Đạt do nghỉ hưu theo chế độ.")
    for name in ("Trần Văn Khoa", "Lê Minh Đạt"):
        assert ("Ủy viên", "UBND tỉnh Long An") in offices(text, name)


def test_the_previous_holder_named_after_thay_held_the_same_office() -> None:
    # defect: `…, thay ông Y` after a held chain gave Y nothing
    text = ("Ông Nguyễn Minh Hòa, người vừa được bầu giữ chức Bí thư Tỉnh ủy Long An, thay ông Trần Văn Thọ "
            "nghỉ hưu theo chế độ.")
    assert ("Bí thư", "Tỉnh ủy Long An") in offices(text, "Nguyễn Minh Hòa")
    assert ("Bí thư", "Tỉnh ủy Long An") in offices(text, "Trần Văn Thọ")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Trước khi được luân chuyển giữ chức Phó Chủ tịch UBND tỉnh Long An, ông Hồ Minh Tâm có 18 năm "
     "làm việc tại ngân hàng.", "Hồ Minh Tâm", ("Phó Chủ tịch", "UBND tỉnh Long An")),
    ("Trên cương vị Giám đốc Sở Xây dựng tỉnh Long An, bà Lê Thị Thanh Vân đã chỉ đạo nhiều công trình.",
     "Lê Thị Thanh Vân", ("Giám đốc", "Sở Xây dựng tỉnh Long An")),
])
def test_a_clause_of_office_before_the_subject_gives_it_the_office(text: str, name: str, expected: tuple) -> None:
    # defect: a verb of office with no name before it gave the chain to nobody, though the
    # clause's subject is named right after it
    assert expected in offices(text, name)


@pytest.mark.parametrize(("text", "name", "expected"), [
    # regression: a pronoun's person was given the office he was to appoint (baomoi's whole-KB test)
    ("Ông Kim Tae-ho nhậm chức tổng thống ngày 10-5. Ông có thể sẽ nhanh chóng bổ nhiệm Thủ tướng mới.",
     "Kim Tae-ho", set()),
    # passive: the pronoun's person holds it
    ("Ông Lê Văn Khải sinh năm 1968. Ông được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Long An.",
     "Lê Văn Khải", {("Giám đốc", "Sở Xây dựng tỉnh Long An")}),
])
def test_a_pronoun_who_appoints_holds_no_office(text: str, name: str, expected: set) -> None:
    assert {t for t in offices(text, name) if t[0] != "Tổng thống"} == expected
