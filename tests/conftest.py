"""Shared test helpers: the shared data folder (skipped cleanly when absent) and a one-call
pipeline over a text written in the tests."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from diembao.extract.doc import Doc
from diembao.extract.pipeline import default_pipeline
from diembao.kb import KnowledgeBase
from diembao.record import Article

SHARED = Path(os.environ.get("DIEMBAO_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared")).resolve()
SEED = SHARED / "corpus" / "seed" / "000_654db4e73f965db3.txt"


def shared_file(*parts: str) -> Path:
    """A file of ../shared, or skip the test: the repo holds no real articles."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is absent)")
    return path


def run(body: str, *, title: str = "", lead: str = "", published: str | None = None,
        tag: str | None = None, url: str | None = None) -> Doc:
    """The full pipeline over an article written in a test."""
    from diembao.record import Source

    article = Article(id="t", title=title, lead=lead, body=(body,) if body else (), published=published,
                      source=Source(tag=tag, url=url))
    return default_pipeline().run(Doc.of(article))


def body_names(body: str, *, title: str = "") -> list[str]:
    """The names of the bodies the full pipeline finds in an article written in a test."""
    return [o.name for o in run(body, title=title).article.organizations]


def person_names(body: str) -> set[str]:
    """The names of the persons extracted from a one-paragraph body."""
    return {p.name for p in run(body).article.persons}


def offices_of(body: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each person's (title, body) pairs, as the full pipeline finds them."""
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(body).article.persons}


def assert_named(found: list[str], present: list[str], absent: list[str]) -> None:
    """Every name of `present` is among `found`, none of `absent` is."""
    assert [n for n in present if n not in found] == []
    assert [n for n in absent if n in found] == []


@pytest.fixture(autouse=True)
def _collector_back_on():
    """`warm_up` (run by the CLI in-process) switches the garbage collector off for the rest of
    the process; a test suite makes cycles, so each test leaves it on again."""
    yield
    if not gc.isenabled():
        gc.enable()


@pytest.fixture()
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """An empty knowledge base in a temporary file."""
    base = KnowledgeBase(tmp_path / "kb.sqlite", create=True)
    yield base
    base.close()
