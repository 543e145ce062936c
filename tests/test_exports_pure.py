"""The exports' pure parts: identifiers, acronyms, time stamps, clocks, stored text, and the
escaping that keeps any text inside its script element (JSON-LD) or valid XML."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from shownotes.exports import common
from shownotes.exports.common import acronym, build_stamp, guid, numeric_ids, site_key
from shownotes.exports.frab_xml import xml_text
from shownotes.exports.ics import on_clock
from shownotes.exports.nodes import json_text
from shownotes.plaintext import BREAK, resolve

#: The c3voc JSON Schema's and the frab XSD's patterns for a conference's acronym.
JSON_ACRONYM = re.compile(r"^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$")
XSD_ACRONYM = re.compile(r"[a-z0-9_-]{4,}\Z")
ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)


def test_site_key_is_the_host_of_html_baseurl_else_the_project() -> None:
    assert site_key("https://notes.example.org/en/latest/", "X") == "notes.example.org"
    assert site_key("https://notes.example.org/en/stable/", "X") == "notes.example.org"
    assert site_key("", "OpenStack Summit: notes") == "openstack-summit-notes"
    assert site_key("", "日本") == "shownotes"


def test_guids_depend_on_the_site_kind_and_id_only() -> None:
    one = guid("example.org", "talk", "opening")
    assert one == guid("example.org", "talk", "opening") and uuid.UUID(one).version == 5
    assert (
        len({one, guid("example.org", "speaker", "opening"), guid("x.org", "talk", "opening")}) == 3
    )


def test_numeric_ids_are_stable_positive_and_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    talks = [f"talk-{n}" for n in range(50)]
    found = numeric_ids("s", talks)
    assert found == numeric_ids("s", reversed(talks)) and len(set(found.values())) == 50
    assert all(0 < n <= common.ID_SPACE for n in found.values())
    monkeypatch.setattr(common, "ID_SPACE", 7)  # every number collides: the next free one
    crowded = numeric_ids("s", talks[:7])
    assert sorted(crowded.values()) == list(range(1, 8))


@given(ids)
def test_acronyms_match_both_schemas(oid: str) -> None:
    found = acronym(oid)
    assert JSON_ACRONYM.match(found) and XSD_ACRONYM.match(found), found


def test_build_stamp_comes_from_source_date_epoch() -> None:
    assert build_stamp({"SOURCE_DATE_EPOCH": "1445904000"}) == datetime(2015, 10, 27, tzinfo=UTC)
    assert build_stamp({}) == build_stamp({"SOURCE_DATE_EPOCH": "soon"}) == common.NO_EPOCH


def test_a_time_is_on_the_clock_unless_the_clock_would_name_another_instant() -> None:
    first, second = (
        datetime(2015, 10, 25, 0, 30, tzinfo=UTC),
        datetime(2015, 10, 25, 1, 30, tzinfo=UTC),
    )
    assert on_clock(first, "Europe/Berlin").isoformat() == "2015-10-25T02:30:00+02:00"
    assert on_clock(second, "Europe/Berlin") is second  # its 02:30 would be the first one
    assert on_clock(second, "Asia/Tokyo").isoformat() == "2015-10-25T10:30:00+09:00"


def test_stored_text_gets_the_names_of_the_objects_its_roles_name() -> None:
    parts = ("Use ", ("project", "devstack"), " now.\n", BREAK, "  Next ", ("speaker", "nobody"))
    names = {("project", "devstack"): "DevStack"}
    assert resolve(parts, lambda *key: names.get(key)) == "Use DevStack now.\n\nNext nobody"


@given(st.text())
def test_json_in_a_script_element_cannot_end_it(text: str) -> None:
    data = {"name": text, "nested": [text, {"x": f"</script>{text}<!--"}]}
    inside = json_text(data, str)
    assert "<" not in inside and ">" not in inside and "&" not in inside
    assert json.loads(inside) == data
    page = f'<script type="application/ld+json">{inside}</script><p id="after">after</p>'
    soup = BeautifulSoup(page, "html.parser")
    assert soup.script.string == inside and soup.find(id="after") is not None


@given(st.text())
def test_any_text_makes_well_formed_xml(text: str) -> None:
    root = ET.Element("event", {"room": xml_text(text)})
    ET.SubElement(root, "title").text = xml_text(text)
    back = ET.fromstring(ET.tostring(root, encoding="utf-8"))
    assert back.findtext("title") == back.get("room") == xml_text(text)
    assert xml_text("a\x00b\u2028c") == "a\ufffdb\u2028c"


@pytest.mark.parametrize(
    ("date", "start", "zone"),
    [("2015-10-27", "09:00", ""), ("2015-10-27", "", ""), ("", "09:00", "UTC"), ("", "", "")],
)
def test_frab_files_exist_exactly_where_a_schedule_links_them(date, start, zone) -> None:
    from shownotes.derived import derive
    from shownotes.exports.frab import conference
    from shownotes.exports.plan import groups, has_dates
    from shownotes.exports.site import ExportSite
    from shownotes.model import Event, Talk

    talk = Talk("t", "page", 3, "talk-t", title="T", date=date, start=start)
    events = {"e": [Event("e", "page", 1, "event-e", name="E", timezone=zone)]} if zone else {}
    derived = derive({"talk": {"t": [talk]}, "event": events}, {}, {"page": 0})
    site = ExportSite(derived, "example.org", "Site")
    for group in groups(derived):
        assert has_dates(derived, group) == (conference(site, group) is not None) == bool(date)
