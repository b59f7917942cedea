"""Chains of titles (issue 9, patterns 11 and 12): names written after a body keep the chain
before them. Invented sentences: (text, person, expected titles in order)."""

from __future__ import annotations

import pytest

from conftest import run


def _titles(text: str) -> dict[str, list[str]]:
    return {p.name: [x.title for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Lương Văn Khải; Phó Bí thư Thành ủy, "
         "Chủ tịch UBND thành phố Lê Trung Hòa đồng chủ trì hội nghị.", "Lương Văn Khải",
         ["Phó Bí thư Thường trực", "Chủ tịch"]),
        ("Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Lương Văn Khải; Phó Bí thư Thành ủy, "
         "Chủ tịch UBND thành phố Lê Trung Hòa đồng chủ trì hội nghị.", "Lê Trung Hòa",
         ["Phó Bí thư", "Chủ tịch"]),
        ("Chủ tịch UBND thành phố Trần Văn Lâm kiểm tra công trình.", "Trần Văn Lâm", ["Chủ tịch"]),
    ],
)
def test_names_after_a_body_keep_their_chain(text: str, person: str, expected: list[str]) -> None:
    assert _titles(text)[person] == expected


def test_regression_pho_of_thanh_pho_is_no_street() -> None:
    # Before: `phố` of `thành phố` was read as a street word, so the name after it was a street.
    assert "Lê Trung Hòa" in _titles("Chủ tịch UBND thành phố Lê Trung Hòa chủ trì.")


def test_a_street_still_is_no_person() -> None:
    assert "Lê Lợi" not in _titles("Trụ sở nằm trên phố Lê Lợi, Chủ tịch Nguyễn Văn Bảo cho biết.")
