"""Classes found in session 17's round of ground-fighting reports (battles, sieges, lines broken),
each in the project's own words with a near miss that must keep its answer."""

import datetime as dt

from helpers import event_summary, make_article
from warmap.pipeline import analyse

FRIDAY = dt.date(2016, 3, 11)


def events(text: str, published: dt.date = FRIDAY):
    return analyse(make_article(text, published=published)).events


def summary(text: str, published: dt.date = FRIDAY) -> list[tuple]:
    return event_summary(events(text, published))


def test_the_governments_ground_named_by_its_side_is_the_governments_forces():
    got = summary("In the central province of Marib, rebels attacked pro-government positions in the town of "
                  "Harib on Friday, officials said.")
    assert [(t, a1, a2) for t, _, a1, a2 in got] == [("Armed clash", "houthis", "military_ye")]
    got = summary("Houthi rebels overran a loyalist checkpoint near Harib in Marib province on Friday.")
    assert got and got[0][3] == "military_ye"


def test_forces_that_broke_through_the_enemys_lines_fought_there():
    got = summary("Forces loyal to the government broke through rebel lines on the western edge of Taiz on "
                  "Friday, opening a road into the city.")
    assert [(t, p) for t, p, _, _ in got] == [("Armed clash", "Taiz")]
    # near miss: news that broke through no lines
    assert summary("News of the deal broke on Friday in Taiz, residents said.") == []


def test_a_neighbourhood_of_the_city_after_an_unknown_suburb_is_still_in_the_city():
    text = ("Government forces fought their way into the southern city of Taiz on Friday.\n\n"
            "Coalition warplanes pounded rebel positions in Khudaira, on the city's eastern outskirts.\n\n"
            "On Thursday, rebel shelling of a residential neighborhood in the city's center killed five civilians.")
    got = summary(text)
    assert ("Shelling/artillery/missile attack", "Taiz", "houthis", "civilians_yemen") in got
    # near miss: a village the text does not name is no part of the story's city
    text2 = ("Government forces fought their way into the southern city of Taiz on Friday.\n\n"
             "On Thursday, rebel shelling of a village killed five civilians.")
    assert not any(t.startswith("Shelling") and p == "Taiz" for t, p, _, _ in summary(text2))


def test_an_event_that_is_to_come_is_planned_not_done():
    for sentence in ("The next step is to liberate the rest of Taiz province, a commander said.",
                     "Our goal is to retake Mosul before the end of the year.",
                     "The army is to launch an offensive on Mosul next month."):
        assert events(sentence) == [], sentence
    # near miss: a retaking told as done
    assert [e.sub_event_type for e in events("Iraqi forces retook Ramadi on Monday.")] \
        == ["Government regains territory"]


def test_forces_that_were_able_to_retake_a_town_retook_it():
    got = summary("Iraqi forces were able to retake the town of Hit on Monday after a week of fighting.")
    assert [(t, p) for t, p, _, _ in got] == [("Government regains territory", "Hit")]
    # near miss: forces that will be able to retake it have not
    assert summary("Iraqi forces will be able to retake the town of Hit within weeks, a general said.") == []


def test_a_dateline_with_any_outlet_in_brackets_is_where_the_reporter_filed_not_the_event():
    text = ("ERBIL (Kurdistan 24) – Kurdish-led forces on Friday took control of the town of Hajin, "
            "the last Islamic State stronghold in the valley.")
    assert [p for _, p, _, _ in summary(text, dt.date(2018, 12, 14))] == ["Hajin"]
    text = "Beledweyne (HOL) - Al-Shabaab fighters attacked an army checkpoint in Jalalaqsi on Thursday."
    assert [p for _, p, _, _ in summary(text, dt.date(2016, 6, 9))] == ["Jalalaqsi"]
    from warmap.nlp.sentences import dateline_spans

    assert dateline_spans("KABUL (Pajhwok): Taliban fighters attacked a police post.") == [(0, 17)]
    # near miss: a town's name with its explanation in brackets is no dateline
    assert dateline_spans("Hajin (a farming town) is the group's last stronghold.") == []


def test_storming_a_base_of_any_armed_side_is_an_assault_not_a_capture():
    got = summary("Al-Shabaab fighters stormed an African Union base in Jalalaqsi on Thursday after a suicide "
                  "car bomb exploded at the gate.", dt.date(2016, 6, 9))
    assert got and got[0][0] == "Armed clash"
    # near miss: a town stormed and held is taken
    got = summary("Al-Shabaab fighters stormed and captured the town of Jalalaqsi on Thursday.", dt.date(2016, 6, 9))
    assert got and got[0][0] == "Non-state actor overtakes territory"


def test_a_day_told_before_an_after_clause_dates_the_main_clause():
    got = events("Al-Shabaab fighters stormed an African Union base in Jalalaqsi, a town in Somalia's Hiraan "
                 "region, early on Thursday after a suicide car bomb exploded at the gate, officials said.",
                 dt.date(2016, 6, 9))
    assert got and (got[0].when.date_min, got[0].when.date_max) == (dt.date(2016, 6, 9), dt.date(2016, 6, 9))
    # near miss: a day inside the after-clause is that clause's
    got = events("Iraqi forces retook Ramadi on Monday, a week after the army launched its assault on Dec. 22.",
                 dt.date(2015, 12, 30))
    retook = [e for e in got if e.sub_event_type == "Government regains territory"]
    assert retook and retook[0].when.date_min == dt.date(2015, 12, 28)


def test_a_group_driven_out_of_a_town_by_a_side_left_unnamed_lost_it_to_the_government():
    got = summary("Islamic State militants were driven out of Tal Afar, west of Mosul, in late August.",
                  dt.date(2017, 10, 5))
    assert [(t, p, a2) for t, p, _, a2 in got] == [("Government regains territory", "Tal Afar", "isis")]
    # near miss: the army driven out lost it to whoever took it, a non-state side
    got = summary("Government troops were driven out of Tal Afar in August.", dt.date(2017, 10, 5))
    assert [t for t, _, _, _ in got] == ["Non-state actor overtakes territory"]


def test_a_month_of_that_year_is_in_the_year_told_before_it():
    got = events("The Taliban seized Musa Qala in February 2007, and Afghan forces retook the town in December "
                 "of that year after a major offensive.", dt.date(2015, 8, 26))
    assert sorted((e.when.date_min, e.when.date_max) for e in got) == [
        (dt.date(2007, 2, 1), dt.date(2007, 2, 28)), (dt.date(2007, 12, 1), dt.date(2007, 12, 31))]
    # near miss: a bare month is the last one before the report
    got = events("Afghan forces retook Musa Qala in December after a major offensive.", dt.date(2015, 8, 26))
    assert [e.when.date_min for e in got] == [dt.date(2014, 12, 1)]


def test_a_town_from_another_clause_is_not_the_place_of_an_unknown_village_taken():
    got = summary("Somali troops seized the village of Qoryoley Dhexe on Thursday as part of an operation to push "
                  "Al-Shabaab out of the farmland west of Mogadishu.", dt.date(2020, 3, 3))
    assert [(t, p) for t, p, _, _ in got] == [("Government regains territory", None)]
    got = summary("On Friday, Kurdish forces regained control of Tal Ward, and the militants retreated toward "
                  "Hawija.", dt.date(2015, 1, 30))
    assert [p for _, p, _, _ in got] == [None]
    # near miss: a known town beside the unknown village in its own phrase places it near that town
    got = summary("Somali troops seized the village of Qoryoley Dhexe near Afgoye on Thursday.", dt.date(2020, 3, 3))
    assert [p for _, p, _, _ in got] == ["Afgooye"]


def test_the_following_evening_is_the_day_after_the_date_told_before():
    got = events("On 26 January, nine people were killed during an Israeli raid on the Jenin refugee camp.\n\n"
                 "The following evening, a gunman killed seven people outside a synagogue in East Jerusalem.",
                 dt.date(2023, 2, 27))
    assert sorted(e.when.date_min for e in got) == [dt.date(2023, 1, 26), dt.date(2023, 1, 27)]
    # near miss: a plural name is a people, no place no one knows: the camp's town stays the place
    got = summary("On Thursday, nine Palestinians were killed during an Israeli raid on the Jenin refugee camp.",
                  dt.date(2023, 1, 28))
    assert [p for _, p, _, _ in got] == ["Janin"]


def test_a_fight_told_in_a_where_clause_is_at_the_town_the_clause_hangs_on():
    got = summary("The offensive has drawn government forces away from Aleppo, where rebels and the army fought "
                  "fierce battles in the south of the city in early August.", dt.date(2016, 9, 1))
    assert [(t, p) for t, p, _, _ in got] == [("Armed clash", "Aleppo")]
    # near miss: rockets fired from a town did not strike it
    got = summary("Militants fired rockets from Jisr al-Shughur on Tuesday, hitting the town of Qardaha.",
                  dt.date(2016, 9, 1))
    assert "Jisr ash Shughur" not in [p for _, p, _, _ in got]


def test_two_days_earlier_is_counted_from_the_day_told_before_and_they_are_its_subject():
    text = ("On Wednesday, the joint forces recaptured the town of al-Riyadh, west of Hawija, after clashes "
            "with Daesh militants.\n\nTwo days earlier, they had taken back the town of Bashir, south of Kirkuk.")
    got = events(text, dt.date(2017, 10, 5))
    assert sorted((e.when.date_min, e.sub_event_type, e.actor1.actor.id) for e in got) == [
        (dt.date(2017, 10, 2), "Government regains territory", "iraqi_army"),
        (dt.date(2017, 10, 4), "Government regains territory", "iraqi_army")]
    # near miss: a past perfect with no day of its own is background
    text2 = "Iraqi forces recaptured al-Riyadh on Wednesday.\n\nThey had taken back the town of Bashir."
    assert len(events(text2, dt.date(2017, 10, 5))) == 1


def test_strikes_counted_over_most_of_a_week_are_a_tally():
    text = ("The coalition said it had carried out 208 strikes in Syria and Iraq between Dec. 2 and Dec. 8, "
            "most of them around Hajin.")
    assert events(text, dt.date(2018, 12, 14)) == []
    # near miss: a strike on one day of the week is an event
    text = "The coalition said its aircraft struck Islamic State positions around Hajin on Dec. 8."
    assert [e.sub_event_type for e in events(text, dt.date(2018, 12, 14))] == ["Air/drone strike"]


def test_a_claim_the_other_side_rejected_is_no_event_but_a_deed_beside_one_stands():
    text = ("Al-Shabaab claimed to have killed dozens of Ethiopian soldiers near Jalalaqsi on Thursday, "
            "a claim the African Union rejected.")
    assert events(text, dt.date(2016, 6, 9)) == []
    # near misses: a claim no one rejected stands; so does a deed told beside a rejected claim
    text = "Al-Shabaab claimed to have killed dozens of Ethiopian soldiers near Jalalaqsi on Thursday."
    assert len(events(text, dt.date(2016, 6, 9))) == 1
    text = ("Al-Shabaab fighters attacked an Ethiopian army post near Jalalaqsi on Thursday, saying it had "
            "fired on villagers, a claim the African Union rejected.")
    assert len(events(text, dt.date(2016, 6, 9))) == 1


def test_a_side_that_exploited_a_chance_to_retake_villages_retook_them():
    got = summary("On Friday, Islamic State fighters took advantage of the fog to storm the village of Baghuz, "
                  "killing 12 SDF fighters.", dt.date(2018, 12, 14))
    assert [(t, a1) for t, _, a1, _ in got] == [("Non-state actor overtakes territory", "isis")]
    # near miss: a chance a side could exploit is no deed
    assert events("Islamic State fighters could exploit the sandstorm to retake villages around Hajin.",
                  dt.date(2018, 12, 14)) == []


def test_a_second_town_taken_on_its_own_day_after_the_town_of_the_first_is_a_second_event():
    got = events("Jund al-Aqsa fighters had taken the town of Souran on Tuesday and Halfaya on Monday, the "
                 "Observatory said.", dt.date(2016, 9, 1))
    assert sorted((e.location.place.name, e.when.date_min) for e in got) == [
        ("Halfaya", dt.date(2016, 8, 29)), ("Suran", dt.date(2016, 8, 30))]
    # near miss: one town taken on one day is one event
    got = events("Jund al-Aqsa fighters had taken the town of Souran on Tuesday, the Observatory said.",
                 dt.date(2016, 9, 1))
    assert len(got) == 1


def test_unnamed_fighters_led_by_a_named_group_are_that_groups_deed():
    got = summary("Insurgents led by the jihadist group Jund al-Aqsa captured the town of Taybat al-Imam in "
                  "Syria's Hama province on Wednesday.", dt.date(2016, 9, 1))
    assert [(t, a1, a2) for t, _, a1, a2 in got] == [("Non-state actor overtakes territory", "jund_al_aqsa", None)]
    # near miss: a side backed by another stays the side that acted
    got = summary("Syrian troops, backed by Russian air power, recaptured the town of Taybat al-Imam in Hama "
                  "province on Wednesday.", dt.date(2016, 9, 1))
    assert [a1 for _, _, a1, _ in got] == ["syrian_army"]


def test_an_attack_on_a_town_no_one_knows_does_not_take_the_town_told_before():
    text = ("Jund al-Aqsa fighters captured the town of Taybat al-Imam in Hama province on Wednesday.\n\n"
            "The army said it had beaten back a rebel attack on the town of Maardes on Wednesday.")
    got = summary(text, dt.date(2016, 9, 1))
    assert ("Armed clash", None) in [(t, p) for t, p, _, _ in got]
    # near miss: an attack on a town it knows is there
    text2 = ("Jund al-Aqsa fighters captured the town of Taybat al-Imam in Hama province on Wednesday.\n\n"
             "The army said it had beaten back a rebel attack on the town of Mhardeh on Wednesday.")
    assert ("Armed clash", "Mhardeh") in [(t, p) for t, p, _, _ in summary(text2, dt.date(2016, 9, 1))]


def test_a_demonym_joined_to_a_foreign_force_is_that_countrys_army():
    from warmap.actors import load_actors

    found = [(m.mention, m.actor.id) for m in load_actors().find(
        "Afghan and NATO forces retook the town. Malian and French troops attacked.", country="ML")]
    assert found == [("NATO forces", "nato"), ("Malian", "military_ml"), ("French troops", "military_fr")]
    got = summary("The Taliban seized Musa Qala in February 2007, and Afghan and NATO forces retook it in December "
                  "of that year after a major offensive.", dt.date(2015, 8, 26))
    assert ("Government regains territory", "Musa Qal'ah", "military_af", "taliban") in got
    # near misses: a foreign demonym ("Afghan" in Mali, above), a border, or a foreign force alone is no army
    found = [m.actor.id for m in load_actors().find("NATO forces patrolled the Afghan and Pakistani border.",
                                                     country="AF")]
    assert found == ["nato"]
