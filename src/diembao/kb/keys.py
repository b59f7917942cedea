"""Canonical keys: what makes two written names the same person, body, place or document.

Every key function is a pure function of its text, cached (names recur across articles; the
caches are bounded, so a long ingest does not grow them without end).

Keys are plain strings built from the folded form of a name (`diembao.text.fold_key`: NFC, lower
case, one tone-mark placement), so `Võ Văn Bình`, `VÕ VĂN BÌNH` and `Võ văn Bình` share a key.

- person: the folded name. The name alone never decides identity (see `resolve.py`); the key
  only finds the candidates.
- organization: folded, punctuation dropped, abbreviations expanded (`HĐND` -> `hội đồng nhân
  dân`, `TP.HCM` -> `thành phố hồ chí minh`) and whole-name aliases applied (`Trung ương Đảng`
  -> `ban chấp hành trung ương đảng`): tables in `data/kb/`.
- place: a province or centrally-run city of the gazetteer (`data/gazetteer/provinces.tsv`,
  any of its spellings) is keyed by its gazetteer name, so `TP.HCM` and `TP Hồ Chí Minh` are one
  place; any other place by its folded name and kind.
- document: the symbol where there is one, one key however it is written (`22/TW-NQ`,
  `022-NQ/TƯ` -> `22-NQ/TW`; `ND-CP` -> `NĐ-CP`: `symbol_key`); a symbol
  that carries no year of its own (Party documents: `22-NQ/TW` exists for 2008 and for 2013) takes
  the year of the signing date when the citation gives it (`sym:22-NQ/TW@2008`); without a
  symbol, type + number + year + issuer; a named law by its name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from diembao.lexicon import bodies as lexicon_bodies
from diembao.lexicon import gazetteer as lexicon_gazetteer
from diembao.lexicon.files import load_lines, load_tsv
from diembao.lexicon.kb import key_words
from diembao.record import Document
from diembao.text import alternation_in_order, fold_key

from .analysis import WORD, loosen


@cache
def _dotted() -> re.Pattern[str]:
    """Abbreviations written with inner punctuation, rewritten before the name is cut into words."""
    return re.compile(rf"(?<!\w)({'|'.join(key_words()['dotted_patterns'])})(?!\w)")

_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def person_key(name: str) -> str:
    return fold_key(name)  # cached there


@dataclass(frozen=True, slots=True)
class NameForm:
    """What a written person's name is, for resolution (see `people.py`).

    kind: `full` (a family name first: `Nguyễn Hữu Thắng`, `Tô Lâm`; or a foreign name of two or
    more words: `Donald Trump`), `short` (a Vietnamese name without its family name: `Hữu Thắng`),
    `single` (one foreign word: `Trump`), or `thing` (never a person: a place, a club, one
    Vietnamese syllable, initials). tail: the part a shorter form of this name is written as (the
    last two syllables of a Vietnamese name of three or more, the last word of a foreign one) for
    a full name; for a short or single form, the tail it stands for."""

    key: str
    kind: str
    tail: str | None = None


@cache
def _surnames() -> frozenset[str]:
    return frozenset(fold_key(line) for line in load_lines("persons/surnames.txt"))


@cache
def _not_persons() -> frozenset[str]:
    """Names that are things, not persons: our list (`data/kb/not_persons.txt`) and the places of
    the gazetteer that may stand alone (a district that is also a person's name, `bare = no`, is
    not among them: `Lê Chân` can be a person)."""
    names = {fold_key(line) for line in load_lines("kb/not_persons.txt")}
    for row in load_tsv("gazetteer/districts.tsv"):
        if (row.get("bare") or "").strip() != "no":
            names.add(fold_key(row["name"]))
    for table in ("gazetteer/countries.tsv", "gazetteer/world.tsv"):
        for row in load_tsv(table):
            if (row.get("guard") or "").strip() != "strict":
                names.add(fold_key(row["name"]))
    names.update(fold_key(row["name"]) for row in load_tsv("gazetteer/provinces.tsv"))
    return frozenset(names)


_INITIALS = re.compile(r"^(?:\w\.)+\w?$")


@lru_cache(maxsize=1 << 13)
def name_form(name: str) -> NameForm:
    key = person_key(name)
    words = key.split()
    if not words or key in _not_persons() or any(_INITIALS.match(w) for w in words) \
            or any(ch.isdigit() for ch in key):
        return NameForm(key, "thing")
    if len(words) == 1:
        # One Vietnamese syllable (`Tuấn`, `Kim`) could be anyone; one foreign word may be the
        # surname of the one person the knowledge base knows by it (`Trump`).
        vietnamese = not key.isascii() or key in _surnames()
        return NameForm(key, "thing") if vietnamese else NameForm(key, "single", key)
    if words[0] in _surnames():
        return NameForm(key, "full", " ".join(words[-2:]) if len(words) >= 3 else None)
    if not key.isascii():
        return NameForm(key, "short", key) if len(words) == 2 else NameForm(key, "full", " ".join(words[-2:]))
    if len(words) == 2 and "-" in words[1] and "-" not in words[0]:
        # A Korean name is written family name first, its given name hyphenated (`Moon Jae-in`).
        return NameForm(key, "full", words[0])
    return NameForm(key, "full", words[-1])


@lru_cache(maxsize=1 << 13)
def loose_key(text: str) -> str:
    """The diacritic-free form of a key (`võ văn bình` -> `vo van binh`), for lookups typed without marks."""
    return loosen(fold_key(text))


@lru_cache(maxsize=1 << 13)
def has_marks(text: str) -> bool:
    """Whether `text` carries any Vietnamese diacritic (a user who typed one meant it)."""
    folded = fold_key(text)
    return loosen(folded) != folded


# --- bodies -------------------------------------------------------------------------------------


@cache
def _abbreviations() -> Mapping[str, str]:
    return {row["abbr"]: row["expansion"] for row in load_tsv("kb/abbreviations.tsv", ("abbr", "expansion"))}


@cache
def _fields() -> tuple[re.Pattern[str], Mapping[str, str]]:
    """The fields of ministries and provincial departments as the organization stage's table
    writes them (`ministry_domains`): a pattern for `bộ`/`sở` and a field in any of its writings,
    and each writing's full field (`gd đt` -> `giáo dục và đào tạo`). Full fields are in the
    pattern too, longest first, so that `giáo dục và đào tạo` is not read as `giáo dục` + rest."""
    table: dict[str, str] = {}
    for field, variants in (_units().get("ministry_domains") or {}).items():
        if not isinstance(field, str) or not isinstance(variants, list):
            continue
        target = _words_of(field)
        table[target] = target
        for variant in variants:
            if isinstance(variant, str):
                table.setdefault(_words_of(variant), target)
    writings = sorted(table, key=len, reverse=True)
    heads = alternation_in_order(key_words()["field_heads"])
    return re.compile(rf"(?<= )({heads}) ({'|'.join(map(re.escape, writings))})(?= )"), table


@cache
def _capital_abbreviations() -> tuple[re.Pattern[str], Mapping[str, str]]:
    table = {row["abbr"]: row["expansion"] for row in load_tsv("kb/abbreviations_capitals.tsv", ("abbr", "expansion"))}
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, table))})(?!\w)"), table


@cache
def _org_aliases() -> Mapping[str, str]:
    """Whole-name aliases: ours (`data/kb/org_aliases.tsv`) and the bodies lexicon's
    (`data/orgs/units.json`, `diembao.lexicon.bodies`), so the knowledge base keys bodies as the stage
    names them."""
    pairs = [(row["alias"], row["body"]) for row in load_tsv("kb/org_aliases.tsv", ("alias", "body"))]
    pairs += [(a, b) for a, b in _units().get("aliases", {}).items() if isinstance(a, str) and isinstance(b, str)]
    table: dict[str, str] = {}
    for alias, body in pairs:
        key, target = _without_admin(_normal_words(alias)), _without_admin(_normal_words(body))
        if key != target:
            table.setdefault(key, target)
    return table


def _units() -> Mapping[str, Any]:
    return lexicon_bodies.units()


def _words_of(text: str) -> str:
    """Folded words with the abbreviations expanded (`HĐND` -> `hội đồng nhân dân`)."""
    capitals, expansions = _capital_abbreviations()
    folded = fold_key(capitals.sub(lambda m: expansions[m.group()], unicodedata.normalize("NFC", text)))
    dotted = key_words()["dotted"]
    folded = _dotted().sub(lambda m: dotted[re.sub(r"[\s.\-]", "", m.group(1))], folded)
    table = _abbreviations()
    return " ".join(table.get(word, word) for word in WORD.findall(folded))


def _normal_words(text: str) -> str:
    """`_words_of`, with a ministry's or department's field written in full (`Bộ GD-ĐT`)."""
    words = _words_of(text)
    heads = key_words()["field_heads"]
    if not words.startswith(tuple(f"{h} " for h in heads)) and all(f" {h} " not in words for h in heads):
        return words
    pattern, table = _fields()
    return pattern.sub(lambda m: f"{m[1]} {table[m[2]]}", f" {words} ").strip()


@lru_cache(maxsize=1 << 13)
def org_key(name: str) -> str:
    words = _without_admin(_normal_words(name))
    return _org_aliases().get(words, words)


@cache
def _admin() -> re.Pattern[str]:
    return re.compile(rf"(?<= )(?:{alternation_in_order(key_words()['admin_words'])}) ")


def _without_admin(words: str) -> str:
    """A body's key without the `tỉnh`/`thành phố` before the province it names, so `UBND TP Hà
    Nội` and `UBND Hà Nội`, `Sở GD-ĐT tỉnh Sơn La` and `Sở GD-ĐT Sơn La` are one body. A city that
    is no province (`thành phố Vinh`) keeps its word."""
    if all(f" {w} " not in words for w in key_words()["admin_words"]):
        return words
    table = provinces()
    out, last = [], 0
    for match in _admin().finditer(words):
        rest = words[match.end():].split()
        if any(" ".join(rest[:n]) in table for n in range(min(5, len(rest)), 0, -1)):
            out.append(words[last:match.start()])
            last = match.end()
    return "".join(out) + words[last:]


@cache
def _sub_body_heads() -> tuple[str, ...]:
    heads = {_normal_words(line) for line in load_lines("kb/sub_bodies.txt")}
    return tuple(sorted(heads, key=len, reverse=True))


@cache
def _parent_heads() -> tuple[str, ...]:
    return tuple(_normal_words(line) for line in load_lines("kb/parent_heads.txt"))


@cache
def _canonical_names() -> Mapping[str, str]:
    """Keys of the central bodies -> their names as written in full (`TƯ` -> `Ban Chấp hành Trung
    ương Đảng`), from the bodies lexicon's table."""
    units = _units()
    names = [n for n in units.get("central", ()) if isinstance(n, str)]
    names += [n for n in (units.get("aliases") or {}).values() if isinstance(n, str)]
    # A ministry is shown by its field in full, however the first article to name it wrote it.
    ministry = key_words()["ministry_written"]
    names += [f"{ministry} {field}" for field in (units.get("ministry_domains") or {}) if isinstance(field, str)]
    return {org_key(name): name for name in names}


def canonical_org_name(key: str) -> str | None:
    """The name a body is shown by when it is one the tables know; else None (the first name
    seen is shown)."""
    return _canonical_names().get(key)


@lru_cache(maxsize=1 << 13)
def parent_key(key: str) -> str | None:
    """The key of the body that `key` is part of (`ban thường vụ tỉnh ủy tiền giang` -> `tỉnh ủy
    tiền giang`), or None. The rest must itself start like a body, so `Ban Chỉ đạo ...` or
    `Văn phòng luật sư ...` get no parent."""
    for head in _sub_body_heads():
        if key.startswith(head + " "):
            rest = key[len(head) + 1:]
            rest = _org_aliases().get(rest, rest)
            if rest != key and any(rest == h or rest.startswith(h + " ") for h in _parent_heads()):
                return rest
    return None


def suffix_named(name: str, key: str) -> str:
    """The end of `name` that keys to `key` (`Ban Thường vụ Tỉnh ủy Tiền Giang` -> `Tỉnh ủy Tiền
    Giang`), so a parent body is shown in the article's own letters."""
    words = name.split()
    for i in range(1, len(words)):
        suffix = " ".join(words[i:])
        if org_key(suffix) == key:
            return suffix
    return key[:1].upper() + key[1:]


# --- places -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Province:
    name: str  # as the gazetteer writes it
    kind: str  # province | city
    era: str  # pre2025 | post2025 | both | historic
    merged_into: str | None  # the post-2025 province that holds it now


@cache
def provinces() -> Mapping[str, Province]:
    """Every spelling of every province (keyed as `org_key` keys names) -> the province."""
    table: dict[str, Province] = {}
    for place in lexicon_gazetteer.provinces():
        province = Province(place.name.strip(), place.kind.strip(), (place.era or "").strip(),
                            (place.merged_into or "").strip() or None)
        spellings = [province.name, *place.aliases]
        for spelling in spellings:
            table.setdefault(_normal_words(spelling), province)
    return table


@lru_cache(maxsize=1 << 13)
def province_of_name(name: str) -> Province | None:
    """The province `name` names (`TP.HCM`, `tỉnh Tiền Giang`), or None."""
    words = _normal_words(name)
    for admin in (f"{w} " for w in key_words()["admin_words"]):
        if words.startswith(admin) and words[len(admin):] in provinces():
            return provinces()[words[len(admin):]]
    return provinces().get(words)


@lru_cache(maxsize=1 << 13)
def province_in(name: str) -> Province | None:
    """The province named inside a body's name (`HĐND tỉnh Tiền Giang` -> Tiền Giang): the longest
    run of words that spells a province."""
    words = _normal_words(name).split()
    table = provinces()
    for size in range(min(5, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            found = table.get(" ".join(words[i:i + size]))
            if found is not None:
                return found
    return None


@cache
def _local() -> re.Pattern[str]:
    k = key_words()
    levels, committee = alternation_in_order(k["local_levels"]), re.escape(k["committee_word"])
    return re.compile(rf"(?:^| )({levels})( {committee})? (?P<name>.+)$")


@lru_cache(maxsize=1 << 13)
def locality_of(key: str) -> tuple[str, str] | None:
    """(level, name) of the district or commune a body's key names (`ủy ban nhân dân huyện tương
    dương` -> (`district`, `tương dương`), `đảng ủy xã hợp minh` -> (`commune`, `hợp minh`)), or
    None. A town party committee (`thị ủy`) is district level; a bare `thị` without `ủy` is not."""
    k = key_words()
    match = _local().search(key)
    if match is None or (match[1] == k["town_word"] and not match[2]):
        return None
    words: list[str] = []
    rest, district = match["name"].split(), match[1] in k["district_levels"]
    # A committee named by its level names the unit again (`quận ủy quận 3`, `thị ủy thị xã sơn tây`).
    for again in sorted(k["local_levels"] if match[2] else (), key=len, reverse=True):
        if rest[:len(again.split())] == again.split() and (again in k["district_levels"]) == district:
            rest = rest[len(again.split()):]
            break
    for i, word in enumerate(rest):
        city = k["city_words"]
        if word in k["local_stop"] or len(words) == 3 or (word == city[0] and rest[i + 1:i + len(city)] == city[1:]):
            break
        if words and any(" ".join(rest[i:i + n]) in provinces() for n in range(1, 5)):
            break  # the province after the district (`huyện châu thành long an`)
        words.append(word)
    if not words:
        return None
    return ("district" if match[1] in k["district_levels"] else "commune"), " ".join(words)


@cache
def _district_provinces() -> Mapping[str, str | None]:
    """Folded district name -> its province's name, None when several provinces have one so named."""
    table: dict[str, str | None] = {}
    for row in load_tsv("gazetteer/districts.tsv"):
        spellings = [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a.strip())]
        unit = fold_key(row.get("unit") or "")
        # A district named by a number keeps its unit word in the gazetteer (`Quận 3`), a body's
        # locality does not (`ủy ban nhân dân quận 3` -> `3`).
        spellings += [n.strip()[len(unit) + 1:] for n in spellings
                      if unit and fold_key(n.strip()).startswith(unit + " ") and n.strip()[len(unit) + 1:].isdigit()]
        for spelling in spellings:
            key = fold_key(spelling.strip())
            province = row["province"].strip()
            table[key] = province if table.get(key, province) == province else None
    return table


@lru_cache(maxsize=1 << 13)
def district_province(key: str) -> Province | None:
    """The province of the district a body's key names, when only one province has a district so
    named (`ủy ban nhân dân huyện tương dương` -> Nghệ An)."""
    local = locality_of(key)
    if local is None or local[0] != "district":
        return None
    name = _district_provinces().get(local[1])
    return provinces().get(_normal_words(name)) if name else None


@lru_cache(maxsize=1 << 13)
def place_key(name: str, kind: str | None) -> tuple[str, str, str | None]:
    """(key, display name, kind) of a place: gazetteer provinces keyed by their gazetteer name."""
    province = province_of_name(name)
    if province is not None:
        return "province:" + fold_key(province.name), province.name, province.kind
    return f"{fold_key(name)}|{kind or ''}", name, kind


# --- documents ----------------------------------------------------------------------------------


@cache
def _codes() -> tuple[Mapping[str, str], frozenset[str], frozenset[str]]:
    """Symbol codes as the document tables write them: every code's unmarked form -> its
    spelling (`ND` -> `NĐ`), the type codes (`NQ`, `NĐ`, `QĐ`), and the Party issuers' codes
    (`data/kb/party_codes.txt`), whose symbols are written `NUMBER-TYPE/ISSUER`."""
    spellings: dict[str, str] = {}
    types: set[str] = set()
    for row in load_tsv("documents/types.tsv"):
        for code in (row.get("codes") or "").split("|"):
            if code.strip():
                types.add(_code_upper(code))
    issuers = {_code_upper(row["code"]) for row in load_tsv("documents/codes.tsv")}
    central = key_words()["central_code"]
    for code in sorted(types | issuers):
        if code != central:  # read as TW before codes are looked up; its unmarked form is TU (Tỉnh ủy)
            spellings.setdefault(loosen(code), code)
    return spellings, frozenset(types), frozenset(_code_upper(c) for c in load_lines("kb/party_codes.txt"))


def _code_upper(code: str) -> str:
    return unicodedata.normalize("NFC", code.strip()).upper()


_SYMBOL_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1 << 13)
def symbol_key(symbol: str) -> str:
    """One key for every way a symbol is written: `22 - NQ/TƯ`, `22/NQ-TW`, `22/TW-NQ` and
    `022-NQ/TW` -> `22-NQ/TW`; `168/2024/ND-CP` -> `168/2024/NĐ-CP`.

    The number loses its leading zeros; a year after it stays; the codes are read unmarked and
    written as the tables spell them (unknown ones unmarked), the type code first, the others in
    their order. A Party issuer without a year gives `NUMBER-TYPE/ISSUER`, any other symbol
    `NUMBER[/YEAR]/TYPE-ISSUER`. Any other text is cleaned (spaces dropped, upper case, `TƯ` ->
    `TW`) with the symbols in it keyed, so that a document's key is found in an event's name
    (`Hội nghị tổng kết Nghị quyết 22/TW-NQ của ...`)."""
    text = _unify(unicodedata.normalize("NFC", symbol).upper())
    key = _canonical(re.sub(r"\s+", "", text))
    if key is not None:
        return key
    text = _EMBEDDED.sub(lambda m: _canonical(re.sub(r"\s+", "", m.group())) or m.group(), text)
    return re.sub(r"\s+", "", text).replace(key_words()["central_code"], "TW")


_SYMBOL_SHAPE = re.compile(r"^\d+(?:[-/.][^\W_]+)+$")
_EMBEDDED = re.compile(r"(?<![^\W_])\d+(?:\s*[-/]\s*[^\W_]+)+")


def _unify(text: str) -> str:
    dotted = key_words()["central_code_dotted"]
    return text.replace("–", "-").replace("—", "-").replace(dotted, "TW").replace("T.W", "TW")


def _canonical(text: str) -> str | None:
    """The key of a symbol without spaces (`57/TW-NQ`), or None when it is not one."""
    if not _SYMBOL_SHAPE.match(text):
        return None
    central = key_words()["central_code"]
    words = [("TW" if w == central else w) for w in _SYMBOL_WORDS.findall(text)]
    if all(w.isdigit() for w in words[1:]):
        return None
    spellings, types, party = _codes()
    number = words[0].lstrip("0") or "0"
    rest = words[1:]
    year = rest.pop(0) if rest[0].isdigit() and _YEAR.fullmatch(rest[0]) else None
    codes = [spellings.get(loosen(w), loosen(w)) for w in rest]
    kind = next((c for c in codes if c in types), None)
    others = list(codes)
    if kind is not None:
        others.remove(kind)
    if year is None and kind is not None and others and any(c in party for c in others):
        return f"{number}-{kind}/{'-'.join(others)}"
    head = f"{number}/{year}" if year else number
    return "/".join([head, "-".join(c for c in (kind, *others) if c)])


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A document as a person writes it: a symbol (`57/TW-NQ`, `Nghị quyết số 57-NQ/TW`), or a
    type and a number (`NQ 57`, `Nghị quyết 57`, `Nghị định 168/2024`)."""

    symbol: str | None  # the symbol's key (`symbol_key`)
    type: str | None  # as the type table writes it (`Nghị quyết`)
    number: str | None  # without leading zeros
    year: str | None = None


@cache
def _type_names() -> Mapping[str, str]:
    """Every way to write a document type before a number, folded, marked or not (`nghị quyết`,
    `nghi quyet`, `nq`, `nđ`, `nd`) -> the type."""
    table: dict[str, str] = {}
    for row in load_tsv("documents/types.tsv"):
        for written in [*(row.get("words") or "").split("|"), *(row.get("abbreviations") or "").split("|")]:
            if written.strip():
                table.setdefault(fold_key(written), row["type"])
                table.setdefault(loosen(fold_key(written)), row["type"])
    return table


@cache
def _reference() -> re.Pattern[str]:
    number = alternation_in_order(key_words()["number_words"])
    return re.compile(rf"^(?:(?P<type>\D+?)\s+(?:(?:{number})\s+)?)?(?P<symbol>\d+(?:\s*[-/.]\s*[^\W_]+)*)$")


@lru_cache(maxsize=1 << 12)
def document_reference(text: str) -> DocumentRef | None:
    """What `text` says of a document when that is all it says, else None (`hội nghị 5` is not
    one: its words do not name a type)."""
    match = _reference().match(fold_key(text))
    if match is None:
        return None
    kind = None
    if match.group("type"):
        kind = _type_names().get(match.group("type"))
        if kind is None:
            return None
    words = _SYMBOL_WORDS.findall(match.group("symbol"))
    number = words[0].lstrip("0") or "0"
    if all(w.isdigit() for w in words):
        if kind is None or len(words) > 2 or (len(words) == 2 and not _YEAR.fullmatch(words[1])):
            return None
        return DocumentRef(None, kind, number, words[1] if len(words) == 2 else None)
    return DocumentRef(symbol_key(match.group("symbol")), kind, number)


def document_year(doc: Document) -> str | None:
    for text in (doc.symbol, doc.date):
        if text:
            found = _YEAR.search(text)
            if found:
                return found.group(1)
    return None


def document_key(doc: Document) -> str | None:
    """The canonical key of a cited document, or None when it names no document (no symbol,
    number or name: `nghị quyết về du lịch`)."""
    if doc.symbol:
        symbol = symbol_key(doc.symbol)
        if _YEAR.search(symbol) is None and doc.date and _YEAR.match(doc.date):
            return f"sym:{symbol}@{doc.date[:4]}"
        return f"sym:{symbol}"
    if doc.number:
        year = document_year(doc) or ""
        return f"num:{fold_key(doc.type)}|{doc.number.strip()}|{year}|{org_key(doc.issuer or '')}"
    if doc.name:
        return f"name:{fold_key(doc.name)}"
    return None


