# SPDX-License-Identifier: GPL-3.0-or-later
"""What goes into the PyInstaller bundle, by rule: shared by the app's spec, the bare-window spec and the tests.

Nothing here imports PyInstaller, so tests can check the rules without it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "smartcity_desktop"

APP_ID = "org.smartcitydesktop.Masterplan"  # reverse-DNS id: .desktop name, AppStream id, macOS bundle id
MIME_TYPE = "application/x-smartcity-plan"
MAC_UTI = "org.smartcitydesktop.plan"
WINDOWS_AUMID = "SmartCityDesktop.Masterplan"
APP_NAME = "Smart City Masterplan"
GUI_EXE = "SmartCityMasterplan"  # Windows only: the windowed executable (Start menu, file association)
CLI_EXE = "smartcity-desktop"  # everywhere: the executable; on Windows the console one


def version() -> str:
    text = (ROOT / PACKAGE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    assert found, "no __version__ in smartcity_desktop/__init__.py"
    return found.group(1)


def package_modules(root: Path = ROOT) -> list[str]:
    """Every module of the app, found by walking the package folder (views are imported lazily by name)."""
    base = root / PACKAGE
    out = []
    for path in sorted(base.rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        if "__pycache__" in rel.parts or rel.name == "__main__":
            continue
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        out.append(".".join(parts))
    return out


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) for every shipped resource; translation sources and the .ico/.icns
    icons stay out (the executables carry those; the app loads the PNGs, Linux's install.sh the PNGs and SVGs)."""
    base = root / "resources"
    out = []
    for path in sorted(base.rglob("*")):
        if not path.is_file() or path.suffix in {".ts", ".ico", ".icns"} or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(root)
        out.append((str(path), str(rel.parent).replace("\\", "/")))
    return out


# Imported in ways PyInstaller's scan cannot see.
HIDDEN_IMPORTS = [
    "_rl_accel",  # reportlab imports it through exec(); left out silently otherwise
    "reportlab.graphics.renderSVG",
    "reportlab.graphics.renderPM",  # the SVG charts import it: must stay
    "PySide6.QtSvg",
]

# Python modules tested to be unused (every view and export still works without them).
EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc",
    "pydoc_data",
    "curses",
    "_curses",
    "ssl",
    "_ssl",
    "_hashlib",  # hashlib falls back to the built-in digests; libcrypto stays out
    "readline",  # with libreadline and libtinfo
    "lib2to3",
    "idlelib",
    "ensurepip",
    "distutils",
    "setuptools",
    "pip",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "lxml.html",
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.sax",
    "reportlab.graphics.testshapes",
    "reportlab.graphics.testdrawings",
    "reportlab.graphics.barcode",
    "sqlite_utils.cli",  # the sqlite-utils command line tool (click stays: sqlite_utils.hookspecs imports it)
    "doctest",
    "pdb",
    "asyncio",  # nothing the app runs imports these two
    "multiprocessing",
    "lxml.builder",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtDBus",
    "PySide6.QtWebEngineCore",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtTest",
]

# Qt plugins kept per folder (everything else in these folders, and other plugin folders, is left out).
KEEP_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"},
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif", "qicns"},
    "iconengines": {"qsvgicon"},
    "platformthemes": {"qxdgdesktopportal"},  # the GTK3 theme plugin pulls in GTK3: out
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "xcbglintegrations": None,  # None: keep the whole folder
    "wayland-decoration-client": None,
    "wayland-shell-integration": None,
    "wayland-graphics-integration-client": None,
    "styles": None,  # macOS style
}

# Qt libraries of modules the app does not use (pulled in by plugins).
DROP_QT = re.compile(r"^(lib)?Qt6(Qml|Quick|Pdf|Network|OpenGL|VirtualKeyboard|Designer|Test|UiTools|Sql)\w*[.]")


# Linux: libraries every desktop has and that must match the system's own, left to the system with what only
# they need: D-Bus (with systemd, gcrypt, lz4 ...); fontconfig and FreeType (they read the system's font
# configuration, which a bundled older fontconfig misreads); the C++ runtime (the system's graphics drivers need
# the newest); the X11/XCB client libraries (shared with the graphics drivers).
SYSTEM_LIBRARIES = {
    "libdbus-1.so.3",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "libX11.so.6",
    "libX11-xcb.so.1",
    "libxcb.so.1",
}


def keep_binary(dest: str) -> bool:
    """False for Qt plugins, Qt translations and libraries the app does not need (dest: path in the bundle)."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if "/".join(parts).startswith("docx/templates/default-docx-template/"):
        return False  # python-docx's source of default.docx; it reads default.docx and the default-*.xml only
    if "translations" in parts and name.startswith("qt"):
        return False  # Qt's own translations: the app ships its own
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) > i + 2:
            folder = parts[i + 1]
            if folder not in KEEP_PLUGINS:
                return False
            keep = KEEP_PLUGINS[folder]
            stem = re.sub(r"^lib|\.(so|dll|dylib)$", "", name)
            return keep is None or stem in keep
    return not DROP_QT.match(name)


def is_root_binary(dest: str) -> bool:
    """A binary loaded by Python or Qt itself (extension module, Qt plugin, libpython), not only as a dependency."""
    d = dest.replace("\\", "/")
    name = d.rsplit("/", 1)[-1]
    return (
        "/plugins/" in f"/{d}"
        or bool(re.search(r"\.(cpython-\d+[^.]*|abi3)\.so$|\.pyd$", name))
        or (name.startswith("libpython"))
    )


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file names directly (DT_NEEDED), read with binutils' readelf (ldd lists all levels)."""
    out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def needed_libraries(binaries: list[tuple[str, str]], imports_of) -> set[str]:  # type: ignore[no-untyped-def]
    """Names of the libraries reachable from the root binaries (``imports_of(path)`` lists direct imports)."""
    by_name = {Path(dest).name: src for dest, src in binaries}
    todo = [src for dest, src in binaries if is_root_binary(dest)]
    seen: set[str] = set()
    while todo:
        src = todo.pop()
        for lib in imports_of(src):
            name = Path(lib).name
            if name in by_name and name not in seen and name not in SYSTEM_LIBRARIES:
                seen.add(name)
                todo.append(by_name[name])
    return seen


def windows_version_file(path: str | Path, ver: str, exe_name: str) -> Path:
    """Write a PyInstaller version-info file (Windows file properties) and return its path."""
    path = Path(path)
    nums = [int(x) for x in re.findall(r"\d+", ver)[:4]]
    nums += [0] * (4 - len(nums))
    tup = tuple(nums)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Smart City Masterplan Desktop team'),
      StringStruct('FileDescription', '{APP_NAME}'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('InternalName', '{exe_name}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', '{exe_name}.exe'),
      StringStruct('ProductName', '{APP_NAME}'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return path
