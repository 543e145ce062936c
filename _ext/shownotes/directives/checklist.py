"""``checklist`` and ``check``: a troubleshooting checklist of numbered checks.

The ``checklist`` directive parses its content with a :class:`ChecklistContext` in the
document's ``temp_data``; each ``check`` inside appends its node there. The checklist then
numbers its checks 1..n and records them (ids ``checklist-id.check-id``), so a ``{check}`` link
can land on a single check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from docutils import nodes
from sphinx.locale import get_translation
from sphinx.util.nodes import make_id

from ..checklist_nodes import check, check_list, check_title, checklist, checklist_controls
from ..model import Check, Checklist, TextParts
from ..nodeutil import joined
from ..plaintext import text_parts
from ..validate import check_id
from .base import INSIDE_KEY, ShownotesDirective, unchanged

_ = get_translation("shownotes")

#: The ``env.temp_data`` key (per document) of the checklist whose content is being parsed.
CONTEXT_KEY = "shownotes_checklist"


@dataclass
class ChecklistContext:
    """The checklist being parsed: its id (``""`` if refused) and the checks met so far."""

    checklist_id: str
    checks: list[check] = field(default_factory=list)


def group_checks(children: list[nodes.Node]) -> list[nodes.Node]:
    """``children`` with each run of consecutive checks wrapped in a :class:`check_list`."""
    out: list[nodes.Node] = []
    run: check_list | None = None
    for child in children:
        if isinstance(child, check):
            if run is None:
                run = check_list(classes=["shownotes-check-list"])
                out.append(run)
            run += child
        else:
            run = None
            out.append(child)
    return out


class ChecklistDirective(ShownotesDirective):
    """A checklist: ``:title:`` (required), ``:projects:``, ``:talk:``; content holds checks."""

    objtype = "checklist"
    has_content = True
    option_spec: ClassVar[dict] = {"title": unchanged, "projects": unchanged, "talk": unchanged}

    def run(self) -> list[nodes.Node]:
        oid = self.object_id()
        title = self.required_text("title", self.fallback_name(oid))
        projects = self.id_list("projects")
        talk = self.checked("talk", lambda v: check_id(v, ":talk:"), "bad-id") or ""

        node = checklist(classes=["shownotes-checklist"], checklist_id=oid or "")
        self.set_source_info(node)
        title_nodes, messages = self.parse_inline(title, lineno=self.lineno)
        anchor, before = self.anchor(oid, "".join(part.astext() for part in title_nodes), node)
        rubric = nodes.rubric(title, "", *title_nodes, classes=["shownotes-checklist-title"])
        rubric["translatable"] = True  # (gettext: see shownotes.i18n_text)
        node["title_id"] = self.unique_id(rubric, f"{anchor}-title")
        node += rubric
        meta = self.meta(talk, projects)
        if meta is not None:
            node += meta
        controls = checklist_controls()
        node += controls

        context = self.parse_checks(node, oid or "")
        controls["total"] = len(context.checks)
        if not context.checks:
            self.warn("has no check directives inside it", "empty")
        check_ids = self.number_checks(context, oid)

        node += messages
        if oid is not None:
            self.register(
                Checklist(
                    oid,
                    self.env.docname,
                    self.lineno,
                    anchor,
                    title=rubric.astext(),
                    title_parts=text_parts(title_nodes),
                    talk=talk,
                    projects=projects,
                    checks=check_ids,
                ),
            )
        return [*before, node]

    def anchor(self, oid: str | None, title: str, node: checklist) -> tuple[str, list[nodes.Node]]:
        """The checklist's anchor and index entry; a refused id gets an anchor nothing links
        to (its checks' anchors start with it) and no entry."""
        if oid is not None:
            return self.declare(oid, _("%s (checklist)"), node)
        anchor = make_id(self.env, self.state.document, self.objtype, "untitled")
        return self.unique_id(node, anchor), []

    def meta(self, talk: str, projects: tuple[str, ...]) -> nodes.paragraph | None:
        """ "From the talk: X. Projects: A, B." as cross-references (they count as mentions)."""
        para = nodes.paragraph(classes=["shownotes-checklist-meta"])
        if talk:
            para += nodes.inline("", _("From the talk: "), classes=["shownotes-label"])
            para += self.xref("talk", talk)
        if projects:
            if talk:
                para += nodes.Text(" · ")
            para += nodes.inline("", _("Projects: "), classes=["shownotes-label"])
            para += joined([self.xref("project", p, talk=talk) for p in projects])
        return para if para.children else None

    def parse_checks(self, node: checklist, oid: str) -> ChecklistContext:
        """Parse the content with this checklist as the current one; group its checks.

        (A checklist inside another is warned about by the base class; its checks are its
        own and numbered apart.)
        """
        temp_data = self.env.temp_data
        outer = temp_data.get(CONTEXT_KEY)
        context = ChecklistContext(oid)
        temp_data[CONTEXT_KEY] = context
        try:
            children = self.parse_body()
        finally:
            if outer is None:
                temp_data.pop(CONTEXT_KEY, None)
            else:
                temp_data[CONTEXT_KEY] = outer
        node.extend(group_checks(children))
        return context

    def number_checks(self, context: ChecklistContext, oid: str | None) -> tuple[str, ...]:
        """Number the checks 1..n in document order; record those with valid ids."""
        seen: set[str] = set()
        recorded: list[str] = []
        for number, item in enumerate(context.checks, 1):
            item["number"] = number
            cid = item.get("check_id", "")
            # What the browser stores for the tick: unique within the checklist.
            item["key"] = cid if cid and cid not in seen else str(number)
            seen.add(cid)
            texts = item.attributes.pop("texts", {})  # (kept out of the doctree)
            if oid is None or not cid:
                continue
            full_id = f"{oid}.{cid}"
            recorded.append(full_id)
            self.register(
                Check(
                    full_id,
                    self.env.docname,
                    item["lineno"],
                    item["ids"][0],
                    title=item["title"],
                    title_parts=texts.get("title", ()),
                    number=number,
                    expect=texts.get("expect", ()),
                    if_not=texts.get("if-not", ()),
                ),
                "check",
            )
        for run in self._runs(context):
            first = run.children[0]
            run["start"] = first.get("number", 1) if isinstance(first, check) else 1
        return tuple(dict.fromkeys(recorded))

    @staticmethod
    def _runs(context: ChecklistContext) -> list[check_list]:
        """The lists holding the context's checks (each once)."""
        runs: dict[int, check_list] = {}
        for item in context.checks:
            if isinstance(item.parent, check_list):
                runs[id(item.parent)] = item.parent
        return list(runs.values())


class CheckDirective(ShownotesDirective):
    """One check of a checklist: ``:title:``, ``:expect:``, ``:if-not:``; content = body."""

    objtype = "check"
    standalone = False  # it stands in its checklist
    has_content = True
    option_spec: ClassVar[dict] = {"title": unchanged, "expect": unchanged, "if-not": unchanged}

    def run(self) -> list[nodes.Node]:
        context = self.context()
        oid = self.object_id()
        title = self.required_text("title", self.fallback_name(oid))
        node = check(classes=["shownotes-check"], check_id=oid or "", lineno=self.lineno)
        self.set_source_info(node)
        title_nodes, messages = self.parse_inline(title, lineno=self.lineno)
        heading = check_title(title, "", *title_nodes, classes=["shownotes-check-title"])
        heading["translatable"] = True  # (gettext: see shownotes.i18n_text)
        node["title"] = heading.astext()
        node += heading
        if context is not None:
            node["checklist_id"] = context.checklist_id
            prefix = f"{context.checklist_id}-" if context.checklist_id else ""
            anchor = make_id(self.env, self.state.document, "check", prefix + (oid or "item"))
            node["ids"].append(anchor)
            self.state.document.set_id(node)
            # (Reserved for the box, which its title draws, but not the title's own id.)
            heading["box_id"] = self.reserve_id(f"{anchor}-box", heading)
            context.checks.append(node)

        body = self.parse_body()
        if body:
            node += nodes.container("", *body, classes=["shownotes-check-body"])
        parts, texts = self.parts(messages)
        node += parts
        if context is not None:
            texts["title"] = text_parts(title_nodes)
            node["texts"] = texts  # for the check's record (see ChecklistDirective)
        node += messages
        return [node]

    def context(self) -> ChecklistContext | None:
        """The checklist this check stands in; ``None`` (and a warning) if it is in none."""
        context = self.env.temp_data.get(CONTEXT_KEY)
        if not isinstance(context, ChecklistContext):
            self.warn(
                "is outside a checklist; it is shown without a number or box (put it inside "
                "a checklist directive)",
                "misplaced",
            )
            return None
        if self.env.temp_data.get(INSIDE_KEY) == "check":
            self.warn(
                "a check cannot stand inside another check; it is shown without a number or box",
                "misplaced",
            )
            return None
        return context

    def parts(
        self, messages: list[nodes.system_message]
    ) -> tuple[list[nodes.Node], dict[str, TextParts]]:
        """The "Expect:" and "If not:" parts (inline MyST) and their text, by option; their
        messages go to ``messages``."""
        found: list[nodes.Node] = []
        texts: dict[str, TextParts] = {}
        for option, label, css in (
            ("expect", _("Expect:"), "shownotes-check-expect"),
            ("if-not", _("If not:"), "shownotes-check-if-not"),
        ):
            text = self.text_option(option)
            if not text:
                continue
            parts, msgs = self.parse_inline(text, lineno=self.lineno)
            messages += msgs
            texts[option] = text_parts(parts)
            para = nodes.paragraph(
                "", "", nodes.strong("", label, classes=["shownotes-label"]), nodes.Text(" ")
            )
            para += nodes.inline(text, "", *parts, translatable=True)  # (see i18n_text)
            found.append(nodes.container("", para, classes=[css]))
        return found, texts
