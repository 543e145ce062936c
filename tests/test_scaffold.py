"""``shownotes new``: the files it writes, a site that builds at once, no overwriting, any name.

The new site is built here with the repository's extension (the slow ``test_first_hour.py``
builds one from the wheel, in a fresh environment, to HTML and PDF).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from docutils import nodes
from docutils.core import publish_doctree
from helpers import warnings_of
from hypothesis import given, settings
from hypothesis import strategies as st
from myst_parser.parsers.docutils_ import Parser
from shownotes import cli, scaffold
from tools import on_ci

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT.parent / "shared/schemas/readthedocs-config-v2.schema.json"
FILES = {"conf.py", "index.md", "event.md", ".readthedocs.yaml", "requirements.txt", "README.md"}
FILES |= {".gitignore"}
HOSTILE = (
    '<script>alert(1)</script> "Con" \'26\' #1 {speaker}`x` $a$ & 100% \\z ~y^ *b* '
    "[l](javascript:x) ::: 東京 '''"
)
#: Names as users type them: any text on one line.
NAMES = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda text: text.strip() != "")


def new(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``shownotes new ...`` in this process: exit status, stdout, stderr."""
    status = cli.main(["new", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def written(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def build(make_app, srcdir: Path, builder: str = "html"):
    app = make_app(builder, srcdir=srcdir, freshenv=True)
    app.build()
    return app


def normalised(text: str) -> str:
    """Text with smart quotes made straight (Sphinx curls the quotes of headings)."""
    for curly, straight in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}.items():
        text = text.replace(curly, straight)
    return text


# -- the files and the site --------------------------------------------------------------------


def test_new_writes_a_site_that_builds_at_once(make_app, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "notes"
    status, out, err = new([str(folder), "--name", "Example Con 2026"], capsys)
    assert (status, err) == (0, "")
    assert written(folder) == FILES
    assert "sphinx-build -M html . _build" in out and "sphinx-autobuild" in out
    app = build(make_app, folder)
    assert warnings_of(app.warning.getvalue()) == []
    page = BeautifulSoup((Path(app.outdir) / "event.html").read_text("utf-8"), "html.parser")
    assert page.h1 is not None and page.h1.get_text().rstrip("¶") == "Example Con 2026"
    card = page.select_one(".shownotes-speaker")
    assert card is not None and "Ada Example" in card.get_text() and "An example talk" in (
        card.get_text()
    )
    schedule = page.select_one("div.shownotes-schedule")
    assert schedule is not None and "An example talk" in schedule.get_text()
    caption = schedule.select_one(".shownotes-schedule-caption")
    assert "Example Con 2026" in (caption.get_text() if caption else "")
    index = BeautifulSoup((Path(app.outdir) / "index.html").read_text("utf-8"), "html.parser")
    assert index.select_one('a[href="event.html"]') is not None


@pytest.mark.parametrize("builder", ["latex", "text", "epub"])
def test_the_new_site_builds_with_other_builders(make_app, tmp_path: Path, capsys, builder):
    folder = tmp_path / "notes"
    assert new([str(folder)], capsys)[0] == 0
    assert warnings_of(build(make_app, folder, builder).warning.getvalue()) == []


def test_the_name_defaults_to_the_folders_name(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "pycon-notes"
    assert new([str(folder)], capsys)[0] == 0
    assert 'project = "pycon-notes"' in (folder / "conf.py").read_text("utf-8")


def test_the_folder_may_exist_with_other_files(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    assert new([str(tmp_path), "--name", "X"], capsys)[0] == 0
    assert written(tmp_path) == FILES | {"notes.txt"}


def test_python_dash_m_and_the_console_script(tmp_path: Path) -> None:
    commands = {
        "module": [sys.executable, "-m", "shownotes"],
        "script": [str(Path(sys.executable).parent / "shownotes")],
    }
    for folder, command in commands.items():
        done = subprocess.run(
            [*command, "new", str(tmp_path / folder), "--name", "X"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    assert written(tmp_path / "module") == written(tmp_path / "script") == FILES


# -- refusing, rolling back ----------------------------------------------------------------


@pytest.mark.parametrize("existing", ["conf.py", "event.md", ".gitignore"])
def test_new_never_overwrites_and_writes_nothing(tmp_path: Path, capsys, existing: str) -> None:
    (tmp_path / existing).write_text("mine\n", "utf-8")
    status, out, err = new([str(tmp_path), "--name", "X"], capsys)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"shownotes: error: {tmp_path / existing}: ")
    assert "never overwrites" in err
    assert written(tmp_path) == {existing}
    assert (tmp_path / existing).read_text("utf-8") == "mine\n"


def test_a_file_in_the_way_of_the_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes").write_text("", "utf-8")
    status, _, err = new([str(tmp_path / "notes")], capsys)
    assert status == 2 and "is not a folder" in err and err.count("\n") == 1


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = tmp_path / "a" / "b"
    real_open = Path.open

    def failing_open(self: Path, mode: str = "r", *args, **kwargs):
        if self.name == "README.md":
            raise OSError(28, "No space left on device", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", failing_open)
    status, _, err = new([str(folder), "--name", "X"], capsys)
    assert status == 2 and "No space left on device" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["", "   ", "two\nlines", "tab\there", "nul\x00"])
def test_a_name_that_is_not_one_line_of_text(tmp_path: Path, capsys, name: str) -> None:
    status, _, err = new([str(tmp_path / "n"), "--name", name], capsys)
    assert status == 2 and err.startswith("shownotes: error: --name: ") and err.count("\n") == 1
    assert not (tmp_path / "n").exists()


# -- any name, quoted for each file ----------------------------------------------------------


def test_a_hostile_name_is_text_in_every_file_and_page(make_app, tmp_path: Path, capsys):
    folder = tmp_path / "notes"
    assert new([str(folder), "--name", HOSTILE], capsys)[0] == 0
    conf = (folder / "conf.py").read_text("utf-8")
    assignments = {
        node.targets[0].id: node.value  # type: ignore[attr-defined]
        for node in ast.parse(conf).body
        if isinstance(node, ast.Assign)
    }
    assert ast.literal_eval(assignments["project"]) == HOSTILE
    app = build(make_app, folder)
    assert warnings_of(app.warning.getvalue()) == []
    for name in ("index", "event"):
        html = (Path(app.outdir) / f"{name}.html").read_text("utf-8")
        page = BeautifulSoup(html, "html.parser")
        assert "<script>alert" not in html
        assert page.title is not None and HOSTILE in page.title.get_text()
        assert page.h1 is not None and HOSTILE in normalised(page.h1.get_text())
        assert not page.select("a[href^=javascript]")
        brand = page.select_one(".sidebar-brand-text")
        assert brand is not None and brand.get_text().strip() == HOSTILE


@given(NAMES)
@settings(max_examples=150, deadline=None)
def test_markdown_and_yaml_quoting_give_the_name_back(name: str) -> None:
    name = scaffold.checked_name(name)
    source = (
        f"# {scaffold.markdown_text(name)}\n\n"
        f":::{{image}} x.png\n:alt: {scaffold.yaml_quoted(name)}\n:::\n"
    )
    doctree = publish_doctree(
        source,
        parser=Parser(),
        settings_overrides={
            "myst_enable_extensions": ["colon_fence"],
            "smart_quotes": False,
            "report_level": 2,
            "halt_level": 5,
            "warning_stream": False,
        },
    )
    assert list(doctree.findall(nodes.system_message)) == []
    title, image = doctree.next_node(nodes.title), doctree.next_node(nodes.image)
    assert title is not None and " ".join(title.astext().split()) == " ".join(name.split())
    assert image is not None and image["alt"] == name


@given(NAMES)
@settings(max_examples=300, deadline=None)
def test_the_python_literal_and_the_slug(name: str) -> None:
    name = scaffold.checked_name(name)
    values = scaffold.substitutions(name)
    assert ast.literal_eval(values["project_py"]) == name
    assert json.loads(values["project_py"]) == name
    assert scaffold.slug(name) == "event" or scaffold.slug(name)[0].isalnum()
    assert set(scaffold.slug(name)) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")


# -- what the files hold ---------------------------------------------------------------------


def test_requirements_pin_the_sites_versions(tmp_path: Path, capsys) -> None:
    """The new site's pins are this repository's own (the docs and live extras)."""
    assert new([str(tmp_path), "--name", "X"], capsys)[0] == 0
    lines = (tmp_path / "requirements.txt").read_text("utf-8").splitlines()
    pins = {line.replace(" ", "") for line in lines if line and not line.startswith("#")}
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"
    ]
    ours = {
        pin.replace(" ", "").replace("'", '"')
        for pin in [*extras["docs"], *extras["live"]]
        if not pin.startswith(("sphinxcontrib-bibtex", "sphinx-copybutton"))
    }
    assert pins == ours | {f"sphinx-shownotes=={scaffold.__version__}"}


def test_the_read_the_docs_config_is_valid(tmp_path: Path, capsys) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    assert new([str(tmp_path), "--name", HOSTILE], capsys)[0] == 0
    config = yaml.safe_load((tmp_path / ".readthedocs.yaml").read_text("utf-8"))
    assert config["formats"] == ["pdf"] and config["sphinx"]["fail_on_warning"] is True
    assert config["python"]["install"] == [{"requirements": "requirements.txt"}]
    assert "fonts-noto-cjk" in config["build"]["apt_packages"]
    if not SCHEMA.is_file():
        if on_ci():
            pytest.fail(f"no schema at {SCHEMA}")
        pytest.skip(f"Read the Docs' schema is not at {SCHEMA}")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.validate(config, schema, cls=jsonschema.Draft202012Validator)


def test_the_readme_names_the_pdf_sphinx_writes(make_app, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "notes"
    assert new([str(folder), "--name", "Example Con 2026"], capsys)[0] == 0
    readme = (folder / "README.md").read_text("utf-8")
    assert "-interaction=nonstopmode" in readme
    app = build(make_app, folder, "latex")
    tex = [p.name for p in Path(app.outdir).glob("*.tex")]
    assert tex == ["examplecon2026.tex"] and "_build/latex/examplecon2026.pdf" in readme
    shutil.rmtree(folder / "_build")
