"""Plain, frozen records that cross warmap's stages.

Every stage takes and returns these, never nested dicts, so a reader can follow
what one stage hands to the next. Offsets are character offsets into
``Article.text`` (the cleaned text), the same text the export's ``sentence`` quotes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "Article",
    "RawInput",
    "Skipped",
    "Place",
    "PlaceMention",
    "Actor",
    "ActorMention",
    "DateWindow",
    "Source",
    "Evidence",
    "Event",
    "ControlClaim",
    "Relation",
    "ACTOR_TYPES",
]

#: ACLED's actor types (``inter`` codes 1-8) as the strings the export uses.
ACTOR_TYPES = {
    "state forces": 1,
    "rebel group": 2,
    "political militia": 3,
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}


@dataclass(frozen=True)
class RawInput:
    """What an article was cleaned from, as given to ``article_from_text`` (the text or
    HTML page and the metadata given with it): kept in the store, so ``warmap reanalyse``
    can clean and analyse it again with newer rules."""

    text: str
    html: bool = False
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Article:
    """One cleaned article, ready for analysis.

    ``doc_id`` is the SHA-256 of the cleaned text, so the same article read twice,
    from whatever path, is the same document. ``raw`` is the input it was cleaned from
    (the store knows a document by the hash of that input too).
    """

    doc_id: str
    source: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    url: str | None = None
    raw: RawInput | None = field(default=None, repr=False, compare=False)
    published_from: str | None = None  # where ``published`` came from: "given", "release line", ...


@dataclass(frozen=True)
class Skipped:
    """An input that was not read, with a one-line reason a user can act on."""

    source: str
    reason: str


@dataclass(frozen=True)
class Place:
    """A real place from the gazetteer.

    ``kind`` is ``"city"`` for populated places, ``"admin1"`` for provinces,
    ``"district"`` for second-level divisions (at their seat, coded at precision 2),
    ``"country"`` for countries and ``"region"`` for rivers, valleys, lakes,
    forests and mountains (a point inside them, coded at province precision).
    """

    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    geonames_id: int | None = None
    kind: str = "city"
    population: int = 0


@dataclass(frozen=True)
class PlaceMention:
    """A stretch of text that names a place.

    ``geo_precision`` follows ACLED: 1 the town itself or a feature inside it
    (bridge, airbase, neighbourhood), 2 near a town or a district, 3 a province.
    """

    place: Place
    mention: str
    start: int
    end: int
    geo_precision: int = 1
    score: float = 1.0


@dataclass(frozen=True)
class Actor:
    """A canonical actor from the actor dictionary."""

    id: str
    name: str
    type: str
    country: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class ActorMention:
    """A stretch of text that names (or refers to) an actor."""

    actor: Actor
    mention: str
    start: int
    end: int
    generic: bool = False


@dataclass(frozen=True)
class DateWindow:
    """The days the text supports for an event.

    ``precision`` is ``day``, ``week``, ``month`` or ``year``; ``date`` is the best
    single day inside ``[date_min, date_max]``.
    """

    date: dt.date
    date_min: dt.date
    date_max: dt.date
    precision: str = "day"
    mention: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Source:
    """One report of an event: the sentence that supports it and where it stands."""

    document: str
    doc_id: str
    title: str | None
    published: dt.date | None
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """The words, inside a source sentence, that gave one field its value."""

    field: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """One event in ACLED's taxonomy, with the evidence behind each field."""

    id: str
    event_type: str
    sub_event_type: str
    when: DateWindow
    actor1: ActorMention | None
    actor2: ActorMention | None
    location: PlaceMention | None
    fatalities: int | None
    confidence: float
    sources: tuple[Source, ...]
    evidence: tuple[Evidence, ...] = field(default=())


@dataclass(frozen=True)
class ControlClaim:
    """What one sentence says about who holds a place.

    ``kind`` is ``"capture"`` (the actor took the place during ``when``), ``"loss"``
    (the actor lost or left it) or ``"statement"`` (the actor held it during ``when``:
    "ISIS-controlled Raqa", "under the control of the regime since last spring").
    """

    place: PlaceMention
    actor: ActorMention
    when: DateWindow
    kind: str
    confidence: float
    source: Source


@dataclass(frozen=True)
class Relation:
    """A relation between two actors stated in one sentence.

    ``kind`` is one of ``pledge``, ``merger``, ``defection``, ``alliance``,
    ``agreement``, ``cooperation``, ``rivalry``; ``actor1`` is the side that acts
    (the one that pledges, defects, ...).
    """

    actor1: ActorMention
    actor2: ActorMention
    kind: str
    when: DateWindow
    confidence: float
    source: Source
