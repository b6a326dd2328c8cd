"""One exception tree for warmap; every message says what was wrong and what to do."""

from __future__ import annotations

__all__ = ["WarmapError", "InputError", "StoreError", "GoldError", "ResolutionError", "OutputError"]


class WarmapError(Exception):
    """Base of every error warmap raises on purpose.

    Exit statuses (``warmap.cli.main`` maps them): 0 all done; 1 some inputs skipped
    (``ingest``, ``reanalyse``) or nothing found (``place``, ``actor``); 2 and above errors,
    one per subclass below; 70 an unexpected error (a bug); 130 interrupted.
    """

    exit_code = 2


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


class OutputError(WarmapError):
    """An output file was refused (it names the store, a folder, a device, ...) or could not be written."""

    exit_code = 6
