"""``python -m shownotes``: the same command as the ``shownotes`` console script."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
