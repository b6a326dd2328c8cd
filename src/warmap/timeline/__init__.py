"""Across reports: control of places over time, relations between actors, merged events.

>>> from warmap.timeline import control_at, find_control_claims, merge_events
"""

from warmap.timeline.claims import find_control_claims
from warmap.timeline.control import (
    ControlAnswer,
    ControlInterval,
    claims_for,
    control_at,
    control_timeline,
    interval_to_dict,
    place_key,
)
from warmap.timeline.merge import merge_events, same_event
from warmap.timeline.network import relations_at, to_graphml, to_json
from warmap.timeline.relations import find_relations

__all__ = [
    "find_control_claims",
    "find_relations",
    "control_timeline",
    "control_at",
    "claims_for",
    "ControlInterval",
    "ControlAnswer",
    "interval_to_dict",
    "place_key",
    "merge_events",
    "same_event",
    "relations_at",
    "to_json",
    "to_graphml",
]
