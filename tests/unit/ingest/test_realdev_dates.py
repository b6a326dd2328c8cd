"""Publication dates of real reports (../shared/data/realdev, public-domain US-government
releases and VOA stories): each file's name ends with the date it was published.

    pytest -q -s tests/unit/ingest/test_realdev_dates.py    # prints the figures
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from warmap.ingest import article_from_text

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data"
REALDEV = sorted((SHARED / "realdev" / "corpus").glob("*.txt"))
RE3D = sorted((SHARED / "re3d").glob("*/documents.json"))


@pytest.mark.skipif(not REALDEV, reason="realdev data not available at ../shared/data/realdev")
def test_every_realdev_report_gets_the_date_in_its_name() -> None:
    ways: Counter[str] = Counter()
    wrong = []
    for path in REALDEV:
        want = dt.date.fromisoformat(re.search(r"(\d{4}-\d\d-\d\d)\.txt$", path.name).group(1))  # type: ignore[union-attr]
        article = article_from_text(path.read_text(encoding="utf-8"), source=path.name)
        ways[article.published_from or "undated"] += 1
        if article.published != want:
            wrong.append((path.name, article.published))
    print(f"\nrealdev: {len(REALDEV) - len(wrong)} of {len(REALDEV)} dated right; by source {dict(ways)}")
    assert not wrong


@pytest.mark.skipif(not RE3D, reason="re3d data not available at ../shared/data/re3d")
def test_re3d_bodies_are_not_given_a_date_they_do_not_state() -> None:
    # re3d keeps only each document's body: no header, and addresses give a year and month at most
    dated = total = 0
    for path in RE3D:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                article = article_from_text(d["text"], source=d["_id"], title=d.get("title"), url=d.get("sourceUrl"))
                total += 1
                dated += article.published is not None
    print(f"\nre3d: {dated} of {total} documents dated")
    assert total == 90 and dated == 0
