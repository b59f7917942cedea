"""The grammar of Vietnamese public bodies, read from `data/orgs/units.json`.

A body is parsed from a token position as a unit followed by what it belongs to:

    Ban Thường vụ | Tỉnh ủy | Tiền Giang         board, committee, place
    Ban Kinh tế - Ngân sách | HĐND | tỉnh Bắc Kạn   board, local body, admin word + place
    Vụ Tổ chức cán bộ | Bộ Xây dựng              named unit, ministry
    Ban Tổ chức | Trung ương                     board, central marker

A place the text leaves out is completed from the article's main place (`Context`): in a
Tiền Giang article `HĐND tỉnh` is `HĐND tỉnh Tiền Giang`. The name of a body is its text as
written (spaces normalised), with the completion appended, or the canonical name of a known
alias (`Ban Chấp hành Trung ương` -> `Ban Chấp hành Trung ương Đảng`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from diembao.data import load_json, load_lines
from diembao.spans import PlaceSpan
from diembao.tokens import PhraseTrie, Token

# How far a lower-case run may go inside a body's own name ("Vụ Tổ chức cán bộ").
_MAX_LOWER_RUN = 4
_CONNECTORS = frozenset({"-", "–", "&", "và", ","})


@dataclass(frozen=True, slots=True)
class Context:
    """What completes a body the text leaves implicit: the article's main places."""

    province: str | None = None  # canonical name, e.g. "Tiền Giang", "TP Hồ Chí Minh"
    province_kind: str | None = None  # "province" or "city"
    district: str | None = None  # e.g. "Tĩnh Gia"
    district_admin: str | None = None  # "huyện", "quận", "thị xã", "thành phố"


@dataclass(frozen=True, slots=True)
class Body:
    start: int  # token index
    end: int  # token index after the body
    name: str
    kind: str
    implicit: bool = False  # completed from context rather than written in full


@dataclass(frozen=True, slots=True)
class Lexicon:
    central: PhraseTrie
    committees: PhraseTrie
    local: PhraseTrie
    boards: PhraseTrie
    ministry_heads: PhraseTrie
    domains: PhraseTrie
    named_heads: PhraseTrie
    admin_words: PhraseTrie
    central_markers: PhraseTrie
    aliases: dict[str, str]
    stopwords: PhraseTrie
    plural: frozenset[str]
    known: PhraseTrie


@cache
def lexicon() -> Lexicon:
    from diembao.text import fold_key

    data = load_json("orgs/units.json")

    def trie(entries: object, value_of: object = None) -> PhraseTrie:
        t = PhraseTrie()
        items = entries.items() if isinstance(entries, dict) else ((e, e) for e in entries)  # type: ignore[union-attr]
        for phrase, value in items:
            t.add(phrase, value if value_of is None else value_of)
        return t

    central = PhraseTrie()
    for name in data["central"]:
        central.add(name, name)
    for alias, name in data["aliases"].items():
        central.add(alias, name)
    domains = PhraseTrie()
    for domain, variants in data["ministry_domains"].items():
        domains.add(domain, domain)
        for v in variants:
            domains.add(v, domain)
    stop = PhraseTrie()
    for word in load_lines("orgs/stopwords.txt"):
        stop.add(word, True)
    known = PhraseTrie()
    for name in load_lines("orgs/known.txt"):
        known.add(name, name)
    return Lexicon(
        central=central,
        committees=trie(data["committees"]),
        local=trie(data["local"]),
        boards=trie(data["boards"]),
        ministry_heads=trie(data["ministry_heads"]),
        domains=domains,
        named_heads=trie(data["named_heads"]),
        admin_words=trie(data["admin_words"]),
        central_markers=trie(data["central_markers"]),
        aliases={fold_key(k): v for k, v in data["aliases"].items()},
        stopwords=stop,
        plural=frozenset(fold_key(p) for p in data["plural_markers"]),
        known=known,
    )


class BodyParser:
    """Parses bodies at token positions of one document."""

    def __init__(self, tokens: Sequence[Token], places: Sequence[PlaceSpan], context: Context):
        self.tokens = tokens
        self.context = context
        self.lex = lexicon()
        # Place spans by the index of their first token.
        self.place_at: dict[int, tuple[int, PlaceSpan]] = {}
        if places:
            starts = {t.start: i for i, t in enumerate(tokens)}
            ends = {t.end: i for i, t in enumerate(tokens)}
            for p in places:
                i, j = starts.get(p.start), ends.get(p.end)
                if i is not None and j is not None:
                    self.place_at[i] = (j + 1, p)

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

    def _is_stop(self, i: int) -> bool:
        return self.lex.stopwords.longest(self.tokens, i) is not None

    def _ok_start(self, i: int) -> bool:
        t = self.tokens[i]
        if not t.word or not (t.cap or t.upper):
            return False
        if i > 0:
            prev = self.tokens[i - 1].low
            prev2 = f"{self.tokens[i - 2].low} {prev}" if i > 1 else prev
            if prev in self.lex.plural or prev2 in self.lex.plural:
                return False
        return True

    def _place(self, i: int) -> tuple[int, PlaceSpan] | None:
        return self.place_at.get(i)

    def _admin(self, i: int) -> tuple[int, str] | None:
        if i >= len(self.tokens):
            return None
        found = self.lex.admin_words.longest(self.tokens, i)
        if found is None:
            return None
        j, level = found
        # "TP." keeps its dot as part of the admin word.
        if j < len(self.tokens) and self.tokens[j].text == "." and self.tokens[j - 1].low == "tp":
            j += 1
        return j, str(level)

    def _implicit_place(self, level: str, admin_written: bool) -> str | None:
        """The main place that completes a bare `tỉnh`/`TP`/`huyện` (or no admin word at all)."""
        ctx = self.context
        if level in ("province", "city", "default"):
            if ctx.province is None:
                return None
            if level == "province" and ctx.province_kind == "city" and admin_written:
                return None
            if level == "city" and ctx.province_kind != "city" and admin_written:
                return None
            return ctx.province
        if level == "district":
            return ctx.district
        return None

    # --- the grammar ----------------------------------------------------------------------------

    def parse(self, i: int) -> Body | None:
        """The longest body starting at token `i`, or None."""
        if i >= len(self.tokens) or not self._ok_start(i):
            return None
        for rule in (self._central, self._board, self._committee, self._local, self._ministry,
                     self._named, self._known):
            body = rule(i)
            if body is not None:
                return body
        return None

    def _central(self, i: int) -> Body | None:
        found = self.lex.central.longest(self.tokens, i)
        if found is None:
            return None
        j, canonical = found
        written = self._text(i, j)
        from diembao.text import fold_key

        name = str(canonical) if fold_key(written) in self.lex.aliases else written
        # A central body may belong to a country ("Bộ Ngoại giao Mỹ", "Quốc hội Mỹ").
        place = self._place(j)
        if place and place[1].kind == "country" and fold_key(place[1].name) != "việt nam":
            return Body(i, place[0], f"{name} {self._text(j, place[0])}", "central")
        return Body(i, j, name, "central")

    def _committee(self, i: int) -> Body | None:
        found = self.lex.committees.longest(self.tokens, i)
        if found is None:
            return None
        j, level = found
        head = self._text(i, j)
        if level == "parent":
            parent = self._parent(j)
            if parent is not None:
                return Body(i, parent.end, f"{head} {parent.name}", "committee", parent.implicit)
            place = self._place(j)
            if place:
                return Body(i, place[0], f"{head} {self._text(j, place[0])}", "committee")
            return None
        return self._with_place(i, j, head, str(level), "committee")

    def _with_place(self, i: int, j: int, head: str, level: str, kind: str) -> Body | None:
        """`head` followed by an optional admin word and a place, completed when left out."""
        admin = self._admin(j)
        k = admin[0] if admin else j
        place = self._place(k) or (self._place(j) if admin else None)
        if place is not None:
            end, span = place
            return Body(i, end, f"{head} {self._text(j, end)}", kind)
        if admin is not None:
            implicit = self._implicit_place(admin[1], admin_written=True)
            if implicit is None:
                return None
            written = self._text(j, admin[0])
            if implicit.lower().startswith("tp ") and written.lower().rstrip(".") == "tp":
                implicit = implicit[3:]
            return Body(i, admin[0], f"{head} {written} {implicit}", kind, implicit=True)
        implicit = self._implicit_place(level, admin_written=False)
        if implicit is None:
            return None
        return Body(i, j, f"{head} {implicit}", kind, implicit=True)

    def _local(self, i: int) -> Body | None:
        found = self.lex.local.longest(self.tokens, i)
        if found is None:
            return None
        j, _ = found
        head = self._text(i, j)
        # "TAND tối cao", "Viện Kiểm sát nhân dân tối cao": the central court and procuracy.
        if j + 1 < len(self.tokens) and f"{self.tokens[j].low} {self.tokens[j + 1].low}" == "tối cao":
            return Body(i, j + 2, self._text(i, j + 2), "central")
        if j < len(self.tokens) and self.tokens[j].low in ("việt", "vn"):
            end = j + 2 if self.tokens[j].low == "việt" else j + 1
            return Body(i, end, self._text(i, end), "central")
        return self._with_place(i, j, head, "default", "local")

    def _board(self, i: int) -> Body | None:
        found = self.lex.boards.longest(self.tokens, i)
        if found is None:
            return None
        j, _ = found
        head = self._text(i, j)
        marker = self.lex.central_markers.longest(self.tokens, j) if j < len(self.tokens) else None
        if marker is not None:
            end = marker[0]
            if end < len(self.tokens) and self.tokens[end].low == "đảng":
                end += 1
            written = self._text(i, end)
            from diembao.text import fold_key

            alias = self.lex.aliases.get(fold_key(written))
            return Body(i, end, alias or written, "central")
        parent = self._parent(j)
        if parent is not None:
            return Body(i, parent.end, f"{head} {parent.name}", "board", parent.implicit)
        # A board with a name of its own ("Ban Chỉ đạo Phòng chống tham nhũng").
        return self._named_from(i, j, head, "board")

    def _parent(self, j: int) -> Body | None:
        if j >= len(self.tokens) or not self._ok_start(j):
            return None
        for rule in (self._central, self._committee, self._local, self._ministry, self._board_parent):
            body = rule(j)
            if body is not None:
                return body
        return None

    def _board_parent(self, j: int) -> Body | None:
        # A board may belong to a board ("Ban Thường vụ Đảng ủy Công an tỉnh") or a named body.
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
        if self.tokens[i].low == "sở":
            body = self._with_place(i, k, self._text(i, k), "default", "department")
            if body is not None:
                return body
        return Body(i, k, self._text(i, k), "ministry")

    def _named(self, i: int) -> Body | None:
        found = self.lex.named_heads.longest(self.tokens, i)
        if found is None:
            return None
        j, _ = found
        return self._named_from(i, j, self._text(i, j), "named")

    def _named_from(self, i: int, j: int, head: str, kind: str) -> Body | None:
        """A head followed by a proper name, then optionally a parent body or a place."""
        tokens = self.tokens
        k = j
        lower_run = 0
        last_good = j
        while k < len(tokens):
            t = tokens[k]
            if k > j and t.start > tokens[k - 1].end + 1:
                break
            if k in self.place_at and k > j:
                end, _ = self.place_at[k]
                last_good = k = end
                break
            if k > j and (t.cap or t.upper) and self._parent_starts(k):
                break
            if t.word and (t.cap or t.upper or t.text[0].isdigit()):
                lower_run = 0
                k += 1
                last_good = k
                continue
            if t.word and k > j and not self._is_stop(k) and lower_run < _MAX_LOWER_RUN:
                lower_run += 1
                k += 1
                continue
            if t.low in _CONNECTORS and k > j and k + 1 < len(tokens) and (tokens[k + 1].cap or tokens[k + 1].upper):
                k += 1
                continue
            break
        if last_good == j:
            return None
        # A lower-case tail belongs to the name only when a parent body or a place follows it.
        parent = self._parent(k) if k < len(tokens) and k > last_good else None
        end = k if parent is not None else last_good
        if parent is None and last_good < len(tokens) and self._parent_starts(last_good):
            parent = self._parent(last_good)
            end = last_good
        name = self._text(i, end)
        if parent is not None:
            return Body(i, parent.end, f"{name} {parent.name}", kind, parent.implicit)
        if end - j == 1 and not (tokens[j].upper or tokens[j].text[0].isdigit()) and kind == "named":
            # One bare word after a generic head ("Hội Nghị", "Trường Sa") is too weak alone.
            return None
        return Body(i, end, name, kind)

    def _parent_starts(self, k: int) -> bool:
        lex = self.lex
        if not self._ok_start(k):
            return False
        return any(t.longest(self.tokens, k) is not None
                   for t in (lex.central, lex.committees, lex.local, lex.ministry_heads))

    def _known(self, i: int) -> Body | None:
        found = self.lex.known.longest(self.tokens, i)
        if found is None:
            return None
        j, name = found
        return Body(i, j, self._text(i, j), "known")
