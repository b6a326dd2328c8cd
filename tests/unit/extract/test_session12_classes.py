"""Classes found in session 12's blind rounds (official releases and news of ground fighting),
each in the project's own words with a near miss that must keep its answer."""

import datetime as dt

from helpers import make_article
from warmap.actors import load_actors
from warmap.pipeline import analyse

SATURDAY = dt.date(2023, 1, 21)


def events(text: str, published: dt.date = SATURDAY):
    return analyse(make_article(text, published=published)).events


def sides(text: str, published: dt.date = SATURDAY):
    return [(e.actor1.actor.id if e.actor1 else None, e.actor2.actor.id if e.actor2 else None)
            for e in events(text, published)]


def test_an_acronym_the_report_defines_stands_for_its_name_there():
    text = ("Somali National Army (SNA) units held a base near Jilib. On Friday the SNA repelled an "
            "attack by al-Shabaab fighters near Jilib, officials said.")
    ids = [m.actor.id for m in load_actors().find(text, country="SO")]
    assert "syrian_national_army" not in ids and ids.count("military_so") == 2
    # an acronym no entry knows becomes a mention of the name it was given
    text = "The Mozambican Defence and Security Forces (FDS) said the FDS had retaken Mocimboa da Praia."
    found = load_actors().find(text, country="MZ")
    assert [m.mention for m in found if m.actor.id == "military_mz"][-1] == "FDS"
    # without a definition the dictionary's own reading stands
    assert [m.actor.id for m in load_actors().find("The SNA shelled Tal Rifaat.", country="SY")] == ["syrian_national_army"]


def test_who_comes_under_an_attack_is_its_target():
    assert sides("Somali troops came under a complex assault on Friday by more than 100 al-Shabaab "
                 "fighters near Jilib.") == [("al_shabaab", "military_so")]
    assert sides("Iraqi forces came under heavy fire from Islamic State fighters in Ramadi on Friday.") \
        == [("isis", "iraqi_army")]
    # the attacker as subject keeps its place
    assert sides("Islamic State fighters attacked Iraqi forces in Ramadi on Friday.") == [("isis", "iraqi_army")]
