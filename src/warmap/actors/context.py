"""Resolving generic references ("the regime", "the group", "warplanes") from their context.

The context is the article's country and the actors named before the phrase. Each
generic rule lists strategies in order (see ``data/generics.toml``); when none applies
the phrase is dropped, since no actor is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from warmap.records import Actor

from .entries import ActorEntry
from .loader import GenericRule
from .state_forces import country_actor_id

__all__ = ["Context"]

_ARMED_TYPES = frozenset({"rebel group", "political militia", "identity militia"})
#: How far into a text (characters) the side that speaks is named: its heading and first lines.
_SPEAKER_WITHIN = 400


#: A role's actor when the text names no place at all ("soldiers" in a brief).
NO_COUNTRY_ROLES = {"army": "military_forces", "air": "military_forces", "police": "police_forces",
                    "civilians": "civilians", "protesters": "protesters", "rioters": "rioters",
                    "communal": "unidentified_communal_militia"}


#: Roles that fall back on another role's generic actor where the country lists none.
_GENERIC_ROLE = {"air": "army", "tribal": "communal", "regime": "army", "regime_air": "army"}


class Context:
    """The running state of one text: what was named so far, and where."""

    def __init__(self, entries: Mapping[str, ActorEntry], roles: Mapping[str, Mapping[str, str]],
                 infer_from: frozenset[str], country: str | None, placeless: bool = False) -> None:
        self._entries = entries
        self._placeless = placeless
        self._roles = roles
        self._infer_from = infer_from
        self._country = country.upper() if country else None
        self._history: list[tuple[int, Actor]] = []

    def note(self, end: int, actor: Actor) -> None:
        """Record an actor named (or resolved) ending at ``end``."""
        self._history.append((end, actor))

    def country(self) -> str | None:
        """The caller's country, else that of the last Syrian/Iraqi actor named (cross-border ones last)."""
        if self._country:
            return self._country
        fallback = None
        for _, a in reversed(self._history):
            if a.country not in self._infer_from:
                continue
            e = self._entries.get(a.id)
            if not (e and "cross_border" in e.tags):
                return a.country
            fallback = fallback or a.country  # ISIS alone still says Syria-or-Iraq better than nothing
        return fallback

    def resolve(self, rule: GenericRule, start: int) -> Actor | None:
        """The actor a generic phrase starting at ``start`` refers to, or None."""
        for strategy in rule.strategies:
            kind, _, arg = strategy.partition(":")
            found: Actor | None = None
            if kind == "actor":
                found = self._actor(arg)
            elif kind == "role":
                found = self.role(arg)
            elif kind == "nocountry":
                found = self._actor(arg) if self.country() is None else None
            elif kind == "recent":
                what, _, window = arg.partition("@")
                found = self._recent(self._predicate(what), start - int(window) if window else -1)
            elif kind == "speaker":
                found = self.speaker()
            elif kind == "foe":
                found = self._foe(start - int(arg) if arg else -1)
            if found is not None:
                return found
        return None

    def _actor(self, ident: str) -> Actor | None:
        e = self._entries.get(ident)
        return e.actor if e else None

    def role(self, role: str) -> Actor | None:
        """The article country's actor for ``role`` (``[roles.CC]``, else ACLED's generic one), or None."""
        cc = self.country()
        if cc is None:
            # a text that names no place at all: ACLED's generic actor of the role, country unknown
            ident = NO_COUNTRY_ROLES.get(role) if self._placeless else None
            return self._actor(ident) if ident else None
        ident = self._roles.get(cc, {}).get(role)
        if ident is None:
            # ACLED's generic actors of any country; a state's aircraft and its "regime" are its
            # military, its tribesmen a communal militia
            ident = country_actor_id(_GENERIC_ROLE.get(role, role), cc)
        return self._actor(ident) if ident else None

    def speaker(self) -> Actor | None:
        """Whose statement the text is: the armed side or state force named first, in its
        heading or opening lines ("Syrian Democratic Forces - General Command", "Ministry of
        Defence of Azerbaijan ... the Azerbaijan Army"), whose "our forces" these are."""
        for end, a in self._history:
            if end > _SPEAKER_WITHIN:
                return None
            if (a.type in _ARMED_TYPES or a.type == "state forces") and not a.id.startswith("unidentified"):
                return a  # (unnamed gunmen put out no statements)
        return None

    def _foe(self, since: int) -> Actor | None:
        """The speaker's enemy: the side named last that is neither the speaker nor of its
        state ("the enemy attacked Kunduz" in an Afghan ministry's release: the Taliban)."""
        own = self.speaker()
        if own is None:
            return None
        for end, a in reversed(self._history):
            if end < since:
                return None
            if a.id == own.id or a.parent == own.id or own.parent == a.id or (
                    a.type == "state forces" and own.type == "state forces" and a.country == own.country):
                continue
            if a.type in _ARMED_TYPES or a.type == "state forces":
                return a
        return None

    def _recent(self, pred: Callable[[Actor], bool], since: int) -> Actor | None:
        for end, a in reversed(self._history):
            if end < since:
                return None
            if pred(a):
                return a
        return None

    def _predicate(self, what: str) -> Callable[[Actor], bool]:
        entries = self._entries

        def tags(a: Actor) -> frozenset[str]:
            e = entries.get(a.id)
            return e.tags if e else frozenset()

        if what == "armed":
            return lambda a: a.type in _ARMED_TYPES or "armed" in tags(a)
        if what == "militant":
            # "the militants", "insurgents": an armed side against the government, not the militias
            # that fight for it ("Shi'ite militias", the NDF, the PMF and its member groups)
            def militant(a: Actor) -> bool:
                e = entries.get(a.id)
                return (a.type in _ARMED_TYPES or "armed" in tags(a)) and "pro_government" not in tags(a) and not (
                    e and any("pro_government" in tags(entries[m.id].actor) for m in e.member_of if m.id in entries))
            return militant
        if what == "state":
            return lambda a: a.type == "state forces"
        return lambda a: what in tags(a)
