"""Where a body's name ends (issue 9, pattern 7): a company head written with a capital inside
a name starts the next company of a list written without commas. Invented sentences:
(text, expected bodies)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(("text", "expected"), [
    ("Tham gia có Công ty CP Dược Hòa Sơn Công ty TNHH Bia Tân Lâm và nhiều đơn vị khác.",
     {"Công ty CP Dược Hòa Sơn", "Công ty TNHH Bia Tân Lâm"}),
    ("Tổng Công ty Điện lực Miền Tây Công ty CP Cấp nước Hòa Sơn đã ký kết.",
     {"Tổng Công ty Điện lực Miền Tây", "Công ty CP Cấp nước Hòa Sơn"}),
    # `Tập đoàn` inside a company's own name is part of it
    ("Công ty CP Tập đoàn Mặt Trăng khởi công dự án.", {"Công ty CP Tập đoàn Mặt Trăng"}),
    # a number ends a name
    ("Trường THPT Thuận Thành số 1 khai giảng năm học mới.", {"Trường THPT Thuận Thành số 1"}),
    ("Công ty Cổ phần Xây dựng số 5 trúng thầu.", {"Công ty Cổ phần Xây dựng số 5"}),
    # the National Assembly's committees keep `của Quốc hội` in their names
    ("Ủy ban Tài chính, Ngân sách của Quốc hội họp phiên toàn thể.", {"Ủy ban Tài chính, Ngân sách của Quốc hội"}),
    # a lower-case `công ty` is a common word, not a new head
    ("Công ty CP Dược Hòa Sơn công ty con cho biết.", {"Công ty CP Dược Hòa Sơn"}),
])
def test_a_company_head_inside_a_name_starts_the_next_company(text: str, expected: set[str]) -> None:
    assert {o.name for o in run(text).article.organizations} == expected


@pytest.mark.parametrize(("text", "title", "org"), [
    # regression: `Thường trực` was a body (`Thường trực Ủy ban Kiểm tra Thành ủy Hà Nội`)
    ("Ông Lê Văn Khải giữ chức Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Thành ủy Hà Nội.",
     "Phó Chủ nhiệm Thường trực", "Ủy ban Kiểm tra Thành ủy Hà Nội"),
    ("Ông Lê Văn Khải, Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội, dự.",
     "Phó Trưởng ban Thường trực", "Ban Dân vận Thành ủy Hà Nội"),
])
def test_a_deputys_qualifier_goes_with_the_title(text: str, title: str, org: str) -> None:
    article = run(text).article
    assert [(p.title, p.org) for p in article.persons[0].positions] == [(title, org)]
    assert not any(o.name.startswith("Thường trực") for o in article.organizations)
