"""Calendar arithmetic for date windows: a day, a span, part of a month or year, a week,
"N units ago", a weekend. ``dates.py`` reads the phrases; this module only counts days.

>>> month_window(2014, 6, "late").date_min
datetime.date(2014, 6, 21)
"""

from __future__ import annotations

import calendar
import datetime as dt

from warmap.records import DateWindow


class NotADate(Exception):
    """Raised by a resolver when the words matched are not a date after all."""


def day(d: dt.date) -> DateWindow:
    return DateWindow(d, d, d, "day")


def span(lo: dt.date, hi: dt.date, precision: str, best: dt.date | None = None) -> DateWindow:
    if best is None:
        best = lo + (hi - lo) // 2
    return DateWindow(min(max(best, lo), hi), lo, hi, precision)


def month_window(year: int, month: int, part: str | None = None) -> DateWindow:
    last = calendar.monthrange(year, month)[1]
    first, end = dt.date(year, month, 1), dt.date(year, month, last)
    part = part_of(part)
    if part == "early":
        return span(first, dt.date(year, month, 10), "month", first)
    if part == "mid":
        return span(dt.date(year, month, 11), dt.date(year, month, 20), "month", dt.date(year, month, 15))
    if part == "late":
        return span(dt.date(year, month, 21), end, "month", end)
    return span(first, end, "month", dt.date(year, month, 15))


def year_window(year: int, part: str | None = None) -> DateWindow:
    part = part_of(part)
    if part == "early":
        return span(dt.date(year, 1, 1), dt.date(year, 4, 30), "year", dt.date(year, 1, 1))
    if part == "mid":
        return span(dt.date(year, 5, 1), dt.date(year, 8, 31), "year", dt.date(year, 7, 1))
    if part == "late":
        return span(dt.date(year, 9, 1), dt.date(year, 12, 31), "year", dt.date(year, 12, 31))
    return span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", dt.date(year, 7, 1))


def part_of(part: str | None) -> str | None:
    """"the end of" -> late, "the beginning of" -> early, "the middle of" -> mid."""
    if not part:
        return None
    p = part.lower()
    if "end" in p or "late" in p:
        return "late"
    if "begin" in p or "start" in p or "early" in p:
        return "early"
    return "mid"


def week_of(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + by
    return k // 12, k % 12 + 1


def year_for(month: int, day: int, published: dt.date) -> int:
    """The published year, unless that puts the date more than two months after publication."""
    y = published.year
    try:
        d = dt.date(y, month, day)
    except ValueError:
        d = dt.date(y, month, 28)
    return y if (d - published).days <= 61 else y - 1


def checked_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise NotADate from exc


def ago(n: int, unit: str, published: dt.date) -> DateWindow:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return day(published - dt.timedelta(days=n))
    if unit == "week":
        mid = published - dt.timedelta(weeks=n)
        return span(mid - dt.timedelta(days=3), min(mid + dt.timedelta(days=3), published), "week", mid)
    if unit == "month":
        y, m = shift_month(published.year, published.month, -n)
        return month_window(y, m)
    return year_window(published.year - n)


def weekend(p: dt.date, *, back: bool) -> DateWindow:
    """The latest Saturday-Sunday by publication (for "last weekend", one that has ended)."""
    sat = p - dt.timedelta(days=(p.weekday() - 5) % 7)
    if back and sat + dt.timedelta(days=1) >= p:
        sat -= dt.timedelta(days=7)
    return span(sat, min(sat + dt.timedelta(days=1), max(p, sat)), "week", sat)
