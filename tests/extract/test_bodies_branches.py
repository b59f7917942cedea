"""A body's branch in a place (`bodies/branches.py`). Invented sentences: (text, person,
expected positions)."""

from __future__ import annotations

import pytest

from conftest import body_names, offices_of


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Lê Văn Hải, Giám đốc Ngân hàng Nhà nước chi nhánh Nghệ An, cho biết.", "Lê Văn Hải",
         [("Giám đốc", "Ngân hàng Nhà nước chi nhánh Nghệ An")]),
        ("Bà Trần Thị Mai, Phó Giám đốc VietinBank chi nhánh Hà Nội, cho biết lãi suất sẽ giảm.", "Trần Thị Mai",
         [("Phó Giám đốc", "VietinBank chi nhánh Hà Nội")]),
        # Without a place after it, the branch word is the sentence's.
        ("Ông Lê Văn Hải, Giám đốc Ngân hàng Nhà nước, cho biết chi nhánh sẽ mở rộng.", "Lê Văn Hải",
         [("Giám đốc", "Ngân hàng Nhà nước")]),
    ],
)
def test_a_branch_in_a_place_is_the_body(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected


def test_a_branch_outside_a_title_is_listed_whole() -> None:
    assert "Agribank chi nhánh Bình Thạnh" in body_names("Agribank chi nhánh Bình Thạnh vừa giải ngân gói vay.")


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Lê Văn Hải, Phó Tổng giám đốc Tổng công ty Xây dựng Sài Gòn TNHH Một thành viên cho biết.",
         "Lê Văn Hải", [("Phó Tổng Giám đốc", "Tổng công ty Xây dựng Sài Gòn TNHH Một thành viên")]),
        ("Ông Lê Văn Hải, Tổng Giám đốc Tổng công ty Nông nghiệp Sài Gòn TNHH MTV, phát biểu.", "Lê Văn Hải",
         [("Tổng Giám đốc", "Tổng công ty Nông nghiệp Sài Gòn TNHH MTV")]),
        # A legal form written before the name reads as before.
        ("Ông Lê Văn Hải, Giám đốc Công ty TNHH MTV Minh Phát, cho biết.", "Lê Văn Hải",
         [("Giám đốc", "Công ty TNHH MTV Minh Phát")]),
    ],
)
def test_a_companys_legal_form_after_its_place_is_its_name(text: str, person: str,
                                                            expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected
