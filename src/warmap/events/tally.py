"""Tallies: sentences that sum many events ("conducted 34 strikes", "detained across the country")
or speak of a whole country ("In Syria, the Coalition conducted 12 strikes"), which no one place
holds. ACLED codes the lines of such a tally, if a report gives them, not the tally."""

from __future__ import annotations

import re
from collections.abc import Sequence

from warmap.events.first_chars import guarded
from warmap.events.reading import COMPASS
from warmap.records import PlaceMention

# "conducted 34 strikes", "carrying out 17 strikes made up of 45 engagements": a tally of many
TALLY = guarded(re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:dozens|hundreds|thousands)\s+of)\s+"
                           r"(?:separate\s+|more\s+|air\s*|precision\s+|coalition\s+)?(?:strikes|airstrikes|raids|sorties"
                           r"|engagements|missions)\b"  # (or spread over places: "in different provinces", "across the country")
                           r"|\bin\s+(?:different|several|various|multiple|many|a\s+number\s+of)\s+(?:provinces|districts|regions|areas|towns|villages|cities)\b|\b(?:across|throughout)\s+the\s+country\b", re.I))


_IN_REGION = re.compile(
    # (not where someone was: "while the prime minister was in Kenya")
    r"(?:(?i:\b(?:(?<!was\s)(?<!were\s)(?<!\sis\s)(?<!are\s)(?<!been\s)in|across|over|inside|into|throughout)\s+(?:the\s+)?"
    rf"(?:(?:far\s+)?{COMPASS}\s+|central\s+)?)"
    # "attacks on the towns of North and East Syria": the country's towns, no one of them
    r"|(?i:\b(?:towns|cities|villages|areas|regions|provinces|parts|border\s+towns)\s+of\s+)(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3})$")

#: a country named as the owner of a named site ("broke into Guatemala's Congress building"):
#: the site's town, not the country's tally
_SITE_OF_COUNTRY = re.compile(r"['’]s\s+(?-i:[A-Z])[a-z]+\s+(?:building|palace|headquarters|compound|complex|embassy)\b"
                              r"|['’]s\s+(?:parliament|congress|presidential\s+palace|national\s+assembly|supreme\s+court)\b",
                              re.I)


def countries_as_areas(text: str, places: Sequence[PlaceMention]) -> set[str]:
    """Countries a sentence names as the area it speaks of ("In Syria, the Coalition conducted 12
    strikes"): a tally no place holds. Not one named as a site's owner (``_SITE_OF_COUNTRY``)."""
    return {p.place.country for p in places if p.place.kind == "country"
            and _IN_REGION.search(text, max(0, p.start - 30), p.start) and not _SITE_OF_COUNTRY.match(text, p.end)}
