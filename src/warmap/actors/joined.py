"""A country's forces named only by its demonym, joined to another force: "Afghan and NATO forces
retook the town" are the Afghan army and NATO's. ACLED codes the joint operation with the home army
as the side that acted and the foreign force beside it; without this, "NATO forces" alone would be
the actor, and its capture a foreign actor's."""

from __future__ import annotations

import re
from collections.abc import Callable

from warmap.places.context import DEMONYMS
from warmap.records import Actor, ActorMention

__all__ = ["with_joined_forces"]

_DEMONYM_AND = re.compile(r"\b([A-Z][a-z]+)\s+and\s+$")
_FORCES_END = re.compile(r"\b(?:forces|troops|soldiers|army|units)$", re.I)
_ARMED_TYPES = frozenset({"state forces", "external/other forces"})


def with_joined_forces(text: str, mentions: list[ActorMention], resolve: Callable[..., Actor | None],
                       country: str | None) -> list[ActorMention]:
    """``mentions`` with the demonym of the story's ``country`` before "and <another force>" ("Afghan
    and NATO forces", "Malian and French troops") read as its army (``resolve("army", country=...)``).
    Not a foreign demonym: "Rwandan and Mozambican forces" in Mozambique are Mozambique's, named."""
    out: list[ActorMention] = []
    for m in mentions:
        joined = _DEMONYM_AND.search(text, max(0, m.start - 30), m.start) \
            if m.actor.type in _ARMED_TYPES and _FORCES_END.search(m.mention) else None
        cc = DEMONYMS.get(joined.group(1).lower()) if joined is not None else None
        army = resolve("army", country=cc) if cc is not None and cc == country and cc != m.actor.country else None
        if army is not None and army.type == "state forces" and (not out or out[-1].end <= joined.start(1)):
            out.append(ActorMention(army, joined.group(1), joined.start(1), joined.end(1), generic=True))
        out.append(m)
    return out
