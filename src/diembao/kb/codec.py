"""How large texts are kept in the database: zlib-compressed UTF-8.

The raw input and the record of an article are most of a knowledge base's bytes and are read
rarely (by `reindex`, by a search hit's snippet, by `export articles`), so they are stored
compressed: a third of their size, for a few tens of microseconds per read.
"""

from __future__ import annotations

import zlib

LEVEL = 6


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), LEVEL)


def unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8", "surrogatepass")


def unpack_before(data: bytes, marker: bytes) -> tuple[str, bool]:
    """The text before the first `marker` (UTF-8 bytes) and True, or the whole text and False
    when it holds none: only what is returned is decoded."""
    raw = zlib.decompress(data)
    cut = raw.find(marker)
    return (raw.decode("utf-8", "surrogatepass"), False) if cut < 0 else \
        (raw[:cut].decode("utf-8", "surrogatepass"), True)
