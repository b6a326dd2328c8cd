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

NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|a\s+day\s+later|the\s+day\s+after)\b", re.I)

#: "Four days later, troops captured the airport", "Two months later", "Two days earlier": counted
#: from the day told before
LATER = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                   r"(?P<unit>days?|weeks?|months?)\s+(?P<way>later|earlier)\b", re.I)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def later_by(sentence: str) -> tuple[int, str] | None:
    """How much later than the day told before the sentence says its event came: (4, "day") for
    "Four days later", (-2, "day") for "Two days earlier", (0, "month") for "Later that month" (in
    the month told before)."""
    m = LATER.search(sentence) if "ater" in sentence or "arlier" in sentence else None  # (only where the words stand)
    if m is None:
        return (0, "month") if "month" in sentence and _THAT_MONTH.search(sentence) else None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _COUNT[n]
    return (count if m.group("way").lower() == "later" else -count), m.group("unit").lower().rstrip("s")


#: "Later that month, the militants blew up the temple": in the month told before
_THAT_MONTH = re.compile(r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)|that\s+same|the\s+same)\s+month\b", re.I)


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
    r"|(?:hours|minutes|moments)\s+(?:later|earlier|before)|(?:the\s+)?next\s+(?:day|morning)|the\s+following\s+(?:day|morning)"
    r"|a\s+day\s+later|the\s+day\s+after|a\s+day\s+earlier|the\s+(?:day|night)\s+before|the\s+previous\s+day"
    r"|shortly\s+(?:afterwards|after|before|later)|soon\s+after|later\s+in\s+the\s+day"
    r"|by\s+(?:that\s+|the\s+)?(?:evening|nightfall|dusk|sunset|midday|noon|afternoon|end\s+of\s+the\s+day)"
    r"|elsewhere|meanwhile|in\s+other\s+(?:fighting|violence|attacks|clashes))\b", re.I)


def after_since(sent, d: DateWindow) -> bool:
    """ "... fell to the Taliban in the insurgents' biggest victory since 2001": a date after "since"
    measures a record or a span, it does not date the clause it stands in."""
    text = doc_text(sent.doc) if sent.doc is not None else ""
    at = (d.start or 0) - sent.start
    return bool(re.search(r"\bsince\s*$", text[max(0, at - 8):at], re.I))


def day_told_between(dates, start: int, end: int, sentence: str = "") -> DateWindow | None:
    """The last day a sentence the extraction did not read gives between two it reads ("On May 10,
    Coalition military forces conducted 18 strikes ...:" above a list of strikes): the day the list
    that follows is of. Only a whole day: a year or a month there is background ("the war began in 2011"),
    unless ``sentence`` counts months from it ("Two months later, ...")."""
    later = later_by(sentence) if sentence else None
    precisions = ("day", "month") if later is not None and later[1] == "month" else ("day",)
    days = [d for d in dates.starting_in(start, end) if d.precision in precisions]
    return days[-1] if days else None
