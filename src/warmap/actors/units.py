"""State military units named by their designation rather than by an alias.

Reports name units the dictionary cannot list one by one: a nation and a numbered unit
("the Jordanian 71st Counter Terrorism Battalion", "Iraq's 16th Division"), a state's forces
in the possessive ("the UK's brave Armed Forces"), a unit type only the US military uses
("the 158th Fighter Wing", "the Vermont Air National Guard"), or, in an article about Syria
or Iraq, a bare numbered formation ("the 17th Division", "Brigade 93"). Each resolves to the
state's military actor (the sub-unit is not an actor of its own).

>>> from warmap.actors import load_actors
>>> [(m.mention, m.actor.id) for m in load_actors().find("The 407th Air Expeditionary Group flew.")]
[('The 407th Air Expeditionary Group', 'us_military')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .state_forces import country_names, military_id, read_demonyms

__all__ = ["UnitMatch", "find_units", "resolve_unit"]

_ORDINAL = r"\d+(?:st|nd|rd|th)"
_THE = r"(?:\b(?i:the)\s+)?"
_FORMATION = r"(?:Battalion|Brigade|Division|Regiment|Corps|Squadron|Fleet|Wing|Group|Command|Task Force)s?"
_FORCES = (r"(?i:armed forces|army|military|forces|troops|soldiers|navy|naval forces|air force|special forces|"
           r"intelligence|intelligence services|security forces)")
# Unit types of the US Army, Air Force and Marine Corps, which no other force in these wars uses.
_US_TYPES = (r"(?:Expeditionary\s+)?(?:Fighter\s+Squadron|Fighter\s+Wing|Air\s+Expeditionary\s+(?:Group|Wing)|"
             r"Air\s+Refu?el(?:l)?ing\s+(?:Wing|Squadron)|Special\s+Forces\s+Group|Field\s+Artillery\s+(?:Regiment|Brigade)|"
             r"Marine\s+Expeditionary\s+(?:Unit|Brigade|Force)|Airborne\s+Division|Bomb\s+Wing|Air\s+Support\s+Operations\s+Squadron)")
_US_ABBREVIATIONS = r"(?:ARW|AEG|AEW|EFS|SFG|MEU|ABCT|IBCT|SBCT)"
_US_AIR = re.compile(r"(?:(?:[A-Z][a-z]+\s+){1,2}Air\s+National\s+Guard|Air\s+National\s+Guard|Air\s+Force\s+Reserve(?:\s+Command)?|"
                     r"Air\s+Reserve\s+Component|ANG\s+Airmen)\b")
# the full names stand alone ("the Special Forces Group"); the abbreviations only with their number
_US_UNIT = re.compile(rf"(?:(?:{_ORDINAL}\s+)?{_US_TYPES}|{_ORDINAL}\s+{_US_ABBREVIATIONS})\b")
_BARE = re.compile(rf"(?:{_ORDINAL}\s+(?:(?:Armou?red|Mechani[sz]ed|Infantry|Commando|Special\s+Forces|Airborne|Artillery)\s+)?"
                   rf"(?:Division|Brigade|Regiment|Corps)|(?:Division|Brigade|Regiment|Firqa|Liwa)\s+\d{{1,3}})\b")


@functools.lru_cache(maxsize=1)
def _nations() -> tuple[re.Pattern[str], dict[str, str]]:
    """A nation's numbered unit (read around each ordinal), and demonym or country -> military id."""
    own: dict[str, str] = {name: military_id(cc) for name, cc in country_names().items()}  # "Nigeria's army"
    for cc, words in read_demonyms().items():
        for w in words:
            own[w.removesuffix("'s")] = military_id(cc)
    names = "|".join(re.escape(w) for w in sorted(own, key=len, reverse=True))
    numbered = re.compile(rf"{_THE}\b(?P<nation>{names})(?:['’]s)?\s+(?:(?:[A-Z][\w-]*|(?i:army|military)['’]s)\s+){{0,2}}"
                          rf"{_ORDINAL}\s+(?:[A-Z][\w-]*\s+){{0,3}}{_FORMATION}\b")
    return numbered, own


_BARE_WORDS = ("Division", "Brigade", "Regiment", "Corps", "Firqa", "Liwa")
_US_WORDS = ("Fighter", "Expeditionary", "Refu", "Special Forces Group", "Artillery", "Airborne", "Bomb Wing", "Air Support")
_ORDINAL_RE = re.compile(rf"{_ORDINAL}\b")
_POSSESSIVE = re.compile(rf"['’]s\s+(?:(?i:brave|own|elite|regular|special)\s+)?{_FORCES}\b")
_OWNER = re.compile(r"(?:\b(?i:the)\s+)?\b(?P<nation>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$")


class UnitMatch(tuple):
    """``(start, end, actor id)`` of a unit named in the text."""

    __slots__ = ()

    def __new__(cls, start: int, end: int, actor: str) -> UnitMatch:
        return super().__new__(cls, (start, end, actor))


def find_units(text: str, country: str | None = None) -> Iterator[UnitMatch]:
    """Every unit named by designation in ``text``; bare numbered formations only when ``country`` is SY or IQ."""
    numbered, own = _nations()
    ordinals = [o for o in _ORDINAL_RE.finditer(text) if o.start() == 0 or not text[o.start() - 1].isalnum()]
    for o in ordinals:
        lo = max(0, o.start() - 50)
        for m in numbered.finditer(text, lo, min(len(text), o.end() + 60)):
            if m.start() <= o.start() < m.end():
                yield UnitMatch(m.start(), m.end(), own[m.group("nation")])
    for p in _POSSESSIVE.finditer(text):
        m = _OWNER.search(text, max(0, p.start() - 40), p.start())
        if m is not None and m.group("nation") in own:
            yield UnitMatch(m.start(), p.end(), own[m.group("nation")])
    # the patterns below try every position; a quick look for their key words first
    # each pattern starts with a word of its own (the engine skips ahead to it), and runs
    # only when that word is in the text; "the" before a match is taken in afterwards
    if ordinals or any(w in text for w in _US_WORDS):
        for m in _US_UNIT.finditer(text):
            yield from filter(None, [_with_the(text, m, "us_military")])
    if "Air " in text or "ANG " in text:
        for m in _US_AIR.finditer(text):
            yield from filter(None, [_with_the(text, m, "us_air_force")])
    if country in ("SY", "IQ") and any(w in text for w in _BARE_WORDS):
        for m in _BARE.finditer(text):
            yield from filter(None, [_with_the(text, m, military_id(country))])


def _with_the(text: str, m: re.Match[str], actor: str) -> UnitMatch | None:
    """The match, taking in a "the" before it; None when it starts inside a word."""
    if m.start() > 0 and text[m.start() - 1].isalnum():
        return None
    start = m.start()
    before = text[max(0, start - 4):start]
    if before.lower() == "the " and (start == 4 or not text[start - 5].isalnum()):
        start -= 4
    return UnitMatch(start, m.end(), actor)


def resolve_unit(name: str, country: str | None = None) -> str | None:
    """The military a whole name designates as a unit ("the 134th Expeditionary Fighter Squadron"), or None."""
    text = name.strip()
    for start, end, actor in find_units(text, country):
        if start == 0 and end == len(text):
            return actor
    return None
