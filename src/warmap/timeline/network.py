"""The actor network: relations in force on a day, and writers for graph tools.

Analysts look at alliances in Gephi or networkx; GraphML (written with the standard
library, so warmap needs no graph package) and a plain JSON node/edge list cover both.
A later relation between the same two actors of the opposite sign (an alliance after a
rivalry, or fighting after a truce) supersedes the earlier ones.

>>> import datetime as dt
>>> from warmap.records import *
>>> def rel(kind, day):
...     a = ActorMention(Actor("isis", "ISIS", "rebel group"), "ISIS", 0, 4)
...     b = ActorMention(Actor("jabhat_al_nusra", "Jabhat al-Nusra", "rebel group"), "Nusra", 9, 14)
...     return Relation(a, b, kind, DateWindow(day, day, day), 0.9, Source("a", "d", None, day, "...", 0, 3))
>>> rels = [rel("alliance", dt.date(2013, 4, 1)), rel("rivalry", dt.date(2014, 1, 3))]
>>> [r.kind for r in relations_at(rels, dt.date(2013, 6, 1), None)]
['alliance']
>>> [r.kind for r in relations_at(rels, dt.date(2014, 6, 1), "isis")]
['rivalry']
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from warmap.records import Actor, Relation

__all__ = ["relations_at", "to_json", "to_graphml", "HOSTILE_KINDS"]

#: Kinds that set two actors against each other; every other kind draws them together.
HOSTILE_KINDS = frozenset({"rivalry"})


def _root(a: Actor) -> str:
    return a.parent or a.id


def _involves(r: Relation, actor: str) -> bool:
    q = actor.strip().casefold()
    for m in (r.actor1, r.actor2):
        a = m.actor
        if q in (a.id.casefold(), (a.parent or "").casefold(), a.name.casefold(), m.mention.casefold()):
            return True
    return False


def relations_at(relations: Iterable[Relation], at: dt.date | None, actor: str | None) -> list[Relation]:
    """Relations stated by ``at`` and not superseded by then (all of them when ``at`` is
    None), optionally only those of one actor (id, parent id or name), oldest first."""
    rels = [r for r in relations if actor is None or _involves(r, actor)]
    if at is not None:
        rels = [r for r in rels if r.when.date_min <= at]
        latest: dict[frozenset[str], tuple[dt.date, bool]] = {}
        for r in rels:
            pair = frozenset((_root(r.actor1.actor), _root(r.actor2.actor)))
            mark = (r.when.date, r.kind in HOSTILE_KINDS)
            if pair not in latest or mark[0] > latest[pair][0]:
                latest[pair] = mark
        rels = [r for r in rels
                if (r.kind in HOSTILE_KINDS) == latest[frozenset((_root(r.actor1.actor), _root(r.actor2.actor)))][1]]
    return sorted(rels, key=lambda r: (r.when.date_min, r.when.date_max, r.kind))


def _nodes(relations: Sequence[Relation]) -> dict[str, Actor]:
    nodes: dict[str, Actor] = {}
    for r in relations:
        for m in (r.actor1, r.actor2):
            nodes.setdefault(m.actor.id, m.actor)
    return nodes


def _edge(r: Relation) -> dict[str, Any]:
    return {
        "source": r.actor1.actor.id,
        "target": r.actor2.actor.id,
        "kind": r.kind,
        "date": r.when.date.isoformat(),
        "date_min": r.when.date_min.isoformat(),
        "date_max": r.when.date_max.isoformat(),
        "date_precision": r.when.precision,
        "confidence": round(r.confidence, 3),
        "sentence": r.source.sentence,
        "document": r.source.document,
        "actor1_mention": r.actor1.mention,
        "actor2_mention": r.actor2.mention,
    }


def to_json(relations: Iterable[Relation]) -> dict[str, Any]:
    """``{"nodes": [{id, name, type}], "edges": [{source, target, kind, dates, sentence, ...}]}``."""
    rels = list(relations)
    nodes = _nodes(rels)
    return {
        "nodes": [{"id": a.id, "name": a.name, "type": a.type} for a in nodes.values()],
        "edges": [_edge(r) for r in rels],
    }


_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("name", "string"), ("type", "string"))
_EDGE_KEYS = (("kind", "string"), ("date", "string"), ("date_min", "string"), ("date_max", "string"),
              ("date_precision", "string"), ("confidence", "double"), ("sentence", "string"),
              ("document", "string"))


def to_graphml(relations: Iterable[Relation], path: str | Path) -> None:
    """Write the relations as a directed GraphML multigraph (one edge per stated relation),
    readable by networkx's ``read_graphml`` and by Gephi."""
    ET.register_namespace("", _NS)
    root = ET.Element(f"{{{_NS}}}graphml")
    for name, typ in _NODE_KEYS:
        ET.SubElement(root, f"{{{_NS}}}key", {"id": f"n_{name}", "for": "node", "attr.name": name, "attr.type": typ})
    for name, typ in _EDGE_KEYS:
        ET.SubElement(root, f"{{{_NS}}}key", {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, f"{{{_NS}}}graph", {"id": "relations", "edgedefault": "directed"})
    rels = list(relations)
    for a in _nodes(rels).values():
        node = ET.SubElement(graph, f"{{{_NS}}}node", {"id": a.id})
        _data(node, "n_name", a.name)
        _data(node, "n_type", a.type)
    for i, r in enumerate(rels):
        e = _edge(r)
        edge = ET.SubElement(graph, f"{{{_NS}}}edge", {"id": f"e{i}", "source": e["source"], "target": e["target"]})
        for name, _typ in _EDGE_KEYS:
            _data(edge, f"e_{name}", e[name])
    ET.ElementTree(root).write(Path(path), encoding="utf-8", xml_declaration=True)


def _data(parent: ET.Element, key: str, value: object) -> None:
    if value is None or value == "":
        return
    ET.SubElement(parent, f"{{{_NS}}}data", {"key": key}).text = str(value)
