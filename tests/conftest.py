"""Fixtures shared by the whole suite; the records they build come from ``helpers``."""

import pytest

from helpers import sample_article


@pytest.fixture
def article():
    return sample_article()
