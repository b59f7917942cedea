"""The lexing layers of a document (`tokens`, `positions`, `indexed`, `capitals`): set once by
the pipeline before the first stage (`lexed`), read by the stages through these helpers. A stage
run on its own (tests) lexes on demand, indexing no trigger words; `starts_of` then reads every
token, which finds the same tokens."""

from __future__ import annotations

from functools import lru_cache

from diembao.extract.doc import Doc
from diembao.text.tokens import Token, lex, tokenize


def lexed(doc: Doc, triggers: frozenset[str]) -> Doc:
    """The document with its lexing layers; `positions` indexes the words in `triggers`."""
    if doc.layers.tokens is not None:
        return doc
    out = lex(doc.text, doc.folded, triggers)
    return doc.with_layers(tokens=out.tokens, positions=out.positions, capitals=out.capitals, indexed=out.indexed)


def tokens_of(doc: Doc) -> tuple[Token, ...]:
    """The document's tokens; stages share them through the `tokens` layer when it is set."""
    cached = doc.layers.tokens
    return cached if cached is not None else tokenize(doc.text, doc.folded)


def with_tokens(doc: Doc) -> Doc:
    """The document with the lexing layers, which are always set together."""
    return lexed(doc, frozenset())


def capitals(doc: Doc) -> tuple[int, ...]:
    """Indices of the capitalised tokens (layer `capitals`)."""
    cached = doc.layers.capitals
    return cached if cached is not None else lex(doc.text, doc.folded, frozenset()).capitals


@lru_cache(maxsize=256)
def _covered(words: frozenset[str], indexed: frozenset[str]) -> bool:
    return words <= indexed  # keyed by the sets, not their ids: ids get reused


def starts_of(doc: Doc, words: frozenset[str]) -> list[int]:
    """Sorted token indices of the tokens whose folded form is one of `words`: where the
    pipeline indexed them all (`positions`), read there, else from every token."""
    layers = doc.layers
    table = layers.positions
    if table is None or not _covered(words, layers.indexed):
        return [i for i, t in enumerate(tokens_of(doc)) if t.low in words]
    found: list[int] = []
    for w in words & table.keys():
        found.extend(table[w])
    return sorted(found)
