"""Classes of session 27, each in the project's own words, as a table: a sentence, what warmap
must read in it, and a near miss that must read otherwise. A row compares the (sub-event type,
place, actor1 id, actor2 id) of every event, with None for a field the row leaves open and
NOWHERE for a field that must be empty (``helpers.fits``)."""
import pytest
from helpers import NOWHERE, check_class_row


ROWS = [
    # a rights group's release filed from its regional office: "(Nairobi) –" is where it was
    # written, not where the soldiers killed, nor whose civilians they were
    ("bracketed_dateline_abroad", "2020-02-25",
     "(Nairobi) – Cameroonian soldiers killed at least 21 villagers in a village in the country's North-West "
     "region on February 14, 2020, Human Rights Watch said today.",
     [("Attack", "North-West", "military_cm", "civilians_cm")],
     "(Nairobi) – Kenyan police shot dead two villagers in Nairobi on February 14, 2020, Human Rights Watch said "
     "today.",
     [("Attack", "Nairobi", None, None)]),
    # a vehicle's make is no place: "Toyota" is no Japanese city here, and "Mitsubishi" no village
    # the gazetteer lacks; a town's car bomb is in that town
    ("make_of_a_vehicle", "2016-08-31",
     "On Tuesday a suicide bomber drove a Toyota pickup through the gate of a police station in Bishkek and "
     "detonated explosives. Days later a suicide bomber drove a Mitsubishi minivan into a checkpoint in Osh and "
     "blew himself up.",
     [("Suicide bomb", "Osh", None, None), ("Suicide bomb", "Bishkek", None, "police_kg")],
     "On Tuesday a Kabul car bomb killed three police officers outside their station, officials said.",
     [("Remote explosive/landmine/IED", "Kabul", None, "police_af")]),
    # a projectile fired from the ground that struck is shelling or a missile, not a fight
    ("projectile_fired", "2019-06-12",
     "A projectile fired by the Houthis struck the terminal of Abha airport in south-western Saudi Arabia early "
     "on Wednesday, wounding 26 civilians, the coalition said.",
     [("Shelling/artillery/missile attack", "Abha", "houthis", None)],
     "Houthi fighters struck a Saudi border post near Abha early on Wednesday, the coalition said.",
     [("Armed clash", "Abha", "houthis", None)]),
    # projectiles thrown by a crowd at the police make a riot, and thrown alone are no shelling
    ("projectiles_thrown", "2019-10-20",
     "Protesters threw projectiles at police in central Santiago on Sunday, and officers answered with tear gas.",
     [("Violent demonstration", "Santiago", "rioters_cl", "police_cl")],
     "Several projectiles were thrown at riot police outside parliament in Santiago on Sunday.",
     []),
    # "stormed a school and abducted students": the second verb, which the parser reads as "abducted"
    # students; "freed 20 women and abducted children" frees the children taken before
    ("and_abducted_them", "2020-12-12",
     "Gunmen stormed a school in Kankara on Friday night and abducted students, police said.",
     [("Abduction/forced disappearance", "Kankara", "unidentified_armed_group", None)],
     "Troops raided a camp near Kankara on Friday and freed 20 women and abducted children, the army said.",
     []),
    # people the police "took away" are arrested; bodies taken away are no one held
    ("taken_away_by_police", "2022-08-19",
     "Police in Harare took away five opposition activists on Friday, their lawyer said.",
     [("Arrests", "Harare", "police_zw", None)],
     "Police took away the bodies of the victims in Harare on Friday.",
     []),
    # the sentence's closing attribution names who speaks, however the parser hangs it ("..., the
    # Archdiocese of Managua said."): no place of the arrest; a town closing a sentence unsaid is
    ("closing_attribution", "2022-08-19",
     "Police raided the bishop's residence in Matagalpa before dawn on Friday and took away Bishop Rolando "
     "Alvarez, the Archdiocese of Managua said.",
     [("Arrests", NOWHERE, "police_ni", None)],
     "Police raided the bishop's residence before dawn on Friday and took away Bishop Rolando Alvarez in the "
     "capital, Managua.",
     [("Arrests", "Managua", "police_ni", None)]),
    # a town entered once the other side "completed their withdrawal" changed hands without a fight;
    # a town entered after its defenders withdrew was taken in the war
    ("completed_withdrawal", "2022-11-12",
     "Ukrainian forces entered Kherson on Friday after Russian forces completed their withdrawal across the "
     "Dnipro river.",
     [("Non-violent transfer of territory", "Kherson", "military_ua", None)],
     "The Taliban entered Kunduz on Friday after government forces withdrew from the city, officials said.",
     [("Non-state actor overtakes territory", "Kunduz", "taliban", "military_af")]),
    # a person stoned to death by fellow students is mob violence ("police said" tells, it is no state the
    # crowd turned on); an armed group that stones a woman to death attacks a civilian
    ("stoned_by_a_crowd", "2022-05-13",
     "A college student in Sokoto was beaten, stoned to death and set ablaze by fellow students on Thursday, "
     "police said.",
     [("Mob violence", "Sokoto", "rioters_ng", None)],
     "Islamic State militants stoned a woman to death in Raqqa on Thursday, activists said.",
     [("Attack", "Ar-Raqqah", "isis", "civilians_syria")]),
    # relatives who set a woman alight are a mob, not a burning of property
    ("set_alight_by_relatives", "2013-02-07",
     "A young mother was set alight in Mount Hagen on Wednesday by relatives of a boy who had died, police said.",
     [("Mob violence", "Mount Hagen", "rioters_pg", None)],
     "Unknown men set a shop alight in Mount Hagen on Wednesday, police said.",
     [("Looting/property destruction", "Mount Hagen", None, None)]),
    # an army that says it removed the president from power and suspended the constitution made a coup
    # (ACLED's Other); a call for his removal is none
    ("coup_announced", "2022-01-25",
     "OUAGADOUGOU - Burkina Faso's army announced on Monday that it had removed President Roch Kabore from power "
     "and suspended the constitution.",
     [("Other", "Ouagadougou", "military_bf", None)],
     "OUAGADOUGOU - Opposition leaders called on Monday for President Roch Kabore to be removed from power.",
     []),
    # a car rammed into people is an attack on them by someone unnamed; where the driver came from
    # ("a Palestinian from the Hebron area") is no place of it
    ("car_rammed_into_people", "2023-07-05",
     "On Tuesday, a Palestinian from the Hebron area rammed his car into pedestrians in northern Tel Aviv, "
     "wounding eight people.",
     [("Attack", "Tel Aviv", "unidentified_armed_group", "civilians_il")],
     "On Tuesday, a Palestinian from the Hebron area crashed his car into a wall in northern Tel Aviv.",
     []),
    # passengers "from Punjab" shot near Noshki were shot near Noshki; a bus bound for Taftan was not there
    ("passengers_from_a_province", "2024-04-14",
     "QUETTA: On Saturday, gunmen in Balochistan stopped a Taftan-bound bus near Noshki and shot dead nine "
     "passengers from Punjab.",
     [("Attack", "Nushki", "unidentified_armed_group", None)],
     "LAHORE: On Saturday, gunmen shot dead nine passengers on a bus in Punjab.",
     [("Attack", "Punjab", "unidentified_armed_group", None)]),
    # what a "since" clause began, with no day of its own, and a deal named by its year are background;
    # a capture the "since" clause dates is an event
    ("since_and_a_year_named_deal", "2019-01-21",
     "Since the FARC demobilized under the 2016 peace deal, the ELN has moved into areas around Tumaco.",
     [],
     "Since rebels captured Kidal on Tuesday, the army has withdrawn from the north.",
     [("Non-state actor overtakes territory", "Kidal", None, None)]),
    # a signing that was delayed did not happen
    ("signing_delayed", "2023-04-16",
     "The dispute between the army and the RSF had delayed the signing of a final agreement in Khartoum, "
     "scheduled for April 1.",
     [],
     "The army and the RSF signed a final agreement in Khartoum on Saturday.",
     [("Agreement", "Khartoum", None, None)]),
    # a faith before a site ("a Sikh gurdwara") is no place the gazetteer lacks; a quarter's own name is
    ("faith_before_a_site", "2020-03-26",
     "A gunman stormed a Sikh gurdwara in Kabul's Shor Bazaar area on Wednesday, killing 25 worshippers.",
     [("Attack", "Kabul", "unidentified_armed_group", "civilians_af")],
     "KABUL - A gunman stormed a shrine in Karte Sakhi on Wednesday, killing 25 worshippers.",
     [("Attack", NOWHERE, "unidentified_armed_group", None)]),
    # "ethnic Amhara residents" killed in Oromia are a people, not the Amhara region
    ("ethnic_people_not_region", "2022-06-20",
     "Gunmen killed more than 200 ethnic Amhara residents in Tole kebele of Gimbi woreda on 18 June, survivors said.",
     [("Attack", "Gimbi", "unidentified_armed_group", "civilians_et")],
     "Gunmen killed more than 200 people in the Amhara region on 18 June, survivors said.",
     [("Attack", "Amara", "unidentified_armed_group", "civilians_et")]),
    # lava or floods that destroy homes are no side of any event; unknown men who do are
    ("destroyed_by_nature", "2021-05-23",
     "Mount Nyiragongo erupted on Saturday evening, sending lava flows that destroyed homes in villages north of "
     "Goma.",
     [],
     "Unknown men destroyed homes in villages north of Goma on Saturday, officials said.",
     [("Looting/property destruction", "Goma", "unidentified_armed_group", None)]),
    # a rocket intercepted was stopped where it was aimed, not where it was fired from
    ("intercepted_where_aimed", "2012-11-18",
     "An Iron Dome battery deployed near Tel Aviv intercepted a rocket fired from Gaza toward the city on Saturday "
     "afternoon, the army said.",
     [("Disrupted weapons use", "Tel Aviv", None, None)],
     "An Iron Dome battery intercepted a rocket over Gaza on Saturday afternoon, the army said.",
     [("Disrupted weapons use", "Gaza", None, None)]),
    # "on the road to Tuz Khurmatu" is where a road leads, not the town the event was in
    ("on_the_road_to", "2016-03-09",
     "Dozens of residents of Taza, the town about 20 kilometres south of Kirkuk on the road to Tuz Khurmatu, were "
     "treated for burns after a chemical attack on Tuesday.",
     [("Chemical weapon", "Kirkuk", None, None)],
     "Dozens of residents of Tuz Khurmatu were treated for burns after a chemical attack on Tuesday.",
     [("Chemical weapon", "Tuz Khurmatu", None, None)]),
    # a man who hands himself over to troops or police is arrested; to an embassy he is not (yet)
    ("handed_himself_over", "2014-02-19",
     "Opposition leader Leopoldo Lopez handed himself over to National Guard troops in Caracas on Tuesday after a "
     "brief speech to supporters.",
     [("Arrests", "Caracas", None, None)],
     "Rebel commander Bosco Ntaganda handed himself over to the US embassy in Kigali on Monday.",
     []),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session27_class_and_its_near_miss(row):
    check_class_row(row)
