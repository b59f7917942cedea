"""Document symbols (`22-NQ/TW`, `128/2020/NĐ-CP`): reading one, and what its codes say about
the document's type and issuer (tables: `diembao.lexicon.documents`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diembao.lexicon.documents import DocType, IssuerCode, code_key, tables
from diembao.text import fold

NUM = r"\d+(?:\.\d+)?[a-z]?"


_CODE = r"[a-zđ][a-zđư0-9]*(?!\w)"  # `TƯ` is a code too


_CODES = rf"{_CODE}(?:\s?-\s?{_CODE})*"


# 22-NQ/TW, 15 - CT / TW, 14-QĐNS/TW
PARTY = rf"(?P<pn>{NUM})\s?-\s?(?P<pt>{_CODE})\s?/\s?(?P<pi>{_CODES})"


# 15/2020/NĐ-CP, 91/2015/QH13, 1234/QĐ-UBND, 7339 / VPCP - CN (and 19-2017/NQ-CP, written 19/2017/NQ-CP)
STATE = rf"(?P<sn>{NUM})(?:\s?[/-]\s?(?P<sy>(?:19|20)\d{{2}}))?\s?/\s?(?P<sc>{_CODES})"


_SYMBOL = re.compile(rf"{PARTY}|{STATE}")


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
