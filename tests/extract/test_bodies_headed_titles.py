"""Titles that write their body's head inside them (`Trưởng Công an`, `Trưởng CA`): the place
after the title completes the body (`bodies/titled.py`, `data/persons/headed_titles.json`).
Invented sentences."""

from __future__ import annotations

import pytest

from conftest import offices_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Đại tá Đặng Văn Thưởng - Trưởng CA quận Ngô Quyền cho biết: "Đã bắt đối tượng".',
         [("Trưởng Công an", "Công an quận Ngô Quyền")]),
        ("Đại tá Đặng Văn Thưởng, Trưởng Công an huyện Tĩnh Gia, cho biết.",
         [("Trưởng Công an", "Công an huyện Tĩnh Gia")]),
        ("Đại tá Đặng Văn Thưởng, Phó trưởng Công an tỉnh Nghệ An, cho biết.",
         [("Phó Trưởng Công an", "Công an tỉnh Nghệ An")]),
        # No place after the title: no body.
        ("Đại tá Đặng Văn Thưởng, Trưởng Công an, cho biết.", [("Trưởng Công an", None)]),
    ],
)
def test_the_place_after_the_title_completes_its_body(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)["Đặng Văn Thưởng"] == expected
