"""One writer at a time per warehouse, on local disk or S3, without fcntl.

The lock is a small object created only if absent (O_EXCL locally, `If-None-Match: *` on S3).
It names its holder and carries a lease that a background thread renews while the lock is
held. A holder that died is recognised: on the same machine by its process id, elsewhere by
its lease running out, and its lock is then taken over.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from warehouse.location import Location

LOCK_KEY = "_pressroom/write.lock"
LEASE_SECONDS = 60.0
POLL_SECONDS = 0.1


class StoreBusy(RuntimeError):
    """Another process holds the write lock for longer than we may wait."""


def _process_alive(pid: int) -> bool:
    """Whether a process of this machine is still running."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _holder_is_gone(holder: dict) -> bool:
    """A lock whose holder died (same machine) or stopped renewing its lease."""
    if holder.get("host") == socket.gethostname() and not _process_alive(holder.get("pid", 0)):
        return True
    return time.time() > holder.get("expires_at", 0)


class WriteLock:
    """The write lock of one warehouse."""

    def __init__(self, location: Location, lease: float = LEASE_SECONDS):
        self.location = location
        self.lease = lease
        self.owner = uuid.uuid4().hex
        self._stop = threading.Event()

    def _claim(self) -> bytes:
        """What this holder writes into the lock object."""
        holder = {
            "owner": self.owner,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "expires_at": time.time() + self.lease,
        }
        return json.dumps(holder).encode()

    def _read_holder(self) -> dict | None:
        """The current holder, or None when the lock is free (or unreadable mid-write)."""
        data = self.location.read_bytes(LOCK_KEY)
        if data is None:
            return None
        try:
            return json.loads(data)
        except ValueError:
            return {"expires_at": time.time() + self.lease}  # being written: treat as held

    def try_acquire(self) -> bool:
        """Take the lock if free or abandoned."""
        if self.location.create(LOCK_KEY, self._claim()):
            return True
        holder = self._read_holder()
        if holder is not None and _holder_is_gone(holder):
            self.location.delete(LOCK_KEY)
            return self.location.create(LOCK_KEY, self._claim())
        return False

    def _renew(self) -> None:
        """Extend the lease while held, so a long write is not taken for a dead one."""
        while not self._stop.wait(self.lease / 3):
            holder = self._read_holder()
            if holder and holder.get("owner") == self.owner:
                self.location.write_bytes(LOCK_KEY, self._claim())

    def release(self) -> None:
        """Give the lock up if still ours."""
        holder = self._read_holder()
        if holder and holder.get("owner") == self.owner:
            self.location.delete(LOCK_KEY)

    @contextmanager
    def held(self, timeout: float = 600.0) -> Iterator[None]:
        """Wait for the lock (then fail with a clear reason), hold it, give it back."""
        deadline = time.monotonic() + timeout
        while not self.try_acquire():
            if time.monotonic() > deadline:
                raise StoreBusy(
                    f"another pressroom run is writing to {self.location.uri} "
                    f"and held the lock for over {timeout:.0f} s"
                )
            time.sleep(POLL_SECONDS)
        self._stop.clear()
        renewer = threading.Thread(target=self._renew, name="pressroom-lock-lease", daemon=True)
        renewer.start()
        try:
            yield
        finally:
            self._stop.set()
            renewer.join()
            self.release()
