"""Generate a synthetic conference as a Sphinx project, written three ways.

The same facts (T talks, T/2 speakers, T/10 projects; each talk with two speakers, three
projects and a few paragraphs; talks grouped on pages by day and track) are written as:

``shownotes``
    the extension's directives (``speaker``, ``talk``, ``project``), roles and listings
    (``speaker-gallery``, ``schedule``, ``project-index``);
``plain``
    plain MyST with the same visible text: hand-written labels, ``{ref}`` links, speaker cards
    with their talk lists, schedule tables and the project index (as a person would keep them);
``needs``
    sphinx-needs items (need types ``speaker``, ``talk``, ``project``), link types ``speakers``
    and ``projects`` (their incoming side is the backlink) and ``needtable`` listings.

Everything is deterministic for a given ``(talks, seed)``. Files are only written when their
content changes, so regenerating after an edit leaves the mtimes of untouched sources alone
(Sphinx decides what to re-read from source mtimes).

Usage: ``python bench/generate.py OUTDIR --talks 500 --variant plain [--edit text --edit move]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

VARIANTS: tuple[str, ...] = ("shownotes", "plain", "needs")
# Opt-in: sphinx-needs with a needtable of talks on every speaker card (filters every need).
EXTRA_VARIANTS: tuple[str, ...] = ("needs-tables",)
EDITS: tuple[str, ...] = ("text", "move")

DATES: tuple[str, ...] = ("2015-10-27", "2015-10-28", "2015-10-29", "2015-10-30")
TALKS_PER_PAGE = 25  # talks on one day/track page (at most)
CARDS_PER_PAGE = 25  # speakers or projects on one page
FIRST_START_MIN = 8 * 60  # 08:00
SLOT_MIN = 35  # 30-minute talk + 5-minute break
DURATION_MIN = 30

# The sentence appended to a talk's notes by the "text" edit.
EDIT_SENTENCE = "Update after the session: the slides were revised and the demo was recorded again."

REPO = Path(__file__).resolve().parents[1]

_FIRST = (
    "Ada",
    "Akira",
    "Amara",
    "Anders",
    "Aoife",
    "Bao",
    "Beatriz",
    "Bodhi",
    "Camille",
    "Chidi",
    "Dagny",
    "Darius",
    "Elif",
    "Emeka",
    "Esme",
    "Farah",
    "Felix",
    "Greta",
    "Hamid",
    "Haruki",
    "Ines",
    "Ivo",
    "Jamal",
    "Jun",
    "Kalani",
    "Keiko",
    "Lars",
    "Leila",
    "Mateo",
    "Mei",
    "Nadia",
    "Nikolai",
    "Noor",
    "Oskar",
    "Priya",
    "Quentin",
    "Rafael",
    "Ravi",
    "Sakura",
    "Selin",
    "Soren",
    "Tala",
    "Tomas",
    "Uma",
    "Valentin",
    "Wren",
    "Xiomara",
    "Yusuf",
    "Zainab",
    "Zeno",
)
_LAST = (
    "Abara",
    "Berglund",
    "Castellanos",
    "Dimitrov",
    "Eriksen",
    "Fontaine",
    "Gallagher",
    "Haddad",
    "Ishikawa",
    "Jovanovic",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rahman",
    "Sandoval",
    "Takahashi",
    "Ueda",
    "Varga",
    "Whitfield",
    "Xu",
    "Yamamoto",
    "Zielinski",
    "Achterberg",
    "Bianchi",
    "Chaudhry",
    "Delacroix",
    "Esposito",
    "Ferreira",
    "Grünewald",
    "Hoshino",
    "Ivanova",
    "Janssen",
    "Kaur",
    "Lefebvre",
    "Mbeki",
    "Novak",
    "Oyelaran",
    "Pereira",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Umarov",
    "Vasquez",
    "Wojcik",
    "Yilmaz",
    "Zhou",
)
_ROLES = (
    "Principal Architect",
    "Software Engineer",
    "Cloud Operator",
    "Product Manager",
    "Site Reliability Engineer",
    "Developer Advocate",
    "Core Reviewer",
    "Solutions Architect",
)
_ORGS = (
    "Rackspace",
    "Red Hat",
    "Mirantis",
    "NTT",
    "Canonical",
    "SUSE",
    "Intel",
    "Rakuten",
    "Yahoo Japan",
    "HP",
    "IBM",
    "Cisco",
)
_SYLLABLES = (
    "ka",
    "ro",
    "mi",
    "zen",
    "tor",
    "lu",
    "vex",
    "an",
    "bel",
    "cir",
    "dor",
    "fal",
    "gen",
    "hal",
    "ist",
    "jor",
    "kel",
    "mon",
    "nar",
    "ope",
    "pra",
    "qui",
    "ras",
    "sol",
    "tan",
    "ur",
    "vel",
    "wyn",
    "xan",
    "yor",
)
_PROJECT_KINDS = ("openstack", "tool", "library", "community")
_VERBS = (
    "Scaling",
    "Debugging",
    "Operating",
    "Upgrading",
    "Securing",
    "Monitoring",
    "Testing",
    "Deploying",
    "Tuning",
    "Migrating",
    "Automating",
    "Benchmarking",
)
_TOPICS = (
    "across regions",
    "for telcos",
    "in production",
    "with containers",
    "on bare metal",
    "behind the firewall",
    "without downtime",
    "under heavy load",
    "for small teams",
    "in the public cloud",
    "the hard way",
    "from day one",
    "at the edge",
    "on a budget",
)
_WORDS = (
    "the",
    "cluster",
    "network",
    "control",
    "plane",
    "operators",
    "upgrade",
    "latency",
    "storage",
    "tenant",
    "quota",
    "scheduler",
    "nodes",
    "failure",
    "recovery",
    "rollout",
    "config",
    "service",
    "queue",
    "database",
    "release",
    "patch",
    "review",
    "gate",
    "image",
    "volume",
    "router",
    "agent",
    "metrics",
    "alert",
    "dashboard",
    "capacity",
    "region",
    "zone",
    "cell",
    "api",
    "client",
    "driver",
    "plugin",
    "backend",
    "fleet",
    "migration",
    "policy",
    "token",
    "endpoint",
    "catalog",
    "team",
    "lesson",
    "demo",
)


@dataclass(frozen=True)
class Speaker:
    """A speaker: slug id, display name, role, organisation, short bio."""

    id: str
    name: str
    role: str
    org: str
    bio: str


@dataclass(frozen=True)
class Project:
    """A project: slug id, name, kind, one-line description."""

    id: str
    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class Talk:
    """A talk with its schedule slot, two speakers, three projects and its notes."""

    id: str
    title: str
    kind: str
    date: str
    start: str
    room: str
    page: str  # docname of its day/track page
    speakers: tuple[str, str]
    projects: tuple[str, str, str]
    summary: str
    # Each paragraph is a list of pieces: plain text, or ("speaker"|"project"|"talk", id).
    paragraphs: tuple[tuple[str | tuple[str, str], ...], ...]


@dataclass
class Conference:
    """All records of one synthetic conference, plus the page layout."""

    talks: list[Talk]
    speakers: list[Speaker]
    projects: list[Project]
    tracks: int
    speaker_pages: list[list[str]] = field(default_factory=list)  # speaker ids per page
    project_pages: list[list[str]] = field(default_factory=list)  # project ids per page

    def speaker(self, sid: str) -> Speaker:
        """The speaker with id ``sid``."""
        return self._speakers[sid]

    def project(self, pid: str) -> Project:
        """The project with id ``pid``."""
        return self._projects[pid]

    def talk(self, tid: str) -> Talk:
        """The talk with id ``tid``."""
        return self._talks[tid]

    def __post_init__(self) -> None:
        self._speakers = {s.id: s for s in self.speakers}
        self._projects = {p.id: p for p in self.projects}
        self._talks = {t.id: t for t in self.talks}
        self._by_speaker: dict[str, list[Talk]] = {s.id: [] for s in self.speakers}
        for t in sorted(self.talks, key=schedule_key):
            for sid in t.speakers:
                self._by_speaker[sid].append(t)

    def talks_of(self, sid: str) -> list[Talk]:
        """The talks given by speaker ``sid``, in schedule order."""
        return self._by_speaker[sid]

    def speaker_page(self, sid: str) -> str:
        """Docname of the page declaring speaker ``sid``."""
        for i, ids in enumerate(self.speaker_pages):
            if sid in ids:
                return speaker_docname(i)
        raise KeyError(sid)

    def day_pages(self) -> list[str]:
        """Docnames of the day pages (one schedule each)."""
        return [f"schedule/day-{d + 1}" for d in range(len(DATES))]

    def track_pages(self, day: int) -> list[str]:
        """Docnames of the track pages of day index ``day``."""
        return [track_docname(day, k) for k in range(self.tracks)]


def speaker_docname(i: int) -> str:
    """Docname of the i-th speaker page."""
    return f"speakers/group-{i + 1:03d}"


def project_docname(i: int) -> str:
    """Docname of the i-th project page."""
    return f"projects/group-{i + 1:03d}"


def track_docname(day: int, track: int) -> str:
    """Docname of the page of talks of one day and track."""
    return f"talks/day-{day + 1}/track-{track + 1:02d}"


def toctree_parent(docname: str) -> str | None:
    """The page whose toctree lists ``docname`` (Sphinx rewrites it with ``docname``)."""
    if docname == "index" or "/" not in docname:  # genindex, search, domain indices
        return None
    if docname.startswith("talks/day-"):
        return "schedule/" + docname.split("/")[1]
    if docname.startswith("schedule/day-"):
        return "schedule/index"
    head, tail = docname.split("/", 1)
    return "index" if tail == "index" else f"{head}/index"


def slugify(text: str) -> str:
    """A slug ``[a-z0-9][a-z0-9-]*`` of ``text`` (ASCII letters and digits only)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _paragraph_text(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(8, 14)) for _ in range(sentences))


def build_conference(talks: int, seed: int = 0) -> Conference:
    """Build the records of a conference with ``talks`` talks, deterministically from ``seed``."""
    if talks < 4:
        raise ValueError("at least 4 talks")
    rng = random.Random(seed)
    n_speakers = max(2, talks // 2)
    n_projects = max(3, talks // 10)
    if n_speakers > len(_FIRST) * len(_LAST):
        raise ValueError(f"at most {2 * len(_FIRST) * len(_LAST)} talks")

    names = [f"{f} {la}" for f in _FIRST for la in _LAST]
    rng.shuffle(names)
    speakers = []
    for name in sorted(names[:n_speakers], key=lambda n: (n.split()[1], n)):
        role, org = rng.choice(_ROLES), rng.choice(_ORGS)
        bio = f"Works as {role.lower()} at {org}. " + _paragraph_text(rng, 2)
        speakers.append(Speaker(slugify(name), name, role, org, bio))

    pnames: set[str] = set()
    while len(pnames) < n_projects:
        pnames.add("".join(rng.sample(_SYLLABLES, 3)).capitalize())
    projects = [
        Project(slugify(n), n, rng.choice(_PROJECT_KINDS), _paragraph_text(rng, 1))
        for n in sorted(pnames)
    ]

    tracks = max(1, math.ceil(talks / (len(DATES) * TALKS_PER_PAGE)))
    pages = len(DATES) * tracks
    per_page = math.ceil(talks / pages)

    # Balanced speakers: each pass over a fresh shuffle gives every speaker the same load.
    order: list[int] = []
    slots: list[tuple[int, int]] = []
    for i in range(talks):
        pos = (2 * i) % n_speakers
        if pos == 0 or len(order) < n_speakers:
            order = list(range(n_speakers))
            rng.shuffle(order)
        a, b = order[pos], order[(pos + 1) % n_speakers]
        slots.append((a, b) if a != b else (a, (a + 1) % n_speakers))

    titles: set[str] = set()
    records: list[Talk] = []
    for i in range(talks):
        page_i, k = divmod(i, per_page)
        day, track = divmod(page_i, tracks)
        prj = rng.sample(range(n_projects), 3)
        p0 = projects[prj[0]]
        while True:
            title = f"{rng.choice(_VERBS)} {p0.name} {rng.choice(_TOPICS)}"
            if title not in titles:
                break
            p0 = projects[rng.randrange(n_projects)]
        titles.add(title)
        spk = (speakers[slots[i][0]].id, speakers[slots[i][1]].id)
        pids = (projects[prj[0]].id, projects[prj[1]].id, projects[prj[2]].id)
        start = FIRST_START_MIN + k * SLOT_MIN
        records.append(
            Talk(
                id=slugify(title),
                title=title,
                kind="keynote" if k == 0 and track == 0 else "breakout",
                date=DATES[day],
                start=f"{start // 60:02d}:{start % 60:02d}",
                room=f"Room {track + 1}",
                page=track_docname(day, track),
                speakers=spk,
                projects=pids,
                summary=_paragraph_text(rng, 2),
                paragraphs=(),
            )
        )
    # Notes: mention the speakers, the projects and another talk (cross-page links).
    for i, t in enumerate(records):
        other = records[(i * 7 + 3) % talks] if talks > 1 else t
        if other.id == t.id:
            other = records[(i + 1) % talks]
        paras = (
            (
                _paragraph_text(rng, 2) + " ",
                ("speaker", t.speakers[0]),
                " showed how ",
                ("project", t.projects[0]),
                " " + _paragraph_text(rng, 1).lower(),
            ),
            (
                _paragraph_text(rng, 2) + " ",
                ("speaker", t.speakers[1]),
                " compared ",
                ("project", t.projects[1]),
                " with ",
                ("project", t.projects[2]),
                ". " + _paragraph_text(rng, 1),
            ),
            (_paragraph_text(rng, 2) + " See also ", ("talk", other.id), "."),
        )
        records[i] = dataclasses.replace(t, paragraphs=paras)

    conf = Conference(records, speakers, projects, tracks)
    ids = [s.id for s in speakers]
    conf.speaker_pages = [ids[i : i + CARDS_PER_PAGE] for i in range(0, len(ids), CARDS_PER_PAGE)]
    pids_all = [p.id for p in projects]
    conf.project_pages = [
        pids_all[i : i + CARDS_PER_PAGE] for i in range(0, len(pids_all), CARDS_PER_PAGE)
    ]
    return conf


def edited_talk(conf: Conference) -> Talk:
    """The talk both edits touch: the middle talk."""
    return conf.talks[len(conf.talks) // 2]


def move_target(conf: Conference) -> tuple[str, str, str]:
    """``(talk id, from speaker, to speaker)`` of the "move" edit.

    The talk's first speaker is replaced by a speaker on another speaker page who does not
    already give it.
    """
    t = edited_talk(conf)
    src = t.speakers[0]
    src_page = conf.speaker_page(src)
    n = len(conf.speakers)
    start = conf.speakers.index(conf.speaker(src))
    for step in range(1, n):
        cand = conf.speakers[(start + n // 2 + step) % n].id
        if cand not in t.speakers and (
            conf.speaker_page(cand) != src_page or len(conf.speaker_pages) == 1
        ):
            return t.id, src, cand
    raise ValueError("no speaker to move the talk to")


def apply_edit(conf: Conference, edit: str) -> Conference:
    """Return ``conf`` with one edit applied: ``text`` (one talk's notes) or ``move``."""
    t = edited_talk(conf)
    i = conf.talks.index(t)
    if edit == "text":
        paras = list(t.paragraphs)
        paras[1] = (*paras[1], " " + EDIT_SENTENCE)
        new = dataclasses.replace(t, paragraphs=tuple(paras))
    elif edit == "move":
        _, src, dst = move_target(conf)

        def swap(piece: str | tuple[str, str]) -> str | tuple[str, str]:
            return ("speaker", dst) if piece == ("speaker", src) else piece

        speakers = (dst, t.speakers[1]) if t.speakers[0] == src else (t.speakers[0], dst)
        paras = tuple(tuple(swap(p) for p in para) for para in t.paragraphs)
        new = dataclasses.replace(t, speakers=speakers, paragraphs=paras)
    else:
        raise ValueError(f"unknown edit {edit!r}; choose from {EDITS}")
    talks = [*conf.talks[:i], new, *conf.talks[i + 1 :]]
    out = Conference(talks, conf.speakers, conf.projects, conf.tracks)
    out.speaker_pages, out.project_pages = conf.speaker_pages, conf.project_pages
    return out


# --------------------------------------------------------------------------- writers


class Writer:
    """Writes the pages of one variant; subclasses differ in markup only."""

    name = ""
    extensions: tuple[str, ...] = ("myst_parser", "sphinx_design")

    def __init__(self, conf: Conference, ext_dir: Path = REPO / "_ext") -> None:
        self.c = conf
        self.ext_dir = ext_dir

    # -- pieces every variant writes the same way
    def conf_py(self) -> str:
        """Contents of conf.py."""
        return (
            f'"""Synthetic conference ({self.name} variant), generated by bench/generate.py."""\n'
            "\n"
            'project = "Synthetic conference"\n'
            'author = "bench"\n'
            'language = "en"\n'
            f"extensions = {list(self.extensions)!r}\n"
            'myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]\n'
            'html_theme = "alabaster"\n'
            'exclude_patterns = ["_build"]\n' + self.conf_extra()
        )

    def conf_extra(self) -> str:
        """Variant-specific lines of conf.py."""
        return ""

    def pages(self) -> dict[str, str]:
        """Every source file: relative path -> contents."""
        c = self.c
        out = {"conf.py": self.conf_py()}
        out["index.md"] = (
            "# Synthetic conference\n\n"
            f"{len(c.talks)} talks, {len(c.speakers)} speakers, {len(c.projects)} projects.\n\n"
            + toctree(["schedule/index", "speakers/index", "projects/index"])
        )
        out["schedule/index.md"] = "# Schedule\n\n" + toctree(c.day_pages())
        titles = page_titles(c)
        for d, date in enumerate(DATES):
            talks = [t for t in c.talks if t.date == date]
            out[f"schedule/day-{d + 1}.md"] = (
                f"# Day {d + 1}: {date}\n\n"
                + self.schedule(date, talks)
                + "\n"
                + toctree(c.track_pages(d))
            )
            for k in range(c.tracks):
                doc = track_docname(d, k)
                body = "".join(self.talk_section(t) for t in talks if t.page == doc)
                out[doc + ".md"] = f"# {titles[doc]}\n\n" + body
        out["speakers/index.md"] = (
            "# Speakers\n\n"
            + self.gallery()
            + "\n"
            + toctree([speaker_docname(i) for i in range(len(c.speaker_pages))])
        )
        for i, ids in enumerate(c.speaker_pages):
            out[speaker_docname(i) + ".md"] = f"# Speakers, part {i + 1}\n\n" + "".join(
                self.speaker_card(c.speaker(s)) for s in ids
            )
        out["projects/index.md"] = (
            "# Projects\n\n"
            + self.project_index()
            + "\n"
            + toctree([project_docname(i) for i in range(len(c.project_pages))])
        )
        for i, ids in enumerate(c.project_pages):
            out[project_docname(i) + ".md"] = f"# Projects, part {i + 1}\n\n" + "".join(
                self.project_card(c.project(p)) for p in ids
            )
        return out

    def paragraph(self, pieces: Iterable[str | tuple[str, str]]) -> str:
        """One paragraph with its role references."""
        return "".join(p if isinstance(p, str) else self.ref(*p) for p in pieces) + "\n\n"

    def talk_section(self, t: Talk) -> str:
        """A talk's section: heading, talk header, notes."""
        return (
            f"## {t.title}\n\n"
            + self.talk_header(t)
            + "".join(self.paragraph(p) for p in t.paragraphs)
        )

    # -- per variant
    def ref(self, kind: str, ident: str) -> str:
        """An inline reference to a speaker, project or talk."""
        raise NotImplementedError

    def talk_header(self, t: Talk) -> str:
        """What follows a talk's heading: its facts and summary."""
        raise NotImplementedError

    def speaker_card(self, s: Speaker) -> str:
        """A speaker's card (with the list of their talks)."""
        raise NotImplementedError

    def project_card(self, p: Project) -> str:
        """A project's card."""
        raise NotImplementedError

    def schedule(self, date: str, talks: list[Talk]) -> str:
        """The schedule of one day."""
        raise NotImplementedError

    def gallery(self) -> str:
        """The gallery of all speakers."""
        raise NotImplementedError

    def project_index(self) -> str:
        """The list of projects with the talks that mention them."""
        raise NotImplementedError


def toctree(docs: Sequence[str]) -> str:
    """A ``maxdepth: 1`` toctree of ``docs`` (absolute docnames)."""
    return "```{toctree}\n:maxdepth: 1\n\n" + "".join(f"/{d}\n" for d in docs) + "```\n"


class ShownotesWriter(Writer):
    """The shownotes directives, roles and listings."""

    name = "shownotes"
    extensions = ("myst_parser", "sphinx_design", "shownotes")

    def conf_extra(self) -> str:
        """Put the repository's extension on the path and declare the talk kinds."""
        return (
            "\nimport sys\n\n"
            f"sys.path.insert(0, {str(self.ext_dir)!r})\n"
            'shownotes_talk_kinds = ["keynote", "breakout", "hallway"]\n'
        )

    def ref(self, kind: str, ident: str) -> str:
        """``{speaker}`id``` and friends."""
        return f"{{{kind}}}`{ident}`"

    def talk_header(self, t: Talk) -> str:
        """The ``talk`` directive."""
        return (
            f":::{{talk}} {t.id}\n:title: {t.title}\n:speakers: {', '.join(t.speakers)}\n"
            f":kind: {t.kind}\n:date: {t.date}\n:start: {t.start}\n:duration: {DURATION_MIN}\n"
            f":room: {t.room}\n:projects: {', '.join(t.projects)}\n\n{t.summary}\n:::\n\n"
        )

    def speaker_card(self, s: Speaker) -> str:
        """The ``speaker`` directive: the extension lists the talks."""
        return (
            f":::{{speaker}} {s.id}\n:name: {s.name}\n:role: {s.role}\n:org: {s.org}\n\n"
            f"{s.bio}\n:::\n\n"
        )

    def project_card(self, p: Project) -> str:
        """The ``project`` directive."""
        return (
            f":::{{project}} {p.id}\n:name: {p.name}\n:kind: {p.kind}\n\n{p.description}\n:::\n\n"
        )

    def schedule(self, date: str, talks: list[Talk]) -> str:
        """``schedule`` filtered by date."""
        return f":::{{schedule}}\n:date: {date}\n:::\n"

    def gallery(self) -> str:
        """``speaker-gallery``."""
        return ":::{speaker-gallery}\n:::\n"

    def project_index(self) -> str:
        """``project-index``."""
        return ":::{project-index}\n:::\n"


class PlainWriter(Writer):
    """Plain MyST: labels, ``{ref}`` links and hand-kept lists with the same visible text.

    It mirrors what the extension renders: a field list heading each talk, speaker cards
    (sphinx-design) with their talks, a gallery grid, schedule tables and a definition list
    of projects with the talks and pages that mention them.
    """

    name = "plain"

    def ref(self, kind: str, ident: str) -> str:
        """``{ref}`Visible text <label>``` with the text written out by hand."""
        c = self.c
        text = {
            "speaker": lambda: c.speaker(ident).name,
            "project": lambda: c.project(ident).name,
            "talk": lambda: c.talk(ident).title,
        }[kind]()
        return f"{{ref}}`{text} <{kind}-{ident}>`"

    def refs(self, kind: str, ids: Iterable[str]) -> str:
        """Several references, comma-separated."""
        return ", ".join(self.ref(kind, i) for i in ids)

    def talk_header(self, t: Talk) -> str:
        """A hand-written field list of the talk's facts, then its summary."""
        return (
            f":Kind: {t.kind}\n:When: {t.date} {t.start} ({DURATION_MIN} min)\n:Room: {t.room}\n"
            f":Speakers: {self.refs('speaker', t.speakers)}\n"
            f":Projects: {self.refs('project', t.projects)}\n\n{t.summary}\n\n"
        )

    def talk_section(self, t: Talk) -> str:
        """The talk's section, with a label before its heading."""
        return f"(talk-{t.id})=\n" + super().talk_section(t)

    def speaker_card(self, s: Speaker) -> str:
        """A sphinx-design card with the speaker's talks listed by hand."""
        talks = "".join(
            f"- {self.ref('talk', t.id)} ({t.date} {t.start}, {t.kind})\n"
            for t in self.c.talks_of(s.id)
        )
        return (
            f"(speaker-{s.id})=\n:::{{card}} {initials(s.name)} **{s.name}**\n"
            f"{s.role}, {s.org}\n\n{s.bio}\n\nTalks:\n\n{talks or 'No talks yet.'}\n:::\n\n"
        )

    def project_card(self, p: Project) -> str:
        """The project's name and kind, then its description."""
        return f"(project-{p.id})=\n**{p.name}** ({p.kind})\n\n{p.description}\n\n"

    def schedule(self, date: str, talks: list[Talk]) -> str:
        """A pipe table in schedule order."""
        lines = [
            "| Date | Time | Talk | Speakers | Kind | Room |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| {t.date} | {t.start} ({DURATION_MIN} min) | {self.ref('talk', t.id)} "
            f"| {self.refs('speaker', t.speakers)} | {t.kind} | {t.room} |"
            for t in sorted(talks, key=schedule_key)
        ]
        return "\n".join(lines) + "\n"

    def gallery(self) -> str:
        """A grid of small cards: each speaker, position and talks."""
        cards = []
        for s in sorted(self.c.speakers, key=lambda s: (s.name.casefold(), s.id)):
            talks = "".join(f"- {self.ref('talk', t.id)}\n" for t in self.c.talks_of(s.id))
            cards.append(
                f":::{{grid-item-card}}\n**{self.ref('speaker', s.id)}**\n\n{s.role}, {s.org}\n"
                + (f"\n{talks}" if talks else "")
                + ":::\n"
            )
        return "::::{grid} 1 2 3 3\n:gutter: 3\n\n" + "".join(cards) + "::::\n"

    def project_index(self) -> str:
        """A definition list: each project, the talks and the pages that mention it."""
        talks: dict[str, list[Talk]] = {p.id: [] for p in self.c.projects}
        for t in sorted(self.c.talks, key=schedule_key):
            for pid in t.projects:
                talks[pid].append(t)
        titles = page_titles(self.c)
        out = []
        for p in sorted(self.c.projects, key=lambda p: (p.name.casefold(), p.id)):
            pages = sorted({t.page for t in talks[p.id]})
            out.append(
                f"{self.ref('project', p.id)} ({p.kind})\n"
                + (f": Talks: {self.refs('talk', (t.id for t in talks[p.id]))}\n" if pages else "")
                + (
                    "\n  Pages: "
                    + ", ".join(f"{{doc}}`{titles[d]} </{d}>`" for d in pages)
                    + "\n\n"
                    if pages
                    else ": Not mentioned yet.\n\n"
                )
            )
        return "".join(out)


def initials(name: str) -> str:
    """Up to two initials of a name, as the extension's speaker cards show them."""
    letters = [w[0] for w in name.split() if w[:1].isalnum()]
    return "".join([letters[0], letters[-1]] if len(letters) > 2 else letters).upper() or "?"


def schedule_key(t: Talk) -> tuple[str, str, str]:
    """Schedule order: date, start time, then page (track)."""
    return (t.date, t.start, t.page)


def page_titles(conf: Conference) -> dict[str, str]:
    """Title of each talk page."""
    return {
        track_docname(d, k): f"Day {d + 1}, track {k + 1}"
        for d in range(len(DATES))
        for k in range(conf.tracks)
    }


def need_id(kind: str, ident: str) -> str:
    """A sphinx-needs id (``[A-Z0-9_]{5,}``) for a record."""
    prefix = {"speaker": "SPK_", "talk": "TALK_", "project": "PRJ_"}[kind]
    return prefix + ident.upper().replace("-", "_")


class NeedsWriter(Writer):
    """sphinx-needs items, link types and needtables for the same facts."""

    name = "needs"
    extensions = ("myst_parser", "sphinx_design", "sphinx_needs")

    def conf_extra(self) -> str:
        """Need types, fields, link types; role and link text show titles."""
        return (
            "\nneeds_types = [\n"
            '    {"directive": "speaker", "title": "Speaker", "prefix": "SPK_"},\n'
            '    {"directive": "talk", "title": "Talk", "prefix": "TALK_"},\n'
            '    {"directive": "project", "title": "Project", "prefix": "PRJ_"},\n'
            "]\n"
            "needs_fields = {\n"
            + "".join(
                f'    "{f}": {{"nullable": True}},\n'
                for f in ("role", "org", "kind", "date", "start", "room")
            )
            + "}\n"
            "needs_links = {\n"
            '    "speakers": {"incoming": "talks", "outgoing": "speakers"},\n'
            '    "projects": {"incoming": "mentioned in", "outgoing": "projects"},\n'
            "}\n"
            "needs_id_required = True\n"
            'needs_role_need_template = "{{ title }}"\n'
            "needs_role_need_max_title_length = -1\n"
            "needs_show_link_title = True\n"
            "needs_show_link_id = False\n"
            'needs_table_style = "TABLE"\n'
        )

    def ref(self, kind: str, ident: str) -> str:
        """``{need}`ID```."""
        return f"{{need}}`{need_id(kind, ident)}`"

    def talk_header(self, t: Talk) -> str:
        """A ``talk`` need linking its speakers and projects."""
        return (
            f":::{{talk}} {t.title}\n:id: {need_id('talk', t.id)}\n"
            f":speakers: {', '.join(need_id('speaker', s) for s in t.speakers)}\n"
            f":projects: {', '.join(need_id('project', p) for p in t.projects)}\n"
            f":kind: {t.kind}\n:date: {t.date}\n:start: {t.start}\n:duration: {DURATION_MIN}\n"
            f":room: {t.room}\n\n{t.summary}\n:::\n\n"
        )

    def speaker_card(self, s: Speaker) -> str:
        """A ``speaker`` need; its incoming ``talks`` are the backlinks."""
        return (
            f":::{{speaker}} {s.name}\n:id: {need_id('speaker', s.id)}\n:role: {s.role}\n"
            f":org: {s.org}\n\n{s.bio}\n:::\n\n"
        )

    def project_card(self, p: Project) -> str:
        """A ``project`` need."""
        return (
            f":::{{project}} {p.name}\n:id: {need_id('project', p.id)}\n:kind: {p.kind}\n\n"
            f"{p.description}\n:::\n\n"
        )

    def schedule(self, date: str, talks: list[Talk]) -> str:
        """A needtable of the day's talks by start time."""
        return (
            f':::{{needtable}}\n:filter: type == "talk" and date == "{date}"\n'
            ":columns: start;title;speakers;room\n:sort: start\n:style: table\n:::\n"
        )

    def gallery(self) -> str:
        """A needtable of the speakers with their incoming talks."""
        return (
            ':::{needtable}\n:filter: type == "speaker"\n'
            ':columns: title;role;org;speakers_back as "Talks"\n:style: table\n:::\n'
        )

    def project_index(self) -> str:
        """A needtable of the projects with their incoming talks."""
        return (
            ':::{needtable}\n:filter: type == "project"\n'
            ':columns: title;kind;projects_back as "Talks"\n:style: table\n:::\n'
        )


class NeedsTablesWriter(NeedsWriter):
    """sphinx-needs, each speaker card also listing the talks with a filtered needtable.

    The way sphinx-needs users put a list of related needs on a page; every table filters all
    needs, so the build grows with speakers x needs.
    """

    name = "needs-tables"

    def speaker_card(self, s: Speaker) -> str:
        """The ``speaker`` need, then a needtable of the talks that link to it."""
        return super().speaker_card(s) + (
            f':::{{needtable}}\n:filter: type == "talk" and "{need_id("speaker", s.id)}" in '
            "speakers\n:columns: title;date;start;kind\n:sort: date\n:style: table\n:::\n\n"
        )


WRITERS: dict[str, type[Writer]] = {
    "shownotes": ShownotesWriter,
    "plain": PlainWriter,
    "needs": NeedsWriter,
    "needs-tables": NeedsTablesWriter,
}


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` unless it already holds it; True if written."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def generate(
    outdir: Path | str,
    talks: int,
    variant: str,
    seed: int = 0,
    edits: Sequence[str] = (),
    ext_dir: Path | None = None,
) -> list[str]:
    """Write the ``variant`` project of a ``talks``-talk conference into ``outdir``.

    ``edits`` (``"text"``, ``"move"``) are applied in order, as a person editing the sources
    would: for the plain variant that includes the hand-kept lists. Only changed files are
    written; returns their relative paths. Files of other sizes or seeds are not removed.
    ``ext_dir`` is the folder holding the ``shownotes`` package that the shownotes variant's
    conf.py puts first on ``sys.path`` (default: the repository's ``_ext``).
    """
    if variant not in WRITERS:
        raise ValueError(f"unknown variant {variant!r}; choose from {sorted(WRITERS)}")
    conf = build_conference(talks, seed)
    for edit in edits:
        conf = apply_edit(conf, edit)
    root = Path(outdir)
    written = []
    writer = WRITERS[variant](conf, ext_dir or REPO / "_ext")
    for rel, text in writer.pages().items():
        if write_if_changed(root / rel, text):
            written.append(rel)
    return written


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: write one variant."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--talks", type=int, default=500)
    ap.add_argument("--variant", choices=sorted(WRITERS), default="shownotes")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--edit", action="append", choices=EDITS, default=[])
    args = ap.parse_args(argv)
    written = generate(args.outdir, args.talks, args.variant, args.seed, args.edit)
    print(f"{len(written)} files written to {args.outdir}")


if __name__ == "__main__":
    main()
