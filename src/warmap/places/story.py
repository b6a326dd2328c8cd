"""The story's own country and places: what a name may mean in this article.

A report about Libya that writes "Sirte" means the Libyan city, not Siirt in Turkey, which
only folds onto the same key; a village of Yemen, a GeoNames alternate name or a folded
spelling of a town abroad stands only in a story about that country. The story's country
comes from the whole text (countries named, demonyms, provinces, towns only one country
has), not from a dateline ("WASHINGTON --"), and little from a power named as an actor
("U.S. aircraft"). Datelines abroad, surnames ("Col. Steve Warren ... Warren said"),
districts of a foreign town and small villages far from the story's other places, reached
only by folding, are no places of the story: a wrong place is worse than none.

:class:`StoryRules` holds these rules for :class:`~warmap.places.gazetteer.Gazetteer`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from warmap.records import Place, PlaceMention

from .build import CURATED, FEATURE, FOLDED, PRIMARY, VILLAGE_VOTERS, WORLD_ALIAS_POPULATION, WORLD_MIN_POPULATION
from .context import DEMONYMS
from .orthography import english_spellings
from .normalise import plain

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .gazetteer import _Hit

__all__ = ["FOCUS", "StoryRules", "near_km", "plain_name"]

#: Countries of the wars warmap maps, and their neighbours: small prior in their favour.
FOCUS = {"SY": 2.0, "IQ": 2.0, "TR": 1.0, "LB": 1.0, "JO": 1.0, "IR": 0.5}
#: The wars' own countries, whose villages' other spellings are as good as their names
_HOME_FOCUS = frozenset(cc for cc, w in FOCUS.items() if w >= 2.0)
#: Countries whose stories are one story: a report about Israel is as often about Gaza or the
#: West Bank (and the other way round), so their towns stand in each other's stories.
SHARED_STORIES = {"IL": ("PS",), "PS": ("IL",), "SD": ("SS",), "SS": ("SD",)}
#: Countries whose stories are about a neighbour's villages too, when they name it (Israel's wars in Lebanon)
_NAMED_NEIGHBOURS = {"IL": ("LB", "SY"), "LB": ("IL",)}
#: A site's own name says it is a place: "Qayyarah West airfield", "Mosul Dam"
_SITE_NAMED = re.compile(r"\b(?:air(?:field|base|port)|air base|dam|refinery|oil ?field|barracks|prison|crossing)\b")
#: Powers whose name in a report is mostly an actor's ("U.S. aircraft"), rarely where it happened.
_OUTSIDE = frozenset({"US", "GB", "FR", "DE", "IT", "AU", "CA", "NL", "DK", "BE"})
# (the lookahead of their first letters lets the search pass over the other words quickly)
_COUNTRY_TOWN_OF = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}(?:town|village|city|port|settlement)\s+of\s+$")
_DEMONYM_RE = re.compile(r"\b(?=[" + re.escape("".join(sorted({w.title()[0] for w in DEMONYMS}))) + "])("
                         + "|".join(sorted((re.escape(w.title()) for w in DEMONYMS), key=len, reverse=True)) + r")\b")
#: A dateline: the place in capitals at the head of a line, then a date or a dash ("WASHINGTON, Jan. 19 --").
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\(?[A-Z]{2,}\)?[ \t]+)?$")
DATELINE_AFTER = re.compile(r"[ \t]*(?:,[^\n]{0,40}?)?[ \t]*(?:--|[—–-]|\(|(?<=[A-Z]{3}):[ \t])")  # ("QUETTA: Police arrested")
#: What follows a nationality that names an armed side: "Russian forces", "Israeli jets"
_ARMED_AFTER = re.compile(r"[ -](?:-?led\s+|-?backed\s+)?(?:forces|troops|soldiers|army|military|jets|warplanes|aircraft|"
                          r"drones?|missiles?|rockets?|artillery|shelling|strikes?|airstrikes|assaults?|attacks?|"
                          r"offensive|units|fighters|navy|air\s+force|helicopters?|tanks?|bombs?)\b", re.I)
#: A town this big votes for its country under any of its names.
_SPELT_OTHERWISE_POPULATION = 100_000
_GROUP_AFTER = re.compile(r"[ -](?:militia|militias|militiamen|fighters|rebels|gunmen|insurgents|protesters|demonstrators|activists)\b", re.I)
#: "the village of Solhan", "the northern coastal town of Palma": a place named by its kind, one the
#: writer expects readers not to know (the small kinds most of all)
NAMED_BY_KIND_BEFORE = re.compile(r"\b(?P<kind>village|hamlet|settlement|locality|town|city|port)s?\s+(?:of|called|named)\s+$",
                                  re.I)
_SMALL_KINDS = frozenset({"village", "hamlet", "settlement", "locality"})
_FLED_TO_BEFORE = re.compile(r"\b(?:fled|flee|fleeing|escaped|crossed|crossing|evacuated|flown|flew|exiled)\b"
                             r"[^.;]{0,60}?\b(?:into|to)\s+(?:neighbou?ring\s+)?(?:the\s+)?$")
_ACTING_AFTER = re.compile(r"\s+(?:has|have|had|is|was|will|would|said|says|launched|fired|attacked|struck|"
                           r"claimed|denied|accused|carried|sent|deployed|bombed|shelled|invaded)\b"
                           # ("Russia's Defence Ministry denied ...": a state's body speaking, a side, not a scene)
                           r"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|ministers?|military|army|forces|government|president"
                           r"|spokesm[ae]n|embassy|envoy|officials|air\s+force|navy|leaders?|foreign\s+minister)\b", re.I)
#: A person's surname: after a title ("Col. Steve Warren", "Gen. Akar") or speaking ("Warren said").
_TITLE = r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Rep|Sen|Gov)\.? (?:[A-Z][a-z]+ )?"
_TITLED = re.compile(_TITLE + r"([A-Z][a-z]{2,})\b")
#: A title and maybe a first name right before a word: the word is the person's surname, wherever it is a town
_TITLED_BEFORE = re.compile(_TITLE + "$")
#: ... or after a first name and a middle initial ("Scott C. Dayton", "John F. Kirby").
#: (_CAPITAL_LETTER is a capital that begins a word, written so that the search skips to the capitals.)
_CAPITAL_LETTER = r"[A-Z](?<!\w[A-Z])"
_INITIALLED = re.compile(rf"{_CAPITAL_LETTER}[a-z]+ [A-Z]\. ([A-Z][a-z]{{2,}})\b")
_SPEAKER = re.compile(rf"({_CAPITAL_LETTER}[a-z]{{2,}}),? (?:said|says|added|told|stated|noted|explained|warned|insisted|wrote"
                      r"|announced)\b")
#: An office before a person's two to four names: "Prime Minister Abiy Ahmed", "President Ali Abdullah Saleh"
_OFFICE = re.compile(r"\b(?:Prime\s+Minister|President|(?:Foreign|Defen[cs]e|Interior)\s+Minister|Minister|King|Prince|Emir"
                     r"|Sheikh|Governor|Commander|General|Chief|(?i:commander|leader|general|chief))"
                     r"\s+((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][a-z]{2,})\b")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|of)\s+(?:the\s+)?$")
#: What may stand between a town's name and its province: "(District, ", ", "
_PROVINCE_AFTER = re.compile(r"[ \t]*[(,][ \t]*(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*,[ \t]*)?")
#: "the Rajpora area of south Kashmir's Pulwama district": a spot of the province named next
_AREA_OF_AFTER = re.compile(r"\s+(?:area|village|town|locality)\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?",
                            re.I)
#: "the town of X", "the village of X": a small place, so no big city of a country the story never names
_SMALL_PLACE_OF = re.compile(r"\b(?:town|village|hamlet|settlement)\s+of\s+$", re.I)
#: A name that goes on with a capitalised word that is no unit's ("Susi Air", not "Chin State")
_NAME_GOES_ON = re.compile(r"[ ](?!(?:State|Province|Governorate|Region|Oblast|Prefecture|Department|County|District)\b)"
                           r"(?-i:[A-Z])[a-z]+")
#: A town abroad smaller than this, in a country the story never names, is no place of the story.
_ABROAD_POPULATION = 250_000
#: A small place farther than this from every other place of the story needs its exact name.
_FAR_KM = 150
#: Above it, a town's name reached by folding is kept unless its country is foreign to the story
_TOWN_POPULATION = 100_000
_VILLAGE_POPULATION = 5_000

#: :func:`plain` of a place's name, or of a name as the text writes it, remembered
plain_name = lru_cache(maxsize=100_000)(plain)


@lru_cache(maxsize=10_000)
def _english_forms(name: str, country: str) -> frozenset[str]:
    return frozenset(plain_name(f) for f in english_spellings(name, country))


def near_km(a: Place, b: Place) -> float:
    """Flat-earth distance: plenty for "within 60 km", and ten times cheaper than haversine."""
    dy = (a.lat - b.lat) * 111.2
    dx = (a.lon - b.lon) * 111.2 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


#: a city quarter's word after a name: the name is a quarter of the story's city
_QUARTER_AFTER = re.compile(r"[ \t]+(?:district|neighbou?rhood|quarter|suburb)\b", re.I)
#: ", in Cabo Delgado province" after a town's name
_IN_PROVINCE_AFTER = re.compile(r",?[ \t]+in[ \t]+(?:the[ \t]+)?(?P<prov>(?-i:[A-Z])[\w'-]+(?:[ -](?-i:[A-Z])[\w'-]+){0,2})"
                             r"[ \t]+(?:province|region|state|governorate|department|district)\b", re.I)
#: names that are only compass points: "North-West", "the South"
_COMPASS = re.compile(r"(?:north|south|east|west|central)(?:[ -]?(?:east|west|ern))?", re.I)


def _lead_end(text: str) -> int:
    """Where the story's first paragraph of eight words or more ends (a byline line is no lead)."""
    at = 0
    for para in text.split("\n\n"):
        at += len(para) + 2
        if len(para.split()) >= 8:
            return at
    return at


class StoryRules:
    """The story-country rules of the gazetteer (a mixin: it reads ``places``, ``_hits`` and
    ``_ranked`` of :class:`~warmap.places.gazetteer.Gazetteer`; its own ``_last_demonyms`` and
    ``_last_people`` are set there too)."""

    def country_context(self, text: str, title: str | None = None) -> str | None:
        """The article's main country (ISO alpha-2), from the whole text: countries named, their
        demonyms ("Libyan", "Yemeni"), provinces and towns that belong to one country only.

        A dateline ("WASHINGTON --") says where the writer was, and a power named as an actor
        ("U.S. aircraft") weighs little; a name several countries share votes little. The lead
        paragraph's names and the headline's (``title``) count half again.
        """
        # (the headline first: the text's hits stay cached for ``find``)
        headline = self._country_votes(title, lead=False) if title else Counter()
        # (while the headline's hits are cached; "Russian missile strike on Kramatorsk" names who
        # struck, not where: an armed demonym is no country the headline names)
        named = self._named_countries(title, armed=False) if title else set()
        votes = self._country_votes(text)
        for cc, n in headline.items():
            votes[cc] += n / 2
        main = self._main_country(votes)
        # "Burkina Faso: 132 civilians killed in Solhan attack": a country the headline names outweighs
        # a town of a country that neither the headline nor the text names (Solhan, Turkey)
        if main is not None and len(named) == 1 and main not in named \
                and main not in self._named_countries(text) | {cc for cc, _ in self._demonyms(text)}:
            return named.pop()
        if main is not None and main not in _HOME_FOCUS and main not in named \
                and main not in {DEMONYMS.get(m.group().lower()) for m in _DEMONYM_RE.finditer(title or "")} \
                and not self._names_country(text, main):
            # "OUAGADOUGOU - Burkina Faso's government said ... the village of Solhan": a country the
            # dateline's town and the text name, even as a side, outweighs a town of a country never named
            filed = self._dateline_country(text)
            if filed is not None and filed != main and self._names_country(text, filed):
                return filed
        return main

    def _names_country(self, text: str, cc: str) -> bool:
        """Does ``text`` name the country, as a place, a side or by its people ("Turkish")?"""
        _, hits = self._hits(text)
        return any(self.places[i].kind == "country" and self.places[i].country == cc
                   for h in hits for i, f in h.places if f & (CURATED | PRIMARY)) \
            or cc in {c for c, _ in self._demonyms(text)}

    def _dateline_country(self, text: str) -> str | None:
        """The country of the town in the report's dateline ("OUAGADOUGOU -"), if one."""
        _, hits = self._hits(text)
        for h in hits:
            if self._is_dateline(text, h) and text[h.end:h.end + 1] in (" ", ",", "("):  # (not "UAE-backed forces")
                owners = {self.places[i].country for i, f in h.places
                          if f & (CURATED | PRIMARY) and self.places[i].kind == "city"}
                return owners.pop() if len(owners) == 1 else None
        return None

    @staticmethod
    def _main_country(votes: Counter[str]) -> str | None:
        if not votes:
            return None
        (cc, n), *rest = votes.most_common(2)
        if rest and rest[0][1] == n:
            for pref in ("SY", "IQ"):
                if pref in (cc, rest[0][0]):
                    return pref
        return cc

    def _country_votes(self, text: str, lead: bool = True) -> Counter[str]:
        """The countries' votes; with ``lead``, the first paragraph's count half again."""
        _, hits = self._hits(text)
        # (only names a title or an initial marks: "Baghdad said" is the government, still Iraq)
        people, _ = self._people(text)
        votes = self._hit_votes(text, hits, people)
        # the lead tells where the story is: its names count half again ("held hostage in Libya ... near
        # the western city of Sabratha", above a paragraph that recalls two attacks in Tunisia)
        lead = _lead_end(text) if lead else 0
        for cc, n in self._hit_votes(text, [h for h in hits if h.start < lead], people).items():
            votes[cc] += n / 2
        lead_demonyms = [(cc, _ARMED_AFTER.match(text, m.end()) is not None)
                         for m in _DEMONYM_RE.finditer(text, 0, lead) if (cc := DEMONYMS.get(m.group().lower()))]
        for found, weight in ((self._demonyms(text), 1.0), (lead_demonyms, 0.5)):
            for cc, armed in found:
                # "Russian forces", "Russian drones": the nationality of who acts, less of where
                votes[cc] += weight * (0.1 if cc in _OUTSIDE else 0.3 if armed else 0.5)
        return votes

    def _hit_votes(self, text: str, hits: list[_Hit], people: set[str]) -> Counter[str]:
        """The votes of place names: a country named, a town of one country, a name shared."""
        votes: Counter[str] = Counter()
        starts = {h.start for h in hits}
        for h in hits:
            if hyphen_joined(text, h.end) and h.end + 1 not in starts:
                continue  # "the Donga-Mantung Division": half of a longer name, no town
            if self._is_dateline(text, h):
                # where the reporter was: a little, enough for a wire story that names no other place
                owners = {self.places[i].country for i, f in h.places if f & (CURATED | PRIMARY)}
                if len(owners) == 1:
                    votes[owners.pop()] += 0.1
                continue
            if text[h.start:h.end] in people or self._inside_a_name(text, h) \
                    or h.span.first == h.span.last and text[h.start:h.end] in self._office_holders(text):
                continue  # a person ("Col. Steve Warren", "President Abd-Rabbu Mansour Hadi", "commander Qassem Soleimani")
            named = [self.places[i] for i, f in h.places if f & (CURATED | PRIMARY)]
            if not named:
                # a big town's other spelling ("Gondar" is GeoNames' Gonder) votes a little: old
                # names collide too ("Boni" was Annaba's, and is a village in Mali)
                others = {self.places[i].country for i, _f in h.places
                          if self.places[i].population >= _SPELT_OTHERWISE_POPULATION}
                if len(others) == 1:
                    votes[others.pop()] += 0.25
                continue
            countries = [p for p in named if p.kind == "country"]
            if countries:
                cc = countries[0].country
                # "Russia has launched 1,000 glide bombs": a country acting is a side, less a place
                acting = _ACTING_AFTER.match(text, h.end) is not None
                # ("President Bozize fled across the river into the Democratic Republic of Congo": where he went)
                fled_to = _FLED_TO_BEFORE.search(text, max(0, h.start - 80), h.start) is not None
                votes[cc] += 0.3 if cc in _OUTSIDE or fled_to else 0.5 if acting else 1.0
                continue
            exact = [p for p in named if plain_name(p.name) == h.written]
            if exact and len(exact) < len(named):
                # "Konna" is a Malian village written as GeoNames writes it; El Gouna, which folds
                # onto it, is no evidence of a story about Egypt
                named = exact
                if all(p.kind == "city" and p.population < WORLD_MIN_POPULATION and p.country not in FOCUS for p in named):
                    if len({p.country for p in named}) == 1 and named[0].country in VILLAGE_VOTERS:
                        votes[named[0].country] += 0.3
                    continue
            small = {p.country for p in named} if exact else set()
            named = [p for p in named if p.kind != "city" or p.population >= WORLD_MIN_POPULATION or p.country in FOCUS]
            owners = {p.country for p in named}
            if not owners and len(small) == 1:
                if (cc := small.pop()) in VILLAGE_VOTERS:
                    votes[cc] += 0.1  # a small town of one country only, written as GeoNames writes it ("Sangin")
                continue
            if len(owners) == 1:
                cc = owners.pop()
                # "Fano militiamen", "Hirak protesters": a town's name on an armed group or a movement names it, not the scene
                # and a village of a neighbour, folded onto a spelling it does not have ("Kuki-Zo
                # women" is no Gokce, Turkey), votes as little
                folded = not exact and all(p.kind == "city" and p.population < WORLD_MIN_POPULATION
                                           and p.country not in _HOME_FOCUS for p in named)
                # ("the village of Solhan": a place too small for the Turkish town of that name votes as little)
                kind = NAMED_BY_KIND_BEFORE.search(text, max(0, h.start - 30), h.start)
                village = kind is not None and kind.group("kind").lower() in _SMALL_KINDS \
                    and all(p.kind == "city" and p.population >= WORLD_MIN_POPULATION for p in named)
                # (a province of one country, written out: "the military court of South Kivu", as good
                # as the country's name; a village's name may be any country's)
                province = all(p.kind == "admin1" for p in named)
                votes[cc] += 0.2 if cc in _OUTSIDE or folded or village or _GROUP_AFTER.match(text, h.end) \
                    else 1.0 if province else 0.7
            elif owners:
                ranked = self._ranked(h.places, None, written=h.written)
                votes[self.places[ranked[0][1]].country] += 0.2
        return votes

    def _demonyms(self, text: str) -> list[tuple[str, bool]]:
        """The country of each demonym in the text ("Libyan": LY), kept for the last text:
        ``country_context`` and ``find`` both read them."""
        last = self._last_demonyms
        if last is not None and last[0] is text:
            return last[1]
        found = [(cc, _ARMED_AFTER.match(text, m.end()) is not None)
                 for m in _DEMONYM_RE.finditer(text) if (cc := DEMONYMS.get(m.group().lower()))]
        self._last_demonyms = (text, found)
        return found

    def _is_dateline(self, text: str, h: _Hit) -> bool:
        """ "WASHINGTON, Jan. 19, 2017 --": the writer's place at the head of the report."""
        name = text[h.start:h.end]
        return (name.isupper() and DATELINE_BEFORE.search(text, 0, h.start) is not None
                and DATELINE_AFTER.match(text, h.end) is not None)

    def _in_story(self, text: str, h: _Hit, country: str | None, named: set[str], surnames: set[str]) -> _Hit | None:
        """The hit with only the candidates the story supports, or None.

        A village of another war's country (compiled from cities500 in full) and a GeoNames
        alternate name count only in an article about that country; a dateline elsewhere than
        the story's country, and a surname ("Col. Steve Warren" ... "Warren said") that is a
        town far from the story, are no event places.
        """
        # "the Kenyan coastal town of Mpeketoni" in a story of Somalia's al Shabaab: the text says whose town
        told = _COUNTRY_TOWN_OF.search(text, max(0, h.start - 60), h.start)
        country = DEMONYMS.get(told.group(1).lower(), country) if told else country
        # (a story of Israel that names Lebanon is as much about Lebanon's villages: Qana, Bint Jbeil)
        near = {cc for cc in _NAMED_NEIGHBOURS.get(country or "", ()) if cc in named}
        keep = [(idx, flags) for idx, flags in h.places if self._in_country(idx, flags, country, h.written)
                or self.places[idx].country in near and self._in_country(idx, flags, self.places[idx].country, h.written)]
        if not keep:
            return None
        if country and all(f & FEATURE and self.places[i].country != country for i, f in keep) \
                and not _SITE_NAMED.search(h.written):
            return None     # a Baghdad district's name ("Mansour") in a story about Yemen is a person's
            # (not "Qayyarah West airfield" in a story of both wars)
        home = {country, *SHARED_STORIES.get(country or "", ())}
        foreign = country is not None and all(
            self.places[i].country not in home and not f & CURATED and self.places[i].kind != "country" for i, f in keep)
        if foreign and self._is_dateline(text, h):
            return None
        if (country is not None and h.span.first == h.span.last
                and (text[h.start:h.end] in surnames or text[h.start:h.end] in self._office_holders(text))
                and all(self.places[i].country != country and self.places[i].kind != "country" for i, _f in keep)):
            return None     # "Gen. Hulusi Akar" in a story about Syria: not Akkar in Lebanon; "commander
            # Qassem Soleimani ... Soleimani's tomb" in Kerman: not Sulaymaniyah in Iraq
        if h.span.first == h.span.last and _TITLED_BEFORE.search(text, max(0, h.start - 30), h.start):
            return None     # "Minister of Health Dr. Amir Aman said" in a story of Ethiopia: no Ethiopian town Aman
        if country is None and h.span.first == h.span.last and text[h.start:h.end] in self._people(text)[0] \
                and not _PLACE_PREP_BEFORE.search(text, max(0, h.start - 12), h.start):
            return None     # "Health Minister Dr. Amir Aman said" in a story that names no country: not Amman
        if h.span.first == h.span.last and text[h.start:h.end] in self._office_holders(text) \
                and not _PLACE_PREP_BEFORE.search(text, max(0, h.start - 12), h.start) \
                and all(self.places[i].kind == "city" and not f & CURATED for i, f in keep):
            return None     # "a rally for Prime Minister Abiy Ahmed ... Abiy, who was unhurt": not Abiy Adi
        if self._inside_a_name(text, h):
            return None     # "President Abd-Rabbu Mansour Hadi": a name inside a name, whatever place it spells
        if country in VILLAGE_VOTERS and country not in FOCUS and all(  # (another war's story: not Russia's of Syria)
                f & CURATED and self.places[i].kind == "city" and self.places[i].country not in home
                and self.places[i].country not in named and self.places[i].population < _ABROAD_POPULATION
                for i, f in keep):
            return None     # "Karma, a village near Ouahigouya" in a story of Burkina Faso: not Iraq's al-Karma
        small = foreign and _SMALL_PLACE_OF.search(text, max(0, h.start - 30), h.start) is not None
        if foreign and all(self.places[i].kind == "city" and self.places[i].country not in named
                           and (self.places[i].population < _ABROAD_POPULATION or small) for i, _f in keep):
            return None     # a small town abroad, in a country the story never names ("the town of Palma": not Majorca's)
        if foreign and _NAME_GOES_ON.match(text, h.end) and all(
                self.places[i].kind == "admin1" and h.written != plain_name(self.places[i].name) for i, _f in keep) \
                and not any(self._names_country(text, self.places[i].country) for i, _f in keep):
            return None     # a province abroad by another of its names, heading a longer name, its country
            # named by neither name nor people: "a Susi Air plane" in a story of Papua is no Sousse, Tunisia
        if foreign and (_COMPASS.fullmatch(h.written) or _QUARTER_AFTER.match(text, h.end)
                        and all(self.places[i].country not in named for i, _f in keep)
                        or self._in_home_province(text, h.end, country)):
            # "the capital's Medina district" in Mogadishu, not Medina in Saudi Arabia; "the North-West"
            # of Nigeria, not Botswana's North West district
            return None
        if len(keep) == len(h.places):
            return h
        return replace(h, places=keep)

    def _in_home_province(self, text: str, end: int, country: str | None) -> bool:
        """ "Palma, in Cabo Delgado province": the town is in a province of the story's country,
        so it is no namesake abroad (Palma in Spain) whatever the gazetteer holds."""
        m = _IN_PROVINCE_AFTER.match(text, end)
        if m is None or country is None:
            return False
        best = self.resolve(m.group("prov"), country=country).best
        return best is not None and best.country == country and best.kind == "admin1"

    def _in_country(self, idx: int, flags: int, country: str | None, written: str) -> bool:
        """Whether a candidate may stand in a story about ``country``: elsewhere only a town of
        some size written exactly as GeoNames names it (or a country, a province, a curated name),
        not one of its alternate names nor a spelling folded onto it ("Kamaliya" is no Kamalia)."""
        p = self.places[idx]
        if p.kind == "district":
            return country is None or p.country == country    # a district only in its own country's stories
        if country is None:
            # a transliterated alternate abroad, with no story to back it ("Soum" folds onto Sum, Yemen),
            # and a village of another war's country ("Soum province" is no hamlet in Senegal)
            if p.kind == "city" and p.population < WORLD_MIN_POPULATION and p.country not in VILLAGE_VOTERS \
                    and p.country not in FOCUS and not flags & CURATED:
                return False
            return bool(flags) or p.country not in FOLDED or p.country in FOCUS or p.population >= WORLD_ALIAS_POPULATION
        if p.country != country and p.country in FOCUS and p.country not in _HOME_FOCUS and country not in FOLDED \
                and p.population < WORLD_ALIAS_POPULATION and not f"{written} ".startswith(f"{plain_name(p.name)} ") \
                and written not in _english_forms(p.name, p.country):
            return False    # a neighbour's town only folded onto, far from its region: "Ousmane" (Sonko) is no Osmaniye
        if flags & CURATED or p.country == country or p.country in SHARED_STORIES.get(country, ()):
            return True
        if p.kind == "city" and p.population >= WORLD_ALIAS_POPULATION and not flags & PRIMARY:
            # a neighbour's city of millions only by one of its other names as written: in a story
            # of Jordan, "Baqura" folds onto "Bakura", an alternate name of Basra, and is no Basra
            return f"{idx}:{written}" in self._spellings
        if p.country in FOCUS and (country in FOCUS or p.kind != "city"):
            return True     # the region's villages in its own stories
        if p.country in FOCUS and p.population >= WORLD_MIN_POPULATION:
            # elsewhere its towns, by the names reports use: not an obscure alternate
            # ("Humsa", a West Bank hamlet, is no Homs in a story about the Jordan Valley)
            return bool(flags & PRIMARY) or written == plain_name(p.name) or self._by_another_name(idx, country, written)
        if p.kind != "city":
            return bool(flags & PRIMARY)
        if p.population >= WORLD_ALIAS_POPULATION:
            return self._by_another_name(idx, country, written)  # a city of millions is known by its other names
        return p.population >= WORLD_MIN_POPULATION and written == plain_name(p.name)

    def _by_another_name(self, idx: int, country: str, written: str) -> bool:
        """A city of millions abroad is known by its other names too ("New York"), but one of the
        transliterated region's only as one of them is written: in a story of Pakistan, "Tirah"
        (valley) folds onto "Teera", a spelling of Tehran, and is no Tehran."""
        p = self.places[idx]
        if p.population < WORLD_ALIAS_POPULATION:
            return False
        return p.country not in FOLDED or country in FOLDED or f"{idx}:{written}" in self._spellings

    def _far_and_fuzzy(self, text: str, h: _Hit, ranked: list[tuple[float, int, int]], anchors: list[Place],
                       tops: Sequence[Place] = ()) -> bool:
        """A village reached only through folding, far from every other place of the story:
        the spelling's closeness is no evidence, and a wrong point is worse than none."""
        _s, idx, flags = ranked[0]
        p = self.places[idx]
        if flags & CURATED or p.kind != "city" or p.population >= _TOWN_POPULATION:
            return False
        if h.written == plain_name(p.name) or h.written in _english_forms(p.name, p.country):
            return False  # (written as GeoNames writes it, or as English reports spell it: "Harardhere")
        if p.population >= _VILLAGE_POPULATION:
            # a town reached by folding in a country the text never names, while the story's other
            # places (``tops``: each name's first reading) lie in another: "near Abbey Gate of Kabul
            # airport" is not Abyei in Sudan
            rest = [a for a in tops if a is not p]
            return bool(rest) and all(a.country != p.country for a in rest) and p.country not in self._named_countries(text)
        others = [a for a in anchors if a is not p]
        return bool(others) and min(near_km(p, a) for a in others) > _FAR_KM

    @staticmethod
    def _typo_elsewhere(text: str, end: int, p: Place, named: Sequence[PlaceMention]) -> bool:
        """A place reached only as a typo while the words right after the name give its
        province ("Kalehe (Kalehe, South Kivu)", "Kalehe, South Kivu", "the Rajpora area of south Kashmir's")
        and the place lies in another one: "Kalehe" is no misspelt Kalemie, 400 km away in Tanganyika."""
        for n in named:
            if n.start < end or n.start > end + 60 or n.place.kind != "admin1" or n.place.country != p.country:
                continue
            if _PROVINCE_AFTER.fullmatch(text, end, n.start) or _AREA_OF_AFTER.fullmatch(text, end, n.start):
                return n.place.admin1 != p.admin1
        return False

    def _named_countries(self, text: str, armed: bool = True) -> set[str]:
        """Countries the text names: by name, demonym or one of their provinces ("Dayton, Ohio");
        without ``armed``, not by a demonym before forces or weapons ("Russian missile")."""
        _, hits = self._hits(text)
        named = set()
        for h in hits:
            readings = [self.places[i] for i, f in h.places if f & (CURATED | PRIMARY)]
            owners = {p.country for p in readings}
            # (a province counts only when its name is no other country's place: "Santiago" is
            # Chile's capital before it is a Dominican province)
            named.update(p.country for p in readings if p.kind == "country" or p.kind == "admin1" and len(owners) == 1)
        named.update(cc for cc, by_arms in self._demonyms(text) if armed or not by_arms)
        return named

    def _surnames(self, text: str) -> set[str]:
        """Words the text uses as people's surnames ("Col. Steve Warren", "Akar added")."""
        return self._people(text)[1]

    def _people(self, text: str) -> tuple[set[str], set[str]]:
        """(surnames after a title or an initial, those and the speakers' names) of the text,
        kept for the last text: ``country_context`` and ``find`` both read them."""
        last = self._last_people
        if last is not None and last[0] is text:
            return last[1]
        marked = {m.group(1) for pattern in (_TITLED, _INITIALLED) for m in pattern.finditer(text)}
        found = (marked, marked | {m.group(1) for m in _SPEAKER.finditer(text)})
        self._last_people = (text, found)
        return found

    def _inside_a_name(self, text: str, h) -> bool:
        """One word between two others of the name of someone the text gives an office."""
        return h.span.first == h.span.last and _NAME_AFTER.match(text, h.end) is not None \
            and _NAME_BEFORE.search(text, max(0, h.start - 30), h.start) is not None \
            and text[h.start:h.end] in self._office_holders(text)

    def _office_holders(self, text: str) -> set[str]:
        """Both names of the people the text gives an office ("Prime Minister Abiy Ahmed")."""
        last = self._last_office
        if last is not None and last[0] is text:
            return last[1]
        found = {n for m in _OFFICE.finditer(text) for n in m.group(1).split()}  # ("President Abd-Rabbu Mansour Hadi")
        self._last_office = (text, found)
        return found

    def _districts_in_brackets(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "in Tudun Biri (Igabi, Kaduna)": ACLED's notes write a village's district and province in
        brackets after it. A village the gazetteer knows is taken in that province when it has a
        namesake there, and is no place at all when its only namesakes lie in other provinces
        ("Novoselivka (Kupianskyi, Kharkiv)" is none of Odesa's). For a village no one knows, the
        district is the place at district precision (not its namesake town's point), picked in the
        province ("Jawaharke village (Mansa, Punjab)" is India's Mansa, not Zambia's), else the
        province at its own precision. The names in the bracket are no places of their own."""
        out: list[PlaceMention | None] = list(found)
        for bracket in _BRACKET.finditer(text):
            opening, closing = bracket.start(), bracket.end() - 1
            inside = [i for i, q in enumerate(found) if opening < q.start and q.end <= closing]
            if not inside:
                continue
            province = found[inside[-1]]
            if province.place.kind not in ("admin1", "city"):
                continue  # ("Homs (central Syria)": a country says nothing of the province)
            before = next((i for i, q in enumerate(found) if opening - 2 <= q.end <= opening), None)
            if before is not None:
                town = self._in_province(found[before], province)
                want = province.place.name if province.place.kind == "admin1" else province.place.admin1
                if town.place.admin1 == want or town.place.country != province.place.country \
                        or town.place.kind != "city":
                    out[before] = town
                    for i in inside:
                        out[i] = None  # (the bracket only qualifies it)
                    continue
                out[before] = None  # a namesake in another province: the village is no one knows
            elif not _UNKNOWN_BEFORE_BRACKET.search(text, max(0, opening - 60), opening + 1):
                continue
            for i in inside:
                out[i] = None
            if len(inside) > 1:
                d = found[inside[0]]
                same = [p for p, _s, _w in self.resolve(d.mention, country=province.place.country).candidates
                        if p.admin1 == (province.place.name if province.place.kind == "admin1" else province.place.admin1)]
                if same or d.place.country == province.place.country:
                    out[inside[0]] = PlaceMention(same[0] if same else d.place, d.mention, d.start, d.end,
                                                  max(2, d.geo_precision), d.score)
                    continue
            out[inside[-1]] = PlaceMention(province.place, province.mention, province.start, province.end,
                                           max(3 if "," in bracket.group(0) else 2, province.geo_precision), province.score)
        return [m for m in out if m is not None]

    def _towns_in_named_provinces(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "Nawa district in southern Helmand province", "al-Hawl in Syria's Hasakah province": a
        town told with the province it lies in is that province's namesake of it, and when the
        gazetteer holds none there, no town it knows (Nawa in Daraa, 1,900 km off, is not it): the
        province stays, to stand for it."""
        out: list[PlaceMention | None] = list(found)
        starts = {m.start: m for m in found}
        for i, town in enumerate(found):
            between = _PROVINCE_NAMED_AFTER.match(text, town.end) if town.place.kind == "city" else None
            province = starts.get(between.end()) if between else None
            if province is not None and province.place.kind == "district" and province.place.country == town.place.country \
                    and near_km(town.place, province.place) < 80:
                out[found.index(province)] = None   # "Djibo in Soum province": the town already says where
                continue
            if province is None or province.place.kind != "admin1" or town.place.admin1 == province.place.name \
                    or not (_PROVINCE_WORD.search(province.mention) or _PROVINCE_WORD.match(text, province.end)
                            or between.group("of")):
                continue
            there = self._in_province(town, province)
            out[i] = there if there.place.admin1 == province.place.name else None
        return [m for m in out if m is not None]

    def _in_province(self, town: PlaceMention, province: PlaceMention) -> PlaceMention:
        """The town's namesake in the province a bracket names, if the gazetteer holds one."""
        want = province.place.name if province.place.kind == "admin1" else province.place.admin1
        if town.place.admin1 == want or town.place.kind != "city":
            return town
        name = _KIND_WORD_AFTER.sub("", town.mention)  # ("Qarabagh district")
        same = [p for p, _s, _w in self.resolve(name, country=province.place.country).candidates
                if p.country == province.place.country and p.admin1 == want and p.kind == "city"]
        return town if not same else PlaceMention(same[0], town.mention, town.start, town.end, town.geo_precision,
                                                  town.score)


#: ACLED's bracket of a village's district and province: "(Kupianskyi, Kharkiv)", "(Mopti)"
_BRACKET = re.compile(r"\([^()]{2,80}\)")
#: "... in Tudun Biri (": a capitalised name, then the bracket that gives its district
_UNKNOWN_BEFORE_BRACKET = re.compile(r"\b[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*(?:\s+(?:village|town|area|camp))?\s*\($")
#: between a town and the province it lies in: "Nawa district in southern ", "al-Hawl in Syria's "
def hyphen_joined(text: str, end: int) -> bool:
    """Is the name ending at ``end`` joined by a hyphen to a capitalised word ("Donga-Mantung",
    "Kuki-Zo", "Aleppo-Damascus")? Unless that word is a place too, the name is half of another."""
    return text[end:end + 1] in ("-", "‐", "–") and text[end + 1:end + 2].isupper()


_PROVINCE_NAMED_AFTER = re.compile(
    r"(?:[ \t]+(?:district|village|town|sub-district|area|peninsula|islands?|valley|forest|camp))?,?[ \t]+in[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][a-z]+(?:'s|’s)[ \t]+)?"  # ("in Ecuador's northern province of Esmeraldas")
    r"(?:(?:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?|central|rural)[ \t]+)?(?:[A-Z][a-z]+(?:'s|’s)[ \t]+)?"
    r"(?P<of>(?:province|governorate|state|department|region)[ \t]+of[ \t]+)?"  # ("in the northern province of Esmeraldas")
    r"|,[ \t]+(?=(?-i:[A-Z])[\w'-]+(?:[ -](?-i:[A-Z])[\w'-]+){0,2}[ \t]+(?:oblast|province|governorate)\b)")  # ("Uman, Cherkasy oblast")
_PROVINCE_WORD = re.compile(r"[ \t]+(?:province|governorate|oblast)\b", re.I)  # (in the mention or after it)
_KIND_WORD_AFTER = re.compile(r"[ \t]+(?:district|village|town|sub-district|area)$", re.I)
