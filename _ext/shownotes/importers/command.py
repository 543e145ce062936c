"""``shownotes import SOURCE... --into DIR``: the command line of the importer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel import Locale, UnknownLocaleError
from tqdm import tqdm

from ..cli import CommandError
from . import files, layout, times
from .errors import SourceError
from .identity import Ids, earlier_ids, merge_speakers
from .merge import merge
from .records import Options, Schedule
from .report import report
from .sources import FORMATS, read_source
from .typemap import site_kinds

#: Event ids that would clash with the import's own folders.
RESERVED_EVENT_IDS = ("speakers", "index")


#: The options of ``shownotes import`` (flags, argparse keywords).
ARGUMENTS: tuple[tuple[tuple[str, ...], dict], ...] = (
    (("sources",), {"nargs": "+", "metavar": "SOURCE", "type": Path,
        "help": "schedule.json, schedule.xml, a Sessionize export, a pyvideo folder"}),
    (("--into",), {"required": True, "type": Path, "metavar": "DIR",
        "help": "the folder (inside the Sphinx source folder) the pages go into"}),
    (("--format",), {"choices": FORMATS, "default": "auto",
        "help": "the sources' format (default: told apart by their content)"}),
    (("--dry-run",), {"action": "store_true",
        "help": "print the changes as a unified diff and write nothing"}),
    (("--photos",), {"choices": ("none", "link"), "default": "none",
        "help": "link speakers' photos from the source (never downloaded)"}),
    (("--timezone",), {"default": "", "metavar": "ZONE",
        "help": "the IANA time zone of sources that name none (Sessionize)"}),
    (("--event-name",), {"default": "", "metavar": "NAME",
        "help": "the event's name (Sessionize exports carry none)"}),
    (("--event-id",), {"default": "", "metavar": "ID",
        "help": "the event's id, the first time it is imported"}),
    (("--title",), {"default": "", "help": "the title of DIR/index.md (default: Events)"}),
    (("--locale",), {"default": "en", "help": "the language of day titles (en, de, ja...)"}),
)  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``shownotes import``."""
    parser = subparsers.add_parser(
        "import",
        help="write MyST pages from a conference schedule (frab, pretalx, Sessionize, pyvideo)",
        description="Read schedules and write MyST pages into DIR: an index of the events, a "
        "page per event and per day with a section per talk, and the speakers. Running it "
        "again updates what it wrote and keeps every line you added.",
    )
    for flags, keywords in ARGUMENTS:
        parser.add_argument(*flags, **keywords)
    parser.set_defaults(run=run)


def options_of(args: argparse.Namespace) -> Options:
    """The reading options, checked."""
    try:
        times.zone(args.timezone)
        Locale.parse(args.locale)
    except (ValueError, UnknownLocaleError) as err:
        raise CommandError(str(err)) from None
    if (args.event_name or args.event_id) and len(args.sources) > 1:
        raise CommandError("--event-name and --event-id name one event: give one SOURCE")
    return Options(args.timezone, args.event_name, args.event_id, args.photos)


def read_all(args: argparse.Namespace, options: Options) -> Schedule:
    """Every source into one schedule; each person one speaker."""
    schedule = Schedule()
    with tqdm(desc="reading", unit=" talks", disable=not sys.stderr.isatty(), leave=False) as bar:
        for source in args.sources:
            read_source(source, args.format, options, schedule, bar.update)
    seen: dict[str, str] = {}
    for event in schedule.events:
        if event.key in seen:
            raise SourceError(event.source, "", f"the same event as {seen[event.key]}")
        seen[event.key] = event.source
    unique = {}
    for talk in schedule.talks:
        if talk.key in unique:
            schedule.notes.append(f"talk {talk.key!r} appears twice; the second is left out")
            continue
        unique[talk.key] = talk
    schedule.talks = list(unique.values())
    merge_speakers(schedule)
    return schedule


def allocate(schedule: Schedule, earlier: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Every object's id: the one an earlier import gave it, else a new one."""
    events = Ids(earlier["event"], RESERVED_EVENT_IDS)
    talks, speakers = Ids(earlier["talk"]), Ids(earlier["speaker"])
    for event in schedule.events:
        events.of((event.key,), event.hint, event.name)
    for talk in schedule.talks:
        talks.of((talk.key,), talk.hint, talk.title)
    for speaker in schedule.speakers:
        speakers.of(speaker.keys, speaker.hint or speaker.name, "speaker")
    return {"event": events.given, "talk": talks.given, "speaker": speakers.given}


def run(args: argparse.Namespace) -> int:
    """Read, plan, merge with what is there, then write (or print the diff)."""
    root: Path = args.into
    try:
        options = options_of(args)
        files.check_root(root)
        schedule = read_all(args, options)
        old, texts = files.read_pages(root)
        ids = allocate(schedule, earlier_ids(old.values()))
        plans = layout.plan(schedule, ids, args.locale, args.title or layout.DEFAULT_TITLE)
        outcome = merge(plans, old)
        changes = {p: t for p, t in outcome.files.items() if t != texts.get(p)}
        changes = {p: t for p, t in changes.items() if t is not None or p in texts}
        files.check_targets(root, changes, texts)
        if args.dry_run:
            sys.stdout.write(files.diff(changes, texts))
        else:
            files.commit(root, changes, texts)
    except SourceError as err:
        raise CommandError(str(err)) from None
    kinds, conf = site_kinds(root.resolve())
    report(schedule, outcome, changes, root, (kinds, conf), args.dry_run)
    return 0
