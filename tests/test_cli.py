# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line, as users and other tools call it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smartcity_desktop.cli import COMMANDS, main
from smartcity_desktop.storage.checksum import stamp_connection


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_info_check_export_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    plan = tmp_path / "Kota Cirebon.smartcity"
    code, out, err = run(
        capsys, "new", plan, "--region", "Kota Cirebon", "--framework", "kominfo", "--years", "2019-2028"
    )
    assert code == 0, err
    code, out, _ = run(capsys, "info", plan)
    assert code == 0
    assert "Kota Cirebon" in out and "2019-2028" in out and "Kota Kota" not in out
    assert run(capsys, "check", plan)[0] == 0
    out_json = tmp_path / "plan.json"
    assert run(capsys, "export", plan, "-o", out_json)[0] == 0
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert doc["tables"]["plan"][0]["region_type"] == "kota"
    assert [d["code"] for d in sorted(doc["tables"]["dimension"], key=lambda d: d["sort_key"])][:2] == [
        "governance",
        "branding",
    ]
    again = tmp_path / "again.smartcity"
    assert run(capsys, "import", out_json, "-o", again)[0] == 0
    assert run(capsys, "export", again, "-o", tmp_path / "again.json", "--format", "json")[0] == 0
    assert (tmp_path / "again.json").read_text(encoding="utf-8") == out_json.read_text(encoding="utf-8")


def test_demo_and_info(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    demo = tmp_path / "demo.smartcity"
    assert run(capsys, "demo", demo)[0] == 0
    code, out, _ = run(capsys, "info", demo)
    assert code == 0
    assert "Lombok Timur" in out and "Nusa Tenggara Barat" in out and "Rp " in out
    assert run(capsys, "check", demo)[0] == 0


@pytest.mark.parametrize("command", ["new", "demo", "import"])
def test_refuses_to_overwrite_without_force(command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "exists.smartcity"
    target.write_bytes(b"precious")
    src = tmp_path / "src.json"
    if command == "import":
        run(capsys, "demo", tmp_path / "d.smartcity")
        run(capsys, "export", tmp_path / "d.smartcity", "-o", src)
    args = {
        "new": ["new", target, "--region", "Lombok Timur"],
        "demo": ["demo", target],
        "import": ["import", src, "-o", target],
    }[command]
    code, _out, err = run(capsys, *args)
    assert code != 0
    assert "--force" in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == b"precious"
    code, _, err = run(capsys, *args, "--force")
    assert code == 0, err
    assert target.read_bytes().startswith(b"SQLite format 3")


def test_check_exit_codes(capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path) -> None:
    assert run(capsys, "check", demo_file)[0] == 0
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE program SET status = 'hilang' WHERE rowid = 1")
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, "check", demo_file)  # changed outside the app: its checksum no longer matches
    assert code == 2 and "checksum" in err
    from smartcity_desktop.storage.checksum import stamp

    stamp(demo_file)  # as if written by the app: the bad value itself is reported
    code, out, _ = run(capsys, "check", demo_file)
    assert code == 1 and "hilang" in out
    junk = tmp_path / "junk.smartcity"
    junk.write_text("hello")
    before = junk.read_bytes()
    code, out, err = run(capsys, "check", junk)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert junk.read_bytes() == before


@pytest.mark.parametrize("command", ["info", "check", "export"])
def test_bad_file_one_line_no_output(command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "email-attachment.smartcity"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    before = bad.read_bytes()
    args = [command, bad] + (["-o", tmp_path / "out.json"] if command == "export" else [])
    code, _out, err = run(capsys, *args)
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert bad.read_bytes() == before
    assert not (tmp_path / "out.json").exists()


def test_failed_export_keeps_earlier_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("earlier export")
    code, _, err = run(capsys, "export", tmp_path / "missing.smartcity", "-o", out)
    assert code != 0 and "missing.smartcity" in err
    assert out.read_text() == "earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_unknown_and_unavailable_formats(capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path) -> None:
    from smartcity_desktop.services.exporting import available_formats

    code, _, err = run(capsys, "export", demo_file, "-o", tmp_path / "out.txt")
    assert code != 0 and "txt" in err
    for fmt in ("pdf", "docx", "xlsx"):
        if fmt in available_formats():
            continue
        code, _, err = run(capsys, "export", demo_file, "-o", tmp_path / f"out.{fmt}")
        assert code != 0 and fmt.upper() in err and "belum tersedia" in err
        assert not (tmp_path / f"out.{fmt}").exists()


def test_messages_follow_the_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.smartcity"
    _, _, err = run(capsys, "info", missing)
    assert "Berkas tidak ditemukan" in err
    monkeypatch.setenv("SMARTCITY_LANG", "en_US.UTF-8")
    _, _, err = run(capsys, "info", missing)
    assert "File not found" in err


def test_bad_years(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for years in ("2018", "2027-2018", "abc-def", "2018-2060"):
        code, _, err = run(capsys, "new", tmp_path / "x.smartcity", "--region", "X", "--years", years)
        assert code != 0 and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.smartcity").exists()


def test_every_command_is_documented() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"smartcity-desktop {command} " in readme, command
    assert "smartcity-desktop --demo" in readme and "smartcity-desktop --version" in readme


BLOCK_QT = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 blocked for this test")
sys.meta_path.insert(0, Block())
from smartcity_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_commands_work_without_pyside6(tmp_path: Path) -> None:
    env = {**os.environ, "SMARTCITY_LANG": "id"}

    def cli(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", BLOCK_QT, *map(str, args)], capture_output=True, text=True, env=env, timeout=120
        )

    demo = tmp_path / "demo.smartcity"
    for args in (
        ["demo", demo],
        ["info", demo],
        ["check", demo],
        ["export", demo, "-o", tmp_path / "d.json"],
        ["import", tmp_path / "d.json", "-o", tmp_path / "d2.smartcity"],
        ["new", tmp_path / "n.smartcity", "--region", "Lombok Timur"],
    ):
        r = cli(*args)
        assert r.returncode == 0, (args, r.stderr)
    r = cli(demo)  # the GUI itself says clearly that it cannot start
    assert r.returncode != 0 and "PySide6" in r.stderr and "Traceback" not in r.stderr


def test_version_and_entry_point() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "smartcity_desktop", "--version"], capture_output=True, text=True, timeout=60
    )
    from smartcity_desktop import __version__

    assert r.returncode == 0 and __version__ in r.stdout


def test_check_completeness_lists_findings_with_their_place(
    capsys: pytest.CaptureFixture[str], plan_file: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "check", plan_file)
    assert code == 0 and "Kelengkapan" not in out
    code, out, _ = run(capsys, "check", plan_file, "--completeness")
    assert code == 0  # missing parts never change the exit code
    assert "Berkas baik" in out and "Kelengkapan:" in out
    assert "Visi smart city belum ditulis (di Visi & Misi" in out
    assert 'Bab "Latar Belakang" masih kosong (di Bab' in out
    conn = sqlite3.connect(plan_file)
    conn.execute("UPDATE plan SET region_name = '  '")
    conn.commit()
    stamp_connection(conn)  # as the app writes it
    conn.close()
    code, out, _ = run(capsys, "check", plan_file, "--completeness")
    assert code == 1 and "[value.blank]" in out and "Kelengkapan:" in out
    junk = tmp_path / "junk.smartcity"
    junk.write_text("hello")
    assert run(capsys, "check", junk, "--completeness")[0] == 2


def test_check_lists_each_broken_rule_with_its_place(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE plan SET period_end = period_start")
    conn.execute("UPDATE meeting SET date = '2017-02-31' WHERE rowid = 1")
    conn.commit()
    stamp_connection(conn)  # as the app writes it
    conn.close()
    code, out, _ = run(capsys, "check", demo_file)
    assert code == 1
    assert "Periode rencana 2018-2018 tidak valid: tahun akhir harus setelah tahun awal [plan.period_order]" in out
    assert "meeting.date" in out and "'2017-02-31' bukan tanggal yang ada" in out
    assert "[budget.outside_period]" in out  # each year now outside the period is listed too


@pytest.mark.parametrize(
    ("fmt", "document"), [("xlsx", "summary"), ("xlsx", "workshop"), ("json", "masterplan"), ("xlsx", "masterplan")]
)
def test_a_document_a_format_cannot_hold_is_refused(
    fmt: str, document: str, capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / f"out.{fmt}"
    code, _, err = run(capsys, "export", demo_file, "-o", out, "--document", document)
    assert code == 2 and f"--document {document}" in err and "PDF, DOCX" in err
    assert not out.exists()
    code, _, err = run(capsys, "export", demo_file, "-o", tmp_path / "out.bin", "--format", fmt, "--document", document)
    assert code == 2 and not (tmp_path / "out.bin").exists()


@pytest.mark.parametrize(
    ("years", "says"),
    [
        ("2018-2018", "tahun akhir harus setelah tahun awal"),
        ("2018-2038", "mencakup 21 tahun; paling lama 20 tahun"),
        ("1989-1999", "tahun harus antara 1990 dan 2100"),
    ],
)
def test_period_messages_state_the_true_rule(
    years: str, says: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "new", tmp_path / "x.smartcity", "--region", "X", "--years", years)
    assert code == 2 and says in err
    assert not (tmp_path / "x.smartcity").exists()
    assert run(capsys, "new", tmp_path / "y.smartcity", "--region", "X", "--years", "2018-2037")[0] == 0


def test_new_refuses_a_blank_region_and_a_period_the_operations_refuse(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`new` checks its region and period as profile.set_field and plan.set_period do (one rule set)."""
    target = tmp_path / "x.smartcity"
    for extra in (
        ["--region", "   "],
        ["--region", "X", "--years", "2018-2018"],
        ["--region", "X", "--years", "2018-2038"],
    ):
        code, _, err = run(capsys, "new", target, *extra)
        assert code != 0 and len(err.strip().splitlines()) == 1, err
    assert not target.exists()
    code, _, _ = run(capsys, "new", target, "--region", "X", "--years", "2018-2037")
    assert code == 0 and target.exists()


def test_the_program_entry_ends_without_a_last_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    """``smartcity-desktop`` and ``python -m smartcity_desktop`` run ``cli.run``: the command, then gc.freeze, so
    the exit does not walk the export's reference cycles (~0.3 s after the large plan's masterplan)."""
    import gc
    import tomllib

    from smartcity_desktop import cli

    called: list[str] = []
    monkeypatch.setattr(cli, "main", lambda: called.append("main") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: called.append("freeze"))
    assert cli.run() == 0
    assert called == ["main", "freeze"]
    root = Path(__file__).parents[1]
    scripts = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["smartcity-desktop"] == "smartcity_desktop.cli:run"
    assert "sys.exit(run())" in (root / "smartcity_desktop" / "__main__.py").read_text(encoding="utf-8")
