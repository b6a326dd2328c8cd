"""An app over the sample store, and a synchronous ``get`` that drives it through
httpx's ASGI transport (no server, no network)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from sample_store import build_store  # noqa: E402

from warmap.api import create_app  # noqa: E402

Get = Callable[..., httpx.Response]


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("api") / "sample.duckdb")
    build_store(path)
    return path


@pytest.fixture(scope="session")
def get(sample_db: str) -> Get:
    app = create_app(sample_db)

    async def fetch(url: str, **kw: object) -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.get(url, **kw)

    return lambda url, **kw: asyncio.run(fetch(url, **kw))
