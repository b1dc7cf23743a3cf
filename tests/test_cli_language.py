# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line speaks the user's language: argparse's own errors, unknown commands, system reasons."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from smartcity_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def usage(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    with pytest.raises(SystemExit) as info:
        main([str(a) for a in args])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("args", "indonesian", "english"),
    [
        (
            ["export", "plan.smartcity"],
            "argumen berikut wajib diisi: -o/--output",
            "arguments are required: -o/--output",
        ),
        (["export"], "argumen berikut wajib diisi: FILE, -o/--output", "arguments are required: FILE, -o/--output"),
        (
            ["new", "x.smartcity", "--region", "A", "--framework", "foo"],
            "argumen --framework: pilihan 'foo' tidak dikenal (pilih dari",
            "argument --framework: invalid choice 'foo' (choose from",
        ),
        (["info", "x.smartcity", "--bogus"], "argumen tidak dikenal: --bogus", "unrecognized arguments: --bogus"),
        (["export", "x.smartcity", "-o"], "argumen -o/--output memerlukan satu nilai", "-o/--output expects one value"),
    ],
)
def test_usage_errors_are_translated(
    args: list[str], indonesian: str, english: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    err = usage(capsys, *args)
    assert indonesian in err and "--help" in err and "the following" not in err
    monkeypatch.setenv("SMARTCITY_LANG", "en")
    assert english in usage(capsys, *args)


def test_a_mistyped_command_is_named_not_opened(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "exprot", tmp_path / "F.smartcity", "-o", tmp_path / "x.pdf")
    assert code == 2
    assert "Perintah tidak dikenal: exprot" in err and "'export'" in err
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "Perintah tidak dikenal: frobnicate" in err and "new, demo" in err


def test_an_existing_file_without_extension_is_not_a_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop import cli

    opened: list[str | None] = []
    monkeypatch.setattr(cli, "_launch_gui", lambda file, demo: opened.append(file) or 0)
    monkeypatch.chdir(tmp_path)
    Path("rencana").write_bytes(b"")
    assert run(capsys, "rencana")[0] == 0 and opened == ["rencana"]


def test_system_reasons_are_translated(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "demo", tmp_path / "nodir" / "x.smartcity")
    assert code == 1
    assert "berkas atau folder tidak ada" in err and "No such file" not in err
    assert "Berkas lama tetap utuh" not in err  # there was no earlier file


@pytest.mark.parametrize(
    ("number", "indonesian"),
    [
        (errno.ENOENT, "berkas atau folder tidak ada"),
        (errno.EACCES, "izin ditolak"),
        (errno.ENOSPC, "disk penuh"),
        (errno.EROFS, "hanya-baca"),
        (errno.EISDIR, "folder"),
        (errno.ENOTDIR, "bukan folder"),
        (errno.EEXIST, "sudah ada"),
        (errno.EBUSY, "dipakai program lain"),
    ],
)
def test_common_errnos(number: int, indonesian: str) -> None:
    from smartcity_desktop.messages import os_error_text

    e = OSError(number, "system text")
    assert indonesian in os_error_text(e, "id")
    assert "system text" not in os_error_text(e, "en")


def test_earlier_file_untouched_only_when_there_was_one(tmp_path: Path) -> None:
    from smartcity_desktop.services.files import write_error

    target = tmp_path / "x.pdf"
    new = write_error(target, OSError(errno.EIO, "Input/output error")).message()
    assert "Berkas lama tetap utuh" not in new and "kesalahan baca/tulis" in new
    target.write_bytes(b"earlier")
    assert "Berkas lama tetap utuh" in write_error(target, OSError(errno.EIO, "x")).message()


def test_help_speaks_the_users_language(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("cara pakai: smartcity-desktop export") and "opsi:" in out and "tampilkan bantuan" in out
    monkeypatch.setenv("SMARTCITY_LANG", "en")
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: smartcity-desktop check") and "--completeness" in out and "show this help" in out
