"""What every shownotes directive shares: warnings at its line, checked option values, and
:meth:`ShownotesDirective.declare`, the one way an object gets its anchor and index entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_id

from ..access import get_domain
from ..indexing import make_index
from ..log import did_you_mean, warn
from ..model import Record
from ..nodeutil import xref
from ..validate import BadValue, check_id, check_url, split_list
from .late_options import late_options

if TYPE_CHECKING:
    from ..domain import ShownotesDomain

T = TypeVar("T")

#: The ``env.temp_data`` key naming the shownotes directive whose content is being parsed.
INSIDE_KEY = "shownotes_inside"

unchanged = directives.unchanged


def heading_as_option(section: nodes.section | None, text: str) -> None:
    """A section heading that says what the directive's option says shows it exactly as the
    option does: no smart quotes or dashes, like all option text (``shownotes import`` writes
    such headings from untrusted titles)."""
    title = section[0] if section is not None and section.children else None
    if isinstance(title, nodes.title) and title.astext() == text:
        title["support_smartquotes"] = False


class OptionSpec(dict[str, Callable[[str], Any]]):
    """An option spec that lets unknown options through, so the directive can warn about them
    (with a shownotes subtype) instead of failing the whole directive."""

    def __missing__(self, key: str) -> Callable[[str], Any]:
        return directives.unchanged


class ShownotesDirective(SphinxDirective):
    """Base: every option is read as text and checked here, so bad input is a warning."""

    optional_arguments = 1
    # An id with a space ("ada example") is one argument, refused by `object_id` with a
    # `bad-id` warning (docutils would drop the whole directive with an error).
    final_argument_whitespace = True

    #: The object kind this directive declares ("" for listings); prefix of its anchors.
    objtype: ClassVar[str] = ""
    #: False for a directive that lives inside another (a check in its checklist).
    standalone: ClassVar[bool] = True

    @property
    def domain(self) -> ShownotesDomain:
        """The shownotes domain of this build."""
        return get_domain(self.env)

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
            hint = did_you_mean(option, known, lambda name: f":{name}:")
            self.warn(
                f"unknown option :{option}: ({hint + ' ' if hint else ''}known: "
                f"{', '.join(sorted(known)) or 'none'}); it is ignored",
                "unknown-option",
            )
            del self.options[option]
        self.warn_late_options(known)
        outer = self.env.temp_data.get(INSIDE_KEY)
        if outer and self.objtype and self.standalone:
            self.warn(f"a {self.name} cannot stand inside a {outer}", "misplaced")

    def warn_late_options(self, known: set[str]) -> None:
        """A ``late-option`` warning at each option written after a blank line or after the
        body, which MyST and docutils read as text."""
        for index, option in late_options(self.content, known):
            warn(
                f"{self.name}: the option :{option}: comes after a blank line or after the "
                "body, so it is read as text; put it with the other options, right under "
                f"the {self.name} line",
                "late-option",
                (self.env.docname, self.content_line(index)),
            )

    def content_line(self, index: int) -> int:
        """The line in the file of the content's line ``index``: docutils gives the content's
        offset in the file, MyST from the directive's line (its ``MockState`` says so)."""
        if type(self.state).__module__.startswith("myst_parser."):
            return self.lineno + self.content_offset + index + 1
        return self.content_offset + index + 1

    # -- content -------------------------------------------------------------------------------

    @contextmanager
    def inside(self) -> Iterator[None]:
        """While parsing this directive's content: directives in it know where they stand."""
        outer = self.env.temp_data.get(INSIDE_KEY)
        self.env.temp_data[INSIDE_KEY] = self.name
        try:
            yield
        finally:
            if outer is None:
                self.env.temp_data.pop(INSIDE_KEY, None)
            else:
                self.env.temp_data[INSIDE_KEY] = outer

    def parse_body(self) -> list[nodes.Node]:
        """The directive's content parsed as MyST, marked as inside this directive."""
        with self.inside():
            return self.parse_content_to_nodes(allow_section_headings=False)

    # -- options -------------------------------------------------------------------------------

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

    def checked_list(self, option: str, check: Callable[[str], str], subtype: str) -> list[str]:
        """The items of a comma-separated option that pass ``check``; the others warn."""
        found = []
        for item in split_list(self.text_option(option)):
            try:
                found.append(check(item))
            except BadValue as err:
                self.warn(str(err), subtype)
        return list(dict.fromkeys(found))

    def id_list(self, option: str) -> tuple[str, ...]:
        """A comma-separated list of ids; malformed ones are warned about and dropped."""
        return tuple(self.checked_list(option, lambda v: check_id(v, f":{option}: item"), "bad-id"))

    def object_id(self) -> str | None:
        """The directive's argument as an id, or ``None`` after a ``bad-id`` warning."""
        if not self.arguments:
            self.warn(f"a {self.name} needs an id: ':::{{{self.name}}} some-id'", "bad-id")
            return None
        try:
            return check_id(self.arguments[0], f"{self.name} id")
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

    def fallback_name(self, oid: str | None) -> str:
        """What a missing ``:name:`` or ``:title:`` falls back to: the id as written."""
        return oid or (self.arguments[0] if self.arguments else "?")

    # -- declaring -----------------------------------------------------------------------------

    @property
    def indexed(self) -> bool:
        """False with ``:no-index:``: no record, no listing, no link target, no index entry."""
        return "no-index" not in self.options

    def declare(
        self, oid: str, label: str, holder: nodes.Element | None = None
    ) -> tuple[str, list[nodes.Node]]:
        """Make the object's anchor (Sphinx's ``make_id``) and its general-index entry: ``label``
        with ``%s`` for the object's name, put in after reading (:mod:`shownotes.indexing`).

        The anchor goes on ``holder`` (a section the object heads, or its own node) where one is
        given; else on a target returned to stand right before the object's node, which docutils
        then gives the anchor to (and LaTeX labels). Returns the anchor and the nodes to put
        before the object: the index entry (none with ``:no-index:`` or with
        ``shownotes_index_entries = False``) and the target, if any.
        """
        document = self.state.document
        anchor = make_id(self.env, document, self.objtype, oid)
        listed = self.indexed and self.env.config.shownotes_index_entries
        where = (self.objtype, oid, self.env.docname, self.lineno)
        before: list[nodes.Node] = [make_index(*where, label if listed else "", anchor)]
        if holder is not None:
            holder["ids"].append(anchor)
            document.set_id(holder)
        else:
            target = nodes.target("", "", ids=[anchor])
            document.note_explicit_target(target)
            before.append(target)
        return anchor, before

    def unique_id(self, node: nodes.Element, wanted: str) -> str:
        """Give ``node`` the id ``wanted``, or, if the page already has it, the id Sphinx's
        ``make_id`` makes instead; the id is noted on the page, so no other node gets it."""
        document = self.state.document
        node_id = make_id(self.env, document, "", wanted)
        node["ids"].append(node_id)
        document.set_id(node)
        return node_id

    def reserve_id(self, wanted: str, holder: nodes.Element) -> str:
        """An id unique on the page for an element a visitor of ``holder`` draws (a checkbox):
        ``wanted``, or what ``make_id`` makes instead, noted as ``holder``'s."""
        document = self.state.document
        node_id = make_id(self.env, document, "", wanted)
        document.ids[node_id] = holder
        return node_id

    def register(self, record: Record, objtype: str = "") -> None:
        """Store the object's record (of this directive's kind unless ``objtype`` says
        otherwise) in the domain, unless ``:no-index:`` is given."""
        if self.indexed:
            self.domain.add_record(objtype or self.objtype, record)

    def xref(
        self, objtype: str, target: str, text: str = "", talk: str = ""
    ) -> addnodes.pending_xref:
        """A pending cross-reference to another object of the domain, at this line; ``talk``
        is the talk it counts as a mention in."""
        node = xref(objtype, target, text, refdoc=self.env.docname)
        if talk:
            node["shownotes_talk"] = talk
        self.set_source_info(node)
        return node
