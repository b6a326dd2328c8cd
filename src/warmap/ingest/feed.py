"""Pages of stamped entries: a live blog, a map feed, a channel's posts saved as text.

Such a page gives each entry a stamp line, a date with a time ("[27.09.2020 08:41]",
"Mon, 8 Apr 2019 21:52 | Tripoli | Clashes in ..."). Its publication date is its newest
entry's day, wherever the entry stands (a live blog puts it first, a channel's export
last); the stamps stay in the text, where each dates its own entry
(``events.entries``).

>>> [str(d) for _, d in entry_stamps(["[27.09.2020 08:41]", "Fighting.", "[29.09.2020 10:40]", "Shelling.",
...                                    "[28.09.2020 12:40]", "Clashes."])]
['2020-09-27', '2020-09-29', '2020-09-28']
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import _WEEKDAY, find_date

__all__ = ["STAMP_TAIL", "STAMP_HEAD", "entry_stamps", "newest_stamp", "FEED_STAMPS"]

#: What may stand before a stamp's date on its line: a bracket or a bullet, then perhaps a weekday ("[Mon, ").
STAMP_HEAD = re.compile(rf"[ \t]*(?:[\[(•*-][ \t]*)?{_WEEKDAY}", re.IGNORECASE)
#: What follows a stamp's date: a time, perhaps a zone, then the end of the line or a "|" before the entry.
STAMP_TAIL = re.compile(r"(?:,|\s+at|\s*-)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*"
                        r"(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?[ \t]*[\])]?[ \t]*(?:\||\n|$)", re.IGNORECASE)
#: How many stamp lines make a page a feed (a "Published" and an "Updated" line are two).
FEED_STAMPS = 3
#: How far the newest stamp may lie after the date the header gives and still date the page.
_SPAN = dt.timedelta(days=31)


def entry_stamps(lines: list[str], order: str | None = None) -> list[tuple[int, dt.date]]:
    """(line index, day) of every line that opens with a date and a time and nothing else
    but the entry after a "|"."""
    out = []
    for i, line in enumerate(lines):
        if not line or not line[:1].isdigit() and line[:1] not in "[(•*-MTWFSmtwfs \t":
            continue
        hit = find_date(line[:40], order)
        if hit is None or not STAMP_HEAD.fullmatch(line, 0, hit[1]):
            continue
        if STAMP_TAIL.match(line, hit[2]):
            out.append((i, hit[0]))
    return out


def newest_stamp(stamps: list[tuple[int, dt.date]], given: dt.date | None) -> dt.date | None:
    """The newest day of a page's ``entry_stamps``, when there are ``FEED_STAMPS`` or more and it
    is the page's better date than ``given`` (the header's): later, by at most a month; else None."""
    if len(stamps) < FEED_STAMPS:
        return None
    newest = max(d for _, d in stamps)
    if given is not None and not given < newest <= given + _SPAN:
        return None
    return newest
