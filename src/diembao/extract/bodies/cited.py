"""News outlets a story cites as its source: `theo Tiền Phong`, `Như VietNamNet đã thông tin`,
`trao đổi với PV Người Đưa Tin`, `theo báo Lao Động` (the body `Báo Lao Động`). An outlet's
bare name has no head word for the grammar to start from, and the same words elsewhere are
photo credits (`Ảnh: Tuổi Trẻ`) or bylines, so a name is read only after a citing word
(`data/orgs/grammar.json` outlet_cues). A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from functools import cache

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.lexicon.bodies import cited_outlets, grammar
from diembao.text import fold_key

_G = grammar()
_CUES = frozenset(fold_key(c) for c in _G["outlet_cues"])
_BETWEEN = {fold_key(k): v for k, v in _G["outlet_between"].items()}
_DOMAIN_ENDS = frozenset(("vn", "net", "com"))


def _same_case(written: str, listed: str) -> bool:
    """Whether each word is capitalised as the outlet writes it, but for the lower-case words a
    name of three or more may be written with (`Người đưa tin`)."""
    words, forms = written.split(), listed.split()
    if len(words) != len(forms):
        return False
    if len(words) >= 3:
        return words[0][:1].isupper()
    return all(w[:1].isupper() == f[:1].isupper() for w, f in zip(words, forms, strict=True))


@cache
def outlet_start_words() -> frozenset[str]:
    """Folded first words of the outlets' names: where `cited_outlet` may begin."""
    return frozenset(cited_outlets().first_tokens())


def cited_outlet(parser: BodyParser, i: int) -> Body | None:
    """The outlet named at token i after a citing word, else None."""
    tokens, n = parser.tokens, len(parser.tokens)
    if not (tokens[i].cap or tokens[i].upper) or i == 0:
        return None
    k, head = i - 1, ""
    if tokens[k].low in _BETWEEN:
        head = _BETWEEN[tokens[k].low]
        k -= 1
    if k < 0 or tokens[k].low not in _CUES:
        return None
    found = cited_outlets().longest(tokens, i)
    if found is None:
        return None
    j, (listed, weak) = found[0], found[1]  # type: ignore[misc]
    # `Zing.vn`: the web address the outlet goes by.
    address = j + 1 < n and tokens[j].text == "." and tokens[j + 1].low in _DOMAIN_ENDS \
        and tokens[j].start == tokens[j - 1].end and tokens[j + 1].start == tokens[j].end
    if not head and not address and (weak or not _same_case(parser._text(i, j), listed)):
        # `của Tổ quốc`, `của Nhân dân`, `với NLĐ`: the words, not the paper; after `báo` or `PV`,
        # or with its web address, the outlet is meant however it is written.
        return None
    if address:
        j += 2
    # A name going on in capitals is another name that begins with the outlet's words.
    if j < n and parser._joined(j) and tokens[j].word and (tokens[j].cap or tokens[j].upper):
        return None
    written = parser._text(i, j)
    return Body(i, j, f"{head} {written}" if head else written, "known")
