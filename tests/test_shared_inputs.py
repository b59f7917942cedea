"""The canonical inputs of ../shared: the seed article and the VnExpress page (skipped without
../shared)."""

from __future__ import annotations

import json

from conftest import SEED, shared_file
from diembao.readers import read_articles
from diembao.record import Article


def test_seed_structure() -> None:
    [a] = list(read_articles([str(shared_file("corpus", "seed", SEED.name))]))
    assert isinstance(a, Article)
    assert a.title == ("Cần tiếp tục đổi mới, nâng cao chất lượng công tác giáo dục chính trị tư tưởng "
                       "cho đội ngũ cán bộ, đảng viên")
    assert a.published == "2021-11-10T17:48:00+07:00"
    assert (a.source.tag, a.source.outlet) == ("ABO", "Báo Ấp Bắc")
    assert a.lead.startswith("Sáng 10-11, Ban Thường vụ Tỉnh ủy Tiền Giang")
    assert a.authors == ("THỦY HÀ",)
    assert len(a.captions) == 2 and len(set(a.captions)) == 2
    for caption in a.captions:
        assert all(caption.rstrip(".") != p.rstrip(".") for p in a.body)
    assert all(p.strip(". ") for p in a.body)
    assert len(set(a.body)) == len(a.body)


def test_vnexpress_page() -> None:
    page = shared_file("corpus", "html", "VnExpress_2025_10_22.html")
    expected = json.loads(shared_file("corpus", "html", "VnExpress.expected.json").read_text(encoding="utf-8"))["V1"]
    [a] = list(read_articles([str(page)]))
    assert isinstance(a, Article)
    assert a.title == expected["title"]
    assert a.authors == tuple(expected["authors"])
    assert a.published == expected["publishing_date"].replace(" ", "T")
    assert a.lead == expected["body"]["summary"][0]
    captions = {image["caption"].rstrip(".") for image in expected["images"]}
    paragraphs = [p for s in expected["body"]["sections"] for p in s["paragraphs"]
                  if not any(p.startswith(c) for c in captions)]
    assert list(a.body) == paragraphs
    assert any(c.startswith("Y bác sĩ nội soi cho bệnh nhân.") for c in a.captions)
