"""The dates stage: every temporal expression of the article, as `Article.dates`.

Reads `Article.published` (the reference for day-months without a year and for `hôm qua`);
writes `Article.dates` (tuple of `DateMention`, in text order). The grammar is
`diembao.temporal`; this module only runs it.
"""

from __future__ import annotations

from diembao.extract.dates.grammar import scan
from diembao.extract.doc import Doc
from diembao.record import DateMention
from diembao.text.calendar import reference_date

REQUIRES = ()
ASSIGNS = ("dates",)


def annotate(doc: Doc) -> Doc:
    ref = reference_date(doc.article.published)
    mentions = tuple(
        DateMention(doc.text[t.start : t.end], t.value, t.precision, t.start, t.end, t.part_of_day)
        for t in scan(doc.folded, doc.text, ref)
    )
    return doc.with_article(dates=mentions) if mentions else doc
