"""The legacy Vietnamese encodings' tables (`data/legacy/`): TCVN3 (ABC) byte by byte, VNI
letter by letter, read by `diembao.text.legacy`."""

from __future__ import annotations

from collections.abc import Mapping

from diembao.lexicon.files import load_tsv


def tcvn3() -> tuple[Mapping[str, str], ...]:
    return load_tsv("legacy/tcvn3.tsv", ("byte", "char", "kind"))


def vni() -> tuple[Mapping[str, str], ...]:
    return load_tsv("legacy/vni.tsv", ("letter", "bytes"))
