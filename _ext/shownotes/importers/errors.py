"""Bad input: one message naming the file and the place in it."""

from __future__ import annotations


class SourceError(Exception):
    """A source that cannot be imported; ``str()`` is the one line the user sees."""

    def __init__(self, source: str, place: str, message: str) -> None:
        self.source, self.place, self.message = source, place, message
        where = f"{source}: {place}" if place else source
        super().__init__(f"{where}: {message}")


def json_place(path: tuple[str | int, ...]) -> str:
    """``schedule.conference.days[0].rooms["Saal 1"][3]`` from the keys that lead there."""
    text = ""
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
        elif key.isidentifier():
            text += f".{key}" if text else key
        else:
            text += "[" + repr(key) + "]"
    return text
