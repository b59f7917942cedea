"""Bytes to text: UTF-8 (with or without BOM) and UTF-16 are read; anything else is an error that
names what the bytes look like (a legacy Vietnamese encoding, binary data, truncated UTF-8)."""

from __future__ import annotations

import codecs

from diembao.errors import InputError

# Share of NUL bytes above which (with no UTF-16 shape) the data is binary, not text.
_BINARY_NUL_SHARE = 0.01


def decode(data: bytes) -> str:
    """Decode `data` as text or raise `InputError` saying what is wrong and where."""
    if not data:
        raise InputError("empty input (0 bytes)")
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):], offset=len(codecs.BOM_UTF8))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(f"broken UTF-16 at byte {err.start}") from None
    if any(data.startswith(magic) for magic, _ in _MAGIC):
        raise InputError(f"binary data, not text ({_describe_magic(data)})")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if data.count(0) > max(1, len(data) * _BINARY_NUL_SHARE):
        raise InputError(f"binary data, not text ({_describe_magic(data)})")
    return _utf8(data, offset=0)


def _utf8(data: bytes, offset: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        where = err.start + offset
        if err.reason == "unexpected end of data":
            raise InputError(
                f"truncated UTF-8: the data ends inside a character at byte {where}"
            ) from None
        from diembao.text import legacy

        guess = legacy.sniff(data)
        if guess:
            raise InputError(
                f"not UTF-8 (invalid byte 0x{data[err.start]:02x} at byte {where}); "
                f"the bytes look like the legacy Vietnamese encoding {guess}: "
                f"convert it with --encoding {guess.lower()}"
            ) from None
        if _looks_binary(data):
            raise InputError(f"binary data, not text ({_describe_magic(data)})") from None
        raise InputError(f"not UTF-8: invalid byte 0x{data[err.start]:02x} at byte {where}") from None


def decode_as(data: bytes, encoding: str) -> str:
    """Decode with an encoding the user named (`utf-8`, `utf-16`, `tcvn3`, `vni`, `cp1258`, ...)."""
    from diembao.text import legacy

    try:
        legacy_name = legacy.canonical_encoding(encoding)
    except ValueError:  # not a legacy Vietnamese encoding: one of Python's
        legacy_name = None
    if legacy_name is not None:
        return legacy.decode(data, legacy_name)
    name = encoding.lower().replace("_", "-")
    try:
        return data.decode(name)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as err:
        raise InputError(f"not {encoding}: invalid byte at byte {err.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    # Vietnamese or ASCII text in UTF-16 has a NUL in every other byte for the Latin letters.
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # Text has its zeros on one side only; zeros on both sides are binary padding.
        if zeros.count(0) > 0.6 * len(zeros) and other.count(0) < 0.1 * len(other):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if text.isprintable() or all(c.isprintable() or c in "\r\n\t" for c in text) else None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls > len(sample) * 0.05


_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip data; name the file .gz"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)


def _describe_magic(data: bytes) -> str:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"looks like {what}"
    return "unrecognised bytes"
