"""Reviews: keys that survive re-ingest, analysis again and merging; corrections applied;
decisions written as gold that ``warmap eval`` scores. Hand-made records, no NLP."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest

from unit.review.corpus import PALMYRA, _corpus
from warmap import review as rv
from warmap.errors import InputError
from warmap.eval import load_gold, score
from warmap.records import PlaceMention
from warmap.store import Store

@pytest.fixture
def store():
    s = Store(":memory:")
    a, b, strike, capture_a, capture_b = _corpus()
    s.write_batch([a], [strike, capture_a])
    yield s
    s.close()


def _status(store: Store, merged: bool = True) -> dict[str, str | None]:
    out = {}
    for e, rev in rv.reviewed(store.events(), rv.latest(store), merged=merged):
        out[e.location.place.name] = rev.status if rev else None
    return out


def test_review_key_depends_on_the_words_not_on_the_extractors_reading():
    a, _, strike, capture_a, _ = _corpus()
    # another place or actor for the same words (an upgraded gazetteer) keeps the key
    other = dataclasses.replace(strike, id="other", actor1=None, location=PlaceMention(PALMYRA, "Raqqa", 0, 5, 1))
    assert rv.review_key(other) == rv.review_key(strike)
    assert rv.review_key(strike) != rv.review_key(capture_a)
    assert rv.review_key(strike).startswith(a.doc_id + ":")


def test_a_decision_survives_reingest_and_analysis_again(store):
    a, _, strike, capture_a, _ = _corpus()
    rv.accept(store, strike, reviewer="Dana")
    assert store.write_batch([a], [strike, capture_a]) == 0  # ingesting the same article again
    # analysing again: the article's events are deleted and written anew, under new ids
    again = [dataclasses.replace(e, id="new-" + e.id) for e in (strike, capture_a)]
    assert store.replace_documents([(a.doc_id, a)], again) == []
    assert {e.id for e in store.events()} == {"new-" + strike.id, "new-" + capture_a.id}
    assert _status(store) == {"Ar-Raqqah": "accepted", "Palmyra": None}
    assert rv.current(store, again[0]).reviewer == "Dana"


def test_a_decision_on_a_merged_event_holds_for_every_report_and_a_later_one(store):
    _, b, _, capture_a, capture_b = _corpus()
    store.write_batch([b], [capture_b])
    merged = rv.find_event(store, capture_b.id)
    assert len(merged.sources) == 2  # the two reports of the capture are one event
    done = rv.reject(store, merged, reviewer="Dana", note="the town was not taken that day")
    assert sorted(x.event_id for x in done) == sorted([capture_a.id, capture_b.id])
    assert _status(store) == {"Ar-Raqqah": None, "Palmyra": "rejected"}
    # unmerged, each report carries the decision
    assert [rev.status for e, rev in rv.reviewed(store.events(), rv.latest(store), merged=False)
            if e.event_type == "Battles"] == ["rejected", "rejected"]
    # a later decision replaces the earlier one; the history keeps both
    rv.accept(store, merged, reviewer="Sam", at=dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5))
    assert _status(store)["Palmyra"] == "accepted"
    assert [x.decision for x in rv.history(store, merged)] == ["reject", "reject", "accept", "accept"]


def test_a_correction_is_applied_to_the_events_read_back(store):
    _, _, strike, _, _ = _corpus()
    rv.correct(store, strike, {"sub_event_type": "Shelling/artillery/missile attack", "fatalities": "7",
                               "actor1": "isis", "date": "2015-05-18", "place": "Palmyra"}, reviewer="Dana")
    [(e, rev)] = [(e, r) for e, r in rv.reviewed(store.events(), rv.latest(store)) if r is not None]
    assert rev.status == "corrected"
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Explosions/Remote violence",
                                                               "Shelling/artillery/missile attack", 7)
    assert e.actor1.actor.id == "isis" and e.location.place.name == "Palmyra"
    assert e.when.date == dt.date(2015, 5, 18) and e.when.precision == "day"
    assert e.sources == strike.sources  # the evidence stays the sentence's


def test_reviewed_only_keeps_accepted_and_corrected(store):
    _, _, strike, capture_a, _ = _corpus()
    rv.reject(store, strike, reviewer="Dana")
    assert rv.reviewed(store.events(), rv.latest(store), only={"accepted", "corrected"}) == []
    rv.correct(store, capture_a, {"fatalities": "2"}, reviewer="Dana")
    kept = rv.reviewed(store.events(), rv.latest(store), only={"accepted", "corrected"})
    assert [(e.location.place.name, e.fatalities, r.status) for e, r in kept] == [("Palmyra", 2, "corrected")]


@pytest.mark.parametrize("changes, words", [
    ({"sub_event_type": "Skirmish"}, "not an ACLED sub-event type"),
    ({"event_type": "Battles"}, "set the sub-event type"),
    ({"event_type": "Protests", "sub_event_type": "Armed clash"}, "is a sub-type of 'Battles'"),
    ({"date": "21/06/2014"}, "must be a date"),
    ({"date_min": "2015-05-20", "date_max": "2015-05-01"}, "must hold"),
    ({"fatalities": "many"}, "whole number"),
    ({"fatalities": "-3"}, "negative"),
    ({"colour": "red"}, "cannot correct colour"),
    ({"actor1": "no such armed group at all"}, "no actor"),
    ({"place": {"name": "X", "lat": 120, "lon": 0}}, "latitude"),
])
def test_bad_corrections_are_refused_with_what_to_fix(changes, words):
    with pytest.raises(InputError, match=words):
        rv.normalise_changes(changes)


def test_empty_values_clear_a_field_and_windows_get_a_precision():
    got = rv.normalise_changes({"actor2": "", "fatalities": "", "date_min": "2015-05-18", "date_max": "2015-05-24"})
    assert got["actor2"] is None and got["fatalities"] is None
    assert (got["date_min"], got["date_max"], got["date_precision"]) == ("2015-05-18", "2015-05-24", "week")


def test_decisions_need_a_reviewer_and_the_right_fields(store):
    _, _, strike, _, _ = _corpus()
    with pytest.raises(InputError, match="say who"):
        rv.accept(store, strike, reviewer="  ")
    with pytest.raises(InputError, match="only a correction"):
        rv.record(store, strike, "accept", {"fatalities": "3"}, reviewer="Dana")
    with pytest.raises(InputError, match="at least one field"):
        rv.record(store, strike, "correct", {}, reviewer="Dana")
    with pytest.raises(InputError, match="decision is one of"):
        rv.record(store, strike, "maybe", reviewer="Dana")
    assert rv.latest(store) == {}


def test_exported_gold_scores_a_rejection_as_an_extra_and_a_correction_as_corrected(store, tmp_path):
    _, _, strike, capture_a, _ = _corpus()
    rv.reject(store, strike, reviewer="Dana")
    rv.correct(store, capture_a, {"fatalities": "3"}, reviewer="Dana")
    assert rv.export_gold(store, tmp_path / "gold") == (1, 1)
    report = score(load_gold(tmp_path / "gold"), store.events())
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 0)
    assert [e.id for e in report.extras] == [strike.id]
    assert report.fields["fatalities"] == (0, 1)  # the extractor said none; the analyst, three
    assert report.fields["sub_event_type"] == (1, 1)
    assert len(report.nonevent_violations) == 1


def test_a_corrected_type_scores_as_a_miss_and_an_extra(store, tmp_path):
    _, _, _, capture_a, _ = _corpus()
    rv.correct(store, capture_a, {"sub_event_type": "Armed clash"}, reviewer="Dana")
    rv.export_gold(store, tmp_path / "g")
    report = score(load_gold(tmp_path / "g"), store.events())
    # same event type (Battles): matched, and the sub-type is wrong
    assert report.overall.tp == 1 and report.fields["sub_event_type"] == (0, 1)
    rv.correct(store, capture_a, {"sub_event_type": "Peaceful protest"}, reviewer="Dana",
               at=dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5))
    rv.export_gold(store, tmp_path / "h")
    report = score(load_gold(tmp_path / "h"), store.events())
    # capture_a is now an extra and the protest a miss; the strike, unreviewed, is an extra too
    assert (report.overall.tp, report.overall.fn) == (0, 1) and capture_a.id in {e.id for e in report.extras}


def test_a_schema_3_store_gains_the_reviews_table(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as s:
        s.write_batch([_corpus()[0]], [])
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE reviews")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as s:
        assert rv.latest(s) == {}
    assert (tmp_path / "old.duckdb.schema3.bak").exists()


def test_two_events_of_one_trigger_placed_from_the_story_keep_apart():
    _, _, strike, _, _ = _corpus()
    words = tuple(x for x in strike.evidence if x.field != "location")
    a = dataclasses.replace(strike, evidence=words)
    b = dataclasses.replace(a, location=PlaceMention(PALMYRA, "", 0, 0, 2))
    assert rv.review_key(a) != rv.review_key(b)
