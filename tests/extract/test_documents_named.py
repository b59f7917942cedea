"""Party documents cited by their proper title, with no number (issue 9): `Điều lệ Đảng`,
`Cương lĩnh 2011`. Invented sentences: (text, expected (type, name) pairs)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(("text", "expected"), [
    ("Đảng viên phải chấp hành nghiêm Điều lệ Đảng.", {("Điều lệ", "Điều lệ Đảng")}),
    ("Thực hiện Cương lĩnh 2011 và Điều lệ Đảng Cộng sản Việt Nam.",
     {("Cương lĩnh", "Cương lĩnh 2011"), ("Điều lệ", "Điều lệ Đảng Cộng sản Việt Nam")}),
    # the common word is no document
    ("Hợp tác xã sửa đổi điều lệ hoạt động.", set()),
    ("Ứng viên trình bày cương lĩnh tranh cử.", set()),
])
def test_party_documents_cited_by_title(text: str, expected: set) -> None:
    assert {(d.type, d.name) for d in run(text).article.documents} == expected
