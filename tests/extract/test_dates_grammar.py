"""The temporal grammar (`diembao.temporal`) on expressions written in the style of Vietnamese
news (by the project's authors): one table per rule, then property tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diembao.extract.dates.grammar import date_at, format_day, parse, scan
from diembao.text import fold
from diembao.text.calendar import is_valid_day, reference_date, year_for

REF = date(2021, 11, 10)  # a Wednesday


def read(text: str, ref: date | None = REF) -> list[tuple[str, str | None, str, str | None]]:
    """(text, value, precision, part of day) of every expression in `text`."""
    return [(text[t.start : t.end], t.value, t.precision, t.part_of_day) for t in scan(fold(text), text, ref)]


# --- full dates ------------------------------------------------------------------------------

FULL_DATES = [
    ("Nghị quyết ban hành ngày 2-2-2008 của Trung ương.", "ngày 2-2-2008", "2008-02-02"),
    ("Hội nghị diễn ra ngày 25/10/2021 tại Mỹ Tho.", "ngày 25/10/2021", "2021-10-25"),
    ("Văn bản ký 2/2/2008 gửi các huyện.", "2/2/2008", "2008-02-02"),
    ("Thời hạn đến hết 31/12/2020 thì dừng.", "31/12/2020", "2020-12-31"),
    ("Bắt đầu từ 01/07/2018.", "01/07/2018", "2018-07-01"),
    # the spacing of a word-segmented corpus
    ("Giao thừa là đêm thứ Hai - ngày 4 / 2 / 2019.", "ngày 4 / 2 / 2019", "2019-02-04"),
    # written out, as laws write their dates
    ("Hà Nội, ngày 24 tháng 11 năm 2015", "ngày 24 tháng 11 năm 2015", "2015-11-24"),
    # a dotted date needs `ngày` (or a part of day) before it
    ("Ông sinh ngày 22.5.1927 tại Bến Tre.", "ngày 22.5.1927", "1927-05-22"),
    ("Buổi lễ diễn ra vào 29/2/2020.", "29/2/2020", "2020-02-29"),
]


@pytest.mark.parametrize(("sentence", "mention", "value"), FULL_DATES)
def test_full_dates(sentence: str, mention: str, value: str) -> None:
    assert (mention, value, "day", None) in read(sentence)


# --- day and month, the year from the publication date ----------------------------------------

DAY_MONTHS = [
    # (sentence, mention, value, part of day)
    ("Sáng 10-11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", "Sáng 10-11", "2021-11-10", "sáng"),
    ("Chiều 3/11, đoàn công tác làm việc tại huyện.", "Chiều 3/11", "2021-11-03", "chiều"),
    ("Tối 9/11, lễ hội đường phố khai mạc.", "Tối 9/11", "2021-11-09", "tối"),
    ("Rạng sáng 7/11, mưa lớn gây ngập.", "Rạng sáng 7/11", "2021-11-07", "rạng sáng"),
    ("Trưa 8-11, xe cứu thương đến hiện trường.", "Trưa 8-11", "2021-11-08", "trưa"),
    ("Đêm 5/11, lực lượng chức năng kiểm tra.", "Đêm 5/11", "2021-11-05", "đêm"),
    ("Sáng ngày 10/11, hội nghị khai mạc.", "Sáng ngày 10/11", "2021-11-10", "sáng"),
    ("Buổi sáng 10/11, hội nghị khai mạc.", "Buổi sáng 10/11", "2021-11-10", "sáng"),
    ("Ngày 30-3, huyện tổ chức đối thoại.", "Ngày 30-3", "2021-03-30", None),
    ("Trước đó, ngày 16/11, đoàn đã đến.", "ngày 16/11", "2021-11-16", None),
    ("Kỳ họp dự kiến khai mạc ngày 28/12.", "ngày 28/12", "2021-12-28", None),
    ("Cuộc gặp hôm 21/10 kéo dài hai giờ.", "hôm 21/10", "2021-10-21", None),
    ("Các cơ quan thực hiện từ 15/11.", "15/11", "2021-11-15", None),
    ("Báo cáo gửi về trước 30/6 hằng năm.", "30/6", "2021-06-30", None),
    ("Dịp Quốc khánh mùng 2/9 người dân treo cờ.", "mùng 2/9", "2021-09-02", None),
    # a Thanh Niên-style dotted day after a trigger
    ("Ngày 10.11, Thủ tướng tiếp đoàn.", "Ngày 10.11", "2021-11-10", None),
    # the weekday is part of the expression
    ("Thứ Tư, 10/11/2021, 17:48", "Thứ Tư, 10/11/2021", "2021-11-10", None),
    ("Sáng thứ Hai (8/11), Chủ tịch tỉnh tiếp dân.", "Sáng thứ Hai (8/11)", "2021-11-08", "sáng"),
    # a range gives its first day the year of its last
    ("Từ ngày 5-5 đến 10-5-2017, hội nghị họp.", "ngày 5-5", "2017-05-05", None),
    # the date in brackets says what `nay` means
    ("Chiều nay (07/11), kỳ họp tiếp tục.", "Chiều nay (07/11)", "2021-11-07", "chiều"),
    # words around the day say whether it is past or to come
    ("Trận lũ quét hôm 17-12 gây thiệt hại lớn.", "hôm 17-12", "2020-12-17", None),
    ("Hội nghị sẽ họp vào sáng 20/2 tới.", "sáng 20/2", "2022-02-20", "sáng"),
    ("Ngày 5/6 năm ngoái, đoàn đã khảo sát.", "Ngày 5/6 năm ngoái", "2020-06-05", None),
]


@pytest.mark.parametrize(("sentence", "mention", "value", "part"), DAY_MONTHS)
def test_day_months(sentence: str, mention: str, value: str, part: str | None) -> None:
    assert (mention, value, "day", part) in read(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sáng 10-11, hội nghị khai mạc.", "--11-10"),
        ("Ngày 31/12, đơn vị chốt số liệu.", "--12-31"),
        ("Rạng sáng 29/2, cháy lớn tại chợ.", "--02-29"),
    ],
)
def test_day_month_without_publication_date_has_no_year(sentence: str, value: str) -> None:
    assert read(sentence, ref=None)[0][1] == value


# --- months, years, ranges, recurrences -------------------------------------------------------

OTHERS = [
    ("Tháng 10/2016, ông được bổ nhiệm.", "Tháng 10/2016", "2016-10", "month"),
    ("Đến tháng 10-2016, công trình hoàn thành.", "tháng 10-2016", "2016-10", "month"),
    ("Trong tháng 6 năm 2019 có ba vụ cháy.", "tháng 6 năm 2019", "2019-06", "month"),
    ("Năm 2021, tỉnh đạt nhiều kết quả.", "Năm 2021", "2021", "year"),
    ("Luật Đất đai năm 2013 có hiệu lực.", "năm 2013", "2013", "year"),
    ("Giai đoạn 2021 - 2026, tỉnh tập trung ba khâu đột phá.", "Giai đoạn 2021 - 2026", "2021/2026", "range"),
    ("Kế hoạch đầu tư công 2021-2025 được thông qua.", "2021-2025", "2021/2025", "range"),
    ("Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 thành công.", "nhiệm kỳ 2020 - 2025", "2020/2025", "range"),
    ("Thu hút đầu tư từ năm 2016 đến năm 2020 tăng mạnh.", "từ năm 2016 đến năm 2020", "2016/2020", "range"),
    ("Khởi nghĩa Nam kỳ (23/11/1940 - 23/11/2021).", "23/11/1940", "1940-11-23", "day"),
    ("Hằng năm, tỉnh tổ chức lễ hội.", "Hằng năm", None, "recurrence"),
    ("Việc kiểm tra được thực hiện hàng năm.", "hàng năm", None, "recurrence"),
    ("Mỗi tháng, xã tiếp công dân hai lần.", "Mỗi tháng", None, "recurrence"),
    ("Thông tin xấu tác động hằng ngày.", "hằng ngày", None, "recurrence"),
    # relative to the publication date
    ("Hôm qua, Thủ tướng làm việc với tỉnh.", "Hôm qua", "2021-11-09", "day"),
    ("Hôm nay, hội nghị bế mạc.", "Hôm nay", "2021-11-10", "day"),
    ("Sáng nay, kỳ họp khai mạc.", "Sáng nay", "2021-11-10", "day"),
    ("Tối qua, mưa lớn kéo dài.", "Tối qua", "2021-11-09", "day"),
    ("Ngày mai, đoàn lên đường.", "Ngày mai", "2021-11-11", "day"),
    ("Năm ngoái tỉnh thu ngân sách vượt dự toán.", "Năm ngoái", "2020", "year"),
    ("Chỉ tiêu năm nay là 8%.", "năm nay", "2021", "year"),
    ("Đầu tháng này, giá xăng giảm.", "tháng này", "2021-11", "month"),
    ("Vào giữa tháng 6, lúa được thu hoạch.", "tháng 6", "2021-06", "month"),
    ("Cuối tháng 12 năm nay dự án hoàn thành.", "tháng 12 năm nay", "2021-12", "month"),
    ("Hội nghị APEC tổ chức vào tháng 2 tới.", "tháng 2", "2022-02", "month"),
    # weekdays alone: the latest such day by the publication date
    ("Chủ nhật vừa qua, đoàn viên ra quân.", "Chủ nhật", "2021-11-07", "day"),
    ("Sáng thứ Hai, lãnh đạo tỉnh họp giao ban.", "Sáng thứ Hai", "2021-11-08", "day"),
    ("Thứ Sáu tới, kỳ họp bế mạc.", "Thứ Sáu", "2021-11-12", "day"),
]


@pytest.mark.parametrize(("sentence", "mention", "value", "precision"), OTHERS)
def test_other_expressions(sentence: str, mention: str, value: str | None, precision: str) -> None:
    assert any(m == mention and v == value and p == precision for m, v, p, _ in read(sentence))


# --- what is not a date -----------------------------------------------------------------------

NOT_DATES = [
    "Thực hiện Nghị quyết 22-NQ/TW của Trung ương.",
    "Theo Nghị định 15/2020/NĐ-CP của Chính phủ.",
    "Quyết định 1234/QĐ-UBND của tỉnh.",
    "Luật số 91/2015/QH13 được thông qua.",
    "Đội nhà thắng 2-1 trên sân khách.",
    "Có 1/5 số hộ thoát nghèo.",
    "Khoảng 3/4 diện tích bị ngập.",
    "Từ 1/5 số hộ dân được hỗ trợ.",
    "Với số phiếu tuyệt đối 57/57 đại biểu tán thành.",
    "Cửa khẩu làm việc 24/7 trong dịp Tết.",
    "Liên hệ đường dây nóng 0913.123.456 để phản ánh.",
    "Phiên bản 1.2.2019 của phần mềm đã cập nhật.",
    "Ngày 31/2 không có trong lịch.",
    "Ngày 12/13 là số sai.",
    "Kỳ họp thứ hai của HĐND tỉnh.",
    "Thứ hai, cần đổi mới phương thức lãnh đạo.",
    "Tại kỳ họp thứ 6, đại biểu chất vấn.",
    "Sau 5 năm tới, tỉnh sẽ có sân bay.",
    "Mức tăng 3-4 ngày công mỗi tháng.",
    "Dân số 1990-5000 người là sai số.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence: str) -> None:
    assert [x for x in read(sentence) if x[2] in ("day", "range")] == []


# --- the publication window -------------------------------------------------------------------

WINDOW = [
    # (day, month, publication, direction, year)
    (10, 11, date(2021, 11, 10), 0, 2021),
    (28, 12, date(2026, 1, 5), 0, 2025),  # late last year, read early in the new one
    (3, 1, date(2021, 12, 28), 0, 2022),  # early next year, announced late in this one
    (25, 4, date(2021, 11, 10), 0, 2021),  # months back
    (15, 4, date(2026, 2, 5), 0, 2026),  # a deadline weeks ahead
    (17, 8, date(2018, 6, 15), -1, 2017),  # `hôm 17-8`: the past
    (20, 6, date(2018, 6, 15), 1, 2018),  # `20/6 tới`: to come
    (10, 6, date(2018, 6, 15), 1, 2019),
    (29, 2, date(2021, 11, 10), 0, 2020),  # the nearest leap year
]


@pytest.mark.parametrize(("day", "month", "ref", "direction", "year"), WINDOW)
def test_year_for(day: int, month: int, ref: date, direction: int, year: int) -> None:
    assert year_for(day, month, ref, direction) == year


@pytest.mark.parametrize(
    ("published", "local"),
    [
        ("2021-11-10T17:48:00+07:00", date(2021, 11, 10)),
        ("2026-02-05T01:40:24+00:00", date(2026, 2, 5)),
        ("2026-02-04T20:00:00+00:00", date(2026, 2, 5)),  # 03:00 in Hà Nội
        ("2021-11-10", date(2021, 11, 10)),
        ("2017-06-27T10:00:00Z", date(2017, 6, 27)),
        (None, None),
        ("", None),
        ("không rõ", None),
    ],
)
def test_reference_date(published: str | None, local: date | None) -> None:
    assert reference_date(published) == local


def test_date_at_reads_the_date_after_a_citation() -> None:
    text = "Nghị quyết 22-NQ/TW ngày 2-2-2008 của Trung ương"
    found = date_at(fold(text), text.index("ngày"), REF)
    assert found is not None and (found.value, text[found.start : found.end]) == (
        "2008-02-02",
        "ngày 2-2-2008",
    )
    assert date_at(fold(text), 0, REF) is None


# --- properties -------------------------------------------------------------------------------

dates = st.dates(min_value=date(1945, 1, 1), max_value=date(2099, 12, 31))


@given(dates, st.sampled_from(["-", "/", "words"]))
def test_full_date_round_trip(day: date, style: str) -> None:
    found = parse(format_day(day, style))
    assert found is not None and (found.value, found.precision) == (day.isoformat(), "day")


@given(dates, st.sampled_from(["tháng {m}/{y}", "tháng {m}-{y}", "tháng {m} năm {y}"]))
def test_month_round_trip(day: date, form: str) -> None:
    found = parse(form.format(m=day.month, y=day.year))
    assert found is not None and found.value == f"{day.year:04d}-{day.month:02d}"


@given(st.integers(1000, 2139), st.integers(1, 60))
def test_range_round_trip(first: int, span: int) -> None:
    found = parse(f"giai đoạn {first} - {first + span}")
    assert found is not None and (found.value, found.precision) == (f"{first}/{first + span}", "range")


@given(dates, dates)
def test_day_month_resolves_into_the_window(day: date, published: date) -> None:
    if not is_valid_day(day.day, day.month, published.year) and day.month == 2 and day.day == 29:
        return
    found = parse(f"ngày {day.day}/{day.month}", published)
    assert found is not None and found.value is not None
    resolved = date.fromisoformat(found.value)
    assert (resolved.month, resolved.day) == (day.month, day.day)
    high = published + timedelta(days=120)
    low = date(high.year - 1, high.month, min(high.day, 28) if high.month == 2 else high.day)
    assert low < resolved <= high


def test_day_month_window_spanning_29_february() -> None:
    """Regression: a window of 365 days missed 1 July for an article of 2 March 2000 (a leap
    year), since 1 July 1999 fell a day short of it and 1 July 2000 a day past it."""
    found = parse("ngày 1/7", date(2000, 3, 2))
    assert found is not None and found.value == "1999-07-01"


@given(st.text(alphabet=st.sampled_from(list("0123456789/-. ,()ngàyáthùsơ:aTNQ\n")), max_size=80))
def test_scan_never_crashes_and_spans_are_ordered(text: str) -> None:
    found = scan(fold(text), text, REF)
    ends = -1
    for t in found:
        assert ends <= t.start < t.end <= len(text)
        ends = t.end


@given(st.text(max_size=200))
def test_scan_on_any_text(text: str) -> None:
    for t in scan(fold(text), text, REF):
        assert 0 <= t.start < t.end <= len(text)


# --- a span of days of one month, dated by its first day ----------------------------------------

DAY_SPANS = [
    # (sentence, mention, value)
    ("Kỳ họp thứ 12 (từ 24 đến 26/4) đã xem xét nhiều nội dung.", "từ 24 đến 26/4", "2021-04-24"),
    ("Sau kỳ họp từ ngày 13 đến 16-9 tại Hà Nội, ủy ban ra kết luận.", "từ ngày 13 đến 16-9", "2021-09-13"),
    ("Đoàn thăm chính thức tỉnh từ ngày 11 - 18/6.", "từ ngày 11 - 18/6", "2021-06-11"),
    ("Hội thảo diễn ra từ 29 đến 31/5/2019 tại Huế.", "từ 29 đến 31/5/2019", "2019-05-29"),
]


@pytest.mark.parametrize(("sentence", "mention", "value"), DAY_SPANS)
def test_day_spans(sentence: str, mention: str, value: str) -> None:
    assert (mention, value, "day", None) in read(sentence)


@pytest.mark.parametrize("sentence", [
    "Mỗi xã có 3 - 5/10 hộ nghèo.",  # without `từ`, and a count after it
    "Từ 3 - 5/10 hộ được hỗ trợ.",  # a count after the span
    "Tỷ lệ từ 5 đến 3/4 số xã.",  # the first is not before the last
])
def test_not_day_spans(sentence: str) -> None:
    spans = [mention for mention, _value, precision, _part in read(sentence)
             if precision == "day" and any(w in mention.lower() for w in ("từ", " - ", "đến"))]
    assert spans == []
