"""Bodies named by office titles: the body a title belongs to, read with the title.

`Chủ tịch HĐND tỉnh` is followed by its body; `Trưởng ban Nội chính Tỉnh ủy` writes the head of its
unit (`Ban`) inside the title; `Tỉnh ủy viên` names its body itself; `Bí thư Hà Nội` names only a
place. These read the body with the parser of `grammar`, whose companion module this is.
"""

from __future__ import annotations

from dataclasses import replace

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.extract.bodies.names import with_admin_word
from diembao.extract.titles import TitleMatch
from diembao.lexicon.bodies import grammar, titles_with_head
from diembao.lexicon.persons import surnames
from diembao.text import fold_key
from diembao.text.tokens import phrase_key

_G = grammar()
_MINISTRY: str = _G["ministry"]


def after_title(parser: BodyParser, match: TitleMatch) -> Body | None:
    """The body an office title belongs to: the one written after it (`Chủ tịch HĐND tỉnh`),
    the unit it heads (`Trưởng Ban Nội chính Tỉnh ủy`, `Phó Trưởng ban Kinh tế - Ngân sách`),
    the one it names itself (`Tỉnh ủy viên`), or a place (`Bí thư Hà Nội`)."""
    entry = match.entry
    end = match.end
    tokens = parser.tokens
    if entry.fixed_org:
        return _fixed(parser, entry.fixed_org, end)
    if entry.unit:
        unit_words = phrase_key([entry.unit])
        if tokens[end - 1].low == unit_words[-1] and match.end - match.start > 1:
            body = _unit(parser, entry.unit, end)
            if body is not None:
                # The unit's head word is written inside the title: the body's words start there.
                body = replace(body, start=end - len(unit_words))
            # a body the lexicon knows whole from that head word on (`Phó Trưởng Ban Chỉ đạo Trung
            # ương về phòng, chống tham nhũng`: its name holds a comma the unit's reading stops at)
            known = parser.parse(end - len(unit_words))
            if known is not None and known.kind == "central" and known.end > (body.end if body else end):
                body = known
        elif end < len(tokens) and tokens[end].low == unit_words[0]:
            body = parser.parse(end, relaxed=True)
        elif entry.unit == _MINISTRY:
            body = _ministry_domain(parser, end)
        else:
            body = _unit(parser, entry.unit, end)
        if body is not None:
            return body
    body = parser.parse(end, relaxed=True) if end < len(tokens) and parser._joined(end) else None
    if body is not None:
        return body
    if entry.place_org:
        return _of_place(parser, entry.place_org, end)
    head = titles_with_head().get(fold_key(entry.title))
    if head is not None and end < len(tokens) and parser._admin(end) is not None:
        # `Trưởng CA quận Ngô Quyền`: the title wrote its body's head; the place after it completes it.
        return parser._with_place(end, end, head, "default", "local")
    return None


def _unit(parser: BodyParser, unit: str, i: int) -> Body | None:
    """A body whose head word `unit` the text wrote inside an office title."""
    if i >= len(parser.tokens) or not parser._joined(i):
        return None
    prefix = phrase_key([unit])
    head = unit[0].upper() + unit[1:]
    for trie, kind in ((parser.lex.boards, "board"), (parser.lex.central, "central"), (parser.lex.local, "local")):
        found = trie.longest(parser.tokens, i, prefix)
        if found is None:
            continue
        j, _ = found
        name = f"{head} {parser._text(i, j)}"
        if kind == "central":
            return Body(i, j, parser._alias(name), kind)
        if kind == "local":
            return parser._with_place(i, j, name, "default", kind)
        return parser._board_rest(i, j, name)
    if fold_key(parser.tokens[i].text) in surnames() and i + 1 < len(parser.tokens) and parser.tokens[i + 1].cap:
        return None  # `Tổng cục trưởng Nguyễn Văn A`: a person's name, not the unit's
    # `Phó Viện trưởng VKSND thành phố X`: the unit is written in full after the title.
    written = parser.parse(i)
    if written is not None:
        return written
    return parser._named_from(i, i, head, "named")


def _fixed(parser: BodyParser, name: str, j: int) -> Body:
    """The body an office title names itself (`Tỉnh ủy viên`: the Tỉnh ủy of the article's
    province, or of the place written after it)."""
    level = parser.lex.committees.value(name)
    if level is not None:
        return parser._with_place(j, j, name, str(level), "committee")
    return Body(j, j, name, "central")


def _ministry_domain(parser: BodyParser, j: int) -> Body | None:
    """`Bộ trưởng Công an`, `Thứ trưởng Tài chính`: the ministry named by its field alone."""
    if j >= len(parser.tokens) or not parser._joined(j):
        return None
    found = parser.lex.domains.longest(parser.tokens, j)
    if found is None:
        return None
    k, _domain = found
    return Body(j, k, f"{_MINISTRY} {parser._text(j, k)}", "ministry")


def _of_place(parser: BodyParser, what: str, j: int) -> Body | None:
    """The body a place after an office means: `Bí thư Hà Nội` -> Thành ủy Hà Nội (`committee`),
    `Chủ tịch tỉnh Yên Bái` -> UBND tỉnh Yên Bái (`people`)."""
    admin = parser._admin(j)
    k = admin[0] if admin else j
    place = parser._place(k) or parser._place(j)
    if place is None:
        return _of_bare_admin(parser, what, j)
    end, span = place
    if span.kind not in ("province", "city", "district", "town"):
        return None
    written = parser._text(j, end)
    if what == "committee":
        head = _G["committee_heads"].get(span.kind, _G["committee_heads"]["district"])
        return Body(j, end, f"{head} {span.name}", "committee")
    if what == "people":
        if admin is None and span.kind in ("province", "city"):
            written = with_admin_word(span.name, city=span.kind == "city")
        return Body(j, end, f"UBND {written}", "local")
    return None


_BARE_ADMIN = {tuple(fold_key(word).split()): (level, committee)
               for word, (level, committee) in _G["bare_admin_after_title"].items()}


def _of_bare_admin(parser: BodyParser, what: str, j: int) -> Body | None:
    """`Phó Chủ tịch tỉnh`, `Bí thư huyện` with no place after the word: the body of that level of
    the place that completes it (the sentence's province, else the article's main place), left
    incomplete when none does."""
    tokens = parser.tokens
    for size in (2, 1):
        found = _BARE_ADMIN.get(tuple(t.low for t in tokens[j:j + size]))
        if found is not None and parser._joined(j):
            break
    else:
        return None
    level, committee = found
    end = j + size
    # a district's is left to its neighbours: the article's main district may be of another kind
    # (`quận` after an office in an article about a `huyện`)
    place = parser._implicit_place(level, admin_written=True, at=j) if level in ("province", "city") else None
    written = parser._text(j, end)
    if what == "committee":
        kind, name = "committee", committee if place is None else f"{committee} {place}"
    elif what == "people":
        shown = place[3:] if place is not None and place.lower().startswith("tp ") and level == "city" else place
        kind, name = "local", f"UBND {written}" if place is None else f"UBND {written} {shown}"
    else:
        return None
    if place is None:
        return Body(j, end, name, kind, incomplete=True, needs="place")
    return Body(j, end, name, kind, implicit=True, place=place)
