"""A peaceful protest told at the place and on the day of a protest met with force is that protest
(events/crowds.fold_peaceful_protest): one event per place and day, of the higher type. The texts
are written for these tests."""
import datetime as dt

from helpers import make_article

from warmap.pipeline import analyse

PUBLISHED = dt.date(2011, 2, 17)  # a Thursday


def _events(text: str) -> list[tuple[str, str]]:
    evs = analyse(make_article(text, published=PUBLISHED)).events
    return sorted((e.sub_event_type, e.location.place.name if e.location else "") for e in evs)


def test_a_later_sentence_about_the_same_protesters_is_no_second_protest() -> None:
    text = ("At least three people were killed when riot police stormed a protest camp in Manama before dawn on "
            "Thursday, firing tear gas and shotgun pellets at sleeping demonstrators.\n\n"
            "The interior ministry said security forces had cleared the area after giving the protesters a chance "
            "to leave.")
    assert _events(text) == [("Excessive force against protesters", "Manama")]


def test_a_peaceful_protest_in_another_town_stays() -> None:
    text = ("At least three people were killed when riot police stormed a protest camp in Manama before dawn on "
            "Thursday, firing tear gas and shotgun pellets at sleeping demonstrators.\n\n"
            "In Sitra, hundreds of people marched peacefully on Thursday to mourn the dead.")
    got = _events(text)
    assert ("Excessive force against protesters", "Manama") in got, got
    assert ("Peaceful protest", "Sitrah") in got, got
