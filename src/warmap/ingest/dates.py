"""Publication dates as news sites write them, to a ``datetime.date``.

Only full dates (day, month and year) count: a publication date is what relative
dates ("on Saturday") are resolved against, so a guess would move every event.
Ambiguous numeric dates such as 03/06/2014 give nothing.

>>> parse_date("Thu, 19 Jun 2014 08:00:00 GMT"), parse_date("2014-06-19T10:00:00+03:00")
(datetime.date(2014, 6, 19), datetime.date(2014, 6, 19))
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["find_date", "parse_date", "DATE_PATTERN"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[89]\d|20\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?"

DATE_PATTERN = re.compile(
    rf"\b{_WEEKDAY}(?:"
    rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"          # June 19, 2014
    rf"|(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})"  # 19 June 2014
    rf"|(?P<y3>{_YEAR})-(?P<n3>[01]?\d)-(?P<d3>[0-3]?\d)(?![\d])"       # 2014-06-19
    rf"|(?P<y4>{_YEAR})/(?P<n4>[01]?\d)/(?P<d4>[0-3]?\d)(?![\d/])"     # 2014/06/19
    rf"|(?P<a5>[0-3]?\d)[/.](?P<b5>[0-3]?\d)[/.](?P<y5>{_YEAR})(?![\d])"  # 19/06/2014, 06/19/2014
    rf")(?![\d])",
    re.IGNORECASE,
)


def _month(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _from_match(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["m1"]:
            return dt.date(int(g["y1"]), _month(g["m1"]), _day(g["d1"]))
        if g["m2"]:
            return dt.date(int(g["y2"]), _month(g["m2"]), _day(g["d2"]))
        if g["y3"]:
            return dt.date(int(g["y3"]), int(g["n3"]), int(g["d3"]))
        if g["y4"]:
            return dt.date(int(g["y4"]), int(g["n4"]), int(g["d4"]))
        a, b = int(g["a5"]), int(g["b5"])
        if a > 12 >= b:
            return dt.date(int(g["y5"]), b, a)
        if b > 12 >= a:
            return dt.date(int(g["y5"]), a, b)
    except ValueError:
        return None
    return None  # 03/06/2014: day and month cannot be told apart


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first full date in ``text``, with its start and end offsets."""
    for m in DATE_PATTERN.finditer(text):
        day = _from_match(m)
        if day is not None:
            return day, m.start(), m.end()
    return None


def parse_date(value: str | None) -> dt.date | None:
    """A date written on its own (a metadata field), or None if it is not one."""
    if not value or not value.strip():
        return None
    value = value.strip()
    compact = re.fullmatch(rf"({_YEAR})(\d\d)(\d\d)", value)
    if compact:
        try:
            return dt.date(*map(int, compact.groups()))
        except ValueError:
            return None
    found = find_date(value)
    return found[0] if found else None
