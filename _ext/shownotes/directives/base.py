"""What every shownotes directive shares: warnings at its line, checked option values."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from ..model import Record
from ..validate import BadValue, check_id, check_url, split_list
from ..warnings import warn

if TYPE_CHECKING:
    from ..domain import ShownotesDomain

T = TypeVar("T")


class OptionSpec(dict[str, Callable[[str], Any]]):
    """An option spec that lets unknown options through, so the directive can warn about them
    (with a shownotes subtype) instead of failing the whole directive."""

    def __missing__(self, key: str) -> Callable[[str], Any]:
        return directives.unchanged


#: Directives that declare an object; one of them inside another makes no sense.
DECLARING = ("speaker", "talk", "project", "checklist")


class ShownotesDirective(SphinxDirective):
    """Base: every option is read as text and checked here, so bad input is a warning."""

    optional_arguments = 1
    final_argument_whitespace = False

    #: Options whose absence is a ``missing-option`` warning.
    required_options: ClassVar[tuple[str, ...]] = ()
    #: Prefix of the HTML anchors of this directive's objects.
    objtype: ClassVar[str] = ""

    @property
    def domain(self) -> ShownotesDomain:
        """The shownotes domain of this build."""
        return self.env.domains["shownotes"]  # type: ignore[return-value]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.option_spec is not None and not isinstance(cls.option_spec, OptionSpec):
            cls.option_spec = OptionSpec(cls.option_spec)
            if cls.objtype:
                # Sphinx's convention: render the object, but leave it out of every index.
                cls.option_spec["no-index"] = directives.flag

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        known = set(dict(self.option_spec or {}))
        for option in sorted(set(self.options) - known):
            self.warn(
                f"unknown option :{option}: (known: {', '.join(sorted(known)) or 'none'}); "
                "it is ignored",
                "unknown-option",
            )
            del self.options[option]
        outer = self.env.temp_data.get("shownotes_inside")
        if outer and self.objtype in DECLARING:
            self.warn(f"a {self.name} cannot stand inside a {outer}", "misplaced")

    def parse_body(self) -> list[nodes.Node]:
        """The directive's content parsed as MyST, marked as inside this directive."""
        outer = self.env.temp_data.get("shownotes_inside")
        self.env.temp_data["shownotes_inside"] = self.name
        try:
            return self.parse_content_to_nodes(allow_section_headings=False)
        finally:
            if outer is None:
                self.env.temp_data.pop("shownotes_inside", None)
            else:
                self.env.temp_data["shownotes_inside"] = outer

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
        if not self.arguments:
            self.warn(f"a {self.name} needs an id: ':::{{{self.name}}} some-id'", "bad-id")
            return None
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

    @property
    def indexed(self) -> bool:
        """False with ``:no-index:``: no record, no listing, no link target, no index entry."""
        return "no-index" not in self.options

    def register(self, objtype: str, record: Record) -> None:
        """Store the object's record in the domain, unless ``:no-index:`` is given."""
        if self.indexed:
            self.domain.add_record(objtype, record)

    def index_node(self, text: str, anchor: str) -> addnodes.index:
        """A general-index entry for the object (none with ``:no-index:``)."""
        entries = [("single", text, anchor, "", None)] if self.indexed else []
        return addnodes.index(entries=entries)

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


def verbatim(text: str, classes: list[str] | None = None) -> nodes.inline:
    """Text from an option, shown exactly as written (no smart quotes, no markup)."""
    return nodes.inline("", text, classes=classes or [], support_smartquotes=False)
