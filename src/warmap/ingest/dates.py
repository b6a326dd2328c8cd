"""Publication dates as news sites write them, to a ``datetime.date``.

Only full dates (day, month and year) count: a publication date is what relative
dates ("on Saturday") are resolved against, so a guess would move every event.
Numeric dates: equal day and month (03/03/2014) are one date; dotted ones
(19.06.2014) are day-first, the only order outlets write with dots; slashed or
dashed ones (03/06/2014) give nothing unless the caller knows the page's order
(``numeric_order``: another date on the page with a day over 12 settles it).

>>> parse_date("Thu, 19 Jun 2014 08:00:00 GMT"), parse_date("2014-06-19T10:00:00+03:00")
(datetime.date(2014, 6, 19), datetime.date(2014, 6, 19))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from warmap.events.vocabulary import alternation

__all__ = ["find_date", "parse_date", "match_date", "is_undecided", "readings", "numeric_order", "url_dates", "month_day",
           "publication_weekday", "year_after", "weekday_date", "year_for_weekday", "years_mentioned", "DATE_PATTERN", "full_dates",
           "TIME_ZONES", "week_end"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: French, Spanish, Portuguese and Russian month names, as francophone, Latin American and Central Asian
#: outlets date their pages ("Jeudi 30 octobre 2014 - 13h40", "30 de octubre de 2014") above English text.
_FOREIGN_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Portuguese ("8 de janeiro de 2023"), and Russian in the genitive a date takes ("14 сентября 2022")
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
_MONTH = (
    r"(?:" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + "|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?"  # ("1er août 2014", the French first)
_YEAR = r"(?:19[89]\d|20\d\d)"
# The time part of an ISO stamp, read with the date so that "T14:05:00+03:00" is not left over.
_ISO_TIME = r"T\d\d:\d\d(?::\d\d)?(?:[.,]\d+)?(?:Z|[+-]\d\d(?::?\d\d)?)?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?"

DATE_PATTERN = re.compile(
    rf"\b{_WEEKDAY}(?:"
    rf"(?P<m1>{_MONTH})(?:\s+|/)(?P<d1>{_DAY})(?:[,\u060c]\s*|\s+[-\u2013]\s+|\s+|/)(?P<y1>{_YEAR})"  # June 19, 2014; June 19,2014; June 19 - 2014; February/19/2016
    rf"|(?P<d2>{_DAY})(?:\s+of\s+|\s+de\s+|\.?\s+|-|/)(?P<m2>{_MONTH})(?:[,\u060c]\s*|\s+de\s+|\s+|-|/)(?P<y2>{_YEAR})"  # 19 June 2014, 05-Nov-2019, "9. Mar 2018", 12/January/2024
    rf"|(?P<y3>{_YEAR})-(?P<n3>[01]?\d)-(?P<d3>[0-3]?\d)(?![\d])(?:{_ISO_TIME})?"  # 2014-06-19, 2014-06-19T10:00:00+03:00
    rf"|(?P<y4>{_YEAR})(?P<s4>[/.])(?P<n4>[01]?\d)(?P=s4)(?P<d4>[0-3]?\d)(?![\d/])"     # 2014/06/19, 2023.04.12
    rf"|(?P<a5>[0-3]?\d)(?P<s5>[/.-])(?P<b5>[0-3]?\d)(?P=s5)(?P<y5>{_YEAR})(?![\d])"  # 19/06/2014, 06-19-2014, 19.06.2014
    # "15.11.12, 10:47": a dotted day, month and two-digit year, only as a stamp with its time
    rf"|(?P<a8>[0-3]?\d)(?P<s8>[./])(?P<b8>[01]?\d)(?P=s8)(?P<y8>\d\d),?\s+[0-2]?\d[:.][0-5]\d(?![\d.])"  # ("29/04/21 12:58")
    rf")(?![\d])",
    re.IGNORECASE,
)

# Every DATE_PATTERN match holds a year, and a numeric day-month one a separator then a year:
# searching for these first passes over most lines (and most texts) at a fraction of the cost.
_A_YEAR = re.compile(rf"{_YEAR}|\d[./][01]?\d[./]\d\d,?\s+\d")
_NUMERIC_YEAR = re.compile(rf"[/.-]{_YEAR}")


def full_dates(text: str) -> Iterator[re.Match[str]]:
    """``DATE_PATTERN.finditer(text)``; none without a year in the text, told by a cheap search."""
    return DATE_PATTERN.finditer(text) if _A_YEAR.search(text) else iter(())


def _month(name: str) -> int:
    name = name.casefold().rstrip(".")
    return _FOREIGN_MONTHS.get(name) or _MONTHS[name[:3]]


#: A weekly report's line: "Week of 13-19 February 2010", "13-19 February 2010"
_WEEK_RANGE = re.compile(rf"(?:week\s+of\s+)?(?P<first>{_DAY})\s*[-–]\s*(?P<last>{_DAY})\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR})",
                         re.IGNORECASE)


def week_end(line: str) -> dt.date | None:
    """The last day of the week a line names alone ("Week of 13-19 February 2010": 19 February),
    or None when the line is no such week (a span of a week or more is none)."""
    m = _WEEK_RANGE.fullmatch(line.strip())
    if m is None or not 0 < _day(m["last"]) - _day(m["first"]) < 7:
        return None
    try:
        return dt.date(int(m["year"]), _month(m["month"]), _day(m["last"]))
    except ValueError:
        return None


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _numeric(a: int, b: int, year: int, sep: str, order: str | None) -> dt.date | None:
    """The date a numeric pair stands for, or None while its order is unknown (03/06/2014)."""
    if a > 12 or b > 12:
        day, month = (a, b) if a > 12 else (b, a)
    elif a == b or sep == "." or order == "dmy":
        day, month = a, b
    elif order == "mdy":
        day, month = b, a
    else:
        return None
    return dt.date(year, month, day)


def match_date(m: re.Match[str], order: str | None = None) -> dt.date | None:
    """The date a ``DATE_PATTERN`` match stands for, read in ``order`` when it is numeric."""
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
        if g["y8"]:
            return _numeric(int(g["a8"]), int(g["b8"]), 2000 + int(g["y8"]), g["s8"], order)
        return _numeric(int(g["a5"]), int(g["b5"]), int(g["y5"]), g["s5"], order)
    except ValueError:
        return None


def is_undecided(m: re.Match[str]) -> bool:
    """True for a numeric date whose day and month cannot be told apart (03/06/2014)."""
    return bool(m.group("a5") or m.group("s8")) and match_date(m) is None and match_date(m, "dmy") is not None


def readings(m: re.Match[str]) -> list[dt.date]:
    """Every date a match can stand for: both orders of an undecided numeric date."""
    found = [match_date(m, order) for order in ("dmy", "mdy")]
    return sorted({d for d in found if d is not None})


#: Time zones a stamp may end on ("16:45 PKT", "08:12 GMT", "11.05 EDT"); ``metaline`` reads them too.
TIME_ZONES = ("gmt", "utc", "bst", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "eet", "eest", "ast",
              "msk", "pkt", "eat", "cat", "wat", "sast", "ict", "wib", "pht", "sgt", "jst", "kst", "aest", "aedt",
              "irst", "aft", "gst", "trt", "npt", "mmt")
_STAMP_ZONE = re.compile(r"\b[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d\d,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?"
                         # (UTC says nothing of a habit)
                         r"(?P<zone>" + "|".join(z.upper() for z in TIME_ZONES if z != "utc") + r"|IST|ET)\b")
_MONTH_FIRST_ZONES = {"est", "edt", "cst", "cdt", "pst", "pdt", "et"}
#: A numeric stamp with an afternoon hour on the 24-hour clock ("08-09-2014 19:20"): the
#: Americas that write the month first keep the 12-hour clock ("6:30 PM").
_STAMP_24_HOURS = re.compile(r"\b[0-3]?\d[/-][01]?\d[/-](?:19|20)\d\d,?\s+(?:1[3-9]|2[0-3])[:.h][0-5]\d\b(?!\s*[ap]\.?m\b)",
                             re.IGNORECASE)


def numeric_order(text: str) -> str | None:
    """"dmy" or "mdy" when the slashed or dashed dates in ``text`` that can only be read one way agree.

    A page writes all its numeric dates one way, so "Updated 15/03/2016" tells how
    to read "04/03/2016" beside it.
    """
    orders = set()
    if not _NUMERIC_YEAR.search(text):
        return None
    for m in DATE_PATTERN.finditer(text):
        if m.group("a5") and m.group("s5") != "." and not is_undecided(m):
            a, b = int(m.group("a5")), int(m.group("b5"))
            if a != b:
                orders.add("dmy" if a > b else "mdy")
    if not orders:
        # "10/06/2024 08:12 GMT": a stamp's time zone tells whose habit the page follows (the
        # Americas write the month first, the rest of the world the day)
        zone = _STAMP_ZONE.search(text)
        if zone:
            return "mdy" if zone.group("zone").lower() in _MONTH_FIRST_ZONES else "dmy"
        if _STAMP_24_HOURS.search(text):  # "11/12/2024 18:30": the 24-hour clock of day-first countries
            return "dmy"
        undecided = [m for m in DATE_PATTERN.finditer(text) if m.group("a5") and is_undecided(m)]
        return (_recent_order(text, undecided) if undecided else None) or _written_order(text) \
            or (_story_order(text) if undecided else None)
    return orders.pop() if len(orders) == 1 else None


# (capitalised month names only: "may" and "march" are words too)
_CAPITAL_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                  r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WRITTEN_MONTH_FIRST = re.compile(rf"\b{_CAPITAL_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent))")
_WRITTEN_DAY_FIRST = re.compile(rf"\b{_DAY}\s+{_CAPITAL_MONTH}(?!\w)")


#: A month and day with no year after it ("on August 23", "23 August"): a day the story counts back to
_YEARLESS = re.compile(rf"\b(?:(?P<m1>{_CAPITAL_MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{_CAPITAL_MONTH}))"
                       rf"(?!\w)(?!,?\s*(?:of\s+)?{_YEAR}|\s*[-/.]\s*\d|\s*(?:%|percent))")
#: How far back a news story's yearless days reach, and how far ahead (a vote "on December 10")
_RECENT_DAYS, _AHEAD_DAYS = 100, 14


def _recent(day: dt.date, month: int, dom: int) -> bool:
    """Whether a yearless month and day falls in the weeks before ``day`` (or just after)."""
    for year in (day.year + 1, day.year, day.year - 1):
        try:
            back = (day - dt.date(year, month, dom)).days
        except ValueError:  # (29 February)
            continue
        if back >= -_AHEAD_DAYS:
            return back <= _RECENT_DAYS
    return False


def _recent_order(text: str, undecided: list[re.Match[str]]) -> str | None:
    """ "05-09-2024" over a story that tells of a strike "on August 23": news counts back days
    from the weeks before it was published, so the reading under which every yearless day the text
    names is recent (5 September, not 9 May) is the page's order, when only one reading is."""
    days = [(_month(m["m1"] or m["m2"]), _day(m["d1"] or m["d2"])) for m in _YEARLESS.finditer(text)]
    if not days:
        return None
    fits = [order for order in ("dmy", "mdy") if all(
        _recent(day, month, dom) for m in undecided if (day := match_date(m, order)) for month, dom in days)]
    return fits[0] if len(fits) == 1 else None


def _written_order(text: str) -> str | None:
    """ "Released: 07/10/2017" above "began on October 17, 2016": a page that writes its dates
    with the month first ("October 17", an American habit) writes its numeric dates so too, and
    one that writes "17 October" puts the day first. Only a clear habit counts (two to none)."""
    month_first = len(_WRITTEN_MONTH_FIRST.findall(text))
    day_first = len(_WRITTEN_DAY_FIRST.findall(text))
    if month_first >= 2 and day_first == 0:
        return "mdy"
    if day_first >= 2 and month_first == 0:
        return "dmy"
    return None


#: Where numeric dates put the month first; the rest of the world writes the day first.
_MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "CA", "BZ", "FM", "MH", "PW"})


def _story_order(text: str) -> str | None:
    """ "08/04/2018" on a page about Douma, "01/05/2024" on one about Tbilisi: with nothing else
    to go by, the order of the country the story is about. Outlets of the Americas write
    their own wars' dates month first and spell the month out for others' ("April 8, 2018"),
    so a numeric date on a page about a day-first country is read day first."""
    from warmap.places import load_gazetteer   # (only for a page whose dates can be read both ways)

    country = load_gazetteer().country_context(text)
    if country is None:
        return None
    return "mdy" if country in _MONTH_FIRST_COUNTRIES else "dmy"


def find_date(text: str, order: str | None = None) -> tuple[dt.date, int, int] | None:
    """The first full date in ``text``, with its start and end offsets."""
    for m in DATE_PATTERN.finditer(text):
        day = match_date(m, order)
        if day is not None:
            return day, m.start(), m.end()
    return None


def parse_date(value: str | None, order: str | None = None) -> dt.date | None:
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
    found = find_date(value, order)
    return found[0] if found else None


# A date in a URL path: /2016/03/03/, /2016/mar/03/, /2016/Mar-03/, /2016-03-03/, /20160303/;
# or only the year and month: /2016/03/slug, /2016/10/263174.htm (a numeric id is no day).
_URL_DATE = re.compile(
    rf"/(?P<y>{_YEAR})(?P<sep>[/-]?)(?P<m>[01]\d|[1-9]|{_MONTH})"
    rf"(?:(?:(?P=sep)|-)(?P<d>[0-3]\d|[1-9])(?=[/_.?#-]|$)|(?=/[^\d/]|/\d{{3,}}))",
    re.IGNORECASE,
)


def url_dates(url: str | None) -> tuple[dt.date | None, tuple[int, int] | None]:
    """(full date, (year, month)) written in a URL's path, each None when absent.

    News sites put the day a story went up into its address, so it is a
    publication date; a year and month alone can only place another date.
    """
    if not url:
        return None, None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    for m in _URL_DATE.finditer(path):
        if not m.group("sep") and not m.group("d"):
            continue  # "/201603" is not a date
        month = int(m.group("m")) if m.group("m").isdigit() else _month(m.group("m"))
        if not 1 <= month <= 12:
            continue
        year = int(m.group("y"))
        if not m.group("d"):
            return None, (year, month)
        try:
            return dt.date(year, month, int(m.group("d"))), (year, month)
        except ValueError:
            continue
    return None, None


_MONTH_DAY = re.compile(rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}))(?![\w])", re.IGNORECASE)


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) written without a year, as in the dateline "BEIRUT, March 3 (Reuters)"."""
    m = _MONTH_DAY.search(text)
    if not m:
        return None
    month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
    return _month(month), _day(day)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A stamp that gives the weekday, month and day but no year: "Tuesday, March 4", "Tue 4 Mar | 10:32 GMT",
# "Posted on Tuesday, March 4th at 9am".
_WEEKDAY_DATE = re.compile(
    rf"(?:(?:published|posted|updated|last\s+updated|first\s+published)\s*:?\s*)?(?:on\s+)?"
    rf"(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m2>{_MONTH}))"
    r"(?:\s*(?:[|,\u2013\u2014-]|at|\t)?\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|[a-z]{1,4}\s+time|[a-z]{2,4}t))?)?",
    re.IGNORECASE,
)


def weekday_date(line: str) -> tuple[int, int, int] | None:
    """(weekday, month, day) of a line that is only a date with a weekday and no year.

    >>> weekday_date("Tuesday, March 4"), weekday_date("Rebels took Morek on Tuesday, March 4.")
    ((1, 3, 4), None)
    """
    m = _WEEKDAY_DATE.fullmatch(line.strip().replace("\t", " "))
    if not m:
        return None
    month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
    return _WEEKDAYS.index(m.group("wd").lower()), _month(month), _day(day)


def year_for_weekday(weekday: int, month: int, day: int, years: list[int]) -> int | None:
    """The year in which ``month``/``day`` falls on ``weekday``, nearest the latest of ``years``.

    A page's other dates are older than the page or of its year, so on a tie the later
    year wins; none further than six years away counts (the calendar repeats, and a
    weekday alone cannot tell 2014 from 2025).

    >>> year_for_weekday(1, 3, 4, [2011, 2014])   # Tuesday, March 4: 2014 (also 2008, 2025)
    2014
    """
    if not years:
        return None
    target = max(years)
    fits = []
    for year in range(target - 6, target + 7):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fits.append((abs(year - target), -year))
        except ValueError:
            continue
    return -min(fits)[1] if fits else None


_BARE_YEAR = re.compile(rf"(?<![\d.,/-]){_YEAR}(?![\d%]|[.,]\d)")


def years_mentioned(text: str) -> list[int]:
    """Every year written in ``text`` (in dates or alone: "since 2011"), in text order."""
    return [int(m.group()) for m in _BARE_YEAR.finditer(text)]


_WEEKDAY_WORD = re.compile(r"\b(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!s\b)\b")
_SAID_ON = re.compile(rf"\b(?:{alternation('saying', 'forms')}|claimed|(?:respond|comment|reply)\s+to\s+requests?\s+for\s+"
                      rf"comment|for\s+comment)\s+(?:\w+\s+){{0,3}}?(?:on\s+)?$")
#: "Last Wednesday, a strike ...": a day of the week before, which says nothing of the filing day
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)


_AHEAD_BEFORE = re.compile(r"\b(?:for|next|until|till|by|before|coming)\s+(?:the\s+)?$", re.I)
_AHEAD = re.compile(r"\b(?:will|shall|is\s+due|are\s+due|scheduled|planned|expected\s+to|set\s+to)\b", re.I)


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def publication_weekday(text: str) -> int | frozenset[int] | None:
    """The weekday a wire story was filed on, from the weekdays it names (0 = Monday).

    A story tells the last few days, and the day it was filed is the latest of them: the
    weekday after which every other one named falls soonest ("said on Monday they were behind
    Saturday's bombing": Monday). Where two fit as well, the one a verb of saying is dated by
    wins; where that does not decide, the one named first (the lead's). When no day is one of saying, the latest day told or the
    day after it (a set of two weekdays).

    >>> publication_weekday("Rebels said on Monday they were behind Saturday's bombing.")
    0
    """
    named: dict[int, bool] = {}
    first: dict[int, int] = {}  # where each day is first named
    for m in _WEEKDAY_WORD.finditer(text):
        if _AHEAD_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _AHEAD.search(_sentence_around(text, m.start())):
            continue  # "a meeting for Sunday", "talks will resume on Tuesday": a day to come
        if _LAST_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        wd = _WEEKDAYS.index(m.group("wd").lower()[:3])
        said = _SAID_ON.search(text, max(0, m.start() - 40), m.start()) is not None
        named[wd] = named.get(wd, False) or said
        first.setdefault(wd, m.start())
    if not named:
        return None
    spans = {p: max((p - w) % 7 for w in named) for p in named}
    least = min(spans.values())
    best = [p for p, s in spans.items() if s == least]
    if len(best) > 1:
        said = [p for p in best if named[p]]
        # (no day of saying decides: the one the lead names, as wire copy leads with its newest
        # news: "on Friday defended the decision ... detained him on Thursday ... On Monday, ...")
        best = said or [min(best, key=first.__getitem__)]
    if len(best) == 1 and not named[best[0]] and not any(named.values()):
        # no day is a day of saying ("Gunmen kidnapped 15 children ... before dawn on Saturday"):
        # the story was filed the day of the latest event it tells or the day after
        return frozenset({best[0], (best[0] + 1) % 7})
    return best[0] if len(best) == 1 else None


def year_after(weekday: int | frozenset[int], month: int, day: int, years: list[int], latest: int,
               not_before: dt.date | None = None) -> int | None:
    """The first year, from the latest of ``years`` (a page is of the year of the last date it
    names or later; else from the next latest, as a year may be one to come) up to six after it and not after ``latest``, in which ``month``/``day``
    falls on ``weekday`` and not before the latest full date the page names (``not_before``);
    None when the page names no year.

    >>> year_after(0, 12, 30, [2011, 2017], 2026)   # Monday, Dec 30: 2019
    2019
    """
    # (when no year from the latest fits, the next latest: "elections in July 2023" in a page of 2021
    # names a year to come)
    for first in sorted(set(years), reverse=True):
        for year in range(first, min(first + 6, latest) + 1):
            try:
                day_then = dt.date(year, month, day)
            except ValueError:
                return None
            fits = day_then.weekday() in weekday if isinstance(weekday, frozenset) else day_then.weekday() == weekday
            if fits and (not_before is None or day_then >= not_before):
                return year
    return None

