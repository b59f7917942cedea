"""Titles followed by the function they head, before `tại`/`của` and the firm (issue 9, pattern 3):
the annotators keep the function in the title and the firm is its body. Invented sentences in the
style of business news: (text, person, expected (title, body) pairs)."""

from __future__ import annotations

import pytest

from conftest import run


def offices(text: str, name: str) -> set[tuple[str, str | None]]:
    persons = {p.name: p for p in run(text).article.persons}
    return {(pos.title, pos.org) for pos in persons[name].positions} if name in persons else set()


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Theo bà Anna Berg, Giám đốc nghiên cứu hàng hóa tại Nordic Capital Bank, giá vàng sẽ còn tăng.",
     "Anna Berg", {("Giám đốc nghiên cứu hàng hóa", "Nordic Capital Bank")}),
    ("Ông Tom Fisher, Trưởng bộ phận chiến lược tiền tệ tại sàn giao dịch Fxdesk.com, cho rằng giá sẽ giảm.",
     "Tom Fisher", {("Trưởng bộ phận chiến lược tiền tệ", "Fxdesk.com")}),
    ("Ông Mark Olsen, Giám đốc vận hành của Bluebean, nhận định doanh số sẽ phục hồi.",
     "Mark Olsen", {("Giám đốc vận hành", "Bluebean")}),
])
def test_the_function_stays_in_the_title_and_the_firm_is_the_body(text: str, name: str, expected: set) -> None:
    assert offices(text, name) == expected


@pytest.mark.parametrize(("text", "name", "absent"), [
    # a body's head word is no function: `Giám đốc sở tại Hà Nội` stays `Giám đốc`
    ("Ông Lê Văn An, Giám đốc sở tại Hà Nội, cho biết.", "Lê Văn An", "Giám đốc sở"),
    # no firm after `tại`: no function either
    ("Ông Lê Văn An, Giám đốc điều hành tại đây, cho biết.", "Lê Văn An", "Giám đốc điều hành"),
])
def test_no_function_without_a_firm(text: str, name: str, absent: str) -> None:
    assert absent not in {t for t, _ in offices(text, name)}


def test_a_title_of_state_keeps_its_body() -> None:
    text = "Ông Lê Văn An, Giám đốc Sở Tài chính tỉnh Long An, cho biết."
    assert offices(text, "Lê Văn An") == {("Giám đốc", "Sở Tài chính tỉnh Long An")}


@pytest.mark.parametrize(("text", "name", "title"), [
    # the function between the title and the holder's name
    ("Giám đốc tài chính Nguyễn Thị Khánh Vân có tổng thù lao năm hơn 1,25 tỷ đồng.", "Nguyễn Thị Khánh Vân",
     "Giám đốc tài chính"),
    # up to six words of function before the firm
    ("Ông Tom Wolf, Trưởng bộ phận phân tích thị trường toàn cầu tại Marex, cho rằng giá bạc sẽ tăng.",
     "Tom Wolf", "Trưởng bộ phận phân tích thị trường toàn cầu"),
])
def test_longer_functions_and_the_name_after_them(text: str, name: str, title: str) -> None:
    assert title in {t for t, _ in offices(text, name)}


@pytest.mark.parametrize(("text", "name", "absent"), [
    ("Ông Lê Văn An, Phó Giám đốc và ông Phạm Thành Chung dự họp.", "Phạm Thành Chung", "Phó Giám đốc và ông"),
    ("Phó Giám đốc phụ trách Phạm Văn Long cho biết.", "Phạm Văn Long", "Phó Giám đốc phụ trách"),
])
def test_no_function_over_a_join_or_a_form_of_address(text: str, name: str, absent: str) -> None:
    assert absent not in {t for t, _ in offices(text, name)}
