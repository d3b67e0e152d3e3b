"""The /match load benchmark counts the server's CPU over its whole process tree, including workers that ended
during the run: `serve` replaces its first workers, and a process's own /proc times vanish when it is reaped, so
the parent's times of its waited-for children (cutime, cstime) are added. Measured here on a parent that runs a
busy child to its end and lives on: the count taken after the child was reaped keeps the child's work."""

from __future__ import annotations

import subprocess
import sys
import time

from benchmarks.api.match_load import _cpu_seconds

PARENT = """import subprocess, sys
subprocess.run([sys.executable, "-c", "x = sum(range(3 * 10**7))"])  # the child's work, then it is reaped
sys.stdin.readline()  # the parent lives on until the test has counted
"""


def test_a_reaped_childs_cpu_stays_counted() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdin=subprocess.PIPE, text=True)
    try:
        seen, started = 0.0, False
        deadline = time.monotonic() + 120  # a bound on a broken run, not a timing: the child's sum takes ~1 s
        while time.monotonic() < deadline:
            live = _children(parent.pid)
            started = started or bool(live)
            if started and not live:
                break
            seen = max(seen, _cpu_seconds(parent.pid))
            time.sleep(0.05)
        assert started and seen > 0.0
        assert _cpu_seconds(parent.pid) >= seen  # the child's sum is counted once it is gone
    finally:
        parent.communicate("\n", timeout=60)


def _children(pid: int) -> list[str]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return f.read().split()
    except OSError:
        return []
