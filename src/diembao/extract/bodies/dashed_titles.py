"""A title and its body parted by a dash: `Phó Chánh Văn phòng - Tổng cục Đường bộ Việt Nam`,
`Giám đốc – Công an tỉnh Nghệ An`. The press sets a dash where a comma would end the office; the
body right after it is still the title's (the guidelines record the office with the body, not
the dash). Only a title that reads no body of its own and has no conventional one, and only a
body the grammar reads whole right after the dash: a name, a verb or another title after it is
no body. A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.extract.titles import TitleMatch
from diembao.lexicon.bodies import grammar

_DASHES = frozenset(grammar()["dash_gaps"])


def body_after_dash(parser: BodyParser, match: TitleMatch, titles_at: dict[int, TitleMatch]) -> Body | None:
    """The body written after a dash right after the title `match`, or None."""
    tokens, j = parser.tokens, match.end
    entry = match.entry
    if entry.default_org or entry.fixed_org or j + 1 >= len(tokens) or tokens[j].text not in _DASHES:
        return None
    if j + 1 in titles_at or not (tokens[j + 1].cap or tokens[j + 1].upper):
        return None
    body = parser.parse(j + 1)
    return None if body is None or body.incomplete else body
