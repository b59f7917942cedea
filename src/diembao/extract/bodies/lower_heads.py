"""Bodies whose head word the press writes in lower case: `sinh viên trường Đại học Nông Lâm`,
`học sinh trường THPT chuyên Trần Phú`, `văn bản gửi đoàn đại biểu Quốc hội tỉnh`. The grammar
starts a body only at a capital, so it read `Đại học Nông Lâm` without its head, `Quốc hội` for
the delegation, or nothing where the kind is an abbreviation (`THPT`). With one of the words that
make it a body after it (`data/orgs/mentions.json` lower_heads), the lower-case head begins the
body, which the guidelines name with a capital (`Trường Đại học Nông Lâm`). A plural before it
(`các trường đại học`) makes it generic.

And a delegation's session written before its place (`Đoàn đại biểu Quốc hội khóa XIV TP Hà
Nội`): the body is the delegation of that place, named without the session. A ministry's or a
department's inspectorate (`Thanh tra Bộ Nội vụ`, `Thanh tra Sở Xây dựng`), whose local head is
followed by the ministry instead of a place, is that ministry's (ministry_units).
A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from dataclasses import replace

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.lexicon.org_mentions import lower_heads, mention_from_name, ministry_units, session_words
from diembao.text import fold_key

_NUMERALS = frozenset("IVXLC")


def lower_head(parser: BodyParser, i: int) -> Body | None:
    """The body whose lower-case head word is token `i`, else None."""
    tokens = parser.tokens
    t = tokens[i]
    after = lower_heads().get(t.low)
    if after is None or t.cap or i + 1 >= len(tokens) or not parser._joined(i + 1):
        return None
    plural = parser.lex.plural
    if i > 0 and (tokens[i - 1].low in plural or (i > 1 and f"{tokens[i - 2].low} {tokens[i - 1].low}" in plural)):
        return None
    if after.longest(tokens, i + 1) is None:
        return None
    body = with_session(parser, parser.parse(i, relaxed=True))
    if body is None or body.end <= i + 1 or body.incomplete:
        return None
    name = body.name[:1].upper() + body.name[1:]
    # The mention is the capitalised name as written, which flat NER tags without the common noun.
    start = i + 1 if t.low in mention_from_name() else i
    return replace(body, start=start, name=name)


def _numeral(text: str) -> bool:
    return text.isdigit() or (bool(text) and set(text) <= _NUMERALS)


def with_session(parser: BodyParser, body: Body | None) -> Body | None:
    """A local body left without its place because a session stands before the place (the
    body of the place after the session) or a ministry does (the ministry's unit), else as is."""
    if body is None or body.kind != "local" or not body.incomplete or body.needs != "place":
        return body
    tokens, j = parser.tokens, body.end
    if fold_key(body.name) in ministry_units() and j < len(tokens) and parser._joined(j):
        parent = parser.parse(j)
        if parent is not None and parent.kind in ("ministry", "department") and not parent.incomplete:
            return Body(body.start, parent.end, f"{body.name} {parent.name}", "local", parent.implicit,
                        parents=(parent.name, *parent.parents), place=parent.place)
    if j + 2 >= len(tokens) or tokens[j].low not in session_words() or not _numeral(tokens[j + 1].text) \
            or not parser._joined(j) or not parser._joined(j + 1):
        return body
    placed = parser._with_place(body.start, j + 2, body.name, "default", "local")
    return body if placed.incomplete else placed
