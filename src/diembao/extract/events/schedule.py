"""A ceremony given the clock time it begins right after its name (`Lễ viếng bắt đầu từ 7h đến
11h, lễ truy điệu từ 11h ngày 3/5`, `Lễ viếng nghệ sĩ diễn ra lúc 14h ngày 27/1`) is one of a
schedule: an obituary or a programme announcing it, not a report of it, which dates what happened
by the part of the day (`Sáng 3/5, lễ truy điệu …`). Only in the name's clause, before its day.
"""

from __future__ import annotations

import re
from functools import cache

from diembao.extract.events.reader import Candidate, Reader, words

_REACH = 60  # characters after the name where the clock time may stand


@cache
def _clock() -> re.Pattern[str]:
    leads = "|".join(re.escape(w) for w in words("schedule_leads"))
    hours = "|".join(re.escape(w) for w in words("clock_hours"))
    # `từ 7h`, `lúc 5h30`, `vào 18 giờ 30`; not `từ 7 hộ dân` (a word after the `h`)
    return re.compile(rf"^[^.;:\n]*?(?<!\w)(?:{leads})\s+\d{{1,2}}\s*(?:{hours})(?:\d|(?!\w))", re.IGNORECASE)


def scheduled(reader: Reader, c: Candidate) -> bool:
    if c.type not in words("ceremony_types"):
        return False
    tokens = reader.tokens
    end = tokens[c.last - 1].end
    after = reader.doc.text[end:end + _REACH]
    return _clock().search(after) is not None
