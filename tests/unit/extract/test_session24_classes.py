"""Classes of session 24 (who tells of a fight is no side of it, sounds heard are no blast,
air support is the battle's), each in the project's own words with a near miss."""
import datetime as dt

from helpers import summarise as summary


def test_who_tells_of_a_fight_inside_a_misparsed_clause_is_no_crowd():
    # the parser hangs "residents said" inside the fighters' noun phrase; residents are a
    # mob word, but here they only tell of the fight
    got = summary("Clashes were reported on Saturday in Nyala and in El Fasher, the capital of North Darfur, where "
                  "residents said RSF fighters exchanged fire with army troops near the airport.", dt.date(2023, 4, 16))
    assert {s[0] for s in got} == {"Armed clash"}, got
    # near miss: residents who do the violence are a crowd
    mob = summary("Angry residents beat two suspected thieves to death in Goma on Saturday, police said.",
                  dt.date(2023, 4, 16))
    assert [s[0] for s in mob] == ["Mob violence"]


def test_gunfire_and_explosions_heard_are_no_blast():
    for text in ("Heavy gunfire and explosions were heard around the army headquarters in Khartoum on Saturday.",
                 "Explosions and gunfire were heard near the presidential palace in Khartoum on Saturday."):
        assert [s for s in summary(text, dt.date(2023, 4, 16)) if s[0].startswith("Remote")] == [], text
    # near miss: a bomb that went off is a blast someone set
    bomb = summary("A roadside bomb exploded near a police patrol in Kandahar on Saturday, killing two officers.",
                   dt.date(2023, 4, 16))
    assert [s[0] for s in bomb] == ["Remote explosive/landmine/IED"]


def test_an_air_strike_in_a_ground_battle_is_that_battle():
    got = summary("The army and the RSF fought in central Khartoum on Sunday for a second day. Army warplanes "
                  "also bombed RSF positions and camps in the capital, residents said.", dt.date(2023, 4, 16))
    assert [s[0] for s in got] == ["Armed clash"], got
    # near miss: a strike on another place, or on people who are not the other side, stays a strike
    apart = summary("On Sunday, army troops clashed with RSF fighters in Omdurman, and army warplanes bombed "
                    "RSF positions in Khartoum, residents said.", dt.date(2023, 4, 16))
    assert sorted(s[0] for s in apart) == ["Air/drone strike", "Armed clash"], apart
