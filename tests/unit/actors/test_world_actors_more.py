"""More of the world's armed groups (actors_world.toml, 2025.4-world.2): news text that names
them resolves to the ACLED-style actor, and ordinary words that look like them do not.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from warmap.actors import load_actors


@pytest.fixture(scope="module")
def actors():
    return load_actors()


@pytest.mark.parametrize("text, country, mention, name, typ", [
    ("Shining Path remnants ambushed a patrol in the VRAEM valley.", "PE",
     "Shining Path remnants", "MPCP: Militarized Communist Party of Peru", "rebel group"),
    ("Sendero Luminoso fighters killed three soldiers near Vizcatan.", "PE",
     "Sendero Luminoso fighters", "MPCP: Militarized Communist Party of Peru", "rebel group"),
    ("The Lord's Resistance Army abducted children near Obo.", "CF",
     "Lord's Resistance Army", "LRA: Lord's Resistance Army", "rebel group"),
    ("MNLA fighters took the airport at Kidal.", "ML",
     "MNLA fighters", "MNLA: National Movement for the Liberation of Azawad", "rebel group"),
    ("The Azawad Liberation Front said it had downed a drone.", "ML",
     "Azawad Liberation Front", "FLA: Azawad Liberation Front", "rebel group"),
    ("GATIA militiamen clashed with the rebels near Anefis.", "ML",
     "GATIA militiamen", "GATIA: Imghad Tuareg and Allies Self-Defense Group", "political militia"),
    ("Dan Na Ambassagou militiamen raided a Fulani village.", "ML",
     "Dan Na Ambassagou militiamen", "Dan Na Ambassagou", "identity militia"),
    ("Anti-Balaka militiamen attacked the mosque.", "CF",
     "Anti-Balaka militiamen", "Anti-Balaka", "political militia"),
    ("Mayi-Mayi militiamen attacked an army post near Fizi.", "CD",
     "Mayi-Mayi militiamen", "Mai-Mai Militia", "political militia"),
    ("Imbonerakure members beat two opposition activists.", "BI",
     "Imbonerakure members", "Imbonerakure", "political militia"),
    ("MILF rebels clashed with a rival clan in Maguindanao.", "PH",
     "MILF rebels", "MILF: Moro Islamic Liberation Front", "rebel group"),
    ("Suspected BRN insurgents detonated a bomb in Yala.", "TH",
     "BRN insurgents", "BRN: National Revolutionary Front", "rebel group"),
    ("The West Papua National Liberation Army shot a pilot in Nduga.", "ID",
     "West Papua National Liberation Army", "TPNPB: West Papua National Liberation Army", "rebel group"),
    ("Tamil Tiger rebels shelled the army lines.", "LK",
     "Tamil Tiger rebels", "LTTE: Liberation Tigers of Tamil Eelam", "rebel group"),
    ("Jaish al-Adl militants attacked a police station in Rask.", "IR",
     "Jaish al-Adl militants", "Jaish al-Adl", "rebel group"),
    ("Lashkar-e-Jhangvi claimed the bombing of a Hazara market.", "PK",
     "Lashkar-e-Jhangvi", "LeJ: Lashkar-e-Jhangvi", "rebel group"),
    ("Jamaat-ul-Ahrar militants claimed the attack on the court.", "PK",
     "Jamaat-ul-Ahrar militants", "Jamaat-ul-Ahrar (JuA)", "rebel group"),
    ("The Justice and Equality Movement attacked the garrison.", "SD",
     "Justice and Equality Movement", "JEM: Justice and Equality Movement", "rebel group"),
    ("Polisario fighters shelled a Moroccan position near Mahbes.", "EH",
     "Polisario fighters", "Polisario Front", "rebel group"),
    ("Renamo gunmen attacked a convoy on the highway.", "MZ",
     "Renamo gunmen", "RENAMO: Mozambican National Resistance", "rebel group"),
    ("The Russian Volunteer Corps crossed into Belgorod region.", "RU",
     "Russian Volunteer Corps", "RDK: Russian Volunteer Corps", "rebel group"),
    ("Gunmen of the Cartel del Noreste ambushed state police.", "MX",
     "Cartel del Noreste", "Cartel del Noreste", "political militia"),
    ("Tren de Aragua members were arrested in Santiago.", "CL",
     "Tren de Aragua members", "Tren de Aragua", "political militia"),
    ("MS-13 gang members killed a bus driver.", "HN",
     "MS-13 gang members", "MS-13: Mara Salvatrucha", "political militia"),
    ("Koglweogo vigilantes killed seven herders.", "BF",
     "Koglweogo vigilantes", "Koglweogo Militia", "identity militia"),
])
def test_new_groups_are_found_by_the_names_news_uses(actors, text, country, mention, name, typ) -> None:
    found = [m for m in actors.find(text, country=country) if m.actor.name == name]
    assert found, [(m.mention, m.actor.name) for m in actors.find(text, country=country)]
    assert mention in found[0].mention
    assert found[0].actor.type == typ


@pytest.mark.parametrize("alias, country, ident", [
    ("Seleka", "CF", "seleka"), ("ex-Seleka rebels", "CF", "ex_seleka"), ("3R", "CF", "three_r"),
    ("FPRC", "CF", "fprc"), ("NSCN-IM", "IN", "nscn_im"), ("ULFA-I", "IN", "ulfa_i"),
    ("Ansaru", "NG", "ansaru"), ("Hasm", "EG", "hasm"), ("Okba Ibn Nafaa Brigade", "TN", "okba_ibn_nafaa"),
    ("al-Mourabitoun", "ML", "al_mourabitoun"), ("Caucasus Emirate", "RU", "caucasus_emirate"),
    ("Amal", "LB", "amal"), ("PJAK", "IR", "pjak"), ("East Indonesia Mujahideen", "ID", "mit"),
    ("Jamaah Ansharut Daulah", "ID", "jad"), ("Los Pelusos", "CO", "epl"), ("Los Zetas", "MX", "los_zetas"),
    ("Barrio 18", "SV", "barrio_18"), ("Freedom of Russia Legion", "RU", "freedom_of_russia_legion"),
    ("Artsakh Defence Army", "AZ", "artsakh_defence_army"), ("CCMSR", "TD", "ccmsr"), ("RED-Tabara", "BI", "red_tabara"),
])
def test_new_groups_resolve_by_alias(actors, alias, country, ident) -> None:
    a = actors.resolve(alias, country=country)
    assert a is not None and a.id == ident


def test_acronyms_that_are_words_or_other_bodies_stay_in_their_country(actors) -> None:
    new = {"amal", "milf", "cma", "fla", "mit", "ltte", "gulf_cartel", "wazalendo", "pulo", "ulfa_i", "pla_manipur",
           "lra", "jem_sudan", "three_r"}

    def ids(text: str, country: str | None) -> set[str]:
        return {m.actor.id for m in actors.find(text, country=country)}

    # near misses: ordinary phrases outside the group's country name none of the new groups
    assert not ids("Amal Clooney spoke at the hearing on Tuesday.", "GB") & new
    assert not ids("The CMA awards were held in Nashville.", "US") & new
    assert not ids("Students at MIT protested on campus.", "US") & new
    assert not ids("The Sea Tigers swim club won the relay.", "AU") & new
    assert not ids("Officials praised the Wazalendo spirit of the volunteers.", "TZ") & new
    assert not ids("Fishermen from Pulo Aceh returned home.", "ID") & new
    assert not ids("PLA troops faced Indian soldiers in the Galwan valley.", "IN") & new
    assert not ids("The 3R rule says reduce, reuse, recycle.", "GB") & new
    assert not ids("the Gulf cartel of oil producers raised output.", None) & new
    # and the same words in the group's own country's stories are the group
    assert "amal" in ids("Amal said its fighters had withdrawn from the hills.", "LB")
    assert "wazalendo" in ids("Wazalendo fighters retook the village from the M23.", "CD")
    assert "jem_sudan" in ids("JEM said it had repelled the attack.", "SD")
    assert actors.resolve("JeM") is not None and actors.resolve("JeM").id == "jaish_e_mohammed"
