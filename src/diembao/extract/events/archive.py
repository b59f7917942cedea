"""An event in the caption of an archive photo (`Ông X phát biểu tại một hội nghị diễn ra ngày 28-2
- Ảnh: T.L`, `… tại Kỳ họp thứ 7 (Ảnh tư liệu)`): the photo is from the files, so the event it
shows is an earlier one, not the news the article reports.
"""

from __future__ import annotations

from functools import cache

from diembao.extract.events.reader import Candidate, Reader, words
from diembao.text import fold_key

_REACH = 80  # characters after the name, on its line, where the photo's credit may stand


@cache
def _marks() -> tuple[str, ...]:
    return tuple(fold_key(w) for w in words("archive_marks"))


def archive_caption(reader: Reader, c: Candidate) -> bool:
    end = reader.tokens[c.last - 1].end
    # the rest of its line and sentence (`T.L` holds a dot, not a sentence's end)
    after = reader.doc.text[end:end + _REACH].split("\n", 1)[0].split(". ", 1)[0]
    said = fold_key(after)
    return any(m in said for m in _marks())
