"""What the actor dictionary knows about one actor beyond ``records.Actor``.

``Actor`` is what crosses stages; ``ActorEntry`` keeps the curated extras (aliases,
renames, coalition memberships, tags) that only resolution and ``affiliations`` need.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from warmap.records import Actor

__all__ = ["Rename", "Membership", "ActorEntry", "Affiliation"]


@dataclass(frozen=True)
class Rename:
    """A change of name on ``date``: to/from another id, or a new name for the same id."""

    date: dt.date
    id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Membership:
    """Membership of a coalition or umbrella (``id``) between ``since`` and ``until`` (inclusive)."""

    id: str
    since: dt.date | None = None
    until: dt.date | None = None

    def valid_at(self, at: dt.date | None) -> bool:
        """True when ``at`` is None or falls inside the membership."""
        if at is None:
            return True
        return (self.since is None or self.since <= at) and (self.until is None or at <= self.until)


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the dictionary with its curated data."""

    actor: Actor
    aliases: tuple[str, ...] = ()
    tags: frozenset[str] = frozenset()
    renamed_from: tuple[Rename, ...] = ()
    renamed_to: tuple[Rename, ...] = ()
    member_of: tuple[Membership, ...] = ()
    notes: str = ""
    source: str = "actors.toml"


@dataclass(frozen=True)
class Affiliation:
    """One link of an actor: ``parent``, ``renamed_from``, ``renamed_to``, ``member_of`` or ``has_member``.

    >>> str(Affiliation("member_of", "islamic_front", "Islamic Front", dt.date(2013, 11, 22)))
    'member of Islamic Front (islamic_front) since 2013-11-22'
    """

    kind: str
    actor_id: str | None
    name: str
    since: dt.date | None = None
    until: dt.date | None = None
    date: dt.date | None = field(default=None)

    def __str__(self) -> str:
        who = f"{self.name} ({self.actor_id})" if self.actor_id else self.name
        text = f"{self.kind.replace('_', ' ')} {who}"
        if self.date:
            text += f" on {self.date.isoformat()}"
        if self.since:
            text += f" since {self.since.isoformat()}"
        if self.until:
            text += f" until {self.until.isoformat()}"
        return text
