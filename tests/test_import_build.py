"""Imported pages build without a warning (``-W --keep-going -n``) on a default configuration,
every talk and speaker is in objects.inv, and hostile text in any field of a schedule adds no
element, attribute, directive, role, heading or LaTeX command to any builder's output.

These builds need the extension's events (the ``event`` directive, a talk's ``:event:``,
``:language:`` and offset ``:start:``, a speaker's ``:links:``, the ``talk`` kind)."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from bs4 import BeautifulSoup
from docutils import nodes
from helpers import inventory, warnings_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importing import FIXTURES, run_import
from sphinx.util import texescape
from test_import_text import META
from tools import require_data

CONF = (
    'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
    'latex_engine = "lualatex"\n'  # names in any script (pdflatex warns about them)
)
INDEX = "# Site\n\n```{toctree}\nsched/index\n```\n"
REAL_SOURCES = (
    "voc-schedule/json__examples__frab-camp2019.json",
    "voc-schedule/json__examples__pretalx-rc3.json",
    "voc-schedule/json__examples__pretalx-democon.json",
    "voc-schedule/json__examples__hub-schedule2.json",
    "frab-31c3/schedule.xml",
    "sessionize-global-azure-austria/Y2024-sessionize.json",
    "sessionize-global-azure-austria/Y2025-sessionize.json",
    "pyvideo",
)
DECLARED = re.compile(r"^:{3,}\{(talk|speaker)\} (\S+)$", re.MULTILINE)


def site(tmp_path: Path, capsys, *sources: Path, conf: str = CONF) -> Path:
    srcdir = tmp_path / "site"
    shutil.rmtree(srcdir, ignore_errors=True)
    srcdir.mkdir(parents=True)
    (srcdir / "conf.py").write_text(conf)
    (srcdir / "index.md").write_text(INDEX)
    run = run_import(capsys, *sources, "--into", srcdir / "sched", "--timezone", "Europe/Vienna")
    assert run.code == 0, run.err
    return srcdir


def build(make_app, srcdir: Path, builder: str = "html"):
    app = make_app(builder, srcdir=srcdir, freshenv=True, confoverrides={"nitpicky": True})
    app.build()
    return app


def declared(srcdir: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"talk": set(), "speaker": set()}
    for page in (srcdir / "sched").rglob("*.md"):
        for kind, oid in DECLARED.findall(page.read_text("utf-8")):
            found[kind].add(oid)
    return found


def test_every_real_export_builds_cleanly_with_every_object_in_the_inventory(
    make_app, tmp_path, capsys
):
    base = require_data("schedules")
    srcdir = site(tmp_path, capsys, *(base / s for s in REAL_SOURCES), FIXTURES / "frab-small.json")
    app = build(make_app, srcdir)
    assert warnings_of(app.warning.getvalue()) == []
    objects = inventory(Path(app.outdir))
    expected = declared(srcdir)
    assert len(expected["talk"]) > 500 and len(expected["speaker"]) > 500
    assert set(objects["shownotes:talk"]) >= expected["talk"]
    assert set(objects["shownotes:speaker"]) >= expected["speaker"]


# -- hostile text in every field --------------------------------------------------------------

FIELDS = ("title", "subtitle", "abstract", "description", "track", "room", "language", "name",
          "bio", "conference", "link")  # fmt: skip
hostile = (
    st.lists(
        st.one_of(st.sampled_from([*META, "Word", " ", "\n\n"]), st.text(max_size=6)),
        min_size=1,
        max_size=10,
    )
    .map("".join)
    .filter(lambda s: any(c.isalnum() for c in s))
)
CALM = dict.fromkeys(FIELDS, "Calm") | {"abstract": "A *b* **c** [d](https://e.org)\n\n- f\n- g"}


def schedule(values: dict[str, str]) -> dict:
    data = json.loads((FIXTURES / "frab-small.json").read_text("utf-8"))
    conference = data["schedule"]["conference"]
    conference["title"] = values["conference"]
    talk = conference["days"][0]["rooms"]["Hall A"][0]
    talk.update(
        {
            k: values[k]
            for k in ("title", "subtitle", "abstract", "description", "track", "language")
        }
    )
    talk["room"] = values["room"]
    talk["links"] = [{"url": "https://example.org/l", "title": values["link"]}]
    talk["persons"] = [{"id": 1, "public_name": values["name"], "biography": values["bio"]}]
    conference["days"][0]["rooms"] = {values["room"]: [talk]}
    del conference["days"][1]
    return data


def outputs(make_app, tmp_path: Path, capsys, values: dict[str, str]) -> dict:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "s.json").write_text(json.dumps(schedule(values)))
    srcdir = site(tmp_path, capsys, tmp_path / "s.json")
    result: dict = {"warnings": []}
    for builder in ("html", "latex", "text"):
        app = build(make_app, srcdir, builder)
        result["warnings"] += warnings_of(app.warning.getvalue())
        out = Path(app.outdir)
        if builder == "html":
            pages = [BeautifulSoup(p.read_text("utf-8"), "html.parser").find(attrs={"role": "main"})
                     for p in sorted((out / "sched").rglob("*.html"))]  # fmt: skip
            result["tags"] = {
                (e.name, a) for m in pages for e in m.find_all(True) for a in [*e.attrs, ""]
            }
            result["text"] = " ".join(m.get_text(" ") for m in pages)
            result["hrefs"] = [e["href"] for m in pages for e in m.find_all("a", href=True)]
            doctrees = [
                app.env.get_doctree(d) for d in sorted(app.env.found_docs) if d.startswith("sched/")
            ]
            result["nodes"] = {type(n).__name__ for d in doctrees for n in d.findall()}
            result["sections"] = sum(len(list(d.findall(nodes.section))) for d in doctrees)
        elif builder == "latex":
            tex = "\n".join(p.read_text("utf-8") for p in out.glob("*.tex"))
            result["latex"] = set(re.findall(r"\\[A-Za-z@]+", tex))
        else:
            result["plain"] = "\n".join(p.read_text("utf-8") for p in sorted(out.rglob("*.txt")))
        app.cleanup()
    return result


BASELINE: dict[str, dict] = {}  # the calm build, made once


WORD = re.compile(r"[^\W_]+")
TAG = re.compile(r"<[^>]*>?|&#?\w+;")
#: What Sphinx's LaTeX writer makes of braces and bars in index entries (visit_index).
INDEX_ESCAPES = {"\\sphinxleftcurlybrace", "\\sphinxrightcurlybrace", "\\textbar"}
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


@settings(
    max_examples=int(os.environ.get("IMPORT_EXAMPLES", 10)),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(values=st.fixed_dictionaries(dict.fromkeys(FIELDS, hostile)))
def test_hostile_text_in_every_field_stays_text_in_every_builder(
    make_app, tmp_path, capsys, values
):
    if not BASELINE:
        BASELINE["calm"] = outputs(make_app, tmp_path / "calm", capsys, CALM)
    baseline = BASELINE["calm"]
    got = outputs(make_app, tmp_path / "hostile", capsys, values)
    assert got["warnings"] == [] and baseline["warnings"] == []
    assert got["tags"] <= baseline["tags"], got["tags"] - baseline["tags"]
    assert got["nodes"] <= baseline["nodes"], got["nodes"] - baseline["nodes"]
    assert got["sections"] == baseline["sections"]
    texescape.init()  # what LaTeX's own escaping of the text makes of it is no injection
    escaped = " ".join(texescape.escape(v, latex_engine="lualatex") for v in values.values())
    escapes = set(re.findall(r"\\[A-Za-z@]+", escaped)) | INDEX_ESCAPES
    assert got["latex"] - escapes <= baseline["latex"], got["latex"] - baseline["latex"] - escapes
    for href in got["hrefs"]:
        scheme = SCHEME.match(href)
        assert scheme is None or scheme.group(1).lower() in ("http", "https", "mailto"), href
    shown = got["text"] + " " + " ".join(got["hrefs"])
    for field, value in values.items():
        words = WORD.findall(
            TAG.sub(" ", value) if field in ("abstract", "description", "bio") else value
        )
        for word in words:
            assert word in shown, (field, word)
            assert word in got["plain"], (field, word)


def test_imported_headings_show_the_title_exactly(make_app, tmp_path, capsys):
    title = "Don't -- \"quote\" ... it's `x`"
    values = dict.fromkeys(FIELDS, "Calm") | {"title": title, "conference": "Conf -- 'n' \"x\""}
    (tmp_path / "s.json").write_text(json.dumps(schedule(values)))
    srcdir = site(tmp_path, capsys, tmp_path / "s.json")
    app = build(make_app, srcdir)
    out = Path(app.outdir) / "sched"
    day = BeautifulSoup((out / "tinycon" / "2030-03-30.html").read_text("utf-8"), "html.parser")
    event = BeautifulSoup((out / "tinycon" / "index.html").read_text("utf-8"), "html.parser")
    assert day.find("h2").get_text().rstrip("¶ ").strip() == title
    assert event.find("h1").get_text().rstrip("¶ ").strip() == values["conference"]
    assert "Talk:" not in day.find("h2").find_parent("section").get_text()
