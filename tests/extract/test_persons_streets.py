"""Streets, markets and houses named after persons (issue 9, pattern E): the names of a street
list are no persons, and a person of the same name is still one. Invented sentences in the
style of provincial news: (text, expected persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _persons(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list governed by a street word, with sections in parentheses
        ("Từ 6h ngày 7/10, cấm các phương tiện trên các tuyến đường: Lê Lợi, Trần Phú, Quang Trung, "
         "Nguyễn Công Trứ (đoạn từ Lò Đúc đến Phố Huế), đê Trần Khát Chân.", set()),
        ("Xe đi theo các tuyến phố Phan Bội Châu - Lý Tự Trọng, Hai Bà Trưng và Lê Thánh Tông.", set()),
        # a market, a house number, a lettered house number
        ("Đoàn kiểm tra đến chợ Lê Văn Tám của phường Tân Phúc.", set()),
        ("Ông Hà Minh Tuấn bán căn nhà số 12 Nguyễn Du, phường 1.", {"Hà Minh Tuấn"}),
        ("Thửa đất tại số 5A, Hoàng Diệu và nhà 598B5 Nguyễn Thị Định bị thu hồi.", set()),
        # the list ends at the sentence; a person of the story after it is a person
        ("Xe đi đường Lê Lợi. Ông Lê Văn Kha, Phó Chủ tịch UBND huyện cho biết.", {"Lê Văn Kha"}),
        # a form of address or a title before the name still makes it a person
        ("Ông Lê Văn Tám đi chợ Lê Văn Tám.", {"Lê Văn Tám"}),
        # `thành phố` is no street; `số 1,` before a comma is a count, not a house number
        ("Ông Hà Văn Kha - Chủ tịch UBND thành phố Hòa Sơn, Nguyễn Văn Đông - Bí thư Huyện ủy Đông Lâm dự.",
         {"Hà Văn Kha", "Nguyễn Văn Đông"}),
        ("Đơn vị bầu cử số 1, Trần Thị Mai Hoa trúng cử.", {"Trần Thị Mai Hoa"}),
        # `đường` as a plain noun governs no list
        ("Trên con đường phát triển, Nguyễn Văn Đông luôn nỗ lực.", {"Nguyễn Văn Đông"}),
    ],
)
def test_street_names_are_no_persons(text: str, expected: set[str]) -> None:
    assert _persons(text) == expected


def test_regression_the_tail_of_a_ministry_field_is_no_school() -> None:
    """`Môi trường` ends the field of `Sở Tài nguyên và Môi trường`: its `trường` (school) no
    longer makes the name after it a school's name (issue 9, pattern 11)."""
    doc = run("Giám đốc Sở Tài nguyên và Môi trường Trương Văn Nghĩa phát biểu.")
    assert {p.name for p in doc.article.persons} == {"Trương Văn Nghĩa"}
    assert {q.title for p in doc.article.persons for q in p.positions} == {"Giám đốc"}
    assert {p.name for p in run("Học sinh trường Nguyễn Du đạt giải.").article.persons} == set()
