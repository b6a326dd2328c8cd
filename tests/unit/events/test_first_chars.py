"""Trying trigger patterns only at the words they can begin with finds exactly what
finditer finds (events/first_chars.py: TriggerLexicon.find and could_hold_event, find_dates)."""

import re
from pathlib import Path

from warmap.events.first_chars import alternatives, first_chars, first_pairs, word_starts
from warmap.events.triggers import TriggerMatch, load_triggers
from warmap.ingest import read_inputs
from warmap.nlp.sentences import split_sentences
from warmap.records import Article

ROOT = Path(__file__).resolve().parents[3]

# Sentences of my own with trigger words at the start, after hyphens and quotes, in capitals,
# and non-ASCII letters next to them.
OWN = [
    "Airstrikes hit a depot near the river on Monday.",
    "\"Clashes\" broke out; SHELLING resumed at dawn.",
    "Pro-government forces re-captured the village after a counter-attack.",
    "Ünits of the army stormed the base while İdlib was shelled.",
    "A hand-grenade was thrown; a car-bomb exploded; no-one was hurt.",
    "Aïrstrikes, sHelling and CLAshes; the village was shelled by artillery",
    "Troops fought at dawn; gunmen attacked; a",
    "x",
]


def _sentences():
    articles = [a for a in read_inputs([ROOT / "samples" / "corpus"]) if isinstance(a, Article)]
    return OWN + [a.text[s:e] for a in articles for s, e in split_sentences(a.text)]


def _reference_find(lex, sentence):
    found = [TriggerMatch(t.kind, m.start(), m.end(), m.group(0))
             for t in lex.triggers for m in t.pattern.finditer(sentence)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept = []
    for m in found:
        if not (kept and m.start < kept[-1].end):
            kept.append(m)
    return kept


def test_find_and_could_hold_event_match_a_full_scan():
    lex = load_triggers()
    sentences = _sentences()
    assert len(sentences) > 500
    for s in sentences:
        assert lex.find(s) == _reference_find(lex, s), s
        assert lex.could_hold_event(s) == (lex._any.search(s) is not None), s
    assert sum(bool(lex.find(s)) for s in sentences) > 100  # the scan did find triggers


def test_trigger_alternatives_are_tried_only_at_their_first_two_characters():
    # Wherever a trigger matches, its first alternative that matches there can begin with the
    # two characters found there (first_pairs), so the pair index tries it; and every one
    # begins with a word character, as find's walk over word starts assumes.
    lex = load_triggers()
    alts = {}
    for i, a, pairs in lex._alternatives:
        assert pairs is not None and pairs and all(p[0].isalnum() for p in pairs), a[:60]
        alts.setdefault(i, []).append((re.compile(r"\b(?:" + a + r")\b", re.I), pairs))
    assert len(lex._alternatives) > 5 * len(lex.triggers)  # the patterns were split
    checked = 0
    for s in _sentences():
        for i, t in enumerate(lex.triggers):
            for m in t.pattern.finditer(s):
                pair = s[m.start():m.start() + 2]
                if pair.isascii():
                    first = next(pairs for one, pairs in alts[i] if one.match(s, m.start()))
                    assert pair.lower() in first, (s, m.group(0))
                    checked += 1
    assert checked > 500


def test_first_pairs_of_patterns():
    assert first_pairs(re.compile(r"\b(?:the\s+)?(?:raid|strike)", re.I)) == {"th", "ra", "st"}
    assert first_pairs(re.compile(r"(?<!\w)(?=x)bomb")) == {"bo"}
    assert first_pairs(re.compile(r"(?:ab){0,1}cd|x{3}")) == {"ab", "cd", "xx"}
    assert first_pairs(re.compile(r"(?i:AB)c|DE")) == {"ab", "de"}  # lowercased
    assert first_pairs(re.compile(r"[^a]bc", re.I)) == {c.lower() + "b" for c in map(chr, range(128))} - {"ab"}
    assert first_pairs(re.compile(r"[\d-]\w", re.A)) == {a + b for a in "0123456789-"
                                                          for b in "abcdefghijklmnopqrstuvwxyz0123456789_"}
    assert first_pairs(re.compile("\u212aill", re.I)) == {"ki"}  # the Kelvin sign matches k and K
    assert first_pairs(re.compile("\u017fhell")) == frozenset()  # only a non-ASCII text matches
    assert first_pairs(re.compile(r"(?:a|bc)*d")) is None  # 'd' alone is one character
    assert first_pairs(re.compile(r"a?")) is None
    assert first_pairs(re.compile(r"(a)\1")) is None  # a back-reference: not read


def test_alternatives():
    assert alternatives(r"air\s*strikes?|(?:fir|launch)(?:ed|es)|[|(]bomb|a\|b") == [
        r"air\s*strikes?", r"(?:fir|launch)(?:ed|es)", r"[|(]bomb", r"a\|b"]
    assert alternatives(r"[]|]|[^]|]|[\]|]") == [r"[]|]", r"[^]|]", r"[\]|]"]
    assert alternatives(r"a)|(b") is None
    assert alternatives(r"(a|b") is None


def test_first_chars_of_optional_and_lookaround_starts():
    assert first_chars(re.compile(r"\b(?:the\s+)?(?:raid|strike)")) == frozenset("tTrRsS")
    assert first_chars(re.compile(r"(?<!\w)(?=x)bomb")) == frozenset("bB")
    assert first_chars(re.compile(r"a?")) is None  # can match empty
    assert first_chars(re.compile(r"[^a]bc")) is None  # a negated set: anything


def test_word_starts():
    assert word_starts("ISIS re-took al-Qaim.") == [0, 5, 8, 13, 16]


def test_date_rules_tried_at_their_words_match_as_finditer_does():
    # find_dates tries each date rule only at the words it can begin with (events/dates.py)
    from warmap.events import dates
    from warmap.events.first_chars import matches_at

    own = ("On Wednesday, June 25, 2014, and on the 3rd of March; SUNDAY, mid-Sept. 2015, early spring "
           "of 2016 (2016-03-04, 4/3/2016), three weeks ago, xMarch 3, ſunday, \u212aate; Ünder the 4th of July 2014.")
    texts = [own] + [a.text for a in read_inputs([ROOT / "samples" / "corpus"]) if isinstance(a, Article)]
    assert sum(r.firsts is not None for r in dates._RULES) >= 5  # most rules are tried at words only
    total = 0
    for text in texts:
        starts = word_starts(text)
        for lo, hi in [*dates._windows(text), (0, len(text)), (3, max(3, len(text) - 5))]:
            for rule in dates._RULES:
                ours = [m.span() for m in matches_at(rule.pattern, rule.firsts, text, starts, lo, hi)]
                assert ours == [m.span() for m in rule.pattern.finditer(text, lo, hi)], (rule.pattern.pattern[:50], lo)
                total += len(ours)
    assert total > 500


def test_find_with_a_trigger_whose_first_characters_cannot_be_read():
    # such a pattern is tried at every word that begins with two word characters (first_pairs)
    from warmap.events.triggers import parse_triggers

    lex = parse_triggers(r"""
[kinds]
clash = ["Battles", "Armed clash"]
air = ["Explosions/Remote violence", "Air/drone strike"]

[[trigger]]
kind = "clash"
pattern = '''(?:\w+\s+)?clash(?:es|ed)?'''

[[trigger]]
kind = "air"
pattern = '''air\s*strikes?|clash'''
""")
    assert first_chars(lex.triggers[0].pattern) is None and first_chars(lex.triggers[1].pattern) is not None
    for s in ["Heavy clashes and airstrikes, then a clash; Ünits clashed.", "Air strikes; clash"] + OWN:
        assert lex.find(s) == _reference_find(lex, s), s
        assert lex.could_hold_event(s) == (lex._any.search(s) is not None), s
    assert [m.kind for m in lex.find("Heavy clashes and airstrikes")] == ["clash", "air"]


def test_guarded_patterns_match_as_the_patterns_do():
    # guarded only puts a look-ahead for the first characters in front: every regular
    # expression of the extraction modules finds the same matches with it, at every start
    # and end position (the "...$" patterns are searched in a window ending at a word)
    import importlib
    import pkgutil

    import warmap.events
    from warmap.events.first_chars import guarded

    patterns = []
    for info in pkgutil.iter_modules(warmap.events.__path__):
        module = importlib.import_module(f"warmap.events.{info.name}")
        patterns += [p for p in vars(module).values() if isinstance(p, re.Pattern)]
    pairs = [(p, guarded(p)) for p in {p.pattern: p for p in patterns}.values()]
    assert sum(g is not p for p, g in pairs) > 30  # most could be guarded
    texts = OWN + ["Sgt. John Smith, 25, of Dayton, Ohio, was killed; 12 soldiers and 3 civilians died, $5",
                   "\u212aILLED \u017fix; no one was hurt. The toll rose to 20 since the fighting began."]
    texts += _sentences()[::5]
    for p, g in pairs:
        if g is p:
            continue
        for s in texts:
            assert [m.span() for m in g.finditer(s)] == [m.span() for m in p.finditer(s)], (p.pattern[:60], s)
            for end in range(0, len(s), 11):
                one, two = p.search(s, 0, end), g.search(s, 0, end)
                assert (one and one.span()) == (two and two.span()), (p.pattern[:60], s, end)


def test_guarded():
    from warmap.events.first_chars import guarded

    said = guarded(re.compile(r"\b(?:said|told|\d+)\b", re.I))
    assert said.pattern.startswith(r"(?=(?i:[\dst]))")
    assert [m.group(0) for m in said.finditer("He SAID 12 were told.")] == ["SAID", "12", "told"]
    mixed = guarded(re.compile(r"x|(?i:k)ill"))  # a case-insensitive part in a case-sensitive pattern
    assert [m.group(0) for m in mixed.finditer("Kill x X \u212aill")] == ["Kill", "x", "\u212aill"]
    for unknown in (r"a?", r"[^a]b", r".b", r"(?i)ab"):  # can be empty, a negated set, any, global flags
        assert guarded(re.compile(unknown)).pattern == unknown
