"""Titles the press writes that the table lacked (issue 9, pattern 3): `Đảng ủy viên`, `Trưởng CA`,
`Thường trực Ban Bí thư`; and a lone title followed by a place is an apposition, not the subject of
a new clause (`…, Trưởng Công an huyện Cần Đước, cho biết`). Invented sentences: (text, person,
expected (title, body) pairs)."""

from __future__ import annotations

import pytest

from conftest import run


def offices(text: str, name: str) -> set[tuple[str, str | None]]:
    persons = {p.name: p for p in run(text).article.persons}
    return {(pos.title, pos.org) for pos in persons[name].positions} if name in persons else set()


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Thường trực Ban Bí thư Lê Văn Hưng phát biểu chỉ đạo hội nghị.", "Lê Văn Hưng",
     {("Thường trực", "Ban Bí thư")}),
    ("Ông Lê Văn Hùng, Trưởng Công an huyện Cần Đước, cho biết vụ việc đang được điều tra.", "Lê Văn Hùng",
     {("Trưởng Công an", "Công an huyện Cần Đước")}),
    ("Thượng tá Lê Văn Hùng - Phó Trưởng CA huyện Cần Đước cho biết.", "Lê Văn Hùng",
     {("Phó Trưởng Công an", "Công an huyện Cần Đước")}),
    # a term after a lone title is no verb of a new clause
    ("Ông Trương Minh Tâm, 59 tuổi, là Thạc sĩ quản trị kinh doanh, Ủy viên Trung ương Đảng khóa XI, XII, "
     "đại biểu Quốc hội khóa XIV.", "Trương Minh Tâm",
     {("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Đại biểu Quốc hội", "Quốc hội")}),
    ("Ông Lê Văn Hùng, Ủy viên Trung ương Đảng nhiệm kỳ 2016-2021.", "Lê Văn Hùng",
     {("Ủy viên", "Ban Chấp hành Trung ương Đảng")}),
])
def test_titles_and_their_bodies(text: str, name: str, expected: set) -> None:
    assert offices(text, name) == expected


@pytest.mark.parametrize(("text", "name", "titles"), [
    # `Đảng ủy viên` is a member of the party committee, and it no longer breaks the chain after it
    ("Ủy ban Kiểm tra quyết định cảnh cáo Đại tá Lê Văn Đạo - nguyên Đảng ủy viên, nguyên Phó Tư lệnh "
     "Quân chủng Hải quân.", "Lê Văn Đạo", {"nguyên Ủy viên", "nguyên Phó Tư lệnh"}),
    ("Bà Nguyễn Thị Thu, Đảng ủy viên, Giám đốc Sở Tài chính tỉnh Long An, bị kỷ luật khiển trách.",
     "Nguyễn Thị Thu", {"Ủy viên", "Giám đốc"}),
])
def test_party_committee_member_titles(text: str, name: str, titles: set[str]) -> None:
    assert {t for t, _ in offices(text, name)} == titles


def test_a_lone_title_before_a_verb_is_still_the_next_clause_s_subject() -> None:
    # the guard a place must not weaken: `…, Tổng Bí thư đề nghị` is no office of the name before
    text = "Ông Lê Văn Hùng phát biểu, Tổng Bí thư đề nghị các địa phương quan tâm."
    assert ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng") not in offices(text, "Lê Văn Hùng")


def test_titles_that_open_a_clause_announce_the_name_after_the_time_word() -> None:
    text = "Chủ tịch UBND tỉnh Long An hiện nay, ông Nguyễn Văn Thành đã bước sang tuổi 63."
    assert offices(text, "Nguyễn Văn Thành") == {("Chủ tịch", "UBND tỉnh Long An")}


@pytest.mark.parametrize(("text", "name", "expected"), [
    # `Thành viên` is an office only with the board it sits on written after it
    ("Bị can Nguyễn Thị Gấm (Thành viên HĐQT Tập đoàn Cao su Hòa Sơn) khai nhận.", "Nguyễn Thị Gấm", {"Thành viên"}),
    ("Ông Lê Văn Bình, Chánh án TAND tỉnh, thành viên Ban Chỉ đạo phòng chống tham nhũng tỉnh, phát biểu.",
     "Lê Văn Bình", {"Chánh án", "Thành viên"}),
    ("Ông Lê Văn An là thành viên của đoàn công tác.", "Lê Văn An", set()),
    # a country written between the titles and the name: `CHND Trung Hoa`
    ("Nhận lời mời của Chủ tịch nước CHND Trung Hoa Tập Cận Bình, Chủ tịch nước Trần Văn Quang lên đường.",
     "Tập Cận Bình", {"Chủ tịch nước"}),
])
def test_board_members_and_a_country_s_long_name(text: str, name: str, expected: set[str]) -> None:
    assert {t for t, _ in offices(text, name)} == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # `nguyên là` keeps the status word in the title, as the guidelines write it
    ("Ông Lê Văn Ba, nguyên là Giám đốc Sở Xây dựng tỉnh Long An, đã bị khởi tố.", "Lê Văn Ba",
     {"nguyên Giám đốc"}),
    ("Ông Lê Văn Ba (60 tuổi, quê huyện Cần Đước) nguyên là Bí thư Tỉnh ủy Long An.", "Lê Văn Ba",
     {"nguyên Bí thư"}),
    ("Nguyên là cán bộ xã, ông Lê Văn Ba cho biết.", "Lê Văn Ba", set()),
])
def test_a_status_word_before_la(text: str, name: str, expected: set[str]) -> None:
    assert {t for t, _ in offices(text, name)} == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a dash between two titles keeps them one chain (issue 9, pattern 12)
    ("Phát biểu tại chương trình, Ủy viên Bộ Chính trị - Thủ tướng Chính phủ Nguyễn Văn Phúc nhận xét.",
     "Nguyễn Văn Phúc", {"Ủy viên", "Thủ tướng"}),
    ("Ông Trần Văn Vượng - Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Chủ nhiệm Ủy ban Kiểm tra Trung "
     "ương dự lễ.", "Trần Văn Vượng", {"Ủy viên", "Bí thư", "Chủ nhiệm"}),
])
def test_titles_parted_by_a_dash(text: str, name: str, expected: set[str]) -> None:
    assert {t for t, _ in offices(text, name)} == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # an aside about the name's age or birth year between it and its titles
    ("Ông Lê Văn An (60 tuổi), Giám đốc Sở Xây dựng tỉnh Long An, cho biết.", "Lê Văn An", {"Giám đốc"}),
    ("Bà Trần Thị Hoài (SN 1986) - Huyện ủy viên, Bí thư Huyện đoàn Tuy Đức bị kỷ luật.", "Trần Thị Hoài",
     {"Ủy viên", "Bí thư"}),
    # `giữ các chức:` opens a career list
    ("Ông Lê Văn Bình từng giữ các chức: Phó Giám đốc Sở Xây dựng tỉnh Long An, Giám đốc Sở Tài chính tỉnh "
     "Long An.", "Lê Văn Bình", {"Phó Giám đốc", "Giám đốc"}),
    # a bracket that closes before the titles holds an aside: its name is not the holder
    ("Bà Trương Thị Hiền (vợ ông Lê Văn Hưng), Hiệu trưởng Trường Chính trị tỉnh, cho biết.", "Lê Văn Hưng",
     set()),
])
def test_asides_between_a_name_and_its_titles(text: str, name: str, expected: set[str]) -> None:
    assert {t for t, _ in offices(text, name)} == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # the lower-case name of the unit a title heads, up to a separator, is no verb of a new clause
    ("Nguyễn Thị Thùy Linh - phó trưởng phòng kế toán; Phạm Văn Rạng - kế toán viên bị khởi tố.",
     "Nguyễn Thị Thùy Linh", {"Phó Trưởng phòng"}),
    ("Ông Dương Tuấn Anh - trưởng phòng kế hoạch tài chính - cũng đã tham mưu.", "Dương Tuấn Anh",
     {"Trưởng phòng"}),
    # a verb runs on past a few words: the title opens a clause of its own
    ("Ông Lê Văn An phát biểu, Trưởng phòng cho biết rằng sẽ kiểm tra lại toàn bộ hồ sơ.", "Lê Văn An", set()),
])
def test_a_unit_named_in_lower_case_after_its_head(text: str, name: str, expected: set[str]) -> None:
    assert {t for t, _ in offices(text, name)} == expected


def test_editors_in_chief() -> None:
    text = ("Đồng chí Nguyễn Mạnh Hòa, Tổng Biên tập Báo Công lý, Phó Trưởng ban Thường trực Ban Chỉ đạo "
            "phát biểu. Ông Lê Văn An, Phó Tổng biên tập báo Tuổi Trẻ, cho biết.")
    assert {t for t, _ in offices(text, "Nguyễn Mạnh Hòa")} == {"Tổng Biên tập", "Phó Trưởng ban Thường trực"}
    assert {t for t, _ in offices(text, "Lê Văn An")} == {"Phó Tổng Biên tập"}


def test_a_deputy_s_constituency_in_brackets() -> None:
    text = "Đại biểu Phạm Minh Châu (Quảng Ninh), Trưởng Ban Tổ chức Trung ương cho biết biên chế còn tăng."
    assert offices(text, "Phạm Minh Châu") == {("Trưởng ban", "Ban Tổ chức Trung ương")}


@pytest.mark.parametrize(("text", "name", "expected"), [
    # titles that open a clause, then a dash and the name they announce
    ("Phát biểu tại sự kiện này, Bí thư Thành ủy - Đinh Văn Thắng kêu gọi minh bạch.", "Đinh Văn Thắng",
     {"Bí thư"}),
    ("Chủ tịch UBND tỉnh Long An - ông Nguyễn Văn Chung vừa có công văn yêu cầu kiểm tra.", "Nguyễn Văn Chung",
     {"Chủ tịch"}),
    # not after a word that makes the titles an object
    ("Báo cáo với Tổng Bí thư - bà Tòng Thị Phương cho biết.", "Tòng Thị Phương", set()),
])
def test_titles_that_open_a_clause_then_a_dash(text: str, name: str, expected: set[str]) -> None:
    assert {t for t, _ in offices(text, name)} == expected
