"""Click-to-load video players for YouTube, Vimeo, PeerTube and media.ccc.de.

A talk's ``:video:`` URL is parsed into a host and a video id, each checked against what that
host's ids look like; the player's address is then built from those parts alone, never from the
author's text. In HTML the player is a button in an empty box: nothing is fetched from the video
host until the reader presses it (``static/video.js`` then puts the host's player in an
``iframe``). In every other format, and for any other URL, the video is a plain link.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import get_translation

_ = get_translation("shownotes")

YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}\Z")
VIMEO_ID = re.compile(r"[0-9]{1,12}\Z")
VIMEO_HASH = re.compile(r"[0-9a-f]{6,20}\Z")
CCC_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]{0,200}\Z")
#: PeerTube: a UUID (``/videos/watch/<uuid>``) or a short UUID (``/w/<id>``, base 58).
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
PEERTUBE_PATH = re.compile(
    rf"/(?:videos/(?:watch|embed)/(?P<uuid>{_UUID})|w/(?P<short>{_UUID}|[1-9A-HJ-NP-Za-km-z]{{20,24}}))/?\Z"
)
HOSTNAME = re.compile(r"(?=.{1,253}\Z)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\Z")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com",
                 "www.youtube-nocookie.com", "youtu.be"}  # fmt: skip
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}


class Embed(NamedTuple):
    """A video a player can show: its service, the host it loads from, and the player URL."""

    service: str  #: "YouTube", "Vimeo", "PeerTube", "media.ccc.de"
    host: str  #: the host the player loads from (what the reader is told before the click)
    player: str  #: the player's address, built from the checked id only


def _youtube(host: str, path: str, query: dict[str, list[str]]) -> Embed | None:
    parts = [p for p in path.split("/") if p]
    if host == "youtu.be":
        video = parts[0] if len(parts) == 1 else ""
    elif parts == ["watch"]:
        video = query.get("v", [""])[0]
    elif len(parts) == 2 and parts[0] in ("embed", "shorts", "live", "v"):
        video = parts[1]
    else:
        return None
    if not YOUTUBE_ID.match(video):
        return None
    start = query.get("t", query.get("start", [""]))[0].removesuffix("s")
    suffix = f"&start={int(start)}" if start.isdigit() and len(start) < 7 else ""
    player = f"https://www.youtube-nocookie.com/embed/{video}?autoplay=1{suffix}"
    return Embed("YouTube", "www.youtube-nocookie.com", player)


def _vimeo(host: str, path: str, query: dict[str, list[str]]) -> Embed | None:
    parts = [p for p in path.split("/") if p]
    if host == "player.vimeo.com" and len(parts) == 2 and parts[0] == "video":
        video, secret = parts[1], query.get("h", [""])[0]
    elif host != "player.vimeo.com" and parts and VIMEO_ID.match(parts[-1]):
        video, secret = parts[-1], ""
    elif host != "player.vimeo.com" and len(parts) >= 2 and VIMEO_HASH.match(parts[-1]):
        video, secret = parts[-2], parts[-1]  # an unlisted video: vimeo.com/<id>/<hash>
    else:
        return None
    if not VIMEO_ID.match(video) or (secret and not VIMEO_HASH.match(secret)):
        return None
    extra = f"&h={secret}" if secret else ""
    return Embed(
        "Vimeo",
        "player.vimeo.com",
        f"https://player.vimeo.com/video/{video}?autoplay=1&dnt=1{extra}",
    )


def _ccc(path: str) -> Embed | None:
    parts = [p for p in path.split("/") if p]
    if len(parts) in (2, 3) and parts[0] == "v" and CCC_SLUG.match(parts[1]):
        if len(parts) == 3 and parts[2] != "oembed":
            return None
        return Embed("media.ccc.de", "media.ccc.de", f"https://media.ccc.de/v/{parts[1]}/oembed")
    return None


def _peertube(host: str, port: int | None, path: str) -> Embed | None:
    match = PEERTUBE_PATH.match(path)
    if match is None or not HOSTNAME.match(host):
        return None
    where = f"{host}:{port}" if port else host
    video = match["uuid"] or match["short"]
    return Embed("PeerTube", where, f"https://{where}/videos/embed/{video}?autoplay=1")


def embed_of(url: str) -> Embed | None:
    """The player for ``url`` (an https URL of a video on a known service), or ``None``."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() != "https" or parts.username or parts.password or not host:
        return None
    query = parse_qs(parts.query)
    if host in YOUTUBE_HOSTS:
        return _youtube(host, parts.path, query)
    if host in VIMEO_HOSTS:
        return _vimeo(host, parts.path, query)
    if host == "media.ccc.de":
        return _ccc(parts.path)
    return _peertube(host, port, parts.path)


class video_player(nodes.General, nodes.Element):
    """A click-to-load player of a talk's video: ``service``, ``host``, ``player`` (its URL) and
    ``talk_title`` (the name of the player's frame); its children are the note under the button,
    with the plain link to the video."""


def make_player(embed: Embed, url: str, title: str) -> video_player:
    """The player node of ``embed`` for the talk ``title`` whose ``:video:`` is ``url``."""
    node = video_player("", classes=["shownotes-video"], talk_title=title)
    node["service"], node["host"], node["player"] = embed
    note = nodes.paragraph("", "", classes=["shownotes-video-note"])
    note += nodes.Text(_("Nothing is loaded from %s until you press play.") % embed.host + " ")
    label = _("Watch it on %s") % embed.service
    note += nodes.reference(label, label, refuri=url)
    node += note
    return node


def visit_video_player_html(self: Any, node: video_player) -> None:
    """A box (shown when JavaScript runs) with a button that loads the player."""
    attributes = {
        "data-player": node["player"],
        "data-frame-title": _("Video: %s") % node["talk_title"],
        "hidden": "hidden",
    }
    self.body.append(self.starttag(node, "div", "", **attributes))
    label = _("Play the video (loads the player from %s)") % node["host"]
    self.body.append(
        '<button type="button" class="shownotes-video-play">'
        '<span class="shownotes-video-icon" aria-hidden="true">\u25b6</span> '
        f"{self.encode(label)}</button>"
    )


def depart_video_player_html(self: Any, node: video_player) -> None:
    self.body.append("</div>\n")


def setup_video(app: Sphinx) -> None:
    """Register the player node: a box in HTML; nothing elsewhere (the link stays)."""
    skip = (_skip, None)
    html = (visit_video_player_html, depart_video_player_html)
    app.add_node(video_player, html=html, latex=skip, text=skip, man=skip, texinfo=skip)


def _skip(self: Any, node: nodes.Node) -> None:
    raise nodes.SkipNode
