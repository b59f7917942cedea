"""Titles followed by the function they head (issue 9, pattern 3): `Suki Cooper, Giám đốc nghiên
cứu hàng hóa tại Standard Chartered Bank`, `Ole Hansen - Giám đốc chiến lược hàng hóa tại Saxo
Bank`. The press of business and foreign news writes a firm's officers so, and the annotators keep
the function in the title (`Giám đốc nghiên cứu hàng hóa`), the firm after `tại`/`của` being the
body (its capitalised name, a few lower-case words before it allowed: `tại sàn giao dịch Forexlive.com`).

Reads the layers `tokens` and `titles` (from `bodies`); rewrites `titles`. A title of
`described_heads` (`data/persons/grammar.json`) with no body of its own, followed by at most
`described_max_words` lower-case words and then `tại` or `của` before a capitalised word, or by at
most three and then a family name (`Giám đốc tài chính Nguyễn Thị Trang`), takes those words into
its title; a word that can open a body (`sở`, `ban`) or is no word ends nothing:
`Giám đốc sở tại …` is not a function.
"""

from __future__ import annotations

from dataclasses import replace

from diembao.extract.bodies.grammar import body_start_words
from diembao.extract.doc import Doc
from diembao.extract.lexing import tokens_of, with_tokens
from diembao.extract.spans import TitleSpan
from diembao.lexicon.offices import described_stops, described_titles
from diembao.lexicon.persons import cue_trie, foreign_surnames, surnames, title_trie
from diembao.text import fold_key
from diembao.text.tokens import Token

REQUIRES = ("tokens", "titles")
_FIRM_REACH = 6  # words after `tại` within which the firm's capitalised name starts
_BEFORE_NAME = 3  # at most this many words of a function written between a title and the name
_GLUE = frozenset({".", "&", "-"})
ASSIGNS = ("titles",)


def _firm(tokens: tuple[Token, ...], k: int) -> tuple[int, int] | None:
    """The tokens (first, after) of the firm's name that starts within reach of token k: a run of
    capitalised words, with the dots and ampersands glued inside it (`Forexlive.com`, `S&P`)."""
    first = next((j for j in range(k, min(len(tokens), k + _FIRM_REACH)) if tokens[j].cap), None)
    if first is None:
        return None
    end = first + 1
    while end < len(tokens):
        tok = tokens[end]
        glued = tok.start == tokens[end - 1].end and tok.text in _GLUE and end + 1 < len(tokens) \
            and tokens[end + 1].start == tok.end and tokens[end + 1].word
        if not (tok.cap or glued or (tok.word and tokens[end - 1].text in _GLUE and tok.start == tokens[end - 1].end)):
            break
        end += 1
    return first, end


def _stops_at(tokens: tuple[Token, ...], k: int) -> bool:
    """A word or two at token k that no function runs over, or a form of address."""
    stops = described_stops()
    return tokens[k].low in stops or " ".join(x.low for x in tokens[k:k + 2]) in stops or \
        cue_trie().longest(tokens, k) is not None


def _function_end(tokens: tuple[Token, ...], t: TitleSpan) -> int | None:
    """The token after the function written after title `t` (negated when the holder's name, not a
    firm, follows the function), or None."""
    heads, before, most = described_titles()
    if t.org is not None or fold_key(t.title) not in heads:
        return None
    k = t.last
    if k >= len(tokens) or tokens[k].low in body_start_words():
        return None
    while k < len(tokens) and k - t.last <= most:
        tok = tokens[k]
        if tok.low in before:
            firm = tokens[k + 1:k + 1 + _FIRM_REACH]
            if k == t.last or not any(f.cap for f in firm) or any(not f.word for f in firm[:1]):
                return None
            return k
        if tok.cap and k > t.last and k - t.last <= _BEFORE_NAME and \
                (tok.low in surnames() or tok.low in foreign_surnames()) and title_trie().longest(tokens, k) is None:
            return -k  # `Giám đốc tài chính Nguyễn Thị Trang`: the function, then the holder's name
        if not tok.word or tok.cap or _stops_at(tokens, k):
            return None
        k += 1
    return None


def annotate(doc: Doc) -> Doc:
    titles = doc.layers.titles
    if not titles:
        return doc
    doc = with_tokens(doc)
    tokens = tokens_of(doc)
    out: list[TitleSpan] = []
    changed = False
    for t in titles:
        end = _function_end(tokens, t)
        if end is None:
            out.append(t)
            continue
        named, end = end < 0, abs(end)
        words = doc.text[tokens[t.last].start:tokens[end - 1].end]
        firm = None if named else _firm(tokens, end + 1)
        org = doc.text[tokens[firm[0]].start:tokens[firm[1] - 1].end] if firm else None
        out.append(replace(t, last=firm[1] if firm else end, end=tokens[end - 1].end, title=f"{t.title} {words}",
                           org=org, org_written=org is not None))
        changed = True
    return doc.with_layers(titles=tuple(out)) if changed else doc
