"""The story's day (events/story_day.py): an undated event told after a report's first dated
event takes that event's day when it is recent; otherwise the week before publication stays.
The texts are written for these tests."""
import datetime as dt

from helpers import make_article

from warmap.pipeline import analyse

PUBLISHED = dt.date(2024, 6, 26)  # a Wednesday


def _dates(text: str) -> list[tuple[str, str, str]]:
    evs = analyse(make_article(text, published=PUBLISHED)).events
    return [(e.location.place.name if e.location else "", e.when.date.isoformat(), e.when.precision) for e in evs]


def test_an_undated_city_after_the_lead_is_the_story_day() -> None:
    text = ("Thousands of demonstrators stormed the parliament in Nairobi on Tuesday as anti-tax protests spread.\n\n"
            "In Eldoret, protesters burned three vehicles and a bank.")
    got = _dates(text)
    assert ("Eldoret", "2024-06-25", "day") in got, got


def test_an_old_first_date_leaves_the_undated_event_its_week() -> None:
    # near miss: the first dated event is months before publication, so it is background
    text = ("Protesters stormed the parliament in Nairobi in March, witnesses said.\n\n"
            "In Eldoret, protesters burned three vehicles and a bank.")
    got = _dates(text)
    assert ("Eldoret", "2024-06-26", "week") in got, got


def test_an_undated_event_before_the_first_dated_one_keeps_its_week() -> None:
    text = ("In Eldoret, protesters burned three vehicles and a bank.\n\n"
            "Thousands of demonstrators stormed the parliament in Nairobi on Tuesday as anti-tax protests spread.")
    got = _dates(text)
    assert ("Eldoret", "2024-06-26", "week") in got, got
