"""How the rules alone do on the short ACLED-style snippets of tests/unit/events/learned_snippets.tsv
(two per sub-event type, from many wars, plus non-events): how many give their sub-event type,
how many give no event at all, and which.

    python bench/snippets_rules.py
"""

from __future__ import annotations

from pathlib import Path

import warmap

SNIPPETS = Path(__file__).resolve().parent.parent / "tests" / "unit" / "events" / "learned_snippets.tsv"


def main() -> None:
    rows = [line.rstrip("\n").split("\t") for line in SNIPPETS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    right = silent = events = clean = negatives = 0
    for sub, text in rows:
        found = [e.sub_event_type for e in warmap.extract(text, published="2021-06-15")]
        if sub == "No event":
            negatives += 1
            clean += not found
            continue
        events += 1
        right += sub in found
        silent += not found
        if sub not in found:
            print(f"{sub:<36} -> {', '.join(found) or 'no event'}: {text[:80]}")
    print(f"rules: {right}/{events} snippets give their sub-event type, {silent} give no event; "
          f"{clean}/{negatives} non-event snippets give none")


if __name__ == "__main__":
    main()
