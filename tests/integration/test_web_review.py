"""Review in a real browser (Debian's chromium, the fixtures of test_web.py): accept,
reject and correct events from the evidence panel; the decisions survive ingesting the
same article again and a server restart; the exported gold scores them in ``warmap
eval``; a server with a token refuses a decision without it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from integration.test_web import Page, _serving, browser  # noqa: F401  (browser: the shared fixture)
from warmap import review as rv
from warmap.api.reviews import ReviewSettings
from warmap.cli import app
from warmap.events.ontology import EVENT_TYPES
from warmap.store import Store

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "samples" / "corpus" / "b04-palmyra-falls-to-isis.txt"
runner = CliRunner()


def _cli(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A store of one real article of the bundled corpus, and three of its events (merged
    as the map shows them)."""
    folder = tmp_path_factory.mktemp("review")
    (folder / "in").mkdir()
    shutil.copy(ARTICLE, folder / "in" / ARTICLE.name)
    db = folder / "w.duckdb"
    assert "1 new" in _cli(db, "ingest", "-q", str(folder / "in"))
    with Store(db, read_only=True) as s:
        events = [e for e, _ in rv.reviewed(s.events(), {}) if e.location is not None]
    assert len(events) >= 3, "the article should give at least three placed events"
    return folder, db, events[:3]


def _status(p: Page) -> str:
    p.page.wait_for_selector("#review .review-status", timeout=10000)
    return p.page.get_attribute("#review .review-status", "data-status")


def _open(browser, url: str, event_id: str) -> Page:
    p = Page(browser, url, path=f"/?event={event_id}")
    p.page.wait_for_selector("#review .review-status", timeout=10000)
    return p


def _goto(p: Page, event_id: str) -> None:
    """Another event in the same page (same origin and storage)."""
    p.page.goto(f"{p.base_url}/?event={event_id}")
    p.page.wait_for_selector("body[data-ready='1']", timeout=15000)
    p.page.wait_for_selector(f"#review[data-event-id='{event_id}'] .review-status", timeout=10000)


def _options(p: Page, selector: str) -> str:
    return p.page.evaluate(f"() => [...document.querySelectorAll('{selector} option')].map(o => o.textContent).join('|')")


def _wait_status(p: Page, status: str) -> None:
    p.page.wait_for_selector(f"#review .review-status[data-status='{status}']", timeout=10000)


def test_accept_reject_correct_survive_reingest_and_restart(browser, corpus):
    folder, db, (first, second, third) = corpus
    with _serving(str(db), review=ReviewSettings(True)) as url:
        p = _open(browser, url, first.id)
        assert _status(p) == "none"
        p.page.fill("#review-name", "Dana Field")
        p.page.click("#review-accept")
        _wait_status(p, "accepted")
        assert "Dana Field" in p.page.inner_text("#review .review-status")
        assert not p.errors, p.errors

        _goto(p, second.id)
        assert p.page.input_value("#review-name") == "Dana Field"  # kept in localStorage
        p.page.fill("#review-note", "the sentence reports a claim, not the event")
        p.page.click("#review-reject")
        _wait_status(p, "rejected")

        _goto(p, third.id)
        p.page.click("#review-correct")
        p.page.wait_for_selector("#review-sub")
        # another sub-type of the same type: the gold then matches this event and scores its fields
        new_sub = next(x for x in EVENT_TYPES[third.event_type] if x != third.sub_event_type)
        p.page.select_option("#review-sub", new_sub)
        p.page.fill("#review-fatalities", "3")
        p.page.fill("#review-place-q", "Tadmur")
        p.page.click("#review-place-search")
        p.wait_until(lambda: "Palmyra" in _options(p, "#review-place") or p.page.inner_text("#review-message"))
        assert "Palmyra" in _options(p, "#review-place"), p.page.inner_text("#review-message")
        p.page.click("#review-save")
        _wait_status(p, "corrected")
        fixed = p.page.inner_text("#review .review-fixed")
        assert new_sub in fixed and "3 killed" in fixed and "Palmyra" in fixed
        # a second correction starts from the first and keeps what it does not change
        p.page.click("#review-correct")
        p.page.wait_for_selector("#review-sub")
        assert p.page.input_value("#review-sub") == new_sub and p.page.input_value("#review-fatalities") == "3"
        p.page.fill("#review-fatalities", "4")
        p.page.click("#review-save")
        p.wait_until(lambda: "4 killed" in p.page.inner_text("#review .review-status"))
        fixed = p.page.inner_text("#review .review-fixed")
        assert new_sub in fixed and "Palmyra" in fixed
        p.page.close()

    # the same article ingested again, then a new server over the same file
    assert "0 new" in _cli(db, "ingest", "-q", str(folder / "in"))
    with _serving(str(db), review=ReviewSettings(True)) as url:
        for event, status in ((first, "accepted"), (second, "rejected"), (third, "corrected")):
            p = _open(browser, url, event.id)
            assert _status(p) == status, event.id
            p.page.close()

    # the decisions as gold: the rejected event is an extra, the corrected one is scored
    # against the correction (its sub-type and toll now differ from the extractor's)
    _cli(db, "review", "export", "-o", str(folder / "gold"))
    scored = json.loads(_cli(db, "eval", str(folder / "gold"), "--json"))
    assert {x["id"] for x in scored["extras"]} == {second.id}
    assert scored["overall"]["tp"] == 2 and scored["overall"]["fn"] == 0
    for field in ("fatalities", "sub_event_type"):  # the extractor's value against the correction
        assert scored["fields"][field]["correct"] == 1 and scored["fields"][field]["compared"] == 2


def test_review_is_refused_without_the_token(browser, corpus):
    _, db, (first, _, _) = corpus
    with _serving(str(db), review=ReviewSettings(True, "Desk", "open-sesame-42")) as url:
        p = _open(browser, url, first.id)
        p.page.fill("#review-name", "Sam")
        p.page.fill("#review-token", "")
        p.page.click("#review-reject")
        p.wait_until(lambda: "token is missing" in p.page.inner_text("#review-message"))
        p.page.fill("#review-token", "wrong")
        p.page.click("#review-reject")
        p.wait_until(lambda: "token is wrong" in p.page.inner_text("#review-message"))
        with Store(db, read_only=True) as s:
            assert all(r.reviewer != "Sam" for r in rv.latest(s).values())
        p.page.fill("#review-token", "open-sesame-42")
        p.page.click("#review-reject")
        _wait_status(p, "rejected")
        p.page.close()
    # and with review off (the default), the page shows no review block at all
    with _serving(str(db)) as url:
        p = Page(browser, url, path=f"/?event={first.id}")
        p.page.wait_for_selector("#detail h2")
        p.page.wait_for_timeout(300)
        assert p.page.query_selector("#review") is None
        p.page.close()
