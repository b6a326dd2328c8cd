"""A store file holding the review corpus (``corpus.py``): a strike and a capture told twice."""

import pytest

from unit.review.corpus import _corpus
from warmap.store import Store


@pytest.fixture
def review_db(tmp_path):
    """(store path, strike, capture_a, capture_b)."""
    path = tmp_path / "w.duckdb"
    a, b, strike, capture_a, capture_b = _corpus()
    with Store(path) as s:
        s.write_batch([a, b], [strike, capture_a, capture_b])
    return path, strike, capture_a, capture_b
