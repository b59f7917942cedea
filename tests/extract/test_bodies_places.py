"""Bodies completed with the article's place (issue 9, pattern 8): (title, text, expected bodies).
Sentences written by the project's authors in the style of provincial news."""

from __future__ import annotations

import pytest

from conftest import run


def _orgs(text: str, title: str) -> set[str]:
    return {o.name for o in run(text, title=title).article.organizations}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a city whose name already says `TP`: the written `thành phố` is not followed by a second `TP`
        ("TP.HCM: khởi tố vụ án buôn lậu", "Chiều 5/3, Công an thành phố đã khởi tố vụ án.",
         {"Công an thành phố Hồ Chí Minh"}),
        ("TP.HCM: kiểm tra công trình", "Lãnh đạo UBND thành phố chỉ đạo xử lý.",
         {"UBND thành phố Hồ Chí Minh"}),
        # a city without `TP` in its name keeps both
        ("Đà Nẵng: kiểm tra công trình", "Lãnh đạo UBND thành phố chỉ đạo xử lý.",
         {"UBND thành phố Đà Nẵng"}),
    ],
)
def test_city_word_written_once(title: str, text: str, expected: set[str]) -> None:
    assert _orgs(text, title) == expected


def test_regression_thanh_pho_tp_doubled() -> None:
    """Defect: `Thanh tra thành phố` in a TP Hồ Chí Minh article gave `Thanh tra thành phố TP Hồ Chí Minh`."""
    orgs = _orgs("Thanh tra thành phố đề nghị xử lý.", "TP.HCM: kết luận thanh tra")
    assert "Thanh tra thành phố TP Hồ Chí Minh" not in orgs
