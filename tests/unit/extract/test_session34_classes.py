"""Session 34's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import datetime as dt

import pytest
from helpers import NOWHERE, check_class_row, summarise

ROWS: list[tuple] = [
    # "passengers were ... shot dead near Quetta": civilians shot by no one named were attacked by someone, an
    # unidentified armed group; civilians shot in crossfire were the toll of a fight
    ("civilians_shot_by_no_one_named", "2024-08-27",
     "Nine passengers were taken off a bus near Quetta and shot dead on Monday, officials said.",
     [("Attack", "Quetta", "unidentified_armed_group", None)],
     "Two passengers were shot dead in crossfire near Quetta on Monday, officials said.", []),
    # "arrested 20 people over Friday night's attack", "in connection with the attack": the attack is what they
    # are held for, told elsewhere; the arrest is the event (before, an attack by the police)
    ("arrested_over_an_attack", "2023-06-19",
     "Police arrested 20 people in Mpondwe over Friday night's attack on a school, officials said.",
     [("Arrests", "Mpondwe", "police_ug", None)],
     "Rebels killed 20 pupils in Friday night's attack on a school in Mpondwe, police said.",
     [("Attack", "Mpondwe", None, None)]),
    # "brought down two RSF drones": drones downed by air defences are ACLED's Disrupted weapons use, like "shot
    # down"; drones that reached their target are a drone strike
    ("drones_brought_down", "2024-06-07",
     "Air defences of the army in Kosti brought down two RSF drones that targeted the division headquarters on "
     "Friday, military sources said.",
     [("Disrupted weapons use", "Kosti", "military_sd", "rsf")],
     "Two RSF drones targeted the army division headquarters in Kosti on Friday, military sources said.",
     [("Air/drone strike", "Kosti", "rsf", "military_sd")]),
    # "accuse its fighters of killings, abductions and looting": deeds charged, with no day, are no event (before,
    # they made the capture beside them an abduction); the same deeds told with their day are one
    ("accused_of_deeds", "2024-06-07",
     "The RSF overran Wad Madani in December, and residents accuse its fighters of killings, abductions and looting.",
     [("Non-state actor overtakes territory", "Wad Medani", "rsf", None)],
     "The RSF overran Wad Madani in December, and its fighters carried out killings, abductions and looting there on "
     "Friday.",
     [("Non-state actor overtakes territory", "Wad Medani", "rsf", None),
      ("Abduction/forced disappearance", "Wad Medani", "rsf", None)]),
    # "The riot came as officials met in Aqaba": the deed told before, set in time by what else happened (before,
    # a second riot at Aqaba); another riot that broke out is one
    ("the_deed_came_as", "2023-02-27",
     "A Palestinian gunman shot dead two Israeli brothers in Huwara on Sunday. Hours later, hundreds of settlers "
     "rioted in Huwara, setting fire to cars and homes. The shooting and the riot came as Israeli and Palestinian "
     "officials met in Aqaba.",
     [("Mob violence", "Huwara", "settlers_il", None), ("Attack", "Huwara", None, None)],
     "A Palestinian gunman shot dead two Israeli brothers in Huwara on Sunday. Hours later, hundreds of settlers "
     "rioted in Huwara, setting fire to cars and homes. Another riot broke out in Jericho as Israeli and Palestinian "
     "officials met in Aqaba.",
     [("Mob violence", "Huwara", "settlers_il", None), ("Attack", "Huwara", None, None),
      ("Mob violence", "Jericho", None, None)]),
    # "were advancing to liberate other areas": an advance to take ground is meant, not done; an advance that took
    # the town is told so
    ("advancing_to_take", "2021-12-01",
     "The government said the joint forces were advancing to liberate other areas of North Wollo on Wednesday.",
     [],
     "The government said the joint forces advanced and liberated Lalibela on Wednesday.",
     [("Government regains territory", "Lalibela", None, None)]),
    # "the leader of the protest movement ... was arrested": a movement named by its protest is a group, not a
    # protest held (before, the arrest was read as a peaceful protest); its members marching is one
    ("protest_movement", "2017-05-29",
     "Nasser Zefzafi, the leader of the protest movement in Al Hoceima, was arrested on Monday morning along with "
     "other people, the prosecutor said.",
     [("Arrests", "Al Hoceima", None, None)],
     "Members of the protest movement marched in Al Hoceima on Monday.",
     [("Peaceful protest", "Al Hoceima", "protesters_ma", None)]),
    # "settlers rioted in the town": Israel's settlers act in the West Bank, so the story's Palestinian town is
    # theirs to riot in (before, no place: a group bound to its country took none abroad); no town named, no place
    ("settlers_in_the_town", "2023-02-27",
     "A Palestinian gunman shot dead two Israeli brothers in Huwara on Sunday. Hours later, hundreds of settlers "
     "rioted in the town, setting fire to cars and homes.",
     [("Mob violence", "Huwara", "settlers_il", None), ("Attack", "Huwara", None, None)],
     "Hours later, hundreds of settlers rioted in the town, setting fire to cars and homes.",
     [("Mob violence", NOWHERE, None, None)]),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session34_class_and_its_near_miss(row):
    check_class_row(row)


def _page(middle: str) -> str:
    return ("Sudan army steps up air campaign\n\nThe RSF said on Friday it had repelled an army assault near Omdurman.\n\n"
            f"{middle}\n\nOn Sunday, army warplanes bombed RSF gatherings in a village west of Wad Madani, residents said.\n")


def test_a_section_head_in_sentence_case_tells_no_event():
    # "Air raids in Al-Jazirah and Darfur", a paragraph of its own with no verb, number or stop, heads the
    # paragraph below it (before, it gave one air strike in each region); a sentence there is a report
    day = dt.date(2024, 6, 7)
    head = summarise(_page("Air raids in Al-Jazirah and Darfur"), day)
    told = summarise(_page("Army warplanes struck Al-Jazirah and Darfur on Thursday."), day)
    assert sorted(e[1] for e in head) == ["Omdurman", "Wad Medani"]
    assert sorted(e[1] for e in told) == ["Darfur", "Gezira", "Omdurman", "Wad Medani"]


@pytest.mark.parametrize(("text", "dateline"), [
    ("Addis Ababa, December 1/2021 (ENA) The joint forces have liberated the town.", "Addis Ababa, December 1/2021 (ENA) "),
    ("Imphal, Nov 11 (PTI) Ten suspected militants were killed in a gunfight.", "Imphal, Nov 11 (PTI) "),
    ("Jayapura, Jubi – A nurse was killed when gunmen attacked the district.", "Jayapura, Jubi – "),
    ("Asunción, IP.- A former vice president was kidnapped at his ranch.", "Asunción, IP.- "),
    ("Riyadh, Safar 15, 1439, November 4, 2017, SPA -- The spokesman said.", "Riyadh, Safar 15, 1439, November 4, 2017, SPA -- "),
    # near misses: an undated name and a bracket, and a clause opening on a comma, are no datelines
    ("Imphal (Manipur) Ten suspected militants were killed in a gunfight.", None),
    ("Meanwhile, Russia – which denies it – said nothing.", None),
])
def test_datelines_of_national_agencies_and_local_outlets(text, dateline):
    # ENA's "December 1/2021", PTI's "Nov 11 (PTI)" with no dash, an outlet's name or agency after the comma:
    # the town is where the reporter filed from, no event's place (before, the events took it)
    from warmap.nlp.sentences import dateline_spans

    assert [text[a:b] for a, b in dateline_spans(text)] == ([dateline] if dateline else [])


def test_a_square_in_a_story_filed_from_one_town_is_in_that_town():
    # "Addis Abeba, June 23/2018 -" on a line of its own, then "a grenade was thrown ... at Meskel Square": the
    # square is the filing town's (a passive naming no one was not even read before); with no town, none
    page = "Addis Abeba, June 23/2018 –\n\nOne person was killed after a grenade was thrown towards the stage at {} this morning."
    day = dt.date(2018, 6, 23)
    assert summarise(page.format("Meskel Square"), day) == [("Grenade", "Addis Ababa", "unidentified_armed_group", None)]
    assert summarise(page.format("the rally"), day) == []
