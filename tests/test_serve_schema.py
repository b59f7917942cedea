"""schemathesis against the API's own OpenAPI description, in-process over the ASGI app: requests
generated for every operation, valid and invalid ones (bounded: a few per operation), and never a
server error; every error is the API's JSON error."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures.serve.kb import build

schemathesis = pytest.importorskip("schemathesis")
EXAMPLES_PER_OPERATION = 4


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from diembao.serve import create_app

    return create_app(build(tmp_path_factory.mktemp("schema") / "kb.sqlite"))


def operations(app: Any) -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_server_error(app: Any, mode: str) -> None:
    found = operations(app)
    assert len(found) >= 15
    generation = schemathesis.GenerationMode(mode)
    strategy = st.one_of([op.as_strategy(generation) for op in found])
    seen: set[str] = set()

    @settings(max_examples=EXAMPLES_PER_OPERATION * len(found), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def check(case: Any) -> None:
        seen.add(case.operation.label)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            response = case.call()
        assert response.status_code < 500, (case.as_curl_command(), response.text)
        if response.status_code >= 400 and response.headers.get("content-type", [""])[0].startswith("application/json"):
            error = response.json()["error"]
            assert error["status"] == response.status_code and error["message"]

    check()
    assert len(seen) >= len(found) // 2  # the examples spread over the operations


def test_the_schema_describes_only_reads(tmp_path: Path) -> None:
    from diembao.serve import create_app

    spec = create_app(build(tmp_path / "kb.sqlite")).openapi()
    assert spec["openapi"].startswith("3.")
    assert {method for ops in spec["paths"].values() for method in ops} == {"get"}


PAGES = ["/search?q={t}&place={t}&since={t}", "/search?q={t}&person={t}&page={n}", "/article/{t}", "/person/{t}",
         "/body/{n}?page={n}", "/document/{t}?size={n}", "/place/{n}", "/event/{t}", "/events?month={t}&type={t}",
         "/events?place={t}&body={t}", "/find/person?name={t}", "/find/{t}?name={t}", "/?lang={t}"]


def test_pages_never_fail_on_any_text(app: Any) -> None:
    from urllib.parse import quote

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    client = TestClient(app, raise_server_exceptions=False)

    @settings(max_examples=3 * len(PAGES), deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(PAGES), st.text(max_size=30), st.integers(-5, 10**12))
    def check(template: str, text: str, number: int) -> None:
        response = client.get(template.format(t=quote(text, safe=""), n=number), follow_redirects=False)
        assert response.status_code < 500, (template, text, number, response.text[:300])

    check()
