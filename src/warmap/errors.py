"""One exception tree for warmap; every message says what was wrong and what to do."""

from __future__ import annotations

__all__ = ["WarmapError", "InputError", "StoreError", "GoldError", "ResolutionError"]


class WarmapError(Exception):
    """Base of every error warmap raises on purpose."""

    exit_code = 1


class InputError(WarmapError):
    """An input file or text could not be read as an article."""

    exit_code = 2


class StoreError(WarmapError):
    """The DuckDB store could not be opened, read or written."""

    exit_code = 3


class GoldError(WarmapError):
    """A gold annotation file is malformed."""

    exit_code = 4


class ResolutionError(WarmapError):
    """A place or actor name could not be looked up (missing data files)."""

    exit_code = 5
