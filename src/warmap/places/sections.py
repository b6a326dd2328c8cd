"""Country sections of a digest: a page that reports several wars one after another.

A monitor's monthly or weekly digest (CrisisWatch, a UN briefing, a newsletter) puts each
country under a heading line of its own ("Sudan", then "Mali", then "Burkina Faso"). Read
as one story of one country, the page lends Sudan's armed groups to Mali's "rebels" and
looks for Mali's towns in Sudan. Read section by section, each part has its own country.

>>> from warmap.records import Place, PlaceMention
>>> sd, ml = (Place(n, cc, None, 0.0, 0.0, kind="country") for n, cc in (("Sudan", "SD"), ("Mali", "ML")))
>>> text = "Sudan\\n" + "Fighting went on. " * 12 + "\\n\\nMali\\n" + "Talks went on. " * 12
>>> found = [PlaceMention(sd, "Sudan", 0, 5), PlaceMention(ml, "Mali", text.index("Mali"), text.index("Mali") + 4)]
>>> [(s.country, s.start) for s in country_sections(text, found)]
[('SD', 0), ('ML', 224)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warmap.records import PlaceMention

__all__ = ["Section", "country_sections"]

#: The least text (characters) under a heading for it to head a section: a line of topic
#: tags ("Syria", "Iraq", "Middle East" one under another) heads nothing.
_MIN_SECTION = 150


@dataclass(frozen=True)
class Section:
    """``text[start:end]`` is about ``country`` (None: the page's own country, before any heading)."""

    start: int
    end: int
    country: str | None


def country_sections(text: str, places: Sequence[PlaceMention]) -> list[Section]:
    """The page cut at lines that are only a country's name, when at least two such
    headings of different countries each head a section; else an empty list (one story)."""
    heads = [m for m in places if m.place.kind == "country" and _alone_on_line(text, m)]
    heads = [m for m, nxt in zip(heads, [*heads[1:], None])
             if (nxt.start if nxt is not None else len(text)) - m.end >= _MIN_SECTION]
    if len({m.place.country for m in heads}) < 2:
        return []
    cuts = [h.start for h in heads] + [len(text)]
    lead = [Section(0, heads[0].start, None)] if heads[0].start > 0 else []
    return lead + [Section(start, end, h.place.country) for h, start, end in zip(heads, cuts, cuts[1:])]


def _alone_on_line(text: str, m: PlaceMention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:m.start].strip() and not text[m.end:line_end].strip() and line_end < len(text)
