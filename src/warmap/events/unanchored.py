"""The events of an article with no publication date: what its relative dates are read
against, and how events the text does not date absolutely are kept with their date unknown.

``stand_in`` picks the date to read against; ``date_unanchored`` then marks every event
dated from it (``pipeline._events`` runs both). See DEVELOPERS.md, "An article with no
publication date loses no event".
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Sequence

from warmap.records import DateWindow, Event, Evidence

__all__ = ["stand_in", "date_unanchored", "UNANCHORED_NOTE"]


def stand_in(absolute: Sequence[DateWindow], today: dt.date, url: str | None = None) -> tuple[dt.date, str]:
    """A date to read an undated article's relative dates against, and what it rests on.

    ``absolute`` are the article's dates read with no publication date (those that name
    their year). A page address with a year and month ("/2016/10/") puts publication
    in that month ("address": its middle is the stand-in); else the latest date the
    text names ("text": a report is written on or after the last day it names); else
    ``today`` ("reading"). The stand-in only lets extraction run; ``date_unanchored``
    then marks every event it dated.

    >>> from warmap.events.dates import find_dates
    >>> stand_in(find_dates("Rebels took Morek on June 3, 2014 and held it in 2013.", None), dt.date(2026, 1, 1))
    (datetime.date(2014, 6, 3), 'text')
    >>> stand_in([], dt.date(2026, 1, 1), "https://www.example.gov/r/pa/prs/ps/2016/10/263174.htm")
    (datetime.date(2016, 10, 15), 'address')
    """
    from warmap.ingest.dates import url_dates

    latest = max((w.date_max for w in absolute), default=None)  # ("in 2023": written on or after its last day)
    _, month = url_dates(url)
    if month is not None:
        first = dt.date(month[0], month[1], 1)
        if latest is None or latest <= first.replace(day=calendar.monthrange(*month)[1]):
            return first.replace(day=15), "address"
    return (latest, "text") if latest is not None else (today, "reading")


#: What an event dated against a stand-in says about its date (``Evidence`` field ``date_note``).
UNANCHORED_NOTE = ("no publication date found: the text dates this event only relative to publication{words}, "
                   "so its date is unknown; the window is {where}")


def date_unanchored(events: Sequence[Event], absolute: Sequence[DateWindow], reference: dt.date,
                    basis: str) -> list[Event]:
    """Events of an article with no publication date, extracted against the stand-in
    ``reference`` (``stand_in``, which says its ``basis``): those whose date the text
    states absolutely (one of ``absolute``, read with no publication date) are kept as
    they are; every other one is kept with its date unknown, never dropped.

    The export contract allows ``day``, ``week``, ``month`` and ``year`` precision
    only, so an unknown date is written as the nearest allowed value: precision
    ``year``, a year-long window from a month before ``reference`` (the latest date the text
    names: the report was written on or after it, its relative dates mostly after it too) or,
    for basis "reading", the year up to the day of analysis; and an
    ``Evidence`` entry ``date_note`` that says so (start and end -1: it quotes no words).
    When the page's address gives the month of publication (basis "address"), the
    window is that month and the week before it, precision ``month``.
    Each source's ``published`` is None, as the article's is.
    """
    stated = {(w.start, w.end, w.date_min, w.date_max) for w in absolute}
    precision = "year"
    if basis == "address":
        last = reference.replace(day=calendar.monthrange(reference.year, reference.month)[1])
        lo, hi, precision = reference.replace(day=1) - dt.timedelta(days=7), last, "month"
        where = f"{reference:%B %Y}, the month in the page's address, and the week before it"
    elif basis == "text":
        lo, hi = reference - dt.timedelta(days=31), reference + dt.timedelta(days=334)
        where = f"the year from a month before {reference}, the latest date the text names"
    else:
        lo, hi = reference - dt.timedelta(days=365), reference
        where = f"the year up to {reference}, the day it was read: the text names no year"
    out = []
    for e in events:
        sources = tuple(dataclasses.replace(s, published=None) for s in e.sources)
        w = e.when
        if (w.start, w.end, w.date_min, w.date_max) in stated:
            out.append(dataclasses.replace(e, sources=sources))
            continue
        words = f' ("{w.mention}")' if w.mention else " or not at all"
        note = Evidence("date_note", UNANCHORED_NOTE.format(words=words, where=where), -1, -1)
        when = DateWindow(min(max(w.date, lo), hi), lo, hi, precision, w.mention, w.start, w.end)
        out.append(dataclasses.replace(e, when=when, sources=sources, evidence=(*e.evidence, note)))
    return out
