"""File bytes to text, or an ``InputError`` whose message says what to do.

Reports come from scrapers, e-mail exports and Windows editors, so UTF-8 is tried
first (with or without a BOM), UTF-16/32 only with a BOM, and Windows-1252 and
Latin-1 last, and only when the result reads like text. A UTF-8 file with a few
invalid bytes (its other non-ASCII characters valid UTF-8) stays UTF-8: the bad bytes
become U+FFFD and ``decode`` says how many, rather than the whole file turning into
Windows-1252 mojibake. Binary files (NUL bytes, many control characters) are refused
rather than decoded into noise.

>>> decode_bytes("Rebels took Morek.".encode("cp1252"))
'Rebels took Morek.'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

from warmap.errors import InputError

__all__ = ["Decoded", "decode", "decode_bytes", "looks_like_text", "without_surrogates"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
# Punctuation that word processors put into ordinary prose.
_TYPOGRAPHY = set("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u00ab\u00bb\u00b7\u00a0\u00b0\u00a7\u00a9\u00ae\u2122\u20ac\u00a3\u00bd\u2032\u060c\u061b\u061f")


def looks_like_text(text: str) -> bool:
    """True when ``text`` reads as prose: almost no control characters, mostly plain letters."""
    if not text:
        return True
    sample = text[:100_000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 200):
        return False
    # only non-ASCII characters can be odd: most texts have none or a few, read one by one
    odd = sum(1 for c in _NON_ASCII.findall(sample) if not (c.isalpha() or c.isspace() or c in _TYPOGRAPHY
                                                             or _symbol_of_prose(c)))
    return odd <= max(3, len(sample) // 20)


def _symbol_of_prose(c: str) -> bool:
    """An emoji, a box-drawing rule, a bullet or an arrow, as chat exports and newsletters use
    them ("🔴", "━━━", "▪️"): all above U+2000, where bytes misread as Latin-1 or cp1252 never
    land; not the replacement character, private-use or unassigned code points."""
    return ord(c) >= 0x2000 and c != "\ufffd" and unicodedata.category(c) not in ("Co", "Cn", "Cs")


# The control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) but tab,
# newline, carriage return, form and line feed; found by the regex engine, not a loop.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _binary() -> InputError:
    return InputError("looks like a binary file, not text; save it as UTF-8 .txt or .html and try again")


class Decoded(NamedTuple):
    """Decoded text and how many bytes could not be decoded (each is now U+FFFD)."""

    text: str
    replaced: int = 0


def decode_bytes(data: bytes) -> str:
    """The text in ``data``; raises ``InputError`` for binary or undecodable bytes."""
    return decode(data).text


def _mostly_utf8(data: bytes) -> Decoded | None:
    """``data`` as UTF-8 with its invalid bytes replaced, when it is UTF-8 with a few bad
    bytes: at least as many valid multi-byte characters as bad bytes, and under 1% bad."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for c in text if ord(c) > 127) - bad
    if multibyte >= bad and bad <= max(3, len(data) // 100):
        return Decoded(text, bad)
    return None


def decode(data: bytes, *, allow_nul: bool = False) -> Decoded:
    r"""The text in ``data`` and the count of bytes replaced; ``InputError`` for binary or
    undecodable data. ``allow_nul`` lets a few NUL bytes through (JSON Lines: the record
    holding one is skipped, not the file).

    >>> decode("Kobani \u2013 the YPG held the town.".encode() + b"\xff")
    Decoded(text='Kobani – the YPG held the town.�', replaced=1)
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()}; re-save it as UTF-8") from exc
            if not looks_like_text(text):
                raise _binary()
            return Decoded(text)
    if b"\x00" in data[:65536] and not allow_nul:
        raise _binary()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not looks_like_text(text):
            raise _binary()
        return Decoded(text)
    mostly = _mostly_utf8(data)
    if mostly is not None:
        if not looks_like_text(mostly.text):
            raise _binary()
        return mostly
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if looks_like_text(text):
            return Decoded(text)
        break
    raise InputError("is neither UTF-8 nor Windows-1252/Latin-1 text; re-save it as UTF-8")


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> Decoded:
    r"""``text`` with lone surrogates (JSON's "\ud800" escapes, which no encoder can
    write) replaced by U+FFFD, and how many there were.

    >>> without_surrogates("Raqqa\ud800")
    Decoded(text='Raqqa�', replaced=1)
    """
    fixed, n = _SURROGATE.subn("\ufffd", text)
    return Decoded(fixed, n)
