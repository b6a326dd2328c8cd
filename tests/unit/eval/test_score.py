import dataclasses
import datetime as dt
import json

from helpers import AL_QAIM, ISIS, make_event
from warmap.eval import load_gold, score
from warmap.export import event_to_dict


def _gold_dir(tmp_path, events, nonevents=()):
    (tmp_path / "test.jsonl").write_text("".join(json.dumps(event_to_dict(e)) + "\n" for e in events))
    if nonevents:
        (tmp_path / "test.nonevents.txt").write_text("\n".join(nonevents) + "\n")
    return load_gold(tmp_path)


def test_perfect_match_and_field_accuracy(tmp_path, article):
    g = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    gold = _gold_dir(tmp_path, [g])
    rep = score(gold, [dataclasses.replace(g, id="pred", fatalities=10)])
    assert (rep.overall.tp, rep.overall.fp, rep.overall.fn) == (1, 0, 0)
    assert rep.field_accuracy("fatalities") == 0.0
    assert rep.field_accuracy("actor1") == 1.0


def test_wrong_type_far_place_or_other_day_do_not_match(tmp_path, article):
    g = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    gold = _gold_dir(tmp_path, [g])
    far = dataclasses.replace(g, id="far", location=dataclasses.replace(g.location, place=AL_QAIM))
    other_type = dataclasses.replace(g, id="t", event_type="Battles", sub_event_type="Armed clash")
    later = make_event(article, "The Syrian air force raided Raqqa on Saturday.", day=dt.date(2014, 7, 30), eid="late")
    wrong_actor = dataclasses.replace(g, id="a", actor1=dataclasses.replace(g.actor1, actor=ISIS))
    rep = score(gold, [far, other_type, later, wrong_actor])
    assert rep.overall.tp == 0 and rep.overall.fn == 1 and rep.overall.fp == 4
    assert rep.overall.recall == 0.0


def test_nonevent_sentences_are_reported(tmp_path, article):
    g = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    gold = _gold_dir(tmp_path, [g], nonevents=["Twelve civilians were killed."])
    bad = make_event(article, "Twelve civilians were killed.", eid="bad")
    rep = score(gold, [g, bad])
    assert len(rep.nonevent_violations) == 1
    assert rep.overall.precision == 0.5


def test_predictions_from_other_documents_are_ignored(tmp_path, article):
    from helpers import make_article

    g = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    other = make_article("Unrelated report about Raqqa.", source="other/x.txt")
    rep = score(_gold_dir(tmp_path, [g]), [g, make_event(other, "Unrelated report about Raqqa.")])
    assert rep.overall.fp == 0
