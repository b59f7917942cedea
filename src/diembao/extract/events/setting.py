"""A held event as the setting of its sentence: `Bên lề buổi họp mặt báo chí do Thành ủy tổ chức,
Chủ tịch UBND thành phố khẳng định …`, `Tại buổi họp báo do UBND tỉnh tổ chức, đại diện Công an
cho biết …`. A setting word before it and the body holding it after it (`do X tổ chức`), in a
clause the comma closes before the sentence goes on, report the event wherever it stands in the
text and undated: the sentence speaks from inside it, as from a ceremony (`tại lễ …`). A holder
alone, without the setting (`theo kế hoạch do Tỉnh ủy tổ chức`), is not enough; and one dated
by a month after its holder (`tại hội thảo … do Hội Quy hoạch tổ chức vào đầu tháng 9/2018, đã có
ý kiến …`) is a past one cited, not the news.
"""

from __future__ import annotations

from diembao.extract.events.reader import Candidate, Reader, _ends_at


def held_setting(reader: Reader, c: Candidate) -> bool:
    if _ends_at(reader.lex.cues["setting"], reader.tokens, reader.before_head(c.first), reach=3) is None:
        return False
    if not reader._held_by(c):
        return False
    tokens = reader.tokens
    verbs = reader.lex.cues["held_by_verbs"]
    k = c.last
    while k < len(tokens) and verbs.longest(tokens, k) is None:
        k += 1
    # the clause after the holder's verb, up to its comma: the time it was held
    while k < min(len(tokens), c.sentence[1]) and tokens[k].text != ",":
        d = reader.date_at.get(k)
        if d is not None and d.precision != "day":
            return False
        k += 1
    return True
