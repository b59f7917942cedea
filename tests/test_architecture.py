"""The shape of the code (issue 8), read from the source with `ast`: which package may import
which, no import cycle (imports inside functions count), no module over 600 lines, and no
Vietnamese vocabulary in code outside `lexicon/` (vocabularies live in `data/`)."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "diembao"
MAX_LINES = 600

# Vietnamese letters outside ASCII (the marks and đ): a string holding one is Vietnamese text.
_VIETNAMESE = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)

_CLASS = re.compile(r"\[(?:\\.|[^\]])*\]")

# Modules whose code may hold strings with Vietnamese letters, with the reason. Everything else
# is data (`data/`, read by `lexicon/`).
ALLOWED_VIETNAMESE: dict[str, str] = {
    "diembao.text.fold": "the alphabet: tone-marked vowels and đ, which folding is about",
    "diembao.text.legacy": "the alphabet: the vowels the legacy encodings mark",
    "diembao.kb.analysis": "the alphabet: đ, which search keys strip",
    "diembao.kb.search": "the alphabet: the tone placements a query is widened to",
    "diembao.kb.cli": "help text with examples",
    "diembao.extract.pipeline": "the warm-up sentence, a sample text, not a vocabulary",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _walk(tree: ast.AST):  # type: ignore[no-untyped-def]
    """Every node, except what `if TYPE_CHECKING:` guards (annotations only, never run)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(child for child in ast.iter_child_nodes(node) if not _type_checking(child))


@cache
def imports(name: str) -> frozenset[str]:
    """The diembao modules `name` imports, at module level or inside functions."""
    path = modules()[name]
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in _walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                out.add(sub if sub in modules() else base)
    return frozenset(m for m in out if m in modules() and m != name)


def test_there_is_no_import_cycle() -> None:
    # Tarjan's strongly connected components over the import graph
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in imports(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for name in modules():
        if name not in index:
            visit(name)
    assert cycles == []


def _in(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


# (importer package, imported package, the modules of the imported package it may use)
LAYERING = [
    ("diembao.text", "diembao.extract", ()),
    ("diembao.text", "diembao.kb", ()),
    ("diembao.lexicon", "diembao.extract", ()),
    ("diembao.lexicon", "diembao.kb", ()),
    ("diembao.readers", "diembao.extract", ()),
    ("diembao.kb", "diembao.extract", ("diembao.extract.pipeline",)),  # the entry point only
]


@pytest.mark.parametrize(("importer", "imported", "allowed"), LAYERING)
def test_packages_import_downwards_only(importer: str, imported: str, allowed: tuple[str, ...]) -> None:
    wrong = sorted(f"{m} imports {i}" for m in modules() if _in(m, importer)
                   for i in imports(m) if _in(i, imported) and i not in allowed)
    assert wrong == []


def test_only_the_lexicon_reads_data_files() -> None:
    # readers keep their own layout tables, read through lexicon.files (issue 8 left readers' logic as it was)
    readers = sorted(m for m in modules() if "diembao.lexicon.files" in imports(m)
                     and not _in(m, "diembao.lexicon") and not _in(m, "diembao.readers") and m != "diembao.kb.keys")
    assert readers == []
    # the knowledge base's migrations are SQL files, found by kb.schema as package resources
    direct = sorted(m for m, p in modules().items() if "resources.files(" in p.read_text(encoding="utf-8")
                    and not _in(m, "diembao.lexicon") and m != "diembao.kb.schema")
    assert direct == []


def test_no_module_is_over_600_lines() -> None:
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def _strings(tree: ast.AST):  # type: ignore[no-untyped-def]
    """String constants that are not docstrings."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node


def test_no_vietnamese_vocabulary_in_code_outside_the_lexicon() -> None:
    found = []
    for name, path in modules().items():
        if _in(name, "diembao.lexicon") or name in ALLOWED_VIETNAMESE:
            continue
        for node in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            # a character class (`[A-ZĐ]`) is the alphabet, not a word
            if _VIETNAMESE.search(_CLASS.sub("", node.value)):
                found.append(f"{name}:{node.lineno}: {node.value!r}")
    assert found == []
