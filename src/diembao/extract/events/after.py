"""A session dated right after `sau`: `Sau kỳ họp từ ngày 13 đến 16-9 tại Hà Nội, Ủy ban Kiểm tra
Trung ương ra kết luận …`. `sau <event>` cites an event as a time (`sau Hội nghị Trung ương 4`),
but one given its own day right after its name, at the opening of a sentence or a clause, is the
occasion of what the sentence reports, as `tại <event> <day>,` is: the event is reported.
"""

from __future__ import annotations

from diembao.extract.events.reader import Candidate, Reader, words


def dated_after(reader: Reader, c: Candidate) -> bool:
    tokens = reader.tokens
    k = reader.before_head(c.first) - 1
    if k < 0 or tokens[k].low not in words("after_words"):
        return False
    if not (k == c.sentence[0] or tokens[k - 1].text == ","):
        return False
    d = reader.date_at.get(c.last)
    return d is not None and d.precision == "day" and d.value is not None
