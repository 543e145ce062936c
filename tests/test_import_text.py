"""Untrusted text stays text: MyST options, headings and fences read back exactly, and the
``imported-text`` readers make nothing but paragraphs, lists, emphasis and safe links."""

from __future__ import annotations

import re
from typing import ClassVar

from bs4 import BeautifulSoup
from docutils import nodes
from docutils.parsers.rst import Directive, directives
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.renderer import RendererHTML
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.directives import parse_directive_text
from myst_parser.parsers.mdit import create_md_parser
from shownotes.importers import clean, myst
from shownotes.safetext import MARKUPS, to_nodes

#: Characters with a meaning in MyST, Markdown, HTML, reST or LaTeX.
META = [
    *"#*_`[](){}<>!|$%&~^\\:;'\"-=+@/.,?",
    "\n", "\r", "\t", "\x00", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b",
    ":::", "```", "~~~", "---", "{{", "}}", "$$", "\\begin{x}", "\\end{x}", "<script>",
    "</script>", "<!--", "-->", "&amp;", "&#0;", ".. raw:: html", ":role:`x`", "{talk}`x`",
    "(label)=", "[x]: http://y", "http://e.org/a", "javascript:alert(1)", "# ", "% ",
    "<a href='javascript:x'>", "\\", "é", "日本", "🎉", "§1.2", "&sect;", "\u00a0", "\u202e",
]  # fmt: skip
hostile = st.lists(st.one_of(st.sampled_from(META), st.text(max_size=8)), max_size=12).map("".join)
everything = st.text(st.characters(exclude_categories=()), max_size=40)


class Probe(Directive):
    """A directive with one option and a body, to ask MyST's own parser what it reads."""

    has_content = True
    optional_arguments = 1
    option_spec: ClassVar = {"value": directives.unchanged, "markup": directives.unchanged}


def extensions() -> set[str]:
    """Every MyST syntax extension this MyST knows (linkify needs a package we do not use)."""
    known = set()
    for name in ("alert", "amsmath", "attrs_image", "attrs_inline", "attrs_block",
                 "colon_fence", "deflist", "dollarmath", "fieldlist", "gfm_autolink",
                 "html_admonition", "html_image", "replacements", "section_ref", "smartquotes",
                 "strikethrough", "substitution", "tasklist"):  # fmt: skip
        try:
            MdParserConfig(enable_extensions={name})
        except ValueError:
            continue
        known.add(name)
    return known


MD = create_md_parser(MdParserConfig(enable_extensions=extensions()), RendererHTML)


@settings(max_examples=500)
@given(value=st.one_of(everything, hostile))
def test_option_values_read_back_exactly(value):
    result = parse_directive_text(Probe, "", myst.option("value", value) + "\n\nbody")
    assert result.warnings == []
    assert result.options.get("value", "") == value
    assert result.body == ["body"]


@settings(max_examples=300)
@given(title=st.one_of(everything, hostile).map(clean.one_line).filter(bool))
def test_headings_are_literal_with_every_myst_extension(title):
    tokens = MD.parse(myst.heading(2, title))
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    assert {c.type for c in tokens[1].children or []} <= {"text", "text_special"}
    html = BeautifulSoup(MD.render(myst.heading(2, title)), "html.parser")
    assert html.find("h2") is not None and html.find("h2").find(True) is None
    assert html.find("h2").get_text() == title


@settings(max_examples=300)
@given(text=st.one_of(everything, hostile).map(clean.multiline))
def test_a_fenced_body_is_handed_over_exactly(text):
    inner = myst.fence_length(text)
    block = myst.fenced(
        "talk",
        "x",
        [myst.option("value", "v")],
        myst.imported_text(text, "markdown", inner),
        inner + 1,
    )
    outer = MD.parse(block)
    assert len(outer) == 1 and outer[0].info.strip() == "{talk} x"
    talk = parse_directive_text(Probe, "x", outer[0].content)
    assert talk.options == {"value": "v"}
    nested = MD.parse("\n".join(talk.body))
    assert len(nested) == 1 and nested[0].info.strip() == "{imported-text}"
    result = parse_directive_text(Probe, "", nested[0].content)
    assert result.options == {"markup": "markdown"}
    assert "\n".join(result.body) == text.replace("\r", "")


ALLOWED = (
    nodes.paragraph, nodes.bullet_list, nodes.enumerated_list, nodes.list_item,
    nodes.emphasis, nodes.strong, nodes.reference, nodes.inline, nodes.Text,
)  # fmt: skip
WORD = re.compile(r"[^\W_]+")
TAG = re.compile(r"<[^>]*>?|&#?\w+;")


def visible(result: list[nodes.Element]) -> str:
    urls = " ".join(n["refuri"] for r in result for n in r.findall(nodes.reference))
    return " ".join(r.astext() for r in result) + " " + urls


@settings(max_examples=300)
@given(text=hostile.map(clean.multiline), markup=st.sampled_from(MARKUPS))
def test_imported_text_makes_only_safe_nodes_and_keeps_every_word(text, markup):
    result = to_nodes(text, markup)
    for root in result:
        for node in root.findall():
            assert isinstance(node, ALLOWED), node
            if isinstance(node, nodes.reference):
                assert node["refuri"].lower().startswith(("http://", "https://", "mailto:"))
    shown = visible(result)
    source = TAG.sub(" ", text) if markup in ("markdown", "html") else text
    for word in WORD.findall(source):
        assert word in shown, (word, shown)


def structure(text: str, markup: str) -> str:
    return "\n".join(n.pformat() for n in to_nodes(text, markup))


def test_markdown_keeps_paragraphs_lists_emphasis_and_links_only():
    out = structure(
        "# Not a heading\n\n- *a* **b** [c](https://x.org) `d`\n\n<h2>e</h2><script>f</script>",
        "markdown",
    )
    assert "<paragraph>\n    # Not a heading" in out
    assert "<emphasis>" in out and "<strong>" in out and 'refuri="https://x.org"' in out
    assert "`d`" in out and "e" in out and "f" in out
    assert "heading" not in out.replace("Not a heading", "") and "literal" not in out


def test_html_keeps_the_text_of_unknown_tags():
    out = structure(
        '<small>Version</small><p>x <a href="javascript:y">z</a><img alt="pic" src="s"></p>', "html"
    )
    assert "Version" in out and "pic" in out and "javascript" not in out and "<reference" not in out


def test_rst_and_text():
    rst = structure(
        "Title\n=====\n\n*em* and `site <https://a.b>`_ and :role:`x`\n\n- one\n- two", "rst"
    )
    assert "=====" in rst and "<emphasis>" in rst and 'refuri="https://a.b"' in rst
    assert ":role:`x`" in rst and "<bullet_list" in rst
    text = structure("* one\n* two\n\nsee https://a.b/c.", "text")
    assert "<bullet_list" in text and 'refuri="https://a.b/c"' in text and "\n    .\n" in text
