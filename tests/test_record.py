"""The record: JSON round-trip, the offset convention, the folded form."""

from __future__ import annotations

import pickle
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diembao.pickling import compact_pickle
from diembao.record import (
    Article,
    DateMention,
    Document,
    Event,
    Location,
    Mention,
    Organization,
    Person,
    Position,
    Source,
)
from diembao.text import SEPARATOR, fold, join_segments, segments, strip_diacritics

VIETNAMESE = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                                  "ùúủũụừứửữựỳýỷỹỵAĂÂĐÊÔƠƯỦỨÀÁ .,;-\n")),
    max_size=80,
)


def _full() -> Article:
    m = Mention(0, 3, "abc")
    return Article(
        id="x", source=Source("Báo Ấp Bắc", "ABO", None, "seed", "TTXVN"), published="2021-11-10T17:48:00+07:00",
        title="T", lead="L", body=("B1", "B2"), captions=("C",), authors=("THỦY HÀ",),
        persons=(Person("Võ Văn Bình", (Position("Chủ tịch", "HĐND tỉnh Tiền Giang", (m,)),), (m,)),),
        organizations=(Organization("Tỉnh ủy Tiền Giang", "committee", (m,)),),
        locations=(Location("Tiền Giang", "province", (m,)),),
        documents=(Document("Nghị quyết", "22", "22-NQ/TW", "2008-02-02", "Ban Chấp hành Trung ương Đảng", None,
                            "về nâng cao", (m,)),),
        events=(Event("Hội nghị", "Hội nghị tổng kết", "2021-11-10", "sáng", "Ban Thường vụ Tỉnh ủy Tiền Giang",
                      ("Võ Văn Bình",), ("22-NQ/TW",), (m,)),),
        dates=(DateMention("Sáng 10-11", "2021-11-10", "day", 0, 10, "sáng"),),
    )


def test_pickle_round_trip() -> None:
    """Records cross from extraction workers to the writer pickled (`diembao.pickling`)."""
    a = _full()
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(a, protocol)) == a


def test_compact_pickle_refuses_a_field_outside_init() -> None:
    @dataclass(frozen=True, slots=True)
    class Counted:
        name: str
        size: int = field(init=False, default=0)

    with pytest.raises(TypeError, match="outside __init__"):
        compact_pickle(Counted)


def test_json_round_trip() -> None:
    a = _full()
    assert Article.from_json(a.to_json()) == a
    assert Article.from_json(a.to_json(indent=1)) == a


def test_gold_style_entities_read_as_names() -> None:
    a = Article.from_dict({"id": "g", "organizations": ["Bộ Công an"], "locations": ["Hà Nội"]})
    assert a.organizations == (Organization("Bộ Công an"),) and a.locations == (Location("Hà Nội"),)


@given(title=VIETNAMESE, lead=VIETNAMESE, body=st.lists(VIETNAMESE, max_size=4),
       captions=st.lists(VIETNAMESE, max_size=2))
def test_segments_locate_every_part(title: str, lead: str, body: list[str], captions: list[str]) -> None:
    text = join_segments(title, lead, body, captions)
    parts = {("title", 0): title, ("lead", 0): lead}
    parts.update({("body", i): p for i, p in enumerate(body)})
    parts.update({("caption", i): c for i, c in enumerate(captions)})
    found = segments(title, lead, body, captions)
    for seg in found:
        assert text[seg.start:seg.end] == parts[(seg.kind, seg.index)]
    assert len(found) == sum(1 for p in parts.values() if p)
    assert all(b.start - a.end == len(SEPARATOR) for a, b in pairwise(found))


@given(VIETNAMESE)
def test_fold_keeps_length(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    assert len(fold(text)) == len(text)


def test_fold_one_tone_placement() -> None:
    assert fold("Hoà Bình, Thuỷ, Uỷ ban, quý") == "hòa bình, thủy, ủy ban, quý"
    assert strip_diacritics("Võ Văn Bình Đồng") == "Vo Van Binh Dong"
