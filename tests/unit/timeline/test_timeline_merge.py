"""Merging reports of the same event."""

from __future__ import annotations

import dataclasses
import datetime as dt

from warmap.records import Actor, ActorMention, DateWindow, Event, Place, PlaceMention, Source
from warmap.timeline import merge_events, same_event

D = dt.date
ISIS = Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group")
NUSRA = Actor("jabhat_al_nusra", "Jabhat al-Nusra", "rebel group")
ARMY = Actor("syrian_army", "Military Forces of Syria", "state forces")
AIR = Actor("syrian_air_force", "Military Forces of Syria - Air Force", "state forces", parent="syrian_army")
CIVILIANS = Actor("civilians_syria", "Civilians (Syria)", "civilians")
PALMYRA = Place("Palmyra", "SY", "Homs", 34.56, 38.27)
TADMUR = Place("Tadmur", "SY", "Homs", 34.5636, 38.2840)  # another spelling, a few hundred metres off
RAQQA = Place("Ar-Raqqah", "SY", "Ar-Raqqa", 35.95, 39.01)
SUKHNA = Place("Al-Sukhnah", "SY", "Homs", 34.88, 38.87)  # ~65 km from Palmyra
CAPTURE = ("Battles", "Non-state actor overtakes territory")
STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def event(eid: str, lo: dt.date, hi: dt.date | None = None, *, kind=CAPTURE, a1: Actor | None = ISIS,
          a2: Actor | None = None, place: Place | None = PALMYRA, fatalities: int | None = None,
          generic1: bool = False, geo: int = 1, doc: str | None = None) -> Event:
    hi = hi or lo
    span = (hi - lo).days
    precision = "day" if span == 0 else "week" if span <= 7 else "month"
    doc = doc or f"doc-{eid}"
    return Event(
        id=eid, event_type=kind[0], sub_event_type=kind[1],
        when=DateWindow(lo + (hi - lo) / 2, lo, hi, precision),
        actor1=ActorMention(a1, a1.id, 0, 4, generic=generic1) if a1 else None,
        actor2=ActorMention(a2, a2.id, 10, 14) if a2 else None,
        location=PlaceMention(place, place.name, 20, 27, geo) if place else None,
        fatalities=fatalities, confidence=0.9,
        sources=(Source(f"reports/{doc}.txt", doc, None, hi, f"sentence of {eid}", 0, 30),),
    )


def test_three_reports_of_one_capture_merge_with_the_narrowed_window():
    reports = [
        event("e3", D(2015, 5, 1), D(2015, 5, 31), generic1=True, geo=2),  # "in May", "the militants"
        event("e2", D(2015, 5, 14), D(2015, 5, 21), fatalities=40),        # "last week"
        event("e1", D(2015, 5, 18), D(2015, 5, 24), fatalities=25, place=TADMUR),
    ]
    (m,) = merge_events(reports)
    assert m.id == "e1"
    assert (m.when.date_min, m.when.date_max, m.when.precision) == (D(2015, 5, 18), D(2015, 5, 21), "week")
    assert D(2015, 5, 18) <= m.when.date <= D(2015, 5, 21)
    assert len(m.sources) == 3 and {s.doc_id for s in m.sources} == {"doc-e1", "doc-e2", "doc-e3"}
    assert m.fatalities == 25                          # ACLED: the lowest reported figure
    assert m.actor1.actor.id == "isis" and not m.actor1.generic
    assert m.location.geo_precision == 1


def test_window_narrowed_to_one_day_is_day_precision():
    (m,) = merge_events([event("a", D(2015, 5, 14), D(2015, 5, 21)), event("b", D(2015, 5, 20))])
    assert (m.when.date, m.when.precision) == (D(2015, 5, 20), "day")


def test_strikes_on_the_same_town_on_different_days_stay_apart():
    a = event("s1", D(2014, 8, 1), kind=STRIKE, a1=AIR, a2=CIVILIANS, place=RAQQA, fatalities=5)
    b = event("s2", D(2014, 8, 2), kind=STRIKE, a1=AIR, a2=CIVILIANS, place=RAQQA, fatalities=7)
    assert [e.id for e in merge_events([a, b])] == ["s1", "s2"]
    assert not same_event(a, b)


def test_incompatible_actors_stay_apart():
    a = event("x", D(2015, 5, 20))
    b = event("y", D(2015, 5, 20), a1=NUSRA)
    assert len(merge_events([a, b])) == 2


def test_far_places_stay_apart_and_unplaced_events_are_not_merged():
    assert len(merge_events([event("x", D(2015, 5, 20)), event("y", D(2015, 5, 20), place=SUKHNA)])) == 2
    assert len(merge_events([event("x", D(2015, 5, 20)), event("y", D(2015, 5, 20), place=SUKHNA)], max_km=100)) == 1
    assert len(merge_events([event("x", D(2015, 5, 20), place=None), event("y", D(2015, 5, 20), place=None)])) == 2


def test_same_sentence_reported_twice_merges_even_without_a_place():
    a = event("x", D(2015, 5, 20), place=None, doc="same")
    b = dataclasses.replace(a, id="w")
    (m,) = merge_events([a, b])
    assert m.id == "w" and len(m.sources) == 1


def test_parent_and_unit_merge_keeping_the_unit():
    a = event("p", D(2014, 8, 1), kind=STRIKE, a1=ARMY, a2=CIVILIANS, place=RAQQA)
    b = event("q", D(2014, 8, 1), kind=STRIKE, a1=AIR, a2=None, place=RAQQA)
    (m,) = merge_events([a, b])
    assert m.actor1.actor.id == "syrian_air_force" and m.actor2.actor.id == "civilians_syria"


def test_clash_reported_with_sides_swapped_merges_and_takeover_outranks_clash():
    clash = ("Battles", "Armed clash")
    a = event("c1", D(2015, 5, 20), kind=clash, a1=ISIS, a2=ARMY)
    b = event("c2", D(2015, 5, 20), kind=clash, a1=ARMY, a2=ISIS)
    (m,) = merge_events([a, b])
    assert (m.actor1.actor.id, m.actor2.actor.id) == ("isis", "syrian_army")
    c = event("c3", D(2015, 5, 20), a1=ISIS, a2=ARMY)  # the takeover itself
    (m2,) = merge_events([a, c])
    assert m2.sub_event_type == "Non-state actor overtakes territory"


def test_single_events_come_back_unchanged_in_date_order():
    evs = [event("b", D(2015, 6, 1)), event("a", D(2015, 5, 1), a1=NUSRA)]
    assert merge_events(evs) == sorted(evs, key=lambda e: e.when.date)


def test_two_sides_both_read_from_context_are_not_one_actor():
    # "government aircraft struck a market" and, in the background, "rebels ... dropping barrel
    # bombs": both actors were guessed from context, but they are opposite sides
    rebels = Actor("syrian_rebels", "Syrian rebels (unspecified opposition)", "rebel group")
    a = event("a", D(2014, 5, 1), kind=STRIKE, a1=AIR, a2=CIVILIANS, place=RAQQA, generic1=True)
    b = event("b", D(2014, 5, 1), kind=STRIKE, a1=rebels, a2=None, place=RAQQA, generic1=True)
    assert len(merge_events([a, b])) == 2
    same = event("c", D(2014, 5, 1), kind=STRIKE, a1=AIR, a2=None, place=RAQQA, generic1=True)
    assert len(merge_events([a, same])) == 1
