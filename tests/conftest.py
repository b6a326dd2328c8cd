"""Fixtures shared by the whole suite; the records they build come from ``helpers``."""

import pytest

from both_stores import STORE_KINDS, store_location
from helpers import sample_article


@pytest.fixture
def article():
    return sample_article()


# -- PostgreSQL (store/postgres.py) ---------------------------------------------------------
# WARMAP_TEST_PG names a database that a role allowed to create databases (and the postgis
# extension) can reach, e.g. postgresql:///postgres; .ci/run sets it. Each test gets a
# database of its own, dropped afterwards. Without it the PostgreSQL tests skip.

def _fresh_pg_database():
    import os
    import uuid

    admin = os.environ.get("WARMAP_TEST_PG")
    if not admin:
        pytest.skip("WARMAP_TEST_PG is not set: no PostgreSQL to test against (.ci/run starts one)")
    import psycopg

    name = f"warmap_test_{uuid.uuid4().hex[:12]}"
    base, _, query = admin.partition("?")
    url = base[: base.rindex("/") + 1] + name + (f"?{query}" if query else "")
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    try:
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url():
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    yield from _fresh_pg_database()


@pytest.fixture(scope="module")
def pg_module_url():
    """As ``pg_url``, shared by one test module."""
    yield from _fresh_pg_database()


# -- the CLI suite on both stores (issue 11) ------------------------------------------------
# A CLI test that takes ``db`` (a module's ingested store) or ``empty_db`` (a new, empty one)
# runs once on DuckDB and once on PostgreSQL. A test about files rather than stores says so
# with ``@pytest.mark.duckdb_only("reason")``, and then runs on DuckDB only.

def pytest_configure(config):
    config.addinivalue_line("markers", "duckdb_only(reason): a CLI test run on DuckDB only (why: reason)")


@pytest.hookimpl(tryfirst=True)  # before pytest reads the parametrize marks and the fixtures' params
def pytest_generate_tests(metafunc):
    mark = metafunc.definition.get_closest_marker("duckdb_only")
    if mark is None:
        return
    assert mark.args and mark.args[0].strip(), f"{metafunc.definition.name}: duckdb_only needs its reason"
    for name in ("db", "empty_db"):
        if name in metafunc.fixturenames:
            metafunc.definition.add_marker(pytest.mark.parametrize(name, ["duckdb"], indirect=True))


@pytest.fixture(params=STORE_KINDS)
def empty_db(request, tmp_path):
    """The ``--db`` of a new, empty store: a DuckDB file, and (a second run) a PostgreSQL database."""
    return store_location(request, request.param, tmp_path)
