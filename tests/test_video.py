"""Video players: which URLs get one, how the player's address is built (from the checked id
only), and what each output format shows."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from helpers import soup, warnings_of
from hypothesis import given
from hypothesis import strategies as st
from shownotes.video import embed_of
from sphinx.testing.util import SphinxTestApp

CASES = [
    ("https://www.youtube.com/watch?v=EXAMPLEvid1", "YouTube",
     "https://www.youtube-nocookie.com/embed/EXAMPLEvid1?autoplay=1"),
    ("https://youtu.be/EXAMPLEvid1?t=90", "YouTube",
     "https://www.youtube-nocookie.com/embed/EXAMPLEvid1?autoplay=1&start=90"),
    ("https://m.youtube.com/shorts/EXAMPLEvid1", "YouTube",
     "https://www.youtube-nocookie.com/embed/EXAMPLEvid1?autoplay=1"),
    ("https://vimeo.com/123456789", "Vimeo",
     "https://player.vimeo.com/video/123456789?autoplay=1&dnt=1"),
    ("https://vimeo.com/123456789/abcdef1234", "Vimeo",
     "https://player.vimeo.com/video/123456789?autoplay=1&dnt=1&h=abcdef1234"),
    ("https://player.vimeo.com/video/123456789", "Vimeo",
     "https://player.vimeo.com/video/123456789?autoplay=1&dnt=1"),
    ("https://media.ccc.de/v/example-con-2099-kubernetes-basics", "media.ccc.de",
     "https://media.ccc.de/v/example-con-2099-kubernetes-basics/oembed"),
    ("https://peertube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv", "PeerTube",
     "https://peertube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?autoplay=1"),
    ("https://tube.example.org/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d", "PeerTube",
     "https://tube.example.org/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d?autoplay=1"),
]  # fmt: skip

NOT_PLAYABLE = [
    "http://www.youtube.com/watch?v=EXAMPLEvid1",  # not https: a link only
    "https://www.youtube.com/watch?v=short",
    'https://www.youtube.com/watch?v=EXAMPLE"><x',
    "https://www.youtube.com/channel/EXAMPLEvid1",
    "https://vimeo.com/channels/staffpicks",
    "https://media.ccc.de/b/congress",
    "https://media.ccc.de/v/<script>",
    "https://example.org/videos/day2",
    "https://user:pw@www.youtube.com/watch?v=EXAMPLEvid1",
    "javascript:alert(1)",
]


@pytest.mark.parametrize(("url", "service", "player"), CASES)
def test_known_services_get_a_player_built_from_the_id(url, service, player) -> None:
    embed = embed_of(url)
    assert embed is not None and embed.service == service and embed.player == player


@pytest.mark.parametrize("url", NOT_PLAYABLE)
def test_other_urls_stay_links(url) -> None:
    assert embed_of(url) is None


SAFE = re.compile(r"https://[a-z0-9.:-]+/[A-Za-z0-9/_.~?&=-]*\Z")


@given(st.text(max_size=60))
def test_no_text_gets_into_the_player_address_unchecked(tail: str) -> None:
    for prefix in ("https://www.youtube.com/watch?v=", "https://youtu.be/", "https://vimeo.com/",
                   "https://media.ccc.de/v/", "https://tube.example.org/w/"):  # fmt: skip
        embed = embed_of(prefix + tail)
        if embed is not None:
            assert SAFE.match(embed.player), embed.player


@pytest.mark.sphinx("html", testroot="grid", freshenv=True)
def test_html_has_a_hidden_button_box_and_the_plain_link(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    page = soup(app.outdir, "talks")
    boxes = page.select("div.shownotes-video")
    assert len(boxes) == 5  # YouTube, Vimeo, media.ccc.de, PeerTube (UUID and short id)
    assert page.find("iframe") is None and page.find("img") is None  # nothing from the host
    first = boxes[0]
    assert first.has_attr("hidden")  # shown by video.js; without JavaScript the link remains
    assert first["data-player"] == "https://www.youtube-nocookie.com/embed/EXAMPLEvid1?autoplay=1"
    assert first["data-frame-title"].startswith("Video: Opening keynote")
    assert (
        first.find("button", type="button")
        .get_text(" ", strip=True)
        .endswith("(loads the player from www.youtube-nocookie.com)")
    )
    header = first.find_parent(class_="shownotes-talk")
    links = [a["href"] for a in header.find_all("a", class_="external")]
    assert links.count("https://www.youtube.com/watch?v=EXAMPLEvid1") == 2  # header and box
    day2 = page.find(id="talk-day2").find_parent("section").find(class_="shownotes-talk")
    assert day2.find(class_="shownotes-video") is None  # another host: a link only
    assert day2.find("a", href="https://example.org/videos/day2")
    assert 'src="https://www.youtube' not in (app.outdir / "talks.html").read_text("utf-8")


@pytest.mark.sphinx("latex", testroot="grid", freshenv=True)
def test_latex_shows_the_link_only(app: SphinxTestApp) -> None:
    app.build()
    tex = (app.outdir / "grid.tex").read_text("utf-8")
    assert "youtube-nocookie" not in tex and "Play the video" not in tex
    assert r"\sphinxhref{https://www.youtube.com/watch?v=EXAMPLEvid1}" in tex


@pytest.mark.sphinx("text", testroot="grid", freshenv=True)
def test_text_shows_the_link_only(app: SphinxTestApp) -> None:
    app.build()
    text = (app.outdir / "talks.txt").read_text("utf-8")
    assert "Play the video" not in text and "Links: video" in text


def test_hostile_title_stays_text_in_the_frame_title(make_app, tmp_path) -> None:
    (tmp_path / "conf.py").write_text('extensions = ["myst_parser", "shownotes"]\n'
                                      'myst_enable_extensions = ["colon_fence"]\n')  # fmt: skip
    (tmp_path / "index.md").write_text(
        "# T\n\n:::{talk} x\n:title: '\"><script>alert(1)</script> & $100%'\n"
        ":video: https://youtu.be/EXAMPLEvid1\n:::\n"
    )
    app = make_app("html", srcdir=tmp_path, freshenv=True)
    app.build()
    raw = (app.outdir / "index.html").read_text("utf-8")
    assert "<script>alert(1)" not in raw
    box = BeautifulSoup(raw, "html.parser").select_one("div.shownotes-video")
    assert box["data-frame-title"] == 'Video: "><script>alert(1)</script> & $100%'
