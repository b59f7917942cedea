"""The grammar of Vietnamese public bodies, read from `data/orgs/units.json`.

A body is parsed from a token position as a unit followed by what it belongs to:

    Ban Thường vụ | Tỉnh ủy | Tiền Giang         board, committee, place
    Ban Kinh tế - Ngân sách | HĐND | tỉnh Bắc Kạn   board, local body, admin word + place
    Vụ Tổ chức cán bộ | Bộ Xây dựng              named unit, ministry
    Ban Tổ chức | Trung ương                     board, central marker

A place the text leaves out is completed from the article's main place (`Context`): in a Tiền Giang article
`HĐND tỉnh` is `HĐND tỉnh Tiền Giang`. The name of a body is its text as written (spaces normalised), with the
completion appended; only the writings that the guidelines record under one name are replaced by it (`Ban Chấp
hành Trung ương` -> `Ban Chấp hành Trung ương Đảng`). A body never runs across a line break.

Vietnamese capitalises only the first syllable of a body's own name (`Vụ Tổ chức cán bộ`, `Ban chỉ đạo Phòng
chống tham nhũng`), so after a head word the name goes on through lower-case syllables up to punctuation, a stop
word (`đã`, `cho biết`, `đề nghị`: `data/orgs/stopwords.txt`) or the body it belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from diembao.extract.bodies.names import country_before_foreign_name, ends_a_name, with_admin_word
from diembao.extract.bodies.nearby import districts_at, nearby_district
from diembao.extract.bodies.parties import party_end, party_word, with_party_word
from diembao.extract.bodies.sections import section_headings, section_province
from diembao.extract.bodies.union import central_member, has_board
from diembao.extract.settings import BODY_MAX_LOWER_RUN as _MAX_LOWER_RUN
from diembao.extract.spans import PlaceSpan
from diembao.lexicon.bodies import grammar, lexicon
from diembao.lexicon.gazetteer import gazetteer
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie, Token, token_ranges

# How far a lower-case run may go inside a body's own name ("Vụ Tổ chức cán bộ").
_G = grammar()  # the grammar's own words (`data/orgs/grammar.json`)
_MINISTRY: str = _G["ministry"]
_CONNECTORS = frozenset(_G["connectors"])
_SENTENCE_ENDS = frozenset(".!?;")
_TRADE_HEADS = frozenset(fold_key(h) for h in _G["trade_word_heads"])
_NATIONAL_HEADS = frozenset(fold_key(h) for h in _G["lower_national_heads"])
_GENERIC = PhraseTrie()
for _w in _G["generic_after_head"]:
    _GENERIC.add(_w, True)


@dataclass(frozen=True, slots=True)
class Context:
    """What completes a body the text leaves implicit: the article's main places."""

    province: str | None = None  # canonical name, e.g. "Tiền Giang", "TP Hồ Chí Minh"
    province_kind: str | None = None  # "province" or "city"
    district: str | None = None  # e.g. "Tĩnh Gia"


@dataclass(frozen=True, slots=True)
class Body:
    start: int  # token index
    end: int  # token index after the body
    name: str
    kind: str
    implicit: bool = False  # completed from context rather than written in full
    parents: tuple[str, ...] = ()  # the bodies it belongs to, as written after it, innermost first
    incomplete: bool = False  # its parent or place is left to the reader
    needs: str | None = None  # what an incomplete body lacks: "place" or "parent"
    place: str | None = None  # the place it is of, written or completed (`Tiền Giang`)


# The grammar's rules in the order they are tried, at the start of a body and after a board.
_PARSE_RULES = ("_central", "_board", "_committee", "_local", "_ministry", "_party", "_named", "_known")
_PARENT_RULES = ("_central", "_committee", "_local", "_ministry", "_named")


@cache
def _starters() -> dict[str, frozenset[str]]:
    """For each rule, the words a body it reads can begin with."""
    lex = lexicon()
    out = {
        "_central": lex.central.first_tokens(),
        "_board": lex.boards.first_tokens(),
        "_committee": lex.committees.first_tokens(),
        "_local": lex.local.first_tokens(),
        "_ministry": lex.ministry_heads.first_tokens(),
        "_named": lex.named_heads.first_tokens(),
        "_known": lex.known.first_tokens(),
        "_party": {party_word()},
    }
    out["parent_heads"] = out["_central"] | out["_committee"] | out["_local"] | out["_ministry"]
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _breaking_heads() -> PhraseTrie:
    trie = PhraseTrie()
    for head in _G["name_breaking_heads"]:
        trie.add(head, True)
    return trie


@cache
def body_start_words() -> frozenset[str]:
    """Folded words that can begin a body (`Sở`, `Bộ`, `Ủy ban`, `Công ty` …): the first words
    of every rule the grammar tries at the start of a body."""
    return frozenset().union(*(_starters()[rule] for rule in _PARSE_RULES))


def _closed_bracket(tokens: Sequence[Token], start: int, at: int) -> bool:
    """Whether a bracket open at token `start` closes before token `at`."""
    depth = 0
    for k in range(start + 1, at):
        if tokens[k].text == "(":
            depth += 1
        elif tokens[k].text == ")":
            if depth == 0:
                return True
            depth -= 1
    return False


class BodyParser:
    """Parses bodies at token positions of one document."""

    def __init__(self, tokens: Sequence[Token], places: Sequence[PlaceSpan], context: Context):
        self.tokens = tokens
        self.context = context
        self.lex = lexicon()
        # Place spans by the index of their first token.
        self.place_at: dict[int, tuple[int, PlaceSpan]] = {}
        for p, (i, j) in zip(places, token_ranges(tokens, places), strict=True):
            if i is not None:
                self.place_at[i] = (j, p)
        # Provinces and centrally-run cities by first token, in text order, with their kind.
        g = gazetteer()
        self._provinces: list[tuple[int, str, str]] = []
        for start, (_end, span) in sorted(self.place_at.items()):
            province = g.province(span.name) if span.kind in ("province", "city") else None
            # A historic name (`Sài Gòn`) lives on in the names of things, not of today's bodies.
            if province is not None and province.era != "historic":
                self._provinces.append((start, province.name, province.kind))
        self._districts = districts_at(self.place_at)
        self.latin: dict[int, int] = {}  # first token -> end of a foreign name in Latin letters (`bodies/latin.py`)
        self._sections = section_headings(tokens, self.place_at, self._provinces)

    # --- helpers ------------------------------------------------------------------------------

    def _text(self, i: int, j: int) -> str:
        """Tokens i..j-1 as written, with the spacing of the text but collapsed."""
        parts: list[str] = []
        for k in range(i, j):
            t = self.tokens[k]
            if k > i and t.start > self.tokens[k - 1].end:
                parts.append(" ")
            parts.append(t.text)
        return "".join(parts)

    def _headed(self, head: str, j: int, k: int) -> str:
        """A body's name: its head, then tokens j..k-1. The head is written either in the text
        before j (`Ban Quản lý Khu …`) or inside an office title (`Trưởng ban Công tác đại biểu`
        heads `Ban Công tác đại biểu`), so it is given, not read back from the tokens."""
        if k <= j:
            return head
        gap = " " if j == 0 or self.tokens[j].start > self.tokens[j - 1].end else ""
        return f"{head}{gap}{self._text(j, k)}"

    def _joined(self, k: int) -> bool:
        """Token k follows token k-1 on the same line (at most one space between)."""
        return 0 < k < len(self.tokens) and self.tokens[k].start - self.tokens[k - 1].end <= 1

    def _is_stop(self, i: int) -> bool:
        if self.lex.stopwords.longest(self.tokens, i) is None:
            return False
        # `hàng không`, `công trình`: the stop word is a syllable of a word of the name.
        compounds = self.lex.compounds
        return not any((found := compounds.longest(self.tokens, s)) is not None and found[0] > i
                       for s in range(max(0, i - 2), i + 1))

    def _ok_start(self, i: int) -> bool:
        t = self.tokens[i]
        if not t.word or not (t.cap or t.upper):
            return False
        if i > 0:
            prev = self.tokens[i - 1].low
            prev2 = f"{self.tokens[i - 2].low} {prev}" if i > 1 else prev
            if prev in self.lex.plural or prev2 in self.lex.plural:
                return False
            if ends_a_name(self.tokens, i, self._joined):
                return False
        return True

    def _place(self, i: int) -> tuple[int, PlaceSpan] | None:
        if i > 0 and not self._joined(i):
            return None
        return self.place_at.get(i)

    def _admin(self, i: int) -> tuple[int, str] | None:
        if i >= len(self.tokens) or not self._joined(i):
            return None
        found = self.lex.admin_words.longest(self.tokens, i)
        if found is None:
            return None
        j, level = found
        # "TP." keeps its dot as part of the admin word.
        if j < len(self.tokens) and self.tokens[j].text == "." and self.tokens[j - 1].low == "tp":
            j += 1
        return j, str(level)

    def _sentence_province(self, at: int, level: str, admin_written: bool) -> tuple[str, str] | None:
        """The province the sentence names nearest before token `at` (`Khi ông A còn làm lãnh đạo
        tỉnh Hà Tĩnh, ở vị trí Phó Chủ tịch UBND tỉnh`): a bare body of a province-level kind is
        that province's before it is the article's main place's (issue 10)."""
        tokens = self.tokens
        for start, name, kind in reversed(self._provinces):
            if start >= at:
                continue
            if at - start > _G["sentence_place_reach"]:
                return None
            between = range(start + 1, at)
            if any(tokens[k].text in _SENTENCE_ENDS or tokens[k].start - tokens[k - 1].end > 1 for k in between):
                return None
            # `Tỉnh ủy` is a province's, `Thành ủy` / `UBND TP` a city's; `UBND` alone either's.
            if level in ("province", "city") and kind != level:
                continue
            # `(ở phường X, TP. Pleiku, Gia Lai) tố cáo ông A - Phó Bí thư Thành ủy`: a place in a
            # bracket closed before the body is an aside's.
            if _closed_bracket(tokens, start, at):
                continue
            return name, kind
        return None

    def _implicit_place(self, level: str, admin_written: bool, at: int | None = None) -> str | None:
        """The place that completes a bare `tỉnh`/`TP`/`huyện` (or no admin word at all) at token
        `at`: the province its sentence names before it, else the article's main place."""
        ctx = self.context
        if at is not None and level in ("province", "city", "default"):
            near = self._sentence_province(at, level, admin_written)
            if near is not None:
                return near[0]
            section = section_province(self._sections, at, level)
            if section is not None:
                return section
        if level in ("province", "city", "default"):
            if ctx.province is None:
                return None
            if level == "province" and ctx.province_kind == "city" and admin_written:
                return None
            if level == "city" and ctx.province_kind != "city" and admin_written:
                return None
            return ctx.province
        if level == "district":
            near = nearby_district(self._districts, at, ctx.province) if at is not None else None
            return near or ctx.district
        return None

    def _with_admin_word(self, place: str) -> str:
        """`UBND` in a Tiền Giang article is `UBND tỉnh Tiền Giang`; in Hà Nội, `UBND thành phố Hà Nội`."""
        known = gazetteer().province(place)
        city = known.kind == "city" if known is not None else self.context.province_kind == "city"
        return with_admin_word(place, city=city)

    def _alias(self, written: str) -> str:
        return self.lex.aliases.get(fold_key(written), written)

    # --- the grammar ----------------------------------------------------------------------------

    def parse(self, i: int, *, relaxed: bool = False) -> Body | None:
        """The longest body starting at token `i`, or None. `relaxed` accepts a lower-case
        start, as after an office title (`bí thư huyện ủy`, `Trưởng ban Kinh tế`)."""
        if i >= len(self.tokens):
            return None
        if not (self._ok_start(i) or (relaxed and self.tokens[i].word)):
            return self._board(i) if self._lower_board(i) else None
        if (latin := self.latin.get(i)) is not None:
            return Body(i, latin, self._text(i, latin), "named")
        return self._first_rule(i, _PARSE_RULES)

    def _lower_board(self, i: int) -> bool:
        """`các quy định của ban thường vụ Tỉnh ủy`: a board written in lower case is still one
        before the capitalised Party committee it is of (a plural before it makes it generic)."""
        found = self.lex.boards.longest(self.tokens, i)
        if found is None or not self.tokens[i].word or self._ok_start(i):
            return False
        j = found[0]
        prev = self.tokens[i - 1].low if i > 0 else ""
        return (j < len(self.tokens) and self._joined(j) and self.tokens[j].cap
                and self.lex.committees.longest(self.tokens, j) is not None and prev not in self.lex.plural)

    def _central(self, i: int) -> Body | None:
        found = self.lex.central.longest(self.tokens, i)
        if found is None:
            return None
        j, _ = found
        if (member := central_member(self, j)) is not None:
            return Body(i, member[0], self._text(i, member[0]), "central", parents=member[1])
        # A national body with provincial branches ("Cục Hải quan" / "Cục Hải quan TP.HCM").
        if self.lex.local.longest(self.tokens, i) is not None and (self._admin(j) or self._place(j)):
            return self._local(i)
        # "Ban Bí thư Trung ương", "Quốc hội Mỹ": what the central body is of, when written.
        marker = self.lex.central_markers.longest(self.tokens, j) if self._joined(j) else None
        if marker is not None:
            return Body(i, marker[0], self._alias(self._text(i, marker[0])), "central")
        # "Bộ Chính trị Đảng Cộng sản Cuba": a central body of a party named with its country.
        abroad = self._party(j) if j < len(self.tokens) and self._joined(j) else None
        if abroad is None and j - 1 > i and self.tokens[j - 1].low == _G["party"]:
            # `Ban Chấp hành Trung ương Đảng` + `Cộng sản Cuba`: the party's word ends the match.
            abroad = self._party(j - 1)
        if abroad is not None:
            return Body(i, abroad.end, self._text(i, abroad.end), "central", parents=(abroad.name,))
        party = self.lex.party_names.longest(self.tokens, j) if self._joined(j) else None
        place = self._place(party[0] if party else j)
        if place and place[1].kind == "country" and fold_key(place[1].name) != _G["home_country"]:
            return Body(i, place[0], self._text(i, place[0]), "central")
        name, k = self._alias(self._text(i, j)), with_party_word(self.tokens, self._text(i, j), j, self._joined)
        party_written = k == j or fold_key(name).endswith(" " + party_word())  # an alias may name it
        return Body(i, k, name if party_written else f"{name} {self._text(j, k)}", "central")

    def _committee(self, i: int) -> Body | None:
        found = self.lex.committees.longest(self.tokens, i)
        if found is None:
            return None
        j, level = found
        head = self._text(i, j)
        if level == "parent":
            parent = self._parent(j)
            if parent is not None:
                return self._under(i, head, "committee", parent)
            place = self._place(j)
            if place:
                return Body(i, place[0], f"{head} {self._text(j, place[0])}", "committee")
            return Body(i, j, head, "committee", incomplete=True, needs="parent")
        return self._with_place(i, j, head, str(level), "committee")

    def _under(self, i: int, head: str, kind: str, parent: Body) -> Body:
        return Body(i, parent.end, f"{head} {parent.name}", kind, parent.implicit,
                    parents=(parent.name, *parent.parents), incomplete=parent.incomplete,
                    needs=parent.needs, place=parent.place)

    def _with_place(self, i: int, j: int, head: str, level: str, kind: str) -> Body:
        """`head` followed by an optional admin word and a place, completed when left out."""
        admin = self._admin(j)
        k = admin[0] if admin else j
        place = self._place(k) or (self._place(j) if admin else None)
        if place is not None:
            end, span = place
            # `Tỉnh ủy tỉnh Yên Bái`, `Quận ủy quận Thủ Đức`: the committee already says the level,
            # the name is written once (`Tỉnh ủy Yên Bái`); an abbreviated `TP` is part of the name.
            # A numbered district (`Quận ủy Quận 1`) and a city named after a person (`Thành ủy
            # thành phố Hồ Chí Minh`) keep their admin word: without it the name is no place.
            once = (kind == "committee" and admin is not None and admin[1] == level
                    and self.tokens[j].low != "tp" and not self.tokens[k].text[:1].isdigit()
                    and not span.name.startswith("TP "))
            start = k if once else j
            return Body(i, end, f"{head} {self._text(start, end)}", kind, place=span.name)
        if admin is not None:
            implicit = self._implicit_place(admin[1], admin_written=True, at=i)
            written = self._text(j, admin[0])
            if implicit is None:
                return Body(i, admin[0], f"{head} {written}", kind, incomplete=True, needs="place")
            # `Công an thành phố` in a TP Hồ Chí Minh article: the admin word is written once.
            city_word = written.lower().rstrip(".") == "tp" or fold_key(written) == fold_key(_G["admin_words"]["city"])
            shown = implicit[3:] if implicit.lower().startswith("tp ") and city_word else implicit
            # `Tỉnh ủy tỉnh` + the main province: the committee already says the level, as above.
            if kind == "committee" and admin[1] == level and self.tokens[j].low != "tp":
                return Body(i, admin[0], f"{head} {implicit}", kind, implicit=True, place=implicit)
            return Body(i, admin[0], f"{head} {written} {shown}", kind, implicit=True, place=implicit)
        # A province's department (`Sở Tài chính`) and its party committee are the main place's;
        # of the local bodies only the people's council and committee are (`UBND kiến nghị`).
        bare_ok = kind in ("committee", "department") or self.lex.bare_complete.value(head) is not None
        implicit = self._implicit_place(level, admin_written=False, at=i) if bare_ok else None
        if implicit is None:
            return Body(i, j, head, kind, incomplete=True, needs="place")
        shown = self._with_admin_word(implicit) if kind in ("local", "department") else implicit
        return Body(i, j, f"{head} {shown}", kind, implicit=True, place=implicit)

    def _local(self, i: int) -> Body | None:
        found = self.lex.local.longest(self.tokens, i)
        if found is None:
            return None
        j, _ = found
        tokens = self.tokens
        # "TAND tối cao", "Viện Kiểm sát nhân dân tối cao": the central court and procuracy.
        if j + 1 < len(tokens) and self._joined(j) and f"{tokens[j].low} {tokens[j + 1].low}" == _G["supreme"]:
            return Body(i, j + 2, self._text(i, j + 2), "central")
        if j < len(tokens) and self._joined(j) and tokens[j].low in _G["vietnam_starts"]:
            end = j + 2 if tokens[j].low == _G["vietnam_starts"][0] else j + 1
            return Body(i, end, self._alias(self._text(i, end)), "central")
        return self._with_place(i, j, self._text(i, j), "default", "local")

    def _board(self, i: int) -> Body | None:
        found = self.lex.boards.longest(self.tokens, i)
        if found is None:
            return None
        j, _ = found
        head = self._text(i, j)
        recorded = self.lex.board_aliases.get(fold_key(head))
        if recorded is not None:
            parent = self._parent(j)
            return self._under(i, recorded, "board", parent) if parent and has_board(parent.kind, parent.name) else None
        return self._board_rest(i, j, head)

    def _board_rest(self, i: int, j: int, head: str) -> Body:
        marker = self.lex.central_markers.longest(self.tokens, j) if self._joined(j) else None
        if marker is not None:
            end = marker[0]
            if (member := central_member(self, end)) is not None:
                return Body(i, member[0], f"{head} {self._text(j, member[0])}", "central", parents=member[1])
            if end < len(self.tokens) and self._joined(end) and self.tokens[end].low == _G["party"]:
                end += 1
            return Body(i, end, self._alias(f"{head} {self._text(j, end)}"), "central")
        parent = self._parent(j)
        if parent is not None:
            return self._under(i, head, "board", parent)
        # A board with a name of its own ("Ban Chỉ đạo Phòng chống tham nhũng").
        named = self._named_from(i, j, head, "board")
        return named or Body(i, j, head, "board", incomplete=True, needs="parent")

    def _parent(self, j: int) -> Body | None:
        if j >= len(self.tokens) or not self._joined(j) or not self.tokens[j].word:
            return None
        if self._ok_start(j):
            return self._first_rule(j, _PARENT_RULES)
        # A lower-case head may still begin a parent with a proper name ("HĐQT công ty CP Việt Tín").
        return self._named(j)

    def _ministry(self, i: int) -> Body | None:
        head = self.lex.ministry_heads.longest(self.tokens, i)
        if head is None:
            return None
        j, _ = head
        found = self.lex.domains.longest(self.tokens, j)
        if found is None:
            return None
        k, _domain = found
        # "Sở Tài nguyên Yên Bái", "Bộ Ngoại giao Mỹ".
        place = self._place(k)
        admin = self._admin(k)
        if place is None and admin is not None:
            place = self._place(admin[0])
        if place is not None:
            return Body(i, place[0], self._text(i, place[0]), "ministry")
        if self.tokens[i].low == _G["department"]:
            return self._with_place(i, k, self._text(i, k), "default", "department")
        return Body(i, k, self._text(i, k), "ministry")

    def _named(self, i: int) -> Body | None:
        found = self.lex.named_heads.longest(self.tokens, i)
        if found is None:
            return None
        j, _ = found
        place = self.place_at.get(i)
        if place is not None and place[0] > j:
            return None  # `Đài Loan`, `Hội An`: a place whose first word is a head word
        return self._named_from(i, j, self._text(i, j), "named")

    def _named_from(self, i: int, j: int, head: str, kind: str) -> Body | None:
        """A head followed by a proper name, then optionally the body it belongs to or a place."""
        tokens = self.tokens
        n = len(tokens)
        lower_start = self.lex.lower_name_words.longest(tokens, j) if j < n else None
        named_next = lower_start is not None and lower_start[0] < n and \
            (tokens[lower_start[0]].cap or tokens[lower_start[0]].upper)
        if lower_start is not None and named_next:
            # "THPT chuyên Lam Sơn": the lower-case word belongs to the name
            head, j = self._headed(head, j, lower_start[0]), lower_start[0]
        elif j < n and tokens[j].word and not (tokens[j].cap or tokens[j].upper or tokens[j].text[0].isdigit()):
            # A lower-case word right after the head starts a name only when a place ends it
            # ("Hiệp hội doanh nghiệp Thanh Hóa"); otherwise the head is a common word
            # ("Hội nghị", "Trung tâm hội nghị").
            if _GENERIC.longest(tokens, j) is not None:
                return None  # `Cơ quan chức năng tỉnh X`, `Ban lãnh đạo thành phố`: no name
            # The run stops at a stop word (`trưởng đoàn đã lên Yên Bái`: the verb is the sentence's).
            k, markers = j, self.lex.central_markers
            national = fold_key(head) in _NATIONAL_HEADS
            while k < n and k - j < (7 if national else 4) and self._joined(k) and tokens[k].word \
                    and not tokens[k].cap and not self._is_stop(k) and k not in self.place_at \
                    and not (national and markers.longest(tokens, k) is not None):
                k += 1
            place = self._place(k)
            if 0 < k - j <= 4 and place is not None and place[1].kind in self.lex.named_place_kinds:
                return Body(i, place[0], self._headed(head, j, place[0]), kind)
            # `Trung tâm dự báo khí tượng thủy văn Trung ương`: a national body's lower-case name,
            # with the country after it where written (`Cục tình báo trung ương Mỹ`).
            if national and k > j and k < n and self._joined(k) and (marker := markers.longest(tokens, k)):
                end = marker[0]
                after = self._place(end) if end < n else None
                end = after[0] if after is not None and after[1].kind in self.lex.named_place_kinds else end
                return Body(i, end, self._headed(head, j, end), kind)
            # `Công ty than Hà Lầm`: a company's trade in lower case before its capitalised name.
            if 0 < k - j <= 2 and k < n and self._joined(k) and tokens[k].cap and fold_key(head) in _TRADE_HEADS:
                return self._named_from(i, k, self._headed(head, j, k), kind)
            return None
        k = j
        capitals = 0
        last_capital = j
        lower_run = 0
        while k < n and self._joined(k):
            t = tokens[k]
            place = self.place_at.get(k)
            if place is not None and place[1].kind in self.lex.named_place_kinds:
                end = self._numbered(place[0])
                return Body(i, end, self._headed(head, j, end), kind)
            if k > j and capitals and (t.cap or t.upper) and self._parent_starts(k):
                parent = self._parent(k)
                if parent is not None:
                    return self._under(i, self._headed(head, j, k), kind, parent)
                break
            if k > j and capitals and t.cap and _breaking_heads().longest(tokens, k) is not None:
                break
            if k > j and capitals and (end := country_before_foreign_name(tokens, k, self._joined)) is not None:
                return Body(i, end, self._headed(head, j, end), kind)
            if t.word and (t.cap or t.upper or t.text[0].isdigit()):
                capitals += 1
                lower_run = 0
                last_capital = k + 1
            elif t.word and not self._is_stop(k) and lower_run < _MAX_LOWER_RUN:
                lower_run += 1
            elif t.low in _CONNECTORS and k + 1 < n and (tokens[k + 1].cap or tokens[k + 1].upper):
                pass
            elif t.word and lower_run >= _MAX_LOWER_RUN:
                # Lower-case words without end: the name stopped at its last capital.
                k = last_capital
                break
            else:
                break
            k += 1
        if capitals == 0:
            return None
        # A lower-case tail is part of a name whose own part began with one capital ("Tổng công ty
        # Hợp lực", "Vụ Tổ chức cán bộ").
        if capitals > 1 and k > last_capital + 1:
            # After a name of several capitals, one lower-case syllable may still finish the last
            # word ("Cục Lâm nghiệp - Kiểm lâm"); more is the sentence going on.
            # Only after a dash: elsewhere the syllable is the sentence's (`Công ty Mặt Trăng khởi công`).
            finish = tokens[last_capital].word and not self._is_stop(last_capital) and \
                last_capital >= 2 and tokens[last_capital - 2].text in "-–"
            k = last_capital + 1 if finish else last_capital
        while k > j and not tokens[k - 1].word:
            k -= 1
        if k - j == 1 and kind == "named" and not (tokens[j].upper or tokens[j].text[0].isdigit()):
            # One bare word after a generic head ("Hội Nghị", "Trường Sa") is too weak alone.
            return None
        k = self._numbered(k)
        return self._admin_tail(Body(i, k, self._headed(head, j, k), kind), j)

    def _numbered(self, k: int) -> int:
        """Past a number that ends a name (`Trường THPT Thuận Thành số 1`), else k."""
        tokens = self.tokens
        numbered = k + 1 < len(tokens) and tokens[k].low in _G["number_words"] and tokens[k + 1].text.isdigit()
        return k + 2 if numbered and self._joined(k) else k

    def _admin_tail(self, body: Body, j: int) -> Body:
        """`Trường Chính trị thành phố`, `Chi cục Quản lý thị trường tỉnh`: a name ending in a bare
        administrative word is of the article's main place, as `HĐND tỉnh` is."""
        for p in range(max(j, body.end - 2), body.end):
            found = self.lex.admin_words.longest(self.tokens, p)
            if found is None or found[0] != body.end:
                continue
            implicit = self._implicit_place(str(found[1]), admin_written=True, at=body.start)
            if implicit is None:
                return body
            # `… thành phố` / `… TP` + `TP Hồ Chí Minh`: the written city word is not repeated.
            city_word = str(found[1]) == "city"
            shown = implicit[3:] if implicit.lower().startswith("tp ") and city_word else implicit
            return replace(body, name=f"{body.name} {shown}", implicit=True, place=implicit)
        return body

    def _parent_starts(self, k: int) -> bool:
        if not self._ok_start(k) or self.tokens[k].low not in _starters()["parent_heads"]:
            return False
        lex = self.lex
        return any(t.longest(self.tokens, k) is not None
                   for t in (lex.central, lex.committees, lex.local, lex.ministry_heads))

    def _first_rule(self, i: int, rules: tuple[str, ...]) -> Body | None:
        """The first of `rules` (method names) that reads a body at token i; only the rules whose
        vocabulary has a phrase beginning with that word are tried."""
        word = self.tokens[i].low
        starters = _starters()
        for name in rules:
            if word in starters[name]:
                body = getattr(self, name)(i)
                if body is not None:
                    return body
        return None

    def _party(self, i: int) -> Body | None:
        found = party_end(self.tokens, i, self.place_at, self._joined, self._is_stop)
        return Body(i, found[0], self._text(i, found[0]), "central", place=found[1]) if found else None

    def _known(self, i: int) -> Body | None:
        found = self.lex.known.longest(self.tokens, i)
        if found is None:
            return None
        j, _name = found
        # Brands are written with capitals: "Hòa Phát" the company, not "Hòa phát biểu".
        if not all(t.cap or t.upper or not t.word for t in self.tokens[i:j]):
            return None
        return Body(i, j, self._text(i, j), "known")
