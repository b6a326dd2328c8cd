"""Behaviour of ActorDictionary.find that the mention list alone would not pin down."""

from __future__ import annotations


from warmap.actors import load_actors


def _found(text: str, country: str | None = "SY") -> list[tuple[str, str, bool]]:
    return [(m.mention, m.actor.id, m.generic) for m in load_actors().find(text, country=country)]


def test_is_the_verb_is_not_the_group() -> None:
    assert _found("The town is under siege and it is cold. Is it over?") == []


def test_is_in_an_all_caps_headline_is_not_the_group() -> None:
    assert all(i != "isis" for _, i, _ in _found("REBELS SAY IS RETREATING FROM KEY TOWN"))


def test_is_as_an_acronym_is_the_group() -> None:
    assert ("IS", "isis", False) in _found("The town was shelled by IS on Monday.")
    assert ("fighters loyal to IS", "isis", False) in _found("The town was shelled by fighters loyal to IS.")


def test_isis_lower_case_is_not_the_group() -> None:
    assert _found("the goddess isis", country=None) == []


def test_subunit_phrases_keep_the_named_actor() -> None:
    text = "Nusra's Albu Kamal branch and the local unit of Al-Qaeda's Syrian branch withdrew."
    found = _found(text)
    assert ("Nusra's Albu Kamal branch", "jabhat_al_nusra", False) in found
    assert ("the local unit of Al-Qaeda's Syrian branch", "jabhat_al_nusra", False) in found


def test_members_from_a_named_group_keep_the_group() -> None:
    found = _found("They killed two militants from the former Nusra Front near Idlib.")
    assert found == [("two militants from the former Nusra Front", "jabhat_al_nusra", False)]


def test_compound_adjectives_are_not_generic_actors() -> None:
    assert _found("Shells hit the rebel-held town and an army-run checkpoint.") == []


def test_possessive_is_matched() -> None:
    assert _found("Nusra's fighters withdrew.")[0][1] == "jabhat_al_nusra"


def test_longest_match_wins() -> None:
    found = _found("Kata'ib Hezbollah and Hezbollah both fought there.", country="IQ")
    assert [i for _, i, _ in found] == ["kataib_hezbollah", "hezbollah"]


def test_mentions_do_not_overlap_and_offsets_are_right() -> None:
    text = ("Regime warplanes struck Douma as ISIS fighters and the Free Syrian Army clashed. "
            "The group later withdrew, residents said, while Russian jets hit Idlib.")
    ms = load_actors().find(text, country="SY")
    assert ms
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start:m.end] == m.mention


def test_generic_uses_country() -> None:
    assert _found("Warplanes struck the town.", "IQ") == [("Warplanes", "iraqi_air_force", True)]
    assert _found("Warplanes struck the town.", "SY") == [("Warplanes", "syrian_air_force", True)]


def test_generic_without_context_is_left_out() -> None:
    assert _found("The group said the jihadists had left.", country=None) == []


def test_generic_infers_country_from_earlier_actors() -> None:
    found = _found("The Iraqi army retook the town. Civilians returned.", country=None)
    assert ("Civilians", "civilians_iraq", True) in found


def test_the_group_takes_the_last_armed_non_state_actor() -> None:
    found = _found("ISIS attacked Kobani, then the YPG counterattacked. The group said it lost ten fighters.")
    assert ("The group", "ypg", True) in found


def test_jihadists_skip_non_jihadist_actors() -> None:
    found = _found("ISIS attacked Kobani, then the YPG counterattacked. The jihadists withdrew.")
    assert found[-1][:2] == ("The jihadists", "isis")
