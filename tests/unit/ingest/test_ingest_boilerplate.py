"""The boilerplate rules file: every rule is valid and explained, boilerplate goes, sentences stay.

When you add a rule to src/warmap/ingest/boilerplate.txt, add a line it must remove to
DROP, and if it could come close to prose, a sentence it must keep to KEEP.
"""

from __future__ import annotations

import pytest

from warmap.errors import InputError
from warmap.ingest.boilerplate import load_rules, parse_rules
from warmap.ingest.normalise import normalise_lines

RULES = load_rules()

DROP = [
    # reading time
    "3 min read", "5-minute read", "Reading time: 4 minutes", "Reading time 6 min",
    # share / like / follow
    "Share", "Share this article", "Share this story:", "Share on Facebook", "Tweet", "Email", "Print",
    "Facebook | Twitter | Email | Print", "Share this article: Facebook Twitter WhatsApp",
    "Follow us on Twitter @RiverDesk", "Follow us on Twitter @RiverDesk for live updates",
    "Like us on Facebook", "Follow the Valley Courier on Twitter and Facebook", "Follow @RiverDesk",
    "Click to share on Twitter (Opens in new window)", "Like this:", "18,402 subscribers", "1.2K followers",
    # embedded posts and links
    "Embedded image permalink", "[Embedded image permalink]", "View image on Twitter",
    "pic.twitter.com/AbC123xyz", "https://example.org/story/123",
    # captions and credits
    "Photo: A convoy of pick-up trucks on the road to Tabqa.",
    "Photo caption: Families wait at a checkpoint. (Valley Courier / staff)",
    "Image caption Fighters gather near the dam",
    "Image copyright Getty Images", "Getty Images", "(AFP Photo / Omar Name)", "AFP PHOTO / OMAR NAME",
    "A fighter walks past a burnt tank on the edge of the town. (Reuters/Stringer)",
    "Smoke rises over the old city after an air raid. (AFP/Getty Images)",
    "A tank near the ring road. Photograph: Some Name/Agency",
    "(Photo: AFP) Members of a militia pose beside a captured truck.",
    "Credit: Valley Courier archive", "File photo", "1 of 12",
    # registration and paywalls
    "Subscribe to continue reading", "Sign up for our newsletter", "Sign up for the daily briefing",
    "Subscribe to our weekly newsletter", "Register to continue reading",
    "Subscribe to read more from the Valley Courier. Your first month is free.",
    "Already a subscriber? Log in", "Sign in", "Continue reading",
    # comment widgets
    "Comments", "Comments (14)", "14 comments", "Leave a comment", "Leave a Reply", "View all 14 comments",
    "Comments are closed for this story.", "Join the conversation",
    # related lists
    "Related: Dam battle enters third week | Who are the Peshmerga?", "Read more: The siege in numbers",
    "Recommended", "Related stories", "Related articles", "You may also like", "Most read",
    "Most popular: 1. One story 2. Another story",
    # cookies
    "We use cookies to improve your experience on our site.", "Accept cookies", "Cookie policy",
    "By continuing to use this site you agree to our use of cookies.",
    # copyright and footers
    "(c) 2014 Valley Courier. All rights reserved.", "© 2015 Valley Courier Media", "Copyright 2014 Valley Courier",
    "All rights reserved.", "Valley Courier © 2015 | About | Contact", "Privacy | Terms | Contact",
    "The Valley Courier 2014. All rights reserved.", "All content (c) Valley Courier 2014",
    # navigation
    "Skip to main content", "Home | World | Middle East | Syria", "Home > News > Syria", "Menu", "Search...",
    "You are here: Home > World", "[ Home ] [ Aleppo ] [ Damascus ] [ Raqqa ]", "Back to top", "---",
    # advertising, appeals, wire credits
    "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Donate now",
    "Support our reporting", "(Reporting by Some Name; Editing by Other Name)",
    "Reporting from Tikrit and Baghdad", "Tags: Syria, Iraq, Kurds", "Topics: Syria | Heritage",
    # several items on one line
    "Like us on Facebook | Follow us on Twitter | RSS", "Like us on Facebook Follow us on Twitter",
    "Search... | E-paper | Subscribe",
]

KEEP = [
    "Share prices in Damascus fell sharply after the attack, traders said.",
    "Like many residents, Umm Ahmad fled to the countryside with her children.",
    "Like us, they had nowhere else to go, a displaced farmer said.",
    "Like many activists on Twitter, he posted photos of the damage.",
    "Follow-up strikes hit the same market an hour later, killing rescuers.",
    "Comments by the defence minister angered tribal leaders in Anbar.",
    "Photographs posted online showed smoke rising over the airport.",
    "Images from the scene showed burned cars outside the hospital.",
    "Related fighting spread to the villages north of Hama on Sunday.",
    "Reporting by state media suggested the town had fallen by noon.",
    "Subscribers to the rebel channel on Telegram received the video first.",
    "Sign up to the truce was slow among the smaller factions.",
    "Copyright disputes are not what the villagers worry about this winter.",
    "Credit for the advance went to an elite unit, state television said.",
    "Home to about 200,000 people, the town was shelled almost daily.",
    "Next, the militants moved on the refinery at Baiji.",
    "Search teams found twelve bodies in a well near the village.",
    "Accept the truce or face starvation, the army told the rebels.",
    "Email messages seen by reporters showed the order came from Damascus.",
    "More than 40 people were killed in the raids, activists said.",
    "Advertising boards in the square were replaced by the group's banners.",
    "Print shops in the town were ordered to close by the religious police.",
    "Recommended routes out of the city were shelled overnight, residents said.",
    "Photo evidence of the attack was shared by a local council.",
    "A fighter said the group would take the airport \"within days\" (Reuters).",
    "Q: When did the shelling start?",
    "A: Before dawn. We heard the planes first.",
    "By Tuesday, the army had withdrawn from the hills above the town.",
]


def test_every_rule_compiles_and_says_what_it_removes():
    assert len(RULES.rules) >= 40
    for rule in RULES.rules:
        assert rule.comment, f"boilerplate.txt line {rule.line} needs a comment saying what it removes"
    assert any(rule.heads_list for rule in RULES.rules)


def test_a_bad_rule_names_its_line():
    with pytest.raises(InputError, match="line 3: bad regular expression"):
        parse_rules("# comment\n\n(unclosed  # broken\n")


@pytest.mark.parametrize("line", DROP)
def test_boilerplate_line_is_dropped(line):
    for normalised in normalise_lines(line):
        assert RULES.is_boilerplate(normalised), RULES.rule_for(normalised)


@pytest.mark.parametrize("sentence", KEEP)
def test_article_sentence_is_kept(sentence):
    assert not RULES.is_boilerplate(sentence), RULES.rule_for(sentence)
    # also as the last line of an article, where link lists are trimmed
    lines = ["The army shelled the town on Monday.", "", sentence]
    assert RULES.strip(lines)[2] == sentence


def test_column_gaps_separate_menu_items():
    assert normalise_lines("Share this article   Tweet   Email") == ["Share this article\tTweet\tEmail"]
    assert RULES.is_boilerplate("Share this article\tTweet\tEmail")
    assert RULES.is_boilerplate("Home\tNews\tAnalysis\tMaps\tData\tAbout")


def test_link_list_under_a_heading_goes_with_it():
    lines = [
        "Rebels took the hill on Monday.", "", "Related stories:",
        "- Who holds the dam?", "Map: the front lines", "", "The army said it would respond.",
    ]
    assert RULES.strip(lines) == ["Rebels took the hill on Monday.", "", "", "", "", "", "The army said it would respond."]


def test_short_lines_after_the_last_sentence_are_trimmed():
    lines = ["Rebels took the hill on Monday.", "", "Aleppo's long winter", "Who are the Peshmerga?", "* Map: the north"]
    # a question might be a sentence, so it stays
    assert RULES.strip(lines) == ["Rebels took the hill on Monday.", "", "", "Who are the Peshmerga?", ""]


def test_metadata_lines_can_be_protected():
    line = "by Jane Roe\t|\tAugust 25, 2014\t|\t5 min read"
    assert RULES.strip([line], keep=frozenset({0})) == [line]


def test_bulleted_sentences_are_kept():
    lines = ["Rebels took the hill on Monday.", "", "Related stories:", "- Twelve civilians were killed in the raid.",
             "", "- At least 12 fighters died, the group said."]
    assert RULES.strip(lines)[3:] == ["- Twelve civilians were killed in the raid.", "", "- At least 12 fighters died, the group said."]


def test_rules_tried_by_first_character_agree_with_all_rules():
    """``_whole`` tries only the rules that can begin with a line's first character; on every
    DROP and KEEP line, and on each of their word runs, it answers as all rules together do."""
    pieces = set()
    for line in [*DROP, *KEEP, "© 2016 The Valley Courier", "· Share", "Ürün", "12 comments"]:
        words = line.split()
        pieces |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    disagree = [p for p in pieces if RULES._matches(p) != bool(RULES.combined.fullmatch(p))]
    assert disagree == []
    assert RULES._matches("3 min read") and not RULES._matches("Rebels took the town.")
