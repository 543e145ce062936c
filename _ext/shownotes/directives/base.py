"""What every shownotes directive shares: warnings at its line, checked option values."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, TypeVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from ..validate import BadValue, check_id, check_url, split_list
from ..warnings import warn

if TYPE_CHECKING:
    from ..domain import ShownotesDomain

T = TypeVar("T")


class ShownotesDirective(SphinxDirective):
    """Base: every option is read as text and checked here, so bad input is a warning."""

    #: Options whose absence is a ``missing-option`` warning.
    required_options: ClassVar[tuple[str, ...]] = ()
    #: Prefix of the HTML anchors of this directive's objects.
    objtype: ClassVar[str] = ""

    @property
    def domain(self) -> ShownotesDomain:
        """The shownotes domain of this build."""
        return self.env.domains["shownotes"]  # type: ignore[return-value]

    def warn(self, message: str, subtype: str) -> None:
        """A shownotes warning at this directive's file and line."""
        warn(f"{self.name}: {message}", subtype, self.get_location())

    def checked(self, option: str, check: Callable[[str], T], subtype: str) -> T | None:
        """The option's value passed through ``check``; a warning and ``None`` if it fails."""
        value = self.options.get(option)
        if value is None or not str(value).strip():
            return None
        try:
            return check(str(value))
        except BadValue as err:
            self.warn(str(err), subtype)
            return None

    def text_option(self, option: str) -> str:
        """An option's text, stripped ("" if absent)."""
        return str(self.options.get(option) or "").strip()

    def url_option(self, option: str) -> str:
        """An http(s)/mailto URL option, or "" (a ``bad-url`` warning if it is anything else)."""
        return self.checked(option, check_url, "bad-url") or ""

    def id_list(self, option: str) -> tuple[str, ...]:
        """A comma-separated list of ids; malformed ones are warned about and dropped."""
        ids = []
        for item in split_list(self.text_option(option)):
            try:
                ids.append(check_id(item, f":{option}: item"))
            except BadValue as err:
                self.warn(str(err), "bad-id")
        return tuple(dict.fromkeys(ids))

    def object_id(self) -> str | None:
        """The directive's argument as an id, or ``None`` after a ``bad-id`` warning."""
        try:
            return check_id(self.arguments[0] if self.arguments else "", f"{self.name} id")
        except BadValue as err:
            self.warn(str(err), "bad-id")
            return None

    def required_text(self, option: str, fallback: str) -> str:
        """A required option's text; its absence is warned about and ``fallback`` used."""
        value = self.text_option(option)
        if not value:
            self.warn(f"missing :{option}: option; using {fallback!r}", "missing-option")
            return fallback
        return value

    def new_anchor(self, oid: str) -> str:
        """A document-unique HTML anchor for the object ``oid``."""
        base = nodes.make_id(f"{self.objtype}-{oid}") or self.objtype
        anchor, n = base, 1
        while anchor in self.state.document.ids:
            n += 1
            anchor = f"{base}-{n}"
        return anchor

    def index_node(self, text: str, anchor: str) -> addnodes.index:
        """A general-index entry for the object."""
        return addnodes.index(entries=[("single", text, anchor, "", None)])

    def xref(
        self, objtype: str, target: str, text: str = "", talk: str = ""
    ) -> addnodes.pending_xref:
        """A pending cross-reference to another object of the domain, at this line."""
        node = addnodes.pending_xref(
            "",
            nodes.inline(
                text or target,
                text or target,
                classes=["xref", "shownotes", f"shownotes-ref-{objtype}"],
            ),
            refdomain="shownotes",
            reftype=objtype,
            reftarget=target,
            refexplicit=bool(text),
            refwarn=True,
            refdoc=self.env.docname,
        )
        if talk:
            node["shownotes_talk"] = talk
        self.set_source_info(node)
        return node


unchanged = directives.unchanged
