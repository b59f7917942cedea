"""The command line, run as a user runs it: a real subprocess of the installed entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def diembao(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "diembao.cli", *args], input=stdin, capture_output=True,
                          timeout=120, check=False)


def test_extract_examples_to_stdout() -> None:
    done = diembao("extract", str(EXAMPLES))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(records) == len(list(EXAMPLES.glob("*.txt")))
    assert all(r["title"] and r["persons"] for r in records)


def test_extract_pretty_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = diembao("extract", str(sorted(EXAMPLES.glob("*.txt"))[0]), "-o", str(out), "--pretty")
    assert done.returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"]


def test_bad_inputs_one_line_each_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "good.txt").write_text("Tiêu đề\n\nThân bài có Ủy ban nhân dân tỉnh.\n", encoding="utf-8")
    done = diembao("extract", str(tmp_path), str(tmp_path / "missing.txt"))
    assert done.returncode == 1
    errors = done.stderr.decode().strip().splitlines()
    assert len(errors) == 4  # three inputs that failed, one summary line
    assert all(line.startswith("diembao: ") for line in errors)
    assert "Traceback" not in done.stderr.decode()
    assert [json.loads(x)["id"] for x in done.stdout.decode().splitlines()] == ["good"]


def test_stdin() -> None:
    line = json.dumps({"id": "s", "title": "Tiêu đề", "body": "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bến Tre."})
    done = diembao("extract", "-", stdin=line.encode())
    assert done.returncode == 0
    record = json.loads(done.stdout)
    assert record["persons"][0]["positions"][0]["org"] == "UBND tỉnh Bến Tre"
