"""National acts at the capital: a coup, a state of emergency or another of ACLED's "Other"
developments whose report names no town ("the military had taken control of the country",
"soldiers seized power in Gabon") is coded, as ACLED codes it, at the country's capital at
geo-precision 3. The country is the acting side's own when the dictionary gives it one (Seleka
rebels seizing the palace act in the Central African Republic, whatever country the president
fled to), else the story's; with none, or no capital known, the event stays unplaced with its note.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from warmap.events.placing import UNPLACED_NOTE
from warmap.records import Event, Evidence, Place, PlaceMention

__all__ = ["at_the_capital"]


def at_the_capital(events: Sequence[Event], country: str | None,
                   capital_of: Callable[[str], Place | None]) -> list[Event]:
    """``events`` with each unplaced "Other" development placed at its country's capital."""
    out = []
    for e in events:
        if e.sub_event_type != "Other" or e.location is not None or not e.sources:
            out.append(e)
            continue
        home = e.actor1.actor.country if e.actor1 is not None and len(e.actor1.actor.country or "") == 2 else None
        capital = (capital_of(home) if home else None) or (capital_of(country) if country else None)
        if capital is not None:
            at = e.sources[0].start
            note = Evidence("place_note", f"a national act the report places in no town: coded at the capital, "
                            f"{capital.name}", -1, -1)
            e = dataclasses.replace(e, location=PlaceMention(capital, "", at, at, 3, 0.6),
                                    evidence=(*(v for v in e.evidence if v.text != UNPLACED_NOTE), note))
        out.append(e)
    return out
