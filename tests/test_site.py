"""The real site: clean -W -n builds; every speaker, talk, project and number of the seed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from harness import epub_problems, epubcheck_command, html_problems
from helpers import inventory, schedule_rows, schedules
from tools import require_tool

pytestmark = pytest.mark.site
ROOT = Path(__file__).parent.parent

SPEAKERS = {
    "egle-sigler": "Egle Sigler",
    "lachlan-evenson": "Lachlan Evenson",
    "takuya-ito": "Takuya Ito",
    "erica-brescia": "Erica Brescia",
    "imad-sousou": "Imad Sousou",
    "jonathan-bryce": "Jonathan Bryce",
    "miguel-grinberg": "Miguel Grinberg",
    "ben-pfaff": "Ben Pfaff",
    "rob-sherwood": "Rob Sherwood",
}
TALKS = {
    "opening", "defcore-keynote", "lachlan-evenson-keynote", "takuya-ito-keynote",
    "erica-brescia-keynote", "imad-sousou-keynote", "jonathan-bryce-keynote", "osa-breakout",
    "bgp-neutron-breakout", "neutron-troubleshooting", "ovn-breakout", "corridor-rob-sherwood",
}  # fmt: skip
PROJECTS = {
    "defcore", "devstack", "kubernetes", "kubot", "slack", "murano", "heat", "swift", "neutron",
    "openvswitch", "ovn", "openstack-ansible", "calico", "bgp", "liberty", "kilo",
    "federated-identity", "wireshark", "linux-bridge", "linux", "flask", "otv", "eompls", "vrrp",
    "network-builders-fast-track", "openstack-administrator", "project-navigator", "bash",
}  # fmt: skip
FACTS = (
    "5000", "56 countries", "OpenStack is the greatest open source project!",
    "64.99 billion page views a month", "270+ million apps downloaded", "100+ services",
    "50000+ instances", "6 times more traffic density than physical env", "20PB data",
    "20+ clusters operating", "from 50 racks to 100", "twelfth release", "2016",
    "1940s technology", "$some_l2_tech coupled with $some_l3_gateway_redundancy_tech",
    "@jbryce", "RTFM is truly dead", "Supermicro", "Mirantis", "Bitnami", "Yahoo",
    "Lithium Technologies", "Red Hat", "VMware", "Cisco", "Juniper", "not preserved",
    "Wireshark is your friend", "five years",
)  # fmt: skip
# (the editor's notes quote "SuperMircro" and "devcore" when they mend them)
TYPOS = ("lazers", "whom consume", "Figure out of packets")


def sphinx(builder: str, outdir: Path, doctrees: Path) -> subprocess.CompletedProcess[str]:
    """Read the Docs' command line, with -n: warnings fail the build."""
    command = [sys.executable, "-m", "sphinx", "-T", "-W", "--keep-going", "-n", "-b", builder]
    command += ["-d", str(doctrees), "-D", "language=en", ".", str(outdir)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def site_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    done = sphinx("html", out / "html", out / "doctrees")
    assert done.returncode == 0, done.stderr
    return out / "html"


def normalised(text: str) -> str:
    """Text with typographic quotes made straight and whitespace collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    return " ".join(text.replace("\u201d", '"').split())


def site_text(html_dir: Path) -> str:
    pages = sorted(html_dir.rglob("*.html"))
    return normalised(
        " ".join(BeautifulSoup(p.read_text("utf-8"), "html.parser").get_text(" ") for p in pages)
    )


def test_every_speaker_talk_and_project_is_in_objects_inv(site_html: Path) -> None:
    inv = inventory(site_html)
    speakers = {k: v[1] for k, v in inv["shownotes:speaker"].items()}
    assert speakers == SPEAKERS
    assert set(inv["shownotes:talk"]) == TALKS
    assert set(inv["shownotes:project"]) >= PROJECTS


def test_the_notes_numbers_and_names_are_published(site_html: Path) -> None:
    text = site_text(site_html)
    for fact in FACTS:
        assert normalised(fact) in text, fact
    for name in SPEAKERS.values():
        assert name in text
    for typo in TYPOS:
        assert typo not in text, typo


def test_keynote_starts_at_nine_and_no_time_is_invented(site_html: Path) -> None:
    inv = inventory(site_html)
    schedule = BeautifulSoup((site_html / "docs/schedule.html").read_text("utf-8"), "html.parser")
    rows = schedule_rows(schedules(schedule)[0])
    assert len(rows) == len(inv["shownotes:talk"])
    assert {row[0] for row in rows} == {"Tuesday, October 27, 2015"}  # one heading, one day
    times = [row[1] for row in rows]
    assert times[0].startswith("09:00")
    assert [t for t in times if t] == [times[0]], "only the keynote's start time is given"


def test_the_summit_is_declared_and_every_talk_belongs_to_it(site_html: Path) -> None:
    inv = inventory(site_html)
    assert inv["shownotes:event"] == {
        "tokyo-2015": ("index.html#event-tokyo-2015", "OpenStack Summit Tokyo 2015")
    }
    landing = BeautifulSoup((site_html / "index.html").read_text("utf-8"), "html.parser")
    box = normalised(landing.find(id="event-tokyo-2015").get_text(" "))
    for fact in ("2015-10-27 \u2013 2015-10-30", "Tokyo, Japan", "Asia/Tokyo", "56 countries"):
        assert fact in box, fact
    assert landing.find("a", href="https://www.openstack.org/summit/tokyo-2015/")
    for uri, _ in inv["shownotes:talk"].values():
        page, anchor = uri.split("#")
        parsed = BeautifulSoup((site_html / page).read_text("utf-8"), "html.parser")
        section = parsed.find(id=anchor)
        holder = section if section.name == "section" else section.find_parent("section")
        fields = normalised(holder.find(class_="shownotes-talk-fields").get_text(" "))
        assert "Event : OpenStack Summit Tokyo 2015" in fields, uri


def test_the_reference_tables_list_every_kind_and_subtype(site_html: Path) -> None:
    from shownotes.kinds import LISTING_KINDS, OBJECT_KINDS
    from shownotes.warnings import SUBTYPES

    source = (site_html / "docs/using/reference.html").read_text("utf-8")
    page = BeautifulSoup(source, "html.parser")
    cells = [td.get_text(" ", strip=True) for td in page.select("table td")]
    for kind in OBJECT_KINDS:
        assert f":::{{shownotes:{kind.name}}}" in cells
        assert any(cell.startswith(f"{{shownotes:{kind.name}}}`") for cell in cells)
    for listing in LISTING_KINDS:
        assert (f":::{{{listing.name}}}" in cells) == listing.placed
    assert set(SUBTYPES) <= set(cells)


@pytest.mark.parametrize("builder", ["text", "epub"])
def test_other_builders_are_warning_free(tmp_path: Path, builder: str) -> None:
    done = sphinx(builder, tmp_path / builder, tmp_path / "doctrees")
    assert done.returncode == 0, done.stderr
    if builder == "epub":
        assert html_problems(tmp_path / builder, builder) == []
        if epubcheck_command() is None:
            require_tool("epubcheck", "java")
        (epub,) = (tmp_path / builder).glob("*.epub")
        assert epub_problems(epub) == []


def test_every_page_passes_the_output_checks(site_html: Path) -> None:
    """Unique ids, labels for inputs, links that resolve, one storage key per checklist."""
    assert html_problems(site_html) == []


def test_without_its_address_the_site_writes_no_preview_tags_nor_sitemap(site_html: Path) -> None:
    """Outside Read the Docs the address is unknown: no Open Graph tags with relative URLs, no
    sitemap (and no warning: the build above is -W). A talk page still describes itself."""
    assert not (site_html / "sitemap.xml").exists()
    page = BeautifulSoup((site_html / "docs/opening.html").read_text("utf-8"), "html.parser")
    assert page.find("meta", property=True) is None
    (description,) = page.find_all("meta", attrs={"name": "description"})
    assert description["content"].startswith("The summit's Tuesday keynote opens at 9am")
    keynotes = BeautifulSoup((site_html / "docs/keynotes.html").read_text("utf-8"), "html.parser")
    assert keynotes.find("meta", attrs={"name": "description"}) is None  # six talks: no one summary


def test_the_schedule_is_published_in_every_format_with_no_invented_time(site_html: Path) -> None:
    from datetime import UTC, datetime

    from exporting import calendar, frab_talks, json_errors, shownotes_errors, xml_errors

    events = list(calendar(site_html).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Opening of the Tuesday keynote"]
    (opening,) = events
    assert opening.decoded("dtstart").astimezone(UTC) == datetime(2015, 10, 27, 0, 0, tzinfo=UTC)
    assert "dtend" not in opening  # the notes give no duration
    assert list(calendar(site_html, "_calendar/opening.ics").walk("VEVENT"))
    assert sorted(p.name for p in (site_html / "_calendar").iterdir()) == ["opening.ics"]
    assert json_errors(site_html / "schedule.json") == []
    assert xml_errors(site_html / "schedule.xml") == []
    assert shownotes_errors(site_html / "shownotes.json") == []
    (talk,) = frab_talks(site_html / "schedule.json").values()
    assert (talk["date"], talk["duration"], talk["room"]) == (
        "2015-10-27T09:00:00+09:00",
        "00:00",
        "",
    )
    page = BeautifulSoup((site_html / "docs/schedule.html").read_text("utf-8"), "html.parser")
    links = [(a.get_text(), a["href"]) for a in page.select(".shownotes-exports a")]
    assert links == [
        ("Calendar", "../schedule.ics"),
        ("JSON", "../schedule.json"),
        ("XML", "../schedule.xml"),
    ]
