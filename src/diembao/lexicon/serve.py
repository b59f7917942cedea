"""The web UI's words (`data/serve/messages.json`): every label of the pages, in Vietnamese and
in English, by message key."""

from __future__ import annotations

from functools import cache

from diembao.lexicon.files import LexiconError, load_json

MESSAGES = "serve/messages.json"


@cache
def messages() -> dict[str, dict[str, str]]:
    """Each message key with its text in every language (`vi`, `en`)."""
    value = load_json(MESSAGES)
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise LexiconError(f"data/{MESSAGES}: expected an object of messages")
    return value
