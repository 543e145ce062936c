"""Bad input is one error line naming the file and the place, exit status 2, nothing written;
and nothing a source says can make the importer write outside DIR."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importing import FIXTURES, run_import, snapshot


def one_error(run, *words: str) -> str:
    assert run.code == 2, (run.code, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shownotes: error: "), run.err
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def frab() -> dict:
    return json.loads((FIXTURES / "frab-small.json").read_text("utf-8"))


def first_talk(data: dict) -> dict:
    return data["schedule"]["conference"]["days"][0]["rooms"]["Hall A"][0]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("bad.json", '{"schedule": {"conference": ', ("bad.json", "line 1, column 29", "JSON")),
        ("bad.xml", "<schedule>\n<conference>\n</schedule>", ("bad.xml", "line 3, column")),
        ("rss.xml", "<rss><channel/></rss>", ("rss.xml", "not a frab schedule.xml")),
        ("other.json", '{"talks": []}', ("other.json", "not a format this command reads")),
        ("list.json", "[1, 2]", ("list.json", "not a format")),
        ("text.txt", "just some words", ("text.txt", "not valid JSON")),
        ("latin1.json", b'{"a": "\xe9"}', ("latin1.json", "not UTF-8")),
        ("site.json", '{"schedule": {"2025-11-01": {}}, "speakers": {}}', ("pretalx", "export")),
    ],
)
def test_bad_files_exit_2_with_one_line(tmp_path, capsys, name, content, words):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    into = tmp_path / "out"
    one_error(run_import(capsys, path, "--into", into), *words)
    assert not into.exists()


def test_billion_laughs_is_refused(tmp_path, capsys):
    line = one_error(run_import(capsys, FIXTURES / "billion-laughs.xml", "--into", tmp_path / "o"))
    assert "billion-laughs.xml" in line and "refused" in line and "entities" in line


def test_a_talk_without_a_title_names_its_place(tmp_path, capsys):
    data = frab()
    first_talk(data)["title"] = "  "
    (tmp_path / "s.json").write_text(json.dumps(data))
    one_error(
        run_import(capsys, tmp_path / "s.json", "--into", tmp_path / "o"),
        "s.json: schedule.conference.days[0].rooms['Hall A'][0]: no 'title'",
    )


def test_a_bad_second_source_writes_nothing_at_all(tmp_path, capsys):
    into = tmp_path / "site"
    assert run_import(capsys, FIXTURES / "frab-small.json", "--into", into).code == 0
    before = snapshot(into)
    (tmp_path / "bad.json").write_text("{")
    run = run_import(capsys, FIXTURES / "frab-small.xml", tmp_path / "bad.json", "--into", into)
    one_error(run, "bad.json")
    assert snapshot(into) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--timezone", "Mars/Olympus"], ("Mars/Olympus", "IANA")),
        (["--locale", "xx-nowhere"], ("xx",)),
        (["--format", "sessionize"], ("frab-small.json", "--format sessionize")),
        (["--format", "pyvideo"], ("frab-small.json", "folder")),
        (["--event-name", "X", str(FIXTURES / "frab-small.xml")], ("one SOURCE",)),
        ([str(FIXTURES / "frab-small.json")], ("the same event",)),
        ([str(FIXTURES / "missing.json")], ("missing.json", "no such file")),
    ],
)
def test_bad_arguments_exit_2_with_one_line(tmp_path, capsys, args, words):
    sources = [a for a in args if a.endswith((".json", ".xml"))]
    options = [a for a in args if a not in sources]
    run = run_import(
        capsys, FIXTURES / "frab-small.json", *sources, "--into", tmp_path / "o", *options
    )
    one_error(run, *words)
    assert not (tmp_path / "o").exists()


def test_the_authors_own_file_is_never_overwritten(tmp_path, capsys):
    into = tmp_path / "sched"
    into.mkdir()
    (into / "index.md").write_text("# My own index\n")
    run = run_import(capsys, FIXTURES / "frab-small.json", "--into", into)
    one_error(run, "index.md", "not written by shownotes import")
    assert (into / "index.md").read_text() == "# My own index\n"
    assert sorted(p.name for p in into.iterdir()) == ["index.md"]


def test_a_broken_generated_page_is_reported_at_its_line(tmp_path, capsys):
    into = tmp_path / "sched"
    run_import(capsys, FIXTURES / "frab-small.json", "--into", into)
    page = into / "tinycon" / "2030-03-31.md"
    lines = page.read_text().split("\n")
    end = max(i for i, line in enumerate(lines) if line == "% shownotes-import end")
    del lines[end]
    page.write_text("\n".join(lines))
    before = snapshot(into)
    begin = max(i for i, line in enumerate(lines) if line.startswith("% shownotes-import begin"))
    run = run_import(capsys, FIXTURES / "frab-small.json", "--into", into)
    one_error(run, f"2030-03-31.md: line {begin + 1}", "no end line")
    assert snapshot(into) == before


def test_a_symbolic_link_inside_dir_is_refused(tmp_path, capsys):
    outside = tmp_path / "outside"
    outside.mkdir()
    into = tmp_path / "sched"
    into.mkdir()
    os.symlink(outside, into / "speakers")
    run = run_import(capsys, FIXTURES / "frab-small.json", "--into", into)
    one_error(run, "speakers", "symbolic link")
    assert list(outside.iterdir()) == []
    assert sorted(p.name for p in into.iterdir()) == ["speakers"]


def test_a_symbolic_link_to_a_page_is_refused(tmp_path, capsys):
    into = tmp_path / "sched"
    run_import(capsys, FIXTURES / "frab-small.json", "--into", into)
    victim = tmp_path / "victim.md"
    victim.write_text("% shownotes-import page: not really\n")
    page = into / "tinycon" / "index.md"
    page.unlink()
    os.symlink(victim, page)
    one_error(run_import(capsys, FIXTURES / "frab-small.json", "--into", into), "symbolic link")
    assert victim.read_text() == "% shownotes-import page: not really\n"


HOSTILE = st.one_of(
    st.sampled_from(
        ["..", "../../evil", "/etc/passwd", "a/../../b", "speakers", "index", "~", ".", "C:\\x",
         "%2e%2e%2f", "\x00", "con", "..\\..\\x", "a\nb", " ", "", "ÄÖÜ", "日本"]
    ),
    st.text(max_size=20),
)  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(acronym=HOSTILE, talk_id=HOSTILE, guid=HOSTILE, name=HOSTILE, room=HOSTILE)
def test_hostile_keys_never_write_outside_dir(tmp_path, capsys, acronym, talk_id, guid, name, room):
    work = Path(tempfile.mkdtemp(dir=tmp_path))
    data = frab()
    data["schedule"]["conference"]["acronym"] = acronym
    data["schedule"]["conference"]["title"] = acronym or "x"
    talk = first_talk(data) | {"id": talk_id, "guid": guid, "room": room}
    talk["persons"] = [{"id": talk_id, "public_name": name}]
    data["schedule"]["conference"]["days"] = [{"date": "2030-03-30", "rooms": {room: [talk]}}]
    (work / "s.json").write_text(json.dumps(data))
    into = work / "site" / "sched"
    run = run_import(capsys, work / "s.json", "--into", into)
    assert run.code in (0, 2), run.err
    written = {p for p in work.rglob("*") if p.is_file()} - {work / "s.json"}
    assert all(p.resolve().is_relative_to(into.resolve()) for p in written), written
    if run.code == 0:
        assert all(p.suffix == ".md" for p in written)
        assert all(part.isascii() for p in written for part in p.relative_to(into).parts)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_progress_bar_on_a_terminal_only(tmp_path):
    import fcntl
    import pty
    import struct
    import subprocess
    import termios

    command = [sys.executable, "-m", "shownotes", "import", str(FIXTURES / "pyvideo-data")]
    piped = subprocess.run(
        [*command, "--into", str(tmp_path / "a")], capture_output=True, text=True
    )
    assert piped.returncode == 0 and "reading" not in piped.stderr  # a log, not a terminal
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # 80 columns
    with subprocess.Popen(
        [*command, "--into", str(tmp_path / "b")], stdout=subprocess.PIPE, stderr=follower
    ) as child:
        child.communicate(timeout=120)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert child.returncode == 0
    assert b"reading" in shown and b"talks" in shown
