"""The two stores a CLI test runs on (issue 11): a DuckDB file and a PostgreSQL database.

A test takes ``empty_db`` (tests/conftest.py), or builds its fixture with ``store_location``
and ``STORE_KINDS`` as params; ``@pytest.mark.duckdb_only("reason")`` keeps one on DuckDB.
(Here rather than in conftest.py, which is no importable module name once several exist.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

#: The stores a CLI test runs on; the PostgreSQL one skips without WARMAP_TEST_PG.
STORE_KINDS = ("duckdb", "postgresql")


def store_location(request: pytest.FixtureRequest, kind: str, folder: Path, *, module: bool = False) -> str:
    """The ``--db`` of a new, empty store of ``kind``: a DuckDB file in ``folder``, or a
    PostgreSQL database of its own (``pg_url``; ``pg_module_url`` when ``module``)."""
    if kind == "duckdb":
        return str(folder / "w.duckdb")
    return request.getfixturevalue("pg_module_url" if module else "pg_url")
