"""article_from_text: cleaning and the metadata read from a plain-text header."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from warmap.errors import InputError
from warmap.ingest import article_from_text

FIXTURES = Path(__file__).parent / "fixtures"
BODY = "Rebels took the hilltop village of Tell Aswad on Monday after a night of clashes, activists said."


@pytest.fixture(scope="module")
def report():
    return article_from_text((FIXTURES / "scraped_report.txt").read_text(encoding="utf-8"), source="report.txt")


def test_scraped_report_metadata(report):
    assert report.title == "Regime helicopters drop barrel bombs on eastern Aleppo districts"
    assert report.author == "Maya Farouk and Idris Kanaan"
    assert report.published == dt.date(2015, 3, 4)  # the first date, not the "Updated" one
    assert report.outlet == "Euphrates Herald"  # from the copyright footer
    assert report.dateline == "ALEPPO, Syria (Reuters)"
    assert report.source == "report.txt"


def test_scraped_report_keeps_the_sentences_and_drops_the_rest(report):
    paragraphs = report.text.split("\n\n")
    assert paragraphs == [
        "ALEPPO, Syria (Reuters) – Government helicopters dropped barrel bombs on two rebel-held "
        "neighbourhoods of eastern Aleppo on Tuesday, killing at least nine people, a monitoring group said.",
        "Rescue workers pulled three children from the rubble of a collapsed building in al-Shaar, "
        "according to local volunteers.",
        "The attacks came a day after rebels shelled the government-held west of the city with home-made rockets.",
        "By nightfall, the bombardment had eased, residents said.",
        "Q: Did the warnings reach people in time?",
        "A: Some of them. The radio station broadcast an alert, but the power was off in many streets.",
    ]
    for gone in ("Skip to", "EUPHRATES", "min read", "Share", "Photo", "Read more", "Related", "Aleppo's long winter",
                 "Advertisement", "Comments", "comment", "newsletter", "cookies", "(c)", "Maya Farouk", "March"):
        assert gone not in report.text


def test_doc_id_is_the_hash_of_the_cleaned_text(report):
    assert report.doc_id == hashlib.sha256(report.text.encode("utf-8")).hexdigest()
    again = article_from_text((FIXTURES / "scraped_report.txt").read_text(encoding="utf-8"), source="elsewhere.txt")
    assert again.doc_id == report.doc_id
    assert article_from_text(BODY).doc_id != article_from_text(BODY + " Two were killed.").doc_id


@pytest.mark.parametrize(("line", "day"), [
    ("June 19, 2014", dt.date(2014, 6, 19)),
    ("Jun 10, 2014", dt.date(2014, 6, 10)),
    ("Sept. 3, 2014", dt.date(2014, 9, 3)),
    ("8 January 2014", dt.date(2014, 1, 8)),
    ("2014-06-19", dt.date(2014, 6, 19)),
    ("Published: June 19, 2014", dt.date(2014, 6, 19)),
    ("Published 2015-04-01 11:20", dt.date(2015, 4, 1)),
    ("Updated June 20, 2014", dt.date(2014, 6, 20)),
    ("Posted on June 19, 2014 by admin", dt.date(2014, 6, 19)),
    ("Thursday 19 June 2014 08.00 BST", dt.date(2014, 6, 19)),
    ("Mon 18 May 2015", dt.date(2015, 5, 18)),
    ("Jun 10, 2014 - 18:42", dt.date(2014, 6, 10)),
    ("By Jane Roe | June 19, 2014 | 3 min read", dt.date(2014, 6, 19)),
    ("Published: June 19, 2014 | Updated: June 21, 2014", dt.date(2014, 6, 19)),
    ("19/06/2014", dt.date(2014, 6, 19)),
])
def test_publication_date_forms(line, day):
    article = article_from_text(f"Rebels take Tell Aswad\n{line}\n\n{BODY}")
    assert article.published == day
    assert article.text == BODY  # the date line is metadata, not text
    assert article.title == "Rebels take Tell Aswad"


def test_published_beats_updated_whatever_the_order():
    article = article_from_text(f"Rebels take Tell Aswad\nUpdated June 21, 2014\nJune 19, 2014\n\n{BODY}")
    assert article.published == dt.date(2014, 6, 19)


@pytest.mark.parametrize("text", [
    f"Rebels take Tell Aswad\n\n{BODY} The town fell on June 10, 2014, residents said.",  # a date in a sentence
    f"Rebels take Tell Aswad\n03/06/2014\n\n{BODY}",  # day and month cannot be told apart
    BODY,
])
def test_no_publication_date_gives_none(text):
    assert article_from_text(text).published is None


def test_published_given_overrides_the_text():
    article = article_from_text(f"Rebels take Tell Aswad\nJune 19, 2014\n\n{BODY}", published=dt.date(2015, 1, 2))
    assert article.published == dt.date(2015, 1, 2)


@pytest.mark.parametrize(("line", "author", "outlet"), [
    ("By Jane Roe", "Jane Roe", None),
    ("Author: Jane Roe", "Jane Roe", None),
    ("By JANE ROE, Reuters", "Jane Roe", "Reuters"),
    ("By Jane Roe in Beirut", "Jane Roe", None),
    ("By Abu Bakr al-Halabi and Jane Roe", "Abu Bakr al-Halabi and Jane Roe", None),
    ("By our correspondent in Antakya", "our correspondent", None),
    ("Source: Anadolu Agency", None, "Anadolu Agency"),
])
def test_bylines_and_sources(line, author, outlet):
    article = article_from_text(f"Rebels take Tell Aswad\n{line}\nJune 19, 2014\n\n{BODY}")
    assert (article.author, article.outlet) == (author, outlet)
    assert article.text == BODY


def test_a_sentence_starting_with_by_is_not_a_byline():
    text = f"Rebels take Tell Aswad\n\nBy Tuesday, the army had withdrawn from the hills.\n\n{BODY}"
    article = article_from_text(text)
    assert article.author is None
    assert article.text.startswith("By Tuesday, the army had withdrawn from the hills.")


@pytest.mark.parametrize(("first", "dateline", "outlet"), [
    ("BEIRUT, Lebanon – Rebels took the village on Monday.", "BEIRUT, Lebanon", None),
    ("BAGHDAD (Reuters) - Rebels took the village on Monday.", "BAGHDAD (Reuters)", "Reuters"),
    ("Damascus, June 3 (AFP) — Rebels took the village on Monday.", "Damascus, June 3 (AFP)", "AFP"),
    ("DEIR EZ-ZOR, Syria, June 3 - Rebels took the village on Monday.", "DEIR EZ-ZOR, Syria, June 3", None),
    ("BEIRUT: Rebels took the village on Monday.", "BEIRUT", None),
    ("Damascus – the capital was quiet on Monday.", None, None),
    ("Rebels took the village on Monday, activists said.", None, None),
])
def test_datelines_are_recorded_and_left_in_the_text(first, dateline, outlet):
    article = article_from_text(f"Rebels take Tell Aswad\nJune 19, 2014\n\n{first}\n\nMore fighting followed.")
    assert article.dateline == dateline
    assert article.outlet == outlet
    assert article.text.startswith(first)


def test_dateline_with_a_full_date_dates_an_undated_article():
    article = article_from_text("DAMASCUS, June 3, 2014 (AFP) - Rebels took the village on Monday.")
    assert article.published == dt.date(2014, 6, 3)


def test_title_is_the_first_headline_line_after_mastheads_and_kickers():
    text = f"LEVANT TIMES\nHome | Syria | Iraq\nANALYSIS\n\nRebels take Tell Aswad after night of clashes\nBy Jane Roe\n\n{BODY}"
    article = article_from_text(text)
    assert article.title == "Rebels take Tell Aswad after night of clashes"
    assert article.text == BODY


def test_given_title_wins_and_its_line_is_removed():
    text = f"Rebels take Tell Aswad\n\n{BODY}"
    article = article_from_text(text, title="Rebels take Tell Aswad")
    assert (article.title, article.text) == ("Rebels take Tell Aswad", BODY)
    other = article_from_text(BODY, title="A title from elsewhere")
    assert (other.title, other.text) == ("A title from elsewhere", BODY)


def test_a_one_line_text_stays_text():
    article = article_from_text("ISIS fighters captured Mosul")
    assert article.text == "ISIS fighters captured Mosul"
    assert article.published is None


def test_interview_lines_are_text():
    text = "Q: Where were you when the shelling began?\nA: At home, with my children.\nQ: And then?\nA: We ran."
    article = article_from_text(text)
    assert article.title is None
    assert article.text.split("\n\n") == text.split("\n")


def test_text_is_normalised_readably():
    text = (
        "The group\u2019s fighters\u00a0entered \u201cthe old city\u201d\u200b on Monday.\n\n\n\n\n"
        "Residents said the army had\nwithdrawn before dawn.\r\nA second paragraph starts here.\n"
        "Fighting went on \u2013 and on."
    )
    article = article_from_text(text)
    assert article.text == (
        "The group's fighters entered \"the old city\" on Monday.\n\n"
        "Residents said the army had withdrawn before dawn.\n\n"
        "A second paragraph starts here.\n\n"
        "Fighting went on \u2013 and on."
    )


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = (
        "Government forces pushed into the eastern districts of the city on\n"
        "Sunday after days of air strikes, according to a monitoring group that\n"
        "relies on a network of sources inside the country. Rebels said they had\n"
        "pulled back to the river."
    )
    assert article_from_text(wrapped).text == " ".join(wrapped.split("\n"))


def test_text_with_nothing_but_boilerplate_is_refused():
    with pytest.raises(InputError, match="no article text left"):
        article_from_text("Share this article\nAdvertisement\n(c) 2014 Some Site. All rights reserved.")


def test_benchmark_style_header():
    article = article_from_text(f"Report 7: Rebels take Tell Aswad\nJune 23, 2014\n\n{BODY}\n")
    assert (article.title, article.published, article.text) == ("Report 7: Rebels take Tell Aswad", dt.date(2014, 6, 23), BODY)


def test_lowercase_byline_under_the_title_is_not_a_wrapped_line():
    article = article_from_text(f"Rebels take Tell Aswad\nby Jane Roe | June 19, 2014\n\n{BODY}")
    assert (article.title, article.author, article.published) == ("Rebels take Tell Aswad", "Jane Roe", dt.date(2014, 6, 19))


def test_masthead_gives_the_outlet_and_is_not_the_title():
    text = f"Tigris Courier\nHome | Iraq | Syria\n\nRebels take Tell Aswad\nJune 19, 2014\n\n{BODY}"
    article = article_from_text(text)
    assert (article.title, article.outlet, article.text) == ("Rebels take Tell Aswad", "Tigris Courier", BODY)


def test_title_case_headline_above_a_share_bar_is_still_the_headline():
    text = f"Rebels Take Tell Aswad\nShare this article\n\n{BODY}"
    article = article_from_text(text)
    assert (article.title, article.outlet, article.text) == ("Rebels Take Tell Aswad", None, BODY)
