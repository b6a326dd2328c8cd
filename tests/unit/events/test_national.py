"""National acts at the capital (events/national.py), on records built by hand."""
import datetime as dt

from helpers import make_article, make_event

from warmap.events.national import at_the_capital
from warmap.records import Actor, Place

CAPITAL = Place("Libreville", "GA", "Estuaire", 0.39, 9.45, None, "city", 700000)


def _capital_of(cc: str):
    return CAPITAL if cc == "GA" else None


def test_an_unplaced_other_development_goes_to_the_capital_and_says_so() -> None:
    article = make_article("Soldiers seized power on Wednesday.", published=dt.date(2023, 8, 31))
    coup = make_event(article, "Soldiers seized power on Wednesday.", etype="Strategic developments", sub="Other",
                      place=None, actor2=None, fatalities=None)
    [placed] = at_the_capital([coup], "GA", _capital_of)
    assert (placed.location.place.name, placed.location.geo_precision) == ("Libreville", 3)
    assert any(v.field == "place_note" and "capital" in v.text for v in placed.evidence)


def test_other_types_and_unknown_countries_stay_unplaced() -> None:
    article = make_article("Gunmen attacked a post on Wednesday.", published=dt.date(2023, 8, 31))
    clash = make_event(article, "Gunmen attacked a post on Wednesday.", etype="Battles", sub="Armed clash",
                       place=None, fatalities=None)
    coup = make_event(article, "Gunmen attacked a post on Wednesday.", etype="Strategic developments", sub="Other",
                      place=None, actor2=None, fatalities=None)
    assert at_the_capital([clash], "GA", _capital_of)[0].location is None
    assert at_the_capital([coup], None, _capital_of)[0].location is None
    assert at_the_capital([coup], "TD", _capital_of)[0].location is None


def test_the_acting_sides_own_country_wins_over_the_story_country() -> None:
    # rebels of one country seize its palace in a report that names only where the president fled
    article = make_article("Rebels seized the presidential palace on Sunday.", published=dt.date(2013, 3, 25))
    rebels = Actor("seleka", "Seleka", "rebel group", "GA")
    coup = make_event(article, "Rebels seized the presidential palace on Sunday.", etype="Strategic developments",
                      sub="Other", place=None, actor1=rebels, actor2=None, fatalities=None)
    [placed] = at_the_capital([coup], "CD", _capital_of)
    assert placed.location.place.name == "Libreville"
