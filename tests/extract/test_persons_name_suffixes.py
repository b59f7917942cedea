"""One person read as two names, one the other's ending (`diembao.extract.name_suffixes`), and a
lone family name that stands for the name it starts (`ông Tôn` after `Tôn Chính Tài`).
Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the given name pair, whose first syllable is also a family name, is a later mention
        ("Bà Hồ Thị Kim Thoa, Thứ trưởng Bộ Công Thương, bị kỷ luật. Bà Kim Thoa đã nghỉ việc.",
         {"Hồ Thị Kim Thoa"}),
        ("Anh Phạm Hồng Sơn là kỹ sư. Anh Hồng Sơn cho biết công trình sắp xong.", {"Phạm Hồng Sơn"}),
        ("Đại biểu Trần Thị Hoa Rin phát biểu. \"Thị trường còn chậm\" - ĐB Hoa Rin nhận xét.",
         {"Trần Thị Hoa Rin"}),
        # a pair that ends two longer names stays a name of its own
        ("Ông Lê Kim Sơn và ông Vũ Kim Sơn dự họp. Ông Kim Sơn phát biểu.",
         {"Lê Kim Sơn", "Vũ Kim Sơn", "Kim Sơn"}),
        # a pair that ends no longer name is a person
        ("Bà Kim Hạnh, giáo viên, nhận giải thưởng.", {"Kim Hạnh"}),
        # a foreign name is left alone
        ("Ông Kim Jong Pil dự lễ. Ông Jong Pil phát biểu.", {"Kim Jong Pil"}),
    ],
)
def test_a_name_that_ends_another(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese name is shortened to its family name
        ("Ông Tôn Chính Tài từng là Bí thư Trùng Khánh. Ông Tôn bị điều tra năm ngoái.", {"Tôn Chính Tài"}),
        ("Thủ tướng Lý Khắc Hòa tới thăm. Ông Lý cho biết hai bên đã ký kết.", {"Lý Khắc Hòa"}),
        # a southern name by its order of birth
        ("Thủ tướng Sáu Dân đi thăm miền Tây. Ông Sáu dặn cán bộ địa phương.", {"Sáu Dân"}),
        # a syllable that ends a name is that name's mention, not the one it starts
        ("Ông Lâm Văn Hùng gặp ông Nguyễn Văn Lâm. Ông Lâm nói.", {"Lâm Văn Hùng", "Nguyễn Văn Lâm"}),
        # with no full name it starts or ends, a given name after a form of address is a person
        ("Ông Hệ, chủ quán, cho biết.", {"Hệ"}),
    ],
)
def test_a_family_name_alone(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_the_short_mention_joins_its_person() -> None:
    persons = run("Ông Vương Kỳ Lâm phát biểu. Ông Vương nhấn mạnh vai trò của hợp tác.").article.persons
    assert [(p.name, [m.text for m in p.mentions]) for p in persons] == [("Vương Kỳ Lâm", ["Vương Kỳ Lâm", "Vương"])]
