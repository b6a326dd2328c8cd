"""The trigger lexicon (events/data/triggers.toml) as data: every ACLED sub-event type has a
kind and every kind a trigger; patterns cannot match nothing; the word lists load."""

import pytest

from warmap.events.ontology import PRECEDENCE, SUB_EVENT_TYPES
from warmap.events.triggers import load_triggers, parse_triggers

LEX = load_triggers()


def test_every_sub_event_type_has_a_kind_with_a_trigger():
    with_trigger = {t.kind for t in LEX.triggers}
    covered = {sub for kind, (_, sub) in LEX.kinds.items() if kind in with_trigger}
    # the Battles sub-types and Attack are reached through the actors (territory, kill)
    assert set(SUB_EVENT_TYPES) - covered <= {"Government regains territory", "Attack"}
    assert set(LEX.kinds) <= with_trigger


def test_no_pattern_matches_the_empty_string():
    for t in LEX.triggers:
        assert t.pattern.search("") is None, t.kind


def test_a_riot_outranks_a_protest_and_a_battle_outranks_both():
    assert PRECEDENCE["Armed clash"] < PRECEDENCE["Violent demonstration"] < PRECEDENCE["Peaceful protest"]
    assert PRECEDENCE["Mob violence"] < PRECEDENCE["Excessive force against protesters"] < PRECEDENCE["Arrests"]


@pytest.mark.parametrize("sentence, kind, words", [
    ("Unknown assailants threw a grenade into a bar", "grenade", "grenade"),
    ("Soldiers seized a cache of grenades and rifles", "disrupted", "seized a cache of grenades"),
    ("Police fired tear gas to disperse the crowd", "protest_intervention", "fired tear gas"),
    ("The group set up a new base near the town", "base", "set up a new base"),
    ("Mob justice is common there", "mob", "Mob justice"),
    ("The authorities imposed a dusk-to-dawn curfew", "other", "imposed a dusk-to-dawn curfew"),
    ("The president declared a state of emergency", "other", "declared a state of emergency"),
    ("Militiamen sexually assaulted two girls", "sexual", "sexually assaulted"),
    ("Police handed it over to the army", "transfer", "handed it over"),
    ("Helicopters dropped chlorine-filled barrel bombs", "chemical", "chlorine-filled barrel bombs"),
])
def test_trigger_words(sentence, kind, words):
    assert (kind, words) in [(m.kind, m.text) for m in LEX.find(sentence)]


def test_an_empty_alternative_is_refused():
    good = '[kinds]\nriot = ["Riots", "Violent demonstration"]\n[[trigger]]\nkind = "riot"\npattern = \'\'\'riot(?:s|ed)?\'\'\'\n'
    assert len(parse_triggers(good).find("they rioted")) == 1
    with pytest.raises(ValueError, match="empty alternative"):
        parse_triggers(good.replace("riot(?:s|ed)?", "riot(?:s|ed)?|"))
    with pytest.raises(ValueError, match="empty alternative"):
        parse_triggers(good.replace("riot(?:s|ed)?", "riots||rioted"))
