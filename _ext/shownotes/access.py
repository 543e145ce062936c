"""Typed access to the ``shownotes`` domain of a build."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from sphinx.environment import BuildEnvironment

if TYPE_CHECKING:
    from .domain import ShownotesDomain

DOMAIN = "shownotes"


def get_domain(env: BuildEnvironment) -> ShownotesDomain:
    """The ``shownotes`` domain of ``env`` (its records and its derived data)."""
    return cast("ShownotesDomain", env.domains[DOMAIN])
