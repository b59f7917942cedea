"""Offices given by an act to the persons it names after the office (`miễn nhiệm chức danh X đối
với ông A`), to every subject of a list before the verb (`ông A - Giám đốc Sở X và ông B được bầu …`),
and across a date of birth (`ông A, sinh ngày 1/6/1960, Giám đốc …`) (issue 9 pattern 1).
Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run

TITLE = "Quảng Nam: kỳ họp HĐND tỉnh"


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text, title=TITLE).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term between the office and the words naming whom the act is about
        ("Kỳ họp đã miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh Quảng Nam nhiệm kỳ 2016-2021 đối với ông "
         "Lê Văn Minh.", {"Lê Văn Minh": [("Phó Chủ tịch", "UBND tỉnh Quảng Nam")]}),
        # `về việc` voids the subject before the verb, not the persons named after the office
        ("Tờ trình có nội dung về việc miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh Quảng Nam đối với ông "
         "Lê Văn Minh.", {"Lê Văn Minh": [("Phó Chủ tịch", "UBND tỉnh Quảng Nam")]}),
        # each office of the act's list goes to its own persons
        ("Quốc hội sẽ miễn nhiệm chức danh Tổng thanh tra Chính phủ với ông Lê Văn An và Bộ trưởng Giao "
         "thông Vận tải với ông Trần Quốc Bảo.",
         {"Lê Văn An": [("Tổng Thanh tra", "Thanh tra Chính phủ")],
          "Trần Quốc Bảo": [("Bộ trưởng", "Bộ Giao thông Vận tải")]}),
        # the name before the second office is the first office's recipient, not its subject
        ("HĐND huyện Duy Xuyên sẽ họp để miễn nhiệm chức danh Chủ tịch UBND huyện Duy Xuyên đối với ông "
         "Hoàng Văn Tư và chức danh Phó Chủ tịch HĐND huyện Duy Xuyên đối với ông Đỗ Minh Quang.",
         {"Hoàng Văn Tư": [("Chủ tịch", "UBND huyện Duy Xuyên")],
          "Đỗ Minh Quang": [("Phó Chủ tịch", "HĐND huyện Duy Xuyên")]}),
        # an aside's offices in brackets do not end the list of recipients
        ("Kỳ họp đã miễn nhiệm chức danh Ủy viên UBND tỉnh với các ông Phạm Văn Hải, ông Vũ Đức Thịnh "
         "(chuyển từ Giám đốc Sở Xây dựng về Phó ban Nội chính Tỉnh ủy) và đại tá Ngô Văn Tám.",
         {"Phạm Văn Hải": [("Ủy viên", "UBND tỉnh Quảng Nam")], "Ngô Văn Tám": [("Ủy viên", "UBND tỉnh Quảng Nam")]}),
    ],
)
def test_the_persons_an_act_names_after_the_office(text: str, expected: dict[str, list]) -> None:
    positions = _positions(text)
    for person, offices in expected.items():
        assert positions[person] == offices, person


@pytest.mark.parametrize(
    ("text", "persons", "office"),
    [
        ("Ông Tô Văn Hưng - tân Giám đốc Sở Tài nguyên và Môi trường, ông Trần Phúc Sang - Giám đốc Sở Kế "
         "hoạch và Đầu tư và thiếu tướng Vũ Xuân Viễn - Giám đốc Công an tỉnh được bầu bổ sung chức danh Ủy "
         "viên UBND tỉnh.", ["Tô Văn Hưng", "Trần Phúc Sang", "Vũ Xuân Viễn"], ("Ủy viên", "UBND tỉnh Quảng Nam")),
        ("Ông Lê Văn Bình và ông Trần Văn Cường được bổ nhiệm làm Phó Giám đốc Sở Xây dựng.",
         ["Lê Văn Bình", "Trần Văn Cường"], ("Phó Giám đốc", "Sở Xây dựng tỉnh Quảng Nam")),
    ],
)
def test_every_subject_joined_before_the_verb_holds_the_office(text: str, persons: list[str],
                                                               office: tuple[str, str]) -> None:
    positions = _positions(text)
    for person in persons:
        assert office in positions[person], person


def test_a_name_before_a_comma_is_no_subject_of_the_list() -> None:
    # The chairman signs the decision; only the one after the comma is appointed.
    text = ("Theo quyết định của Chủ tịch UBND tỉnh Nguyễn Văn An, ông Lê Văn Bình được bổ nhiệm làm Giám "
            "đốc Sở Xây dựng.")
    positions = _positions(text)
    assert positions["Nguyễn Văn An"] == [("Chủ tịch", "UBND tỉnh Quảng Nam")]
    assert positions["Lê Văn Bình"] == [("Giám đốc", "Sở Xây dựng tỉnh Quảng Nam")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bổ nhiệm ông Nguyễn Bá Tín, sinh ngày 27/8/1963, Giám đốc Trung tâm Y tế huyện Duy Xuyên, đến giữ "
         "chức Giám đốc Bệnh viện Đa khoa huyện Duy Xuyên.",
         [("Giám đốc", "Trung tâm Y tế huyện Duy Xuyên"), ("Giám đốc", "Bệnh viện Đa khoa huyện Duy Xuyên")]),
        ("Ông Nguyễn Bá Tín, sinh năm 1963, Giám đốc Sở Y tế, cho biết.", [("Giám đốc", "Sở Y tế tỉnh Quảng Nam")]),
    ],
)
def test_a_date_of_birth_between_the_name_and_its_offices(text: str, expected: list) -> None:
    assert _positions(text)["Nguyễn Bá Tín"] == expected


def test_a_recipients_own_titles_do_not_end_the_list() -> None:
    text = ("HĐND tỉnh cũng miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Dương Quốc Việt, nguyên Giám "
            "đốc Sở Xây dựng; bà Nguyễn Thị Thu Vân, nguyên Giám đốc Sở Tư pháp, và ông Quách Hoàng Sáu.")
    positions = _positions(text)
    for person in ("Dương Quốc Việt", "Nguyễn Thị Thu Vân", "Quách Hoàng Sáu"):
        assert ("Ủy viên", "UBND tỉnh Quảng Nam") in positions[person], person


def test_a_comma_before_the_verb_leaves_the_office_to_the_last_name() -> None:
    text = ("Kỷ luật cảnh cáo đối với các ông Trần Đình Hồng (ủy viên Ban Thường vụ Tỉnh ủy), ông Trần Thanh "
            "Vân (trưởng Ban Nội chính Tỉnh ủy) và ông Đào Tấn Bằng (tỉnh ủy viên), hiện là bí thư Đảng ủy các "
            "khu công nghiệp.")
    positions = _positions(text)
    assert all(title != "Bí thư" for title, _ in positions["Trần Đình Hồng"] + positions["Trần Thanh Vân"])


def test_doi_voi_ends_the_body_of_the_office() -> None:
    # regression: the body took `đối` (`Phòng Tài nguyên nước đối`) before the words naming the holder
    text = "Kỳ họp miễn nhiệm chức danh Trưởng phòng Tài nguyên nước đối với ông Cao Minh Phương."
    assert _positions(text)["Cao Minh Phương"] == [("Trưởng phòng", "Phòng Tài nguyên nước")]


def test_a_pronoun_a_few_words_before_the_verb_names_the_person_before() -> None:
    text = ("Ông Hoàng Trung Hòa sinh năm 1959. Sau khóa học, ông lần lượt trải qua các vị trí Ủy viên Ban cán sự "
            "Đảng, Thứ trưởng Bộ Công nghiệp.")
    assert ("Thứ trưởng", "Bộ Công nghiệp") in _positions(text)["Hoàng Trung Hòa"]
