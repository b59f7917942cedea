"""Pre-Unicode Vietnamese text: name its encoding (`sniff`), convert it (`decode`), write it (`encode`).

Three legacy encodings cover almost all old Vietnamese files:

- `TCVN3` (TCVN 5712:1993, the ABC / .VnTime fonts): one byte per letter, lower-case letters in
  0xA8-0xFE. The fonts most files were typed in have no toned capitals: headings were set in the
  .VnTimeH fonts, which draw the lower-case codes as capitals, so a heading arrives as `BAN THườNG
  Vụ`; `decode` upper-cases such lines. The toned capitals the standard's full table defines
  (0x80-0x9F, a few C0 control positions) are read as capitals, except that 0x85 and 0x91-0x97
  are Windows punctuation (… ‘ ’ “ ” • – —) when the word around them does not read as Vietnamese,
  because .VnTime documents typed in Word carry Word's curly quotes and dashes there.
- `VNI` (VNI-Windows fonts): a base letter and a byte for its diacritics; read as Windows-1252 the
  text looks like `Vieät Nam`.
- `Windows-1258`: base letters (ă â ê ô ơ ư đ as single bytes) and combining tone-mark bytes.

`sniff` decodes a sample each way and keeps the encoding under which the words are well-formed
Vietnamese syllables (`diembao.syllables`): the byte patterns of one encoding read as another give
words no Vietnamese writer spells (`Th­êng`, `Vieät`, `ChuỊ`), and neither do binary data or
Latin-1 French and German. The tables are in `data/legacy/`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from diembao.lexicon import legacy as _tables
from diembao.text.syllables import TONE_MARKS, is_syllable

TCVN3 = "TCVN3"
VNI = "VNI"
WINDOWS_1258 = "Windows-1258"
ENCODINGS = (TCVN3, VNI, WINDOWS_1258)

_ALIASES = {
    "tcvn3": TCVN3, "tcvn": TCVN3, "tcvn5712": TCVN3, "tcvn57121": TCVN3, "abc": TCVN3, "vn3": TCVN3,
    "vni": VNI, "vniwindows": VNI, "vniwin": VNI,
    "windows1258": WINDOWS_1258, "cp1258": WINDOWS_1258, "win1258": WINDOWS_1258,
}


def canonical_encoding(name: str) -> str:
    """`tcvn3`, `TCVN-3`, `vni-windows`, `cp1258`, … -> one of `ENCODINGS`."""
    found = _ALIASES.get(re.sub(r"[^a-z0-9]", "", name.lower()))
    if found is None:
        raise ValueError(f"not a legacy Vietnamese encoding: {name!r} (known: {', '.join(ENCODINGS)})")
    return found


@cache
def letters() -> tuple[str, ...]:
    """The 134 precomposed Vietnamese letters that ASCII lacks: 67 lower case, then 67 capitals."""
    lower = [
        unicodedata.normalize("NFC", base + tone)
        for base in "aăâeêioôơuưy"
        for tone in ("", *TONE_MARKS)
    ]
    lower = [c for c in lower if not c.isascii()] + ["đ"]
    return tuple(lower + [c.upper() for c in lower])


def decode(data: bytes, encoding: str) -> str:
    """Legacy bytes as NFC Unicode text. Never fails: a byte the encoding does not use keeps its
    Windows-1252 (or Latin-1) meaning."""
    decoder: dict[str, Callable[[bytes], str]] = {
        TCVN3: _decode_tcvn3, VNI: _decode_vni, WINDOWS_1258: _decode_cp1258,
    }
    return decoder[canonical_encoding(encoding)](data)


def encode(text: str, encoding: str, errors: str = "strict") -> bytes:
    """Unicode text in a legacy encoding: the inverse of `decode` for Vietnamese text. A character
    the encoding cannot hold raises `UnicodeEncodeError`, or becomes `?` with `errors="replace"`."""
    encoder: dict[str, Callable[[str, str], bytes]] = {
        TCVN3: _encode_tcvn3, VNI: _encode_vni, WINDOWS_1258: _encode_cp1258,
    }
    return encoder[canonical_encoding(encoding)](unicodedata.normalize("NFC", text), errors)


# --- single-byte helpers ---------------------------------------------------------------------


@cache
def _codepage(codec: str) -> dict[int, str]:
    """Byte -> character of a Windows code page, undefined bytes keeping their Latin-1 meaning."""
    table: dict[int, str] = {}
    for byte in range(256):
        try:
            table[byte] = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            table[byte] = chr(byte)
    return table


def _translation(mapping: dict[int, str]) -> dict[int, str]:
    # str.translate over the Latin-1 reading of the bytes: one C-speed pass instead of a Python loop.
    return {byte: char for byte, char in mapping.items() if chr(byte) != char}


def _encode_error(encoding: str, text: str, index: int) -> UnicodeEncodeError:
    return UnicodeEncodeError(encoding, text, index, index + 1, "not in the table")


def _encode_chars(text: str, errors: str, encoding: str, one: Callable[[str], bytes | None]) -> bytes:
    out = bytearray()
    for index, char in enumerate(text):
        piece = one(char)
        if piece is None:
            if errors != "replace":
                raise _encode_error(encoding, text, index)
            piece = b"?"
        out += piece
    return bytes(out)


# --- TCVN3 -----------------------------------------------------------------------------------

# Windows punctuation that Word put into .VnTime documents, at positions TCVN's full table gives
# to toned capitals: … • and the curly quotes and dashes.
_TCVN_PUNCTUATION = frozenset({0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97})


@dataclass(frozen=True, slots=True)
class _Tcvn:
    letters: dict[int, str]  # byte -> letter
    marks: dict[int, str]  # byte -> combining tone mark
    first_pass: dict[int, str]  # translation that leaves punctuation-or-capital bytes and marks alone
    to_bytes: dict[str, int]


def _table_char(cell: str) -> str:
    return chr(int(cell[2:], 16)) if cell.startswith("U+") else cell


@cache
def _tcvn() -> _Tcvn:
    rows = _tables.tcvn3()
    letters_ = {int(r["byte"], 16): _table_char(r["char"]) for r in rows if r["kind"] != "mark"}
    marks = {int(r["byte"], 16): _table_char(r["char"]) for r in rows if r["kind"] == "mark"}
    first = {b: c for b, c in letters_.items() if b not in _TCVN_PUNCTUATION}
    first.update({b: c for b, c in _codepage("cp1252").items() if b not in letters_ and b not in marks})
    return _Tcvn(letters_, marks, _translation(first), {c: b for b, c in letters_.items()})


_AMBIGUOUS_TOKEN = re.compile("[^\\s]*[" + "".join(map(chr, sorted(_TCVN_PUNCTUATION))) + "][^\\s]*")
_MARK_AFTER_VOWEL = re.compile(r"(?<=[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])[\xb0-\xb4]")
_WORDS = re.compile(r"[^\W\d_]+")


def _decode_tcvn3(data: bytes) -> str:
    table = _tcvn()
    text = data.decode("latin-1").translate(table.first_pass)
    text = _AMBIGUOUS_TOKEN.sub(_resolve_tcvn_token, text)
    # 0xB0-0xB4 are tone marks only after a vowel; elsewhere they are ° ± ² ³ ´ as Windows has them.
    text = _MARK_AFTER_VOWEL.sub(lambda m: table.marks[ord(m.group())], text)
    return "\n".join(_vntimeh_line(line) for line in unicodedata.normalize("NFC", text).split("\n"))


def _resolve_tcvn_token(match: re.Match[str]) -> str:
    token = match.group()
    table = _tcvn()
    as_letters = "".join(table.letters[ord(c)] if ord(c) in _TCVN_PUNCTUATION else c for c in token)
    if _reads_as_words(as_letters, _tcvn_ambiguous_letters()):
        return as_letters
    windows = _codepage("cp1252")
    return "".join(windows[ord(c)] if ord(c) in _TCVN_PUNCTUATION else c for c in token)


@cache
def _tcvn_ambiguous_letters() -> frozenset[str]:
    return frozenset(_tcvn().letters[b] for b in _TCVN_PUNCTUATION)


def _reads_as_words(token: str, ambiguous: frozenset[str]) -> bool:
    # Each word holding a capital read from a punctuation position must be a syllable of more
    # than that one letter (`HỘI`); other words may also be acronyms. `“Hà` read as `ỎHà` fails
    # and stays a quote, and so does a lone `–` (`Ọ`): no Vietnamese word is that letter alone.
    words = _WORDS.findall(token)
    return bool(words) and all(_plausible_word(w, ambiguous) for w in words)


def _plausible_word(word: str, ambiguous: frozenset[str]) -> bool:
    if not ambiguous.intersection(word):
        return is_syllable(word) or word.isupper()
    return len(word) > 1 and is_syllable(word)


def _vntimeh_line(line: str) -> str:
    # A line whose Latin letters are all capitals, with a word of two or more of them, was typed
    # for a .VnTimeH font: its lower-case Vietnamese letters are capitals too.
    ascii_letters = [c for c in line if c.isascii() and c.isalpha()]
    if not ascii_letters or any(c.islower() for c in ascii_letters):
        return line
    if not re.search(r"[A-Z]{2}", line) or line.isupper():
        return line
    return line.upper()


def _encode_tcvn3(text: str, errors: str) -> bytes:
    to_bytes = _tcvn().to_bytes
    taken = set(to_bytes.values())
    windows = _codepage("cp1252")
    # Word's punctuation goes where .VnTime documents have it; `decode` tells it from capitals.
    punctuation = {windows[b]: b for b in (*_TCVN_PUNCTUATION, 0xA0)}

    def one(char: str) -> bytes | None:
        if char in to_bytes:
            return bytes([to_bytes[char]])
        if char in punctuation:
            return bytes([punctuation[char]])
        if char.isascii() and ord(char) not in taken:
            return bytes([ord(char)])
        return None

    return _encode_chars(text, errors, TCVN3, one)


# --- VNI ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Vni:
    to_text: dict[str, str]  # VNI sequence (as Windows-1252 text) -> letter
    to_bytes: dict[str, bytes]
    pattern: re.Pattern[str]
    # The same, also matching a lone diacritic byte (one with no letter before it).
    strict_pattern: re.Pattern[str]


@cache
def _vni() -> _Vni:
    windows = _codepage("cp1252")
    to_bytes: dict[str, bytes] = {}
    to_text: dict[str, str] = {}
    for row in _tables.vni():
        raw = bytes(int(h, 16) for h in row["bytes"].split())
        to_bytes[row["letter"]] = raw
        seq = "".join(windows[b] for b in raw)
        to_text[seq] = row["letter"]
        if len(seq) == 2:
            # Hand-typed VNI mixes the case of base and mark (`Aá`); the base letter decides.
            for mark in {seq[1].lower(), seq[1].upper()}:
                to_text.setdefault(seq[0] + mark, row["letter"])
    keys = sorted(to_text, key=len, reverse=True)
    marks = sorted({seq[1] for seq in to_text if len(seq) == 2})
    pattern = "|".join(map(re.escape, keys))
    return _Vni(to_text, to_bytes, re.compile(pattern), re.compile(pattern + "|[" + "".join(marks) + "]"))


def _decode_vni(data: bytes, *, strict: bool = False) -> str:
    table = _vni()
    text = data.decode("latin-1").translate(_translation(_codepage("cp1252")))
    # Strict decoding (for `sniff`) marks a lone diacritic byte as not VNI.
    pattern = table.strict_pattern if strict else table.pattern
    text = pattern.sub(lambda m: table.to_text.get(m.group(), "\ufffd"), text)
    return unicodedata.normalize("NFC", text)


def _encode_vni(text: str, errors: str) -> bytes:
    to_bytes = _vni().to_bytes

    def one(char: str) -> bytes | None:
        if char in to_bytes:
            return to_bytes[char]
        try:
            return char.encode("cp1252")
        except UnicodeEncodeError:
            return None

    return _encode_chars(text, errors, VNI, one)


# --- Windows-1258 ------------------------------------------------------------------------------


def _decode_cp1258(data: bytes) -> str:
    text = data.decode("latin-1").translate(_translation(_codepage("cp1258")))
    return unicodedata.normalize("NFC", text)


def _encode_cp1258(text: str, errors: str) -> bytes:
    def one(char: str) -> bytes | None:
        # Windows-1258 writes a toned letter as its base letter and a combining tone mark.
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(m for m in decomposed if m in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in TONE_MARKS))
        try:
            return (base + tones).encode("cp1258")
        except UnicodeEncodeError:
            return None

    return _encode_chars(text, errors, WINDOWS_1258, one)


# --- sniffing ------------------------------------------------------------------------------------

_SAMPLE = 1 << 14  # 16 KiB: thousands of words, plenty to tell the encodings apart
# Control bytes that no text file holds. TCVN3's toned capitals at 0x01-0x17 are left out.
_BINARY_BYTES = bytes(sorted({0x00, 0x03, 0x07, 0x08, 0x0E, 0x0F, 0x10, *range(0x18, 0x20), 0x7F} - {0x1A}))
_MIN_WORDS = 3  # well-formed words with Vietnamese letters needed before naming an encoding
_MIN_SHARE = 0.7  # share of the words with non-ASCII letters that must be well-formed
_TOKEN_EDGES = "\"'()[]{}<>.,;:!?*«»“”‘’„‚…–—•·|"


@dataclass(frozen=True, slots=True, order=True)
class _Evidence:
    share: float  # well-formed / all words with non-ASCII letters
    words: int  # well-formed words with non-ASCII letters


def sniff(data: bytes) -> str | None:
    """The legacy encoding `data` is most likely in (`TCVN3`, `VNI`, `Windows-1258`), or None
    when it does not read as Vietnamese in any of them (binary data, other languages, too little
    text to tell). Call it on bytes that are not valid UTF-8; only the first 16 KiB are read."""
    sample = data[:_SAMPLE]
    if _plain_ascii(sample) or _looks_binary(sample):
        return None
    evidence = {encoding: _evidence(_sniff_decode(sample, encoding)) for encoding in ENCODINGS}
    # On a tie (a few words that read well every way) the order of ENCODINGS decides: TCVN3, the
    # national standard, was the most used, then VNI; Windows-1258 was rare.
    best = max(ENCODINGS, key=lambda encoding: evidence[encoding])
    found = evidence[best]
    return best if found.words >= _MIN_WORDS and found.share >= _MIN_SHARE else None


def _plain_ascii(sample: bytes) -> bool:
    # TCVN3 keeps some toned capitals below 0x80, so ASCII-range bytes may still be TCVN3.
    low_capitals = bytes(b for b in _tcvn().letters if b < 0x80)
    return sample.isascii() and len(sample.translate(None, low_capitals)) == len(sample)


def _looks_binary(sample: bytes) -> bool:
    bad = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return 0 in sample or bad > len(sample) / 100


def _sniff_decode(sample: bytes, encoding: str) -> str:
    return _decode_vni(sample, strict=True) if encoding == VNI else decode(sample, encoding)


_TOKEN = re.compile(r"[^\s/-]+")


def _evidence(text: str) -> _Evidence:
    good = marked = 0
    for token in _TOKEN.findall(text):
        if token.isascii():
            continue
        word = token.strip(_TOKEN_EDGES)
        if not word or word.isascii() or any(c.isdigit() for c in word):
            continue
        if is_syllable(word):
            good += 1
        elif word.isalpha() and word.isupper():
            continue  # an acronym such as HĐND says nothing either way
        marked += 1
    return _Evidence(good / marked if marked else 0.0, good)
