"""What a person watching a backfill in a terminal sees: read from a real pseudo-terminal (tmux).

The backfill runs as the `pressroom` command inside a private tmux server, against the test
Prefect API; the test reads the screen tmux holds, as a person would.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

PRESSROOM = str(Path(sys.executable).parent / "pressroom")
TMUX = shutil.which("tmux")
LOG_LINE = re.compile(r"\d\d:\d\d:\d\d\.\d{3} \| (?P<level>[A-Z]+) +\|")
BAR_MARK = "· rejects"  # the bar's figures column: 'releases 12 · rejects 3'
RUN_TIMEOUT = 240.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.xdist_group("terminal"),  # one worker runs the three commands once
    pytest.mark.usefixtures("prefect_api"),
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (it provides the terminal)"),
]


def newsdesk(folder: Path) -> Path:
    """A files source of 12 made-up releases over three months, and one broken line."""
    folder.mkdir(parents=True)
    day, lines = date(2024, 1, 3), []
    for number in range(12):
        text = (
            f'VIENNA – "Talks number {number} went well," said Anna Berg, Director of the Office.'
        )
        release = {"url": f"https://example.org/press/{number}", "title": f"Talks {number}"}
        lines.append(json.dumps(release | {"published": day.isoformat(), "text": text}))
        day += timedelta(days=7)
    lines.append("{this line is not JSON")  # a reject, logged as a warning in every window
    (folder / "releases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = folder / "sources.toml"
    config.write_text(f'[sources.desk]\nkind = "files"\npath = "{folder}"\n', encoding="utf-8")
    return config


class Terminal:
    """`pressroom ARGS` running in a 200x50 terminal of a private tmux server."""

    def __init__(self, args: list[str], env: dict[str, str], name: str) -> None:
        self.server = ["tmux", "-L", f"pressroom-test-{os.getpid()}-{name}", "-f", "/dev/null"]
        self.args = args
        command = " ".join([PRESSROOM, *args]) + "; echo __exit $?; sleep 600"
        subprocess.run(
            [*self.server, "new-session", "-d", "-x", "200", "-y", "50", command],
            env=env,
            check=True,
        )

    def screen(self) -> list[str]:
        """The screen and its scrollback, as a person would read them."""
        return subprocess.run(
            [*self.server, "capture-pane", "-p", "-J", "-S", "-2000"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()

    def final_screen(self, deadline: float) -> list[str]:
        """The non-empty lines once the command has exited; the terminal is closed after."""
        try:
            while time.monotonic() < deadline:
                screen = self.screen()
                if any(line.startswith("__exit") for line in screen):
                    return [line.rstrip() for line in screen if line.strip()]
                time.sleep(1)
            raise AssertionError(f"pressroom {' '.join(self.args)} did not finish in time")
        finally:
            subprocess.run([*self.server, "kill-server"], capture_output=True)


@pytest.fixture(scope="module")
def screens(tmp_path_factory) -> dict[str, list[str]]:
    """The screens of the same backfill run plainly and with --verbose, and of an ingest."""
    from prefect.settings import get_current_settings

    root = tmp_path_factory.mktemp("terminal")
    config = newsdesk(root / "desk")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_")}
    env |= {"PREFECT_API_URL": get_current_settings().api.url, "PREFECT_HOME": str(root)}
    env |= {"TERM": "xterm-256color", "COLUMNS": "200", "LINES": "50", "DO_NOT_TRACK": "1"}
    backfill = ["backfill", "--source", "desk", "--since", "2024-01-01", "--until", "2024-03-31"]
    commands = {  # run side by side
        "plain": backfill,
        "verbose": [*backfill, "--verbose"],
        "ingest": ["ingest", "--source", "desk"],
    }
    terminals = {}
    for name, args in commands.items():
        places = ["--config", str(config), "--data-dir", str(root / f"data-{name}")]
        terminals[name] = Terminal([*args, *places], env, name)
    deadline = time.monotonic() + RUN_TIMEOUT
    return {name: terminal.final_screen(deadline) for name, terminal in terminals.items()}


def levels(screen: list[str]) -> set[str]:
    """The log levels of the log lines on a screen."""
    return {match["level"] for line in screen if (match := LOG_LINE.search(line))}


ALL = ["plain", "verbose", "ingest"]
# What the bar (or the ingest's counter) says once the run is over.
FINAL_FIGURES = {
    "plain": ("4/4", "releases 12 · rejects 4"),
    "verbose": ("4/4", "releases 12 · rejects 4"),
    "ingest": ("ingest desk", "documents 12 · releases 12 · rejects 1"),
}


class TestTheBarStaysWhole:
    @pytest.mark.parametrize("name", ALL)
    def test_the_run_completes(self, screens, name):
        assert "__exit 0" in screens[name], "\n".join(screens[name])

    @pytest.mark.parametrize("name", ALL)
    def test_the_bar_is_one_line_with_no_log_text_in_it(self, screens, name):
        bars = [line for line in screens[name] if BAR_MARK in line]
        assert bars, "\n".join(screens[name])
        assert all(LOG_LINE.search(line) is None for line in bars), "\n".join(bars)
        assert all(part in bars[-1] for part in FINAL_FIGURES[name]), bars[-1]

    @pytest.mark.parametrize("name", ALL)
    def test_every_log_line_starts_on_a_line_of_its_own(self, screens, name):
        glued = [line for line in screens[name] if (m := LOG_LINE.search(line)) and m.start() > 0]
        assert glued == []


class TestWhatTheTerminalShows:
    @pytest.mark.parametrize("name", ["plain", "ingest"])
    def test_warnings_but_no_info_lines_by_default(self, screens, name):
        assert levels(screens[name]) == {"WARNING"}
        assert any("line 13 is not valid JSON" in line for line in screens[name])

    def test_info_lines_with_verbose(self, screens):
        assert {"INFO", "WARNING"} <= levels(screens["verbose"])
        assert any("batch landed" in line for line in screens["verbose"])
