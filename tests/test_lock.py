"""The write lock on a local data dir: created whole or not at all, and a holder killed at any
moment never leaves a lock that later runs take for a live one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from warehouse.location import Location
from warehouse.lock import LOCK_KEY, WriteLock

CREATE_FOREVER = """
import sys
from warehouse.location import Location
from warehouse.lock import LOCK_KEY
location = Location.of(sys.argv[1])
payload = b'{"owner": "child", "expires_at": 9e18, "padding": "' + b"x" * 200_000 + b'"}'
print("ready", flush=True)
while True:
    location.delete(LOCK_KEY)
    location.create(LOCK_KEY, payload)
"""

HOLD_FOREVER = """
import sys, time
from warehouse.location import Location
from warehouse.lock import WriteLock
lock = WriteLock(Location.of(sys.argv[1]))
assert lock.try_acquire()
print("held", flush=True)
time.sleep(600)
"""


def child(code: str, data_dir) -> subprocess.Popen:
    """A Python process running `code` on the data dir, once it says it is ready."""
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() in {"ready", "held"}
    return process


def test_a_lock_is_created_once_and_whole(tmp_path):
    location = Location.of(tmp_path)
    assert location.create(LOCK_KEY, b'{"owner": "a"}')
    assert not location.create(LOCK_KEY, b'{"owner": "b"}')
    assert json.loads(location.read_bytes(LOCK_KEY)) == {"owner": "a"}
    assert [p.name for p in tmp_path.rglob("*.tmp")] == []


def test_a_writer_killed_while_creating_leaves_no_half_lock(tmp_path):
    for round_number in range(20):
        process = child(CREATE_FOREVER, tmp_path)
        time.sleep(0.005 * (round_number % 7))
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        data = Location.of(tmp_path).read_bytes(LOCK_KEY)
        assert data is None or json.loads(data)["owner"] == "child"


def test_the_lock_of_a_killed_holder_is_taken_at_once(tmp_path):
    process = child(HOLD_FOREVER, tmp_path)
    assert not WriteLock(Location.of(tmp_path)).try_acquire()
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    assert WriteLock(Location.of(tmp_path)).try_acquire()
