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

import datetime as dt
import re
from collections.abc import Callable

from warmap.events.date_phrases import (
    WEEKDAYS, Window, read_iso, read_month_day, read_month_year, read_ordinal_day, read_relative, read_season,
    read_weekday, read_year,
)
from warmap.events.date_windows import NotADate
from warmap.events.first_chars import first_chars
from warmap.events.unanchored import UNANCHORED_NOTE, date_unanchored, stand_in
from warmap.records import DateWindow

__all__ = ["find_dates", "undated", "stand_in", "date_unanchored", "UNANCHORED_NOTE"]

# Pieces of the grammar below.
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
          r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s*\d)"
          # a short month after a day or a part of the month: CrisisWatch's "RSF 4 Nov overran", "late Oct"
          r"|(?:(?<=\d\s)|(?<=late\s)|(?<=early\s)|(?<=mid-)|(?<=mid\s))"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![a-z]))")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*(?:-|–|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>(?:19[5-9]|20[0-4])\d)"
_PART = r"(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start|middle)\s+of)"
_NUM = r"(?P<num>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|a\s+couple\s+of)"
_NOT_NUMBER_AFTER = r"(?![\d,.:]\d|\s*(?:am|pm|a\.m|p\.m|%|km|civilians|people|fighters|soldiers|men)\b)"


def undated(published: dt.date) -> DateWindow:
    """The window for an event the text does not date: the week up to publication.

    >>> undated(dt.date(2014, 6, 23)).date_min
    datetime.date(2014, 6, 16)
    """
    return DateWindow(published, published - dt.timedelta(days=7), published, "week")


def find_dates(text: str, published: dt.date | None) -> list[DateWindow]:
    """Every date expression in the text, in text order, with offsets into ``text``.

    Relative expressions need ``published``; without it only expressions that name a
    year resolve. Overlapping readings keep the longest ("Wednesday, June 25" over
    "Wednesday").
    """
    found: dict[tuple[int, int], Window] = {}
    for lo, hi in _windows(text):
        for rule, matches in zip(_RULES, _rule_matches(text, lo, hi)):
            for m in matches:
                key = (m.start("m"), m.end("m"))
                if key in found:
                    continue
                try:
                    found[key] = rule.resolve(m, text, published)
                except NotADate:
                    continue
    out: list[DateWindow] = []
    last_end = -1
    for (start, end), w in sorted(found.items(), key=lambda f: (f[0][0], f[0][0] - f[0][1])):
        if start < last_end:
            continue
        last_end = end
        if w is not None:
            out.append(DateWindow(w.date, w.date_min, w.date_max, w.precision, text[start:end], start, end))
    # ("the busy Monday Market in Maiduguri", "the Friday Mosque": a weekday in a name is no date)
    out = [d for d in out if not ((d.mention or "") in _WEEKDAY_NAMES and _in_a_name(text, d.end or 0))]
    # ("the March 23 Movement", "the 14 March Alliance", "the 17 February Revolution": a group's name)
    out = [d for d in out if not _GROUP_NAMED_AFTER.match(text, d.end or 0)]
    return _weekday_the_nth(_month_of_last_year(out, text, published), text, published)


_WEEKDAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_NAME_AFTER = re.compile(r"[ \t]+((?-i:[A-Z])[a-z]+)\b")
#: Capitalised words a weekday may stand before and still be a date ("Monday March 3", "Friday Night")
_DATE_WORDS_AFTER = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                               "October", "November", "December", "Night", "Morning", "Afternoon", "Evening"})


#: Words after a date that make it a group's or a movement's name
_GROUP_NAMED_AFTER = re.compile(r"[ \t]+(?:Movement|Alliance|Coalition|Revolution(?:ary)?|Brigades?|Front|Youth|Bloc|"
                                r"Battalions?|Martyrs|Uprising|Group)\b")


def _in_a_name(text: str, end: int) -> bool:
    """Is the weekday that ends at ``end`` followed by a capitalised word of a name ("Market")?"""
    m = _NAME_AFTER.match(text, end)
    return m is not None and m.group(1) not in _DATE_WORDS_AFTER


_THE_NTH = re.compile(r"\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


def _weekday_the_nth(dates: list[DateWindow], text: str, published: dt.date | None) -> list[DateWindow]:
    """ "Saturday the 16th": the most recent day on or before publication that is that
    weekday and that day of the month (within a few months)."""
    if published is None:
        return dates
    out = []
    for d in dates:
        m = _THE_NTH.match(text, d.end) if d.end is not None and d.precision == "day" else None
        if m is not None and (d.mention or "").split()[-1].lower().rstrip(",") in WEEKDAYS:
            wd = WEEKDAYS[(d.mention or "").split()[-1].casefold().rstrip(",")]
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
    """ "in January last year", "on September 26 last year": that month or day in the year
    before publication ("in January this year": in the year of publication)."""
    if published is None:
        return dates
    out: list[DateWindow] = []
    skip_until = -1
    for d in dates:
        if d.start is not None and d.start < skip_until:
            continue
        m = _LAST_YEAR.match(text, d.end) if d.precision in ("month", "day") and d.end is not None else None
        if m is not None:
            shift = d.date.year - (published.year if m.group("this") else published.year - 1)

            def back(day: dt.date) -> dt.date:
                return day.replace(year=day.year - shift, day=min(day.day, 28) if day.month == 2 else day.day)

            d = DateWindow(back(d.date), back(d.date_min), back(d.date_max), d.precision,
                           text[d.start:m.end()], d.start, m.end())
            skip_until = m.end()
        out.append(d)
    return out


# Words every date expression contains; the grammar runs only on the text around them.
_ANCHOR_WORDS = ("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|yesterday"
                 "|today|tonight|night|overnight|morning|afternoon|evening|week|month|year|day|recent|spring"
                 "|summer|autumn|fall|winter").split("|")
# (the lookahead of their first letters lets the search pass over other words quickly)
_ANCHOR = re.compile(r"\d|\b(?=[" + "".join(sorted({w[0].lower() for w in _ANCHOR_WORDS})) + "])(?:"
                     + "|".join(_ANCHOR_WORDS) + ")", re.IGNORECASE)
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


class _Rule:
    def __init__(self, pattern: str, resolve: Callable[[re.Match[str], str, dt.date | None], Window],
                 flags: int = re.IGNORECASE):
        self.pattern = re.compile(pattern, flags)
        self.resolve = resolve
        # what a match can begin with: the pattern is tried only at words that begin so
        self.firsts = _firsts(self.pattern)


def _firsts(pattern: re.Pattern[str]) -> frozenset[str]:
    """:func:`first_chars` of a rule. It cannot list what ``\\d`` begins with, so a rule that may
    begin with a digit is read with ``\\d`` as the ASCII digits: every rule is tried at a word
    beginning with a non-ASCII character (an Arabic-Indic digit) anyway."""
    firsts = first_chars(pattern)
    if firsts is None:
        firsts = first_chars(re.compile(_SET_OR_ESCAPE.sub(_ascii_digit, pattern.pattern), pattern.flags))
    if firsts is None:
        raise ValueError(f"a date rule must begin with known characters: {pattern.pattern}")
    return firsts


_SET_OR_ESCAPE = re.compile(r"\[(?:\\.|[^\]\\])*\]|\\.")


def _ascii_digit(m: re.Match[str]) -> str:
    """``\\d`` as ``[0-9]`` (``0-9`` in a set); any other escape or set as it is."""
    piece = m.group()
    if piece.startswith("["):
        return re.sub(r"(\\.)", lambda e: "0-9" if e.group() == "\\d" else e.group(), piece)
    return "[0-9]" if piece == "\\d" else piece


def _rule_matches(text: str, lo: int, hi: int) -> list[list[re.Match[str]]]:
    """Each rule's matches in ``text[lo:hi]``, as ``finditer`` finds them (every rule's match
    begins at a word): one pass over the words, each tried only with the rules that can
    begin with its first character, instead of a pass for each rule."""
    found: list[list[re.Match[str]]] = [[] for _ in _RULES]
    ends = [lo] * len(_RULES)   # a rule's next match begins after its last one
    for word in _WORD_START.finditer(text, lo, hi):
        p = word.start()
        for i in _RULES_BY_FIRST.get(text[p], _ALL_RULES):
            if p >= ends[i]:
                m = _RULES[i].pattern.match(text, p, hi)
                if m is not None:
                    found[i].append(m)
                    ends[i] = m.end()
    return found


# ---------------------------------------------------------------- the grammar
# Each pattern marks the words of the date with the group "m" (leading "on"/"in" stay out).

#: "overnight on 11 June", "overnight Friday": the night the words name, not the one before publication
_NIGHT_NAMED = (r"(?!\s+(?:on\s+|into\s+|to\s+|from\s+|between\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                r"|[0-3]?\d\b|January|February|March|April|May|June|July|August|September|October|November|December))")
_RULES = [
    _Rule(rf"(?P<m>\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}{_DAY2}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)\b", read_month_day),
    _Rule(rf"(?P<m>\b(?:{_WD},?\s+)?{_MONTH}\s+(?:the\s+)?{_DAY}{_DAY2}(?:,?\s+{_YEAR})?)\b{_NOT_NUMBER_AFTER}",
          read_month_day),
    _Rule(rf"(?P<m>\b(?:(?P<part>{_PART})[\s-]*|(?P<rel>last|this|next)\s+)?{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?)\b"
          rf"(?!\s*\d)(?!,\s*\d(?![\d,]*\s+[A-Za-z]))", read_month_year),  # ("In August, 24 soldiers": a count, not a day)
    _Rule(rf"(?P<m>\b(?:(?P<part>{_PART})[\s-]*)?(?:the\s+year\s+)?{_YEAR})\b(?![\d,.]\d|\s*%)", read_year),
    _Rule(rf"(?P<m>\b(?:(?P<rel>last|this|next|early|late)\s+)?(?P<the>the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
          rf"(?:\s+(?:of\s+)?{_YEAR})?)\b", read_season),
    _Rule(rf"(?P<m>\b(?:(?P<rel>last|this|next|past|previous)\s+)?{_WD}"
          rf"(?:\s+(?:of\s+)?(?P<week>last|this|next|the\s+previous)\s+week)?)\b(?!s)", read_weekday),
    _Rule(r"(?P<on>\bon\s+)?(?P<m>\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
          r"(?P<ofmonth>\s+of\s+(?:this|the|last)\s+month)?)\b"
          r"(?=\s*[,.;]|\s*$|\s+(?:of|at|in|when|as|and|but|after|before|with|during|morning|night|evening"
          r"|afternoon)\b)", read_ordinal_day),
    _Rule(rf"(?P<m>\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
          rf"|(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep){_YEAR}))\b(?!\.\d)", read_iso),
    _Rule(rf"(?P<m>\b(?:the\s+day\s+before\s+yesterday|yesterday|last\s+night|overnight{_NIGHT_NAMED}|today|tonight"
          rf"|earlier\s+today|this\s+(?:morning|afternoon|evening)"
          rf"|(?:earlier\s+)?this\s+(?:week|month|year)|(?:last|the\s+previous)\s+(?:week|month|year)"
          rf"|the\s+(?:past|last)\s+week|(?:the\s+(?:past|last)\s+few\s+days)|recent\s+days"
          rf"|the\s+(?:past|last|previous)\s+24\s+hours|the\s+(?:past|last)\s+day|the\s+course\s+of\s+the\s+day"
          rf"|(?:this|last|the)\s+weekend"
          rf"|{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago))\b", read_relative),
]

_ALL_RULES = tuple(range(len(_RULES)))
#: where a word begins (as first_chars.word_starts finds them), read in a window only
_WORD_START = re.compile(r"\b\w")
#: for each ASCII character, the rules (in order) whose match can begin with it; a word
#: beginning with any other character is tried with every rule
_RULES_BY_FIRST = {chr(c): tuple(i for i, rule in enumerate(_RULES) if chr(c) in rule.firsts) for c in range(128)}
