"""Abbreviated head words of bodies recorded spelled out (`bodies/expanded.py`,
`data/orgs/spelled_heads.tsv`). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import body_names, offices_of


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Lê Văn Hải - Giám đốc VQG Cát Tiên cho biết đàn voi đã trở lại.", "Lê Văn Hải",
         [("Giám đốc", "Vườn quốc gia Cát Tiên")]),
        ("Ông Trần Văn Nam, Trạm trưởng Trạm Kiểm lâm VQG Cát Tiên, cho biết.",
         "Trần Văn Nam", [("Trạm trưởng", "Trạm Kiểm lâm Vườn quốc gia Cát Tiên")]),
        # Written out already: unchanged.
        ("Ông Lê Văn Hải, Giám đốc Vườn quốc gia Cúc Phương, cho biết.", "Lê Văn Hải",
         [("Giám đốc", "Vườn quốc gia Cúc Phương")]),
    ],
)
def test_an_abbreviated_head_is_spelled_out(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected


def test_the_article_lists_the_body_spelled_out() -> None:
    orgs = body_names("VQG Cát Tiên vừa thả về rừng hai cá thể gấu.")
    assert "Vườn quốc gia Cát Tiên" in orgs
    assert "VQG Cát Tiên" not in orgs
