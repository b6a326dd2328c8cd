"""Date expressions in news text, resolved against the publication date into ACLED windows.

News dates are mostly relative ("on Saturday", "last week", "three days ago") and mean
the past. A small regular grammar reads them in one pass over the text (well under a
millisecond for an article), which dateparser cannot do: it resolves a given phrase but
does not find phrases, and it sends "Wednesday, June 25" (published June 23) to the
year before. Precision follows ACLED: ``day``; ``week`` (a week or weekend, dated to
its middle); ``month`` (mid-month, or the first/last day for "early"/"late");
``year``.

>>> import datetime as dt
>>> [w.date for w in find_dates("ISIS attacked on Saturday.", dt.date(2014, 6, 23))]
[datetime.date(2014, 6, 21)]
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from warmap.events.fatalities import parse_number
from warmap.records import DateWindow, Event, Evidence

__all__ = ["find_dates", "undated", "stand_in", "date_unanchored", "UNANCHORED_NOTE"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
          r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s*\d))")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*(?:-|–|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>(?:19[5-9]|20[0-4])\d)"
_PART = r"(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start|middle)\s+of)"
_NUM = r"(?P<num>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|a\s+couple\s+of)"
_NOT_NUMBER_AFTER = r"(?![\d,.:]\d|\s*(?:am|pm|a\.m|p\.m|%|km|civilians|people|fighters|soldiers|men)\b)"
# Words after which a bare month or year is a date: "in June", "since 2013", "and July".
_DATE_PREPS = frozenset("in since during until till by of from through throughout before after between "
                        "and to or early late mid last this next around about".split())
_PEOPLE = r"(?:people|civilians|fighters|soldiers|troops|men|militants|families|residents|rebels|members)"

Window = DateWindow | None


def undated(published: dt.date) -> DateWindow:
    """The window for an event the text does not date: the week up to publication.

    >>> undated(dt.date(2014, 6, 23)).date_min
    datetime.date(2014, 6, 16)
    """
    return DateWindow(published, published - dt.timedelta(days=7), published, "week")


def stand_in(absolute: Sequence[DateWindow], today: dt.date, url: str | None = None) -> tuple[dt.date, str]:
    """A date to read an undated article's relative dates against, and what it rests on.

    ``absolute`` are the article's dates read with no publication date (those that name
    their year). A page address with a year and month ("/2016/10/") puts publication
    in that month ("address": its middle is the stand-in); else the latest date the
    text names ("text": a report is written on or after the last day it names); else
    ``today`` ("reading"). The stand-in only lets extraction run; ``date_unanchored``
    then marks every event it dated.

    >>> stand_in(find_dates("Rebels took Morek on June 3, 2014 and held it in 2013.", None), dt.date(2026, 1, 1))
    (datetime.date(2014, 6, 3), 'text')
    >>> stand_in([], dt.date(2026, 1, 1), "https://www.example.gov/r/pa/prs/ps/2016/10/263174.htm")
    (datetime.date(2016, 10, 15), 'address')
    """
    from warmap.ingest.dates import url_dates

    latest = max((w.date for w in absolute), default=None)
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
    ``year``, a year-long window centred on ``reference`` (the latest date the text
    names) or, for basis "reading", the year up to the day of analysis; and an
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
        lo, hi = reference - dt.timedelta(days=182), reference + dt.timedelta(days=183)
        where = f"the year around {reference}, the latest date the text names"
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


def find_dates(text: str, published: dt.date | None) -> list[DateWindow]:
    """Every date expression in the text, in text order, with offsets into ``text``.

    Relative expressions need ``published``; without it only expressions that name a
    year resolve. Overlapping readings keep the longest ("Wednesday, June 25" over
    "Wednesday").
    """
    found: dict[tuple[int, int], Window] = {}
    for lo, hi in _windows(text):
        for rule in _RULES:
            for m in rule.pattern.finditer(text, lo, hi):
                key = (m.start("m"), m.end("m"))
                if key in found:
                    continue
                try:
                    found[key] = rule.resolve(m, text, published)
                except _NotADate:
                    continue
    out: list[DateWindow] = []
    last_end = -1
    for (start, end), w in sorted(found.items(), key=lambda f: (f[0][0], f[0][0] - f[0][1])):
        if start < last_end:
            continue
        last_end = end
        if w is not None:
            out.append(DateWindow(w.date, w.date_min, w.date_max, w.precision, text[start:end], start, end))
    return _weekday_the_nth(_month_of_last_year(out, text, published), text, published)


_THE_NTH = re.compile(r"\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


def _weekday_the_nth(dates: list[DateWindow], text: str, published: dt.date | None) -> list[DateWindow]:
    """ "Saturday the 16th": the most recent day on or before publication that is that
    weekday and that day of the month (within a few months)."""
    if published is None:
        return dates
    out = []
    for d in dates:
        m = _THE_NTH.match(text, d.end) if d.end is not None and d.precision == "day" else None
        if m is not None and (d.mention or "").split()[-1].lower().rstrip(",") in _WEEKDAYS:
            wd = _WEEKDAYS[(d.mention or "").split()[-1].lower().rstrip(",")]
            nth = int(m.group(1))
            day = published
            for _ in range(190):
                if day.day == nth and day.weekday() == wd:
                    d = DateWindow(day, day, day, "day", text[d.start:m.end()], d.start, m.end())
                    break
                day -= dt.timedelta(days=1)
        out.append(d)
    return out


_LAST_YEAR = re.compile(r"[ ,]{0,2}(?:of\s+)?(?:last|the\s+previous|the\s+preceding|(?P<this>this|the\s+current))\s+year\b",
                        re.IGNORECASE)


def _month_of_last_year(dates: list[DateWindow], text: str, published: dt.date | None) -> list[DateWindow]:
    """ "in January last year": that month in the year before publication ("in January this
    year": in the year of publication)."""
    if published is None:
        return dates
    out: list[DateWindow] = []
    skip_until = -1
    for d in dates:
        if d.start is not None and d.start < skip_until:
            continue
        m = _LAST_YEAR.match(text, d.end) if d.precision == "month" and d.end is not None else None
        if m is not None:
            shift = d.date.year - (published.year if m.group("this") else published.year - 1)

            def back(day: dt.date) -> dt.date:
                return day.replace(year=day.year - shift, day=min(day.day, 28) if day.month == 2 else day.day)

            d = DateWindow(back(d.date), back(d.date_min), back(d.date_max), "month",
                           text[d.start:m.end()], d.start, m.end())
            skip_until = m.end()
        out.append(d)
    return out


# Words every date expression contains; the grammar runs only on the text around them.
_ANCHOR = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|yesterday"
    r"|today|tonight|night|overnight|morning|afternoon|evening|week|month|year|days|recent|spring"
    r"|summer|autumn|fall|winter)",
    re.IGNORECASE,
)
_BEFORE, _AFTER = 50, 60


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around the anchor words, merged where they overlap."""
    spans: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(text):
        lo, hi = max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


class _NotADate(Exception):
    """Raised by a resolver when the words matched are not a date after all."""


class _Rule:
    def __init__(self, pattern: str, resolve: Callable[[re.Match[str], str, dt.date | None], Window],
                 flags: int = re.IGNORECASE):
        self.pattern = re.compile(pattern, flags)
        self.resolve = resolve


# ---------------------------------------------------------------- window helpers

def _day(d: dt.date) -> DateWindow:
    return DateWindow(d, d, d, "day")


def _span(lo: dt.date, hi: dt.date, precision: str, best: dt.date | None = None) -> DateWindow:
    if best is None:
        best = lo + (hi - lo) // 2
    return DateWindow(min(max(best, lo), hi), lo, hi, precision)


def _month_window(year: int, month: int, part: str | None = None) -> DateWindow:
    last = calendar.monthrange(year, month)[1]
    first, end = dt.date(year, month, 1), dt.date(year, month, last)
    part = _part(part)
    if part == "early":
        return _span(first, dt.date(year, month, 10), "month", first)
    if part == "mid":
        return _span(dt.date(year, month, 11), dt.date(year, month, 20), "month", dt.date(year, month, 15))
    if part == "late":
        return _span(dt.date(year, month, 21), end, "month", end)
    return _span(first, end, "month", dt.date(year, month, 15))


def _year_window(year: int, part: str | None = None) -> DateWindow:
    part = _part(part)
    if part == "early":
        return _span(dt.date(year, 1, 1), dt.date(year, 4, 30), "year", dt.date(year, 1, 1))
    if part == "mid":
        return _span(dt.date(year, 5, 1), dt.date(year, 8, 31), "year", dt.date(year, 7, 1))
    if part == "late":
        return _span(dt.date(year, 9, 1), dt.date(year, 12, 31), "year", dt.date(year, 12, 31))
    return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", dt.date(year, 7, 1))


def _part(part: str | None) -> str | None:
    """"the end of" -> late, "the beginning of" -> early, "the middle of" -> mid."""
    if not part:
        return None
    p = part.lower()
    if "end" in p or "late" in p:
        return "late"
    if "begin" in p or "start" in p or "early" in p:
        return "early"
    return "mid"


def _week_of(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + by
    return k // 12, k % 12 + 1


def _year_for(month: int, day: int, published: dt.date) -> int:
    """The published year, unless that puts the date more than two months after publication."""
    y = published.year
    try:
        d = dt.date(y, month, day)
    except ValueError:
        d = dt.date(y, month, 28)
    return y if (d - published).days <= 61 else y - 1


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise _NotADate from exc


def _ago(n: int, unit: str, published: dt.date) -> DateWindow:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return _day(published - dt.timedelta(days=n))
    if unit == "week":
        mid = published - dt.timedelta(weeks=n)
        return _span(mid - dt.timedelta(days=3), min(mid + dt.timedelta(days=3), published), "week", mid)
    if unit == "month":
        y, m = _shift_month(published.year, published.month, -n)
        return _month_window(y, m)
    return _year_window(published.year - n)


# ---------------------------------------------------------------- resolvers

def _month_day(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"June 3", "3 June 2014", "Wednesday, June 25", "June 3-5"."""
    month = _MONTHS[m.group("month").lower().rstrip(".")]
    if m.group("month")[0].islower():
        raise _NotADate
    day = int(m.group("day"))
    day2 = int(m.group("day2")) if m.group("day2") else None
    if not 1 <= day <= 31 or (day2 is not None and not day < day2 <= 31):
        raise _NotADate
    if m.group("year"):
        year = int(m.group("year"))
    elif published is None:
        return None
    elif m.group("wd"):
        year = _year_for_weekday(month, day, _WEEKDAYS[m.group("wd").lower()], published)
    else:
        year = _year_for(month, day, published)
    lo = _date(year, month, day)
    if day2 is None:
        return _day(lo)
    hi = _date(year, month, day2)
    return _span(lo, hi, "week" if (hi - lo).days <= 7 else "month")


def _year_for_weekday(month: int, day: int, weekday: int, published: dt.date) -> int:
    """The year, near publication, in which the day falls on the weekday the text gives.

    Only years that put the date within about half a year of publication count; beyond
    that the weekday is more likely a slip than a pointer to another year.
    """
    fits = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and abs((d - published).days) <= 183:
            fits.append((abs((d - published).days), y))
    return min(fits)[1] if fits else _year_for(month, day, published)


def _month_year(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"June 2014", "mid-June", "early June", "last June", "in June", "the end of June"."""
    word = m.group("month")
    if word[0].islower():
        raise _NotADate
    month = _MONTHS[word.lower().rstrip(".")]
    part, rel = m.group("part"), (m.group("rel") or "").lower()
    if m.group("year"):
        return _month_window(int(m.group("year")), month, part)
    if not part and not rel and _prev_word(text, m.start("m")) not in _DATE_PREPS:
        raise _NotADate  # a bare "May" or "March" is too often another word
    if published is None:
        return None
    y = published.year
    if rel == "last":
        year = y if month < published.month else y - 1
    elif rel == "next":
        year = y if month > published.month else y + 1
    elif rel == "this":
        year = y
    else:
        year = y if month <= published.month + 2 else y - 1
    return _month_window(year, month, part)


def _year(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"in 2013", "since 2011", "early 2014", "mid-2015"."""
    part = m.group("part")
    named = m.group("m").lower().startswith("the year")
    if not part and not named and _prev_word(text, m.start("m")) not in _DATE_PREPS:
        raise _NotADate
    if re.match(rf"\s+{_PEOPLE}\b|,\d", text[m.end():]):
        raise _NotADate
    return _year_window(int(m.group("year")), part)


def _season(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"last spring", "the summer of 2013", "this winter", "in the autumn"."""
    season = m.group("season").lower()
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        year = int(m.group("year"))
    else:
        if not rel and _prev_word(text, m.start("m")) not in (
                "in", "since", "during", "until", "by", "through", "throughout", "over", "before", "after"):
            raise _NotADate
        if season == "fall" and not rel:
            raise _NotADate  # "the fall of Mosul"
        if re.match(r"\s+(?:offensive|campaign|assault|of\s+(?!(?:19|20)\d\d))", text[m.end():], re.IGNORECASE):
            raise _NotADate
        if published is None:
            return None
        year = published.year
        first = _SEASONS[season]
        start = dt.date(year - 1 if first == 12 else year, first, 1)
        if rel == "next":
            while start <= published:
                start = dt.date(start.year + 1, start.month, 1)
            year = start.year + (1 if first == 12 else 0)
        elif rel == "this":
            pass
        else:
            # the latest such season that has begun (for "last", that has ended) by publication
            end = _season_bounds(year, season)[1]
            if rel == "last":
                while end >= published:
                    year -= 1
                    end = _season_bounds(year, season)[1]
            else:
                while _season_bounds(year, season)[0] > published:
                    year -= 1
    lo, hi = _season_bounds(year, season)
    return _span(lo, hi, "month")


def _season_bounds(year: int, season: str) -> tuple[dt.date, dt.date]:
    """Meteorological seasons; the winter of a year is its December to the next February."""
    first = _SEASONS[season]
    lo = dt.date(year, first, 1)
    y2, m2 = _shift_month(year, first, 2)
    return lo, dt.date(y2, m2, calendar.monthrange(y2, m2)[1])


def _weekday(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"Saturday", "last Friday", "next Monday", "Saturday night": the latest such day by publication."""
    if published is None:
        return None
    wd = _WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    back = (published.weekday() - wd) % 7
    if rel == "next":
        return _day(published + dt.timedelta(days=(wd - published.weekday()) % 7 or 7))
    if rel == "this":
        return _day(_week_of(published) + dt.timedelta(days=wd))
    if rel in ("last", "past", "previous") and back == 0:
        back = 7
    elif rel in ("last", "previous") and back == 1:
        back = 8  # "last Wednesday" written on a Thursday: a writer would have said "yesterday"
    return _day(published - dt.timedelta(days=back))


def _ordinal_day(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"on the 12th": that day of the published month, or of the month before."""
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        raise _NotADate
    if not m.group("on") and not m.group("ofmonth"):
        raise _NotADate
    if published is None:
        return None
    y, mo = published.year, published.month
    if (m.group("ofmonth") or "").lower().startswith("of last") or day > published.day:
        y, mo = _shift_month(y, mo, -1)
    return _day(_date(y, mo, day))


def _iso(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"2014-06-23", and "23/06/2014" read day first (as Middle East and British outlets write it)."""
    if m.group("iy"):
        return _day(_date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))))
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (b, a) if b > 12 else (a, b)
    return _day(_date(int(m.group("year")), month, day))


def _relative(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """Words that count from publication: "yesterday", "last week", "three days ago"."""
    if published is None:
        return None
    p = published
    phrase = " ".join(m.group("m").lower().split())
    if m.group("num"):
        raw = m.group("num")
        if raw.lower() in ("a few", "several", "a couple of"):
            if m.group("unit").lower().startswith("day"):
                return _span(p - dt.timedelta(days=7), p - dt.timedelta(days=2), "week")
            n = 2 if "couple" in raw.lower() else 3
        else:
            n = 1 if raw.lower() in ("a", "an") else parse_number(raw)
        if n is None:
            raise _NotADate
        return _ago(n, m.group("unit"), p)
    monday = _week_of(p)
    table: dict[str, Callable[[], DateWindow]] = {
        "yesterday": lambda: _day(p - dt.timedelta(days=1)),
        "the day before yesterday": lambda: _day(p - dt.timedelta(days=2)),
        "last night": lambda: _day(p - dt.timedelta(days=1)),
        "overnight": lambda: _span(p - dt.timedelta(days=1), p, "day", p - dt.timedelta(days=1)),
        "today": lambda: _day(p),
        "tonight": lambda: _day(p),
        "this morning": lambda: _day(p),
        "this afternoon": lambda: _day(p),
        "this evening": lambda: _day(p),
        "earlier today": lambda: _day(p),
        "this week": lambda: _span(monday, p, "week"),
        "earlier this week": lambda: _span(monday, p, "week"),
        "last week": lambda: _span(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "week"),
        "the previous week": lambda: _span(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "week"),
        "the past week": lambda: _span(p - dt.timedelta(days=7), p, "week"),
        "the last week": lambda: _span(p - dt.timedelta(days=7), p, "week"),
        "recent days": lambda: _span(p - dt.timedelta(days=7), p, "week"),
        "the past few days": lambda: _span(p - dt.timedelta(days=7), p, "week"),
        "the last few days": lambda: _span(p - dt.timedelta(days=7), p, "week"),
        "the weekend": lambda: _weekend(p, back=False),
        "this weekend": lambda: _weekend(p, back=False),
        "last weekend": lambda: _weekend(p, back=True),
        "this month": lambda: _span(p.replace(day=1), p, "month", min(p, p.replace(day=15))),
        "earlier this month": lambda: _span(p.replace(day=1), p, "month", min(p, p.replace(day=15))),
        "last month": lambda: _month_window(*_shift_month(p.year, p.month, -1)),
        "the previous month": lambda: _month_window(*_shift_month(p.year, p.month, -1)),
        "this year": lambda: _span(dt.date(p.year, 1, 1), p, "year"),
        "earlier this year": lambda: _span(dt.date(p.year, 1, 1), p, "year"),
        "last year": lambda: _year_window(p.year - 1),
        "the previous year": lambda: _year_window(p.year - 1),
    }
    return table[phrase]()


def _weekend(p: dt.date, *, back: bool) -> DateWindow:
    """The latest Saturday-Sunday by publication (for "last weekend", one that has ended)."""
    sat = p - dt.timedelta(days=(p.weekday() - 5) % 7)
    if back and sat + dt.timedelta(days=1) >= p:
        sat -= dt.timedelta(days=7)
    return _span(sat, min(sat + dt.timedelta(days=1), max(p, sat)), "week", sat)


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 20):start])
    return m.group(1).lower() if m else ""


# ---------------------------------------------------------------- the grammar
# Each pattern marks the words of the date with the group "m" (leading "on"/"in" stay out).

_RULES = [
    _Rule(rf"(?P<m>\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}{_DAY2}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)\b", _month_day),
    _Rule(rf"(?P<m>\b(?:{_WD},?\s+)?{_MONTH}\s+(?:the\s+)?{_DAY}{_DAY2}(?:,?\s+{_YEAR})?)\b{_NOT_NUMBER_AFTER}",
          _month_day),
    _Rule(rf"(?P<m>\b(?:(?P<part>{_PART})[\s-]*|(?P<rel>last|this|next)\s+)?{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?)\b"
          rf"(?![\s,]*\d)", _month_year),
    _Rule(rf"(?P<m>\b(?:(?P<part>{_PART})[\s-]*)?(?:the\s+year\s+)?{_YEAR})\b(?![\d,.]\d|\s*%)", _year),
    _Rule(rf"(?P<m>\b(?:(?P<rel>last|this|next|early|late)\s+)?(?P<the>the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
          rf"(?:\s+(?:of\s+)?{_YEAR})?)\b", _season),
    _Rule(rf"(?P<m>\b(?:(?P<rel>last|this|next|past|previous)\s+)?{_WD})\b(?!s)", _weekday),
    _Rule(r"(?P<on>\bon\s+)?(?P<m>\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
          r"(?P<ofmonth>\s+of\s+(?:this|the|last)\s+month)?)\b"
          r"(?=\s*[,.;]|\s*$|\s+(?:of|at|in|when|as|and|but|after|before|with|during|morning|night|evening"
          r"|afternoon)\b)", _ordinal_day),
    _Rule(rf"(?P<m>\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
          rf"|(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/{_YEAR}))\b", _iso),
    _Rule(rf"(?P<m>\b(?:the\s+day\s+before\s+yesterday|yesterday|last\s+night|overnight|today|tonight"
          rf"|earlier\s+today|this\s+(?:morning|afternoon|evening)"
          rf"|(?:earlier\s+)?this\s+(?:week|month|year)|(?:last|the\s+previous)\s+(?:week|month|year)"
          rf"|the\s+(?:past|last)\s+week|(?:the\s+(?:past|last)\s+few\s+days)|recent\s+days"
          rf"|(?:this|last|the)\s+weekend"
          rf"|{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago))\b", _relative),
]
