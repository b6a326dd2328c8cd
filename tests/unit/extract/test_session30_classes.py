"""Session 30's classes, one row each with its near miss (layout: ``helpers.check_class_row``)."""
import pytest
from helpers import check_class_row


ROWS = [
    # a gerund that is the subject of a modal predicate supposes: "implementing the accord ... will be
    # slow" tells no agreement (the parser hangs the gerund on "say")
    ("gerund_subject_of_a_modal", "2015-06-20",
     "Observers in Bamako say implementing the accord, including the cantonment of fighters, will be slow.", [],
     "Observers say the armed groups signed the accord in Bamako on Saturday.",
     [("Agreement", "Bamako", None, None)]),
    # "any" on the event's noun: something denies, asks or supposes it
    ("any_demonstration", "2020-07-29",
     "The police spokesman said no notice had been received for any demonstration in Bulawayo and that "
     "officers would patrol all towns.", [],
     "The police spokesman said a demonstration was held in Bulawayo on Tuesday.",
     [("Peaceful protest", "Bulawayo", "protesters_zw", None)]),
    # hostages held is a state, hostages taken an event
    ("holding_hostages", "2017-10-17",
     "Officers said fewer than twenty gunmen, some holding hostages, were still cornered in a small area of Marawi.", [],
     "Officers said gunmen took twenty hostages in Marawi on Monday.",
     [("Abduction/forced disappearance", "Marawi City", None, None)]),
    # a jet "on a mission against" fighters says what it was for; missions flown against them are strikes
    ("on_a_mission_against", "2017-01-18",
     "The army has said the jet was on a mission against Boko Haram fighters reported to be gathering in the "
     "area near Rann.", [],
     "The air force said its jets flew four missions against Boko Haram fighters near Rann, Nigeria, on Tuesday.",
     [("Air/drone strike", "Rann", "military_ng", None)]),
    # a count "across the country" is a tally no place holds; one town's count is that town's event
    ("across_the_country", "2020-08-10",
     "The ministry reported about 1,200 people detained across the country and 50 injured, among them 20 policemen.", [],
     "The ministry said 120 people were detained in Hrodna, Belarus, on Sunday.",
     [("Arrests", "Hrodna", None, None)]),
    # a perfect-tense toll of protests "that began in September" sums months, like one "since September"
    ("toll_of_protests_that_began", "2022-11-12",
     "At least 90 people have been killed by security forces in Zahedan in the protests that began in September, "
     "a rights group said.", [],
     "At least 30 people were killed by security forces in the protests in Zahedan, Iran, on Friday, a rights "
     "group said.",
     [("Excessive force against protesters", "Zahedan", "iranian_military", "protesters_ir")]),
    # killed "while trying to storm" a base: the attempt was made and fought off, a clash with the
    # base's keepers; killed while trying to flee is no attack of theirs
    ("killed_while_trying_to_storm", "2019-11-06",
     "On Sunday, twelve insurgents were killed while trying to storm a naval base in Bacho, Narathiwat.",
     [("Armed clash", "Bacho", "unidentified_armed_group", "military_th")],
     "On Sunday, twelve villagers were killed while trying to flee the fighting in Bacho, Narathiwat.", []),
    # the other services' sites are the state's: a marine base is kept by the military
    ("marine_base", "2019-11-06",
     "Gunmen attacked a marine base in Bacho, Narathiwat, on Sunday.",
     [("Armed clash", "Bacho", "unidentified_armed_group", "military_th")],
     "Gunmen attacked a rubber plantation in Bacho, Narathiwat, on Sunday.", []),
    # "Gubio Local Government Area": the division written out is no longer name
    ("local_government_area", "2020-06-10",
     "Gunmen killed 20 herders in Gubio Local Government Area of Borno State, Nigeria, on Tuesday.",
     [("Attack", "Gubio", "unidentified_armed_group", "civilians_ng")],
     "Gunmen killed 20 herders in Borno State, Nigeria, on Tuesday.",
     [("Attack", "Borno", "unidentified_armed_group", "civilians_ng")]),
    # a town in capitals before a colon at the head of the report is its dateline ("YALA: ..."), a
    # label in capitals is not
    ("dateline_with_a_colon", "2019-11-06",
     "YALA: Gunmen shot dead two rangers at a checkpoint on Tuesday night.",
     [("Attack", "Yala", "unidentified_armed_group", None)],
     "NOTE: Gunmen shot dead two rangers at a checkpoint on Tuesday night.",
     [("Attack", None, "unidentified_armed_group", None)]),
    # a declaration or treaty "of peace" signed is an agreement; one on trade is not
    ("declaration_of_peace", "2018-07-10",
     "The two presidents signed a Joint Declaration of Peace and Friendship in Asmara on Monday.",
     [("Agreement", "Asmara", None, None)],
     "The two presidents signed a Joint Declaration on Trade in Asmara on Monday.", []),
    # a group that ends its armed activity or lays down its weapons changes its activity, named or
    # not in the dictionary (its name as the announcing verb's subject, or the speaker of "it")
    ("cessation_of_armed_activity", "2011-10-21",
     "The separatist group ETA announced in Bilbao on Thursday the definitive cessation of its armed activity.",
     [("Change to group/activity", "Bilbao", None, None)],
     "The separatist group ETA announced in Bilbao on Thursday the cessation of its newspaper.", []),
    ("laying_down_its_weapons", "2014-06-26",
     "The FLNC said on Wednesday that it was laying down its weapons, in a statement sent to a newspaper in Ajaccio.",
     [("Change to group/activity", "Ajaccio", None, None)],
     "The FLNC said on Wednesday that it was laying down its conditions, in a statement sent to a newspaper in Ajaccio.",
     []),
    # soldiers who came on air "to announce that they had put an end to the regime" did it; what
    # they "would" do is still to come
    ("announced_they_had_ended_the_regime", "2023-08-30",
     "Soldiers appeared on television in Libreville on Wednesday to announce that they had put an end to the "
     "current regime.",
     [("Other", "Libreville", "military_ga", None)],
     "Soldiers appeared on television in Libreville on Wednesday to announce that they would put an end to the "
     "current regime.", []),
    # troops who enter a district "in accordance with" the statement that ended the war take it over
    # without a fight; after heavy fighting they regain it
    ("entered_in_accordance_with_a_deal", "2020-11-20",
     "Units of the Azerbaijani Army entered Aghdam on Friday in accordance with the trilateral statement that "
     "ended the war.",
     [("Non-violent transfer of territory", "Aghdam", "military_az", None)],
     "Units of the Azerbaijani Army entered Aghdam on Friday after heavy fighting with Armenian forces.",
     [("Government regains territory", "Aghdam", "military_az", None)]),
    # Tripoli's armed groups and the unity government are in the dictionary (actors_world.toml)
    ("tripoli_armed_groups", "2023-08-16",
     "Clashes erupted in Tripoli on Monday evening between the 444 Combat Brigade and the Special Deterrence Force.",
     [("Armed clash", "Tripoli", "brigade_444", "radaa")],
     "Talks were held in Tripoli on Monday evening between the 444 Combat Brigade and the Special Deterrence Force.",
     []),
    # the dead of "fighting between A and B" are its toll, and a side told by whom it backs is armed
    ("fighting_killed_is_its_toll", "2022-08-28",
     "Fighting between forces loyal to the GNU and fighters loyal to Bashagha killed 32 people in Tripoli on Saturday.",
     [("Armed clash", "Tripoli", "gnu_forces", "unidentified_armed_group")],
     "Gunmen killed 32 people at a market in Tripoli on Saturday.",
     [("Attack", "Tripoli", "unidentified_armed_group", "civilians_ly")]),
    # the country a president fled to is no story country: the rebels' palace is in their own
    # country's capital; soldiers of that other country seizing power are at its capital
    ("fled_into_another_country", "2013-03-25",
     "Seleka rebels seized the presidential palace on Sunday, while President Bozize fled across the river "
     "into the Democratic Republic of Congo.",
     [("Other", "Bangui", "seleka", None)],
     "Soldiers in the Democratic Republic of Congo seized power on Sunday.",
     [("Other", "Kinshasa", None, None)]),
    # "many of them from Malaita Province": where the crowd came from, not where it marched
    ("many_of_them_from", "2021-11-25",
     "Hundreds of protesters, many of them from Malaita Province, marched to the National Parliament in Honiara "
     "yesterday demanding the resignation of the prime minister.",
     [("Peaceful protest", "Honiara", "protesters_sb", None)],
     "Hundreds of protesters marched through Auki, in Malaita Province, yesterday demanding the resignation of the "
     "prime minister.",
     [("Peaceful protest", "Auki", "protesters_sb", None)]),
    # riots named among the charges of a sentence are a charge, not a report of riots
    ("named_in_the_charges", "2023-01-31",
     "A court in Bukhara on Tuesday sentenced a journalist to 16 years in prison on charges including organising "
     "mass riots in Nukus.", [],
     "Mass riots broke out in Nukus on Tuesday after the journalist was sentenced.",
     [("Mob violence", "Nukus", "rioters_uz", None)]),
    # an operation carried out against an armed group's hideout is a clash; the Taliban's government
    # goes by "the Islamic Emirate" in Afghan outlets
    ("operation_against_a_hideout", "2021-10-04",
     "A special unit of the Islamic Emirate carried out an operation against a Daesh hideout in Kabul on Sunday night.",
     [("Armed clash", "Kabul", "taliban", "isis")],
     "A special unit of the Islamic Emirate carried out an operation against drug addicts in Kabul on Sunday night.",
     []),
    # "gunfire and explosions" heard are the noise of fighting, no bomb anyone set off
    ("gunfire_and_explosions_heard", "2017-11-15",
     "Residents reported gunfire and explosions near the home of a minister in Harare overnight.", [],
     "Two explosions hit a market in Harare overnight, killing three people.",
     [("Remote explosive/landmine/IED", "Harare", "unidentified_armed_group", "civilians_zw")]),
    # what a blast was "targeting" is its target, not its doer; one "claimed by" a group was that group's
    ("blast_targeting_police", "2023-12-13",
     "On Friday, a bomb blast targeting police in Dera Ismail Khan killed five people.",
     [("Remote explosive/landmine/IED", "Dera Ismail Khan", "unidentified_armed_group", "police_pk")],
     "On Friday, a bomb blast claimed by the TTP in Dera Ismail Khan killed five people.",
     [("Remote explosive/landmine/IED", "Dera Ismail Khan", "ttp", "civilians_pk")]),
    # soldiers "martyred when a group of terrorists attacked" were the attack's target, the terrorists its
    # doers (not the soldiers, the actor named before the clause); a truck that overturned is no event
    ("martyred_when_terrorists_attacked", "2023-12-13",
     "At least 23 soldiers were martyred when a group of six terrorists attacked a security forces' post in "
     "Dera Ismail Khan on Tuesday.",
     [("Armed clash", "Dera Ismail Khan", "unidentified_armed_group", "military_pk")],
     "At least 23 soldiers were martyred when their truck overturned near Dera Ismail Khan on Tuesday.", []),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_session30_class_and_its_near_miss(row):
    check_class_row(row)
