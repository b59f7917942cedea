"""Plural chains of titles that open a list of holders written with titles of their own (issue 9,
pattern 12). Invented sentences in the seed's style: (text, the holders of the plural title)."""

from __future__ import annotations

import pytest

from conftest import run


def holders(text: str, title: str) -> set[str]:
    return {p.name for p in run(text).article.persons if any(pos.title == title for pos in p.positions)}


@pytest.mark.parametrize(("text", "title", "expected"), [
    # items parted by semicolons, each name with its own appositions
    ("Ba Phó ban khác gồm các ông Cao Văn Phát, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực; "
     "Ngô Đông Hải, Ủy viên dự khuyết Trung ương Đảng; Trần Văn Hiếu, Thứ trưởng Bộ Tài chính (kiêm nhiệm).",
     "Phó ban", {"Cao Văn Phát", "Ngô Đông Hải", "Trần Văn Hiếu"}),
    # a number before the title, a colon after the opener, asides in brackets, commas before a form of address
    ("Đại hội đã bầu 3 Phó Bí thư Tỉnh ủy Long An gồm: bà Ngô Thị Hằng (Phó Bí thư Thường trực), "
     "bà Nguyễn Thị Ngọc (Chủ tịch HĐND tỉnh); ông Đào Văn Toàn (Trưởng ban Tổ chức Tỉnh ủy).",
     "Phó Bí thư", {"Ngô Thị Hằng", "Nguyễn Thị Ngọc", "Đào Văn Toàn"}),
    ("Các Phó Chủ tịch gồm: Phó Chủ tịch nước Đặng Thị Thanh; bà Trần Thị Hà, Trưởng ban Thi đua; "
     "ông Trần Văn Mẫn, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
     "Phó Chủ tịch", {"Đặng Thị Thanh", "Trần Thị Hà", "Trần Văn Mẫn"}),
])
def test_every_item_of_the_list_holds_the_plural_title(text: str, title: str, expected: set[str]) -> None:
    assert holders(text, title) >= expected


@pytest.mark.parametrize(("text", "title", "absent"), [
    # a name inside an item's brackets is an aside, not an item
    ("Hai Phó Giám đốc gồm: ông Lê Văn Tài (người thay ông Phạm Văn Hùng), bà Trần Thị Lan.",
     "Phó Giám đốc", "Phạm Văn Hùng"),
    # a singular title opens no list
    ("Phó Giám đốc Sở Xây dựng gồm nhiều phòng; ông Lê Văn Tài, Trưởng phòng Quy hoạch, cho biết.",
     "Phó Giám đốc", "Lê Văn Tài"),
])
def test_no_plural_title_for_a_name_outside_the_items(text: str, title: str, absent: str) -> None:
    assert absent not in holders(text, title)


def test_a_plural_head_before_the_title_and_a_list_of_bare_names_after_nhu() -> None:
    text = ("Với đồng chí Đinh Văn Thắng, trước đó đã xử lý các đồng chí nguyên là Ủy viên Trung ương như "
            "Vũ Huy Hoàn, Trần Lưu Hà, Huỳnh Minh Chánh... Bây giờ nhiều người nói.")
    assert holders(text, "nguyên Ủy viên") == {"Vũ Huy Hoàn", "Trần Lưu Hà", "Huỳnh Minh Chánh"}
