"""A football club or league named after a player's or coach's role word is no person
(`data/persons/club_words.txt`). Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đó là điều các cầu thủ Man United cần nhất lúc này.", set()),
        ("Cựu tiền đạo Real Madrid chuyển sang thi đấu ở Trung Đông.", set()),
        ("Ông được trao giải HLV Serie A hay nhất mùa.", set()),
        ("Người phát ngôn Saudi Pro League nói thêm về hợp đồng.", set()),
        ("Hai cầu thủ Man City che mắt thủ thành đối phương.", set()),
        # the players and coaches themselves stay persons
        ("HLV Carlo Bianchi của Bayern cho biết đội sẽ thắng.", {"Carlo Bianchi"}),
        ("Tiền đạo Nguyễn Văn Quyết ghi bàn cho Hà Nội FC.", {"Nguyễn Văn Quyết"}),
        ("Nhà văn Milan Kovac ra mắt sách mới.", {"Milan Kovac"}),
    ],
)
def test_clubs_are_no_persons(text: str, expected: set[str]) -> None:
    assert _names(text) == expected
