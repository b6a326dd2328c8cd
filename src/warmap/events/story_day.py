"""The story's day: an event its own sentence leaves undated, in a report of one recent day.

A news report of "the most violent day of the protests yet ... on Tuesday" goes on, city by
city, without repeating the day: "In Eldoret, protesters burned three vehicles." ACLED's coder
reads those as Tuesday's too. Such an event, told after the article's first dated event, would
otherwise get the week before publication (``dates.undated``); it takes that event's day
instead, when the day lies in the three days before publication. An older first date is
background ("since the coup in 2021"), and then nothing changes; nor for an event told before
it ("activists say aircraft struck a market", dated by the sentence after it or not at all).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from warmap.records import DateWindow, Event, Evidence

__all__ = ["story_day"]

#: How far before publication the first dated event may lie and still be the story's day.
_RECENT = dt.timedelta(days=3)


def _undated(e: Event, published: dt.date) -> bool:
    """Does ``e`` carry the window ``dates.undated`` gives, with no date words of its own?"""
    w = e.when
    return w.precision == "week" and not w.mention and w.date == w.date_max == published \
        and w.date_min == published - dt.timedelta(days=7)


def story_day(events: Sequence[Event], published: dt.date | None) -> list[Event]:
    """``events`` with the undated ones moved to the story's day, when the report has one."""
    if published is None:
        return list(events)
    lead = min((e for e in events if not _undated(e, published)), key=_start, default=None)
    if lead is None or lead.when.precision != "day" or not published - _RECENT <= lead.when.date <= published:
        return list(events)
    day, lead_at = lead.when, _start(lead)
    note = Evidence("date_note", f"undated in its sentence: the story's day, {day.mention or day.date.isoformat()!r} "
                                 "of the report's first dated event", -1, -1)
    return [dataclasses.replace(e, when=DateWindow(day.date, day.date, day.date, "day", day.mention),
                                evidence=(*e.evidence, note)) if _undated(e, published) and _start(e) > lead_at else e
            for e in events]


def _start(e: Event) -> int:
    return e.sources[0].start if e.sources and e.sources[0].start is not None else 0
