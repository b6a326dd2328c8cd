"""Widening a named actor to the phrase around it that still means that actor.

"Nusra's Albu Kamal branch", "the local unit of Al-Qaeda's Syrian branch", "ISIL tactical
units", "ISIS fighters": the mention covers the whole phrase and keeps the named actor,
so an event's evidence quotes what the report said.
"""

from __future__ import annotations

import re

__all__ = ["widen"]

_UNIT = (r"(?i:branch(?:es)?|units?|wings?|cells?|brigades?|battalions?|factions?|divisions?|detachments?|contingents?|"
         r"affiliates?|chapters?|sections?|regiments?|squads?|squadrons?|companies|company|platoons?|"
         r"groups?|teams?|elements?|offshoots?|committees?|councils?|networks?|headquarters|HQ|commands?)")
_MEMBERS = (r"fighters|militants|forces|troops|members|militiamen|jihadists|gunmen|loyalists|rebels|"
            r"commanders?|soldiers|operatives|insurgents|terrorists|guerrillas|snipers|personnel|"
            r"extremists|combatants|recruits|emirs?|leaders?|officials?")
_MODIFIER = (r"(?:[A-Z][\w'-]*|\d+(?:st|nd|rd|th)?|local|tactical|regional|provincial|northern|southern|eastern|western|"
             r"central|elite|special|media|military|security|suicide|foreign|religious|sniper|artillery|armed|"
             r"intelligence|mobile|rapid|reaction|assault|commando|sleeper|covert|external|police|frontline|front-line|"
             r"senior|top|rank-and-file|hardline|mortar|terrorist|jihadist|extremist|militant|insurgent|Islamist|"
             r"armed|rebel|war|logistics|finance|propaganda)")
_RIGHT = re.compile(rf"(?:['\u2019]s)?(?:\s+{_MODIFIER}){{0,3}}\s+(?:{_UNIT})\b"
                    rf"|(?:['\u2019]s)?(?:\s+{_MODIFIER}){{0,2}}\s+(?:{_MEMBERS})\b")
_LEFT = re.compile(rf"(?:\b(?i:the|a|an|one|two|three|several|its|dozens of|hundreds of|some)\s+)?"
                   rf"\b(?:{_MODIFIER}\s+){{0,2}}(?i:{_UNIT}|{_MEMBERS})\s+"
                   rf"(?:of|from|belonging to|loyal to|affiliated with|associated with|allied with|linked to|tied to)\s+"
                   rf"(?:the\s+)?(?:(?:former|ex-)\s*)?$")
#: what _LEFT's match ends with, before spaces: "... of", "... of the", "... of the former", "ex-"
_LEFT_LAST_WORDS = ("of", "from", "to", "with", "the", "former", "ex-")
# "the terrorist group ISIL", "the jihadist organisation Hurras al-Din": a descriptor in apposition
_DESCRIBED = r"(?i:terrorist|jihadist|extremist|militant|insurgent|Islamist|armed|rebel|umbrella)"
_APPOSITION = re.compile(rf"\b(?i:the|a|an)\s+(?:{_DESCRIBED}\s+(?i:group|organi[sz]ation|network|movement|faction|militia|alliance)"
                         rf"|(?:{_DESCRIBED}\s+)?(?i:group|organi[sz]ation|movement|faction|militia|alliance)\s+"
                         rf"(?i:known as|called|calling itself|named)(?:\s+the)?)\s+$")


def widen(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The widened span of the mention ``text[start:end]``, kept inside ``[lo, hi)``.

    ``lo``/``hi`` are the ends of the neighbouring named mentions, so widening never
    swallows another actor.
    """
    tail = text[end:min(hi, end + 80)]
    m = _RIGHT.match(tail)
    if m and not _crosses_sentence(m.group()):
        end += m.end()
    head = text[max(lo, start - 80):start]
    # (_LEFT's search tries every position: only when the words it ends with end the head)
    m = (_LEFT.search(head) if head.rstrip().endswith(_LEFT_LAST_WORDS) else None) or _APPOSITION.search(head)
    if m and not _crosses_sentence(m.group()):
        start -= len(head) - m.start()
    return start, end


def _crosses_sentence(s: str) -> bool:
    return "\n" in s or ". " in s or "; " in s
