"""Control intervals and control_at over hand-made claims."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from helpers import make_article

from warmap.records import Actor, ActorMention, ControlClaim, DateWindow, Place, PlaceMention, Source
from warmap.store import Store
from warmap.timeline import claims_for, control_at, control_timeline, interval_to_dict

ISIS = Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group")
ARMY = Actor("iraqi_army", "Military Forces of Iraq", "state forces")
PMF = Actor("pmf", "Popular Mobilization Forces", "political militia")
TIKRIT = Place("Tikrit", "IQ", "Salah ad-Din", 34.6, 43.68, geonames_id=89570)
RAQQA = Place("Ar-Raqqah", "SY", "Ar-Raqqa", 35.95, 39.01, geonames_id=172955)
D = dt.date


def claim(kind: str, actor: Actor, lo: dt.date, hi: dt.date | None = None, *, place: Place = TIKRIT,
          doc: str = "a", mention: str | None = None) -> ControlClaim:
    hi = hi or lo
    sentence = f"{actor.id} {kind} {place.name}"
    src = Source(f"reports/{doc}.txt", doc, None, hi, sentence, 0, len(sentence))
    best = lo if lo == hi else lo + (hi - lo) / 2
    return ControlClaim(
        PlaceMention(place, mention or place.name, 0, 6), ActorMention(actor, actor.id, 0, 4),
        DateWindow(best, lo, hi, "day" if lo == hi else "week"), kind, 0.9, src,
    )


def who(claims, day, place="Tikrit"):
    return [(a.actor.id, a.since, a.disputed) for a in control_at(claims, day, place)]


def test_captured_and_recaptured():
    claims = [claim("capture", ISIS, D(2014, 6, 11), doc="a"), claim("capture", ARMY, D(2015, 3, 31), doc="b")]
    assert who(claims, D(2014, 6, 1)) == []
    assert who(claims, D(2014, 6, 11)) == [("isis", D(2014, 6, 11), False)]
    assert who(claims, D(2015, 3, 30)) == [("isis", D(2014, 6, 11), False)]
    assert who(claims, D(2015, 3, 31)) == [("iraqi_army", D(2015, 3, 31), False)]
    (ivs,) = control_timeline(claims).values()
    assert [(iv.actor.id, iv.start, iv.end) for iv in ivs] == [
        ("isis", D(2014, 6, 11), D(2015, 3, 31)), ("iraqi_army", D(2015, 3, 31), None)]


def test_a_statement_confirms_and_extends_control():
    claims = [claim("capture", ISIS, D(2014, 6, 11)), claim("statement", ISIS, D(2014, 11, 2), doc="s")]
    (a,) = control_at(claims, D(2014, 12, 1), "Tikrit")
    assert a.actor.id == "isis" and a.since == D(2014, 6, 11)
    assert [c.kind for c in a.evidence] == ["capture", "statement"]
    assert "latest report" not in a.note
    (stale,) = control_at(claims, D(2015, 12, 1), "Tikrit")
    assert "latest report 2014-11-02" in stale.note


def test_statement_alone_starts_control_on_its_day():
    claims = [claim("statement", ISIS, D(2014, 7, 1))]
    assert who(claims, D(2014, 6, 30)) == []
    (a,) = control_at(claims, D(2014, 7, 1), "Tikrit")
    assert a.since == D(2014, 7, 1) and "capture not reported" in a.note


def test_sources_disagree_on_when_it_fell():
    claims = [claim("capture", ISIS, D(2014, 6, 10), doc="a"), claim("capture", ISIS, D(2014, 6, 14), doc="b")]
    (a,) = control_at(claims, D(2014, 6, 20), "tikrit")
    assert a.disputed and a.since == D(2014, 6, 10)
    assert "sources disagree on when" in a.note and "2014-06-10" in a.note and "2014-06-14" in a.note
    assert {c.source.doc_id for c in a.evidence} == {"a", "b"}


def test_overlapping_reports_narrow_the_start():
    claims = [claim("capture", ISIS, D(2014, 6, 8), D(2014, 6, 15), doc="a"),
              claim("capture", ISIS, D(2014, 6, 11), doc="b")]
    (iv,) = next(iter(control_timeline(claims).values()))
    assert iv.start == D(2014, 6, 11) and not iv.disputed and len(iv.evidence) == 2


def test_two_actors_said_to_hold_it_on_the_same_day():
    claims = [claim("statement", ISIS, D(2015, 3, 1), doc="a"), claim("statement", PMF, D(2015, 3, 1), doc="b")]
    (a,) = control_at(claims, D(2015, 3, 1), "Tikrit")
    assert a.disputed and "sources disagree on who held it" in a.note
    assert {c.actor.actor.id for c in a.evidence} == {"isis", "pmf"}


def test_loss_closes_control_and_the_loser_held_it_before():
    claims = [claim("loss", ISIS, D(2015, 4, 1))]
    (iv,) = next(iter(control_timeline(claims).values()))
    assert (iv.actor.id, iv.start, iv.end) == ("isis", None, D(2015, 4, 1))
    assert who(claims, D(2015, 3, 1)) == [("isis", None, False)]
    assert who(claims, D(2015, 4, 2)) == []


def test_capture_with_the_other_side_reporting_its_loss():
    claims = [claim("capture", ISIS, D(2014, 6, 11)), claim("capture", ARMY, D(2015, 3, 31), doc="b"),
              claim("loss", ISIS, D(2015, 3, 31), doc="b")]
    ivs = next(iter(control_timeline(claims).values()))
    assert [(iv.actor.id, iv.end, len(iv.evidence)) for iv in ivs] == [
        ("isis", D(2015, 3, 31), 2), ("iraqi_army", None, 1)]


def test_place_matched_by_case_mention_and_gazetteer_name():
    claims = [claim("statement", ISIS, D(2014, 7, 1), place=RAQQA, mention="Raqa"),
              claim("statement", ARMY, D(2014, 7, 1))]
    assert who(claims, D(2014, 7, 1), "ar-raqqah") == [("isis", D(2014, 7, 1), False)]
    assert who(claims, D(2014, 7, 1), "RAQA") == [("isis", D(2014, 7, 1), False)]
    assert who(claims, D(2014, 7, 1), "Raqqa") == [("isis", D(2014, 7, 1), False)]  # through the gazetteer
    assert len(control_at(claims, D(2014, 7, 1))) == 2


def test_interval_export_record():
    claims = [claim("capture", ISIS, D(2014, 6, 10), doc="a"), claim("capture", ISIS, D(2014, 6, 14), doc="b")]
    (iv,) = next(iter(control_timeline(claims).values()))
    d = interval_to_dict(iv)
    assert d["place"] == {"name": "Tikrit", "country": "IQ", "admin1": "Salah ad-Din", "lat": 34.6, "lon": 43.68}
    assert d["actor"] == {"id": "isis", "name": ISIS.name, "type": "rebel group"}
    assert (d["start"], d["end"], d["disputed"]) == ("2014-06-10", None, True)
    assert d["note"] and 0 < d["confidence"] < 0.9
    assert [e["document"] for e in d["evidence"]] == ["reports/a.txt", "reports/b.txt"]
    assert {"sentence", "published", "kind", "date_min", "date_max"} <= set(d["evidence"][0])


def test_actors_named_together_in_one_sentence_took_it_together():
    joint = [claim("capture", ISIS, D(2014, 6, 11), doc="j"), claim("capture", PMF, D(2014, 6, 11), doc="j")]
    (a,) = control_at(joint, D(2014, 6, 12), "Tikrit")
    assert not a.disputed and "taken together with" in a.note and len(a.evidence) == 2


# -- claims_for: the store hands over only the claims of the place asked for, and the answers
# are those of filtering every claim.

MOSUL = Place("Mosul", "IQ", "Nineveh", 36.34, 43.13, geonames_id=99072)


@pytest.fixture(scope="module")
def store():
    claims = [claim("capture", ISIS, D(2014, 6, 11), doc="a"), claim("capture", ARMY, D(2015, 3, 31), doc="b"),
              claim("statement", PMF, D(2015, 4, 2), doc="c", mention="Tikreet"),
              claim("capture", ISIS, D(2014, 6, 10), place=MOSUL, doc="d"),
              claim("capture", ISIS, D(2013, 5, 3), place=RAQQA, doc="e", mention="Raqqa"),
              claim("statement", ISIS, D(2014, 1, 14), place=RAQQA, doc="f", mention="al-Raqqa")]
    articles = {}
    for i, c in enumerate(claims):
        art = make_article(f"Claim {i}: {c.source.sentence}.", source=f"reports/{c.source.doc_id}.txt")
        articles[c.source.doc_id] = art
    claims = [dataclasses.replace(c, source=dataclasses.replace(c.source, doc_id=articles[c.source.doc_id].doc_id))
              for c in claims]
    with Store(":memory:") as s:
        s.write_batch(list(articles.values()), [], claims)
        yield s


@pytest.mark.parametrize("query", ["Tikrit", "tikrit", "Tikrit (IQ)", "Tikrit, IQ", "TIKREET", "Mosul",
                                   "Ar-Raqqah", "al-raqqa", "Raqqa", "Nowhere"])
@pytest.mark.parametrize("day", [D(2014, 7, 1), D(2015, 4, 10)])
def test_answers_are_those_of_every_claim(store, query, day):
    assert control_at(claims_for(store, query), day, query) == control_at(store.control_claims(), day, query)


def test_only_the_place_asked_for_is_fetched(store):
    assert len(store.control_claims()) == 6
    assert {c.place.place.name for c in claims_for(store, "tikrit")} == {"Tikrit"}
    assert len(claims_for(store, "Tikrit")) == 3
    assert len(claims_for(store, "Raqqa")) == 2  # one report says "Raqqa", the gazetteer says Ar-Raqqah
    assert claims_for(store, "Nowhere") == []
    assert len(claims_for(store, None)) == 6
