"""`diembao serve` in a real browser: Debian's Chromium driven by Playwright against the server
started as a subprocess on a free localhost port. Search, open an article, click a highlighted
person, read the timeline of offices, open a document; hostile HTML in an article stays text.
Screenshots go to $DIEMBAO_ARTIFACTS (default: <tmp>/diembao-artifacts); the path is printed.
Skipped when /usr/bin/chromium is absent (`.ci/run` installs it)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from fixtures.serve.kb import HOSTILE_ID, INJECTIONS, build

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ARTICLE = "2024-10-05_tien-giang_hoi-nghi-tinh-uy"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build(tmp_path_factory.mktemp("browser") / "kb.sqlite")
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "diembao", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/v1/stats", timeout=2) as response:
                    assert response.status == 200
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"diembao serve did not start: {process.stdout.read() if process.stdout else ''}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("DIEMBAO_ARTIFACTS", Path(tempfile.gettempdir()) / "diembao-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


def test_search_article_person_document(server: str, browser: object, artifacts: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.fill("header input[name=q]", '"Nguyễn Thanh Tùng"')
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("li.hit").count() == 2
    assert "Nguyễn Thanh Tùng" in page.locator("li.hit mark").all_inner_texts()
    page.screenshot(path=str(artifacts / "search.png"), full_page=True)

    page.click(f"li.hit a.title[href='/article/{ARTICLE}']")
    page.wait_for_url(f"**/article/{ARTICLE}")
    person = page.locator("article.text a.ent-person", has_text="Nguyễn Thanh Tùng").first
    assert person.is_visible()
    page.screenshot(path=str(artifacts / "article.png"), full_page=True)

    person.click()
    page.wait_for_url("**/person/*")
    labels = page.locator("svg.timeline text.row-label").all_text_contents()
    assert labels == ["Ủy viên · Ban Thường vụ Tỉnh ủy Tiền Giang", "Trưởng ban · Ban Tuyên giáo Tỉnh ủy Tiền Giang",
                      "Phó Bí thư Thường trực · Tỉnh ủy Tiền Giang"]
    assert page.locator("svg.timeline rect.bar").count() == 3
    page.screenshot(path=str(artifacts / "person.png"), full_page=True)

    page.locator("table.events a[href^='/find/document']", has_text="05-CT/TW").first.click()
    page.wait_for_url("**/document/*")
    assert "05-CT/TW" in page.locator("h1").inner_text()
    assert page.locator("svg.chart rect.column").count() >= 1
    page.screenshot(path=str(artifacts / "document.png"), full_page=True)
    assert not dialogs
    with capsys.disabled():
        print(f"\nscreenshots: {artifacts}")
    page.close()


def test_hostile_article_is_inert(server: str, browser: object, artifacts: Path) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs: list[str] = []
    console: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: console.append(m.text))
    page.goto(f"{server}/article/{HOSTILE_ID}")
    page.wait_for_load_state("load")
    page.hover("article.text")  # an onmouseover would fire here
    page.wait_for_timeout(300)
    text = page.locator("article.text").inner_text()
    for injection in INJECTIONS:
        assert injection in text  # shown as the article wrote it
    injected = page.evaluate("document.querySelectorAll('script, img, iframe, article svg, article b, "
                             "[onerror], [onload], [onmouseover]').length")
    assert injected == 0 and not dialogs
    assert not [m for m in console if "Content Security Policy" in m]  # nothing even tried to run
    page.screenshot(path=str(artifacts / "hostile.png"), full_page=True)
    page.close()
