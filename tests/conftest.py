"""Shared pytest set-up: Sphinx's testing fixtures and the test roots folder."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ("sphinx.testing.fixtures",)


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where the ``tests/roots/test-*`` Sphinx projects live."""
    return Path(__file__).parent / "roots"
