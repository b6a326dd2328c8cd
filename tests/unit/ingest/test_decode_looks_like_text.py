"""looks_like_text counts control and odd characters with the regex engine; the counts are
those of a loop over every character by Unicode category (ingest/decode.py)."""

import random
import unicodedata

from warmap.ingest.decode import _ALLOWED_CONTROLS, _TYPOGRAPHY, looks_like_text


def _by_category(text: str) -> bool:
    if not text:
        return True
    sample = text[:100_000]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    if controls > max(2, len(sample) // 200):
        return False
    odd = sum(1 for c in sample if ord(c) > 127 and not (c.isalpha() or c.isspace() or c in _TYPOGRAPHY)
              and not (ord(c) >= 0x2000 and unicodedata.category(c) not in ("Co", "Cn", "Cs") and c != "\ufffd"))
    return odd <= max(3, len(sample) // 20)


def test_same_verdict_as_a_loop_by_category():
    prose = "Rebels took the town of Morek on Tuesday.\tThey said\r\n\f\v so. "
    rng = random.Random(7)
    alphabet = [*prose, "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "é", "–", "\u2028", "\ufffd", "€", "✓", "\U0001f600"]
    texts = ["", prose * 20, prose * 20 + "\x00\x01\x02", prose + "\x85\x9f\x7f", "\ufffd" * 50 + prose]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 400))) for _ in range(500)]
    verdicts = [looks_like_text(t) for t in texts]
    assert verdicts == [_by_category(t) for t in texts]
    assert True in verdicts and False in verdicts  # both verdicts were reached
    assert not looks_like_text(prose + "\x80\x81\x82\x83")  # C1 controls count as controls


def test_a_chat_export_with_emoji_and_rules_is_text_and_misread_bytes_are_not():
    summary = "🔴 DAILY SUMMARY | Sunday, 4 August 2024\n" + ("━" * 40 + "\n📍 LASHIO\n" + "━" * 40 + "\n"
               "▪️ Fighters captured the command headquarters in the city on Saturday.\n") * 3
    assert looks_like_text(summary)
    misread = bytes(range(0xA1, 0x100)).decode("latin-1") * 4  # bytes read as Latin-1: symbols among letters
    assert not looks_like_text("Rebels took the town. " + misread.replace("ª", "").replace("º", "")
                               .translate({c: None for c in range(0xC0, 0x100)}))
    assert not looks_like_text("Rebels took the town. " + "\ufffd" * 200)
