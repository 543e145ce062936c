"""Hostile text in every option prints as itself and adds no element, attribute or link; in
the schema.org data (JSON in a script element) it stays data: no text can end the script."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpers import warnings_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

METACHARACTERS = [
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "$some_l2_tech & 100%",
    "$ & % # _ { } ~ ^ \\",
    "<b>bold?</b> &amp; &lt;",
    "{speaker}`x`",
    "*not emphasis* `not code`",
    "山田太郎 / 王小明 / 김민준",
]

# Printable text from all of Unicode: no control characters, surrogates or line breaks.
unicode_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cn", "Co")), min_size=1
)
field_text = st.one_of(st.sampled_from(METACHARACTERS), unicode_text).filter(
    lambda s: s.strip() and len(s) < 60
)


def yaml_quoted(value: str) -> str:
    """A MyST option value, single-quoted YAML style, that reads back as ``value``."""
    return "'" + value.replace("'", "''") + "'"


def page(values: dict[str, str]) -> str:
    q = {key: yaml_quoted(value) for key, value in values.items()}
    return f"""# Hostile

:::{{event}} an-event
:name: {q["event"]}
:place: {q["place"]}
:::

:::{{speaker}} someone
:name: {q["name"]}
:role: {q["role"]}
:org: {q["org"]}
:affiliation: {q["affiliation"]}
:::

## Notes

:::{{talk}} a-talk
:title: {q["title"]}
:speakers: someone
:room: {q["room"]}
:tags: {yaml_quoted(values["tag"].replace(",", " "))}
:kind: keynote
:date: 2015-10-27
:projects: thing
:language: {q["language"]}
:::

:::{{project}} thing
:name: {q["project"]}
:kind: {q["kind"]}
:::

:::{{speaker-gallery}}
:::

:::{{schedule}}
:::

:::{{project-index}}
:::

:::{{event-index}}
:::

:::{{tag-index}}
:::

Mentions: {{speaker}}`someone`, {{talk}}`a-talk`, {{project}}`thing`, {{event}}`an-event`.
"""


FIELDS = ("name", "role", "org", "affiliation", "title", "room", "tag", "project", "kind")
FIELDS += ("event", "place", "language")
CONF = 'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
SUSPICIOUS_TAGS = {"script", "img", "iframe", "object", "embed", "b", "svg", "style"}


def squash(text: str) -> str:
    return " ".join(text.split())


def check_linked_data(main, values: dict[str, str]) -> None:
    """The schema.org scripts (the only scripts) hold the text as JSON data, whatever it is;
    they are then taken out, so no other script may be found."""
    scripts = main.find_all("script", type="application/ld+json")
    data = {found["@type"]: found for found in (json.loads(s.string) for s in scripts)}
    assert set(data) == {"Event", "Person"}
    assert data["Event"]["name"] == values["title"]
    assert data["Event"]["inLanguage"] == values["language"]
    assert data["Event"]["superEvent"]["name"] == values["event"]
    assert data["Event"]["location"]["name"] == values["room"]
    assert data["Person"]["name"] == values["name"]
    assert data["Person"]["worksFor"]["name"] == values["org"]
    for script in scripts:
        script.decompose()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(values=st.fixed_dictionaries({field: field_text for field in FIELDS}))
def test_hostile_text_is_shown_verbatim(make_app, tmp_path: Path, values: dict[str, str]):
    from bs4 import BeautifulSoup

    values = {k: v.strip() for k, v in values.items()}
    src = tmp_path / "hostile"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir()
    (src / "conf.py").write_text(CONF)
    (src / "index.md").write_text(page(values), encoding="utf-8")
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    app.cleanup()
    assert warnings_of(app.warning.getvalue()) == []
    html = (Path(app.outdir) / "index.html").read_text("utf-8")
    main = BeautifulSoup(html, "html.parser").find(attrs={"role": "main"})
    text = squash(main.get_text(" "))
    for field in FIELDS:
        expected = squash(values[field].replace(",", " ") if field == "tag" else values[field])
        assert expected in text, (field, expected)
    check_linked_data(main, values)
    for element in main.find_all(True):
        assert element.name not in SUSPICIOUS_TAGS
        for attribute, value in element.attrs.items():
            assert not attribute.startswith("on"), (element.name, attribute)
            if attribute in ("href", "src"):
                assert not str(value).lower().lstrip().startswith("javascript:")
