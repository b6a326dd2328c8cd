"""Relations in force on a day, and the JSON and GraphML writers."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from warmap.records import Actor, ActorMention, DateWindow, Relation, Source
from warmap.timeline import relations_at, to_graphml, to_json

D = dt.date
ISIS = Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group")
NUSRA = Actor("jabhat_al_nusra", "Jabhat al-Nusra", "rebel group")
ANSAR = Actor("ansar_al_islam", "Ansar al-Islam", "rebel group")
G = "{http://graphml.graphdrawing.org/xmlns}"


def rel(kind: str, a: Actor, b: Actor, day: dt.date, mention: str | None = None) -> Relation:
    sentence = f"{mention or a.name} & {b.name}: {kind}"
    return Relation(ActorMention(a, mention or a.name, 0, 3), ActorMention(b, b.name, 5, 9), kind,
                    DateWindow(day, day, day), 0.9, Source("reports/r.txt", "r", None, day, sentence, 0, len(sentence)))


RELS = [
    rel("pledge", NUSRA, ISIS, D(2014, 6, 17), mention="Nusra's Albu Kamal branch"),
    rel("cooperation", ANSAR, NUSRA, D(2014, 6, 20)),
    rel("rivalry", NUSRA, ISIS, D(2014, 7, 3)),
]


def test_relations_at_a_day_drop_superseded_ones():
    assert [r.kind for r in relations_at(RELS, D(2014, 6, 18), None)] == ["pledge"]
    assert [r.kind for r in relations_at(RELS, D(2014, 7, 10), None)] == ["cooperation", "rivalry"]
    assert [r.kind for r in relations_at(RELS, None, None)] == ["pledge", "cooperation", "rivalry"]


def test_relations_of_one_actor_by_id_or_name():
    assert [r.kind for r in relations_at(RELS, None, "ansar_al_islam")] == ["cooperation"]
    assert [r.kind for r in relations_at(RELS, None, "Jabhat al-Nusra")] == ["pledge", "cooperation", "rivalry"]


def test_json_nodes_and_edges_carry_the_evidence():
    j = to_json(RELS)
    assert {n["id"] for n in j["nodes"]} == {"isis", "jabhat_al_nusra", "ansar_al_islam"}
    assert set(j["nodes"][0]) == {"id", "name", "type"}
    e = j["edges"][0]
    assert (e["source"], e["target"], e["kind"], e["date"]) == ("jabhat_al_nusra", "isis", "pledge", "2014-06-17")
    assert e["sentence"].startswith("Nusra's Albu Kamal branch") and e["document"] == "reports/r.txt"


def test_graphml_is_well_formed_with_declared_keys(tmp_path):
    path = tmp_path / "relations.graphml"
    to_graphml(RELS, path)
    root = ET.parse(path).getroot()
    assert root.tag == f"{G}graphml"
    keys = {k.get("id"): k for k in root.findall(f"{G}key")}
    graph = root.find(f"{G}graph")
    assert graph.get("edgedefault") == "directed"
    nodes = graph.findall(f"{G}node")
    edges = graph.findall(f"{G}edge")
    assert len(nodes) == 3 and len(edges) == 3
    ids = {n.get("id") for n in nodes}
    assert len({e.get("id") for e in edges}) == 3
    for e in edges:
        assert e.get("source") in ids and e.get("target") in ids
        for d in e.findall(f"{G}data"):
            assert keys[d.get("key")].get("for") == "edge"
    first = {keys[d.get("key")].get("attr.name"): d.text for d in edges[0].findall(f"{G}data")}
    assert first["kind"] == "pledge" and first["date"] == "2014-06-17" and float(first["confidence"]) == 0.9
    name = {keys[d.get("key")].get("attr.name"): d.text for d in nodes[0].findall(f"{G}data")}
    assert set(name) == {"name", "type"}
    assert path.read_bytes().startswith(b"<?xml")
