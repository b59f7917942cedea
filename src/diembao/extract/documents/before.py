"""Who stands before an issuing verb (`UBND tỉnh … ban hành`, `Chủ tịch UBND TP … Nguyễn Văn A
ký`): the checks `citations` makes before it takes a body named there as the issuer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from diembao.extract.spans import OrgSpan

_SIGNER_GAP = 40  # characters: room for a signer's name between the body and the verb
_NAME_WORD = re.compile(r"\s+([^\W\d_][^\s,.;:()]*)")


def is_name_tail(text: str, pos: int) -> bool:
    """Whether the issuer phrase at `pos` only ends a longer name: written in lower case after a
    capitalised word (`Trung ương Cứu quốc Hội` holds no `Quốc hội`)."""
    if pos == 0 or not text[pos].islower():
        return False
    before = text[:pos].rstrip()
    if len(before) == len(text[:pos]) or not before:
        return False  # glued to the word before, or the text's start
    word = before.rsplit(None, 1)[-1]
    return word[:1].isupper()


def body_before_signer(text: str, orgs: Sequence[OrgSpan], verb: int) -> OrgSpan | None:
    """The body whose signer's name alone stands between it and the verb (`Phó Chủ tịch UBND TP
    Hòa Sơn Nguyễn Văn Bình ký …`: UBND TP Hòa Sơn): two to four capitalised words, nothing else."""
    for org in orgs:
        if not 0 < verb - org.end <= _SIGNER_GAP:
            continue
        pos, words = org.end, 0
        while True:
            word = _NAME_WORD.match(text, pos, verb)
            if word is None or not word.group(1)[0].isupper():
                break
            words, pos = words + 1, word.end()
        if 2 <= words <= 4 and not text[pos:verb].strip():
            return org
    return None
