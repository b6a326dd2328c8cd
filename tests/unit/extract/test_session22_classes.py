"""Classes of session 22 (a site named with its town is in that town; a hamlet's name that runs
into a surname is a person), each in the project's own words with a near miss."""
import datetime as dt

from helpers import event_summary, make_article
from warmap.pipeline import analyse


def summary(text: str, published: dt.date) -> list[tuple]:
    return event_summary(analyse(make_article(text, published=published)).events)


def test_a_landmark_named_with_its_town_is_in_that_town():
    park = summary("Riot police stormed Ankara's Kugulu Park on Saturday, firing tear gas at hundreds of "
                   "demonstrators.", dt.date(2013, 6, 2))
    assert [(s[0], s[1]) for s in park] == [("Protest with intervention", "Ankara")]
    station = summary("A bomb exploded near the Tsvetnoy metro station in Moscow on Tuesday, killing four "
                      "passengers.", dt.date(2017, 4, 4))
    assert [(s[0], s[1]) for s in station] == [("Remote explosive/landmine/IED", "Moscow")]
    beside = summary("A grenade exploded at the Lakshmi temple at central Colombo's Pettah junction on "
                     "Monday, killing three people.", dt.date(2019, 5, 7))
    assert [s[1] for s in beside] == ["Colombo"]
    # near miss: a base the gazetteer lacks, with no town named, stays unplaced (not the story's town)
    base = summary("Rebels in Benghazi said on Monday that they had captured the Gamal airbase.",
                   dt.date(2014, 5, 6))
    assert all(s[1] != "Benghazi" for s in base)


def test_a_hamlets_name_running_into_a_surname_is_a_person():
    got = summary("Opposition council member Maria Lukashova was seized by masked men near the central "
                  "post office in Minsk on Monday.", dt.date(2020, 9, 8))
    assert [(s[0], s[1]) for s in got] == [("Abduction/forced disappearance", "Minsk")]
    # near miss: a hamlet named before a place noun is still the hamlet
    from warmap.places.gazetteer import load_gazetteer

    found = load_gazetteer().find("Jets struck the Shayrat airfield on Friday.")
    assert [m.place.name for m in found] == ["Shayrat"]
