"""Words that tie a sentence's date to the day told before it: the same time ("The same day",
"Within an hour", "that day"), the day after or before it, and an event just told that another
came after ("The push came two days after ...")."""

from __future__ import annotations

import re

from warmap.nlp.parse import doc_text
from warmap.records import DateWindow

#: Month and weekday names (and their short forms): words of a date, never a place or a side
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split())

NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after|the\s+next\s+morning)\b", re.I)

DAY_BEFORE = re.compile(r"\b(?:the\s+(?:day|night)\s+before|a\s+day\s+earlier|the\s+previous\s+day)\b", re.I)

#: "As they withdrew from the city that day, ...": the day told last, wherever the words stand
THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)\b", re.I)

#: "The push came two days after ...": the event just told, whose day the days after count from
IT_CAME = re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:push|offensive|attack|assault|advance|capture|"
                      r"strike|bombing|fall|operation|raid|announcement|gains?|victory)\s+(?:came|comes|followed|follows)\b")

#: "The assault began Friday afternoon as soldiers were leaving prayers": when the event just told began
IT_BEGAN = re.compile(r"\s*The\s+(?:attack|assault|raid|ambush|fighting|offensive|siege|clashes|battle)\s+"
                      r"(?:began|started|took\s+place|happened|unfolded|erupted|broke\s+out)\b")

SAME_TIME = re.compile(
    r"\s*(?:on\s+)?(?:the\s+same\s+(?:day|night|evening|morning)|that\s+(?:same\s+)?(?:day|night|evening)"
    r"|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night)|within\s+(?:an?|the|hours|minutes)\b(?![\w\s]{0,12}\bof\b)"
    r"|(?:hours|minutes|moments)\s+later|(?:the\s+)?next\s+(?:day|morning)|the\s+following\s+(?:day|morning)"
    r"|a\s+day\s+later|the\s+day\s+after|a\s+day\s+earlier|the\s+(?:day|night)\s+before|the\s+previous\s+day"
    r"|shortly\s+(?:afterwards|after|before|later)|soon\s+after"
    r"|elsewhere|meanwhile|in\s+other\s+(?:fighting|violence|attacks|clashes))\b", re.I)


def after_since(sent, d: DateWindow) -> bool:
    """ "... fell to the Taliban in the insurgents' biggest victory since 2001": a date after "since"
    measures a record or a span, it does not date the clause it stands in."""
    text = doc_text(sent.doc) if sent.doc is not None else ""
    at = (d.start or 0) - sent.start
    return bool(re.search(r"\bsince\s*$", text[max(0, at - 8):at], re.I))


def day_told_between(dates, start: int, end: int) -> DateWindow | None:
    """The last day a sentence the extraction did not read gives between two it reads ("On May 10,
    Coalition military forces conducted 18 strikes ...:" above a list of strikes): the day the list
    that follows is of. Only a whole day: a year or a month there is background ("the war began in 2011")."""
    days = [d for d in dates.starting_in(start, end) if d.precision == "day"]
    return days[-1] if days else None
