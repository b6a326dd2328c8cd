"""File bytes to text, or an ``InputError`` whose message says what to do.

Reports come from scrapers, e-mail exports and Windows editors, so UTF-8 is tried
first (with or without a BOM), UTF-16/32 only with a BOM, and Windows-1252 and
Latin-1 last, and only when the result reads like text. Binary files (NUL bytes,
many control characters) are refused rather than decoded into noise.

>>> decode_bytes("Rebels took Morek.".encode("cp1252"))
'Rebels took Morek.'
"""

from __future__ import annotations

import codecs
import unicodedata

from warmap.errors import InputError

__all__ = ["decode_bytes", "looks_like_text"]

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
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    if controls > max(2, len(sample) // 200):
        return False
    odd = sum(1 for c in sample if ord(c) > 127 and not (c.isalpha() or c.isspace() or c in _TYPOGRAPHY))
    return odd <= max(3, len(sample) // 20)


def _binary() -> InputError:
    return InputError("looks like a binary file, not text; save it as UTF-8 .txt or .html and try again")


def decode_bytes(data: bytes) -> str:
    """The text in ``data``; raises ``InputError`` for binary or undecodable bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()}; re-save it as UTF-8") from exc
            if not looks_like_text(text):
                raise _binary()
            return text
    if b"\x00" in data[:65536]:
        raise _binary()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not looks_like_text(text):
            raise _binary()
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if looks_like_text(text):
            return text
        break
    raise InputError("is neither UTF-8 nor Windows-1252/Latin-1 text; re-save it as UTF-8")
