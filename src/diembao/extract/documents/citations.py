"""The grammar of document citations in Vietnamese news: types, symbols, names, and how a
citation's date, issuer and subject are read.

A citation is a type word and a number or symbol (`Nghị quyết 22-NQ/TW`, `nghị định số
15/2020/NĐ-CP`, `Kết luận 21`, `Nghị quyết 18, 19`), a bare symbol (`theo 15/2020/NĐ-CP`), or
a type word and a proper name (`Luật Đất đai 2013`, `Hiến pháp`, `Nghị quyết Trung ương 4
khóa XII`, `Đề án "…"`, `Quy hoạch … đến năm 2025`). After it may come its date (`ngày
2-2-2008`), its issuer (`của Ban Chấp hành Trung ương Đảng khóa X`) and its subject (`về …`).
`scan` reads every citation of an article; `resolve` groups the citations of one document
(a later `Nghị quyết 22` is the earlier `22-NQ/TW`).

The vocabulary is data (`data/documents/`): document types and their symbol codes, issuer
codes, issuer phrases, law names, titled documents. Matching runs over the folded text (same
length as the text, lower case); the text itself is read for case (symbol codes are written
in capitals; a title starts with one) and for the words that go into the record.

Issuer precedence, from the gold's decisions: a symbol code that names its issuer wins
(`108/2014/NĐ-CP của Thủ tướng Chính phủ` is the Government's); then the body the text names
after the citation (`của`, `do`, or right after it: `Nghị quyết 04 Bộ Chính trị`); then one
named before it (`Quốc hội đã thông qua Luật Cảnh vệ`); then the default of a code that does
not settle it (`/TW` is the Politburo's, `-UBND` the main province's). The type follows the
symbol when the type word contradicts it (`Nghị định số 39-NQ/TW` is a resolution).
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

import ahocorasick

from diembao.extract.dates.grammar import DAY, date_at
from diembao.extract.spans import OrgSpan, nearest
from diembao.lexicon.documents import DocType, IssuerCode, code_key, tables
from diembao.text import alternation, fold

# --- tables --------------------------------------------------------------------------------


# --- symbols -------------------------------------------------------------------------------

_NUM = r"\d+(?:\.\d+)?[a-z]?"
_CODE = r"[a-zđ][a-zđư0-9]*(?!\w)"  # `TƯ` is a code too
_CODES = rf"{_CODE}(?:\s?-\s?{_CODE})*"
# 22-NQ/TW, 15 - CT / TW, 14-QĐNS/TW
_PARTY = rf"(?P<pn>{_NUM})\s?-\s?(?P<pt>{_CODE})\s?/\s?(?P<pi>{_CODES})"
# 15/2020/NĐ-CP, 91/2015/QH13, 1234/QĐ-UBND, 7339 / VPCP - CN (and 19-2017/NQ-CP, written 19/2017/NQ-CP)
_STATE = rf"(?P<sn>{_NUM})(?:\s?[/-]\s?(?P<sy>(?:19|20)\d{{2}}))?\s?/\s?(?P<sc>{_CODES})"
_SYMBOL = re.compile(rf"{_PARTY}|{_STATE}")
_CODE_PIECE = re.compile(r"[^\s/-]+")
# A written code starts with a capital (`NĐ`, `TTg`, `QĐi`, `QH13`).
_WRITTEN_CODE = re.compile(r"[A-ZĐ][A-Za-zĐđƯ0-9]*$")
_SESSION_DIGITS = re.compile(r"\s(\d{1,2})(?![\d/.,])")


@dataclass(frozen=True, slots=True)
class Symbol:
    """A document symbol: `number` as written, the codes as written, the year if any."""

    number: str
    codes: tuple[str, ...]
    year: str | None = None
    party: bool = False

    def __str__(self) -> str:
        if self.party:
            return f"{self.number}-{self.codes[0]}/{'-'.join(self.codes[1:])}"
        head = f"{self.number}/{self.year}" if self.year else self.number
        return f"{head}/{'-'.join(self.codes)}"


def parse_symbol(written: str) -> Symbol | None:
    """The symbol that `written` is, all of it (`22 - NQ / TW` -> `22-NQ/TW`), or None."""
    stripped = written.strip()
    found = read_symbol(stripped, fold(stripped), 0)
    return found[0] if found and found[1] == len(stripped) else None


def read_symbol(text: str, folded: str, pos: int) -> tuple[Symbol, int] | None:
    """The symbol starting at `pos` and where it ends. Codes must be written as codes (with a
    capital): `1234/QĐ-UBND - Hà` stops before `Hà`."""
    match = _SYMBOL.match(folded, pos)
    if match is None:
        return None
    party = match.group("pn") is not None
    number_group, codes_group = ("pn", "pi") if party else ("sn", "sc")
    spans = [match.span("pt")] if party else []
    base = match.start(codes_group)
    spans += [(base + m.start(), base + m.end()) for m in _CODE_PIECE.finditer(match.group(codes_group))]
    codes: list[str] = []
    end = base
    for start, stop in spans:
        if not _WRITTEN_CODE.match(text, start, stop):
            break
        codes.append(text[start:stop])
        end = stop
    if len(codes) < (2 if party else 1):
        return None
    # `73/2006/QH 11`: a legislature's session number written apart.
    session = _SESSION_DIGITS.match(folded, end)
    if session and codes[-1].isalpha() and code_key(codes[-1]) in tables().grammar["session_codes"]:
        codes[-1] += session.group(1)
        end = session.end()
    number = text[match.start(number_group) : match.end(number_group)]
    return Symbol(number, tuple(codes), None if party else match.group("sy"), party), end


def symbol_type(symbol: Symbol) -> DocType | None:
    """The type a symbol's codes give: its type code, else the default of its issuer code."""
    t = tables()
    first = code_key(symbol.codes[0])
    if first in t.type_codes:
        return t.type_codes[first]
    issuer = t.issuer_codes.get(first)
    return t.types.get(issuer.default_type) if issuer else None


def symbol_issuer(symbol: Symbol) -> IssuerCode | None:
    """The issuer a symbol's codes give (`NĐ-CP` -> Chính phủ; `NQ/TW` -> Bộ Chính trị, by default)."""
    t = tables()
    first = code_key(symbol.codes[0])
    if first not in t.type_codes:  # an official letter: NUMBER/ISSUER-UNIT
        return t.issuer_codes.get(first)
    issuers = [t.issuer_codes.get(code_key(c)) for c in symbol.codes[1:]]
    if first != "ttlt":  # the issuer, then perhaps its unit (`QĐ-UBND-TL`)
        return issuers[0] if issuers else None
    joint = [i for i in issuers if i is not None]  # a joint circular names all its issuers
    if len(joint) < 2:
        return joint[0] if joint else None
    return IssuerCode(", ".join(i.issuer for i in joint), True, joint[0].default_type)


def is_known_symbol(symbol: Symbol) -> bool:
    """A symbol whose codes are in the tables: only those count without a type word before them."""
    t = tables()
    first = code_key(symbol.codes[0])
    if symbol.party:
        return first in t.type_codes and code_key(symbol.codes[1]) in t.issuer_codes
    if first in t.issuer_codes:
        return True
    return first in t.type_codes and len(symbol.codes) > 1 and code_key(symbol.codes[1]) in t.issuer_codes


# --- citations -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Citation:
    """One mention of a document: `text[start:end]` is the citation itself (type word and
    number or name); date, issuer and subject are what the words after it say."""

    type: str
    start: int
    end: int
    number: str | None = None
    symbol: str | None = None
    year: str | None = None  # the year of a short symbol (`Nghị định 100/2019`)
    name: str | None = None
    date: str | None = None
    issuer: str | None = None
    issuer_rank: int = 0  # see `resolve`: which issuer wins when mentions disagree
    subject: str | None = None


# Issuer ranks, weakest first.
RANK_NONE, RANK_CODE_DEFAULT, RANK_BEFORE, RANK_TEXT, RANK_CODE = range(5)


@dataclass(frozen=True, slots=True)
class Context:
    """What the grammar needs besides the text: the publication date (for dates without a
    year), the article's main place (to complete `Tỉnh ủy`), and the organization spans."""

    ref: date | None = None
    main_place: str | None = None
    orgs: tuple[OrgSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class _Patterns:
    keywords: ahocorasick.Automaton
    number: re.Pattern[str]
    seq: re.Pattern[str]
    units: re.Pattern[str]
    number_year: re.Pattern[str]
    paren_year: re.Pattern[str]
    before_date: re.Pattern[str]
    issuer_lead: re.Pattern[str]
    issued_after: re.Pattern[str]
    session: re.Pattern[str]
    subject: re.Pattern[str]
    verb_before: re.Pattern[str]
    phrase_before: re.Pattern[str]
    plenum: re.Pattern[str]
    congress: re.Pattern[str]
    law_year: re.Pattern[str]
    constitution: re.Pattern[str]
    quoted: re.Pattern[str]
    horizon: re.Pattern[str]
    bare_symbol: re.Pattern[str]
    not_before: dict[str, re.Pattern[str]]  # type word -> the words it may not follow


@cache
def _patterns() -> _Patterns:
    t = tables()
    g = t.grammar
    keywords = ahocorasick.Automaton()
    for word, (doc_type, abbreviation) in t.words.items():
        keywords.add_word(word, (word, doc_type, abbreviation))
    keywords.make_automaton()
    words = rf"(?:{alternation(g['ordinals'])})(?!\w|\s\d)"  # `năm` is also "year": not `năm 2017`
    ordinal = rf"(?:\d{{1,2}}(?!\w)|{words})"
    # A Roman numeral is checked for capitals in code; `XIVngay` is glued scraped text.
    roman = r"(?:[ivxlc]+(?!\w)|[ivxlc]{2,}(?=[^\W\d_]))"
    session = rf"\s?,?\s\(?(?:{g['session']})\s(?:[ivxlc]+|\d{{1,2}}|\d{{4}}\s?[-–]\s?\d{{4}})(?!\w)\)?"
    horizon = r"(?:đến năm\s\d{4}|(?:giai đoạn|thời kỳ|năm)\s\d{4}\s?[-–]\s?\d{4})"
    title_word = rf"(?!(?:{alternation(g['title_stop_words'])})(?!\w))(?:tp\.|[^\s.,;:!?()\"“”]+)"
    return _Patterns(
        keywords=keywords,
        number=re.compile(
            rf"\s?(?P<so>số\s?:?\s?|:\s?)?(?:{_PARTY}|{_STATE}|(?P<yn>{_NUM})\s?/\s?(?P<yy>(?:19|20)\d{{2}})"
            rf"(?![\d/])|(?P<bn>{_NUM})(?![\d/.,-]\d|\w|\s?/\s?\d))"
        ),
        seq=re.compile(r"\s?(?:,|;|và|&)\s?(?=(?:số\s)?\d)(?:số\s)?"),
        units=re.compile(rf"\s?(?:{alternation(g['units'])})(?!\w)"),
        number_year=re.compile(r"\snăm\s(?P<y>(?:19|20)\d{2})(?!\d)"),
        paren_year=re.compile(r"\s\((?:năm\s)?(?:19|20)\d{2}\)"),
        before_date=re.compile(rf"\s?,?\s(?:(?:được\s)?(?:{alternation(g['date_verbs'])})\s)?(?:vào\s)?(?=ngày\s)"),
        issuer_lead=re.compile(r"\s?,?\s(?P<lead>của|do)\s|\s(?=\S)"),
        issued_after=re.compile(
            rf"(?:\s(?:{alternation(g['verb_adverbs'])}))*\s(?:{alternation(g['issued_verbs'])})(?!\w)"
        ),
        session=re.compile(session),
        # `về …` up to the end of the clause or the next citation. Read on the text, not the
        # folded form, for its line breaks.
        subject=re.compile(
            rf"\s?,?\s(?:về\s(?:việc\s)?)(?P<s>(?:(?!\s(?:{alternation(t.words)})\s(?:số\s)?\d)"
            r"(?:[^.;:!?\n\"“”]|\.(?=\d))){3,240})",
            re.IGNORECASE,
        ),
        verb_before=re.compile(rf"(?:\s(?:{alternation(g['verb_adverbs'])}))*\s(?:{alternation(g['issued_verbs'])})\s$"),
        phrase_before=re.compile(rf"(?<!\w)(?:{t.issuer_pattern.pattern})(?:{session})?$"),
        plenum=re.compile(
            rf"\s?(?:hội nghị\s)?(?:lần thứ\s(?P<o1>{ordinal})\s)?(?:ban chấp hành\s|bch\s)?"
            rf"(?:trung ương|tư|tw|t\.ư)(?!\w)(?:\sđảng)?(?:\s(?:lần thứ\s)?(?P<o2>{ordinal}))?(?:{session})?"
        ),
        congress=re.compile(
            rf"\s?đại hội(?P<mid>(?:\s(?!lần\s)[^\s,.;:()\"“”]+){{0,4}}?)\s"
            rf"(?:lần thứ\s(?P<ord>{roman}|{ordinal})|(?P<roman>{roman}))"
            rf"(?:\s(?:của|toàn)\s(?:đảng|quốc)(?!\w))?(?:{session})?"
        ),
        law_year=re.compile(r"(?:\s(?:năm\s)?(?P<y>(?:19|20)\d{2})(?!\d))?"),
        constitution=re.compile(
            r"(?:\s(?:nước\s)?(?:cộng hòa xã hội chủ nghĩa việt nam|chxhcn việt nam))?"
            r"(?:\s(?:năm\s)?(?:19|20)\d{2}(?!\d))?"
        ),
        quoted=re.compile(r"\s(?:về\s)?(?P<q>[\"“'‘])\s?(?P<title>[^\"“”'‘’\n]{4,250}?)\s?[\"”'’]"),
        horizon=re.compile(
            rf"(?:\s{title_word}){{1,25}}?\s{horizon}"
            rf"(?:,?\s(?:và\s)?(?:tầm nhìn|định hướng)(?:\sđến)?(?:\snăm)?\s\d{{4}})?"
        ),
        # `QCVN 4:2009/BKHCN` is a standard's number, not a letter of 2009.
        bare_symbol=re.compile(r"[0-9](?<![\w/.:-][0-9])(?=[\d.a-z]*\s?[-/])"),
        not_before={w: re.compile(rf"(?<!\w)(?:{alternation(before)})\s$") for w, before in g["not_before"].items()},
    )


def scan(text: str, folded: str, context: Context = Context()) -> list[Citation]:
    """Every citation in the text, in text order."""
    p = _patterns()
    reader = _Reader(text, folded, context, p)
    out: list[Citation] = []
    covered = 0
    hits = sorted(
        ((end + 1 - len(word), -len(word), word, t, abbr) for end, (word, t, abbr) in p.keywords.iter(folded))
    )
    for start, _, word, doc_type, abbreviation in hits:
        if start < covered:
            continue
        found = reader.typed(start, start + len(word), doc_type, abbreviation)
        if found:
            out.extend(found)
            covered = found[-1].end
    out.extend(_bare_symbols(reader, out))
    out.sort(key=lambda c: c.start)
    return out


def _bare_symbols(reader: _Reader, typed: Sequence[Citation]) -> list[Citation]:
    """Symbols without a type word. Every symbol has a slash within a few characters of its
    start, and slashes are rare: look only around them."""
    folded = reader.folded
    spans = sorted((c.start, c.end) for c in typed)  # citations never overlap
    found: list[Citation] = []
    slash = folded.find("/")
    while slash != -1:
        for match in reader.p.bare_symbol.finditer(folded, max(0, slash - 16), slash + 1):
            pos = match.start()
            at = bisect_right(spans, (pos, len(folded)))
            if at and pos < spans[at - 1][1]:
                continue  # inside a citation already read
            citation = reader.bare(pos)
            if citation is not None:
                found.append(citation)
                insort(spans, (citation.start, citation.end))
        slash = folded.find("/", slash + 1)
    return found


@dataclass(frozen=True, slots=True)
class _Item:
    """One number of a numbered citation: `text[start:end]`, with its symbol or year if any."""

    start: int
    end: int
    number: str
    symbol: Symbol | None = None
    year: str | None = None


class _Reader:
    """Reads citations at given positions of one text."""

    def __init__(self, text: str, folded: str, context: Context, patterns: _Patterns):
        self.text, self.folded, self.context, self.p = text, folded, context, patterns
        self.t = tables()
        self._orgs = {o.start: o for o in context.orgs}

    # -- entry points ---------------------------------------------------------------------

    def typed(self, start: int, end: int, doc_type: DocType, abbreviation: bool) -> list[Citation]:
        """The citations that start with the type word `folded[start:end]`."""
        folded, text = self.folded, self.text
        if start > 0 and folded[start - 1].isalnum():
            return []
        # Scraped text sometimes glues words (`Nghị quyếtĐại hội`): a capital ends a word too.
        if end < len(folded) and folded[end].isalnum() and not text[end].isupper():
            return []
        not_before = self.p.not_before.get(folded[start:end])
        if not_before is not None and not_before.search(folded, max(0, start - 12), start):
            return []
        capitalised = text[start].isupper()
        if abbreviation and not text[start:end].isupper():
            return []
        if doc_type.number != "none":
            numbered = self._numbered(start, end, doc_type, capitalised, abbreviation)
            if numbered:
                return numbered
        if abbreviation:
            return []
        named = self._named(start, end, doc_type, capitalised)
        return [named] if named else []

    def bare(self, pos: int) -> Citation | None:
        """A symbol with no type word before it, if its codes are known."""
        read = read_symbol(self.text, self.folded, pos)
        if read is None or not is_known_symbol(read[0]):
            return None
        symbol, end = read
        doc_type = symbol_type(symbol)
        if doc_type is None:
            return None
        citation = Citation(doc_type.name, pos, end, symbol.number, str(symbol), symbol.year)
        return self._after(citation, symbol)

    # -- numbered citations -----------------------------------------------------------------

    def _numbered(
        self, start: int, end: int, doc_type: DocType, capitalised: bool, abbreviation: bool
    ) -> list[Citation]:
        """`Nghị quyết 22-NQ/TW`, `nghị định số 15/2020/NĐ-CP`, `Chỉ thị 05 và 24`."""
        items: list[_Item] = []
        pos, with_so = end, False
        while True:
            match = self.p.number.match(self.folded, pos)
            if match is None or (not items and not abbreviation and not match.group(0)[0].isspace()):
                break  # nothing, or `Nghị quyết35`: glued text, not a citation
            item = self._item(match)
            if item is None:
                break
            items.append(item)
            with_so = with_so or bool(match.group("so"))
            sep = self.p.seq.match(self.folded, item.end)
            if sep is None:
                break
            pos = sep.end()
        if not items:
            return []
        has_symbol = any(i.symbol for i in items)
        if doc_type.number == "symbol" and not has_symbol:
            return []
        plain = not (with_so or has_symbol or abbreviation or (doc_type.number == "any" and capitalised))
        if plain and doc_type.number in ("any", "so") and not self._cited_after(items[-1]):
            return []  # `quy định 5 bước`, `kết luận 34 hộ dân`: no sign of a document
        return self._citations(start, doc_type, _share_symbol(items))

    def _cited_after(self, item: _Item) -> bool:
        """A plain `kết luận 75` is a document when a year, a date or an issuer follows it."""
        return bool(
            item.year
            or self.p.paren_year.match(self.folded, item.end)
            or self._date(item.end)[0]
            or self._issuer(item.end)[0]
        )

    def _item(self, match: re.Match[str]) -> _Item | None:
        """One number of a citation, with its symbol or its year if written."""
        g = match.group
        if g("bn") is not None:
            start = match.start("bn")
            number = self.text[start : match.end()]
            if _THOUSANDS.fullmatch(number):
                return None  # `Chương trình 12.500 căn hộ`: a quantity
            year = self.p.number_year.match(self.folded, match.end())
            if year is not None:  # `Quyết định 367 năm 1996`
                return _Item(start, year.end(), number, None, year.group("y"))
            if self.p.units.match(self.folded, match.end()) and self._date(match.end())[0] is None:
                return None  # `Kế hoạch 5 năm`: a quantity (but `Kết luận 21 ngày 25-10-2021`)
            if _NUMBER_NEXT.match(self.folded, match.end()):
                return None  # `KẾ HOẠCH 14 08:00 12:00`: a schedule's row, not a document
            return _Item(start, match.end(), number)
        if g("yn") is not None:  # `Nghị định 100/2019`
            return _Item(
                match.start("yn"), match.end(), self.text[match.start("yn") : match.end("yn")], None, g("yy")
            )
        group = "pn" if g("pn") is not None else "sn"
        read = read_symbol(self.text, self.folded, match.start(group))
        if read is None:  # codes in lower case are no symbol: keep the number (and year) alone
            return _Item(match.start(group), match.end(group), g(group), None, g("sy"))
        symbol, end = read
        return _Item(match.start(group), end, symbol.number, symbol, symbol.year)

    def _citations(self, start: int, doc_type: DocType, items: list[_Item]) -> list[Citation]:
        out = []
        for index, item in enumerate(items):
            kind = doc_type
            code = code_key(item.symbol.codes[0]) if item.symbol else ""
            if code in self.t.type_codes and code not in kind.codes:
                kind = self.t.type_codes[code]  # the symbol says what it is (`Nghị định số 39-NQ/TW`)
            citation = Citation(
                kind.name,
                start if index == 0 else item.start,
                item.end,
                item.number,
                str(item.symbol) if item.symbol else None,
                item.year,
            )
            out.append(self._with_code_issuer(citation, item.symbol))
        # What follows the last number (date, issuer, subject) is said of them all, except the
        # date, which is the last one's.
        last = self._after(out[-1], None)
        said = last.issuer_rank in (RANK_TEXT, RANK_BEFORE)
        shared = [
            replace(c, issuer=last.issuer, issuer_rank=last.issuer_rank)
            if said and c.issuer_rank < last.issuer_rank
            else c
            for c in out[:-1]
        ]
        return [replace(c, subject=last.subject) for c in shared] + [last]

    # -- what follows a citation --------------------------------------------------------------

    def _after(self, citation: Citation, symbol: Symbol | None) -> Citation:
        """The citation with what the words after it say: date, issuer, subject."""
        citation = self._with_code_issuer(citation, symbol)
        pos = citation.end
        date_value, pos = self._date(pos)
        issuer, pos = self._issuer(pos)
        if date_value is None:
            date_value, pos = self._date(pos)
        if issuer is not None and citation.issuer_rank < RANK_TEXT:
            citation = replace(citation, issuer=issuer, issuer_rank=RANK_TEXT)
        elif citation.issuer_rank < RANK_BEFORE:
            before = self._issuer_before(citation.start)
            if before is not None:
                citation = replace(citation, issuer=before, issuer_rank=RANK_BEFORE)
        session = self.p.session.match(self.folded, pos)
        if session:
            pos = session.end()
        subject = self.p.subject.match(self.text, pos)
        # The topic starts in lower case: `Nghị quyết 04 về Hải Phòng` is a place, not a subject.
        if subject is not None and self.text[subject.start("s")].islower():
            return replace(citation, date=date_value, subject=subject.group("s").strip(" ,"))
        return replace(citation, date=date_value)

    def _with_code_issuer(self, citation: Citation, symbol: Symbol | None) -> Citation:
        if symbol is None:
            return citation
        code = symbol_issuer(symbol)
        if code is None:
            return citation
        if "{place}" in code.issuer and not self.context.main_place:
            return citation  # `-UBND` with no main place: which province's is not known
        rank = RANK_CODE if code.definitive else RANK_CODE_DEFAULT
        return replace(citation, issuer=self._complete(code.issuer, None), issuer_rank=rank)

    def _date(self, pos: int) -> tuple[str | None, int]:
        lead = self.p.before_date.match(self.folded, pos)
        if lead is None:
            return None, pos
        found = date_at(self.folded, lead.end(), self.context.ref)
        if found is None or found.precision != DAY:
            return None, pos
        return found.value, found.end

    def _issuer(self, pos: int) -> tuple[str | None, int]:
        lead = self.p.issuer_lead.match(self.folded, pos)
        if lead is None:
            return None, pos
        at, said = lead.end(), lead.group("lead")
        org = self._orgs.get(at) if said else None
        if org is not None:
            issuer, end = _without_session(org.name), org.end
        else:
            phrase = self.t.issuer_pattern.match(self.folded, at)
            if phrase is None:
                return None, pos
            # Without `của`, only a central body follows a number as its issuer
            # (`Nghị quyết 04 Bộ Chính trị`); `Quyết định 12 UBND tỉnh sẽ ...` starts a clause.
            if not said and "{" in self.t.issuer_phrases[phrase.group(0)]:
                return None, pos
            issuer, end = self._place_completed(phrase.group(0), phrase.end())
        # `do X ban hành` is the issuer; `do X tổ chức` (a debate on a draft) is not.
        if said == "do" and not self.p.issued_after.match(self.folded, end):
            return None, pos
        return issuer, end

    def _issuer_before(self, start: int) -> str | None:
        """`Chính phủ vừa ban hành Nghị quyết …`, `Quốc hội khóa XIV đã thông qua Luật …`."""
        verb = self.p.verb_before.search(self.folded, max(0, start - 40), start)
        if verb is None:
            return None
        for org in self.context.orgs:
            if 0 <= verb.start() - org.end <= 12:
                return _without_session(org.name)
        phrase = self.p.phrase_before.search(self.folded, max(0, verb.start() - 60), verb.start())
        if phrase is None:
            return None
        body = self.t.issuer_pattern.match(self.folded, phrase.start())
        if body is None:
            return None
        return self._complete(self.t.issuer_phrases[body.group(0)], None)

    def _place_completed(self, phrase: str, end: int) -> tuple[str, int]:
        """The canonical issuer for an issuer phrase, its place read from the text when it
        names one (`HĐND tỉnh Bắc Kạn`), else the main place."""
        template = self.t.issuer_phrases[phrase]
        if "{place}" not in template:
            return self._complete(template, None), end
        # `UBND TP. Hải Phòng`: the abbreviation's dot is not the end of the sentence.
        name_at = end + 1 if phrase.endswith("tp") and self.folded.startswith(".", end) else end
        if not self.folded.startswith(" ", name_at) or self.t.issuer_pattern.match(self.folded, name_at + 1):
            return self._complete(template, None), end
        name_end = _capitalised_words(self.text, name_at + 1, 4)
        if name_end == name_at + 1:
            return self._complete(template, None), end
        name = self.text[name_at + 1 : name_end]
        return self._complete(template, name), name_end

    def _complete(self, template: str, place: str | None) -> str:
        if "{" not in template:
            return template
        place = place or self.context.main_place
        municipal = place is not None and fold(place) in self.t.municipalities
        if place is not None and _UNIT_NAMED.match(fold(place)):
            template = re.sub(
                r"\s(?:{unit}|tỉnh|thành phố)\s\{place\}", " {place}", template
            )  # `TP Hồ Chí Minh`
        filled = template.replace("{unit}", "thành phố" if municipal else "tỉnh").replace(
            "{committee}", "Thành ủy" if municipal else "Tỉnh ủy"
        )
        return filled.replace("{place}", place).strip() if place else filled.replace(" {place}", "").strip()

    # -- named documents ----------------------------------------------------------------------

    def _named(self, start: int, end: int, doc_type: DocType, capitalised: bool) -> Citation | None:
        names = doc_type.names
        folded, p = self.folded, self.p
        if "titles" in names:
            match = self.t.titles.match(folded, start)
            if match:
                return self._name_citation(doc_type, start, match.end())
        if "plenum" in names:
            match = p.plenum.match(folded, end)
            if match and (match.group("o1") or match.group("o2")):
                citation = self._name_citation(doc_type, start, match.end(), type_end=end)
                return replace(citation, issuer="Ban Chấp hành Trung ương Đảng", issuer_rank=RANK_TEXT)
        if "congress" in names:
            match = p.congress.match(folded, end)
            if match and self._is_ordinal(match):
                return self._name_citation(doc_type, start, match.end(), with_issuer=False, type_end=end)
        if "law" in names and doc_type.name in self.t.laws:
            match = self.t.laws[doc_type.name].match(folded, end)
            if match:
                year = p.law_year.match(folded, match.end())
                return self._law(doc_type, start, year.end() if year else match.end())
        if "constitution" in names:
            match = p.constitution.match(folded, end)
            return self._name_citation(doc_type, start, match.end() if match else end)
        if "charter" in names and folded.startswith(" ", end):
            stop = _capitalised_words(self.text, end + 1, 4)
            if stop > end + 1:
                return self._name_citation(doc_type, start, stop)
        if "quoted" in names or ("titled" in names and capitalised):
            match = p.quoted.match(folded, end)
            if match and self.text[match.start("title")].isupper():
                title = self.text[match.start("title") : match.end("title")].strip()
                citation = Citation(doc_type.name, start, match.end(), name=title)
                return self._after(citation, None)
        if "horizon" in names and capitalised:
            match = p.horizon.match(folded, end)
            if match:
                return self._name_citation(doc_type, start, match.end())
        return None

    def _is_ordinal(self, match: re.Match[str]) -> bool:
        """A congress is named by its number (`lần thứ XII`, `lần thứ 12`, `Đảng XIV`); a Roman
        numeral is written in capitals (a glued `XIVngay` still counts)."""
        group = "ord" if match.group("ord") is not None else "roman"
        written = self.text[match.start(group) : match.end(group)]
        if set(fold(written)) <= set("ivxlc"):
            return written.isupper()
        return True

    def _law(self, doc_type: DocType, start: int, end: int) -> Citation:
        citation = self._name_citation(doc_type, start, end)
        number = self.p.number.match(self.folded, end)
        if number is not None and number.group("so") and (number.group("pn") or number.group("sn")):
            read = read_symbol(
                self.text, self.folded, number.start("pn") if number.group("pn") else number.start("sn")
            )
            if read is not None:
                symbol, symbol_end = read
                with_symbol = replace(citation, number=symbol.number, symbol=str(symbol), year=symbol.year)
                return self._after(replace(with_symbol, end=symbol_end), symbol)
        return citation

    def _name_citation(
        self, doc_type: DocType, start: int, end: int, with_issuer: bool = True, type_end: int | None = None
    ) -> Citation:
        name = self.text[start:end].strip(" ,")
        citation = Citation(doc_type.name, start, start + len(name), name=name)
        if type_end is not None and self.text[type_end].isupper():
            # Glued scraped text (`Nghị quyếtĐại hội`): the name gets its space back.
            name = f"{self.text[start:type_end]} {self.text[type_end : start + len(name)]}"
            citation = replace(citation, name=name)
        after = self._after(citation, None)
        return after if with_issuer else replace(after, issuer=None, issuer_rank=RANK_NONE)


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_NUMBER_NEXT = re.compile(r"\s\d")


def _without_session(name: str) -> str:
    return re.sub(r"\s*\(?\s*(?:khóa|khoá|nhiệm kỳ)\s+\S+\s*\)?\s*$", "", name, flags=re.IGNORECASE)


_WORD = re.compile(r"[^\W_]+")
_JOIN = re.compile(r" - | – |-| ")  # `Bà Rịa - Vũng Tàu`, `Thừa Thiên-Huế`
_UNIT_NAMED = re.compile(r"(?:tp\.?|thành phố|tỉnh)\s")


def _capitalised_words(text: str, pos: int, limit: int) -> int:
    """Where a run of at most `limit` capitalised words starting at `pos` ends (`pos` if none)."""
    end = pos
    for _ in range(limit):
        word = _WORD.match(text, pos)
        if word is None or not text[pos].isupper():
            break
        end = word.end()
        join = _JOIN.match(text, end)
        if join is None:
            break
        pos = join.end()
    return end


def _share_symbol(items: list[_Item]) -> list[_Item]:
    """`Nghị định 15 và 16/2020/NĐ-CP`: numbers written before a symbol share its codes."""
    last = items[-1].symbol
    if last is None:
        return items
    return [
        replace(i, symbol=replace(last, number=i.number), year=last.year)
        if i.symbol is None and not i.year
        else i
        for i in items
    ]


# --- resolution ----------------------------------------------------------------------------


def number_key(number: str) -> str:
    return number.lstrip("0") or "0"


def resolve(citations: Sequence[Citation]) -> list[list[Citation]]:
    """The citations grouped by document, in order of first mention.

    Numbered citations of one type and number are one document per distinct symbol. One with
    only a year (`Nghị định 100/2019`) joins the symbol of that year; one with neither joins
    the nearest earlier cited form of its type and number, else the first later one (a title
    may cite `Nghị định số 46` before the text gives `46/2026/NĐ-CP`). Named citations are one
    document per name; a name without a year (`Hiến pháp`) joins the same name with a year
    (`Hiến pháp 2013`) when the article cites one."""
    keys: list[tuple[str, ...]] = [()] * len(citations)
    numbered = [i for i, c in enumerate(citations) if c.number is not None]
    # Full symbols first, then years, then bare numbers: each joins what the former settled.
    # Each pass looks a citation's peers up in buckets kept sorted by position, so an article
    # citing one document a thousand times costs n log n, not n².
    for i in numbered:
        c = citations[i]
        if c.symbol:
            keys[i] = (c.type, number_key(c.number or ""), fold(c.symbol))
    by_year: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i in numbered:
        c = citations[i]
        if keys[i]:
            insort(by_year.setdefault((c.type, number_key(c.number or ""), c.year or ""), []), (c.start, i))
    for i in numbered:
        c = citations[i]
        if not c.symbol and c.year:
            bucket = by_year.setdefault((c.type, number_key(c.number or ""), c.year), [])
            keys[i] = keys[nearest(bucket, c.start)] if bucket else (c.type, number_key(c.number or ""), c.year)
            insort(bucket, (c.start, i))
    by_number: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i in numbered:
        c = citations[i]
        if keys[i]:
            insort(by_number.setdefault((c.type, number_key(c.number or "")), []), (c.start, i))
    for i in numbered:
        c = citations[i]
        if not keys[i]:
            bucket = by_number.setdefault((c.type, number_key(c.number or "")), [])
            keys[i] = keys[nearest(bucket, c.start)] if bucket else (c.type, number_key(c.number or ""))
            insort(bucket, (c.start, i))
    named_with_year: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i, c in enumerate(citations):
        if c.number is None and c.name:
            name = fold(c.name)
            base = _NAME_YEAR.sub("", name)
            if base != name:
                insort(named_with_year.setdefault((c.type, base), []), (c.start, i))
    for i, c in enumerate(citations):
        if c.number is None and c.name is not None:
            keys[i] = _name_key(c, citations, named_with_year)
    groups: dict[tuple[str, ...], list[Citation]] = {}
    for key, c in zip(keys, citations, strict=True):
        if key:
            groups.setdefault(key, []).append(c)
    return sorted((sorted(g, key=lambda c: c.start) for g in groups.values()), key=lambda g: g[0].start)


def _name_key(citation: Citation, citations: Sequence[Citation],
              named_with_year: dict[tuple[str, str], list[tuple[int, int]]]) -> tuple[str, ...]:
    name = fold(citation.name or "")
    base = _NAME_YEAR.sub("", name)
    if base != name:
        return ("name", citation.type, base, name[len(base) :].split()[-1])
    peers = named_with_year.get((citation.type, base))
    if peers:
        chosen = citations[nearest(peers, citation.start)]
        return ("name", citation.type, base, fold(chosen.name or "").split()[-1])
    return ("name", citation.type, base, "")


_NAME_YEAR = re.compile(r"\s(?:năm\s)?(?:19|20)\d{2}$")
