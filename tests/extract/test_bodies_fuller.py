"""A central body written short where the same article writes it in full (`Ban Bí thư` beside
`Ban Bí thư Trung ương Đảng`, `Ủy ban Quốc phòng An ninh` beside `… của Quốc hội`) is listed
once, under the fuller name; before, the short writing was a second body. Invented sentences:
(text, expected organizations among the article's, organizations it must not hold)."""

from __future__ import annotations

import pytest

from conftest import run


def _orgs(text: str) -> list[str]:
    return [o.name for o in run(text).article.organizations]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Quyết định của Ban Bí thư Trung ương Đảng được công bố. Ông Hà Văn Lộc cho biết Ban Bí thư đã "
         "xem xét kỹ.", ["Ban Bí thư Trung ương Đảng"], ["Ban Bí thư"]),
        ("Ông Đào Minh Tiến, Chủ nhiệm Ủy ban Quốc phòng An ninh của Quốc hội, phát biểu. Ủy ban Quốc phòng "
         "An ninh sẽ thẩm tra dự án.", ["Ủy ban Quốc phòng An ninh của Quốc hội"], ["Ủy ban Quốc phòng An ninh"]),
        # `Thường trực Ban Bí thư` is an office (title `Thường trực`, as the annotators write it) whose
        # body, written short, is the fuller one.
        ("Quyết định của Ban Bí thư Trung ương Đảng được công bố. Thường trực Ban Bí thư chủ trì.",
         ["Ban Bí thư Trung ương Đảng"], ["Ban Bí thư", "Thường trực Ban Bí thư"]),
        # Written only short, it stays as written.
        ("Ban Bí thư đã xem xét kỹ.", ["Ban Bí thư"], []),
    ],
)
def test_short_writing_is_the_fuller_body(text: str, present: list[str], absent: list[str]) -> None:
    names = _orgs(text)
    for org in present:
        assert org in names
    for org in absent:
        assert org not in names


def test_regression_short_and_full_writing_are_not_two_bodies() -> None:
    """The bug: `Ban Bí thư` and `Ban Bí thư Trung ương Đảng` of one article were listed apart."""
    names = _orgs("Ban Bí thư Trung ương Đảng quyết định. Ban Bí thư cũng chỉ đạo.")
    assert names.count("Ban Bí thư Trung ương Đảng") == 1 and "Ban Bí thư" not in names


def test_regression_a_documents_issuer_keeps_the_short_writing() -> None:
    # The article lists the body once under its fuller name; the decision's issuer is as written.
    doc = run("Ban Bí thư Trung ương Đảng họp. Ban Bí thư đã ban hành Quyết định số 12-QĐ/TW ngày 5/3/2017.")
    assert [d.issuer for d in doc.article.documents] == ["Ban Bí thư"]
    assert "Ban Bí thư" not in [o.name for o in doc.article.organizations]
