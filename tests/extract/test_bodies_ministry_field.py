"""A ministry's field written without its `và` (`Bộ Thông tin Truyền thông`, `Bộ trưởng Khoa học
Công nghệ`) is read as the ministry, kept as written, as the annotators keep it (issue 9 pattern
3); before, the title had no body. Invented sentences: (text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Trần Quốc Hưng, Bộ trưởng Bộ Thông tin Truyền thông, phát biểu tại hội nghị.",
         "Trần Quốc Hưng", [("Bộ trưởng", "Bộ Thông tin Truyền thông")]),
        ("Thứ trưởng Bộ Kế hoạch Đầu tư Lê Văn Cường cho biết sẽ rà soát lại danh mục.",
         "Lê Văn Cường", [("Thứ trưởng", "Bộ Kế hoạch Đầu tư")]),
        ("Bà Vũ Thị Hạnh, Bộ trưởng Khoa học Công nghệ, thăm khu công nghệ cao.",
         "Vũ Thị Hạnh", [("Bộ trưởng", "Bộ Khoa học Công nghệ")]),
        # Written in full, it is unchanged.
        ("Ông Trần Quốc Hưng, Bộ trưởng Bộ Thông tin và Truyền thông, phát biểu.",
         "Trần Quốc Hưng", [("Bộ trưởng", "Bộ Thông tin và Truyền thông")]),
    ],
)
def test_ministry_field_without_conjunction(text: str, person: str,
                                            expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


def test_knowledge_base_keys_both_writings_as_one_ministry() -> None:
    from diembao.kb.keys import org_key

    assert org_key("Bộ Thông tin Truyền thông") == org_key("Bộ Thông tin và Truyền thông")
    assert org_key("Bộ Kế hoạch Đầu tư") == org_key("Bộ KH-ĐT")
