"""Session 34's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import datetime as dt

import pytest
from helpers import check_class_row, summarise

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
