"""Engines: where ``warmap ingest`` runs the analysis of its articles.

An engine is a context manager that yields a *mapper*: ``mapper(fn, chunks)`` calls
``fn`` on every chunk (a list of articles) somewhere, and yields the results **in the
order of the chunks**. The pipeline reads the inputs, checks which articles the store
already holds, hands the rest to the mapper chunk by chunk, and writes the results
itself, in input order, one transaction per batch: so every engine gives the store that
one process gives. ``fn`` is a module-level function (it is pickled by name), and it never
raises (``pipeline.analyse_chunk`` turns one article's failure into that article's skip).

Two engines ship: ``local`` (this process, or ``jobs`` processes of a process pool) and
``ray`` (actors on a Ray cluster, each loading the models once). Another engine (Dask,
Spark) is one module with an ``open_mapper(jobs, address)`` context manager, named in
``ENGINES``.

>>> with open_engine("local") as mapper:
...     list(mapper(len, [[1, 2], [3]]))
[2, 1]
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from warmap.errors import WarmapError

__all__ = ["ENGINES", "EngineError", "Mapper", "open_engine"]

#: ``mapper(fn, chunks)``: ``fn(chunk)`` for every chunk, results in the chunks' order.
Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]

#: Engine name -> the module (under ``warmap.engines``) that runs it.
ENGINES = {"local": "local", "ray": "ray"}


class EngineError(WarmapError):
    """An engine cannot run: not installed, no cluster at the address given."""

    exit_code = 2


def open_engine(name: str = "local", *, jobs: int | None = None, address: str | None = None
                ) -> AbstractContextManager[Mapper]:
    """The mapper of engine ``name``, as a context manager that frees its workers on exit.

    ``jobs``: workers (``None``: one for ``local``; for ``ray``, the machine's cores or,
    with ``address``, the cluster's). ``address``: a running cluster to join (``ray`` only).
    """
    if name not in ENGINES:
        raise EngineError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}")
    module = importlib.import_module(f"warmap.engines.{ENGINES[name]}")
    return module.open_mapper(jobs=jobs, address=address)
