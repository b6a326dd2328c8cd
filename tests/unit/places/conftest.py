"""The gazetteer, loaded once per test session (compiled into the cache on first use)."""

from __future__ import annotations

import pytest

from warmap.places import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load_gazetteer()
