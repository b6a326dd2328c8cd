"""``python -m warmap`` runs the CLI."""

from warmap.cli import main

main()
