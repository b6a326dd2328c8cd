"""ActorDictionary.resolve remembers its answers per (name, country): asked again, in any
order, it gives what it gave the first time, and the country still tells them apart."""

from warmap.actors import load_actors


def test_resolve_remembers_per_name_and_country():
    actors = load_actors()
    asked = [("government forces", "SY"), ("government forces", "IQ"), ("government forces", None),
             ("Jabhat a-Nusra", None), (" Jabhat a-Nusra ", "IQ"), ("no such actor at all", "SY")]
    first = [actors.resolve(name, country=cc) for name, cc in asked]
    assert [a.id if a else None for a in first] == [
        "syrian_army", "iraqi_army", None, "jabhat_al_nusra", "jabhat_al_nusra", None]
    for (name, cc), answer in reversed(list(zip(asked, first))):
        assert actors.resolve(name, country=cc) == answer
    assert actors._resolved.cache_info().hits >= len(asked)
