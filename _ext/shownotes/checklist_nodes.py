"""Checklist nodes and their html, latex and text visitors.

The nodes subclass standard docutils nodes (``container``, ``paragraph``), so builders without
a visitor of their own here fall back to the standard one; man and texinfo have visitors for
checks and their titles (the box and number, and, in man, the paragraph breaks). Every piece of user
text stays a child node: the visitors below only write fixed markup and attribute values, and
attribute values go through the translator's ``starttag`` escaping.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import get_translation

from .checklist_man import (
    depart_check_title_paragraph,
    visit_check_man,
    visit_check_title_paragraph,
)
from .nodes import pass_node, skip_node
from .nodeutil import first_free

_ = get_translation("shownotes")

#: How ticks are counted in the progress line; ``{checked}`` and ``{total}`` are filled by JS.
PROGRESS_TEMPLATE = "{checked} of {total} checked"


def progress_template() -> str:
    """:data:`PROGRESS_TEMPLATE` in the reader's language (a literal, so Babel extracts it)."""
    return str(_("{checked} of {total} checked"))


class checklist(nodes.container):
    """A whole checklist: title, metadata, controls and its checks.

    Attributes: ``checklist_id`` (``""`` when the id was refused), ``title_id`` (HTML id of
    the title, for ``aria-labelledby``).
    """


class checklist_controls(nodes.General, nodes.Element):
    """Where the HTML progress line and reset button go (``total`` checks); skipped elsewhere."""


class check_list(nodes.container):
    """Consecutive checks of a checklist: an ordered list (``start`` is the first number)."""


class check(nodes.container):
    """One check. Attributes: ``check_id``, ``checklist_id``, ``number`` (0: not in a
    checklist, so no box), ``key`` (what the browser stores for its tick)."""


class check_title(nodes.paragraph):
    """The check's number and title; in HTML also its checkbox (``box_id``)."""


def _number(node: nodes.Element) -> int:
    """The number of the check holding ``node`` (0 if it has none)."""
    parent = node.parent
    return int(parent.get("number", 0)) if isinstance(parent, check) else 0


# -- HTML (epub and the other html builders use these too) ---------------------------------


def storage_key(self: Any, checklist_id: str) -> str:
    """The page-unique key the browser keeps a checklist's ticks under: its id, then ``id~2``,
    ``id~3``... for further checklists of that id on the page (a ``:no-index:`` copy, an ignored
    duplicate). One translator writes one page (singlehtml: the whole site), so it counts."""
    taken: set[str] = self.__dict__.setdefault("_shownotes_storage_keys", set())
    return first_free(checklist_id, taken, "~")


def visit_checklist_html(self: Any, node: checklist) -> None:
    persist = "true" if self.config.shownotes_checklist_persist else "false"
    checklist_id = node.get("checklist_id", "")
    attributes = {"role": "group", "data-checklist": checklist_id, "data-persist": persist}
    if checklist_id:
        attributes["data-storage-key"] = storage_key(self, checklist_id)
    if node.get("title_id"):
        attributes["aria-labelledby"] = node["title_id"]
    self.body.append(self.starttag(node, "div", **attributes))


def depart_checklist_html(self: Any, node: checklist) -> None:
    self.body.append("</div>\n")


def visit_checklist_controls_html(self: Any, node: checklist_controls) -> None:
    """Progress line and reset button: hidden until the script runs (useless without it)."""
    total = int(node.get("total", 0))
    template = progress_template()
    progress = template.replace("{checked}", "0").replace("{total}", str(total))
    self.body.append(
        self.starttag(node, "div", CLASS="shownotes-checklist-controls", hidden="hidden")
    )
    self.body.append(
        self.starttag(
            nodes.Element(),
            "p",
            "",
            CLASS="shownotes-checklist-progress",
            role="status",
            **{"aria-live": "polite", "data-template": template, "data-total": str(total)},
        )
    )
    self.body.append(self.encode(progress) + "</p>\n")
    self.body.append(
        self.starttag(
            nodes.Element(), "button", "", CLASS="shownotes-checklist-reset", type="button"
        )
    )
    self.body.append(self.encode(_("Reset")) + "</button>\n</div>\n")
    raise nodes.SkipNode


def visit_check_list_html(self: Any, node: check_list) -> None:
    attributes: dict[str, str] = {"role": "list"}
    if int(node.get("start", 1)) != 1:
        attributes["start"] = str(node["start"])
    self.body.append(self.starttag(node, "ol", **attributes))


def depart_check_list_html(self: Any, node: check_list) -> None:
    self.body.append("</ol>\n")


def _check_tag(node: check) -> str:
    """``li`` in a list of checks, ``div`` elsewhere (a check outside a checklist)."""
    return "li" if isinstance(node.parent, check_list) else "div"


def visit_check_html(self: Any, node: check) -> None:
    self.body.append(self.starttag(node, _check_tag(node)))


def depart_check_html(self: Any, node: check) -> None:
    self.body.append(f"</{_check_tag(node)}>\n")


def visit_check_title_html(self: Any, node: check_title) -> None:
    number = _number(node)
    self.body.append(self.starttag(node, "p", ""))
    box_id = node.get("box_id", "")
    if number and box_id:
        assert isinstance(node.parent, check)
        # A fresh element each time: starttag() extends the element's own "ids" list.
        self.body.append(
            self.starttag(
                nodes.Element(),
                "input",
                "",
                empty=True,
                type="checkbox",
                autocomplete="off",  # ticks come back from storage only, not form restore
                CLASS="shownotes-check-box",
                ids=[box_id],
                **{"data-check": node.parent.get("key", "")},
            )
        )
        self.body.append(
            self.starttag(
                nodes.Element(), "label", "", CLASS="shownotes-check-label", **{"for": box_id}
            )
        )
    else:
        self.body.append(self.starttag(nodes.Element(), "span", "", CLASS="shownotes-check-label"))
    if number:
        self.body.append(f'<span class="shownotes-check-number">{number}.</span> ')
    self.body.append('<span class="shownotes-check-title-text">')


def depart_check_title_html(self: Any, node: check_title) -> None:
    closing = "label" if _number(node) and node.get("box_id") else "span"
    self.body.append(f"</span></{closing}></p>\n")


# -- LaTeX ----------------------------------------------------------------------------------


def visit_checklist_latex(self: Any, node: checklist) -> None:
    self.body.append("\n" + self.hypertarget_to(node, anchor=True) + "\n")


def depart_checklist_latex(self: Any, node: checklist) -> None:
    self.body.append("\n")


def visit_check_list_latex(self: Any, node: check_list) -> None:
    self.body.append("\n\\begin{itemize}\n")


def depart_check_list_latex(self: Any, node: check_list) -> None:
    self.body.append("\n\\end{itemize}\n")


def visit_check_latex(self: Any, node: check) -> None:
    target = self.hypertarget_to(node, anchor=True) if node["ids"] else ""
    if isinstance(node.parent, check_list):
        self.body.append("\n\\item[\\(\\square\\)] " + target)
    else:
        self.body.append("\n\\par\\noindent " + target)


def depart_check_latex(self: Any, node: check) -> None:
    self.body.append("\n")


def visit_check_title_latex(self: Any, node: check_title) -> None:
    number = _number(node)
    self.body.append("\\sphinxstylestrong{" + (f"{number}.\\ " if number else ""))


def depart_check_title_latex(self: Any, node: check_title) -> None:
    self.body.append("}\n")


# -- text ----------------------------------------------------------------------------------


def visit_check_text(self: Any, node: check) -> None:
    self.new_state(4 if node.get("number") else 0)


def depart_check_text(self: Any, node: check) -> None:
    self.end_state(first="[ ] " if node.get("number") else None)


def visit_check_title_text(self: Any, node: check_title) -> None:
    self.new_state(0)
    number = _number(node)
    if number:
        self.add_text(f"{number}. ")


def depart_check_title_text(self: Any, node: check_title) -> None:
    self.end_state()


def setup_checklist_nodes(app: Sphinx) -> None:
    """Register the checklist nodes with their visitors (man and texinfo fall back)."""
    app.add_node(
        checklist,
        html=(visit_checklist_html, depart_checklist_html),
        latex=(visit_checklist_latex, depart_checklist_latex),
        text=(pass_node, pass_node),
    )
    app.add_node(
        checklist_controls,
        html=(visit_checklist_controls_html, None),
        latex=(skip_node, None),
        text=(skip_node, None),
        man=(skip_node, None),
        texinfo=(skip_node, None),
    )
    app.add_node(
        check_list,
        html=(visit_check_list_html, depart_check_list_html),
        latex=(visit_check_list_latex, depart_check_list_latex),
        text=(pass_node, pass_node),
    )
    app.add_node(
        check,
        html=(visit_check_html, depart_check_html),
        latex=(visit_check_latex, depart_check_latex),
        text=(visit_check_text, depart_check_text),
        man=(visit_check_man, None),
    )
    paragraph = (visit_check_title_paragraph, depart_check_title_paragraph)
    app.add_node(
        check_title,
        html=(visit_check_title_html, depart_check_title_html),
        latex=(visit_check_title_latex, depart_check_title_latex),
        text=(visit_check_title_text, depart_check_title_text),
        man=paragraph,
        texinfo=paragraph,
    )
    # The LaTeX box is amssymb's \square (Sphinx loads amssymb by default; be sure of it).
    app.add_latex_package("amssymb")
