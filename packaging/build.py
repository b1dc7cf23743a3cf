# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the one-folder bundle for this machine and its archive, then run the smoke test on it.

Usage: python packaging/build.py [--bare] [--no-smoke] [--no-archive]

Needs PyInstaller (``pip install -e '.[packaging]'``). Writes:
  build/pyinstaller/dist/smartcity-desktop/      the bundle (macOS: also "Smart City Masterplan.app")
  dist/smartcity-desktop-VERSION-SYSTEM-ARCH.tar.xz   (Linux; .zip on Windows and macOS)
  --bare also bundles a bare PySide6 window the same way (build/pyinstaller/dist/bare-window/), the size baseline.
Prints one JSON line with the paths and sizes.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import bundle_rules as rules  # noqa: E402

OUT = ROOT / "build" / "pyinstaller"
DIST = OUT / "dist"
ARCHIVES = ROOT / "dist"
SPEC = HERE / "smartcity-desktop.spec"


def system_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def run_pyinstaller(bare: bool = False) -> Path:
    """Build the bundle (or the bare window) and return its folder."""
    env = {**os.environ, "SMARTCITY_BARE": "1" if bare else "0"}
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(OUT / ("work-bare" if bare else "work")), str(SPEC)]
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    return DIST / ("bare-window" if bare else rules.CLI_EXE)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive_path(name: str = rules.CLI_EXE) -> Path:
    ext = ".tar.xz" if sys.platform.startswith("linux") else ".zip"
    return ARCHIVES / f"{name}-{rules.version()}-{system_tag()}{ext}"


def make_archive(folder: Path, target: Path) -> Path:
    """tar.xz (keeps the executable bit and symlinks) on Linux, zip elsewhere; the top folder carries the version."""
    target.parent.mkdir(parents=True, exist_ok=True)
    top = target.name.removesuffix(".tar.xz").removesuffix(".zip")
    if target.name.endswith(".tar.xz"):
        with lzma.open(target, "wb", preset=9 | lzma.PRESET_EXTREME) as raw, tarfile.open(fileobj=raw, mode="w") as tar:
            tar.add(folder, arcname=top)
    else:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for p in sorted(folder.rglob("*")):
                rel = Path(top) / p.relative_to(folder)
                if p.is_symlink():  # macOS .app: frameworks use symlinks; store them as links
                    info = zipfile.ZipInfo(str(rel))
                    info.external_attr = 0o120777 << 16
                    z.writestr(info, os.readlink(p))
                elif p.is_file():
                    z.write(p, rel)
    return target


def executable(folder: Path, name: str = rules.CLI_EXE) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bare", action="store_true", help="also bundle a bare PySide6 window the same way")
    ap.add_argument("--no-smoke", action="store_true", help="skip the smoke test of the frozen app")
    ap.add_argument("--no-archive", action="store_true", help="skip writing the archive")
    args = ap.parse_args(argv)

    result: dict[str, object] = {"version": rules.version(), "system": system_tag()}
    folder = run_pyinstaller()
    if sys.platform.startswith("linux"):  # menu entry, file type and their installer travel with the bundle
        shutil.copytree(HERE / "linux", folder / "linux", dirs_exist_ok=True)
    result["bundle"] = str(folder)
    result["bundle_bytes"] = folder_size(folder)
    shipped = folder
    if sys.platform == "darwin":
        shipped = DIST / f"{rules.APP_NAME}.app"
        result["app"] = str(shipped)
    if not args.no_archive:
        target = archive_path()
        if sys.platform == "darwin":  # zip of the .app, made by ditto so the signature and links survive
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["ditto", "-c", "-k", "--keepParent", str(shipped), str(target)], check=True)
        else:
            make_archive(shipped, target)
        result["archive"] = str(target)
        result["archive_bytes"] = target.stat().st_size
    if sys.platform == "win32" and shutil.which("iscc") and not args.no_archive:
        iss = HERE / "windows" / "smartcity-desktop.iss"
        subprocess.run(
            ["iscc", f"/DAppVersion={rules.version()}", f"/DSourceDir={folder}", f"/DOutputDir={ARCHIVES}", str(iss)],
            check=True,
        )
        result["installer"] = str(ARCHIVES / f"{rules.CLI_EXE}-{rules.version()}-setup.exe")
    if args.bare:
        bare = run_pyinstaller(bare=True)
        result["bare_bundle"] = str(bare)
        result["bare_bytes"] = folder_size(bare)
        if not args.no_archive:
            bare_archive = make_archive(bare, archive_path("bare-window"))
            result["bare_archive_bytes"] = bare_archive.stat().st_size
    if not args.no_smoke:
        subprocess.run([sys.executable, str(HERE / "smoke.py"), str(executable(folder))], check=True)
        result["smoke"] = "passed"
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
