"""Control claims from sentences, with mentions built by hand (no resolvers needed)."""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib

from warmap.events.dates import find_dates
from warmap.nlp.sentences import split_sentences
from warmap.records import Actor, ActorMention, Article, Place, PlaceMention
from warmap.timeline import find_control_claims
from warmap.timeline.claims import CONTROL_PATTERNS, load_control_patterns

PUBLISHED = dt.date(2014, 6, 23)  # a Monday


def make_article(text: str, published: dt.date | None = dt.date(2014, 6, 23)) -> Article:
    """An article as ingest would hand it over (kept here: conftest names clash across folders)."""
    return Article(hashlib.sha256(text.encode()).hexdigest(), "reports/test.txt", text, "Test report", published)


ACTORS = {
    "isis": Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group"),
    "ypg": Actor("ypg", "People's Protection Units (YPG)", "rebel group"),
    "syrian_army": Actor("syrian_army", "Military Forces of Syria", "state forces"),
    "iraqi_army": Actor("iraqi_army", "Military Forces of Iraq", "state forces"),
    "peshmerga": Actor("peshmerga", "Kurdish Peshmerga", "state forces"),
}
PLACES = {
    "Raqa": Place("Ar-Raqqah", "SY", "Ar-Raqqa", 35.95, 39.01, kind="city"),
    "Idlib": Place("Idlib", "SY", "Idlib", 35.93, 36.63),
    "Kobani": Place("Kobani", "SY", "Aleppo", 36.89, 38.35),
    "al-Qaim": Place("Al-Qa'im", "IQ", "Anbar", 34.37, 41.09),
    "Mosul": Place("Mosul", "IQ", "Nineveh", 36.34, 43.13),
    "Sinjar": Place("Sinjar", "IQ", "Nineveh", 36.32, 41.88),
    "Tikrit": Place("Tikrit", "IQ", "Salah ad-Din", 34.6, 43.68),
    "Bustan al-Qasr": Place("Bustan al-Qasr", "SY", "Aleppo", 36.19, 37.14),
    "Kallaseh": Place("Kallaseh", "SY", "Aleppo", 36.19, 37.13),
}


def find(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of phrase in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def claims_of(text: str, actors: dict[str, str], places: list[str], published=PUBLISHED):
    """Claims for a text whose actor mentions (phrase -> actor id) and places are given."""
    art = make_article(text, published=published)
    ams = [ActorMention(ACTORS[i], p, *find(text, p)) for p, i in actors.items()]
    pms = [PlaceMention(PLACES[p], p, *find(text, p)) for p in places]
    dates = find_dates(text, published) if published else []
    return find_control_claims(art, split_sentences(text), pms, ams, dates)


def summary(claims):
    return [(c.kind, c.actor.actor.id, c.place.place.name) for c in claims]


def test_statement_in_a_compound_holds_on_publication_day():
    (c,) = claims_of("ISIS-controlled Raqa was hit by air strikes.", {"ISIS": "isis"}, ["Raqa"])
    assert (c.kind, c.actor.actor.id, c.place.place.name) == ("statement", "isis", "Ar-Raqqah")
    assert c.when.date_min == c.when.date_max == PUBLISHED and c.when.precision == "day"
    assert c.confidence == 0.9
    assert c.source.sentence.startswith("ISIS-controlled") and c.source.start == 0


def test_rebel_held_names_the_rebels_the_dictionary_leaves_out():
    (c,) = claims_of("Residents of rebel-held Idlib fled.", {}, ["Idlib"])
    assert (c.kind, c.actor.actor.id, c.actor.mention) == ("statement", "syrian_rebels", "rebel")


def test_capture_dated_by_the_sentence_and_attributed_confidence():
    (c,) = claims_of("The Islamic State seized al-Qaim on Saturday, activists said.",
                     {"Islamic State": "isis"}, ["al-Qaim"])
    assert c.kind == "capture" and c.when.date == dt.date(2014, 6, 21) and c.when.precision == "day"
    assert c.confidence == 0.6


def test_passive_capture_and_fell_to():
    text = "Mosul was captured by ISIS on June 10. Tikrit fell to ISIS a day later."
    ams = [ActorMention(ACTORS["isis"], "ISIS", *find(text, "ISIS", n)) for n in (0, 1)]
    pms = [PlaceMention(PLACES[p], p, *find(text, p)) for p in ("Mosul", "Tikrit")]
    cs = find_control_claims(make_article(text), split_sentences(text), pms, ams, find_dates(text, PUBLISHED))
    assert summary(cs) == [("capture", "isis", "Mosul"), ("capture", "isis", "Tikrit")]
    assert cs[0].when.date == dt.date(2014, 6, 10)
    assert cs[1].when.precision == "week"  # "a day later" is not a date the grammar reads


def test_drove_out_is_a_capture_and_a_loss():
    cs = claims_of("YPG fighters drove ISIS out of Kobani on Monday.",
                   {"YPG fighters": "ypg", "ISIS": "isis"}, ["Kobani"])
    assert summary(cs) == [("capture", "ypg", "Kobani"), ("loss", "isis", "Kobani")]


def test_handover_is_a_loss_and_a_capture():
    cs = claims_of("The Iraqi army handed Sinjar over to the Peshmerga in August.",
                   {"Iraqi army": "iraqi_army", "Peshmerga": "peshmerga"}, ["Sinjar"])
    assert summary(cs) == [("loss", "iraqi_army", "Sinjar"), ("capture", "peshmerga", "Sinjar")]
    assert cs[0].when.precision == "month"


def test_no_longer_controls_is_a_loss():
    cs = claims_of("ISIS no longer controls Tikrit.", {"ISIS": "isis"}, ["Tikrit"])
    assert summary(cs) == [("loss", "isis", "Tikrit")]


def test_negated_and_hypothetical_sentences_give_nothing():
    for text in ("ISIS did not capture Kobani.", "ISIS could capture Kobani within days.",
                 "If ISIS takes Kobani, the border is open.", "ISIS threatened to seize Kobani."):
        assert claims_of(text, {"ISIS": "isis"}, ["Kobani"]) == [], text


def test_a_relative_clause_keeps_its_capture_despite_a_threat_after_it():
    cs = claims_of("ISIS, which captured Mosul in June, threatened to march south.", {"ISIS": "isis"}, ["Mosul"])
    assert summary(cs) == [("capture", "isis", "Mosul")]
    assert cs[0].when.date_min == dt.date(2014, 6, 1) and cs[0].when.precision == "month"


def test_control_since_runs_to_publication():
    (c,) = claims_of("Mosul has been under the control of ISIS since last spring.", {"ISIS": "isis"}, ["Mosul"])
    assert c.kind == "statement"
    assert c.when.date_min == dt.date(2014, 3, 1) and c.when.date_max == PUBLISHED


def test_these_two_neighbourhoods_stand_for_the_places_named_before():
    text = ("Rebels shelled Bustan al-Qasr and Kallaseh overnight. "
            "The regime still controls these two neighbourhoods.")
    cs = claims_of(text, {"The regime": "syrian_army"}, ["Bustan al-Qasr", "Kallaseh"])
    assert summary(cs) == [("statement", "syrian_army", "Bustan al-Qasr"), ("statement", "syrian_army", "Kallaseh")]
    assert cs[0].place.mention == "these two neighbourhoods"
    assert cs[0].confidence == 0.8


def test_the_town_is_the_town_the_article_is_about_and_not_its_dateline():
    text = ("DOHUK, Iraq - ISIS attacked Sinjar at dawn. Refugees from Sinjar reached Mosul by noon. "
            "The Peshmerga withdrew from the town on Sunday.")
    ams = [ActorMention(ACTORS["isis"], "ISIS", *find(text, "ISIS")),
           ActorMention(ACTORS["peshmerga"], "Peshmerga", *find(text, "Peshmerga"))]
    dohuk = Place("Duhok", "IQ", "Duhok", 36.87, 42.99)
    pms = [PlaceMention(dohuk, "DOHUK", *find(text, "DOHUK")), PlaceMention(PLACES["Sinjar"], "Sinjar", *find(text, "Sinjar")),
           PlaceMention(PLACES["Sinjar"], "Sinjar", *find(text, "Sinjar", 1)), PlaceMention(PLACES["Mosul"], "Mosul", *find(text, "Mosul"))]
    cs = find_control_claims(make_article(text), split_sentences(text), pms, ams, find_dates(text, PUBLISHED))
    assert summary(cs) == [("loss", "peshmerga", "Sinjar")]
    assert cs[0].place.mention == "the town" and cs[0].when.date == dt.date(2014, 6, 22)


def test_a_part_of_a_town_is_not_the_town():
    assert claims_of("ISIS controls Raqa's airport.", {"ISIS": "isis"}, ["Raqa"]) == []


def test_undated_capture_without_publication_date_is_skipped():
    assert claims_of("ISIS captured Kobani.", {"ISIS": "isis"}, ["Kobani"], published=None) == []


def test_control_data_file_compiles_and_uses_known_kinds():
    with open(CONTROL_PATTERNS, "rb") as fh:
        data = tomllib.load(fh)
    ts = load_control_patterns()
    assert len(ts.templates) == len(data["pattern"]) > 10
    kinds = {"capture", "loss", "statement"}
    for t in ts.templates:
        assert t.kind in kinds and (t.other_kind is None or t.other_kind in kinds), t.text
        assert ("{other}" in t.text) == (t.other_kind is not None), t.text
    for word, by_country in data["held_prefixes"].items():
        assert word == word.lower() and by_country, word


def test_holding_parts_of_a_town_is_no_claim_on_the_town():
    for text, place in (("ISIS controls parts of Mosul.", "Mosul"),
                        ("The outskirts of Tikrit are under the control of ISIS.", "Tikrit"),
                        ("Large parts of Sinjar were held by ISIS in August.", "Sinjar")):
        assert claims_of(text, {"ISIS": "isis"}, [place]) == [], text
    for text, place in (("ISIS controls most of Mosul.", "Mosul"),
                        ("Tikrit is under the control of ISIS.", "Tikrit")):
        assert summary(claims_of(text, {"ISIS": "isis"}, [place])) == [("statement", "isis", place)], text


def test_a_capture_by_a_force_led_or_backed_by_others_is_that_force_s():
    cs = claims_of("The Iraqi army, backed by Peshmerga units, retook Sinjar on Saturday.",
                   {"Iraqi army": "iraqi_army", "Peshmerga": "peshmerga"}, ["Sinjar"])
    assert summary(cs) == [("capture", "iraqi_army", "Sinjar")]
    cs = claims_of("The YPG, alongside ISIS defectors, took Kobani on Monday.",
                   {"YPG": "ypg", "ISIS": "isis"}, ["Kobani"])
    assert summary(cs) == [("capture", "ypg", "Kobani")]
    cs = claims_of("ISIS and the YPG fought while the Peshmerga took Sinjar.",  # no head: the list stays
                   {"ISIS": "isis", "YPG": "ypg", "Peshmerga": "peshmerga"}, ["Sinjar"])
    assert summary(cs) == [("capture", "peshmerga", "Sinjar")]


def test_a_town_called_a_group_s_capital_is_held_by_it():
    cs = claims_of("Raqa, on the Euphrates, has been the de facto capital of ISIS since January.",
                   {"ISIS": "isis"}, ["Raqa"])
    assert summary(cs) == [("statement", "isis", "Ar-Raqqah")]


def test_a_relative_clause_after_a_town_tells_its_capture():
    cs = claims_of("The town is the second to fall, after Raqa, which the YPG seized in March.",
                   {"YPG": "ypg"}, ["Raqa"])
    assert summary(cs) == [("capture", "ypg", "Ar-Raqqah")] and cs[0].when.precision == "month"
    cs = claims_of("Kobani, which ISIS later turned into its stronghold, was quiet.", {"ISIS": "isis"}, ["Kobani"])
    assert summary(cs) == [("statement", "isis", "Kobani")]
    assert claims_of("Raqa, which ISIS failed to take in March, was quiet.", {"ISIS": "isis"}, ["Raqa"]) == []
