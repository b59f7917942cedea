"""The article's main place: the province (and district) that bare `tỉnh`, `Tỉnh ủy`, `HĐND
tỉnh`, `UBND huyện` refer to.

Reads `Article.source` and the layer `places`; writes the layers `context`
(`diembao.bodies.Context`) and `main_place` (the province's name or None), and adds the main
province to `Article.locations` when the text leaves it unnamed (GUIDELINES: a provincial
paper's province is then a location of the article).

Decision order: a provincial outlet's province (by tag, name or web address); a province named
in the web address (`quoidien.vinhlong.gov.vn`); otherwise the province the text names most,
weighted by where (title 3, lead 2, body and captions 1; a district counts half for its
province), if it is named in the title or lead, or at least three times and twice as often as
any other. A national article about many provinces has no main place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from diembao.extract.bodies.grammar import Context
from diembao.extract.doc import Doc
from diembao.extract.spans import PlaceSpan
from diembao.lexicon import outlets
from diembao.lexicon.gazetteer import Place, gazetteer
from diembao.record import Location
from diembao.text import fold_key, segments

REQUIRES = ("places", "locations")
ASSIGNS = ("context", "main_place", "locations")

_WEIGHT = {"title": 3.0, "lead": 2.0, "body": 1.0}
_PROVINCE_KINDS = ("province", "city")
_DISTRICT_KINDS = ("district", "town")


def _outlet_province(doc: Doc) -> str | None:
    source = doc.article.source
    for outlet in (
        outlets.by_tag(source.tag) if source.tag else None,
        outlets.by_name(source.outlet) if source.outlet else None,
        outlets.by_host(source.url) if source.url else None,
    ):
        if outlet is not None and outlet.province:
            return outlet.province
    if source.url:
        return gazetteer().province_from_slug(source.url)
    return None


def _scores(doc: Doc, places: Sequence[PlaceSpan]) -> tuple[Counter[str], Counter[str], set[str]]:
    a = doc.article
    # Title, then lead, open the text; the rest weighs the same.
    ends = {s.kind: s.end for s in segments(a.title, a.lead, (), ())}
    title_end, lead_end = ends.get("title", 0), ends.get("lead", -1)
    provinces: Counter[str] = Counter()
    districts: Counter[str] = Counter()
    headline: set[str] = set()
    g = gazetteer()
    for span in places:
        kind = "title" if span.start < title_end else "lead" if span.start < lead_end else "body"
        weight = _WEIGHT[kind]
        province = g.province(span.name) if span.kind in _PROVINCE_KINDS else None
        if province is not None:
            provinces[province.name] += weight
            if kind in ("title", "lead"):
                headline.add(province.name)
        elif span.kind in (*_DISTRICT_KINDS, "city") and span.province:
            # A district or a city under a province ("thành phố Vĩnh Yên") counts half for it.
            province = g.province(span.province)
            name = province.name if province else span.province
            provinces[name] += weight / 2
            districts[span.name] += weight
            if kind in ("title", "lead"):
                headline.add(span.name)
    return provinces, districts, headline


def _choose(provinces: Counter[str], headline: set[str]) -> str | None:
    ranked = provinces.most_common(2)
    if not ranked:
        return None
    best, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best in headline and score > second:
        return best
    if score >= 3 and score >= 2 * second:
        return best
    return None


def main_context(doc: Doc) -> Context:
    places: Sequence[PlaceSpan] = doc.layers.places or ()
    provinces, districts, headline = _scores(doc, places)
    main = _outlet_province(doc) or _choose(provinces, headline)
    if main is None:
        return Context()
    g = gazetteer()
    place: Place | None = g.province(main)
    name = place.name if place else main
    kind = place.kind if place else "province"
    return Context(province=name, province_kind=kind, district=_main_district(districts, headline, name))


def _main_district(districts: Counter[str], headline: set[str], province: str) -> str | None:
    g = gazetteer()
    for name, score in districts.most_common():
        place = next((p for p in g.lookup(name) if p.kind in _DISTRICT_KINDS), None)
        if place is None or (place.province and fold_key(place.province) != fold_key(province)
                             and g.merged_into(place.province) != province):
            continue
        if score >= 2 or name in headline:
            return place.name
    return None


def annotate(doc: Doc) -> Doc:
    ctx = main_context(doc)
    doc = doc.with_layers(context=ctx, main_place=ctx.province)
    if ctx.province is None:
        return doc
    known = {fold_key(loc.name) for loc in doc.article.locations}
    if fold_key(ctx.province) in known:
        return doc
    added = Location(ctx.province, ctx.province_kind)
    return doc.with_article(locations=(*doc.article.locations, added))
