"""Digest of the extraction output, to show a refactoring left it byte-identical.

usage: python bench/identical.py [CORPUS ...] [--limit N] [--write PREFIX]

Runs what `diembao extract` runs (the readers, then the warmed-up default pipeline) over each
corpus (default: vietnews-20k.jsonl.gz, and politics.jsonl with the seed article) and prints,
per corpus, the number of articles and the SHA-256 of the JSONL it would write. Run it before
and after a change: equal digests mean equal output, byte for byte. `--write PREFIX` also keeps
the output (`PREFIX.<corpus>.jsonl`) for `diff`ing when the digests differ. A script, not a test:
the full run takes minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DIEMBAO_SHARED", ROOT / ".." / "shared"))
DEFAULTS = {
    "vietnews-20k": [SHARED / "corpus" / "vietnews-20k.jsonl.gz"],
    "politics": [SHARED / "corpus" / "politics.jsonl", SHARED / "corpus" / "seed"],
}


def digest(paths: list[str], limit: int, keep: Path | None) -> tuple[int, int, str]:
    """(articles, unreadable inputs, SHA-256 of the JSONL output) for one corpus."""
    from diembao.readers import ReadFailure, read_articles

    pipeline = _pipeline()
    sha = hashlib.sha256()
    n = failures = 0
    out = keep.open("w", encoding="utf-8") if keep else None
    try:
        for item in read_articles(paths, None):
            if isinstance(item, ReadFailure):
                failures += 1
                continue
            line = pipeline(item).to_json() + "\n"
            sha.update(line.encode("utf-8"))
            if out:
                out.write(line)
            n += 1
            if limit and n >= limit:
                break
    finally:
        if out:
            out.close()
    return n, failures, sha.hexdigest()


def _pipeline():  # type: ignore[no-untyped-def]
    # The entry point moved with issue 8; the script measures the code before and after it.
    try:
        from diembao.extract.pipeline import warm_up
    except ImportError:
        from diembao.pipeline import warm_up  # type: ignore[no-redef]
    return warm_up()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", help="files or directories, read as one corpus each")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of each corpus")
    parser.add_argument("--write", metavar="PREFIX", help="also write the output to PREFIX.<corpus>.jsonl")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    corpora = {Path(c).name.split(".")[0]: [Path(c)] for c in args.corpus} or DEFAULTS
    status = 0
    for name, paths in corpora.items():
        missing = [p for p in paths if not p.exists()]
        if missing:
            print(f"{name}: no corpus at {missing[0]}", file=sys.stderr)
            status = 2
            continue
        keep = Path(f"{args.write}.{name}.jsonl") if args.write else None
        n, failures, hexdigest = digest([str(p) for p in paths], args.limit, keep)
        print(f"{name:14} {n:6d} articles  {failures} unreadable  sha256 {hexdigest}", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
