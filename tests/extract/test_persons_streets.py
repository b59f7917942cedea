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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare names before a bridge or an avenue that a route names with its word
        ("Xe tải đi theo tuyến: Quốc lộ 5, nút giao Mai Động, đường vành đai II trên cao, Lê Quang Đạo, "
         "Trần Văn Lai, cầu Vĩnh Tuy, đi các tỉnh phía Đông.", set()),
        ("Rẽ phải theo tỉnh lộ 429 - Kim Bài, Đồng Tâm - Trần Duy Hưng - Đại lộ Tây Hồ, đi các hướng.", set()),
        ("Dự án mở rộng đường vành đai, đoạn Hồ Tùng Mậu - cầu Diễn, hoàn thành trong năm.", set()),
        # a walking street and a flower street are streets
        ("Hàng nghìn người dạo phố đi bộ Lê Văn Hưu và đường hoa Trần Quang Khải.", set()),
        # a sentence's subject before a street word is no street: no comma or dash joins them
        ("Nguyễn Văn Khải đi đường Lê Lợi về nhà.", {"Nguyễn Văn Khải"}),
        # a form of address keeps its name a person
        ("Ông Hà Văn Kha, Trần Văn Lai, cầu Vĩnh Tuy đều được nhắc.", {"Hà Văn Kha"}),
        # a capitalised head with a capitalised tail is a place's own name, not a street word
        ("Ông Hà Minh Tuấn, Cầu Giấy, Hà Nội cho biết.", {"Hà Minh Tuấn"}),
    ],
)
def test_bare_names_before_a_street_word(text: str, expected: set[str]) -> None:
    assert _persons(text) == expected


def test_regression_route_list_ending_in_a_bridge() -> None:
    """`…, Phạm Văn Tư, Lê Bá Khanh, cầu Hòa Lạc`: the bare names of a route before its bridge
    were read as persons."""
    assert _persons("Phương tiện đi theo tuyến đường trên cao, Phạm Văn Tư, Lê Bá Khanh, cầu Hòa Lạc.") == set()
