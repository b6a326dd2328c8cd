"""Across reports: control of places over time, relations between actors, merged events.

>>> from warmap.timeline import find_control_claims, find_relations
"""

from warmap.timeline.claims import find_control_claims
from warmap.timeline.relations import find_relations

__all__ = ["find_control_claims", "find_relations"]
