"""The dates stage on articles written in the style of provincial news (by the
project's authors)."""

from __future__ import annotations

from diembao.extract import dates
from diembao.extract.doc import Doc
from diembao.record import Article

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
