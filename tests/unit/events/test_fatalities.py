"""Death counts in one sentence, ACLED style: lowest figure, vague words coded, no guesses."""

from __future__ import annotations

import pytest

from warmap.events.fatalities import find_fatalities, parse_number

# (sentence, expected number, expected number words)
KILLED = [
    ("Eleven shoppers were killed when the rocket hit.", 11, "Eleven"),
    ("14 villagers were killed in the overnight raid.", 14, "14"),
    ("The jets struck a bakery, killing at least 15 people.", 15, "15"),
    ("The suicide blast left 30 dead at the checkpoint.", 30, "30"),
    ("The bombardment left at least 9 people dead.", 9, "9"),
    ("Artillery fire killed dozens in the eastern suburbs.", 12, "dozens"),
    ("Hundreds perished during the months-long siege.", 100, "Hundreds"),
    ("A dozen militiamen were killed near the bridge.", 12, "A dozen"),
    ("Several guards died when the prison was stormed.", 3, "Several"),
    ("A few shepherds were killed by a landmine.", 3, "A few"),
    ("Many worshippers were killed in the mosque bombing.", 10, "Many"),
    ("Twenty-three farmers were executed by the militants.", 23, "Twenty-three"),
    ("Five medics died when the clinic was hit.", 5, "Five"),
    ("At least 40 conscripts died in the assault on the airbase.", 40, "40"),
    ("By evening the death toll rose to 70.", 70, "70"),
    ("The death toll stood at 45 on Tuesday.", 45, "45"),
    ("Militants executed 16 men in the central square.", 16, "16"),
    ("A mob beat three suspected thieves to death in the market.", 3, "three"),
    ("Divers recovered the bodies of 30 soldiers from the river.", 30, "30"),
    ("Between 20 and 30 people were killed in the shelling.", 20, "20 and 30"),
    ("The raid killed 20 to 30 people, according to medics.", 20, "20 to 30"),
    ("The strike killed 25-30 people.", 25, "25-30"),
    ("Two or three passers-by died in the explosion.", 2, "Two or three"),
    ("The ambush killed 3 and wounded 20.", 3, "3"),
    ("The bombing, killing four and wounding twenty, shook the town.", 4, "four"),
    ("Some 2,000 fighters stormed the town, killing 12 defenders.", 12, "12"),
    ("The shelling killed 5 soldiers and 3 civilians.", 8, "5 soldiers and 3"),
    ("Three gunmen and two policemen were killed in the firefight.", 5, "Three gunmen and two"),
    ("15 people, including 5 children, were killed.", 15, "15"),
    ("Four children were among the 12 people killed.", 12, "12"),
    ("Two hundred and fifty prisoners were executed in the desert.", 250, "Two hundred and fifty"),
    ("Thirty-one members of the security forces were killed.", 31, "Thirty-one"),
    ("The attack, which killed twenty-three people, was claimed by the group.", 23, "twenty-three"),
    ("The car bomb at 10 am killed 4 people.", 4, "4"),
    ("The raid killed 7 people on 12 June.", 7, "7"),
    ("The war has claimed the lives of more than 200 people in the province.", 200, "200"),
    ("Around a hundred people were killed.", 100, "a hundred"),
    ("The militia said 17 of its fighters had been killed.", 17, "17"),
    ("Of 300 fighters who joined, 12 of them were killed.", 12, "12"),
    ("40 people were wounded and 3 were killed.", 3, "3"),
    ("Clashes left 8 fighters dead and 20 wounded.", 8, "8"),
    ("Scores of civilians were killed in the massacre.", 20, "Scores"),
    ("Tens of thousands of people have died since 2011.", 10_000, "Tens of thousands"),
    ("The group has killed more than a dozen hostages.", 12, "a dozen"),
    ("A 12-year-old boy was killed by a sniper.", 1, "A 12-year-old boy"),
    ("Gunmen shot dead a police officer at the gate.", 1, "a police officer"),
    ("No one was killed in the strike on the warehouse.", 0, "No one was killed"),
]


@pytest.mark.parametrize(("sentence", "number", "words"), KILLED, ids=[k[0][:45] for k in KILLED])
def test_death_counts(sentence: str, number: int, words: str) -> None:
    found = find_fatalities(sentence)
    assert found is not None
    n, start, end = found
    assert (n, sentence[start:end]) == (number, words)


@pytest.mark.parametrize("sentence", [
    "12 wounded people were taken to hospital.",
    "Twelve civilians were wounded in the raid.",
    "The clashes left 20 people injured.",
    "About 2,000 fighters massed outside the city.",
    "5,000 families fled the fighting in the valley.",
    "In 2013 the group seized the provincial capital.",
    "A 12-year-old boy was wounded by shrapnel.",
    "Rebels overran Division 17 after a long siege.",
    "The army lost Brigade 93 on Sunday.",
    "Regime jets bombed the town on Sunday.",
    "There were 40 casualties, a doctor said.",
    "Dozens of people were killed or wounded.",
    "He was killed in 2013 near the border.",
    "Fighters were killed on June 12 near the base.",
    "The raid began at 10 am and lasted 3 hours.",
    "The killers of 3 judges were never found.",
    "A military court sentenced four officers to death for the massacre.",
])
def test_not_death_counts(sentence: str) -> None:
    assert find_fatalities(sentence) is None


@pytest.mark.parametrize(("words", "value"), [
    ("2,000", 2000), ("twenty-three", 23), ("two hundred and fifty", 250), ("a dozen", 12),
    ("three thousand", 3000), ("dozens", 12), ("hundreds", 100), ("several", 3), ("a few", 3),
    ("many", 10), ("one hundred", 100), ("ninety nine", 99), ("banana", None),
])
def test_parse_number(words: str, value: int | None) -> None:
    assert parse_number(words) == value
