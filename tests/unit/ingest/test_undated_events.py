"""No event is lost for want of a publication date.

An article with no publication date is read against a stand-in (the latest date the
text names, or the day of reading): events the text dates absolutely keep their date;
every other one is kept with its date unknown (precision "year", the nearest value the
export contract allows, and a ``date_note``), never dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from helpers import make_article, make_event

import warmap
from warmap.events.dates import date_unanchored, find_dates, stand_in

TEXT = ("Islamic State fighters captured the al-Qaim border crossing on June 21, 2014, residents said. "
        "On Saturday, the militants seized the town of Rawa after a short fight.")


def test_stand_in_is_the_latest_date_the_text_names() -> None:
    today = dt.date(2026, 12, 4)
    assert stand_in(find_dates(TEXT, None), today) == (dt.date(2014, 6, 21), "text")
    assert stand_in(find_dates("Rebels attacked on Saturday.", None), today) == (today, "reading")
    # a year named alone: the report was written after it ended ("8,400 were killed in 2023")
    assert stand_in(find_dates("More than 8,400 people were killed in 2023.", None), today) == (
        dt.date(2023, 12, 31), "text")


def test_an_address_with_year_and_month_sets_the_month() -> None:
    today = dt.date(2026, 12, 4)
    url = "https://www.example.gov/r/pa/prs/ps/2014/06/226711.htm"
    assert stand_in(find_dates(TEXT, None), today, url) == (dt.date(2014, 6, 15), "address")
    # a date in the text later than the address's month: the address is not the page's
    assert stand_in(find_dates(TEXT, None), today, "https://x.example/2014/05/slug")[1] == "text"
    article = make_article("Rebels shelled the town on Saturday.")
    saturday = next(w for w in find_dates(article.text, dt.date(2014, 6, 15)) if w.mention == "Saturday")
    event = dataclasses.replace(make_event(article, "Rebels shelled the town on Saturday."), when=saturday)
    [kept] = date_unanchored([event], [], dt.date(2014, 6, 15), "address")
    assert (kept.when.date_min, kept.when.date, kept.when.date_max, kept.when.precision) == (
        dt.date(2014, 5, 25), dt.date(2014, 6, 14), dt.date(2014, 6, 30), "month")
    assert "June 2014" in next(ev.text for ev in kept.evidence if ev.field == "date_note")


def test_absolute_dates_are_kept_and_relative_ones_marked_unknown() -> None:
    article = make_article(TEXT)
    absolute = find_dates(TEXT, None)
    june = next(w for w in absolute if w.mention == "June 21, 2014")
    first = dataclasses.replace(make_event(article, TEXT.split(" On ")[0], eid="a"), when=june)
    saturday = next(w for w in find_dates(TEXT, dt.date(2014, 6, 21)) if w.mention == "Saturday")
    second = dataclasses.replace(make_event(article, "On Saturday, the militants seized the town", eid="b"),
                                 when=saturday)
    undated_one = make_event(article, "the militants seized the town of Rawa", eid="c")  # no date words at all
    kept = date_unanchored([first, second, undated_one], absolute, dt.date(2014, 6, 21), "text")
    assert [e.id for e in kept] == ["a", "b", "c"]
    assert kept[0].when == june and not [ev for ev in kept[0].evidence if ev.field == "date_note"]
    for e in kept[1:]:
        assert e.when.precision == "year"
        # (written on or after the latest day it names: the year from a month before it)
        assert (e.when.date_min, e.when.date_max) == (dt.date(2014, 5, 21), dt.date(2015, 5, 21))
        note = next(ev for ev in e.evidence if ev.field == "date_note")
        assert "no publication date" in note.text and "2014-06-21" in note.text
    assert '("Saturday")' in next(ev.text for ev in kept[1].evidence if ev.field == "date_note")
    assert kept[1].when.mention == "Saturday"  # the date words stay evidence
    assert all(s.published is None for e in kept for s in e.sources)


def test_with_no_year_anywhere_the_window_is_the_year_up_to_reading() -> None:
    article = make_article("Rebels shelled the town on Saturday.")
    saturday = next(w for w in find_dates(article.text, dt.date(2026, 12, 4)) if w.mention == "Saturday")
    event = dataclasses.replace(make_event(article, "Rebels shelled the town on Saturday."), when=saturday)
    [kept] = date_unanchored([event], [], dt.date(2026, 12, 4), "reading")
    assert (kept.when.date_min, kept.when.date, kept.when.date_max) == (
        dt.date(2025, 12, 4), dt.date(2026, 11, 28), dt.date(2026, 12, 4))
    assert "names no year" in next(ev.text for ev in kept.evidence if ev.field == "date_note")


@pytest.mark.slow
def test_extract_without_published_keeps_every_event() -> None:
    events = warmap.extract(TEXT)
    by_place = {e.location.place.name if e.location else None: e for e in events}
    assert len(events) == 2, events
    absolute = next(e for e in events if e.when.precision == "day")
    assert absolute.when.date == dt.date(2014, 6, 21)
    unknown = next(e for e in events if e.when.precision == "year")
    assert unknown.when.mention == "Saturday" and any(ev.field == "date_note" for ev in unknown.evidence)
    assert by_place  # every event placed
    alone = warmap.extract("On Saturday, ISIS captured the al-Qaim border crossing.")
    assert [e.when.precision for e in alone] == ["year"]
    assert alone[0].when.date_max <= dt.date.today()
    given = warmap.extract("On Saturday, ISIS captured the al-Qaim border crossing.", published="2014-06-23")
    assert [(e.when.date, e.when.precision) for e in given] == [(dt.date(2014, 6, 21), "day")]
    assert not [ev for e in given for ev in e.evidence if ev.field == "date_note"]
