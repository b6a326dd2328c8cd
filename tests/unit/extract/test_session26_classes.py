"""Classes of session 26, each in the project's own words, as a table: a sentence, what warmap
must read in it, and a near miss that must read otherwise. A row compares the (sub-event type,
place, actor1 id, actor2 id) of every event, with None for a field the row leaves open and
NOWHERE for a field that must be empty."""
import pytest
from helpers import NOWHERE, check_class_row


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
    # a town taken "without meeting resistance", or after its people (not its defenders) left, is
    # handed over, not fought for
    ("taken_without_resistance", "2013-01-29",
     "French and Malian troops took control of Gao on Saturday without meeting resistance, military sources said.",
     [("Non-violent transfer of territory", "Gao", "military_ml", None)],
     "French and Malian troops took control of Gao on Saturday after fierce fighting with Islamist fighters, "
     "military sources said.",
     [("Government regains territory", "Gao", "military_ml", None)]),
    ("taken_after_its_people_left", "2020-11-21",
     "Azerbaijani troops took control of the Aghdam District on Friday, days after the last Armenian residents left.",
     [("Non-violent transfer of territory", "Aghdam", "military_az", None)],
     "Azerbaijani troops took control of the town of Aghdam on Friday, days after Armenian forces left.",
     [("Government regains territory", "Aghdam", "military_az", None)]),
    # "forces are to withdraw" is no one forcing anyone out; "forced IS fighters to withdraw" is
    ("forces_are_to_withdraw", "2023-09-21",
     "Under the deal, Armenian forces are to withdraw from the region and Russian peacekeepers will stay, "
     "officials said in Khankendi.",
     [("Agreement", None, None, None)],
     "The assault on Tal Afar forced IS fighters to withdraw from the citadel on Saturday, the army said.",
     [("Non-state actor overtakes territory", "Tal Afar", "isis", None)]),
    # a region's name that says who the people were is not where they were killed
    ("people_named_after_a_region", "2020-11-26",
     "At least 600 civilians, mostly Amhara seasonal labourers, were killed by a youth militia in the town of "
     "Mai Kadra on 9 November, the commission said.",
     [("Attack", NOWHERE, None, "civilians_et")],
     "At least 60 civilians were killed by a youth militia in the Amhara region on 9 November, the commission said.",
     [("Attack", "Amara", None, "civilians_et")]),
    # soldiers with vigilantes are no crowd, and half of "Donga-Mantung" is no town in Benin
    ("soldiers_with_vigilantes", "2020-02-20",
     "Soldiers and members of a vigilante group killed 21 civilians in Ngarbuh, in the Donga-Mantung Division, on "
     "Friday, a rights group said.",
     [("Attack", None, "military_forces", None)],
     "A mob of vigilantes lynched two suspected thieves in Kumbo on Friday, a rights group said.",
     [("Mob violence", "Kumbo", "rioters_cm", None)]),
    ("soldiers_rampaging", "2016-07-20",
     "Soldiers rampaged through the Terrain hotel compound in Juba on July 11, beating residents, witnesses said.",
     [],
     "Youths rampaged through the market in Juba on July 11, burning stalls, witnesses said.",
     [("Mob violence", "Juba", "rioters_ss", None)]),
    # protesters who smash and burn riot, whoever breaks them up
    ("protesters_who_smashed", "2019-11-13",
     "Riot police fired tear gas at protesters who smashed shop windows and set fires in downtown Beirut on Friday.",
     [("Violent demonstration", "Beirut", "rioters_lb", "police_lb")],
     "Riot police fired tear gas at protesters who had gathered outside parliament in downtown Beirut on Friday.",
     [("Protest with intervention", "Beirut", "protesters_lb", "police_lb")]),
    # a government's ally abroad is no state force at home; a state's own force is one at home
    ("an_ally_abroad_at_home", "2019-10-30",
     "Hundreds of men loyal to Hezbollah attacked the main protest camp in downtown Beirut on Tuesday, beating "
     "demonstrators.",
     [("Attack", "Beirut", "hezbollah", "protesters_lb")],
     "Security forces killed at least 66 people after firing live ammunition at protesters in Zahedan on Friday, "
     "Amnesty said.",
     [("Excessive force against protesters", "Zahedan", "iranian_military", "protesters_ir")]),
    ("a_state_retakes_its_own_ground", "2025-03-16",
     "Russian troops recaptured the village of Plekhovo in the Kursk region on Saturday, the defence ministry said.",
     [("Government regains territory", None, "russian_military", None)],
     "Russian troops captured the village of Pishchane in the Kharkiv region on Saturday, the defence ministry said.",
     [("Non-state actor overtakes territory", "Pishchane", "russian_military", None)]),
    ("freedom_regained", "2020-11-06",
     "Cardinal Christian Tumi has regained his freedom a day after he was kidnapped near Kumbo, church sources said.",
     [],
     "Government troops regained control of the town of Bamenda on Friday, the army said.",
     [("Government regains territory", "Bamenda", "military_cm", None)]),
    # a feature told with the province it lies in is in that province: "the Boma peninsula in Lac
    # province" of Chad is no Boma in Congo
    ("feature_in_a_named_province", "2020-03-24",
     "Boko Haram fighters killed 92 Chadian soldiers in an attack on an army base on the Boma peninsula in Lac "
     "province on Monday, the president said.",
     [("Armed clash", "Lac", "boko_haram", "military_td")],
     "Gunmen killed two traders in Boma in Kongo Central province on Monday, police said.",
     [("Attack", "Boma", None, "civilians_cd")]),
    # "Bentiu, the capital of Unity state" is Bentiu, not the town at the province's point
    ("capital_named_before_its_province", "2014-04-16",
     "Rebels loyal to Riek Machar took control of Bentiu, the capital of Unity state, on Tuesday after fighting "
     "with government troops.",
     [("Non-state actor overtakes territory", "Bentiu", "splm_io", "military_ss")],
     "Houthi fighters took control of the capital of Lahij province on Wednesday, residents said.",
     [("Non-state actor overtakes territory", "Lahij", "houthis", None)]),
    ("barrel_bombs_with_chlorine", "2015-03-17",
     "Five people were killed when army helicopters dropped barrel bombs containing chlorine gas on Sarmin late on "
     "Monday, activists said.",
     [("Chemical weapon", "Sarmin", "syrian_air_force", "civilians_syria")],
     "Five people were killed when army helicopters dropped barrel bombs on Sarmin late on Monday, activists said.",
     [("Air/drone strike", "Sarmin", "syrian_air_force", "civilians_syria")]),
    # what most of many attacks did is a summary, no event
    ("most_of_the_attacks", "2019-02-17",
     "Researchers documented hundreds of chemical attacks in Syria. Most of the attacks used chlorine, the report said.",
     [],
     "An attack on Saraqib on Saturday used chlorine, rescuers said.",
     [("Chemical weapon", "Saraqib", None, None)]),
    # rockets a defence system intercepted were stopped; "most of them" shot down, the attack went on
    ("rockets_intercepted_by_a_defence_system", "2021-08-30",
     "Several rockets were fired at Kabul airport early this morning, and an anti-rocket defence system intercepted "
     "as many as five of them.",
     [("Disrupted weapons use", "Kabul", None, None)],
     "Ukrainian forces fired missiles at the centre of Belgorod on Saturday, and air defences shot down most of "
     "them, the ministry said.",
     [("Shelling/artillery/missile attack", "Belgorod", "military_ua", None)]),
    # shrines attacked are property, with no one defending them
    ("shrines_attacked", "2012-07-01",
     "Ansar Dine fighters destroyed the mausoleum of Sidi Mahmoud in Timbuktu on Saturday and attacked other shrines "
     "in the city, witnesses said.",
     [("Looting/property destruction", "Timbuktu", "ansar_dine", NOWHERE)],
     "Ansar Dine fighters attacked Timbuktu on Saturday, witnesses said.",
     [("Armed clash", "Timbuktu", "ansar_dine", "military_ml")]),
    # a claim of another day's attack at another place tells that attack, not more of the last one;
    # the gunmen who killed in it are the claimant's
    ("claim_of_another_attack", "2015-03-10",
     "Militants attacked an army post in Kidal on Monday, killing two soldiers. IS has also claimed the 3 March "
     "attack on a hotel in Gao, in which gunmen killed four guests.",
     [("Attack", "Gao", "isis", "civilians_ml"), ("Armed clash", "Kidal", "unidentified_armed_group", "military_ml")],
     "Militants attacked an army post in Kidal on Monday, killing two soldiers. IS has claimed the attack, in which "
     "two soldiers died.",
     [("Armed clash", "Kidal", "isis", "military_ml")]),
    # where someone was ("while the prime minister was in Kenya") is no country's tally; and the police
    # killed are no doer of the killing
    ("someone_was_in_a_country", "2024-03-04",
     "The attacks began on Thursday, when gangs opened fire at the airport in Port-au-Prince, set police stations "
     "ablaze and killed four police officers while the prime minister was in Kenya.",
     [("Armed clash", "Port-au-Prince", "unidentified_armed_group", "police_ht")],
     "In Haiti, police carried out 12 raids on Thursday, officials said.",
     []),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session26_class_and_its_near_miss(row):
    check_class_row(row)
