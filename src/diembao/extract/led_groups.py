"""The group whose head a bare head-title names, when the sentence says who leads it:
`Đoàn thanh tra do ông A - Cục trưởng … làm trưởng đoàn` makes A Trưởng đoàn of `Đoàn thanh
tra`, and `Ban lễ tang gồm 39 người, do ông B làm Trưởng ban` B Trưởng ban of `Ban lễ tang`.
The group is named from its head word up to `do` or a word that ends its name (`gồm`), as written
(`Đoàn kiểm tra của Ban Bí thư`); it must stand in the same sentence
(`data/persons/led_groups.json`). A title followed by a unit noun and `này` (`hiệu trưởng trường
này`) is of the nearest body of that kind written before it."""

from __future__ import annotations

from collections.abc import Sequence

from diembao.extract.spans import OrgSpan, TitleSpan
from diembao.lexicon.led_groups import led_groups
from diembao.lexicon.offices import unit_heads
from diembao.text import fold_key
from diembao.text.tokens import Token

_SENTENCE_ENDS = frozenset(".!?;:")


def led_group(tokens: Sequence[Token], text: str, t: TitleSpan) -> str | None:
    """The group the bare head-title `t` heads by the sentence's `X do … làm <title>`, or None."""
    lex = led_groups()
    head = unit_heads().get(fold_key(t.title))
    if head is None or head not in lex.heads or t.first < 3 or tokens[t.first - 1].low not in lex.verbs:
        return None
    do = None
    for k in range(t.first - 2, max(-1, t.first - 2 - lex.leader_reach), -1):
        if tokens[k].low == lex.led_by:
            do = k
            break
        if _ends(tokens, text, k):
            return None
    if do is None or do == 0:
        return None
    for k in range(do - 1, max(-1, do - 1 - lex.reach), -1):
        tok = tokens[k]
        if _ends(tokens, text, k):
            return None
        if tok.cap and tok.low == head:
            end = k + 1
            while end < do and tokens[end].word and tokens[end].low not in lex.stops:
                end += 1
            if end == k + 1:
                return None  # the head alone names no group
            return text[tok.start:tokens[end - 1].end]
    return None


def _ends(tokens: Sequence[Token], text: str, k: int) -> bool:
    """Token k ends a sentence, or a line break follows it."""
    return tokens[k].text in _SENTENCE_ENDS or "\n" in text[tokens[k].end:tokens[k + 1].start]


def this_unit(tokens: Sequence[Token], orgs: Sequence[OrgSpan], t: TitleSpan) -> str | None:
    """`Bà A được bổ nhiệm làm hiệu trưởng trường này`: a bare title followed by a unit noun and
    `này` is of the nearest body written before it whose name starts with that noun."""
    lex = led_groups()
    if t.org_written or t.last >= len(tokens):
        return None
    found = lex.this_units.longest(tokens, t.last)
    if found is None or found[0] >= len(tokens) or tokens[found[0]].low != lex.this_word:
        return None
    noun = str(found[1]) + " "
    start = tokens[t.first].start
    before = [o for o in orgs if o.end <= start and fold_key(o.name).startswith(noun)]
    return max(before, key=lambda o: o.end).name if before else None


def group_of(tokens: Sequence[Token], text: str, orgs: Sequence[OrgSpan], t: TitleSpan) -> str | None:
    """The body a bare title takes from its sentence: the group it is made head of, or the unit
    `này` points back to."""
    return led_group(tokens, text, t) or this_unit(tokens, orgs, t)
