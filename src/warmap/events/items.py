"""The items of a sentence that lists several events, each with its own place or toll.

Monitors and wires pack a day into one sentence: "the deaths of 98 people on Monday:
41 civilians in air strikes on Hamouriyeh, 17 in shelling on Saqba and 18 fighters in
clashes near Harasta" is three events, each with its count; "two car bombs exploded,
one near a hospital on Palestine Street and the other in Sadr City" is two. ACLED codes
one event per place, with the toll said for that place (not the sentence's total).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warmap.events.first_chars import guarded
from warmap.events.vocabulary import alternation
from .fatalities import NUMBER, parse_number

__all__ = ["Item", "list_items"]


@dataclass(frozen=True)
class Item:
    start: int  # offsets into the sentence
    end: int
    count: int | None  # the people the item counts ("41 civilians"), if it opens with a count


_COUNT = NUMBER.pattern
# An item opens with a count of people: "41 civilians in", "of 18 people in", "six fighters near".
_OPENS = re.compile(rf"(?:of\s+)?(?:at\s+least\s+)?(?P<n>{_COUNT})\s+(?:[\w'-]+\s+){{0,3}}?"
                    r"(?:civilians?|people|persons|fighters?|soldiers?|members|militants|children|women|"
                    r"troops|policemen|rebels|jihadists|combatants|gunmen|militiamen|men)\b", re.I)
# where one item ends and the next begins, inside the part after the colon
_SEP = re.compile(r"\s*(?:,|;)\s*(?:and\s+)?|\s+and\s+")
# "one near X ... the other near Y", "one in X and another in Y"
_ONE = guarded(re.compile(r"\b(?:one|the\s+first)\s+(?:near|in|at|on|outside|inside)\b", re.I))
_OTHER = re.compile(r"\b(?:the\s+other|another|the\s+second|a\s+second)\s+(?:one\s+)?(?:near|in|at|on|outside|inside)\b", re.I)


_DEATHS_OF = re.compile(r"\b(?:deaths?\s+of|killing\s+of|bodies\s+of)\s+", re.I)


def _count(text: str, first: bool = False) -> int | None:
    m = _OPENS.match(text)
    if m is None and first:
        # the first item may be led in: "the Observatory counted the deaths of 11 fighters ..."
        lead = _DEATHS_OF.search(text)
        m = _OPENS.match(text, lead.end()) if lead else None
    return parse_number(m["n"]) if m else None


def _colon_items(sentence: str) -> list[Item]:
    colon = sentence.find(":")
    if colon < 0:
        return []
    tail_start = colon + 1
    tail = sentence[tail_start:]
    starts, ends = [0], []
    for m in _SEP.finditer(tail):
        if _OPENS.match(tail, m.end()):
            ends.append(m.start())
            starts.append(m.end())
    if len(starts) < 2:
        return []
    ends.append(len(tail.rstrip(" .")))
    items = []
    for n, (a, b) in enumerate(zip(starts, ends)):
        piece = tail[a:b]
        lead = len(piece) - len(piece.lstrip())
        count = _count(piece.lstrip(), first=n == 0)
        if count is None:
            return []  # not a list of counted items
        items.append(Item(tail_start + a + lead, tail_start + b, count))
    return items


def _one_other_items(sentence: str) -> list[Item]:
    one = _ONE.search(sentence)
    other = _OTHER.search(sentence, one.end()) if one else None
    if one is None or other is None:
        return []
    comma = sentence.find(",", other.end())
    end = comma if comma >= 0 else len(sentence.rstrip(" ."))
    first_end = len(sentence[:other.start()].rstrip(" ,"))
    if sentence[:first_end].endswith(" and"):
        first_end -= 4
    return [Item(one.start(), first_end, None), Item(other.start(), end, None)]


# "killed four Palestinians in Beit Ummar and two others in Qabatiya": counts of people, each at its own place
_COUNTED_AT = re.compile(rf"(?i:(?P<n>{_COUNT}))(?!\s*\d)(?:\s+(?i:(?:[\w'-]+\s+){{0,2}}?(?:{alternation('victims', 'nouns')}|"
                         r"soldiers|troops|fighters|militants|rebels|insurgents|jihadists|gunmen|militiamen|policemen|officers|men|"
                         r"protesters|demonstrators|activists|students|journalists|workers|farmers|herders|members|suspects|"
                         r"others|more))|\s+(?:[\w-]+\s+)?[A-Z][a-z]+s)?"
                         r"\s+(?:in|near|at|outside|inside)\s+(?:the\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?)?[A-Z]")
# what may stand between one item's place and the next count: more of the name, and a separator
_NAME_TAIL = re.compile(r"[\w'-]*(?:\s+(?:[A-Z][\w'-]*|al|el|ad|ar|as|of|the|district|province|village|town|city|camp|"
                        r"area|governorate|region|county|state|refugee\s+camp))*\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)")


# where the last item ends: a comma, or a clause of its own
_ITEM_STOP = re.compile(r"[,;]|\s+(?:and|while|as|after|when)\s")


def _counted_places(sentence: str) -> list[Item]:
    """One verb's counted objects each at a place of its own: "four Palestinians in Beit Ummar and two
    others in Qabatiya", "12 people in Kano, 5 in Kaduna and three more in Zaria"."""
    found = [m for m in _COUNTED_AT.finditer(sentence) if not re.fullmatch(r"\d{4}", m["n"])]
    runs: list[re.Match[str]] = found[:1]
    for m in found[1:]:
        if _NAME_TAIL.fullmatch(sentence, runs[-1].end(), m.start()) is None:
            break  # "killed five in Gao, wounded seven in Kidal": another verb, no list of one verb's objects
        runs.append(m)
    if len(runs) < 2:
        return []
    stop = _ITEM_STOP.search(sentence, runs[-1].end())
    ends = [m.start() for m in runs[1:]] + [stop.start() if stop else len(sentence.rstrip(" ."))]
    items = []
    for m, e in zip(runs, ends):
        piece = sentence[:e].rstrip(" ,;")
        items.append(Item(m.start(), len(piece) - (4 if piece.endswith(" and") else 0), parse_number(m["n"])))
    return items


def list_items(sentence: str) -> list[Item]:
    """The items of a listing sentence, in order; [] when the sentence lists nothing.

    >>> s = "Monitors counted 30 dead on Friday: 20 civilians in air raids on Ariha and 10 rebels in fighting at Saraqib."
    >>> [(s[i.start:i.end], i.count) for i in list_items(s)]
    [('20 civilians in air raids on Ariha', 20), ('10 rebels in fighting at Saraqib', 10)]
    """
    return _colon_items(sentence) or _one_other_items(sentence) or _counted_places(sentence)
