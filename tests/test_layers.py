# SPDX-License-Identifier: GPL-3.0-or-later
"""The layer contract of docs/architecture.md, read from the source (AST): imports point down, SQL stays in
storage, and the GUI holds no write logic (its changes are services.operations)."""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "smartcity_desktop"
ROOT = Path(__file__).parents[1] / PACKAGE
QT = ("PySide6", "shiboken6")
# modules at the package root every layer may use: the message catalogue, the resource finder, the version
SHARED = {f"{PACKAGE}.messages", f"{PACKAGE}.resources", PACKAGE}

# layer -> the layers of the package it may import (besides itself and SHARED); demo builds rows like services
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "imports": {"core"},  # reading spreadsheets (RPJMD/Renstra): plain Python like core, no SQL, no Qt
    "storage": {"core"},
    "exports": {"core"},
    "services": {"core", "storage", "exports", "imports"},
    "gui": {"core", "services", "exports", "imports", "demo"},  # exports: the chart drawings shown on screen
    "cli": {"core", "services", "imports", "demo"},  # gui only inside a function, to launch it
    "demo": {"core", "services"},
}
NO_QT = {"core", "imports", "storage", "exports", "services", "cli", "demo"}

SQL = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\b\w+\s*(=|<|>|<=|>=|!=)\s*\?|\bIS\s+(NOT\s+)?NULL\b|\bPRAGMA\s+\w+"
)
WRITES = {"insert", "update", "delete", "set_yearly", "apply", "insert_rows", "action"}


@dataclass(frozen=True)
class Import:
    module: str  # the imported module, absolute
    line: int
    top_level: bool  # False: inside a function (imported when it runs)


# modules at the package root that belong to a layer: the backups and repair commands are part of the CLI
ROOT_MODULES = {"cli_backups": "cli"}


def layer_of(path: Path) -> str:
    rel = path.relative_to(ROOT)
    return rel.parts[0] if len(rel.parts) > 1 else ROOT_MODULES.get(rel.stem, rel.stem)


def imports(tree: ast.Module) -> list[Import]:
    out: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                out.extend(Import(a.name, child.lineno, not in_function) for a in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                out.append(Import(child.module, child.lineno, not in_function))
                if child.module == PACKAGE:  # from smartcity_desktop import messages (modules, not __version__)
                    names = [
                        a.name for a in child.names if (ROOT / a.name).is_dir() or (ROOT / f"{a.name}.py").exists()
                    ]
                    out.extend(Import(f"{PACKAGE}.{n}", child.lineno, not in_function) for n in names)
            visit(child, inside)

    visit(tree, False)
    return out


@functools.cache
def sources() -> list[tuple[Path, ast.Module]]:
    """Every module of the package, parsed once per test run."""
    return [(p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in sorted(ROOT.rglob("*.py"))]


def layer_problems(files: list[tuple[Path, ast.Module]]) -> list[str]:
    problems: list[str] = []
    for path, tree in files:
        layer = layer_of(path)
        if layer not in ALLOWED:
            continue
        where = path.relative_to(ROOT.parent)
        for imp in imports(tree):
            if imp.module.split(".")[0] in QT and layer in NO_QT:
                problems.append(f"{where}:{imp.line}: {layer} imports Qt ({imp.module})")
            if not imp.module.startswith(PACKAGE) or imp.module in SHARED:
                continue
            target = imp.module.split(".")[1]
            target = ROOT_MODULES.get(target, target)
            if target in (layer, *ALLOWED[layer]):
                continue
            if layer == "cli" and target == "gui" and not imp.top_level:
                continue  # launching the GUI from the `gui` command
            problems.append(f"{where}:{imp.line}: {layer} imports {imp.module}")
    return problems


def sql_problems(files: list[tuple[Path, ast.Module]]) -> list[str]:
    problems: list[str] = []
    for path, tree in files:
        if layer_of(path) == "storage":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            elif isinstance(node, ast.JoinedStr):  # f-strings: the literal parts with each {...} as a word
                text = "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)  # type: ignore[misc]
            else:
                continue
            if SQL.search(text):
                problems.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: SQL text {text[:60]!r}")
    return problems


def _receiver(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def gui_write_problems(files: list[tuple[Path, ast.Module]]) -> list[str]:
    """Writes on the database (db.insert/update/delete/...) or table-level session writes in gui/."""
    problems: list[str] = []
    for path, tree in files:
        if layer_of(path) != "gui":
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            method, receiver = node.func.attr, _receiver(node.func.value)
            on_db = receiver in ("db", "edits") and method in WRITES
            table_write = receiver == "session" and method in ("insert", "update", "delete", "edit")
            if on_db or table_write:
                problems.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {receiver}.{method}(...) in gui")
    return problems


def test_layers_import_only_downwards() -> None:
    assert layer_problems(sources()) == []


def test_no_sql_text_outside_storage() -> None:
    assert sql_problems(sources()) == []


def test_gui_holds_no_write_logic() -> None:
    assert gui_write_problems(sources()) == []


def test_the_checks_can_fail() -> None:
    """Each check finds a planted violation."""

    def parsed(rel: str, code: str) -> list[tuple[Path, ast.Module]]:
        return [(ROOT / rel, ast.parse(code))]

    assert layer_problems(parsed("gui/x.py", "from smartcity_desktop.storage.db import PlanDB"))
    assert layer_problems(parsed("core/x.py", "from smartcity_desktop.services import plans"))
    assert layer_problems(parsed("core/x.py", "import smartcity_desktop.storage.db"))
    assert layer_problems(parsed("exports/x.py", "from PySide6.QtGui import QImage"))
    assert layer_problems(parsed("storage/x.py", "from smartcity_desktop import services"))
    assert layer_problems(parsed("cli.py", "from smartcity_desktop.gui.app import run"))
    assert not layer_problems(parsed("cli.py", "def f():\n    from smartcity_desktop.gui.app import run"))
    assert not layer_problems(parsed("core/x.py", "from smartcity_desktop.messages import t"))
    assert sql_problems(parsed("gui/x.py", "q = 'SELECT name FROM program'"))
    assert sql_problems(parsed("gui/x.py", "db.rows('element', 'dimension_id = ?', (d,))"))
    assert sql_problems(parsed("services/x.py", "f'UPDATE {t} SET a = 1'"))
    assert not sql_problems(parsed("storage/x.py", "q = 'SELECT name FROM program'"))
    assert not sql_problems(parsed("gui/x.py", "t = 'Pilih program dari daftar'"))
    assert gui_write_problems(parsed("gui/x.py", "session.edit('x', lambda db: db.update('plan', i, {}))"))
    assert gui_write_problems(parsed("gui/x.py", "self.session.db.delete('program', pid)"))
    assert gui_write_problems(parsed("gui/x.py", "self.session.update('x', 'plan', i, {})"))
    assert not gui_write_problems(parsed("gui/x.py", "self.session.run('x', programs.rename, pid, 'A')"))
