"""The dates stage and `date_near` on articles written in the style of provincial news (by the
project's authors)."""

from __future__ import annotations

import pytest

from diembao.pipeline import Doc
from diembao.record import Article
from diembao.stages import dates, documents
from diembao.stages.dates import date_near

LEAD = (
    "Sáng 10-11, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết Nghị quyết 22-NQ/TW ngày 2-2-2008 "
    "của Ban Chấp hành Trung ương Đảng khóa X về công tác xây dựng Đảng."
)
BODY = (
    "Giai đoạn 2021 - 2026, các cấp ủy tiếp tục thực hiện Kết luận 21 ngày 25-10-2021 của Ban Chấp hành "
    "Trung ương Đảng.",
    "Hằng năm, Tỉnh ủy sơ kết việc thực hiện nghị quyết.",
    "Chiều cùng ngày, đoàn công tác làm việc tại huyện Cái Bè.",
)


def run(published: str | None = "2021-11-10T17:48:00+07:00", body: tuple[str, ...] = BODY) -> Doc:
    article = Article(id="t", published=published, title="Tổng kết Nghị quyết 22", lead=LEAD, body=body)
    return dates.annotate(Doc.of(article))


def test_every_expression_with_its_offsets() -> None:
    doc = run()
    found = [(d.text, d.value, d.precision, d.part_of_day) for d in doc.article.dates]
    assert found == [
        ("Sáng 10-11", "2021-11-10", "day", "sáng"),
        ("ngày 2-2-2008", "2008-02-02", "day", None),
        ("Giai đoạn 2021 - 2026", "2021/2026", "range", None),
        ("ngày 25-10-2021", "2021-10-25", "day", None),
        ("Hằng năm", None, "recurrence", None),
    ]
    for d in doc.article.dates:
        assert doc.text[d.start : d.end] == d.text


def test_without_a_publication_date_a_day_month_has_no_year() -> None:
    assert run(published=None).article.dates[0].value == "--11-10"


def test_publication_time_in_utc_is_read_as_local_time() -> None:
    # 20:00 UTC on 9 November is 03:00 on 10 November in Hà Nội.
    doc = run(published="2021-11-09T20:00:00+00:00", body=("Hôm nay, hội nghị bế mạc.",))
    assert [d.value for d in doc.article.dates if d.text == "Hôm nay"] == ["2021-11-10"]


def test_an_article_without_dates_is_unchanged() -> None:
    article = Article(id="t", title="Nâng cao chất lượng sinh hoạt chi bộ", body=("Cán bộ gương mẫu.",))
    doc = Doc.of(article)
    assert dates.annotate(doc).article.dates == ()


def test_the_record_round_trips_through_json() -> None:
    article = run().article
    assert Article.from_json(article.to_json()).dates == article.dates


# --- date_near --------------------------------------------------------------------------------

NEAR = [
    # (text to find the span by, expected date text or None)
    ("Hội nghị tổng kết", "Sáng 10-11"),  # the date before it in its sentence ...
    ("Nghị quyết 22-NQ/TW", "Sáng 10-11"),  # ... not the resolution's own date after it
    ("Kết luận 21", None),  # its only day is the conclusion's date
    ("đoàn công tác", None),  # `cùng ngày` is no date
]


@pytest.mark.parametrize(("anchor", "expected"), NEAR)
def test_date_near(anchor: str, expected: str | None) -> None:
    doc = documents.annotate(run())
    start = doc.text.index(anchor)
    found = date_near(doc, start, start + len(anchor))
    assert (found.text if found else None) == expected


def test_date_near_takes_a_date_after_the_span_when_none_comes_before() -> None:
    doc = run(body=("Hội nghị được tổ chức vào chiều 12/11 tại hội trường Tỉnh ủy.",))
    start = doc.text.index("Hội nghị được")
    found = date_near(doc, start, start + 8)
    assert found is not None and found.value == "2021-11-12"


def test_date_near_other_precisions() -> None:
    doc = documents.annotate(run())
    start = doc.text.index("các cấp ủy")
    assert date_near(doc, start, start + 10) is None
    found = date_near(doc, start, start + 10, precisions=("range",))
    assert found is not None and found.value == "2021/2026"


def test_date_near_does_not_cross_sentences() -> None:
    doc = run(body=("Ngày 5/11, đoàn khảo sát thực tế.", "Tỉnh ủy chỉ đạo khắc phục hạn chế."))
    start = doc.text.index("Tỉnh ủy chỉ đạo")
    assert date_near(doc, start, start + 7) is None
