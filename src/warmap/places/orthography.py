"""English spellings of names GeoNames writes in a national orthography.

GeoNames writes Somalia's towns in the Somali Latin alphabet (Ceel Buur, Xuddur, Dhuusamarreeb,
Cadale), while English-language reports write them as they sound to an English reader (El Bur,
Hudur, Dusamareb, Adale): "c" is the voiced pharyngeal, silent in English at a word's start,
"x" is an h, "dh" a d, and doubled letters are long sounds written once. Somalia's names are
not folded like the Arabic-script countries' (``build.FOLDED``): a report must write one of
these spellings exactly, so nothing else of English prose can fall onto them.

>>> sorted(english_spellings("Ceel Buur", "SO"))
['El Bur', 'El Buur', 'Elbur', 'Elbuur']
>>> "Hudur" in english_spellings("Xuddur", "SO"), "Dusamareb" in english_spellings("Dhuusamarreeb", "SO")
(True, True)
>>> "El Waq" in english_spellings("Ceelwaaq", "SO")
True
"""

from __future__ import annotations

import re

__all__ = ["english_spellings"]

_PHARYNGEAL = re.compile(r"\b[Cc](?=[aeiouAEIOU])")
_LONG_VOWEL = re.compile(r"(?i)([aeiou])\1")
_INITIAL_LONG_VOWEL = re.compile(r"(?i)\b([aeiou])\1")
_DOUBLE_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1")


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


def english_spellings(name: str, country: str) -> set[str]:
    """Other spellings of ``name`` an English report may use (none but for Somalia's names)."""
    if country != "SO" or not re.search(r"[CcXx]|dh|Dh|([aeiou])\1", name):
        return set()
    # "Ceelbuur" (the well of Buur) is written "El Bur": the prefix as a word of its own
    name_split = re.sub(r"\bCeel(?=[b-df-hj-np-tv-z])", "Ceel ", name)
    base = " ".join(_title(w) for w in _PHARYNGEAL.sub("", name_split).replace("X", "H").replace("x", "h").split())
    base = _INITIAL_LONG_VOWEL.sub(r"\1", base)  # "Aadan Yabaal", "Ceel" -> "Adan Yabaal", "El"
    forms = {base, _LONG_VOWEL.sub(r"\1", base)}
    forms |= {_DOUBLE_CONSONANT.sub(r"\1", f) for f in forms}
    forms |= {f.replace("Dh", "D").replace("dh", "d") for f in forms}
    forms |= {"El" + f[3:].lower() for f in forms if f.startswith("El ") and " " not in f[3:]}  # "Elbur", "Elwaq"
    return {f for f in forms if f != name and len(f) >= 3}
