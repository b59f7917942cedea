"""Titles that open a clause and name the person after a comma and a cue: `Chủ tịch UBND tỉnh
Hà Tĩnh, ông Nguyễn Văn An cho biết` (issue 9 pattern 1). Not when the titles are an object
(`với`, `của`, `làm` before them) or an apposition of a name before them. Sentences written by the
project's authors: (text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Chủ tịch UBND tỉnh Hà Tĩnh, ông Trần Văn Quý cho biết tỉnh đã chuẩn bị.", "Trần Văn Quý",
         [("Chủ tịch", "UBND tỉnh Hà Tĩnh")]),
        ("Phát biểu tại họp báo, Phó Bí thư Thành ủy Hà Nội, ông Lê Hồng Sơn thông tin thêm.", "Lê Hồng Sơn",
         [("Phó Bí thư", "Thành ủy Hà Nội")]),
        ("Theo Giám đốc Sở Y tế tỉnh Nam Định, bà Đặng Thị Thu, số ca bệnh đã giảm.", "Đặng Thị Thu",
         [("Giám đốc", "Sở Y tế tỉnh Nam Định")]),
        ("Trưởng ban Nội chính Thành ủy Đà Nẵng, ông Hồ Kỳ Minh, chia sẻ thêm.", "Hồ Kỳ Minh",
         [("Trưởng ban", "Ban Nội chính Thành ủy Đà Nẵng")]),
        # A body with a name of its own after `Chủ tịch`: `Nhóm Nghị sỹ` is no person.
        ("Đoàn đến chào ông Trịnh Văn Lâm, Trưởng ban Tổ chức Trung ương, Chủ tịch Nhóm Nghị sỹ Hữu nghị Việt-Nhật.",
         "Trịnh Văn Lâm", [("Trưởng ban", "Ban Tổ chức Trung ương"),
                           ("Chủ tịch", "Nhóm Nghị sỹ Hữu nghị Việt-Nhật")]),
    ],
)
def test_titles_then_comma_name_the_person_after(text: str, person: str,
                                                 expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Báo cáo với Bí thư Thành ủy Hà Nội, bà Trần Thị Yên cho biết công đoàn đã chăm lo.", "Trần Thị Yên"),
        ("Theo quyết định của Thủ tướng, ông Đỗ Văn Khang sẽ đảm nhiệm chức vụ từ ngày 16/9.", "Đỗ Văn Khang"),
        ("Đối với Giám đốc Sở Giao thông Vận tải TP Hà Nội, ông Đỗ Văn Phong yêu cầu làm rõ.", "Đỗ Văn Phong"),
        ("Ông Hoàng Văn Hải được phân công làm Bí thư Thành ủy Hà Nội, ông Đinh Văn Hùng đảm trách việc khác.",
         "Đinh Văn Hùng"),
    ],
)
def test_titles_as_an_object_are_not_the_next_persons(text: str, person: str) -> None:
    assert _positions(text)[person] == []


def test_apposition_before_wins() -> None:
    text = "Dự họp có ông Lý Văn Ba, Bí thư Thành ủy Hà Nội, ông Lê Văn Tư và nhiều đại biểu."
    positions = _positions(text)
    assert positions["Lý Văn Ba"] == [("Bí thư", "Thành ủy Hà Nội")]
    assert positions["Lê Văn Tư"] == []
