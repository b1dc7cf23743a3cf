# SPDX-License-Identifier: GPL-3.0-or-later
"""The performance targets of the issues, and one benchmark row judged against its target."""

from __future__ import annotations

from dataclasses import dataclass

from bench.measure import Measurement


@dataclass(frozen=True)
class Target:
    """Upper bounds from an issue (None: no bound on that quantity)."""

    issue: int
    seconds: float | None = None
    mb: float | None = None
    out_bytes: int | None = None

    def text(self) -> str:
        parts = []
        if self.seconds is not None:
            parts.append(f"< {self.seconds:g} s")
        if self.mb is not None:
            parts.append(f"< {self.mb:g} MB")
        if self.out_bytes is not None:
            parts.append(f"file < {self.out_bytes / 1_000_000:g} MB")
        return ", ".join(parts) + f" (#{self.issue})"

    def misses(self, m: Measurement, out_bytes: int | None) -> list[str]:
        """What this measurement misses (empty: PASS)."""
        out = []
        if self.seconds is not None and m.median >= self.seconds:
            out.append("time")
        if self.mb is not None and m.peak_mb >= self.mb:
            out.append("memory")
        if self.out_bytes is not None and (out_bytes is None or out_bytes >= self.out_bytes):
            out.append("size")
        return out


JSON_MB = 250.0  # issue 2: peak memory of the foundation commands
PDF_LARGE_MB = 400.0  # issue 4


def target_for(size: str, command: str) -> Target | None:
    """The target an issue sets for ``command`` on the plan of ``size`` (None: no target)."""
    if command in ("demo", "import", "export json"):
        seconds = {"import": 3.0, "export json": 2.0}.get(command) if size == "large" else None
        return Target(2, seconds=seconds, mb=JSON_MB)
    if command == "export pdf":
        if size == "demo":
            return Target(4, seconds=1.5, out_bytes=1_000_000)
        if size == "large":
            return Target(4, seconds=8.0, mb=PDF_LARGE_MB)
    if command == "gui first paint":
        return {"demo": Target(3, seconds=1.0), "large": Target(3, seconds=1.5)}.get(size)
    return None


@dataclass
class Row:
    """One line of a size's table: a measured command, or why it was skipped."""

    size: str
    command: str
    shell: str
    m: Measurement | None = None
    out_bytes: int | None = None
    skipped: str = ""
    detail: str = ""  # where a failure came from (from the app's log)

    @property
    def target(self) -> Target | None:
        return target_for(self.size, self.command)

    def verdict(self) -> str:
        if self.skipped:
            return "skipped"
        if self.m is None or not self.m.ok:
            return "FAIL" + (f" ({self.m.error})" if self.m else "")
        t = self.target
        if t is None:
            return "-"
        misses = t.misses(self.m, self.out_bytes)
        return "PASS" if not misses else "MISS (" + ", ".join(misses) + ")"
