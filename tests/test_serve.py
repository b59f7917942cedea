"""`diembao serve` in-process (FastAPI's test client): every endpoint and page, bad input (400),
unknown ids (404), paging limits, escaping of hostile text, the security headers, read-only."""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from diembao.kb import KnowledgeBase, StoreError
from diembao.kb.export import EXPORTS, FORMATS
from fixtures.serve.kb import HOSTILE_ID, INJECTIONS, build

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note on httpx versions
    from fastapi.testclient import TestClient

from diembao.serve import app as serve_app
from diembao.serve import create_app
from diembao.serve import deps as serve_deps

ARTICLE = "2024-10-05_tien-giang_hoi-nghi-tinh-uy"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("serve") / "kb.sqlite")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def ids(db: Path, sql: str) -> int:
    with KnowledgeBase(db, readonly=True) as kb:
        return int(kb.store.value(sql))


@pytest.fixture(scope="module")
def tung(db: Path) -> int:
    return ids(db, "SELECT id FROM persons WHERE name = 'Nguyễn Thanh Tùng'")


# --- the API ------------------------------------------------------------------------------------


def test_search(client: TestClient) -> None:
    data = client.get("/api/v1/search", params={"q": "nguyen thanh tung", "size": 1}).json()
    assert data["total"] == 2 and len(data["hits"]) == 1 and data["page"] == 1
    second = client.get("/api/v1/search", params={"q": "nguyen thanh tung", "size": 1, "page": 2}).json()
    assert second["hits"][0]["article"]["id"] != data["hits"][0]["article"]["id"]  # stable order, paged
    snippet = data["hits"][0]["snippet"]
    assert all(snippet["text"][s:e] for s, e in snippet["highlights"])


@pytest.mark.parametrize(("params", "total"), [
    ({"q": "kỳ họp", "place": "Quảng Nam"}, 1),
    ({"q": "hội nghị", "place": "Quảng Nam"}, 0),
    ({"q": "hội nghị", "since": "2024"}, 3),
    ({"q": "hội nghị", "until": "2023-06"}, 1),
    ({"q": "hội nghị", "person": "Nguyễn Thanh Tùng"}, 2),
    ({"q": "hội nghị", "body": "Tỉnh ủy Tiền Giang"}, 2),
    ({"q": "hội nghị", "document": "05-CT/TW"}, 1),
    ({"q": "hội nghị", "outlet": "Ấp Bắc"}, 3),
    ({"q": "hội nghị", "person": "Không Có Ai"}, 0),
])
def test_search_filters(client: TestClient, params: dict[str, str], total: int) -> None:
    response = client.get("/api/v1/search", params=params)
    assert response.status_code == 200, response.text
    assert response.json()["total"] == total


def test_facets(client: TestClient) -> None:
    data = client.get("/api/v1/search/facets", params={"q": "hội nghị"}).json()
    assert {"outlets", "places", "years", "bodies", "persons", "documents", "document_types"} <= set(data)
    assert ("Tiền Giang", 3) in [(f["name"], f["count"]) for f in data["places"]]


def test_article(client: TestClient) -> None:
    data = client.get(f"/api/v1/articles/{ARTICLE}").json()
    text = data["text"]
    assert data["record"]["persons"][0]["name"] == "Nguyễn Thanh Tùng"
    assert all(text[m["start"]:m["end"]] == m["text"] for m in data["mentions"])
    assert {m["kind"] for m in data["mentions"]} >= {"person", "organization", "document", "place"}


def test_person(client: TestClient, tung: int) -> None:
    data = client.get(f"/api/v1/persons/{tung}").json()
    assert [o["title"] for o in data["offices"]] == ["Ủy viên", "Trưởng ban", "Phó Bí thư Thường trực"]
    assert len(data["chaired"]) == 2 and data["resolutions"]
    articles = client.get(f"/api/v1/persons/{tung}/articles", params={"size": 1, "page": 2}).json()
    assert articles["items"][0]["id"] == "2023-03-16_tien-giang_so-ket-chi-thi"
    listed = client.get("/api/v1/persons", params={"name": "tung"}).json()["items"]
    assert [p["id"] for p in listed] == [tung]


def test_body(client: TestClient, db: Path) -> None:
    body = ids(db, "SELECT id FROM organizations WHERE name = 'Tỉnh ủy Tiền Giang'")
    data = client.get(f"/api/v1/bodies/{body}").json()
    assert {p["name"] for p in data["parts"]} >= {"Ban Thường vụ Tỉnh ủy Tiền Giang"}
    assert data["members"][0]["person"] == "Nguyễn Thanh Tùng" and data["events"]
    part = data["parts"][0]["id"]
    assert client.get(f"/api/v1/bodies/{part}").json()["parent"]["id"] == body
    assert client.get(f"/api/v1/bodies/{body}/articles").json()["items"]
    assert client.get("/api/v1/bodies", params={"size": 3}).json()["items"][0]["id"] == 1


def test_document(client: TestClient, db: Path) -> None:
    doc = ids(db, "SELECT id FROM documents WHERE symbol = '05-CT/TW'")
    data = client.get(f"/api/v1/documents/{doc}").json()
    assert data["n_citations"] == 1 and data["by_month"] == [{"name": "2023-03", "count": 1}]
    assert data["by_place"] == [{"name": "Tiền Giang", "count": 1}] and data["events"]
    assert client.get("/api/v1/documents", params={"q": "05-CT/TW"}).json()["items"][0]["id"] == doc


@pytest.mark.parametrize(("params", "names"), [
    ({"type": "Hội nghị", "place": "Tiền Giang", "since": "2024-06"},
     {"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 25"}),
    ({"person": "Nguyễn Thanh Tùng", "until": "2023"}, {"Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW"}),
    ({"body": "HĐND tỉnh Quảng Nam"}, {"Kỳ họp thứ 12 HĐND tỉnh Quảng Nam khóa X"}),
    ({"type": "Lễ kỷ niệm"}, set()),
])
def test_events(client: TestClient, params: dict[str, str], names: set[str]) -> None:
    items = client.get("/api/v1/events", params=params).json()["items"]
    assert {e["name"] for e in items} == names
    for e in items:
        assert client.get(f"/api/v1/events/{e['id']}").json()["name"] == e["name"]


def test_events_paged_in_a_stable_order(client: TestClient) -> None:
    everything = [e["id"] for e in client.get("/api/v1/events", params={"size": 100}).json()["items"]]
    paged = [e["id"] for n in range(1, len(everything) + 1)
             for e in client.get("/api/v1/events", params={"size": 1, "page": n}).json()["items"]]
    assert paged == everything and len(everything) >= 4


def test_places_and_stats(client: TestClient) -> None:
    places = client.get("/api/v1/places", params={"name": "tien giang"}).json()["items"]
    assert places and places[0]["name"] == "Tiền Giang"
    assert client.get(f"/api/v1/places/{places[0]['id']}/articles").json()["items"]
    stats = client.get("/api/v1/stats").json()
    assert {"name": "articles", "count": 5} in stats["tables"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("table", list(EXPORTS))
def test_exports(client: TestClient, table: str, fmt: str, db: Path) -> None:
    response = client.get(f"/api/v1/exports/{table}", params={"format": fmt})
    assert response.status_code == 200
    assert f'filename="{table}.{fmt}"' in response.headers["content-disposition"]
    columns = [c for c, _ in EXPORTS[table].columns]
    if fmt == "csv":
        assert next(csv.reader(io.StringIO(response.text))) == columns
    elif fmt == "jsonl":
        assert all(list(json.loads(line)) == columns for line in response.text.splitlines())
    else:
        assert pq.read_table(io.BytesIO(response.content)).column_names == columns
    assert client.get("/api/v1/exports").json()["formats"] == list(FORMATS)


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/search" in spec["paths"] and "/api/v1/persons/{person_id}" in spec["paths"]
    assert not any(method != "get" for ops in spec["paths"].values() for method in ops)  # nothing writes
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200 and "/api/v1/exports/{table}" in docs.text and "<script" not in docs.text
    assert client.get("/docs").status_code == 404  # FastAPI's own page loads script from elsewhere


# --- bad input: one line, a status that fits, never a 500 --------------------------------------


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/v1/search?q=%22unclosed", 400, "not closed"),
    ("/api/v1/search?q=OR", 400, "OR must stand"),
    ("/api/v1/search?q=only+NOT", 400, "NOT must be"),
    ("/api/v1/search?q=-x", 400, "at least one word"),
    ("/api/v1/search?q=!!!", 400, "nothing to search"),
    ("/api/v1/search?q=a*", 400, "two letters"),
    ("/api/v1/search?q=", 400, "q:"),
    ("/api/v1/search", 400, "q:"),
    ("/api/v1/search?q=hoi&since=yesterday", 400, "not a date"),
    ("/api/v1/search?q=hoi&until=2024-02-30", 400, "not a date"),
    ("/api/v1/search/facets?q=%22x", 400, "not closed"),
    ("/api/v1/events?since=2024-13", 400, "not a date"),
    ("/api/v1/search?q=hoi&page=-1", 400, "page:"),
    ("/api/v1/search?q=hoi&page=0", 400, "page:"),
    ("/api/v1/search?q=hoi&page=99999999999999999999", 400, "page:"),
    ("/api/v1/search?q=hoi&page=9999", 400, "too deep"),
    ("/api/v1/events?size=101", 400, "size:"),
    ("/api/v1/events?size=abc", 400, "size:"),
    ("/api/v1/persons/abc", 400, "person_id:"),
    ("/api/v1/persons/-3", 400, "person_id:"),
    ("/api/v1/persons/999999", 404, "no person 999999"),
    ("/api/v1/persons/999999/articles", 404, "no person"),
    ("/api/v1/bodies/999999", 404, "no body"),
    ("/api/v1/bodies/999999/articles", 404, "no body"),
    ("/api/v1/documents/999999", 404, "no document"),
    ("/api/v1/events/999999", 404, "no event"),
    ("/api/v1/places/999999/articles", 404, "no place"),
    ("/api/v1/articles/no-such-article", 404, "no article"),
    ("/api/v1/exports/secrets", 404, "no table 'secrets'"),
    ("/api/v1/exports/persons?format=xlsx", 400, "format:"),
    ("/api/v1/nothing-here", 404, "Not Found"),
])
def test_bad_api_input(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["status"] == status and words in error["message"] and "\n" not in error["message"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/api/v1/search?q=x", "/api/v1/persons/1", "/api/v1/exports/persons", "/",
                                 "/person/1"])
def test_no_write_endpoint(client: TestClient, method: str, url: str) -> None:
    assert getattr(client, method)(url).status_code == 405


def test_a_slow_request_is_stopped(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def endless(kb: KnowledgeBase, _id: int) -> None:
        kb.store.value("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")

    monkeypatch.setattr(serve_deps, "REQUEST_SECONDS", 0.2)
    monkeypatch.setattr(KnowledgeBase, "event_by_id", endless)
    response = client.get("/api/v1/events/1")
    assert response.status_code == 503 and "too long" in response.json()["error"]["message"]
    monkeypatch.undo()
    assert client.get("/api/v1/events/1").status_code == 200  # the connection serves the next request


def test_an_unexpected_error_is_logged_and_a_json_500(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("a defect")

    monkeypatch.setattr(KnowledgeBase, "stats", broken)
    with TestClient(create_app(db), raise_server_exceptions=False) as c, caplog.at_level(logging.ERROR):
        response = c.get("/api/v1/stats")
    assert response.status_code == 500 and response.json()["error"]["message"] == "internal error (logged)"
    assert "a defect" in caplog.text
    assert response.headers["content-security-policy"].startswith("default-src 'self'")


# --- read-only --------------------------------------------------------------------------------


def test_the_store_is_opened_read_only(db: Path) -> None:
    with KnowledgeBase(db, readonly=True) as kb, pytest.raises(sqlite3.OperationalError, match="readonly"):
        kb.store.execute("DELETE FROM articles")


def test_read_only_refuses_what_is_not_a_knowledge_base(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a diembao knowledge base"):
        create_app(other)
    with pytest.raises(StoreError, match="no knowledge base"):
        create_app(tmp_path / "missing.sqlite")


def test_reads_while_an_ingest_writes(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "live.sqlite"
    with KnowledgeBase(db, readonly=True) as source:
        source.store.execute(f"VACUUM INTO '{copy}'")
    with KnowledgeBase(copy) as writer, TestClient(create_app(copy)) as c:
        writer.store.begin()
        writer.store.execute("DELETE FROM event_chairs")
        assert c.get("/api/v1/events/1").json()["chairs"]  # the reader sees the last commit
        writer.store.commit()
        assert not c.get("/api/v1/events/1").json()["chairs"]


# --- pages ------------------------------------------------------------------------------------


def test_pages(client: TestClient, db: Path, tung: int) -> None:
    body = ids(db, "SELECT id FROM organizations WHERE name = 'Tỉnh ủy Tiền Giang'")
    doc = ids(db, "SELECT id FROM documents WHERE symbol = '05-CT/TW'")
    place = ids(db, "SELECT id FROM places WHERE name = 'Tiền Giang'")
    for url, words in [
        ("/", ["Nguyễn Thanh Tùng", "Tỉnh ủy Tiền Giang", "2023-03-16", "Sự kiện mới nhất"]),
        ("/search?q=nguyen+thanh+tung", ["<mark>Nguyễn Thanh Tùng</mark>", "bài báo khớp", "Địa phương"]),
        ("/search?q=h%E1%BB%99i+ngh%E1%BB%8B&place=Tiền+Giang", ["địa phương: Tiền Giang ×"]),
        ("/search", ["Nhập từ khóa"]),
        (f"/article/{ARTICLE}", ['class="ent ent-person" href="/person/', 'id="at-', "Phó Bí thư Thường trực"]),
        (f"/person/{tung}", ["<svg", "Phó Bí thư Thường trực · Tỉnh ủy Tiền Giang", "Bằng chứng hợp nhất"]),
        (f"/body/{body}", ["Ban Thường vụ Tỉnh ủy Tiền Giang", "<svg", "Nguyễn Thanh Tùng"]),
        (f"/document/{doc}", ['class="chart"', "Theo tỉnh, thành", "Tiền Giang"]),
        (f"/place/{place}", ["Tiền Giang"]),
        ("/event/1", ["Hội nghị"]),
        ("/events?month=2024-10", ["Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 25", "Thứ Hai", "2024-09"]),
        ("/events", ["Sự kiện · 2024-10"]),  # the month of the latest event
        ("/events?month=2024-10&type=Kỳ+họp", ["0 sự kiện trong tháng"]),
        ("/export", ["office_facts", "/api/v1/exports/persons?format=parquet"]),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html")
        for word in words:
            assert word in response.text, (url, word)


def test_pages_link_to_the_next_page(client: TestClient, tung: int) -> None:
    # Regression: the pager macro could not see the page's URL helper (a 500 on a full page).
    for url in [f"/person/{tung}?size=1", "/search?q=h%E1%BB%99i+ngh%E1%BB%8B&size=1", "/document/1?size=1"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert 'rel="next" href="/person/' in client.get(f"/person/{tung}?size=1").text
    second = client.get(f"/person/{tung}", params={"size": 1, "page": 2}).text
    assert 'rel="prev"' in second and "Trang 2" in second


def test_find_goes_to_the_one_entity(client: TestClient, tung: int) -> None:
    response = client.get("/find/person", params={"name": "Nguyễn Thanh Tùng"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/person/{tung}"
    assert client.get("/find/person", params={"name": "Không Có Ai"}).status_code == 404


@pytest.mark.parametrize(("url", "status"), [
    ("/search?q=%22unclosed", 400), ("/person/999999", 404), ("/person/abc", 400), ("/person/1?page=-1", 400),
    ("/document/1?page=999999", 400), ("/article/none", 404), ("/events?month=2024-13", 400),
    ("/events?month=0000-01", 400), ("/find/thing?name=x", 400), ("/nowhere", 404),
])
def test_bad_page_input(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html") and "<h1>" in response.text


def test_english(client: TestClient) -> None:
    response = client.get("/", params={"lang": "en"})
    assert "Latest events" in response.text and 'lang="en"' in response.text
    assert response.cookies.get("lang") == "en"
    assert "Latest events" in client.get("/").text  # kept in the cookie
    assert "Sự kiện mới nhất" in client.get("/", params={"lang": "vi"}).text
    client.cookies.clear()


class Markup(HTMLParser):
    """The elements and attributes a page really has (not what its text spells)."""

    def __init__(self, page: str):
        super().__init__()
        self.tags: set[str] = set()
        self.handlers: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


def test_hostile_text_is_shown_as_text(client: TestClient) -> None:
    pages = [client.get(f"/article/{HOSTILE_ID}"), client.get("/search", params={"q": "chuyen doi so"}),
             client.get("/search", params={"q": "script"}), client.get("/api/v1/docs"),
             client.get("/find/person", params={"name": "Trần Văn Khải"}), client.get("/events?month=2024-05")]
    for response in pages:
        assert response.status_code == 200
        for injection in INJECTIONS:
            assert injection not in response.text
        markup = Markup(response.text)
        assert not markup.tags & {"script", "img", "b", "iframe"} and not markup.handlers
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0].text
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages[0].text
    assert "<svg" not in pages[0].text  # the article page draws no chart: any svg would be injected


@pytest.mark.parametrize("url", ["/", "/person/1", "/api/v1/stats", "/api/v1/persons/0", "/static/style.css", "/x"])
def test_security_headers(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert headers["content-security-policy"] == serve_app.CSP
    assert "'unsafe-inline'" not in serve_app.CSP and "default-src 'self'" in serve_app.CSP
    assert headers["x-content-type-options"] == "nosniff"


def test_no_inline_script_or_style_in_any_template() -> None:
    folder = Path(serve_app.__file__).parent / "templates"
    for template in folder.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "<script" not in text and "style=" not in text and "<style" not in text, template.name
        assert "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in text


def test_article_ids_with_slashes_and_marks(tmp_path: Path) -> None:
    from fixtures.kb.builders import article

    odd = "baomoi/2017 #1?x"
    with KnowledgeBase(tmp_path / "odd.sqlite", create=True) as kb:
        kb.add_articles([article(odd, "Tiền Giang họp", "Sáng 12-5, UBND tỉnh họp.", persons=[])])
    with TestClient(create_app(tmp_path / "odd.sqlite")) as c:
        hits = c.get("/search", params={"q": "tien giang"}).text
        assert 'href="/article/baomoi/2017%20%231%3Fx"' in hits
        assert c.get("/article/baomoi/2017%20%231%3Fx").status_code == 200
        assert c.get("/api/v1/articles/baomoi/2017%20%231%3Fx").json()["article"]["id"] == odd


@pytest.mark.parametrize("make", ["missing", "empty", "other"])
def test_serve_refuses_a_file_it_cannot_serve(tmp_path: Path, make: str) -> None:
    from typer.testing import CliRunner

    from diembao.cli import app

    path = tmp_path / "kb.sqlite"
    if make == "empty":
        path.write_bytes(b"")
    elif make == "other":
        path.write_text("not a database at all " * 100)
    result = CliRunner().invoke(app, ["serve", "--db", str(path), "--port", "0"])
    assert result.exit_code == 1
    assert result.stderr.startswith("diembao: ") and len(result.stderr.strip().splitlines()) == 1


def test_workers_default_and_factory(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--workers`: the default is one process per core (1..4), and each worker process builds
    its app from the file named in the environment."""
    from diembao.serve import cli as serve_cli

    assert 1 <= serve_cli.default_workers() <= 4
    monkeypatch.setenv(serve_app.DB_VARIABLE, str(db))
    with TestClient(serve_app.from_environment()) as worker:
        assert worker.get("/api/v1/stats").status_code == 200


def test_the_search_page_says_more_than_when_its_count_stops(client: TestClient,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from diembao.kb import api as kb_api

    exact = client.get("/api/v1/search", params={"q": "nguyen thanh tung"}).json()["total"]
    assert exact == 2
    monkeypatch.setattr(kb_api, "PAGE_COUNT_CAP", 1)
    assert "Hơn 1 bài báo khớp" in client.get("/search", params={"q": "nguyen thanh tung"}).text
    assert "More than 1 articles match" in client.get("/search", params={"q": "nguyen thanh tung", "lang": "en"}).text
    # the API counts them all
    assert client.get("/api/v1/search", params={"q": "nguyen thanh tung"}).json()["total"] == exact


def test_each_process_works_on_one_request_at_a_time(client: TestClient) -> None:
    import anyio.to_thread

    threads = client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)
    assert threads == serve_deps.REQUEST_THREADS == 1


@pytest.mark.parametrize(("query", "changes"), [
    ("q=h%E1%BB%99i+ngh%E1%BB%8B&page=3&lang=en", {"outlet": "Báo Ấp Bắc"}),
    ("q=a%26b&outlet=X&since=2021", {"outlet": None}),
    ("q=a&outlet=X", {"outlet": "Y Z", "until": "2022"}),
    ("", {}),
    ("page=2", {"page": "3"}),
])
def test_links_keep_the_pages_parameters(query: str, changes: dict[str, str | None]) -> None:
    from urllib.parse import urlencode

    from starlette.requests import Request

    from diembao.serve.pages import url_with

    request = Request({"type": "http", "path": "/search", "query_string": query.encode(), "headers": [],
                       "root_path": ""})
    params = {k: v for k, v in request.query_params.items() if k not in ("page", "lang")}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    assert url_with(request, **changes) == "/search" + ("?" + urlencode(params) if params else "")
