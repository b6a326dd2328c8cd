"""Each holder keeps one colour (web/static/colours.js), on every day and in every view:
the map's areas, rings and legend all ask actorColour."""

from __future__ import annotations

import json
import shutil
import subprocess
from importlib.resources import files
from pathlib import Path

import pytest

COLOURS = Path(str(files("warmap.web"))) / "static" / "colours.js"
NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="needs node to run colours.js (apt-get install nodejs)")
def test_actor_colours_are_stable_and_tell_the_main_holders_apart():
    ids = ["isis", "syrian_army", "iraqi_army", "iraqi_cts", "ypg", "sdf", "peshmerga", "syrian_rebels",
           "jaish_al_fatah", "jabhat_al_nusra", "krg_asayish", "military_il", "ndf"]
    script = (f"import {{ actorColour }} from {json.dumps(COLOURS.as_uri())};"
              f"const ids = {json.dumps(ids)};"
              "console.log(JSON.stringify([ids.map(actorColour), ids.map(actorColour)]));")
    out = subprocess.run([NODE, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=30, check=True)
    first, again = json.loads(out.stdout)
    assert first == again  # the same id, the same colour
    assert all(c.startswith("#") and len(c) == 7 for c in first)
    named = dict(zip(ids, first))
    # the holders the bundled corpus shows side by side differ
    assert len({named[i] for i in ("isis", "syrian_army", "iraqi_army", "ypg", "peshmerga", "syrian_rebels")}) == 6
