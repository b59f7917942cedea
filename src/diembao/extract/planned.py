"""Offices only planned: a verb of office whose sentence says, before it, that the holder is only
proposed (`data/persons/careers.json` planned): `ông A được giới thiệu để bầu giữ chức Chủ tịch …`,
`Tổng thống đề cử ông B vào vị trí Giám đốc …`. The guidelines record the offices a person holds
or held, so such a chain is nobody's; its previous holder (`… thay ông C`) is still named by the careers stage."""

from __future__ import annotations

from collections.abc import Sequence

from diembao.lexicon.careers import planned_rules
from diembao.text.tokens import Token


def planned(tokens: Sequence[Token], anchor: int, text: str) -> bool:
    """The verb of office starting at token `anchor` names an office only proposed. `text`: the
    document's, where the tokens stand (a sentence ends at `.`, `!`, `?` or a line break)."""
    rules = planned_rules()
    if not any(tuple(t.low for t in tokens[anchor:anchor + n]) in rules.anchors for n in (1, 2, 3)):
        return False
    if anchor and tokens[anchor - 1].low in rules.held:
        return False
    for k in range(anchor - 1, max(-1, anchor - 1 - rules.reach), -1):
        if tokens[k].text in _ENDS or tokens[k].low in rules.breaks or \
                "\n" in text[tokens[k].end:tokens[k + 1].start]:
            return False
        sizes = range(1, min(rules.longest, anchor - k) + 1)
        if any(tuple(t.low for t in tokens[k:k + n]) in rules.words for n in sizes):
            return True
    return False


_ENDS = frozenset(".!?")
