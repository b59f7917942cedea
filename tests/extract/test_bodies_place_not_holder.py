"""After an office title a named body's capitals end before its holder's family name; a place
whose first word is also a family name (`huyện Kim Bôi`, `thị xã Hoàng Mai`) is the body's, not a
holder's (`bodies/__init__.py` _without_person_tail). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Lê Văn Hải, Giám đốc Trung tâm Y tế huyện Kim Bôi, cho biết.", "Lê Văn Hải",
         [("Giám đốc", "Trung tâm Y tế huyện Kim Bôi")]),
        ("Ông Nguyễn Văn Dũng, Trưởng phòng Giáo dục và Đào tạo huyện Thạch Thành cho hay, nhiều điểm trường bị ngập.",
         "Nguyễn Văn Dũng", [("Trưởng phòng", "Phòng Giáo dục và Đào tạo huyện Thạch Thành")]),
        ("Ông Phạm Văn Hào, Trưởng phòng Tài nguyên và Môi trường thị xã Hoàng Mai, cho biết.", "Phạm Văn Hào",
         [("Trưởng phòng", "Phòng Tài nguyên và Môi trường thị xã Hoàng Mai")]),
        # The holder's name after the place is still the holder's.
        ("Giám đốc Trung tâm Y tế huyện Kim Bôi Trần Văn Nam cho biết.", "Trần Văn Nam",
         [("Giám đốc", "Trung tâm Y tế huyện Kim Bôi")]),
    ],
)
def test_a_place_is_no_holders_name(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected
