"""Classes of session 23 (what carries on over days is no one day's event, ...), each in the
project's own words with a near miss."""
import datetime as dt

from helpers import summarise as summary


def test_what_carries_on_undated_is_no_one_days_event():
    for text in ("Drone and missile attacks continued to reach towns far behind the front line.",
                 "The mission kept receiving reports of civilians wounded by shelling in Donetsk city.",
                 "Villages along the river continued to be shelled by the army."):
        assert summary("Kharkiv, 3 November 2023\n\n" + text, dt.date(2023, 11, 3)) == [], text
    # near miss: carrying on on a day the sentence names is that day's event
    dated = summary("Russian forces continued to shell Kupiansk on Tuesday, killing two civilians.",
                    dt.date(2023, 11, 3))
    assert [(s[0], s[1][:4]) for s in dated] == [("Shelling/artillery/missile attack", "Kupy")]  # (GeoNames: Kupyansk)
