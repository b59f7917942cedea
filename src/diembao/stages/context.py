"""Stage stub: replaced by the real context stage."""

from __future__ import annotations

from diembao.pipeline import Doc


def annotate(doc: Doc) -> Doc:
    return doc
