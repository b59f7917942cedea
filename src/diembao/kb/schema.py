"""The schema and its migrations.

Migrations are SQL files shipped as package data, one folder per database dialect:
`diembao/data/kb/<dialect>/NNNN_name.sql`, applied in number order, each in its own
transaction, and recorded in `meta` (`schema_version`). A database newer than this code is
refused rather than misread. To change the schema, add the next file; never edit an applied one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .analysis import ANALYSIS_VERSION
from .store import DIALECT, Store, StoreError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations(dialect: str = DIALECT) -> tuple[Migration, ...]:
    folder = resources.files("diembao.data").joinpath("kb", dialect)
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations of {dialect} are not numbered 1..n: {[m.name for m in found]}")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def current_version(store: Store) -> int:
    if "meta" not in store.tables():
        return 0
    value = store.value("SELECT value FROM meta WHERE key = 'schema_version'", default=0)
    try:
        return int(value)
    except (TypeError, ValueError):
        raise StoreError(f"{store.path} is damaged: its schema version is {str(value)[:40]!r}") from None


def migrate(store: Store) -> int:
    """Bring the schema up to date; returns the version. Safe to run from many processes."""
    version = current_version(store)
    if version > latest_version():
        raise StoreError(f"{store.path} has schema version {version}, newer than this diembao "
                         f"({latest_version()}): upgrade diembao to read it")
    for migration in migrations()[version:]:
        with store.transaction():
            # Another process may have migrated while this one waited for the lock.
            if current_version(store) >= migration.version:
                continue
            for statement in _statements(migration.sql):
                store.execute(statement)
            store.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                          (str(migration.version),))
            if migration.version == 1:
                set_analysis_version(store)
    return latest_version()


def check_readable(store: Store) -> None:
    """A read-only reader cannot migrate: the file must be at this code's schema version."""
    version = current_version(store)
    if version != latest_version():
        raise StoreError(f"{store.path} has schema version {version}, this diembao reads {latest_version()}: "
                         "run any `diembao` command that writes (`diembao stats`) to bring it up to date"
                         if version < latest_version() else
                         f"{store.path} has schema version {version}, newer than this diembao "
                         f"({latest_version()}): upgrade diembao to read it")


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (executescript would commit on its own)."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def analysis_version(store: Store) -> str | None:
    return store.value("SELECT value FROM meta WHERE key = 'analysis_version'")


def set_analysis_version(store: Store) -> None:
    store.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('analysis_version', ?)", (ANALYSIS_VERSION,))
