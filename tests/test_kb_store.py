"""The database file: schema versions and migrations, WAL, and files that are not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diembao.kb import IngestOptions, KnowledgeBase, StoreError
from diembao.kb.schema import current_version, latest_version, migrate, migrations
from fixtures.kb.builders import world


def test_migrations_are_numbered_and_applied_once(tmp_path: Path) -> None:
    assert [m.version for m in migrations()] == list(range(1, latest_version() + 1))
    with KnowledgeBase(tmp_path / "kb.sqlite", create=True) as kb:
        assert current_version(kb.store) == latest_version()
        assert migrate(kb.store) == latest_version()  # nothing left to do
        assert kb.store.value("PRAGMA journal_mode") == "wal"


def test_a_version_1_database_is_migrated_to_fts_automerge(tmp_path: Path) -> None:
    """Schema 2 only configures the full-text index: a database of schema 1 gets it on open."""
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase(path, create=True) as kb:
        kb.add_articles(world())
        before = kb.counts()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM articles_fts_config WHERE k = 'automerge'")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        # Undo what the migrations after 2 added, so that they apply again as on a real old file.
        conn.execute("DROP INDEX persons_tail")
        for table, column in (("persons", "tail_key"), ("articles", "day_estimated"), ("articles", "day_precision"),
                              ("office_evidence", "estimated"), ("events", "date_estimated"),
                              ("office_evidence", "spell"), ("office_evidence", "cue"),
                              ("offices", "started"), ("offices", "ended")):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    with KnowledgeBase(path) as kb:
        assert current_version(kb.store) == latest_version() >= 2
        assert kb.store.value("SELECT v FROM articles_fts_config WHERE k = 'automerge'") == 16
        assert kb.counts() == before


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    KnowledgeBase(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer than this diembao"):
        KnowledgeBase(path)


@pytest.mark.parametrize("create", [False, True])
def test_another_program_s_database_is_left_alone(tmp_path: Path, create: bool) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text)")
    with pytest.raises(StoreError, match="not a diembao knowledge base"):
        KnowledgeBase(path, create=create)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("không phải cơ sở dữ liệu\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a diembao knowledge base"):
        KnowledgeBase(path)


def test_an_index_of_another_analysis_must_be_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase(path, create=True) as kb:
        kb.add_articles(world()[:2])
        kb.store.execute("UPDATE meta SET value = 'old' WHERE key = 'analysis_version'")
        with pytest.raises(StoreError, match="reindex"):
            kb.add_articles(world()[2:])
        kb.reindex(IngestOptions(workers=0))
        kb.add_articles(world()[2:])
        assert kb.counts()["articles"] == len(world())


def test_page_cache_is_set_for_a_block_and_restored(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.sqlite", create=True) as kb:
        before = kb.store.value("PRAGMA cache_size")
        with kb.store.page_cache(16):
            assert kb.store.value("PRAGMA cache_size") == -16 * 1024
        assert kb.store.value("PRAGMA cache_size") == before
