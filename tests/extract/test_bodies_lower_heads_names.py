"""Bodies after an office title whose names the grammar read short: a union of a trade
(`Công đoàn ngành Giáo dục`), a school's youth union (`Đoàn trường …`), and a company whose own
name begins with a family name (`Công ty Hoàng Dân`, `bodies/holder.py`). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import offices_of


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Nguyễn Văn Hùng - Chủ tịch Công đoàn ngành Giáo dục tỉnh Nghệ An, vinh dự đón nhận.",
         "Nguyễn Văn Hùng", [("Chủ tịch", "Công đoàn ngành Giáo dục tỉnh Nghệ An")]),
        ("Ông Lê Văn Hải, Chủ tịch Công đoàn Viên chức Việt Nam, phát biểu.", "Lê Văn Hải",
         [("Chủ tịch", "Công đoàn Viên chức Việt Nam")]),
        ("Anh Trần Văn Nghĩa, Bí thư Đoàn trường Đại học Bách Khoa Hà Nội, cho rằng thanh niên cần học.",
         "Trần Văn Nghĩa", [("Bí thư", "Đoàn trường Đại học Bách Khoa Hà Nội")]),
        # The company's name is a family name and a given name: it is the company's, not a holder's.
        ("Ông Nguyễn Văn Dân, Giám đốc Công ty Hoàng Dân, bị cáo buộc.", "Nguyễn Văn Dân",
         [("Giám đốc", "Công ty Hoàng Dân")]),
        ("Ông Nguyễn Văn Dân, Giám đốc Công ty Phú Việt Tín, bị cáo buộc.", "Nguyễn Văn Dân",
         [("Giám đốc", "Công ty Phú Việt Tín")]),
    ],
)
def test_the_body_after_the_title_is_read_whole(text: str, person: str,
                                                 expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected
