"""Reading one JSON file: a syntax error names its line and column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import SourceError


def load(path: Path, data: bytes | None = None) -> Any:
    """The parsed JSON of ``path`` (or of its already read ``data``)."""
    try:
        raw = path.read_bytes() if data is None else data
        return json.loads(raw.decode("utf-8-sig"))
    except OSError as err:
        raise SourceError(str(path), "", f"cannot be read: {err.strerror}") from None
    except UnicodeDecodeError as err:
        raise SourceError(str(path), f"byte {err.start}", "not UTF-8 text") from None
    except json.JSONDecodeError as err:
        place = f"line {err.lineno}, column {err.colno}"
        raise SourceError(str(path), place, f"not valid JSON: {err.msg}") from None
    except RecursionError:
        raise SourceError(str(path), "", "not valid JSON: nested too deeply") from None
