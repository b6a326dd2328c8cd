"""ACLED's event hierarchy, exactly as the codebook spells it.

``PRECEDENCE`` ranks the sub-event types: when one sentence supports two readings of the
same event, the one ranked first wins (an air strike during a ground battle is a Battle; a
civilian abducted and then killed is an Attack; a protest turned violent is a riot).
"""

from __future__ import annotations

__all__ = ["EVENT_TYPES", "SUB_EVENT_TYPES", "DISORDER_TYPE", "PRECEDENCE", "TYPE_RANK", "check"]

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Excessive force against protesters",
        "Protest with intervention",
        "Peaceful protest",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

SUB_EVENT_TYPES: dict[str, str] = {
    sub: event for event, subs in EVENT_TYPES.items() for sub in subs
}

DISORDER_TYPE: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

#: Rank of each sub-event type: lower wins when two readings compete. ACLED's order, except
#: that a riot outranks a protest: a demonstration whose people turn violent ("protesters
#: torched cars") is a Violent demonstration, and force against rioters is part of the riot.
_PRECEDENCE_ORDER = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests",
                     "Strategic developments")
TYPE_RANK: dict[str, int] = {t: rank for rank, t in enumerate(_PRECEDENCE_ORDER)}
PRECEDENCE: dict[str, int] = {
    sub: rank for rank, sub in enumerate(sub for t in _PRECEDENCE_ORDER for sub in EVENT_TYPES[t])
}


def check(event_type: str, sub_event_type: str) -> None:
    """Raise ValueError unless the pair is one of ACLED's."""
    if SUB_EVENT_TYPES.get(sub_event_type) != event_type:
        raise ValueError(
            f"{event_type!r} / {sub_event_type!r} is not an ACLED event type pair;"
            " see warmap.events.ontology.EVENT_TYPES"
        )
