"""A central body whose name ends at the central level, followed by the word for party (`Ban Đối
ngoại Trung ương Đảng`), is written with it (`bodies/parties.py` with_party_word). Invented
sentences: (text, the bodies expected among the article's)."""

from __future__ import annotations

import pytest

from conftest import run


def _orgs(text: str) -> list[str]:
    return [o.name for o in run(text).article.organizations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hôm qua, Ban Đối ngoại Trung ương Đảng tổ chức hội nghị tổng kết.", "Ban Đối ngoại Trung ương Đảng"),
        ("Sáng 5/3, Ban Tuyên giáo Trung ương Đảng tổ chức hội nghị báo cáo viên.",
         "Ban Tuyên giáo Trung ương Đảng"),
        # Written without the party's word, the body stays as written.
        ("Hôm qua, Ban Đối ngoại Trung ương tổ chức hội nghị tổng kết.", "Ban Đối ngoại Trung ương"),
        # A central body written with its central marker already (`Ban Bí thư` + `Trung ương Đảng`).
        ("Ban Bí thư Trung ương Đảng vừa ban hành chỉ thị.", "Ban Bí thư Trung ương Đảng"),
        # A foreign party named after the central level is that party's.
        ("Ban Chấp hành Trung ương Đảng Cộng sản Cuba họp phiên toàn thể.",
         "Ban Chấp hành Trung ương Đảng Cộng sản Cuba"),
    ],
)
def test_central_boards_keep_the_party_word(text: str, expected: str) -> None:
    assert expected in _orgs(text)


def test_the_office_after_a_title_takes_the_whole_body() -> None:
    text = "Ông Trần Văn Lợi, Phó trưởng Ban Thường trực Ban Đối ngoại Trung ương Đảng cho biết."
    person = run(text).article.persons[0]
    assert [(p.title, p.org) for p in person.positions] == [
        ("Phó Trưởng ban Thường trực", "Ban Đối ngoại Trung ương Đảng")]


def test_an_abbreviated_committee_keeps_its_alias() -> None:
    # `BCH TW` is an alias of the Central Committee, whose name already ends with the party's word.
    assert "Ban Chấp hành Trung ương Đảng" in _orgs("Hội nghị BCH TW Đảng lần thứ 5 bế mạc hôm qua.")
