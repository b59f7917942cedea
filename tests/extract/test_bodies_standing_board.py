"""The standing board of a Party committee written without its head word (`Thường vụ Tỉnh ủy`,
`Ủy viên Thường vụ Huyện ủy`) or in lower case (`ban thường vụ Tỉnh ủy`) is the board the
guidelines name `Ban Thường vụ …`; before, it was no body (or the title had none). Invented
sentences: (title, text, expected organizations among the article's, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run


def _read(text: str, title: str) -> tuple[list[str], dict[str, list[tuple[str, str | None]]]]:
    article = run(text, title=title).article
    return ([o.name for o in article.organizations],
            {p.name: [(x.title, x.org) for x in p.positions] for p in article.persons})


@pytest.mark.parametrize(
    ("title", "text", "orgs", "positions"),
    [
        ("Quảng Ngãi: nhân sự", "Đơn xin nghỉ của ông đã được Thường vụ Tỉnh ủy Quảng Ngãi đồng ý.",
         ["Ban Thường vụ Tỉnh ủy Quảng Ngãi"], {}),
        ("Quảng Ngãi: nhân sự", "Ông Trịnh Văn Lộc, Ủy viên Thường vụ Tỉnh ủy, dự hội nghị.",
         ["Ban Thường vụ Tỉnh ủy Quảng Ngãi"], {"Trịnh Văn Lộc": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Ngãi")]}),
        ("Quảng Ngãi: kỷ luật", "Ông A vi phạm các quy định của ban thường vụ Tỉnh ủy trong chỉ đạo.",
         ["ban thường vụ Tỉnh ủy Quảng Ngãi"], {}),
        # A committee that writes its level twice, the place in lower case: the level is said once.
        ("Quảng Ngãi: bổ nhiệm", "Việc bổ nhiệm do Thường vụ Tỉnh ủy tỉnh Quảng ngãi quyết định.",
         ["Ban Thường vụ Tỉnh ủy Quảng Ngãi"], {}),
        # a central body that is a Party committee has a standing board written the same way
        ("Quân đội: hội nghị", "Chiều 6/4, Thường vụ Quân ủy Trung ương tổ chức hội nghị sơ kết.",
         ["Ban Thường vụ Quân ủy Trung ương", "Quân ủy Trung ương"], {}),
        ("Công an: nhân sự", "Ông Lê Văn An, Ủy viên Thường vụ Đảng ủy Công an Trung ương, dự hội nghị.",
         ["Ban Thường vụ Đảng ủy Công an Trung ương"],
         {"Lê Văn An": [("Ủy viên", "Ban Thường vụ Đảng ủy Công an Trung ương")]}),
    ],
)
def test_standing_board_without_its_head_word(title: str, text: str, orgs: list[str],
                                              positions: dict[str, list[tuple[str, str | None]]]) -> None:
    names, got = _read(text, title)
    for org in orgs:
        assert org in names
    for person, expected in positions.items():
        assert got[person] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban Thường vụ Quốc hội cho ý kiến; Thường vụ Quốc hội thống nhất.",  # not a Party board
        "Các ban thường vụ Huyện ủy phải báo cáo.",  # a generic plural
    ],
)
def test_no_standing_board_where_none_is_named(text: str) -> None:
    names, _ = _read(text, "Quảng Ngãi: họp")
    assert not any(n.lower().startswith(("ban thường vụ", "thường vụ")) for n in names)


def test_regression_committee_with_lower_case_place_is_not_written_with_its_level_twice() -> None:
    """The bug: `Tỉnh ủy tỉnh Yên bái` (the place unread in lower case) was `Tỉnh ủy tỉnh Yên Bái`."""
    names, _ = _read("Đó là quyết định của Tỉnh ủy tỉnh Quảng ngãi.", "Quảng Ngãi: bổ nhiệm")
    assert "Tỉnh ủy Quảng Ngãi" in names and "Tỉnh ủy tỉnh Quảng Ngãi" not in names
