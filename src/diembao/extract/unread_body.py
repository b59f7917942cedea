"""The words of a body that the grammar did not read after a clause's last title.

`Với trách nhiệm …, Phó Chủ tịch Hội đồng xét tuyển công chức ngành kiểm sát tỉnh Quảng Trị năm
2016, ông A …`: a council's name the body grammar does not know stands between the chain of titles
and the comma before the clause's subject. `careers` reads the subject past it, as long as the
words can be a body's: on one line, no quote, no word that ends a body's name (`orgs/stopwords.txt`:
`sẽ`, `được`, `này`, …) but a term's words (`năm 2016`).
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.lexicon.bodies import lexicon
from diembao.text.tokens import Token

_REACH = 16  # words of a body after a clause's last title, up to the comma before its subject
_ENDS = frozenset(",;.:!?")


def past_unread_body(tokens: Sequence[Token], k: int, term_words: frozenset[str]) -> int:
    """The comma after the body starting at token k that no title read, or k when there is none:
    the body must open with a capital and run on as a body's name up to the comma."""
    if k >= len(tokens) or not tokens[k].cap:
        return k
    stop = lexicon().stopwords
    for j in range(k, min(len(tokens), k + _REACH)):
        t = tokens[j]
        if t.text in _ENDS:
            return j if t.text == "," and j > k else k
        if j > k and t.start - tokens[j - 1].end > 1:
            return k  # a line break: the next line is another sentence
        if not t.word and not t.text.isdigit() and t.text not in "-–&":
            return k  # a quote or a bracket: the words are no body's name
        if t.word and not t.cap and t.low not in term_words and stop.longest(tokens, j) is not None:
            return k
    return k
