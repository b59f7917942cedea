"""Text conventions: offsets (`offsets`), cleaning (`clean`), the folded form used for matching
(`fold`), and lexing, syllables and encodings (`tokens`, `syllables`, `encoding`, `legacy`).

The names below are re-exported because readers, the record and the knowledge base use them.
"""

from __future__ import annotations

from diembao.text.clean import clean_paragraph, normalise, single_spaced
from diembao.text.fold import alternation, alternation_in_order, fold, fold_key, strip_diacritics, unique
from diembao.text.offsets import SEPARATOR, Segment, join_segments, segments

__all__ = ["SEPARATOR", "Segment", "alternation", "alternation_in_order", "clean_paragraph", "fold", "fold_key",
           "join_segments", "normalise", "segments", "single_spaced", "strip_diacritics", "unique"]
