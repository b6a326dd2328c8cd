"""How many people one sentence says were killed, with the words that say it.

ACLED records the lowest reported figure: "between 20 and 30" is 20, "dozens" 12,
"hundreds" 100, "several" / "a few" 3, "many" 10. Counts of wounded, fighters,
families, ages, years and unit numbers ("Division 17") are not deaths. When the
sentence does not tie a number to a death, the answer is ``None``, never a guess.

>>> find_fatalities("The raid killed at least 15 people and wounded 40.")
(15, 25, 27)
"""

from __future__ import annotations

import re

from warmap.events.first_chars import guarded
from warmap.events.vocabulary import alternation

__all__ = ["find_fatalities", "parse_number", "NUMBER"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
#: Vague quantities, coded the way ACLED's codebook does.
_VAGUE = {
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1000,
    "several": 3, "few": 3, "a few": 3, "a handful": 3, "a number": 3,
    "many": 10, "numerous": 10, "a dozen": 12, "a score": 20,
}

_WORD = "|".join(sorted([*_UNITS, *_SCALES], key=len, reverse=True))
_WORDNUM = (
    rf"(?:(?:a|one)\s+)?(?:{_WORD})(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+(?:{_WORD})"
    rf"|(?:\s+|-)(?:{_WORD}))*"
)
_DIGITS = r"(?<![\d.,:/$£€#])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d:/]|[.,]\d|st\b|nd\b|rd\b|th\b|%)"
_VAGUEPAT = (r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands"
             r"|several|a\s+few|few|a\s+handful|a\s+number|many|numerous|a\s+dozen|a\s+score")
_ONE = rf"(?:{_DIGITS}|{_WORDNUM}|{_VAGUEPAT})"
#: One count, or a range whose lowest end ACLED records ("between 20 and 30", "20-30", "two or three").
NUMBER = re.compile(
    rf"\b(?:between\s+)?(?P<n1>{_ONE})(?:\s*(?:-|–|\bto\b|\bor\b|(?<=\w)\s+and\b)\s*(?P<n2>{_ONE}))?\b",
    re.IGNORECASE,
)

_QUAL = (r"(?:(?:at\s+least|some|about|around|nearly|almost|approximately|roughly|more\s+than|over"
         r"|up\s+to|as\s+many\s+as|an\s+estimated|a\s+total\s+of|no\s+fewer\s+than|no\s+less\s+than"
         r"|an\s+additional|another|a\s+further|the|all|only|just|at\s+most)\s+)*")
# Words after a number that make it something other than a head count.
_NOT_COUNT_AFTER = re.compile(
    r"\s*(?:-?\s*years?[- ]old|-year|-strong|-day|-mm|-km|-metre|-meter|-kilo|-storey|-hour|-month"
    r"|-man\b|-member|-page|-point"
    r"|\s*(?:%|percent|per\s+cent|days?|weeks?|months?|years?|hours?|minutes?|km|kilomet\w+|miles?"
    r"|met(?:re|er)s?|am\b|pm\b|a\.m|p\.m|o'clock|times|dollars|tons?|tonnes?|kg|mm"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))",
    re.IGNORECASE,
)
_NOT_COUNT_BEFORE = guarded(re.compile(
    r"(?:\b(?:division|brigade|regiment|battalion|squadron|unit|route|highway|road|resolution|camp"
    r"|base|no\.?|number|article|chapter|section|page|flight|building|block|gate|checkpoint|hill"
    r"|point|sector|zone|street|the\s+year|in|since|during|until|of\s+the|aged|age|January|February"
    r"|March|April|May|June|July|August|September|October|November|December|including"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
    r"|among\s+them|of\s+whom|among\s+whom|of\s+them"
    r"|sentenced|condemned|convicted|jailed|indicted|acquitted"  # "sentenced six men to death"
    r"|how|so|too)\s*$|[$£€#]\s*$)",  # "not clear how many were killed": no count
    re.IGNORECASE,
))

_DEATH = re.compile(rf"{alternation('deaths', 'words')}\b", re.IGNORECASE)
_AUX = frozenset("were was have has had been are is being reportedly also all later now allegedly "
                 "confirmed believed said reported to who that which".split())
# Words that end a count's noun phrase: the count belongs to some other predicate.
_BREAK = frozenset(
    "wounded injured hurt wounding injuring arrested detained captured kidnapped abducted "
    "displaced fled missing but while when as after before took said told went came fought held "
    "made began ran fell left lost by with from for into against in on at near".split())
# -ed / -ing words that can sit inside a noun phrase ("12 armed men", "Iranian-backed fighters").
_ADJ_OK = frozenset("armed unarmed suspected alleged accused masked hooded trained backed allied "
                    "affiliated linked so-called fighting-age uniformed unidentified detained "
                    "kidnapped abducted captured besieged displaced wounded".split())
_TOKEN = re.compile(r"\s*([,;:()]|[A-Za-z][\w'’-]*|\d[\d,]*)")


#: Nouns a count before a death word can count instead of the dead ("one strike killed ...").
_WEAPON_COUNTED = frozenset("strike strikes airstrike airstrikes raid raids attack attacks bomb bombs blast blasts "
                            "explosion explosions shell shells rocket rockets missile missiles mortar mortars "
                            "drone drones bombing bombings engagement engagements sortie sorties".split())


#: "14 of them", "most of whom": a part of the count just given
_PART_OF_THEM = re.compile(r"[\w-]+\s+of\s+(?:them|whom)\b", re.IGNORECASE)


#: the object of an active killing verb: "shot dead a policeman", "killed the village chief"
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+)\s", re.I)


def _right(sentence: str, end: int, counts) -> tuple[int, int] | None:
    """Scan after a count for its death word: "12 Syrian soldiers were killed" -> (12-list total, end)."""
    pos, n, after_aux, prev = end, 0, False, ""
    extra, last, skip = 0, end, False
    while n < 12:
        d = _DEATH.match(sentence, pos + len(sentence[pos:]) - len(sentence[pos:].lstrip()))
        if d and not skip:
            if re.match(r"\s+(?:or|and/or)\s+(?:wounded|injured|hurt)\b", sentence[d.end():], re.IGNORECASE):
                return None  # "killed or wounded" is a casualty count
            if not after_aux and _OBJECT_AFTER.match(sentence, d.end()):
                return None  # "two gunmen shot dead a policeman": the count is of who killed
            return extra, last
        m = _TOKEN.match(sentence, pos)
        if m is None:
            return None
        t, pos, n = m.group(1).lower(), m.end(), n + 1
        if skip:
            if t == ",":
                skip = False
            continue
        if t in (";", ":", "(", ")"):
            return None
        if t == ",":
            nxt = _TOKEN.match(sentence, pos)
            if nxt and (nxt.group(1).lower() in ("including", "among", "mostly", "mainly", "most", "all")
                        or _PART_OF_THEM.match(sentence, nxt.start(1))):
                skip = True  # (", 14 of them children,": a part of the count, in apposition)
            prev = t
            continue
        if t[0].isdigit() or t in _UNITS:
            if prev not in ("and", ","):
                return None
            c = next((c for c in counts if c[1] == m.start(1)), None)
            if c is None or re.match(r"\s+of\s+(?:them|whom|those|these)\b", sentence[c[2]:]):
                return None
            extra, last, pos = extra + c[0], c[2], c[2]
            prev = t
            continue
        if t in _AUX:
            after_aux = True
        elif after_aux and t not in ("the", "of"):
            return None
        elif t == "and":
            nxt = _TOKEN.match(sentence, pos)
            if not nxt or not (nxt.group(1)[0].isdigit() or nxt.group(1).lower() in _UNITS):
                return None
        elif t in _BREAK and t not in _ADJ_OK:
            return None
        elif t in _WEAPON_COUNTED:
            return None  # "two strikes killed five fighters": the count is of strikes
        elif t.endswith(("ed", "ing")) and t.split("-")[-1] not in _ADJ_OK and t not in _ADJ_OK:
            return None
        prev = t
    return None


_LEFT = guarded(re.compile(
    rf"\b(?:(?P<verb>killing|killed|kills|kill|executed|executing|executes|massacred|massacring"
    rf"|beheaded|beheading|slaughtered|slaughtering|murdered|murdering|shot\s+dead|shooting\s+dead"
    rf"|gunned\s+down|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|took\s+the\s+lives\s+of"
    rf"|the\s+lives\s+of|bodies\s+of|corpses\s+of|remains\s+of|deaths\s+of|death\s+of"
    rf"|(?:killings?|murders?|executions?|massacre)\s+of"
    rf"|(?:death|fatality)\s+toll\s+(?:\w+\s+){{0,4}}?(?:to|at|of|reached|hit|is|was|stands|stood)"
    rf"|toll\s+(?:\w+\s+){{0,3}}?(?:rose|rises|climbed|reached|hit|stands|stood|increased)\s+(?:to|at)?)"
    rf"|(?P<leave>left|leaving|leaves))\s+{_QUAL}$",
    re.IGNORECASE,
))
_SINGULAR = (r"(?:man|woman|boy|girl|child|baby|infant|civilian|soldier|fighter|officer|policeman"
             r"|journalist|doctor|activist|person|commander|militant|rebel|teenager|student|farmer"
             r"|shepherd|resident|driver|leader|emir|member|pilot|nurse|teacher|cleric|worker|guard"
             r"|judge|official|colonel|general|sheikh|imam|photographer|reporter|operative|jihadist|insurgent"
             r"|policewoman|trader|worshipper|villager|gunman)")
_SINGLE_RIGHT = guarded(re.compile(
    rf"\b(?P<np>(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_SINGULAR})\b(?:,[^,]{{1,40}},)?\s+"
    rf"(?:was|has\s+been|had\s+been|is|got)\s+(?:also\s+|reportedly\s+|later\s+)?"
    rf"(?:killed|executed|shot\s+dead|beheaded|murdered|slain|gunned\s+down|martyred)\b"
    rf"|\b(?P<np2>(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_SINGULAR})\s+died\b",
    re.IGNORECASE,
))
_SINGLE_LEFT = guarded(re.compile(
    rf"\b(?:killing|killed|kills|executed|executing|beheaded|beheading|murdered|shot\s+dead"
    rf"|gunned\s+down)\s+(?P<np>(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_SINGULAR}|him\b"
    rf"|her(?=\s*[,.;]|\s+(?:and|in|on|at|with|while|as)\b|\s*$))",
    re.IGNORECASE,
))
_NONE_KILLED = guarded(re.compile(r"\b(?:no\s+one|nobody|none)\s+(?:was|were|has\s+been|had\s+been)\s+(?:killed|hurt|harmed)"
                                  r"|\bno\s+(?:casualties|deaths|fatalities|one\s+(?:was\s+)?killed)\b"
                                  r"|\bkill(?:ed|ing)\s+no\s+one\b|\bwithout\s+(?:casualties|fatalities)\b",
                                  re.IGNORECASE))


def parse_number(words: str) -> int | None:
    """The value of one count: digits ("2,000"), words ("twenty-three") or ACLED's vague words.

    >>> parse_number("two hundred and fifty"), parse_number("dozens"), parse_number("1,200")
    (250, 12, 1200)
    """
    w = " ".join(words.lower().replace("-", " ").split())
    if not w:
        return None
    if w[0].isdigit():
        try:
            return int(w.replace(",", ""))
        except ValueError:
            return None
    if w in _VAGUE:
        return _VAGUE[w]
    if w in ("tens of thousands", "hundreds of thousands"):
        return 10_000 if w.startswith("tens") else 100_000
    total, current, seen = 0, 0, False
    for tok in w.split():
        if tok in ("a", "and"):
            if tok == "a":
                current = max(current, 1)
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in ("hundred", "dozen"):
            current = max(current, 1) * _SCALES[tok]
        elif tok in ("thousand", "million"):
            total += max(current, 1) * _SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


#: a person's age in apposition: "Scott Dayton, 42, of Woodbridge", "a mother, 31, and her child"
_AGE = re.compile(r",\s+(?:of|from|who|and|was|were|died|had|a|an)\b")
_NAMED_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w.'-]+|\b(?:man|woman|boy|girl|mother|father|son|daughter|soldier|officer|"
                           r"sergeant|resident|farmer|driver|journalist)),\s+$")


_NUMBER_HERE = guarded(NUMBER)  # NUMBER's own text goes into other patterns (items.py)


def _counts(sentence: str):
    """Every number in the sentence that can be a head count: (value, start, end)."""
    for m in _NUMBER_HERE.finditer(sentence):
        start, end = m.start("n1"), m.end("n2") if m.group("n2") else m.end("n1")
        if _NOT_COUNT_AFTER.match(sentence, end) or _NOT_COUNT_BEFORE.search(sentence, 0, start):
            continue
        n1 = m.group("n1")
        if re.fullmatch(r"(?:19|20)\d\d", n1) and not re.match(r"\s+(?:people|civilians|dead|killed)\b", sentence[end:]):
            continue  # a year
        if n1.lower() == "one" and re.match(r"\s+(?:of\s+(?:the|its|their|his)\s+)?(?:another|day|time)\b", sentence[end:]):
            continue
        if _AGE.match(sentence, end) and _NAMED_BEFORE.search(sentence, 0, start):
            continue  # "Sgt. John Smith, 25, of Dayton, Ohio, was killed": an age
        values = [parse_number(n1)]
        if m.group("n2"):
            values.append(parse_number(m.group("n2")))
        vals = [v for v in values if v is not None]
        if vals:
            yield min(vals), start, end, m


def find_fatalities(sentence: str) -> tuple[int, int, int] | None:
    """The people the sentence says were killed: (number, start, end of the number words).

    A death toll wins over other figures; counts joined by "and" in one list add up
    ("killing 5 soldiers and 3 civilians" is 8); "including 5 children" is a subset.
    """
    found: list[tuple[int, int, int, int]] = []  # (rank, value, start, end); lower rank wins
    counts = list(_counts(sentence))
    for value, start, end, _m in counts:
        left = sentence[max(0, start - 80):start]
        lm = _LEFT.search(left)
        if lm:
            if lm.group("leave") and not re.match(
                    r"(?:\s+[\w'’-]+){0,3}?\s+(?:dead|killed)\b", sentence[end:], re.IGNORECASE):
                continue
            rank = 0 if "toll" in (lm.group("verb") or "").lower() else 1
            total, last = _add_list(sentence, counts, value, end)
            found.append((rank, total, start, last))
            continue
        rm = _right(sentence, end, counts)
        if rm is not None:
            extra, last = rm
            found.append((1, value + extra, start, last))
    if found:
        found.sort(key=lambda f: (f[0], f[2]))
        _rank, value, start, end = found[0]
        return value, start, end
    for pat in (_SINGLE_RIGHT, _SINGLE_LEFT):
        m = pat.search(sentence)
        if m:
            g = "np2" if m.groupdict().get("np2") else "np"
            return 1, m.start(g), m.end(g)
    m = _NONE_KILLED.search(sentence)
    if m:
        return 0, m.start(), m.end()
    return None


def _add_list(sentence: str, counts, value: int, end: int) -> tuple[int, int]:
    """Add the counts that continue a list after a kill verb: "killing 5 soldiers and 3 civilians"."""
    total, last = value, end
    for v, s, e, _m in counts:
        if s <= last:
            continue
        gap = sentence[last:s]
        if re.fullmatch(r"(?:\s+[A-Za-z][\w'’-]*){0,4}?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)", gap) and not re.search(
                r"\b(?:wound\w*|injur\w*|including|among|of)\b", gap, re.IGNORECASE):
            after = sentence[e:e + 40]
            if re.match(r"\s+(?:\w+\s+){0,2}?(?:wounded|injured|hurt)\b", after, re.IGNORECASE):
                break
            if re.match(r"\s+(?:of\s+(?:them|whom)|among\s+them)\b", after, re.IGNORECASE):
                break  # "killing 14 people, seven of them Iranians": a part of the count, not more
            total, last = total + v, e
        else:
            break
    return total, last
