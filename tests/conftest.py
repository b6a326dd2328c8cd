"""Fixtures shared by the whole suite; the records they build come from ``helpers``."""

import pytest

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
