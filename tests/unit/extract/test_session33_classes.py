"""Session 33's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import datetime as dt

import pytest
from helpers import check_class_row, make_article, summarise

ROWS: list[tuple] = [
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session33_class_and_its_near_miss(row):
    check_class_row(row)


def _days(text: str, published: dt.date) -> list[dt.date | None]:
    from warmap.pipeline import analyse

    return [e.when.date for e in analyse(make_article(text, published=published)).events]


@pytest.mark.parametrize("words, day", [
    ("on Tuesday last week", dt.date(2023, 8, 8)),         # the Tuesday of the week before the page's
    ("on Friday of last week", dt.date(2023, 8, 11)),
    ("on Monday this week", dt.date(2023, 8, 14)),
    ("on Tuesday", dt.date(2023, 8, 15)),                  # near miss: the page's own Tuesday
])
def test_a_weekday_of_a_named_week_is_that_weeks_day(words, day):
    # published on Tuesday 15 August 2023; before, "Tuesday last week" was read as the page's own Tuesday
    text = f"Federal troops took control of the centre of Gondar {words}, residents said."
    assert _days(text, dt.date(2023, 8, 15)) == [day]
