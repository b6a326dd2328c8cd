"""Classes of session 20 (one clause that tells events at several places; a day told with no
year that would fall after the report), each in the project's own words with a near miss."""
import datetime as dt

from helpers import event_summary, make_article
from warmap.events.items import list_items
from warmap.pipeline import analyse

TUESDAY = dt.date(2024, 5, 7)


def events(text: str, published: dt.date = TUESDAY):
    return analyse(make_article(text, published=published)).events


def summary(text: str, published: dt.date = TUESDAY) -> list[tuple]:
    return event_summary(events(text, published))


def test_counts_of_people_each_at_its_own_place_are_events_each_with_its_toll():
    got = events("Soldiers killed three villagers in Tal Afar and two others in Sinjar on Monday, residents said.")
    assert sorted((e.location.place.name, e.fatalities) for e in got) == [("Sinjar", 2), ("Tal Afar", 3)]
    arrests = summary("Police detained 30 demonstrators in Lahore and 12 in Multan on Friday.")
    assert sorted(s[1] for s in arrests) == ["Lahore", "Multan"] and {s[0] for s in arrests} == {"Arrests"}
    # near misses: a second verb is no list of one verb's objects; a date is no count
    s = "Troops killed five militants in Gao, wounded seven in Kidal on Monday."
    assert list_items(s) == []
    assert list_items("Clashes on 5 May in Gao and 7 May in Kidal killed nine soldiers.") == []


def test_a_second_object_hung_on_a_bearing_is_a_second_place():
    # the parser hangs "Daraya" on "the east" of the first object: still the verb's second object
    got = summary("Government artillery shelled Douma in the east and Daraya in the south on Monday.")
    assert sorted(s[1] for s in got) == ["Darayya", "Douma"]
    # near miss: a bearing alone is no second place
    one = summary("Government artillery shelled Douma in the east on Monday.")
    assert [s[1] for s in one] == ["Douma"]


def test_a_preposition_repeated_gives_a_second_place():
    got = summary("Coalition jets carried out strikes in Zabid and in Bajil on Monday, killing 12 Houthi fighters.")
    assert sorted(s[1] for s in got) == ["Bajil", "Zabid"]


def test_a_day_without_a_year_is_no_later_than_the_report():
    got = events("Islamic State fighters seized Mosul on June 10.")
    assert [(e.when.date, e.when.precision) for e in got] == [(dt.date(2023, 6, 10), "day")]
    # near misses: a day told with its year stands, and the day after publication is a time zone
    told = events("Islamic State fighters seized Mosul on June 10, 2024.", dt.date(2024, 6, 9))
    assert [e.when.date for e in told] == [dt.date(2024, 6, 10)]
    tz = events("Islamic State fighters seized Mosul on May 8.")
    assert [e.when.date for e in tz] == [dt.date(2024, 5, 8)]
