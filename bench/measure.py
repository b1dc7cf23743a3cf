# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-process measurement: wall time and peak memory (os.wait4 in a small launcher), median of N runs."""

from __future__ import annotations

import logging
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sample:
    """One run of a command."""

    seconds: float
    peak_mb: float
    returncode: int
    stderr: str = ""
    timed_out: bool = False


@dataclass
class Measurement:
    """Several runs of one command: timings and the highest peak memory."""

    samples: list[Sample] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.samples) and all(s.returncode == 0 and not s.timed_out for s in self.samples)

    @property
    def median(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def min(self) -> float:
        return min(s.seconds for s in self.samples)

    @property
    def max(self) -> float:
        return max(s.seconds for s in self.samples)

    @property
    def peak_mb(self) -> float:
        return max(s.peak_mb for s in self.samples)

    @property
    def error(self) -> str:
        """The last stderr line of the first failed run ("" when all runs succeeded)."""
        for s in self.samples:
            if s.timed_out:
                return "timed out"
            if s.returncode != 0:
                lines = [ln for ln in s.stderr.strip().splitlines() if ln.strip()]
                return f"exit {s.returncode}: {lines[-1] if lines else ''}"
        return ""


# Runs in a fresh, small interpreter (python -S): spawns the command, waits for it with os.wait4 and writes
# the command's own wall time and rusage to a file. A child's ru_maxrss starts from the RSS of the process that
# spawned it (Linux carries the parent's high-water mark across fork/vfork + exec), so the command must not be
# spawned from this (possibly large) process directly.
LAUNCHER = """
import os, sys, time
out, timeout, cmd = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
start = time.perf_counter()
try:
    pid = os.posix_spawnp(cmd[0], cmd, os.environ)
except OSError as e:
    sys.stderr.write(f"cannot start {cmd[0]}: {e}\\n")
    with open(out, "w") as f:
        f.write(f"{time.perf_counter() - start} 0 127 0")
    sys.exit(0)
timed_out = 0
while True:
    p, status, usage = os.wait4(pid, os.WNOHANG)
    if p:
        break
    if time.perf_counter() - start > timeout:
        os.kill(pid, 9)
        p, status, usage = os.wait4(pid, 0)
        timed_out = 1
        break
    time.sleep(0.001)
elapsed = time.perf_counter() - start
with open(out, "w") as f:
    f.write(f"{elapsed} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)} {timed_out}")
"""


def run_once(
    cmd: Sequence[str], env: Mapping[str, str] | None = None, cwd: str | None = None, timeout: float = 300.0
) -> Sample:
    """Run ``cmd`` in a fresh process; wall time from spawn to exit and the peak RSS of that process."""
    full_env = dict(os.environ)
    # Installed apps run from compiled bytecode; a session that forbids writing it would time compiling.
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    if env:
        full_env.update(env)
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        result = os.path.join(tmp, "result")
        err_path = os.path.join(tmp, "stderr")
        launcher = [sys.executable, "-S", "-c", LAUNCHER, result, str(timeout), *cmd]
        with open(err_path, "wb") as err:
            subprocess.run(
                launcher,
                stdout=subprocess.DEVNULL,
                stderr=err,
                stdin=subprocess.DEVNULL,
                env=full_env,
                cwd=cwd,
                timeout=timeout + 60,
                check=False,
            )
        with open(err_path, "rb") as err:
            stderr = err.read()[-4000:].decode("utf-8", "replace")
        try:
            with open(result, encoding="ascii") as f:
                seconds, maxrss, code, timed_out = f.read().split()
        except (OSError, ValueError):
            return Sample(0.0, 0.0, -1, stderr or "the launcher failed", False)
    # Linux reports ru_maxrss in KiB (macOS in bytes).
    peak = int(maxrss) / 1024 if sys.platform != "darwin" else int(maxrss) / 1024 / 1024
    return Sample(float(seconds), peak, int(code), stderr, timed_out == "1")


def measure(
    cmd: Sequence[str],
    runs: int = 5,
    env: Mapping[str, str] | None = None,
    before: Callable[[], None] | None = None,
    timeout: float = 300.0,
    stop_on_error: bool = True,
) -> Measurement:
    """Run ``cmd`` ``runs`` times (calling ``before`` ahead of each run, untimed)."""
    m = Measurement()
    if before:
        before()
    run_once(cmd, env=env, timeout=timeout)  # untimed warm-up: bytecode written, files in the OS cache
    for _ in range(runs):
        if before:
            before()
        s = run_once(cmd, env=env, timeout=timeout)
        m.samples.append(s)
        log.debug("%s: %.3f s, %.1f MB, rc %s", " ".join(cmd), s.seconds, s.peak_mb, s.returncode)
        if stop_on_error and (s.returncode != 0 or s.timed_out):
            break
    return m
