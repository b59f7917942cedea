"""Co-chairs joined by a conjunction before the chairing verb (issue 9): every one of them chairs,
across their titles and bodies; a comma alone does not join. Invented sentences:
(text, expected chairs of the one event)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(("text", "chairs"), [
    ("Sáng 12/3, Tỉnh ủy Long An tổ chức Hội nghị sơ kết. Ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy Long An "
     "và ông Trần Minh Tâm, Chủ tịch UBND tỉnh Long An đồng chủ trì Hội nghị.",
     {"Nguyễn Văn Hùng", "Trần Minh Tâm"}),
    ("Sáng 12/3, Tỉnh ủy Long An tổ chức Hội nghị sơ kết. Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh "
     "Lê Thị Mai; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phạm Văn Bình đồng chủ trì Hội nghị.",
     {"Lê Thị Mai", "Phạm Văn Bình"}),
    ("Sáng 12/3, Tỉnh ủy Long An tổ chức Hội nghị sơ kết. Bí thư Tỉnh ủy Nguyễn Văn Hùng cùng "
     "Chủ tịch UBND tỉnh Trần Minh Tâm chủ trì Hội nghị.",
     {"Nguyễn Văn Hùng", "Trần Minh Tâm"}),
    # the country a title is of stands between the title and the name
    ("Sáng 8/2, tại Hà Nội, Thủ tướng Chính phủ Lê Văn Hùng và Thủ tướng Lào Somsak Keola đã đồng chủ trì "
     "Kỳ họp lần thứ 40 Ủy ban liên Chính phủ.",
     {"Lê Văn Hùng", "Somsak Keola"}),
    # one chair, his titles after a comma
    ("Sáng 12/3, Tỉnh ủy Long An tổ chức Hội nghị sơ kết. Ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy Long An, "
     "chủ trì Hội nghị.",
     {"Nguyễn Văn Hùng"}),
    # a guest before a verb of his own is no chair
    ("Sáng 12/3, Tỉnh ủy Long An tổ chức Hội nghị sơ kết. Ông Trần Minh Tâm phát biểu, ông Nguyễn Văn "
     "Hùng chủ trì Hội nghị.",
     {"Nguyễn Văn Hùng"}),
])
def test_co_chairs_joined_by_a_conjunction(text: str, chairs: set) -> None:
    events = run(text, published="2021-03-12").article.events
    assert [set(e.chairs) for e in events] == [chairs]
