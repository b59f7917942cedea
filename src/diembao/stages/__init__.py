"""The extraction stages, one module each, in the order the default pipeline runs them.

Layers (see `diembao.pipeline.Doc.layers`):
- `tokens`    (lexing, `diembao.tokens`) writes `tokens` and `positions`.
- `dates`     writes `Article.dates`.
- `places`    writes `Article.locations` and the layer `places` (tuple of `PlaceSpan`).
- `context`   reads `places`; writes `context` and `main_place` (the article's province, or None).
- `organizations` reads `places`, `main_place`; writes `Article.organizations`, layer `orgs`.
- `documents` reads `orgs`, `main_place`, `Article.dates`; writes `Article.documents`.
- `persons`   writes `Article.persons` (names and mentions); drops places inside person names.
- `offices`   reads `orgs`, `main_place`, persons; writes `Person.positions`.
- `events`    reads dates, orgs, persons, documents; writes `Article.events`.
"""

from __future__ import annotations

from diembao.pipeline import Stage


def DEFAULT_STAGES() -> list[Stage]:
    from diembao import titles, tokens
    from diembao.stages import (
        context,
        dates,
        documents,
        events,
        offices,
        organizations,
        persons,
        places,
    )

    tokens.register_triggers(*organizations.trigger_words(), *events.trigger_words(), *titles.trigger_words())
    return [
        tokens.annotate,
        dates.annotate,
        places.annotate,
        context.annotate,
        organizations.annotate,
        documents.annotate,
        persons.annotate,
        offices.annotate,
        events.annotate,
    ]
