"""The inventory of Vietnamese syllables (`data/syllables/`): onsets, nuclei (where the tone mark
goes, which codas follow) and codas (which are stops), read by `diembao.text.syllables`."""

from __future__ import annotations

from collections.abc import Mapping

from diembao.lexicon.files import load_lines, load_tsv


def onsets() -> tuple[str, ...]:
    return load_lines("syllables/onsets.txt")


def nuclei() -> tuple[Mapping[str, str], ...]:
    return load_tsv("syllables/nuclei.tsv", ("nucleus", "tone_at", "coda", "front"))


def codas() -> tuple[Mapping[str, str], ...]:
    return load_tsv("syllables/codas.tsv", ("coda", "stop"))
