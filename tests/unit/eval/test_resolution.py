from warmap.eval.resolution import score_actors, score_places


def test_place_list_scoring_counts_misses(tmp_path):
    tsv = tmp_path / "p.tsv"
    tsv.write_text(
        "spelling\tname\tcountry\tlat\tlon\n"
        "Deir e-Zor\tDeir ez-Zor\tSY\t35.336\t40.141\n"
        "Raqa\tRaqqa\tSY\t0.0\t0.0\n"  # wrong coordinates on purpose: must be a miss
    )
    res = score_places(tsv)
    assert (res.correct, res.total) == (1, 2)
    assert "Raqa" in res.misses[0]


def test_actor_list_scoring(tmp_path):
    tsv = tmp_path / "a.tsv"
    tsv.write_text(
        "text\tmention\texpected\tcountry\n"
        "Jabhat a-Nusra fighters seized the checkpoint.\tJabhat a-Nusra\tjabhat_al_nusra\tSY\n"
        "This is a quiet town.\tis\tNONE\tSY\n"
        "ISIL took the town.\tISIL\tpkk\tIQ\n"
    )
    res = score_actors(tsv)
    assert (res.correct, res.total) == (2, 3)
