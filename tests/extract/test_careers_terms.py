"""Career lists whose offices carry their terms (`… Trung ương Đảng từ khóa IV đến VIII; Ủy viên Bộ
Chính trị …`), lists that `như` opens after a word of office, and `đại biểu Quốc hội` written in
full (issue 9 patterns 1 and 2). Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run

MP = ("Đại biểu Quốc hội", "Quốc hội")


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Hà Văn Lộc sinh năm 1931. Ông là đại biểu Quốc hội khóa VI, VII và VIII; Ủy viên Trung ương "
         "Đảng từ khóa IV đến VII; Ủy viên Bộ Chính trị các khóa VI, VII.", "Hà Văn Lộc",
         [MP, ("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Ủy viên", "Bộ Chính trị")]),
        ("Bà Đinh Thị Hậu từng giữ chức Phó Chủ tịch UBND tỉnh Hà Nam nhiệm kỳ 2011-2016, Bí thư Tỉnh ủy Hà "
         "Nam nhiệm kỳ 2016-2021.", "Đinh Thị Hậu",
         [("Phó Chủ tịch", "UBND tỉnh Hà Nam"), ("Bí thư", "Tỉnh ủy Hà Nam")]),
        ("Ra trường, ông Lương Văn Sáu kinh qua nhiều vị trí ở cơ sở như Giám đốc Công ty Cơ khí Hòa Sơn; "
         "Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh An Giang.", "Lương Văn Sáu",
         [("Giám đốc", "Công ty Cơ khí Hòa Sơn"), ("Phó Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh An Giang")]),
        ("Ông Phó Đức Minh từng đảm nhiệm vị trí lãnh đạo ở Đà Nẵng như Phó Chủ tịch UBND thành phố Đà Nẵng, "
         "Bí thư Quận ủy Liên Chiểu.", "Phó Đức Minh",
         [("Phó Chủ tịch", "UBND thành phố Đà Nẵng"), ("Bí thư", "Quận ủy Liên Chiểu")]),
        ("Tham dự có đại biểu Quốc hội Lê Thị Ngà.", "Lê Thị Ngà", [MP]),
    ],
)
def test_career_offices_with_terms(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


def test_bracket_aside_ends_the_list() -> None:
    # The aside's office is the aside's; the office after the bracket is the subject's own.
    text = ("Ông Phạm Văn Quân (em trai bà Phạm Thị Hương, Bí thư Tỉnh ủy Yên Bái), Giám đốc Sở Tài "
            "nguyên và Môi trường Yên Bái, chưa đủ tiêu chuẩn.")
    positions = _positions(text)
    assert ("Giám đốc", "Sở Tài nguyên và Môi trường Yên Bái") not in positions["Phạm Thị Hương"]


def test_a_plural_title_opens_a_new_list() -> None:
    text = ("Về phía Đài có ông Đỗ Thế Kiên, Tổng Giám đốc Đài Tiếng nói Việt Nam; các Phó Tổng Giám đốc: "
            "Vũ Văn Hải, Trần Minh Hòa.")
    assert ("Phó Tổng Giám đốc", None) not in _positions(text)["Đỗ Thế Kiên"]
