"""Classes of session 26, each in the project's own words, as a table: a sentence, what warmap
must read in it, and a near miss that must read otherwise. A row compares the (sub-event type,
place, actor1 id, actor2 id) of every event, with None for a field the row leaves open."""
import datetime as dt

import pytest
from helpers import summarise


def _fits(got: list[tuple], want: list[tuple]) -> bool:
    """Does ``got`` hold one event per row of ``want``, each field equal or left open (None)?"""
    return len(got) == len(want) and all(
        all(w is None or w == g for g, w in zip(e, row)) for e, row in zip(got, want))


ROWS = [
    # what an attack was made "with" types it: a chemical agent, or a weapon named by its modifier
    ("chemical_by_instrument", "2014-04-12",
     "Government troops attacked rebel-held Kafr Zita with chlorine gas on Friday, activists said.",
     [("Chemical weapon", "Kafr Zita", "syrian_army", None)],
     "Rebels attacked an army checkpoint near Kafr Zita with rifles on Friday, activists said.",
     [("Armed clash", "Kafr Zita", "syrian_rebels", "syrian_army")]),
    ("fired_by_its_modifier", "2014-04-12",
     "Rebels attacked an army checkpoint near Kafr Zita with mortar rounds on Friday, activists said.",
     [("Shelling/artillery/missile attack", "Kafr Zita", "syrian_rebels", "syrian_army")],
     "Rebels attacked an army checkpoint near Kafr Zita on Friday, activists said.",
     [("Armed clash", "Kafr Zita", "syrian_rebels", "syrian_army")]),
    # a bare "bombings" beside a bomber's belt is the belt, not a second, flown attack; and "Abbey
    # Gate" of Kabul airport is no Abyei in Sudan
    ("bombing_is_the_belt", "2021-08-27",
     "Islamic State said one of its members detonated an explosive belt near Abbey Gate of Kabul airport on "
     "Thursday, in bombings that killed at least 170 people.",
     [("Suicide bomb", "Kabul", "isis", None)],
     "Jets carried out bombings on Idlib on Thursday that killed 12 people, rescuers said.",
     [("Air/drone strike", "Idlib", None, None)]),
    # "shot her dead": the pronoun between the words; a patrol of soldiers shot dead is a fight
    ("shot_her_dead", "2017-03-24",
     "Gunmen broke into the house of land-rights campaigner Berta Caceres in La Esperanza on Thursday and shot "
     "her dead, her family said.",
     [("Attack", "La Esperanza", "unidentified_armed_group", None)],
     "Gunmen ambushed a patrol of soldiers near Culiacan on Thursday and shot them dead, officials said.",
     [("Armed clash", "Culiacan", "unidentified_armed_group", "military_mx")]),
    # a vehicle burnt with people inside is an attack on them, not property destroyed
    ("burnt_with_people_inside", "2021-12-08",
     "Bandits stopped a commercial bus near Sabon Birni in Sokoto state on Monday and set it ablaze with the "
     "passengers still inside, police said.",
     [("Attack", None, None, "civilians_ng")],
     "Bandits set several shops ablaze in Sabon Birni on Monday after the owners fled, police said.",
     [("Looting/property destruction", "Sabon Birni", None, None)]),
    # a bomb destroyed by its finders, rockets taken apart: weapons whose use was stopped
    ("bomb_destroyed_by_experts", "2019-03-04",
     "Police bomb experts destroyed a truck packed with about 200 kg of explosives in a controlled detonation "
     "outside Mogadishu on Sunday.",
     [("Disrupted weapons use", "Mogadishu", "police_so", None)],
     "A truck packed with about 200 kg of explosives blew up at a checkpoint in Mogadishu on Sunday, killing "
     "10 people.",
     [("Remote explosive/landmine/IED", "Mogadishu", None, None)]),
    ("rockets_dismantled", "2013-08-20",
     "Army engineers dismantled three rockets aimed at Israel near Marjayoun on Monday, a security source said.",
     [("Disrupted weapons use", None, "military_il", None)],
     "Militants fired three rockets at Israel from near Marjayoun on Monday, a security source said.",
     [("Shelling/artillery/missile attack", None, None, None)]),
    # a crowd is a crowd even when its men are armed; armed men alone are an armed group
    ("crowd_of_armed_men", "2016-05-27",
     "A crowd of some 200 armed men attacked Christian homes in the village of al-Karm in Minya province on "
     "Friday, the church said.",
     [("Mob violence", None, "rioters_eg", None)],
     "Dozens of armed men attacked the village of Kafr Nabl on Friday, killing four civilians.",
     [("Attack", "Kafr Nabl", "unidentified_armed_group", "civilians_syria")]),
    # people seized are carried off, not ground taken
    ("group_seized", "2021-10-18",
     "Gang members seized the group near Ganthier on Saturday, police said.",
     [("Abduction/forced disappearance", None, "unidentified_armed_group", None)],
     "Members of the 400 Mawozo gang seized the town of Ganthier on Saturday, police said.",
     [("Non-state actor overtakes territory", None, "mawozo_400", None)]),
    ("took_up_positions", "2020-02-10",
     "Soldiers took up positions inside the plenary hall of the Legislative Assembly in San Salvador on Sunday.",
     [],
     "Rebels took the town of Morek on Sunday.",
     [("Non-state actor overtakes territory", "Morek", "syrian_rebels", None)]),
    # where missiles were fired from, even a country's province, is not where they struck
    ("fired_from_a_countrys_province", "2017-12-20",
     "Missiles launched from Yemen's Saada province hit Jizan on Tuesday, the coalition said.",
     [("Shelling/artillery/missile attack", "Jizan", None, None)],
     "Saudi jets struck Saada on Tuesday, residents said.",
     [("Air/drone strike", "Sa'dah", "military_sa", None)]),
    # forces "aligned with" a leader the dictionary knows are that leader's forces
    ("aligned_with_a_leader", "2016-07-12",
     "Fighting erupted in Juba on Friday between troops loyal to President Salva Kiir and soldiers aligned with "
     "the First Vice-President, Riek Machar.",
     [("Armed clash", "Juba", "military_ss", "splm_io")],
     "Fighting erupted in Malakal on Friday between troops loyal to President Salva Kiir and fighters aligned "
     "with General Johnson Olony.",
     [("Armed clash", "Malakal", "military_ss", "unidentified_armed_group")]),
    # a signed document that ends a war is an agreement; one on trade is none
    ("declaration_ending_a_war", "2018-09-17",
     "Abiy Ahmed and Isaias Afwerki signed a declaration in Jeddah on Sunday that ended the war between their "
     "countries.",
     [("Agreement", "Jeddah", None, None)],
     "Abiy Ahmed and Isaias Afwerki signed a declaration on trade and flights in Jeddah on Sunday.",
     []),
    # a fight with no side of its own does not lead a signing by a named side
    ("truce_signed_though_fighting_went_on", "2014-01-25",
     "The government and the SPLM/A in Opposition signed a ceasefire in Addis Ababa on Thursday, but fighting "
     "has continued in Upper Nile.",
     [("Agreement", "Addis Ababa", "splm_io", None)],
     "Fighting has continued in Upper Nile, where troops and SPLA-IO fighters clashed near Malakal on Friday.",
     [("Armed clash", "Malakal", None, "splm_io")]),
    # a town's quarters named after a province are not that province
    ("quarters_named_after_a_province", "2017-08-27",
     "Gunmen killed two people in the Muthanna districts of Tal Afar on Saturday.",
     [("Attack", "Tal Afar", None, None)],
     "Gunmen killed two people in Muthanna province on Saturday.",
     [("Attack", "Muthanna", "unidentified_armed_group", "civilians_iraq")]),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session26_class_and_its_near_miss(row):
    _name, published, text, want, near, near_want = row
    day = dt.date.fromisoformat(published)
    got = summarise(text, day)
    assert _fits(got, want), got
    near_got = summarise(near, day)
    assert _fits(near_got, near_want), near_got
