"""Mentions that name no one event: a count of meetings (`118 cuộc họp`, `nhiều hội nghị`, `một số
buổi lễ`), the next one of a series (`trình Quốc hội tại kỳ họp tới`, `phiên họp tiếp theo`), and a
body whose name begins with a head word, held by a title (`Phó Chủ tịch Hội nghị Hiệp thương chính
trị …`). A count speaks of meetings in general, before the head or after the verb (`đã họp nhiều
lần`), as the plural `các`, `những` does (cues.json background); the next session is still to
come, as one after `sẽ` is; a title holds a body, not a meeting.
"""

from __future__ import annotations

from diembao.extract.events.reader import GRAMMAR, Candidate, Reader, words


def names_none(reader: Reader, c: Candidate) -> bool:
    return _counted(reader, c) or _next_one(reader, c) or _titled_body(reader, c)


def _counted(reader: Reader, c: Candidate) -> bool:
    tokens = reader.tokens
    k = c.first
    while k > 0 and tokens[k - 1].low in words("count_classifiers"):
        k -= 1
    if k < 1 or "\n" in reader.doc.text[tokens[k - 1].end:tokens[k].start]:
        return False
    h = c.head_end
    if h + 1 < len(tokens) and tokens[h].low in words("count_words") and tokens[h + 1].low in words("times_words"):
        return True  # `Bộ Chính trị đã họp nhiều lần`: meetings counted after the verb
    if h < len(tokens) and tokens[h].low in words("series_numbers"):
        return False  # `hai kỳ họp thứ 31 và 32`: the sessions are named, each is one
    before = tokens[k - 1]
    if before.low in words("count_words"):
        return True
    # a number of its own, not the end of a day or a number's (`Thông cáo số 1 kỳ họp thứ 3`)
    return before.text.isdigit() and k - 1 not in reader.doc_tokens and \
        not (k > 1 and tokens[k - 2].low in words("count_words")) and \
        not any(a <= k - 1 < b for a, b in reader.date_stop.items())


def _next_one(reader: Reader, c: Candidate) -> bool:
    tokens = reader.tokens
    said = " ".join(t.low for t in tokens[c.head_end:c.head_end + 2])
    return any(said == w or said.startswith(f"{w} ") for w in words("next_words"))


def _titled_body(reader: Reader, c: Candidate) -> bool:
    """A capitalised head right after a title (a verb of talks or `họp` after one is what its holder
    did: `Thủ tướng hội đàm với …`)."""
    if c.first < 1 or c.first - 1 not in reader.titled or not reader.tokens[c.first].cap:
        return False
    return c.type not in words("talk_types") and reader.tokens[c.first].low != GRAMMAR["meeting_verb"]
