"""Acronyms a report defines for itself.

"Somali National Army (SNA) forces" makes every "SNA" of that report the Somali army, whatever
the dictionary's "SNA" is (the Syrian National Army); "the Mozambican Defence and Security Forces
(FDS)" makes a later "the FDS" a mention the dictionary alone would not find. The definition is the
acronym in brackets right after a mention; it holds for the whole text and only for it.
"""

from __future__ import annotations

import dataclasses
import re

from warmap.records import Actor, ActorMention

#: "(SNA)", "(ISWAP)", "(CJTF-OIR)", "(M23)": two capitals or more, no spaces, right after a name
_BRACKETED = re.compile(r"[ \t]?\(((?=[A-Za-z0-9.-]*[A-Z][A-Za-z0-9.-]*[A-Z])[A-Za-z][A-Za-z0-9.-]{1,11})\)")


def with_defined_acronyms(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each acronym the text defines standing for its name.

    The bracketed acronym itself is dropped (its name is the mention); later uses take the name's
    actor. A generic name ("Kurdish fighters (YPG)") does not override an acronym the dictionary
    knows as a named actor: the acronym says more than the description."""
    defined: dict[str, tuple[Actor, bool]] = {}
    bracketed: set[int] = set()
    for m in mentions:
        b = _BRACKETED.match(text, m.end)
        if b is None:
            continue
        acronym = b.group(1)
        own = next((o for o in mentions if o.start == b.start(1)), None)
        if own is not None:
            bracketed.add(own.start)
            if m.generic and not own.generic and own.actor.id != m.actor.id:
                continue
        defined.setdefault(acronym, (m.actor, m.generic))
    if not defined:
        return mentions
    # a use of the acronym as a word (not inside a longer one, and not the bracketed definition)
    words = {a: re.compile(rf"(?<![\w(-]){re.escape(a)}(?![\w)-])") for a in defined}
    out: list[ActorMention] = []
    for m in mentions:
        if m.start in bracketed:
            continue
        named = next((a for a, word in words.items() if word.search(m.mention)), None)
        if named is not None and defined[named][0].id != m.actor.id:
            actor, generic = defined[named]
            m = dataclasses.replace(m, actor=actor, generic=generic)
        out.append(m)
    for acronym, (actor, generic) in defined.items():
        for hit in words[acronym].finditer(text):
            if not any(o.start < hit.end() and hit.start() < o.end for o in out):
                out.append(ActorMention(actor, acronym, hit.start(), hit.end(), generic=generic))
    return sorted(out, key=lambda m: m.start)
