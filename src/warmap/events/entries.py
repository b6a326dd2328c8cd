"""Days told on lines of their own: a feed's entry stamps and a timeline's day headings.

A live page, a map feed or a channel's posts saved as text stamps each entry ("[27.09.2020
08:41]", "Mon, 8 Apr 2019 21:52 | Tripoli | ..."); a timeline heads each day's paragraphs
with the day ("4 August"). What such an entry or section tells happened on its day: its
"this morning" or "on Sunday" is said on the stamp's day, not on the page's publication
day, and a sentence that names no day of its own is of that day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from warmap.ingest.feed import STAMP_HEAD, STAMP_TAIL
from warmap.records import DateWindow

__all__ = ["on_its_own_line", "dated_by_entries"]

#: The end of a heading's line: the day stands alone on it ("4 August"; not "4 August, the day ...")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _opens_line(text: str, d: DateWindow) -> bool:
    """Does ``d`` open its line, after at most a bracket or a bullet and a weekday?"""
    if d.start is None or d.end is None:
        return False
    return STAMP_HEAD.fullmatch(text, text.rfind("\n", 0, d.start) + 1, d.start) is not None


def _stamp_line(text: str, d: DateWindow) -> bool:
    """Does ``d`` open its line, with only a time after it and the entry after a "|" or below?"""
    return _opens_line(text, d) and STAMP_TAIL.match(text, d.end or 0) is not None


def on_its_own_line(text: str, d: DateWindow) -> bool:
    """Is ``d`` a day that heads what follows: a stamp with a time, or a day alone on its line
    ("4 August", "[27.09.2020 08:41]")?"""
    return d.precision == "day" and _opens_line(text, d) and (
        STAMP_TAIL.match(text, d.end or 0) is not None or _LINE_END.match(text, d.end or 0) is not None)


def dated_by_entries(text: str, dates: Sequence[DateWindow],
                     find: Callable[[str, dt.date], list[DateWindow]]) -> list[DateWindow]:
    """``dates`` (read against the publication day) with those inside a stamped entry read
    again against the entry's stamp (``find`` is ``events.dates.find_dates``). A page of
    fewer than two stamps has no entries: its dates stay."""
    stamps = [d for d in dates if d.precision == "day" and _stamp_line(text, d)]
    if len(stamps) < 2:
        return list(dates)
    out = [d for d in dates if d.start is None or d.start < (stamps[0].end or 0)]
    for stamp, following in zip(stamps, [*stamps[1:], None]):
        lo, hi = stamp.end or 0, following.start if following is not None and following.start is not None else len(text)
        out.append(stamp)
        out += [dataclasses.replace(d, start=(d.start or 0) + lo, end=(d.end or 0) + lo)
                for d in find(text[lo:hi], stamp.date)]
    return sorted(out, key=lambda d: d.start or 0)
