"""A unit written bare takes the province's police or department named just before it
(`bodies/preceding.py`). Invented sentences: (text, expected bodies, absent bodies)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # The police of the province in the same sentence.
        ("Dưới sự chỉ đạo của Giám đốc Công an tỉnh Đồng Nai, Phòng Cảnh sát kinh tế đã xác lập chuyên án.",
         ["Phòng Cảnh sát kinh tế Công an tỉnh Đồng Nai"], ["Phòng Cảnh sát kinh tế"]),
        # A list of units after their police: each sibling has the same parent; a board waiting
        # for its parent takes it too.
        ("Khen thưởng Công an TP Đà Nẵng, Phòng PC02, Trung đoàn Cảnh sát cơ động vì thành tích xuất sắc.",
         ["Phòng PC02 Công an TP Đà Nẵng", "Trung đoàn Cảnh sát cơ động Công an TP Đà Nẵng"], []),
        ("Giám đốc Công an TP Đà Nẵng và Ban Giám đốc, Phòng Cảnh sát hình sự đã chỉ đạo.",
         ["Ban Giám đốc Công an TP Đà Nẵng", "Phòng Cảnh sát hình sự Công an TP Đà Nẵng"], []),
        # A department in the sentence before.
        ("Ông Lê Văn Tám công tác tại Sở Tài nguyên và Môi trường tỉnh Đồng Nai từ năm 1995. Năm 1998, "
         "ông làm chuyên viên tại Trung tâm Đo đạc.",
         ["Trung tâm Đo đạc Sở Tài nguyên và Môi trường tỉnh Đồng Nai"], ["Trung tâm Đo đạc"]),
        # Further back than the sentence before: no parent.
        ("Sở Y tế tỉnh Đồng Nai đã họp. Cuộc họp kéo dài. Việc kiểm tra tiếp tục. Trung tâm Kiểm nghiệm đã báo cáo.",
         ["Trung tâm Kiểm nghiệm"], ["Trung tâm Kiểm nghiệm Sở Y tế tỉnh Đồng Nai"]),
        # Another body between: the unit may be that body's.
        ("Công an tỉnh Đồng Nai phối hợp với UBND huyện Long Thành và Phòng Cảnh sát giao thông kiểm tra.",
         [], ["Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai"]),
        # A unit of another kind than the parent's: a police has no health centre.
        ("Công an tỉnh Đồng Nai cho biết, Trung tâm Kiểm soát bệnh tật đã lấy mẫu.",
         [], ["Trung tâm Kiểm soát bệnh tật Công an tỉnh Đồng Nai"]),
        # A district's police is not the parent of a province's units.
        ("Công an huyện Long Thành phối hợp, Phòng Cảnh sát hình sự đã bắt giữ đối tượng.",
         [], ["Phòng Cảnh sát hình sự Công an huyện Long Thành"]),
        # A unit with its own place, a district's office, a facility in lower case: left alone.
        ("Sở Tài nguyên và Môi trường tỉnh Đồng Nai chỉ đạo Trung tâm Phát triển quỹ đất tỉnh Đồng Nai.",
         [], ["Trung tâm Phát triển quỹ đất tỉnh Đồng Nai Sở Tài nguyên và Môi trường tỉnh Đồng Nai"]),
        ("Sở Nội vụ tỉnh Đồng Nai làm việc với Phòng Tài chính - Kế hoạch về biên chế.",
         [], ["Phòng Tài chính - Kế hoạch Sở Nội vụ tỉnh Đồng Nai"]),
        ("Sở Xây dựng tỉnh Đồng Nai thẩm định thiết kế trung tâm hành chính mới.",
         [], ["trung tâm hành chính Sở Xây dựng tỉnh Đồng Nai"]),
        # The unit's parent written after it.
        ("Sở Y tế tỉnh Đồng Nai cho biết Phòng Bảo vệ chính trị nội bộ thuộc Công an tỉnh Đồng Nai đã vào cuộc.",
         [], ["Phòng Bảo vệ chính trị nội bộ Sở Y tế tỉnh Đồng Nai"]),
    ],
)
def test_unit_of_the_parent_before(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)
