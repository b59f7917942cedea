"""Bodies named with an abbreviated head word (`VQG Yok Đôn`, `Trạm Kiểm lâm VQG Yok Đôn`) are
recorded with the words spelled out (`Vườn quốc gia Yok Đôn`), as the guidelines write them
(`data/orgs/spelled_heads.tsv`); the text's spans keep their offsets."""

from __future__ import annotations

from diembao.lexicon.bodies import spelled_heads


def expanded(name: str) -> str:
    """The name with each abbreviated head word of the table written out."""
    table = spelled_heads()
    words = name.split(" ")
    if not any(w in table for w in words):
        return name
    return " ".join(table.get(w, w) for w in words)


def expanded_or_none(name: str | None) -> str | None:
    return None if name is None else expanded(name)
