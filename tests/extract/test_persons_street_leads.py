"""Street lists that open after a lead word (`cầu vượt hướng …`, `các tuyến đường như: …`) or
hold an aside in parentheses (`chợ Trần Hữu Trang (quận 3), …`), junctions and steel flyovers,
and shops named like persons (`hiệu vàng Kim Ngọc`): no persons. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thành phố xây một cầu vượt hướng Nguyễn Kiệm - Hoàng Minh Giám dài 300 mét.", set()),
        ("Xe ùn tắc trên các trục đường như: Bùi Thị Xuân, Tôn Thất Tùng vào giờ tan tầm.", set()),
        ("Ùn ứ kéo dài tại nút giao thông Phạm Văn Đồng - Nguyễn Thái Sơn.", set()),
        ("Phương tiện xếp hàng đến cầu vượt thép Lăng Cha Cả suốt buổi sáng.", set()),
        ("Tại các chợ Trần Hữu Trang (quận 3), Phạm Văn Hai (Tân Bình), giá tôm tăng.", set()),
        ("Cấm xe trên các tuyến phố Lê Quý Đôn (từ Nguyễn Cao đến Lò Đúc), Nguyễn Cao, Hàn Thuyên.", set()),
        ("Ngay bên cạnh, hiệu vàng Kim Ngọc bán nhẫn tròn giá cao hơn.", set()),
        ("Đoàn khách nghỉ tại khách sạn Hoàng Long trong ba ngày.", set()),
        # a lead word with no list after it leaves the sentence alone
        ("Ông Nguyễn Văn Hải đi đường tắt như Trần Văn Nam kể lại.", {"Nguyễn Văn Hải", "Trần Văn Nam"}),
        # a form of address still makes a name
        ("Bà Kim Ngọc, chủ một cửa hàng vàng, cho biết giá tăng.", {"Kim Ngọc"}),
    ],
)
def test_street_lists_and_shops_hold_noperson_names(text: str, expected: set[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn Hà Nội giành 12 huy chương vàng tại giải trẻ.", set()),
        ("Than Quảng Ninh thắng 2-0 trên sân nhà.", set()),
        ("Đoàn Nghệ An dẫn đầu bảng tổng sắp.", set()),
        # a full name, or a cue before the same words, is a person
        ("Anh Đoàn Văn Nam cho biết đội đã sẵn sàng.", {"Đoàn Văn Nam"}),
        ("Ông Đoàn Hà Nội là người đề xuất sáng kiến.", {"Đoàn Hà Nội"}),
    ],
)
def test_a_delegation_or_team_of_a_place_is_no_person(text: str, expected: set[str]) -> None:
    assert person_names(text) == expected
