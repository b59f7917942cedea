"""A body that has met: `Ban cán sự đảng Chính phủ đã họp và có biện pháp xử lý`, `Ban Bí thư vừa
họp`. The verb `họp` after a body and the past aspect reports a meeting held, wherever it stands
in the text and undated, as a ceremony spoken from (`tại lễ …`) or talks held (`đã hội đàm`): a
meeting only planned says so (`sẽ họp`, read as planned before this), and a meeting cited as a
time or an authority is a noun (`sau kỳ họp`), not this verb.
"""

from __future__ import annotations

from diembao.extract.events.reader import GRAMMAR, MEETING_TYPE, Candidate, Reader, words


def body_met(reader: Reader, c: Candidate) -> bool:
    tokens = reader.tokens
    if c.type != MEETING_TYPE or c.head_end - c.first != 1 or tokens[c.first].low != GRAMMAR["meeting_verb"]:
        return False
    k = c.first - 1
    if k < 1 or tokens[k].low not in words("past_aspect"):
        return False
    return k in reader.org_end
