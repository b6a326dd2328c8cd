"""Relations between actors from sentences, with actor mentions built by hand."""

from __future__ import annotations

import datetime as dt
import hashlib

from warmap.events.dates import find_dates
from warmap.nlp.sentences import split_sentences
from warmap.records import Actor, ActorMention, Article
from warmap.timeline import find_relations
from warmap.timeline.relations import RELATION_KINDS, load_relation_patterns

PUBLISHED = dt.date(2014, 6, 23)


def make_article(text: str, published: dt.date | None = dt.date(2014, 6, 23)) -> Article:
    """An article as ingest would hand it over (kept here: conftest names clash across folders)."""
    return Article(hashlib.sha256(text.encode()).hexdigest(), "reports/test.txt", text, "Test report", published)


ACTORS = {
    "isis": Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group"),
    "jabhat_al_nusra": Actor("jabhat_al_nusra", "Jabhat al-Nusra", "rebel group"),
    "ansar_al_islam": Actor("ansar_al_islam", "Ansar al-Islam", "rebel group"),
    "fsa": Actor("fsa", "Free Syrian Army", "rebel group"),
    "syrian_rebels": Actor("syrian_rebels", "Syrian rebels", "rebel group"),
    "jund_al_aqsa": Actor("jund_al_aqsa", "Jund al-Aqsa", "rebel group"),
    "civilians_syria": Actor("civilians_syria", "Civilians (Syria)", "civilians"),
}


def relations_of(text: str, mentions: dict[str, str]):
    """Relations for a text whose actor mentions (phrase -> actor id) are given."""
    ams = []
    for phrase, ident in mentions.items():
        start = text.index(phrase)
        ams.append(ActorMention(ACTORS[ident], phrase, start, start + len(phrase), generic=phrase.lower() == "rebels"))
    return find_relations(make_article(text), split_sentences(text), ams, find_dates(text, PUBLISHED))


def summary(rels):
    return [(r.kind, r.actor1.actor.id, r.actor2.actor.id) for r in rels]


def test_branch_pledge_is_the_parent_quoted_whole():
    text = "Nusra's Albu Kamal branch pledged loyalty to ISIS on Tuesday."
    (r,) = relations_of(text, {"Nusra": "jabhat_al_nusra", "ISIS": "isis"})
    assert (r.kind, r.actor1.actor.id, r.actor2.actor.id) == ("pledge", "jabhat_al_nusra", "isis")
    assert r.actor1.mention == "Nusra's Albu Kamal branch" and (r.actor1.start, r.actor1.end) == (0, 25)
    assert r.when.date == dt.date(2014, 6, 17) and r.when.precision == "day"
    # The same when the actor resolver already widened the mention.
    (r2,) = relations_of(text, {"Nusra's Albu Kamal branch": "jabhat_al_nusra", "ISIS": "isis"})
    assert r2.actor1.mention == "Nusra's Albu Kamal branch"


def test_cooperation_against_a_common_enemy():
    rels = relations_of("Ansar al-Islam and Jabhat al-Nusra are cooperating against ISIS.",
                        {"Ansar al-Islam": "ansar_al_islam", "Jabhat al-Nusra": "jabhat_al_nusra", "ISIS": "isis"})
    assert summary(rels) == [
        ("cooperation", "ansar_al_islam", "jabhat_al_nusra"),
        ("rivalry", "ansar_al_islam", "isis"),
        ("rivalry", "jabhat_al_nusra", "isis"),
    ]
    assert rels[0].when.precision == "week"  # undated: the week up to publication


def test_agreement_between_rebels_and_isis():
    rels = relations_of("Rebels and ISIS reached an agreement to allow food aid into the city.",
                        {"Rebels": "syrian_rebels", "ISIS": "isis"})
    assert summary(rels) == [("agreement", "syrian_rebels", "isis")]
    assert rels[0].actor1.generic


def test_defection_of_fighters_and_swearing_bay_a():
    rels = relations_of("Hundreds of fighters of the Free Syrian Army joined ISIS last month.",
                        {"Free Syrian Army": "fsa", "ISIS": "isis"})
    assert summary(rels) == [("defection", "fsa", "isis")]
    assert rels[0].when.date_min == dt.date(2014, 5, 1)
    rels = relations_of("Jund al-Aqsa swore bay'a to ISIS, activists said.", {"Jund al-Aqsa": "jund_al_aqsa", "ISIS": "isis"})
    assert summary(rels) == [("pledge", "jund_al_aqsa", "isis")] and rels[0].confidence == 0.6


def test_merger_and_clash():
    assert summary(relations_of("Jabhat al-Nusra and Ansar al-Islam merged.",
                                {"Jabhat al-Nusra": "jabhat_al_nusra", "Ansar al-Islam": "ansar_al_islam"})) \
        == [("merger", "jabhat_al_nusra", "ansar_al_islam")]
    assert summary(relations_of("ISIS clashed with the Free Syrian Army near Azaz.", {"ISIS": "isis", "Free Syrian Army": "fsa"})) \
        == [("rivalry", "isis", "fsa")]


def test_attacks_on_civilians_are_no_rivalry():
    assert relations_of("ISIS attacked civilians in Raqqa.", {"ISIS": "isis", "civilians": "civilians_syria"}) == []


def test_denied_and_hypothetical_relations_give_nothing():
    pair = {"Jabhat al-Nusra": "jabhat_al_nusra", "ISIS": "isis"}
    assert relations_of("Jabhat al-Nusra denied that it had pledged allegiance to ISIS.", pair) == []
    assert relations_of("Jabhat al-Nusra may merge with ISIS.", pair) == []
    assert relations_of("Jabhat al-Nusra has not pledged allegiance to ISIS.", pair) == []
    assert relations_of("There are no clashes between Jabhat al-Nusra and ISIS at the moment.", pair) == []
    assert relations_of("Jabhat al-Nusra commanders are expected to pledge allegiance to ISIS.", pair) == []


def test_an_appositive_is_not_a_list_of_actors():
    rels = relations_of("Ansar al-Islam, ISIS's old rival, and Jabhat al-Nusra merged.",
                        {"Ansar al-Islam": "ansar_al_islam", "ISIS": "isis", "Jabhat al-Nusra": "jabhat_al_nusra"})
    assert ("merger", "ansar_al_islam", "isis") not in summary(rels)


def test_relations_data_file_compiles_and_uses_known_kinds():
    ts = load_relation_patterns()
    assert len(ts.templates) > 10
    for t in ts.templates:
        assert t.kind in RELATION_KINDS and (t.third_kind is None or t.third_kind in RELATION_KINDS), t.text
        assert ("{third}" in t.text) == (t.third_kind is not None), t.text
        assert "{actors}" in t.text or ("{actor}" in t.text and "{other}" in t.text), t.text
