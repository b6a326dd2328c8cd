"""warmap why: each candidate trigger and the named rule that kept or dropped it
(events/why.py; the sentences are written for this test)."""

import importlib

import pytest
from typer.testing import CliRunner

from warmap.cli import app
from warmap.events import why
from warmap.events.why import explain

PUBLISHED = "2014-06-23"

DROPPED = [
    # sentence, trigger, the rule that drops it (its name starts so)
    ("ISIS fighters have not captured Raqqa, the army said.", "captured", "modality.assess: negated"),
    ("Government forces may storm Aleppo next week.", "storm", "modality.assess: hypothetical"),
    ("The Syrian army drove a captured tank into Homs on Saturday.", "captured", "filters.is_adjective"),
    ("Rebels want to capture Aleppo.", "capture", "filters.is_purpose"),
    ("In Syria, the coalition conducted 12 strikes on Sunday.", "strikes on", "tally.TALLY"),
    ("Iraqi troops held a live-fire exercise near Mosul on Sunday, shelling targets in the desert.",
     "shelling", "triggers.non_event_context"),
    ("Homs was quiet on Monday. Somebody attacked something yesterday.", "attacked", "pipeline.analyse_many: not parsed"),
]


@pytest.mark.parametrize("sentence,trigger,rule", DROPPED)
def test_the_named_rule_that_drops_a_sentence(sentence, trigger, rule):
    x = explain(sentence, published=PUBLISHED)
    assert x.events == []
    assert [(v.trigger, v.kept) for v in x.verdicts] == [(trigger, False)]
    assert x.verdicts[0].rule.startswith(rule), x.verdicts[0].rule


def test_a_filter_rule_names_a_function_of_its_module():
    for sentence, _, rule in DROPPED:
        name = explain(sentence, published=PUBLISHED).verdicts[0].rule.split(":")[0]
        module, _, function = name.partition(".")
        if module in ("filters", "modality", "triggers"):
            owner = importlib.import_module(f"warmap.events.{module}")
            target = owner.TriggerLexicon if module == "triggers" else owner
            assert hasattr(target, function), name


def test_a_kept_trigger_names_its_event():
    x = explain("On Saturday, ISIS captured the al-Qaim border crossing.", published=PUBLISHED)
    assert len(x.events) == 1
    (v,) = x.verdicts
    assert v.kept and v.trigger == "captured" and v.event_id == x.events[0].id
    assert v.rule == "classify._classify: Battles / Non-state actor overtakes territory"


def test_nothing_is_recorded_outside_explain():
    import warmap

    warmap.extract("ISIS fighters have not captured Raqqa, the army said.", published=PUBLISHED)
    assert not why.tracing()


def test_cli_why_prints_the_rule():
    result = CliRunner().invoke(app, ["why", "Government forces may storm Aleppo next week.",
                                      "--published", PUBLISHED])
    assert result.exit_code == 0, result.output
    assert "dropped  'storm'  by modality.assess: hypothetical: 'may storm'" in result.output
    result = CliRunner().invoke(app, ["why", "The weather was fine."])
    assert result.exit_code == 0 and "no trigger word in this text" in result.output


def test_cli_show_why_explains_the_event_sentence(tmp_path):
    import datetime as dt

    from warmap.pipeline import ingest
    from warmap.store import Store

    (tmp_path / "a.txt").write_text("Attack on a border post\n\nOn Saturday, ISIS captured the al-Qaim "
                                    "border crossing. Rebels want to capture Aleppo.\n", "utf-8")
    db = tmp_path / "w.duckdb"
    with Store(db) as store:
        ingest(store, [tmp_path / "a.txt"], published=dt.date(2014, 6, 23))
        (event,) = store.events()
    result = CliRunner().invoke(app, ["--db", str(db), "show", event.id, "--why"])
    assert result.exit_code == 0, result.output
    assert "kept    in event" in result.output and "'captured'" in result.output
    assert "capture Aleppo" not in result.output  # only the event's own sentence is explained
