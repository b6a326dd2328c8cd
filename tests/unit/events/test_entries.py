"""A feed's entry stamps and a timeline's day headings date what follows them (``events.entries``)."""
import datetime as dt

from helpers import make_article

from warmap.events.dates import find_dates
from warmap.events.entries import dated_by_entries, on_its_own_line
from warmap.pipeline import analyse

CHANNEL = ("[06.04.2019 09:15]\nLNA forces clashed with GNA troops in Gharyan this morning, residents said.\n\n"
           "[07.04.2019 17:10]\nA warplane struck a school in Tripoli.\n\n"
           "[08.04.2019 12:10]\nA warplane struck Mitiga airport in Tripoli, officials said.\n")


def _days(text: str, published: dt.date) -> list[tuple[str, dt.date]]:
    return [(e.location.place.name if e.location else "", e.when.date) for e in analyse(make_article(text, published=published)).events]


def test_an_entrys_relative_day_is_read_against_its_stamp() -> None:
    dates = dated_by_entries(CHANNEL, find_dates(CHANNEL, dt.date(2019, 4, 8)), find_dates)
    morning = next(d for d in dates if d.mention == "this morning")
    assert morning.date == dt.date(2019, 4, 6)  # (read against the page's day it was the 8th)


def test_an_entrys_undated_event_is_of_its_stamps_day() -> None:
    days = _days(CHANNEL, dt.date(2019, 4, 8))
    assert days == [("Gharyan", dt.date(2019, 4, 6)), ("Tripoli", dt.date(2019, 4, 7)),
                    ("Tripoli", dt.date(2019, 4, 8))], days


def test_one_stamp_makes_no_entries() -> None:
    text = "[06.04.2019 09:15]\nLNA forces clashed with GNA troops in Gharyan this morning, residents said.\n"
    dates = dated_by_entries(text, find_dates(text, dt.date(2019, 4, 8)), find_dates)
    assert next(d for d in dates if d.mention == "this morning").date == dt.date(2019, 4, 8)


def test_a_timelines_day_heading_dates_its_paragraph() -> None:
    text = ("Timeline of the war (August 2013)\n\nAugust 2013\n\n4 August\n"
            "Rebels captured a dozen villages near Salma in Latakia province.\n\n"
            "6 August\nRebels captured the Menagh air base north of Aleppo after a ten-month siege.\n")
    days = _days(text, dt.date(2024, 2, 14))
    assert [day for _, day in days] == [dt.date(2013, 8, 4), dt.date(2013, 8, 6)], days  # (the year of "August 2013")


def test_a_day_that_opens_a_sentence_heads_nothing() -> None:
    text = "4 August, the day the offensive began, was quiet.\nRebels shelled Salma.\n"
    d = next(d for d in find_dates(text, dt.date(2013, 8, 10)) if d.mention == "4 August")
    assert not on_its_own_line(text, d)
    heading = "4 August\nRebels shelled Salma.\n"
    assert on_its_own_line(heading, find_dates(heading, dt.date(2013, 8, 10))[0])
