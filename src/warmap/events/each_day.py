"""One event per day when a sentence counts several events and gives each its day: "claiming two
suicide bombings at the Solban base in Aden on Dec. 10 and Dec. 18", "twin attacks on Monday and
Wednesday". ACLED codes one event per day; the reading found one, dated by the first day."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence

from warmap.records import Event, Evidence

#: A count of events of one kind: "two suicide bombings", "twin attacks", "both strikes".
_COUNTED = re.compile(r"\b(?:two|three|twin|both)\s+(?:[\w-]+\s+){0,2}?(?:bombings|attacks|strikes|airstrikes|"
                      r"raids|assaults|blasts|explosions|ambushes)\b", re.I)
#: What joins the days: "on Dec. 10 and Dec. 18", "on Monday and on Wednesday".
_AND = re.compile(r"^\s*(?:,\s*)?(?:and|&)\s+(?:on\s+)?$", re.I)


def each_day(events: Sequence[Event], dates) -> list[Event]:
    """``events`` with a copy of each counted event for every further day its sentence joins to
    its own by "and" (``dates``: the article's date windows, a ``SpanIndex``)."""
    out: list[Event] = []
    for e in events:
        w, src = e.when, e.sources[0] if e.sources else None
        if src is None or w.precision != "day" or w.start is None or not _COUNTED.search(src.sentence):
            out.append(e)
            continue
        days = [d for d in dates.starting_in(src.start, src.end) if d.precision == "day"]
        text, further = src.sentence, []
        for before, after in zip(days, days[1:]):
            if before.start == w.start and before.end is not None \
                    and _AND.match(text[before.end - src.start:after.start - src.start]):
                further.append(after)
                w = after
        copies = [e] + [dataclasses.replace(
            e, id=hashlib.sha1(f"{e.id}:{d.date}".encode()).hexdigest()[:16], when=d,
            evidence=tuple(v for v in e.evidence if v.field != "date") + (
                Evidence("date", d.mention or "", d.start or -1, d.end or -1),)) for d in further]
        if further and e.fatalities is not None and not _EACH.search(text):
            # a total told for all the days is divided across them, the extra to the first (ACLED)
            share, extra = divmod(e.fatalities, len(copies))
            note = Evidence("fatality_note", f"a total of {e.fatalities} divided across {len(copies)} days", -1, -1)
            copies = [dataclasses.replace(c, fatalities=share + (extra if i == 0 else 0), evidence=(*c.evidence, note))
                      for i, c in enumerate(copies)]
        out += copies
    return out


_EACH = re.compile(r"\beach\b", re.I)
