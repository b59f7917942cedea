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

from diembao.extract.dates.grammar import DAY, date_at
from diembao.extract.documents.before import body_before_signer, is_name_tail
from diembao.extract.documents.clause import clause_date
from diembao.extract.documents.lists import share_issuers
from diembao.extract.documents.patterns import Patterns, patterns
from diembao.extract.documents.symbols import (
    Symbol,
    is_known_symbol,
    read_symbol,
    symbol_issuer,
    symbol_type,
)
from diembao.extract.spans import OrgSpan
from diembao.lexicon.documents import DocType, code_key, grammar, tables
from diembao.text import alternation_in_order, fold

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


def scan(text: str, folded: str, context: Context = Context()) -> list[Citation]:
    """Every citation in the text, in text order."""
    p = patterns()
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
    return share_issuers(out, folded, RANK_TEXT, RANK_BEFORE)


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

    def __init__(self, text: str, folded: str, context: Context, patterns: Patterns):
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
            before = self._issuer_before(citation)
            if before is not None:
                citation = replace(citation, issuer=before, issuer_rank=RANK_BEFORE)
        if date_value is None:
            date_value = self._clause_date(citation)
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

    def _clause_date(self, citation: Citation) -> str | None:
        """`Ngày 5/3/2019, Ban Thường vụ Tỉnh ủy … ban hành Chỉ thị 12`: a date opening the
        clause whose issuing verb stands right before the citation dates the document."""
        verb = self._verb_before(citation)
        if verb is None:
            return None
        return clause_date(self.text, self.folded, verb.start(), self.context.ref)

    def _verb_before(self, citation: Citation) -> re.Match[str] | None:
        """The issuing verb right before a citation: `ban hành`, `ký`; or, for a numbered one
        whose issuer is named right before it, `có`, `ra` (`UBND huyện X đã ra Quyết định …`)."""
        start = citation.start
        verb = self.p.verb_before.search(self.folded, max(0, start - 40), start)
        if verb is not None or citation.number is None:
            return verb
        weak = self.p.weak_verb_before.search(self.folded, max(0, start - 40), start)
        if weak is None or self._issuer_at_verb(weak.start()) is None:
            return None
        return weak

    def _issuer(self, pos: int) -> tuple[str | None, int]:
        lead = self.p.issuer_lead.match(self.folded, pos)
        if lead is None:
            return None, pos
        at, said = lead.end(), lead.group("lead")
        org = self._orgs.get(at) if said else None
        plenum = self._plenum_at(at) if said else None
        if plenum is not None:  # `Nghị quyết số 13 của Hội nghị Trung ương 5 (khóa IX)`
            issuer, end = grammar()["plenum_issuer"], plenum
        elif org is not None:
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
        if said in grammar()["issuer_leads_with_verb"] and not self.p.issued_after.match(self.folded, end):
            return None, pos
        return issuer, end

    def _is_local(self, org: OrgSpan) -> bool:
        """A body of a province or district (`UBND TP …`): its chair signs in its name. A
        central one's does not always (`Chủ tịch Quốc hội … ký` a council's resolution)."""
        body = self.t.issuer_pattern.match(self.folded, org.start)
        return body is not None and "{place}" in self.t.issuer_phrases[body.group(0)]

    def _plenum_at(self, at: int) -> int | None:
        """Where a numbered plenum of the Central Committee named at `at` ends, if one is."""
        if not self.folded.startswith(grammar()["conference_word"] + " ", at):
            return None
        match = self.p.plenum.match(self.folded, at)
        return match.end() if match and (match.group("o1") or match.group("o2")) else None

    def _issuer_before(self, citation: Citation) -> str | None:
        """`Chính phủ vừa ban hành Nghị quyết …`, `Quốc hội khóa XIV đã thông qua Luật …`."""
        verb = self._verb_before(citation)
        return None if verb is None else self._issuer_at_verb(verb.start())

    def _issuer_at_verb(self, verb: int) -> str | None:
        """The issuer named right before an issuing verb at `verb`, if any."""
        for org in self.context.orgs:
            if 0 <= verb - org.end <= 12:
                return _without_session(org.name)
        signer = body_before_signer(self.text, self.context.orgs, verb)
        if signer is not None and self._is_local(signer):
            return _without_session(signer.name)
        phrase = self.p.phrase_before.search(self.folded, max(0, verb - 60), verb)
        if phrase is not None and is_name_tail(self.text, phrase.start()):
            return None
        if phrase is None:
            return self._placed_issuer_before(verb)
        body = self.t.issuer_pattern.match(self.folded, phrase.start())
        if body is None:
            return None
        return self._complete(self.t.issuer_phrases[body.group(0)], None)

    def _placed_issuer_before(self, verb: int) -> str | None:
        """`Ban Thường vụ Tỉnh ủy Quảng Trị ban hành …`: an issuer phrase whose place, named in
        capitals, runs up to the verb."""
        window = max(0, verb - 80)
        for body in self.t.issuer_pattern.finditer(self.folded, window, verb):
            if "{place}" not in self.t.issuer_phrases[body.group(0)]:
                continue
            if body.start() > 0 and self.folded[body.start() - 1].isalnum():
                continue
            issuer, end = self._place_completed(body.group(0), body.end())
            if end == verb:
                return issuer
        return None

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
        g = grammar()
        if place is not None and _unit_named().match(fold(place)):
            template = _unit_before_place().sub(" {place}", template)  # `TP Hồ Chí Minh`
        filled = template.replace("{unit}", g["city_word"] if municipal else g["province_word"]).replace(
            "{committee}", g["city_committee"] if municipal else g["province_committee"]
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
                return replace(citation, issuer=grammar()["plenum_issuer"], issuer_rank=RANK_TEXT)
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
    return _session_end().sub("", name)


@cache
def _session_end() -> re.Pattern[str]:
    words = alternation_in_order(grammar()["session_words"])
    return re.compile(rf"\s*\(?\s*(?:{words})\s+\S+\s*\)?\s*$", re.IGNORECASE)


@cache
def _unit_named() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation_in_order(grammar()['unit_named'])})\s")


@cache
def _unit_before_place() -> re.Pattern[str]:
    g = grammar()
    return re.compile(rf"\s(?:\{{unit\}}|{alternation_in_order([g['province_word'], g['city_word']])})\s\{{place\}}")


_WORD = re.compile(r"[^\W_]+")
_JOIN = re.compile(r" - | – |-| ")  # `Bà Rịa - Vũng Tàu`, `Thừa Thiên-Huế`


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


