"""The ``shownotes`` command (also ``python -m shownotes``): one sub-command per module.

Each module named in :data:`COMMANDS` has a ``register(subparsers)`` function that adds its
sub-command with ``set_defaults(run=...)``; ``run(args)`` returns the exit status. Bad input is
one error line on standard error and exit status 2 (argparse's own usage errors exit 2 too).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

#: Modules that each add one sub-command.
COMMANDS: tuple[str, ...] = ("shownotes.scaffold", "shownotes.importers.command")


class CommandError(Exception):
    """Bad input to a command: its message is printed as one line, and the exit status is 2."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="shownotes", description="Tools for sphinx-shownotes sites."
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMANDS:
        importlib.import_module(module).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(run(args) or 0)
    except CommandError as err:
        print(f"shownotes: error: {err}", file=sys.stderr)
        return 2
