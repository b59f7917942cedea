"""Companies named like persons (`diembao.extract.companies`): the capitalised run after a
company head and its kind and trade is no person. Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Công ty cổ phần đầu tư Bạc Kim Lộc niêm yết giá bạc miếng tăng.", set()),
        ("Ông Lê Văn Tài, chủ Công ty TNHH Sản xuất Kinh doanh Phúc Nguyên, bị bắt.", {"Lê Văn Tài"}),
        ("Gói thầu do Công ty cổ phần đầu tư và xây dựng Trần Khang thi công.", set()),
        ("Nhà phân phối là Công ty cổ phần dịch vụ bất động sản Hoàng Gia Phát.", set()),
        ("Hợp tác xã Phạm Gia đã giao hàng.", set()),
        # a brand
        ("Lực lượng chức năng thu giữ 2 tấn cà phê mang nhãn hiệu Trần Phát là hàng giả.", set()),
        # a word outside the kind's vocabulary, or a cue, leaves a person a person
        ("Công ty do Lê Văn Tài làm giám đốc đã phá sản.", {"Lê Văn Tài"}),
        ("Đây là công ty của ông Lê Văn Tài.", {"Lê Văn Tài"}),
        ("Công ty và Lê Văn Tài ký hợp đồng.", {"Lê Văn Tài"}),
        ("Giám đốc công ty Cienco 8 Bùi Văn Tài cho biết.", {"Bùi Văn Tài"}),
        # a company named for a place: the man after the place is a person
        ("Chủ tịch Tổng Công ty Vận tải Hà Nội Nguyễn Phi Long cho biết.", {"Nguyễn Phi Long"}),
    ],
)
def test_company_names_are_no_persons(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_regression_company_of_a_lucky_phrase() -> None:
    """`Công ty cổ phần đầu tư Vàng …` was read as a person of the family `Vàng`."""
    assert _names("Công ty cổ phần đầu tư Vàng Phúc An niêm yết giá vàng.") == set()
