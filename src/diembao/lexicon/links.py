"""The tables of the learned links stage (`diembao.extract.links`), written by
`scripts/train_links.py`: the model's weights and margin, and the heads of the bodies each title
is written with in a corpus."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from diembao.lexicon.files import load_json

MODEL_FILE = "links/model.json"
HEADS_FILE = "links/heads.json"


@cache
def links_model() -> Mapping[str, Any]:
    """`weights` (feature -> weight), `margin`, and the figures the training printed."""
    return load_json(MODEL_FILE, ("weights", "margin"))


@cache
def written_heads() -> Mapping[str, Mapping[str, int]]:
    """Title tail -> how often the rules find it written right before a body of each head (one or
    two first syllables), `*` the total."""
    return load_json(HEADS_FILE)
