"""What each date phrase means: one resolver per pattern of ``dates._RULES`` turns the
words it matched into a ``DateWindow`` (or ``None`` when the phrase needs a publication
date the article lacks), or raises ``NotADate`` when the words are no date after all.

>>> import datetime as dt, re
>>> m = re.match(r"(?P<m>(?P<rel>last )?(?P<wd>Saturday))", "Saturday")
>>> read_weekday(m, "Saturday", dt.date(2014, 6, 23)).date
datetime.date(2014, 6, 21)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from warmap.events import date_windows as win
from warmap.events.fatalities import parse_number
from warmap.records import DateWindow

Window = DateWindow | None

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month

# Words after which a bare month or year is a date: "in June", "since 2013", "and July".
DATE_PREPS = frozenset("in since during until till by of from through throughout before after between "
                        "and to or early late mid last this next around about".split())
PEOPLE = r"(?:people|civilians|fighters|soldiers|troops|men|militants|families|residents|rebels|members)"


def read_month_day(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"June 3", "3 June 2014", "Wednesday, June 25", "June 3-5"."""
    month = MONTHS[m.group("month").casefold().rstrip(".")]
    if m.group("month")[0].islower():
        raise win.NotADate
    day = int(m.group("day"))
    day2 = int(m.group("day2")) if m.group("day2") else None
    if not 1 <= day <= 31 or (day2 is not None and not day < day2 <= 31):
        raise win.NotADate
    told_before = _year_told_before(m, text) or _section_year(m, text, month)
    if m.group("year"):
        year = int(m.group("year"))
    elif told_before:
        year = told_before  # "retook it on December 1 that year"
    elif published is None:
        return None
    elif m.group("wd"):
        year = _year_for_weekday(month, day, WEEKDAYS[m.group("wd").casefold()], published)
    else:
        year = win.year_for(month, day, published)
    lo = win.checked_date(year, month, day)
    if day2 is None:
        return win.day(lo)
    hi = win.checked_date(year, month, day2)
    return win.span(lo, hi, "week" if (hi - lo).days <= 7 else "month")


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
    return min(fits)[1] if fits else win.year_for(month, day, published)


def read_month_year(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"June 2014", "mid-June", "early June", "last June", "in June", "the end of June"."""
    word = m.group("month")
    if word[0].islower():
        raise win.NotADate
    month = MONTHS[word.casefold().rstrip(".")]
    part, rel = m.group("part"), (m.group("rel") or "").lower()
    if m.group("year"):
        return win.month_window(int(m.group("year")), month, part)
    if _THAT_YEAR.match(text, m.end()):
        # "seized the town in February 2007 and lost it in December of that year": the year told before
        if year := _year_told_before(m, text):
            return win.month_window(year, month, part)
        raise win.NotADate
    if not part and not rel and _prev_word(text, m.start("m")) not in DATE_PREPS:
        raise win.NotADate  # a bare "May" or "March" is too often another word
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
    return win.month_window(year, month, part)


_THAT_YEAR = re.compile(r"(?:\s+of|,)?\s+(?:that|the\s+same|that\s+same)\s+year\b", re.I)
_A_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


def _year_told_before(m: re.Match[str], text: str) -> int | None:
    """The year a date "of that year" points back to: the last one written before it."""
    if not _THAT_YEAR.match(text, m.end()):
        return None
    years = _A_YEAR.findall(text, max(0, m.start() - 400), m.start())
    return int(years[-1]) if years else None


#: A month and a year alone on a line: a timeline's section heading ("August 2013")
_MONTH_HEADING = re.compile(r"^[ \t]*(?P<month>January|February|March|April|May|June|July|August|September|October|"
                            r"November|December)[ \t]+(?P<year>(?:19[5-9]|20[0-4])\d)[ \t]*$", re.M)


def _section_year(m: re.Match[str], text: str, month: int) -> int | None:
    """The year of the section a yearless day stands in: a timeline's "4 August" under its
    "August 2013" heading (the last such heading before it, when it names the same month)."""
    if text.find("\n", 0, m.start()) < 0:
        return None
    last = None
    for last in _MONTH_HEADING.finditer(text, max(0, m.start() - 20_000), m.start()):
        pass
    if last is None or MONTHS[last.group("month").casefold()] != month:
        return None
    return int(last.group("year"))


_EVENT_AFTER = re.compile(r"\s+(?:military\s+)?(?:coup|putsch|attack|attacks|offensive|bombing|bombings|uprising|invasion|"
                          r"takeover|massacre|assault|siege|raid|ceasefire|truce|agreement|deal|war)\b", re.I)


def read_year(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"in 2013", "since 2011", "early 2014", "mid-2015"."""
    part = m.group("part")
    named = m.group("m").lower().startswith("the year")
    if not part and not named and _prev_word(text, m.start("m")) not in DATE_PREPS and not (
            _prev_word(text, m.start("m")) in ("a", "an", "the", "its", "their") and _EVENT_AFTER.match(text, m.end())):
        raise win.NotADate  # (but "took power in a 2021 coup", "the 2014 offensive": the event's year)
    if re.match(rf"\s+{PEOPLE}\b|,\d", text[m.end():]):
        raise win.NotADate
    return win.year_window(int(m.group("year")), part)


def read_season(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"last spring", "the summer of 2013", "this winter", "in the autumn"."""
    season = m.group("season").lower()
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        year = int(m.group("year"))
    else:
        if not rel and _prev_word(text, m.start("m")) not in (
                "in", "since", "during", "until", "by", "through", "throughout", "over", "before", "after"):
            raise win.NotADate
        if season == "fall" and not rel:
            raise win.NotADate  # "the fall of Mosul"
        if re.match(r"\s+(?:offensive|campaign|assault|of\s+(?!(?:19|20)\d\d))", text[m.end():], re.IGNORECASE):
            raise win.NotADate
        if published is None:
            return None
        year = published.year
        first = SEASONS[season]
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
    return win.span(lo, hi, "month")


def _season_bounds(year: int, season: str) -> tuple[dt.date, dt.date]:
    """Meteorological seasons; the winter of a year is its December to the next February."""
    first = SEASONS[season]
    lo = dt.date(year, first, 1)
    y2, m2 = win.shift_month(year, first, 2)
    return lo, dt.date(y2, m2, calendar.monthrange(y2, m2)[1])


def read_weekday(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"Saturday", "last Friday", "next Monday", "Saturday night": the latest such day by publication;
    "Tuesday last week", "Friday of this week": that day of the week named."""
    if published is None:
        return None
    wd = WEEKDAYS[m.group("wd").casefold()]
    week = (m.groupdict().get("week") or "").lower()
    if week:
        shift = {"last": -7, "the previous": -7, "this": 0, "next": 7}[" ".join(week.split())]
        return win.day(win.week_of(published) + dt.timedelta(days=shift + wd))
    rel = (m.group("rel") or "").lower()
    back = (published.weekday() - wd) % 7
    if rel == "next":
        return win.day(published + dt.timedelta(days=(wd - published.weekday()) % 7 or 7))
    if rel == "this":
        return win.day(win.week_of(published) + dt.timedelta(days=wd))
    if rel in ("last", "past", "previous") and back == 0:
        back = 7
    elif rel in ("last", "previous") and back == 1:
        back = 8  # "last Wednesday" written on a Thursday: a writer would have said "yesterday"
    return win.day(published - dt.timedelta(days=back))


def read_ordinal_day(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"on the 12th": that day of the published month, or of the month before."""
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        raise win.NotADate
    if not m.group("on") and not m.group("ofmonth"):
        raise win.NotADate
    if published is None:
        return None
    y, mo = published.year, published.month
    if (m.group("ofmonth") or "").lower().startswith("of last") or day > published.day:
        y, mo = win.shift_month(y, mo, -1)
    return win.day(win.checked_date(y, mo, day))


def read_iso(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """"2014-06-23", and "23/06/2014" or "27.09.2020" read day first (as Middle East, British and
    European outlets write it)."""
    if m.group("iy"):
        return win.day(win.checked_date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))))
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (b, a) if b > 12 else (a, b)
    return win.day(win.checked_date(int(m.group("year")), month, day))


def read_relative(m: re.Match[str], text: str, published: dt.date | None) -> Window:
    """Words that count from publication: "yesterday", "last week", "three days ago"."""
    if published is None:
        return None
    p = published
    phrase = " ".join(m.group("m").lower().split())
    if m.group("num"):
        raw = m.group("num")
        if raw.lower() in ("a few", "several", "a couple of"):
            if m.group("unit").lower().startswith("day"):
                return win.span(p - dt.timedelta(days=7), p - dt.timedelta(days=2), "week")
            n = 2 if "couple" in raw.lower() else 3
        else:
            n = 1 if raw.lower() in ("a", "an") else parse_number(raw)
        if n is None:
            raise win.NotADate
        return win.ago(n, m.group("unit"), p)
    monday = win.week_of(p)
    table: dict[str, Callable[[], DateWindow]] = {
        "yesterday": lambda: win.day(p - dt.timedelta(days=1)),
        "the day before yesterday": lambda: win.day(p - dt.timedelta(days=2)),
        "last night": lambda: win.day(p - dt.timedelta(days=1)),
        "overnight": lambda: win.span(p - dt.timedelta(days=1), p, "day", p - dt.timedelta(days=1)),
        # a release's "in the last 24 hours": the day before it and its own day
        "the past 24 hours": lambda: win.span(p - dt.timedelta(days=1), p, "day", p - dt.timedelta(days=1)),
        "the last 24 hours": lambda: win.span(p - dt.timedelta(days=1), p, "day", p - dt.timedelta(days=1)),
        "the previous 24 hours": lambda: win.span(p - dt.timedelta(days=1), p, "day", p - dt.timedelta(days=1)),
        # a daily summary's "over the past day" (a general staff's, a governor's): the same
        "the past day": lambda: win.span(p - dt.timedelta(days=1), p, "day", p - dt.timedelta(days=1)),
        "the last day": lambda: win.span(p - dt.timedelta(days=1), p, "day", p - dt.timedelta(days=1)),
        "the course of the day": lambda: win.span(p - dt.timedelta(days=1), p, "day", p - dt.timedelta(days=1)),
        "today": lambda: win.day(p),
        "tonight": lambda: win.day(p),
        "this morning": lambda: win.day(p),
        "this afternoon": lambda: win.day(p),
        "this evening": lambda: win.day(p),
        "earlier today": lambda: win.day(p),
        "this week": lambda: win.span(monday, p, "week"),
        "earlier this week": lambda: win.span(monday, p, "week"),
        "last week": lambda: win.span(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "week"),
        "the previous week": lambda: win.span(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "week"),
        "the past week": lambda: win.span(p - dt.timedelta(days=7), p, "week"),
        "the last week": lambda: win.span(p - dt.timedelta(days=7), p, "week"),
        "recent days": lambda: win.span(p - dt.timedelta(days=7), p, "week"),
        "the past few days": lambda: win.span(p - dt.timedelta(days=7), p, "week"),
        "the last few days": lambda: win.span(p - dt.timedelta(days=7), p, "week"),
        "the weekend": lambda: win.weekend(p, back=False),
        "this weekend": lambda: win.weekend(p, back=False),
        "last weekend": lambda: win.weekend(p, back=True),
        "this month": lambda: win.span(p.replace(day=1), p, "month", min(p, p.replace(day=15))),
        # (not yesterday or today, which a report would call so: "Earlier this month, forces retook ...")
        "earlier this month": lambda: win.span(p.replace(day=1), max(p.replace(day=1), p - dt.timedelta(days=2)), "month",
                                               min(max(p.replace(day=1), p - dt.timedelta(days=2)), p.replace(day=15))),
        "last month": lambda: win.month_window(*win.shift_month(p.year, p.month, -1)),
        "the previous month": lambda: win.month_window(*win.shift_month(p.year, p.month, -1)),
        "this year": lambda: win.span(dt.date(p.year, 1, 1), p, "year"),
        "earlier this year": lambda: win.span(dt.date(p.year, 1, 1), p, "year"),
        "last year": lambda: win.year_window(p.year - 1),
        "the previous year": lambda: win.year_window(p.year - 1),
    }
    return table[phrase]()



def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 20):start])
    return m.group(1).lower() if m else ""
