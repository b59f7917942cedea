"""An event dated by a month and its year in its own clause (`tại Lễ tưởng niệm Fidel Castro vào
tháng 11/2016`, `lễ trao giải … tổ chức tại Seoul vào tháng 12/2025`) is one cited from the past:
the press dates what it reports by the day. Only after `vào`, `hồi` (grammar.json
cited_month_leads): a month right after the name names a session of a series (`Phiên họp Chính
phủ thường kỳ tháng 6/2017`); and a month in another clause (past a comma) is another time.
"""

from __future__ import annotations

from diembao.extract.events.reader import Candidate, Reader, words

_REACH = 10  # tokens after the name where the clause's month may stand


def dated_by_month(reader: Reader, c: Candidate) -> bool:
    tokens = reader.tokens
    end = min(len(tokens), c.last + _REACH, c.sentence[1])
    for k in range(c.last, end):
        if tokens[k].text in ",;:.":
            return False
        d = reader.date_at.get(k)
        if d is not None:
            return d.precision == "month" and d.value is not None and not d.value.startswith("--") \
                and k > 0 and tokens[k - 1].low in words("cited_month_leads")
    return False
