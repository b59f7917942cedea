"""Offices abroad (issue 9 pattern 4, issue 10 "Bodies in their country"): a foreign body written
after a title is that title's body, and a Vietnamese default body is not applied abroad. Invented
sentences: (text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run

STATE_BANK = "Ngân hàng Nhà nước"


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # A bare Thống đốc is the State Bank's (GUIDELINES: offices without a body take the
        # conventional one).
        ("Phó Thống đốc Lê Thị Hòa cho biết lãi suất sẽ ổn định.", "Lê Thị Hòa",
         [("Phó Thống đốc", STATE_BANK)]),
        ("Thống đốc Trần Văn Hải chủ trì cuộc họp.", "Trần Văn Hải", [("Thống đốc", STATE_BANK)]),
        ("Thống đốc Ngân hàng Nhà nước Trần Văn Hải chủ trì cuộc họp.", "Trần Văn Hải",
         [("Thống đốc", STATE_BANK)]),
        # A foreign central bank written after the title is its body, not the State Bank.
        ("Thống đốc Ngân hàng Nhân dân Trung Quốc Phan Công Minh năm ngoái dự báo tăng trưởng.",
         "Phan Công Minh", [("Thống đốc", "Ngân hàng Nhân dân Trung Quốc")]),
        ("Phó Thống đốc Ngân hàng Nhân dân Trung Quốc Trâu Minh tháng trước cho hay.", "Trâu Minh",
         [("Phó Thống đốc", "Ngân hàng Nhân dân Trung Quốc")]),
    ],
)
def test_governors_keep_their_bank(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


def test_regression_bare_governor_was_no_title() -> None:
    # Before: only `Thống đốc Ngân hàng Nhà nước` was a title, so a bare or foreign governor had none.
    assert _positions("Phó Thống đốc Lê Thị Hòa phát biểu.")["Lê Thị Hòa"]


def test_regression_us_state_governor_is_not_the_state_bank() -> None:
    found = _positions("Thống đốc bang Texas Greg Abbott phát biểu tại cuộc họp báo.")
    assert all(org != STATE_BANK for positions in found.values() for _t, org in positions)


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # The convention's body keyed with the country written between the title and the name.
        ("Thủ tướng Anh Keir Starmer phát biểu tại cuộc họp báo.", "Keir Starmer", [("Thủ tướng", "Chính phủ Anh")]),
        ("Thủ tướng Lào Bounmy Vongsa đánh giá cao kết quả hợp tác.", "Bounmy Vongsa",
         [("Thủ tướng", "Chính phủ Lào")]),
        # A body written right before the country is that country's.
        ("Chủ tịch Quốc hội Cuba Alberto Ruiz Lopez hội đàm với đoàn.", "Alberto Ruiz Lopez",
         [("Chủ tịch", "Quốc hội Cuba")]),
        ("Bộ trưởng Ngoại giao Nga Sergey Volkov nói với báo chí.", "Sergey Volkov",
         [("Bộ trưởng", "Bộ Ngoại giao Nga")]),
        # Heads of state: no body (GUIDELINES: Chủ tịch nước -> null org).
        ("Tổng thống Mỹ John Carter nói với báo chí.", "John Carter", [("Tổng thống", None)]),
        ("Chủ tịch Trung Quốc Vương Quốc Lâm gửi điện mừng.", "Vương Quốc Lâm", [("Chủ tịch", None)]),
        # At home the convention stands.
        ("Thủ tướng Lê Văn Thành chủ trì phiên họp.", "Lê Văn Thành", [("Thủ tướng", "Chính phủ")]),
    ],
)
def test_foreign_offices_are_keyed_with_their_country(text: str, person: str,
                                                       expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


def test_regression_a_later_bare_mention_keeps_the_foreign_body() -> None:
    # Before: `Thủ tướng Lào A` gave no body and a later `Thủ tướng A` the Chính phủ of Việt Nam.
    text = ("Thủ tướng Lào Bounmy Vongsa đánh giá cao kết quả hợp tác. Thủ tướng Bounmy Vongsa cho biết "
            "hai bên sẽ ký kết nhiều văn kiện.")
    assert _positions(text)["Bounmy Vongsa"] == [("Thủ tướng", "Chính phủ Lào")]


def test_regression_no_foreign_leader_holds_a_vietnamese_state_body() -> None:
    found = _positions("Thủ tướng Anh Keir Starmer và Thủ tướng Lào Bounmy Vongsa dự hội nghị.")
    assert all(org not in ("Chính phủ", "Quốc hội") for ps in found.values() for _t, org in ps)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A party's own name stands between the central body and its country (units.json party_names).
        ("Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, "
          "Chủ tịch nước Lý Minh Huy, đoàn lên đường.",
         "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"),
        ("Ông Raul Vega, Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba, gửi lời chúc.",
         "Ban Chấp hành Trung ương Đảng Cộng sản Cuba"),
    ],
)
def test_foreign_party_body_keeps_its_country(text: str, body: str) -> None:
    names = [o.name for o in run(text).article.organizations]
    assert body in names
    assert "Ban Chấp hành Trung ương Đảng" not in names


def test_regression_vietnamese_central_committee_unchanged() -> None:
    text = "Ông Trần Văn Hải, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, phát biểu."
    assert "Ban Chấp hành Trung ương Đảng" in [o.name for o in run(text).article.organizations]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # Titles after the name: a country between them and a later mention of the same person
        # says nothing of the office.
        ("Tại hội nghị, ông Trần Minh Đức - Ủy viên Ban Chấp hành Trung ương Đảng, Phó Trưởng ban Tổ chức "
         "Trung ương đã công bố quyết định. Đoàn sẽ thăm Lào. Ông Trần Minh Đức cho biết hai bên sẽ hợp tác.",
         "Trần Minh Đức", [("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Phó Trưởng ban", "Ban Tổ chức Trung ương")]),
        ("Bà Lê Thu Hà, Giám đốc Sở Tài chính tỉnh Nam Định, dự lễ. Trước đó đoàn đã thăm Nhật Bản. "
         "Bà Lê Thu Hà cảm ơn đối tác.", "Lê Thu Hà", [("Giám đốc", "Sở Tài chính tỉnh Nam Định")]),
        # Before the name the country still keys the office.
        ("Ông Trần Minh Đức hội kiến Thủ tướng Lào Bounmy Vongsa.", "Bounmy Vongsa",
         [("Thủ tướng", "Chính phủ Lào")]),
    ],
)
def test_titles_after_the_name_are_not_abroad(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected
