"""The extraction stages, one module each, in the order the default pipeline runs them.

Each declares what it reads (`REQUIRES`), what it sets (`ASSIGNS`) and the words it looks up
(`trigger_words`); `diembao.pipeline.Pipeline` checks the order when it is built. Lexing
(`tokens`, `positions`, `capitals`) is the pipeline's own first step.
"""

from __future__ import annotations

from diembao.stages import context, dates, documents, events, offices, organizations, persons, places

DEFAULT_STAGES = (dates, places, context, organizations, documents, persons, offices, events)
