"""Battle-report classes found by a round of sentences written blind to the rules (wire,
Pentagon, monitor and ISW habits from several wars). Each test is one class, in the
project's own words, with a near miss that must keep its answer."""

import datetime as dt

from helpers import make_article
from warmap.pipeline import analyse

THURSDAY = dt.date(2022, 12, 1)


def events(text: str, published: dt.date = THURSDAY):
    return analyse(make_article(text, published=published)).events


def battles(text: str):
    return [e for e in events(text) if e.event_type == "Battles"]


def test_a_place_won_back_from_a_group_by_an_unnamed_winner_is_regained():
    for text in ("Baiji has been fully liberated from Daesh, Iraqi commanders announced on Thursday.",
                 "The minister toured Ramadi, which was retaken from the Islamic State last December."):
        evs = battles(text)
        assert [e.sub_event_type for e in evs] == ["Government regains territory"], text
        assert evs[0].actor1 is None and evs[0].actor2.actor.id == "isis"
    # won back from the army, by someone unnamed: not the government's gain
    evs = battles("The town was recaptured from the Syrian army on Tuesday.")
    assert [e.sub_event_type for e in evs] in ([], ["Non-state actor overtakes territory"])


def test_a_capture_declared_in_reported_speech_is_dated_by_the_declaration():
    evs = battles("Iraqi forces declared on Friday that they had liberated the town of Rutba.")
    assert len(evs) == 1
    e = evs[0]
    assert e.sub_event_type == "Government regains territory" and e.actor1.actor.id == "iraqi_army"
    assert e.when.date == dt.date(2022, 11, 25)
    # an undated pluperfect with no verb of saying stays background
    assert battles("Iraqi forces had liberated the town of Rutba before the talks.") == []


def test_fell_under_the_control_of_names_the_taker():
    evs = battles("Tadmur fell under the control of Islamic State fighters on Wednesday, the monitor said.")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Non-state actor overtakes territory"
    assert evs[0].actor1.actor.id == "isis"


def test_an_ally_named_with_its_air_support_is_not_the_weapon_that_fought():
    evs = battles("Afghan commandos, supported by American airstrikes, fought Taliban insurgents outside "
                  "Kunduz on Monday.")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Armed clash"
    assert {evs[0].actor1.actor.id, evs[0].actor2.actor.id} == {"military_af", "taliban"}
    # a weapon as the subject still tells its own event, not a clash
    assert battles("A drone attacked a Taliban convoy outside Kunduz on Monday.") == []


def test_a_long_group_name_before_its_verb_parsed_with_no_verb():
    evs = battles("The Myanmar National Democratic Alliance Army captured Laukkai, the Kokang capital on the "
                  "Chinese border, on Jan. 5, 2024, after weeks of fighting with junta troops.")
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]
    assert evs[0].actor1.actor.id == "mndaa"
    # with a verb of its own elsewhere the participle stays an adjective
    assert battles("Captured MNDAA fighters were shown on state television on Friday.") == []


def test_fire_exchanged_with_two_weapons_named_is_a_clash():
    evs = battles("Government troops and Houthi fighters exchanged mortar and machine-gun fire in Taiz "
                  "overnight, residents said.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    assert {evs[0].actor1.actor.id, evs[0].actor2.actor.id} == {"military_ye", "houthis"}


def test_an_event_told_n_years_or_months_before_the_news_is_dated_by_the_count():
    evs = battles("Five years after Iraqi forces recaptured Mosul from the Islamic State group, much of the "
                  "Old City still lies in ruins.")
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    w = evs[0].when
    assert (w.precision, w.date_min, w.date_max) == ("year", dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    evs = battles("Two months after Taliban fighters seized Kunduz, shops in the city remain shut.")
    assert evs[0].when.precision == "month" and evs[0].when.date_min == dt.date(2022, 10, 1)


def test_air_support_named_as_a_helper_lends_no_doer_to_the_capture():
    evs = battles("Falluja was declared liberated on Sunday after Iraqi counterterrorism troops, backed by "
                  "coalition airstrikes, raised the flag over the city's main hospital.")
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    assert evs[0].actor1 is None or evs[0].actor1.actor.id != "coalition"
    # the strikes told as the event itself keep their doer
    evs = events("Coalition airstrikes hit Islamic State positions near Falluja on Sunday.")
    assert [e.actor1.actor.id for e in evs] == ["coalition"]


def test_a_count_of_strikes_near_a_town_on_a_day_is_that_days_strike_there():
    evs = events("Coalition aircraft conducted 14 strikes near Tal Afar on Tuesday, destroying nine fighting "
                 "positions, the task force said.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Air/drone strike", "Tal Afar")]
    # a count since a campaign began is a tally, and a labour strike is no strike from the air
    assert events("Since the operation to retake Tal Afar began in August, the coalition has conducted more "
                  "than 90 strikes in support of Iraqi forces in the area.") == []
    assert events("Teachers staged two strikes in Kirkuk last month over unpaid wages.") == []


def test_two_objects_each_with_its_place_are_two_events():
    evs = events("Coalition aircraft struck an ISIL tunnel near Hit and a bomb factory near Baiji on Sunday.")
    assert sorted(e.location.place.name for e in evs) == ["Baiji", "Hit"]


def test_a_clause_on_the_weapon_itself_places_it():
    evs = events("A missile fired by the Houthis at the Saudi city of Najran late Tuesday landed near a "
                 "school, wounding three people.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [
        ("Shelling/artillery/missile attack", "Najran")]


def test_rocket_fire_that_struck_a_town_is_shelling_not_a_strike_from_the_air():
    evs = events("The monitor condemned the rocket fire by Hayat Tahrir al-Sham that struck residential areas "
                 "of Mhardeh on Saturday.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_a_past_tense_right_after_a_merged_side_name_is_the_verb():
    evs = battles("Israeli troops battled Hamas fighters in the southern city of Khan Younis on Tuesday, the "
                  "military said.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    assert {evs[0].actor1.actor.id, evs[0].actor2.actor.id} == {"military_il", "hamas"}


def test_a_state_named_as_the_doer_is_its_military():
    evs = events("Israel struck targets in Rafah on Monday.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Air/drone strike", "military_il")]
    evs = events("The United States carried out air strikes on Houthi targets in Hodeidah on Friday.")
    assert evs[0].actor1.actor.id == "us_military"
    # a state that speaks is no doer
    assert all(e.actor1 is None or e.actor1.actor.id != "military_il"
               for e in events("Israel said Hamas fighters fired rockets at Sderot on Monday."))


def test_the_strikes_told_again_at_another_town_are_that_towns_strike():
    evs = events("Coalition jets struck Houthi positions in Hodeidah on Friday. The strikes also hit a radar "
                 "site in Saada, the Houthis said.")
    assert sorted(e.location.place.name for e in evs) == ["Al Hudaydah", "Sa'dah"]
    evs = events("Coalition jets struck Houthi positions in Hodeidah on Friday. The strikes also hit a radar "
                 "site in Hodeidah, the Houthis said.")
    assert len(evs) == 1


def test_places_repeated_with_as_well_as_are_one_event_each():
    evs = events("British and American jets struck Houthi sites in Sanaa as well as in Hodeidah, Taiz and Saada "
                 "on Friday.")
    assert len({e.location.place.name for e in evs}) == 4


def test_the_verb_after_a_backed_by_aside_is_no_adjective():
    evs = battles("The bombing came a day after government troops, backed by Macawisley clan militias, captured "
                  "Mahas, a town in Hiran region.")
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]


def test_offensive_operations_or_ground_attacks_near_a_town_are_fighting_there():
    for text in ("Russian forces conducted offensive operations near Avdiivka on Tuesday, the institute said.",
                 "Russian forces conducted ground attacks northwest of Bakhmut on Tuesday."):
        evs = battles(text)
        assert [e.sub_event_type for e in evs] == ["Armed clash"], text
        assert evs[0].actor1.actor.country == "RU"


def test_aircraft_that_took_off_from_a_base_took_no_one():
    assert events("The jets took off from Hmeimim airbase on Saturday, the monitor said.") == []
    evs = events("Gunmen took the priest away from his parish in Kaduna on Sunday.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_a_denied_claim_parsed_as_a_relative_clause_is_still_denied():
    assert battles("Ukrainian officials denied Russian claims that Russian troops had pushed Ukrainian forces out "
                   "of their bridgehead near Krynky.") == []


# ---- round 2 (official battle reports of 2013-2019 in DoD, CJTF-OIR, VOA and State Department habits)

def test_a_victory_compared_with_the_whole_war_is_still_one_days_capture():
    text = ("Government troops retook the town of Tadmur from the militants on Sunday, handing the "
            "president his biggest gain over the group since the start of the war.")
    evs = battles(text)
    assert [(e.sub_event_type, e.when.date) for e in evs] == [("Government regains territory", dt.date(2022, 11, 27))]
    # a count since the war began is still a tally
    assert battles("Government troops have retaken dozens of towns since the start of the war.") == []


def test_a_capture_in_a_since_clause_under_a_call_is_given_not_called_for():
    text = ("Since Yemeni government forces took control of Hudaydah International Airport on June 20, "
            "we have urged all parties to keep the port open.")
    evs = battles(text)
    assert len(evs) == 1 and evs[0].sub_event_type == "Government regains territory"
    assert evs[0].location.place.name == "Al Hudaydah" and evs[0].when.date == dt.date(2022, 6, 20)
    # a call to act before a future deed still reports nothing
    assert battles("We urged the army to halt before it attacks Hudaydah.") == []


def test_weapons_that_help_a_side_or_resist_it_are_no_strike_of_their_own():
    for text in ("Iraqi troops moved onto the Mosul airfield this morning with support from coalition aircraft and artillery.",
                 "The Iraqi units met resistance from militant snipers and car bombs near Mosul on Monday.",
                 "Kurdish fighters, supported by coalition jets and artillery, pushed toward Baghuz on Monday."):
        assert [e.sub_event_type for e in events(text) if e.event_type == "Explosions/Remote violence"] == [], text
    # the same weapons used, told as the deed, stay strikes
    assert [e.sub_event_type for e in events("Coalition artillery shelled militant positions near Baghuz on Monday.")] \
        == ["Shelling/artillery/missile attack"]


def test_bombs_left_behind_and_fighting_approached_are_no_events():
    assert events("Officials warned that the militants left behind large numbers of roadside bombs in Raqqa.") == []
    assert battles("American advisers now move closer to the fighting than they did in eastern Mosul.") == []
    assert battles("Thousands of families fled from the fighting in Tal Afar on Monday.") == []
    assert [e.sub_event_type for e in battles("Troops and militants fought near Tal Afar on Monday.")] == ["Armed clash"]


def test_a_place_in_a_relative_clause_on_someone_elses_noun_does_not_place_the_event():
    text = ("The loss of Wad Madani undoes one of the RSF's biggest gains. The paramilitary group seized the city "
            "on Dec. 18, 2023, forcing thousands of people who had fled Khartoum to move again.")
    evs = [e for e in battles(text) if e.when.date == dt.date(2023, 12, 18)]
    assert [(e.sub_event_type, e.actor1.actor.id, e.location.place.name) for e in evs] == [
        ("Non-state actor overtakes territory", "rsf", "Wad Medani")]


def test_helpers_and_witnesses_are_no_crowd():
    evs = battles("Nigerian troops, backed by fighter jets and civilian vigilantes, repelled a Boko Haram attack "
                  "on the outskirts of Maiduguri on Sunday.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Armed clash", "military_ng")]
    assert [e for e in events("Residents who fled to Kabul described bodies lying in the streets of Ghazni, "
                              "and shops and offices burned.") if e.event_type == "Riots"] == []
    assert [e.sub_event_type for e in events("Villagers lynched two men accused of theft in Ghazni on Monday.")] == [
        "Mob violence"]


def test_a_foreign_affiliate_regains_ground_only_for_the_government_it_fights_for():
    # ACLED: a foreign state actor that takes ground overtakes it; Russia regains it only for Damascus
    assert [e.sub_event_type for e in battles("Russian forces seized Melitopol on Saturday.")] == [
        "Non-state actor overtakes territory"]
    assert [e.sub_event_type for e in battles("Russian forces recaptured Palmyra from the Islamic State on Sunday.")] == [
        "Government regains territory"]
    assert [e.sub_event_type for e in battles("Ukrainian forces recaptured Kupiansk on Monday.")] == [
        "Government regains territory"]


def test_where_reinforcements_came_from_does_not_place_the_fight():
    text = ("Fighting raged in Ghazni on Saturday. Afghan commandos drove the militants out of the city centre on Sunday, "
            "as hundreds of reinforcements reached the city from Kabul.")
    evs = [e for e in battles(text) if e.when.date == dt.date(2022, 11, 27)]
    assert [e.location.place.name for e in evs] == ["Ghazni"]


def test_a_takeover_of_ground_is_a_capture_and_of_a_government_none():
    evs = battles("The Taliban completed their takeover of Kunduz on Monday.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Non-state actor overtakes territory", "taliban")]
    assert battles("The takeover of the company by investors was completed in Baghdad on Monday.") == []
    assert battles("The fall of the government in Baghdad was announced on Monday.") == []


def test_an_acled_note_town_with_its_region_in_brackets():
    text = ("On 18 January 2013, Malian army units backed by French warplanes drove Islamist fighters out of "
            "Konna (Mopti), eight days after the town had fallen to them.")
    evs = battles(text)
    assert ("Government regains territory", "military_ml", "Konna", dt.date(2013, 1, 18)) in [
        (e.sub_event_type, e.actor1.actor.id, e.location.place.name, e.when.date) for e in evs]
    # no event at Mopti town, the region's seat 60 km away, and none at El Gouna in Egypt
    assert all(e.location.place.name not in ("Mopti", "El Gouna") for e in evs)


def test_an_n_days_after_clause_is_dated_back_from_the_main_clauses_date_and_places_only_itself():
    evs = events("On 18 January 2013, French jets bombed Gao, eight days after militants had seized Konna in central Mali.")
    assert sorted((e.sub_event_type, e.location.place.name, e.when.date) for e in evs) == [
        ("Air/drone strike", "Gao", dt.date(2013, 1, 18)), ("Non-state actor overtakes territory", "Konna", dt.date(2013, 1, 10))]
    # a town the gazetteer lacks: the strike is not placed where the clause's capture was
    evs = events("On 18 January 2013, French jets bombed Diabalo, eight days after militants had seized Konna in central Mali.")
    assert all(not (e.event_type == "Explosions/Remote violence" and e.location and e.location.place.name == "Konna")
               for e in evs)



def test_a_battle_whose_doer_the_parse_names_leads_one_whose_doer_is_a_guess():
    # a realdev tuning report (skipped where ../shared is absent): "the [Iraqi forces] have routed ISIS
    # in Akashat ... they have cleared 11 villages" was ISIS overtaking territory, its doer a guess
    from pathlib import Path
    import pytest
    from warmap.ingest import article_from_text
    report = Path(__file__).resolve().parents[4] / "shared/data/realdev/corpus/r24-dod-huwayjah-akashat-2017-09-21.txt"
    if not report.is_file():
        pytest.skip(f"no realdev report at {report}")
    article = article_from_text(report.read_text(encoding="utf-8"), source=str(report))
    evs = [e for e in analyse(article).events if "Akashat" in e.sources[0].sentence]
    assert evs and all(e.actor1.actor.id == "iraqi_army" for e in evs)


def test_rebels_marching_into_a_town_take_it_and_a_since_aside_is_no_tally():
    evs = battles("M23 rebels marched into the centre of Goma on Tuesday after government troops pulled back.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Non-state actor overtakes territory", "m23")]
    evs = battles("Joint Rwandan and Mozambican forces have recaptured the port town of Mocimboa da Praia, "
                  "held by insurgents since August 2020, the army said on Sunday.")
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    assert battles("Iraqi forces have recaptured 20 villages since the offensive began in March.") == []


def test_a_place_said_to_be_in_a_far_city_is_that_citys():
    from warmap.places import load_gazetteer
    names = [(m.mention, m.place.name) for m in load_gazetteer().find(
        "Thousands of protesters marched into Tahrir Square in Cairo on Friday.")]
    assert names == [("Cairo", "Cairo")]
    names = [m.place.name for m in load_gazetteer().find("Clashes hit Aleppo, Damascus and Homs.")]
    assert names == ["Aleppo", "Damascus", "Homs"]


def test_they_after_a_coordinated_clause_is_the_first_clauses_subject():
    evs = battles('"The Iraqi forces have routed ISIS in Akashat, and this morning they cleared 11 villages '
                  'near Hawija," the spokesman said on Monday.')
    assert evs and all(e.actor1.actor.id == "iraqi_army" for e in evs)
    evs = battles("ISIS fighters attacked the checkpoint and they killed three soldiers near Hawija on Monday.")
    assert [e.actor1.actor.id for e in evs] == ["isis"]


def test_the_taker_of_the_fall_of_a_town_to_a_group():
    evs = battles("The fall of Mosul to ISIS on Tuesday shocked Baghdad.")
    assert [(e.sub_event_type, e.actor1.actor.id) for e in evs] == [("Non-state actor overtakes territory", "isis")]


def test_weapons_described_by_a_copula_are_no_attack():
    text = ("Houthi missiles struck Hudaydah port on Monday. Iran denies arming the group, although Western "
            "officials say many of its missiles and drones are of Iranian design.")
    evs = events(text)
    assert [e.sources[0].sentence.startswith("Houthi") for e in evs] == [True]
    assert [e.sub_event_type for e in events("The missiles that hit Kharkiv on Monday were Iranian-made.")] == [
        "Shelling/artillery/missile attack"]


def test_a_present_perfect_since_a_month_back_is_a_campaign_tally():
    for text in ("Since June, Malian and French troops have cleared most of the Gourma forest and killed "
                 "dozens of militants, the army said.",
                 "The army says its units and allied vigilantes have retaken scores of villages in Borno, "
                 "Yobe and Adamawa since October."):
        assert battles(text) == [], text
    # near misses: the "since" of another verb, or of a recent day, leaves the event one day's
    evs = battles("Troops have recaptured the town of Tal Afar, held by insurgents since 2020, officials said on Thursday.")
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    assert [e.sub_event_type for e in battles("Government forces have retaken Palmyra since Sunday.")] \
        == ["Government regains territory"]


def test_datelines_in_the_forms_of_agencies_and_ministries_are_where_the_reporter_was():
    from warmap.nlp.sentences import dateline_spans

    for line, dateline in (("OUAGADOUGOU, 5 June 2021 - Gunmen raided a village.", "OUAGADOUGOU, 5 June 2021 - "),
                           ("NAY PYI TAW, 5 Jan - Insurgents attacked four outposts.", "NAY PYI TAW, 5 Jan - "),
                           ("MOGADISHU, January 17 (SONNA) - Troops entered the town.", "MOGADISHU, January 17 (SONNA) - "),
                           ("Riyadh, Rabi Al-Awwal 03, 1443, October 09, 2021, SPA -- A drone fell on the airport.",
                            "Riyadh, Rabi Al-Awwal 03, 1443, October 09, 2021, SPA -- "),
                           ("Maputo, 2021-07-29 (Xinhua) -- Troops retook the town.", "Maputo, 2021-07-29 (Xinhua) -- "),
                           ("QUETTA: Police arrested ten activists.", "QUETTA: ")):
        assert [line[a:b] for a, b in dateline_spans(line)] == [dateline]
    # near misses: a sentence's own words
    assert dateline_spans("He said: nobody was hurt.") == dateline_spans("The army - and its allies - held.") == []
    # the filing city is no place for an event in a village the text names and the gazetteer lacks
    evs = events("BAMAKO, Oct 1, 2019 (AFP) - Jihadists stormed the army camp at Boulkessi in the Mopti region overnight, killing 25 "
                 "soldiers, the army said.\n\nA second post at Dioungani came under attack at around 1 am the same "
                 "night, and the attackers briefly entered it.", dt.date(2019, 10, 1))
    assert evs and all(e.location is None or e.location.place.name != "Bamako" for e in evs)


def test_loaded_words_that_name_the_group_are_the_group():
    evs = battles("Sinjar, which the Daesh terrorist gangs seized in August 2014, was freed by our forces today.")
    taken = [e for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [e.actor1.actor.id for e in taken] == ["isis"]
    evs = battles("Iraqi troops reached the outskirts of al-Karama in Mosul, where they engaged the terrorist Daesh "
                  "gangs in fierce battles today.")
    assert [(e.sub_event_type, e.actor2.actor.id) for e in evs] == [("Armed clash", "isis")]
    # the loaded words alone name no group: the last jihadist group named, or none
    from warmap.actors import load_actors
    assert [m.actor.id for m in load_actors().find("The terrorist gangs fled the town.", country="IQ")] == []


def test_a_side_dislodged_or_flushed_from_a_town_loses_it_but_from_its_posts_only_fights():
    evs = battles("Troops on Friday dislodged the terrorists from Gwoza after a coordinated land and air operation.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Government regains territory", "Gwoza")]
    for text in ("Troops dislodged the terrorists from their hideouts near Bama on Friday.",
                 "Soldiers drove the militants out of their positions near Bama on Friday."):
        assert [e.sub_event_type for e in battles(text)] == ["Armed clash"], text


def test_a_groups_so_called_caliphate_is_its_own_not_the_islamic_states():
    evs = battles("Troops retook Gwoza on Friday, the town the insurgents had proclaimed the seat of their so-called "
                  "caliphate after overrunning it in August 2014.")
    assert evs and all(e.actor1.actor.id != "isis" for e in evs)


def test_a_front_named_after_a_city_is_no_place_and_ukraines_words_name_its_sides():
    text = ("KYIV, 17 August 2023 - In the Lyman direction, the Defence Forces repelled attacks by the occupiers "
            "near Bilohorivka, Luhansk oblast, on Wednesday.")
    evs = battles(text)
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Armed clash", "Bilohorivka")]
    assert {evs[0].actor1.actor.id, evs[0].actor2.actor.id} == {"military_ua", "russian_occupation"}
    # near miss: the city itself named, beside the front named after it
    evs = events("Russian forces shelled Kupiansk, the hub of the Kupiansk direction, on Wednesday.")
    assert [e.location.place.name for e in evs] == ["Kupyansk"]  # (GeoNames spells it so)


def test_after_a_village_the_gazetteer_lacks_the_storys_town_is_no_place():
    text = ("Gunmen attacked a police school in Bamako on Tuesday, killing 70 people.\n\n"
            "On Sunday, army drones hit the village of Tinkarane near the Algerian border, killing 21 civilians. "
            "The army said it had struck terrorist targets. Separatists said they had killed 12 soldiers in "
            "fighting around the same village on Monday.")
    evs = events(text, dt.date(2024, 9, 20))
    assert [e.location.place.name for e in evs if e.location is not None] == ["Bamako"]
    # near miss: once the paragraph names a known town again, the story goes on there
    evs = events(text.replace("The army said", "In Gao, the army said"), dt.date(2024, 9, 20))
    assert "Gao" in [e.location.place.name for e in evs if e.location is not None]


def test_a_person_named_by_an_unknown_word_in_the_clause_above_leaves_the_story_place():
    text = ("Troops regained control of the main mosque in Marawi on Saturday after a five-hour gun battle.\n\n"
            "On Friday, one Maute gunman was killed when soldiers engaged a group of snipers in the main battle area.")
    evs = battles(text)
    assert [(e.when.date.isoformat(), e.location.place.name) for e in evs if e.sub_event_type == "Armed clash"] \
        == [("2022-11-25", "Marawi City")]


def test_a_wire_story_that_names_no_other_town_happened_in_its_dateline_city():
    evs = events("NAIROBI, 25 June 2024 - Police shot dead at least five protesters outside parliament on Tuesday, "
                 "rights groups said.", dt.date(2024, 6, 25))
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Excessive force against protesters", "Nairobi")]
    # near miss: a dateline abroad places nothing (see test_place_story_country)
    evs = events("WASHINGTON, 25 June 2024 - Coalition jets struck two camps in Syria on Tuesday, officials said.",
                 dt.date(2024, 6, 25))
    assert all(e.location is None or e.location.place.country != "US" for e in evs)


def test_a_flag_raised_over_a_town_by_a_named_side_is_its_capture():
    evs = battles("Ukrainian troops pushed into the eastern city of Izium on Saturday and raised the national flag over it.")
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Government regains territory", "Izyum")]
    assert [e.sub_event_type for e in battles("Tuareg rebels hoisted their flag over Kidal on Monday.")] \
        == ["Non-state actor overtakes territory"]
    # near misses: no side named, or a building
    assert battles("Fans raised a flag over the stadium in Kyiv on Monday.") == []
    assert battles("Masked gunmen raised black flags over the main government buildings in Fallujah on Monday.") == []


def test_the_place_of_who_speaks_is_no_place_of_the_event():
    evs = events("Russian units pulled back from Izium under pressure from a rapid counteroffensive on Saturday, "
                 "officials in Kyiv said.")
    assert all(e.location.place.name != "Kyiv" for e in evs)
    # near miss: the event in the capital itself
    evs = events("Shelling killed three people in Kyiv on Monday, officials said.")
    assert [e.location.place.name for e in evs] == ["Kyiv"]


def test_a_state_that_also_flies_fights_on_the_ground_when_named_by_its_ground_arm():
    for text in ("Russian units attacked Ukrainian positions near Bakhmut on Monday.",
                 "Turkish troops attacked Kurdish positions near Afrin on Monday.",
                 "Russian forces launched a counteroffensive against Ukrainian troops near Bakhmut on Monday."):
        assert [e.sub_event_type for e in events(text)] == ["Armed clash"], text
    # near miss: its aircraft
    assert [e.sub_event_type for e in events("Russian jets attacked rebel positions near Idlib on Monday.")] \
        == ["Air/drone strike"]


def test_a_prison_stormed_or_overrun_is_an_assault_on_its_guards():
    for text in ("Gangs stormed the National Penitentiary in Port-au-Prince late on Saturday and freed its inmates.",
                 "On Sunday, gunmen overran the civil prison in Croix-des-Bouquets, which held 1,000 inmates."):
        evs = battles(text)
        assert [(e.sub_event_type, e.actor2.actor.type) for e in evs] == [("Armed clash", "state forces")], text
    # near miss: a town overrun is ground taken
    assert [e.sub_event_type for e in battles("On Sunday, gunmen overran the town of Mirebalais.")] \
        == ["Non-state actor overtakes territory"]


def test_a_missile_of_a_state_that_also_flies_is_a_missile_attack_unless_aircraft_fired_it():
    evs = events("A Russian Tochka-U missile struck the railway station in Kramatorsk on Friday, killing 50 people.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
    evs = events("Russian jets fired missiles that struck a market in Idlib on Monday.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_a_side_that_was_able_or_managed_to_take_a_town_took_it():
    for text in ("Government forces, with the support of the air force, were able today, Wednesday, to liberate "
                 "the city of Gharyan.", "Troops managed to retake the town of Hit on Monday."):
        assert [e.sub_event_type for e in battles(text)] == ["Government regains territory"], text
    # near misses: what they will be able to do, or came to do
    assert battles("Troops will be able to retake the town of Hit soon, the minister said.") == []
    assert battles("Troops arrived near Hit on Monday to retake the town.") == []


def test_a_tally_of_strikes_conducted_since_a_date_is_no_one_days_strike():
    assert events("The command said it had conducted more than 470 airstrikes in Sirte since Aug. 1.") == []
    # near miss: strikes since a recent day are this week's event
    assert [e.sub_event_type for e in events("Jets have carried out strikes on Raqqa since Sunday.")] == ["Air/drone strike"]


def test_an_operations_name_and_start_are_no_event_and_no_date_of_its_battles():
    evs = battles("As part of Operation Cizire Storm, which the SDF launched on 10 September, SDF fighters liberated "
                  "the town of Hajin at dawn today.")
    assert [(e.location.place.name, e.when.date.isoformat()) for e in evs] == [("Hajin", "2022-12-01")]
    # near miss: a storm of the town is one
    assert [e.sub_event_type for e in battles("SDF fighters stormed Hajin at dawn today.")] != []


def test_a_town_occupied_by_a_named_side_is_taken_and_rockets_fired_from_launchers_are_shelling():
    assert [e.sub_event_type for e in battles("M23 rebels occupied the border town of Bunagana on Monday.")] \
        == ["Non-state actor overtakes territory"]
    # near misses: positions occupied, a square occupied by protesters
    assert battles("Troops occupied positions near Bakhmut on Monday.") == []
    assert [e.sub_event_type for e in events("Protesters occupied the main square of Khartoum on Monday.")] \
        == ["Peaceful protest"]
    evs = events("At about 12:30 today the militants fired on Kramatorsk from Smerch multiple rocket launchers.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_quarters_the_gazetteer_lacks_are_in_the_storys_city():
    text = ("Government forces pressed their assault on eastern Aleppo on Saturday.\n\n"
            "Yesterday, Sunday, the regime forces captured Jabal Badro and Ba'ideen neighbourhoods.")
    evs = [e for e in battles(text) if e.when.date.isoformat() == "2022-11-27"]
    assert [(e.sub_event_type, e.location.place.name) for e in evs] == [("Government regains territory", "Aleppo")]
    # near miss: a district the gazetteer lacks may be anywhere in the province: no town
    evs = battles("Taliban fighters overran Ghormach district on Sunday after Afghan troops pressed into Kunduz.")
    assert all(e.location is None or e.location.place.name != "Kunduz" for e in evs if "overtakes" in e.sub_event_type)


def test_a_fight_told_with_no_side_is_the_storys_warring_sides():
    text = ("Fighting between the army and the Rapid Support Forces erupted in Khartoum on Saturday, killing dozens.\n\n"
            "Clashes were also reported on Sunday in Nyala, the capital of South Darfur.")
    evs = events(text, dt.date(2023, 4, 17))
    assert [(e.location.place.name, e.actor1.actor.id, e.actor2.actor.id) for e in evs] == [
        ("Khartoum", "military_sd", "rsf"), ("Nyala", "military_sd", "rsf")]
    # near misses: no battle told before; people fighting over bread; a strike referred to
    assert events("Clashes were reported on Sunday in Nyala.", dt.date(2023, 4, 17)) == []
    assert [e.sub_event_type for e in events(text + " People fought over bread in Nyala on Sunday.",
                                             dt.date(2023, 4, 17))].count("Armed clash") == 2
