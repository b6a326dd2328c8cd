"""Every command has help text and appears in the README (the sqlite-utils habit)."""

from pathlib import Path

import pytest
import typer.main

from warmap.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help_and_example(name):
    cmd = COMMANDS[name]
    assert cmd.help and "Example:" in cmd.help, f"warmap {name} needs help text with an example"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_in_readme(name):
    assert f"warmap {name}" in README, f"README does not document 'warmap {name}'"
