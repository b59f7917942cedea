"""Talks (`hội đàm`) are reported by their verb: `Chủ tịch X đã hội đàm với Chủ tịch Y`, `kết quả
của cuộc hội đàm với đồng chí Z` tell of talks held, with no verb of holding or day around them.

A talk with a named partner, or one after the past aspect (`đã hội đàm`), happened: unlike a
congress or a plenum it is not cited as a time or an authority, and one only planned says so
(`sẽ hội đàm`, read as planned before this). Wherever it stands in the text, as a ceremony.
"""

from __future__ import annotations

from diembao.extract.events.reader import Candidate, Reader, words


def is_talk(c: Candidate) -> bool:
    """Talks have sides, not chairs or a host: a `chủ trì` near a talk is another event's, and the
    bodies around it (`hội đàm giữa Tỉnh ủy X và Tỉnh ủy Y`) are its sides."""
    return c.type in words("talk_types")


def talk_held(reader: Reader, c: Candidate) -> bool:
    if c.type not in words("talk_types"):
        return False
    if reader.partnered(c):
        return True
    k = reader.before_head(c.first)
    return k > 0 and reader.tokens[k - 1].low in words("past_aspect")
