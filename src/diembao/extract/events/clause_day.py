"""A day opening the event's clause: `Ngày 19/10, kỳ họp HĐND thành phố Đà Nẵng đã miễn nhiệm …`,
`Chiều 5/3, Hội nghị … thông qua …`. The event is the subject its day dates, so the mention
reports it, whatever verb follows (not only one of holding it: `diễn ra`, `khai mạc`).
"""

from __future__ import annotations

from diembao.extract.events.reader import Candidate, Reader


def opens_clause(reader: Reader, c: Candidate) -> bool:
    """A day ends right before the comma before the event's head (or its classifier)."""
    k = reader.before_head(c.first) - 1
    if k < 1 or reader.tokens[k].text != ",":
        return False
    for start, end in reader.date_stop.items():
        if end == k:
            d = reader.date_at.get(start)
            return d is not None and d.precision == "day" and start >= c.sentence[0]
    return False
