"""The documents stage: the legal and Party documents an article cites, as `Article.documents`.

Reads `Article.published` (the year of a date written without one), the layer `main_place`
(a province name or None: completes `Tỉnh ủy`, `HĐND tỉnh` and local symbol codes such as
`-UBND`), and the layer `orgs` (tuple of `OrgSpan`: a body that starts right after `của`/`do`
is the issuer, by its canonical name). Writes `Article.documents`, one `Document` per cited
document with all its mentions, in order of first mention. The grammar is `diembao.citations`.
"""

from __future__ import annotations

from diembao.extract.doc import Doc
from diembao.extract.documents.citations import Citation, Context, scan
from diembao.extract.documents.resolve import resolve
from diembao.record import Document, Mention
from diembao.text.calendar import reference_date

REQUIRES = ("dates", "orgs", "main_place")
ASSIGNS = ("documents",)


def annotate(doc: Doc) -> Doc:
    context = Context(
        ref=reference_date(doc.article.published),
        main_place=doc.layers.main_place,
        orgs=tuple(doc.layers.orgs or ()),
    )
    citations = scan(doc.text, doc.folded, context)
    if not citations:
        return doc
    documents = tuple(_document(group, doc.text) for group in resolve(citations))
    return doc.with_article(documents=documents)


def _document(group: list[Citation], text: str) -> Document:
    # The mention with a symbol (or, for named documents, the first) speaks for the document;
    # the others fill what it leaves open. The issuer is the best-attested one.
    lead = next((c for c in group if c.symbol), group[0])
    issuer = max(group, key=lambda c: c.issuer_rank)
    return Document(
        type=lead.type,
        number=lead.number,
        symbol=lead.symbol,
        date=lead.date or next((c.date for c in group if c.date), None),
        issuer=issuer.issuer if issuer.issuer_rank else lead.issuer,
        name=lead.name or next((c.name for c in group if c.name), None),
        subject=lead.subject or next((c.subject for c in group if c.subject), None),
        mentions=tuple(Mention(c.start, c.end, text[c.start : c.end]) for c in group),
    )
