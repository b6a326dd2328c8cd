"""What the words around a place name say about where exactly the event was.

ACLED's geo-precision: 1 the town or a feature inside it ("Tabqa airbase", "the airport
of Deir ez-Zor"), 2 near a town ("outskirts of", "west of", "20 km from"), 3 only a
province ("Raqqa province", "the Aleppo countryside"). The rules are regular expressions
on the text just before and just after the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Around", "read_context", "DEMONYMS"]

_DIRS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_TOWN = r"(?:the\s+)?(?:(?:besieged|rebel-held|regime-held|isis-held|strategic|northern|southern|eastern|western|central|border|oil|key|nearby)\s+)*(?:(?:town|city|village|villages|area|areas|region|hamlet|suburb|settlement|district)\s+of\s+)?"

# Words just before the name, read right to left: (pattern, precision, admin)
_BEFORE: tuple[tuple[re.Pattern[str], int, bool], ...] = tuple(
    (re.compile(p + _TOWN + r"$", re.I), prec, admin)
    for p, prec, admin in (
        (r"\b(?:province|governorate|provinces|governorates|region)\s+of\s+", 3, True),
        (r"\b(?:countryside|rural\s+areas?|hinterland|desert|badia)\s+of\s+", 3, True),
        (r"\b(?:eastern|western|northern|southern|north-?eastern|north-?western|south-?eastern|south-?western)\s+rural\s+", 3, True),
        (r"\brural\s+", 3, True),
        (r"\b(?:outskirts|edges?|suburbs|environs|vicinity|surroundings|periphery|fringes|gates|approaches)\s+of\s+", 2, False),
        (r"\b(?:near|nearby|next\s+to|close\s+to|outside(?:\s+of)?|around|towards?|beyond|just\s+outside|not\s+far\s+from|on\s+the\s+road\s+to|road\s+to|highway\s+to)\s+", 2, False),
        (r"\b" + _DIRS + r"(?:ern)?\s+of\s+", 2, False),
        (r"\b(?:kilomet(?:er|re)s?|km|miles?)\s+(?:\(\d+\s+(?:miles?|km)\)\s+)?(?:" + _DIRS + r"\s+)?(?:of|from)\s+", 2, False),
        (r"\b(?:airport|air\s?base|airfield|neighbou?rhood|district|quarter|centre|center|old\s+city|citadel|bridge|dam|refinery|prison|camp|crossing|square|hospital|mosque|university|stadium)\s+of\s+", 1, False),
    )
)

# All of the above in one pattern, one search per mention; the group says which rule fired.
# Each begins at a word: the lookahead lets the search pass over the other positions quickly.
_BEFORE_ANY = re.compile(r"(?=\b\w)(?:" + "|".join(f"(?P<r{i}>{p.pattern})" for i, (p, _prec, _adm) in enumerate(_BEFORE)) + ")",
                         re.I)

# Words just after the name: (pattern, precision, admin, feature)
_AFTER: tuple[tuple[re.Pattern[str], int, bool, bool], ...] = tuple(
    (re.compile(r"^[\s\-]*(?:" + p + r")\b", re.I), prec, admin, feat)
    for p, prec, admin, feat in (
        (r"province|governorate|provincial|region|oblast|krai|kray", 3, True, False),
        (r"countryside|hinterland|desert|rural\s+areas?", 3, True, False),
        (r"outskirts|suburbs|environs|surroundings|area", 2, False, False),
        (r"district|sub-?district|township|lgas?|local\s+government\s+areas?|territory|department|cercle|commune|"
         r"woreda|sub-?prefecture|prefecture", 2, False, False),
        (r"military\s+air(?:port|base|field)|air\s?base|airfield|air\s+field|airport|military\s+base|base|border\s+crossing|crossing|border\s+post|dam|refinery|oil\s?field|gas\s+field|bridge|prison|camp|citadel|neighbou?rhood|quarter|old\s+city|city\s+cent(?:re|er)|city", 1, False, True),
    )
)

#: Nationality adjectives that tell which country an article is about.
DEMONYMS = {
    "syrian": "SY", "syrians": "SY",
    "iraqi": "IQ", "iraqis": "IQ",
    "lebanese": "LB", "jordanian": "JO", "jordanians": "JO",
    "turkish": "TR", "kurdish": None, "iranian": "IR",
    # the other wars warmap reads about, and the powers that fight in them
    "libyan": "LY", "libyans": "LY", "yemeni": "YE", "yemenis": "YE", "afghan": "AF", "afghans": "AF",
    "somali": "SO", "somalis": "SO", "sudanese": "SD", "nigerian": "NG", "nigerians": "NG",
    "malian": "ML", "burkinabe": "BF", "nigerien": "NE", "congolese": "CD", "burmese": "MM",
    "ukrainian": "UA", "ukrainians": "UA", "russian": "RU", "russians": "RU", "ethiopian": "ET",
    "ethiopians": "ET", "tigrayan": "ET", "eritrean": "ER", "mozambican": "MZ", "cameroonian": "CM",
    "pakistani": "PK", "palestinian": "PS", "palestinians": "PS", "israeli": "IL", "israelis": "IL",
    "egyptian": "EG", "saudi": "SA", "chadian": "TD", "kenyan": "KE", "south sudanese": "SS",
    "american": "US", "americans": "US", "british": "GB", "french": "FR",
}


def _world_demonyms() -> dict[str, str]:
    """Every other country's nationality adjective, from the actor data's table ("Philippine",
    "Filipino", "Colombian"): a report about any war names its country so. Only plain words:
    "U.S." or "US" would be the word "us"."""
    from importlib import resources

    out: dict[str, str] = {}
    table = resources.files("warmap.actors.data").joinpath("demonyms.tsv").read_text(encoding="utf-8")
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cc, _, names = line.partition("\t")
        for name in names.split("|"):
            if name.isalpha() and not name.isupper() and len(name) >= 4:
                out.setdefault(name.lower(), cc.strip())
    return out


DEMONYMS.update({w: cc for w, cc in _world_demonyms().items() if w not in DEMONYMS})


@dataclass(frozen=True, slots=True)
class Around:
    """The reading of one mention's surroundings."""

    precision: int
    admin: bool      # the words point at the province of that name, not the town
    end: int         # end offset, taking in the word after ("Tabqa airbase", "Raqqa province")


def read_context(text: str, start: int, end: int) -> Around:
    """Geo-precision (and whether a province is meant) from the words around ``text[start:end]``."""
    before = text[max(0, start - 60):start]
    after = text[end:end + 40]
    for pattern, prec, admin, feat in _AFTER:
        m = pattern.match(after)
        if m:
            return Around(prec, admin, end + m.end())
    m = _BEFORE_ANY.search(before)
    if m:
        hits = [int(name[1:]) for name, val in m.groupdict().items() if val is not None]
        _p, prec, admin = _BEFORE[min(hits)]
        return Around(prec, admin, end)
    return Around(1, False, end)
