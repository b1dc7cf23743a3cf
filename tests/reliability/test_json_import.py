# SPDX-License-Identifier: GPL-3.0-or-later
"""JSON import from strangers: every hostile document is refused with its own message (naming the place) or
imported exactly; the input is bounded in size and memory; nothing waits on a pipe or reads a device for ever.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.services.plans import MAX_IMPORT_BYTES, export_json_text, import_json
from tests.reliability.hostile import snapshot_rows

TIMEOUT = 60.0


def _doc(demo_file: Path) -> dict[str, Any]:
    return json.loads(export_json_text(demo_file))


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smartcity_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, "SMARTCITY_LANG": "en"},
    )


def _hostile(demo: dict[str, Any]) -> dict[str, tuple[bytes, str]]:
    """name -> (document bytes, expected message key or 'imported')."""
    text = json.dumps(demo)
    first_value = '"value": ' + json.dumps(demo["tables"]["statistic"][0]["value"])

    def with_program(**fields: Any) -> bytes:
        doc = json.loads(text)
        doc["tables"]["program"][0].update(fields)
        return json.dumps(doc).encode("utf-8")

    return {
        "deeply nested": (b'{"tables":\n' + b"[" * 200_000 + b"]" * 200_000 + b"}", "json.too_deep"),
        "nested inside a row": (with_program(name=[[[[["x"]]]]]), "json.problems"),
        "huge integer in a real column": (
            text.replace(first_value, '"value": 1' + "0" * 400, 1).encode(),
            "json.problems",
        ),
        "overflowing float": (text.replace(first_value, '"value": 1e400', 1).encode(), "json.problems"),
        "integer past the digit limit": (
            text.replace(first_value, '"value": ' + "7" * 9000, 1).encode(),
            "json.problems",
        ),
        "NaN": (text.replace(first_value, '"value": NaN', 1).encode(), "json.not_plan"),
        "lone surrogate": (with_program(name="a\ud800"), "json.problems"),
        "lone surrogate as a key": (with_program(**{"\udc00": 1}), "json.problems"),
        "NUL in a text": (with_program(description="a\x00b"), "json.problems"),  # a control character
        "duplicate keys": (text.replace('"format": ', '"format": "x", "format": ', 1).encode(), "json.duplicate_key"),
        "zeros": (b"\x00" * 1_000_000, "json.invalid"),
        "not UTF-8": (text.encode("utf-16"), "json.encoding"),
        "UTF-8 with BOM": (b"\xef\xbb\xbf" + text.encode(), "imported"),
        "empty": (b"", "json.invalid"),
        "a list": (b"[]", "json.not_plan"),
    }


CASES = list(_hostile({"tables": {"statistic": [{"value": 1}], "program": [{}]}}))


@pytest.mark.parametrize("case", CASES)
def test_hostile_json(case: str, demo_file: Path, tmp_path: Path) -> None:
    data, expected = _hostile(_doc(demo_file))[case]
    src = tmp_path / "in.json"
    src.write_bytes(data)
    out = tmp_path / "out.smartcity"
    if expected == "imported":
        import_json(src, out)
        rows, want = snapshot_rows(out), snapshot_rows(demo_file)
        assert rows == want
        return
    with pytest.raises(PlanError) as info:
        import_json(src, out)
    assert info.value.key == expected, info.value.message()
    info.value.message().encode("utf-8")  # printable
    assert not out.exists()
    assert src.read_bytes() == data
    result = _cli("import", src, "-o", out)  # the command line says it in one line, no traceback
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Unexpected" not in result.stderr


def test_devices_pipes_and_size_limit(tmp_path: Path) -> None:
    """/dev/zero read until memory ran out; a FIFO waited for ever; a file past the limit is not read."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    big = tmp_path / "big.json"
    with open(big, "wb") as f:  # sparse: no disk used
        f.truncate(MAX_IMPORT_BYTES + 1)
    for src, key in (("/dev/zero", "file.device"), (fifo, "file.fifo"), (big, "json.too_large")):
        result = _cli("import", src, "-o", tmp_path / "out.smartcity")
        assert result.returncode == 1, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        from smartcity_desktop.messages import t

        expected = t(key, src, MAX_IMPORT_BYTES // 2**20, lang="en")
        assert result.stderr.strip() == expected
    assert "200 MB" in t("json.too_large", big, MAX_IMPORT_BYTES // 2**20, lang="en")


def _big_document(demo_file: Path, path: Path, rows: int, layout: str) -> int:
    doc = _doc(demo_file)
    stats = doc["tables"]["statistic"]
    template = dict(stats[0])
    for i in range(rows):
        stats.append({**template, "id": str(uuid.UUID(int=i + 1, version=4)), "name": f"Statistik {i} " + "x" * 400})
    from smartcity_desktop.core.interchange import dumps

    path.write_text(dumps(doc) if layout == "ours" else json.dumps(doc), encoding="utf-8")
    return path.stat().st_size


@pytest.mark.parametrize("layout", ["ours", "minified"])
def test_import_memory_is_bounded(layout: str, demo_file: Path, tmp_path: Path) -> None:
    """Peak memory of an import child stays within a loose multiple of the input (in either layout).

    The parsed rows themselves take about 3 times their JSON text; the text is freed before they are
    written, and the input is bounded by MAX_IMPORT_BYTES."""
    src = tmp_path / "big.json"
    size = _big_document(demo_file, src, 60_000, layout)
    code = (
        "import resource, sys\n"
        "def peak():\n"
        "    # VmHWM: ru_maxrss would include the forking pytest process's memory (kept across exec)\n"
        "    try:\n"
        "        for line in open('/proc/self/status'):\n"
        "            if line.startswith('VmHWM:'):\n"
        "                return int(line.split()[1])\n"
        "    except OSError:\n"
        "        pass\n"
        "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "from smartcity_desktop.services.plans import import_json\n"
        "base = peak()\n"
        "import_json(sys.argv[1], sys.argv[2])\n"
        "print(base, peak())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(src), str(tmp_path / "big.smartcity")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    base_kb, peak_kb = map(int, out.stdout.split())
    extra = (peak_kb - base_kb) * 1024
    print(
        f"\nimport of {size / 2**20:.1f} MB ({layout}): peak RSS {peak_kb / 1024:.0f} MB, {extra / size:.1f}x the input"
    )
    assert extra < 6 * size + 64 * 2**20


MUTATIONS = 600 if os.environ.get("SMARTCITY_LONG") == "1" else 60


def test_mutated_documents(demo_file: Path, tmp_path: Path) -> None:
    """Random byte changes to an exported document: each refused with a printable message or imported."""
    import random
    from collections import Counter

    data = export_json_text(demo_file).encode("utf-8")
    rng = random.Random(20261201)
    src = tmp_path / "mutated.json"
    counts: Counter[str] = Counter()
    for i in range(MUTATIONS):
        b = bytearray(data)
        for _ in range(rng.randint(1, 3)):
            b[rng.randrange(len(b))] = rng.choice(b'"{}[],:0123456789e-\\\x00\xff\xed\xa0\x80u ')
        src.write_bytes(bytes(b))
        out = tmp_path / f"out{i}.smartcity"
        try:
            import_json(src, out)
        except PlanError as e:
            counts[e.key] += 1
            e.message().encode("utf-8")
            assert not out.exists()
        else:
            counts["imported"] += 1
            out.unlink()
    print(f"\nmutated JSON: {MUTATIONS}: {dict(sorted(counts.items()))}")
