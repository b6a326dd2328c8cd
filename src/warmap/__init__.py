"""warmap: evidence-backed conflict events (ACLED taxonomy) from raw news reports.

>>> import warmap
>>> events = warmap.extract("On Saturday, ISIS captured al-Qaim.", published="2014-06-23")
>>> events[0].actor1.actor.id
'isis'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from warmap.errors import GoldError, InputError, ResolutionError, StoreError, WarmapError
from warmap.records import (
    Actor,
    ActorMention,
    Article,
    ControlClaim,
    DateWindow,
    Event,
    Evidence,
    Place,
    PlaceMention,
    Relation,
    Skipped,
    Source,
)

if TYPE_CHECKING:
    from warmap.pipeline import extract, ingest
    from warmap.store import Store

__all__ = [
    "extract", "ingest", "Store",
    "Article", "Skipped", "Event", "Source", "Evidence", "DateWindow", "Place", "PlaceMention",
    "Actor", "ActorMention", "ControlClaim", "Relation",
    "WarmapError", "InputError", "StoreError", "GoldError", "ResolutionError",
]


def __getattr__(name: str) -> Any:
    """Load the heavy parts (spaCy, DuckDB) only when they are used."""
    if name in ("extract", "ingest"):
        from warmap import pipeline

        return getattr(pipeline, name)
    if name == "Store":
        from warmap.store import Store

        return Store
    raise AttributeError(f"module 'warmap' has no attribute {name!r}")
