"""Small node helpers every part shares: the cross-reference factory, joined lists, verbatim
text, and how dates and times read."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from docutils import nodes
from sphinx import addnodes
from sphinx.locale import get_translation

_ = get_translation("shownotes")


def xref(
    objtype: str,
    target: str,
    text: str = "",
    *,
    refdoc: str,
    explicit: bool | None = None,
) -> addnodes.pending_xref:
    """A reference to the ``shownotes`` object ``objtype`` ``target``, resolved after reading.

    It shows ``text`` (the target itself if empty; then the domain puts the object's name in
    when it resolves). ``explicit`` says whether ``text`` is the author's own (default: when
    ``text`` is given).
    """
    shown = text or target
    return addnodes.pending_xref(
        "",
        nodes.inline(shown, shown, classes=["xref", "shownotes", f"shownotes-ref-{objtype}"]),
        refdomain="shownotes",
        reftype=objtype,
        reftarget=target,
        refexplicit=bool(text) if explicit is None else explicit,
        refwarn=True,
        refdoc=refdoc,
    )


def page_xref(docname: str, title: str, refdoc: str) -> addnodes.pending_xref:
    """A reference to a whole page, showing its title."""
    return addnodes.pending_xref(
        "",
        nodes.inline(title, title, classes=["xref", "doc"]),
        refdomain="std",
        reftype="doc",
        reftarget="/" + docname,
        refexplicit=True,
        refdoc=refdoc,
    )


def joined(items: Sequence[nodes.Node], separator: str = ", ") -> list[nodes.Node]:
    """``items`` with ``separator`` text between them."""
    out: list[nodes.Node] = []
    for n, item in enumerate(items):
        if n:
            out.append(nodes.Text(separator))
        out.append(item)
    return out


def verbatim(text: str, classes: Sequence[str] = ()) -> nodes.inline:
    """Text from an option, shown exactly as written (no smart quotes, no markup)."""
    return nodes.inline("", text, classes=list(classes), support_smartquotes=False)


def option_text(text: str, classes: Sequence[str] = ()) -> nodes.inline:
    """A name or title from a directive's option, shown as written (:func:`verbatim`) and
    translatable: the gettext builder puts it in the catalogues, a translation replaces it
    (:class:`shownotes.i18n_text.SourceOfOptionText` gives it the source gettext needs)."""
    node = verbatim(text, classes)
    node.rawsource = text
    node["translatable"] = True
    return node


def empty(message: str) -> nodes.paragraph:
    """The paragraph an empty listing shows."""
    return nodes.paragraph("", message, classes=["shownotes-empty"])


def time_text(start: str, utc_offset: str = "") -> str:
    """ "09:00", or "02:30 UTC+01:00" where the talk gives its offset."""
    if start and utc_offset:
        return f"{start} UTC{utc_offset}"
    return start


def when_text(date: str, start: str, duration: int | None, utc_offset: str = "") -> str:
    """ "2015-10-27 09:00 (15 min)" from whichever parts are known."""
    text = " ".join(part for part in (date, time_text(start, utc_offset)) if part)
    if duration:
        text += (" " if text else "") + _("(%d min)") % duration
    return text


def time_and_duration(start: str, duration: int | None, utc_offset: str = "") -> str:
    """ "09:00 (15 min)", "(15 min)" or "09:00": a schedule's time column."""
    time = time_text(start, utc_offset)
    if not duration:
        return time
    minutes = _("(%d min)") % duration
    return f"{time} {minutes}" if time else minutes


def date_range(start: str, end: str, dates: str = "") -> str:
    """ "2015-10-27 \u2013 2015-10-30", or one date, or the configuration's free ``dates``."""
    if start and end and end != start:
        return f"{start} \u2013 {end}"
    return start or end or dates


def host_label(url: str) -> str:
    """What a speaker's link shows: its host name (``mastodon.social``, ``github.com``), or the
    address of a ``mailto:`` link."""
    if url.lower().startswith("mailto:"):
        return url[len("mailto:") :]
    host = urlsplit(url).hostname or url
    return host[4:] if host.startswith("www.") else host


def first_free(base: str, taken: set[str], separator: str = "-") -> str:
    """``base``, else ``base-2``, ``base-3``... (with ``separator``): the first not in ``taken``,
    which then holds it."""
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{separator}{n}"
    taken.add(name)
    return name
