# SPDX-License-Identifier: GPL-3.0-or-later
"""The open plan as the GUI sees it: edits become undo commands and change signals."""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.session import ChangeSet, EditSession, PlanDB

if TYPE_CHECKING:  # the rules load with the first findings, after the launch's first paint (issue 10)
    from smartcity_desktop.core import rules

T = TypeVar("T")
BUDGET_TABLES = ("plan", "program", "program_budget")  # what the budget totals of the programs are read from
# what the program table's rows are read from (storage/program_queries.program_table)
PROGRAM_TABLE_TABLES = (*BUDGET_TABLES, "dimension", "element", "agency", "program_agency", "program_funding")


class _EditCommand(QUndoCommand):
    """One user action already applied; undo/redo replay its ChangeSet."""

    def __init__(self, session: PlanSession, label: str, changes: ChangeSet) -> None:
        super().__init__(label)
        # weakly: a command referring to its session made a reference cycle through the session's QUndoStack, and
        # Python's garbage collector then deleted commands before the stack that owns them (a segmentation fault
        # in QUndoStack::clear, CI stop 17)
        self._session = weakref.ref(session)
        self.changes = changes
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action ran before the command was pushed
            self._first = False
            return
        session = self._session()
        if session is not None and session._replay(self.changes, undo=False):
            session.replayed.emit(self.text(), self.changes, False)

    def undo(self) -> None:
        session = self._session()
        if session is not None and session._replay(self.changes, undo=True):
            session.replayed.emit(self.text(), self.changes, True)


def _emit(session: weakref.ref[PlanSession], signal: str, *args: Any) -> None:
    target = session()
    if target is not None:
        getattr(target, signal).emit(*args)


class _Shared:
    """One value kept under several keys of ``PlanSession._tables`` (``per_tables``)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class PlanSession(QObject):
    """Wraps an open PlanDocument for widgets: they read through ``db`` and change the plan with ``run``/``add``."""

    changed = Signal(object)  # set of table names touched by an edit, undo or redo
    written = Signal()  # the document file was refreshed (emitted on the GUI thread)
    failed = Signal(str)  # a translated message (edits refused, snapshot failed)
    replayed = Signal(str, object, bool)  # label, ChangeSet, True = undone (False = redone)
    launch_done = Signal()  # the launch's read models (gui/app.LaunchFigures) were handed over, or given up
    _written_from_thread = Signal()
    _failed_from_thread = Signal(str)

    # Every session until it is closed (or released). Its QUndoStack owns the undo commands; were a session with
    # commands left to Python's garbage collector, the collector would clear the command wrappers first, and
    # PySide then gives their C++ objects back to Python and deletes them while the stack still holds them: a
    # segmentation fault in QUndoStack::clear at a random later moment (CI, stop 17). Held here, a session is
    # never garbage while it has an undo history: ``release`` empties the history first.
    open_sessions: ClassVar[set[PlanSession]] = set()

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits = EditSession(document)
        self.undo_stack = QUndoStack(self)
        self.last_changes: ChangeSet | None = None  # the rows behind the latest ``changed`` (for fine updates)
        self._error_sinks: list[Callable[[str], None]] = []  # a field showing the refusals of its own edits
        self._cache: dict[str, Any] = {}  # read models of the plan as it is now (cached); emptied by every change
        # per table: its rows and what is computed from them alone; dropped only when that table changes (an edit
        # of one program does not read the 40,000 yearly targets of a large plan again)
        self._tables: dict[tuple[str, str], Any] = {}
        # the launch reads the dashboard's figures and the completeness findings off the GUI thread: a view that
        # needs them meanwhile waits for them (launch_done) instead of computing them a second time
        self.launch_pending = False
        PlanSession.open_sessions.add(self)
        self._written_from_thread.connect(self.written)
        self._failed_from_thread.connect(self.failed)
        # the document calls these from its snapshot thread; weakly, so that no reference cycle keeps this QObject
        # (and its undo stack) for the garbage collector
        me = weakref.ref(self)
        document.on_written = lambda _doc: _emit(me, "_written_from_thread")
        document.on_error = lambda _doc, err: _emit(me, "_failed_from_thread", err.message())

    @property
    def db(self) -> PlanDB:
        return self.document.db

    def run(self, label: str, operation: Callable[..., ChangeSet], *args: Any, **kwargs: Any) -> bool:
        """Run one operation (``services.operations``) and make it undoable under ``label``. False when refused."""
        return self._push(label, lambda: operation(self.edits, *args, **kwargs)) is not None

    def add(self, label: str, operation: Callable[..., tuple[T, ChangeSet]], *args: Any, **kwargs: Any) -> T | None:
        """Run an operation returning a value with its changes (a new row id, a merge outcome); None if refused."""
        out = self._push(label, lambda: operation(self.edits, *args, **kwargs))
        return out[0] if out is not None else None

    def _push(self, label: str, call: Callable[[], Any]) -> Any:
        try:
            result = call()
        except PlanError as e:
            if self._error_sinks:
                self._error_sinks[-1](e.message())
            else:
                self.failed.emit(e.message())
            return None
        changes: ChangeSet = result[1] if isinstance(result, tuple) else result
        if changes:
            self._forget({c.table for c in changes.changes})
            self.undo_stack.push(_EditCommand(self, label, changes))
            self.last_changes = changes
            self.changed.emit({c.table for c in changes.changes})
        return result

    def cached(self, key: str, make: Callable[[], T]) -> T:
        """``make()``, computed once per state of the plan: views share a read model (e.g. the completeness
        findings of the dashboard and Kelengkapan) until the next edit, undo or redo (issue 10)."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]  # type: ignore[no-any-return]

    def per_table(self, kind: str, table: str, make: Callable[[], T]) -> T:
        """``make()``, computed once until ``table`` changes: for what depends on that one table's rows only."""
        key = (kind, table)
        if key not in self._tables:
            self._tables[key] = make()
        return self._tables[key]  # type: ignore[no-any-return]

    def table_rows(self, tables: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """The rows of ``tables`` (as ``db.rows``), each table read again only after it changed. The lists are
        shared: read them, never change them."""
        db = self.db
        return {name: self.per_table("rows", name, partial(db.rows, name)) for name in tables}

    def per_tables(self, kind: str, tables: Iterable[str], make: Callable[[], T]) -> T:
        """``make()``, computed once until one of ``tables`` changes: for what depends on those tables' rows only
        (e.g. the budget totals: plan, program and program_budget)."""
        keys = [(kind, name) for name in sorted(set(tables))]
        box = self._tables.get(keys[0])
        if not isinstance(box, _Shared) or any(self._tables.get(k) is not box for k in keys[1:]):
            box = _Shared(make())
            for k in keys:
                self._tables[k] = box
        return box.value  # type: ignore[no-any-return]

    def program_rows(self) -> list[dict[str, Any]]:
        """Every program as the program table shows it (storage/program_queries.program_table), read again only
        after one of PROGRAM_TABLE_TABLES changed; the launch reads it off the GUI thread (gui/app.LaunchFigures).
        The list and its rows are shared: read them, never change them."""
        from smartcity_desktop.services.reading import programs as program_queries

        return self.per_tables(
            "program_rows",
            PROGRAM_TABLE_TABLES,
            lambda: program_queries.program_table(self.db, totals=self.budget_totals()),
        )

    def budget_totals(self) -> dict[str, int]:
        """program id -> its budget over the plan (core.figures.budget_by_program), from the rows kept per table
        (the dashboard read them at launch): the program table and the roadmap share it until one of plan,
        program or program_budget changes (issue 10: each read and summed the 6,000 budget lines itself)."""
        from smartcity_desktop.core import figures

        return self.per_tables(
            "budget_totals", BUDGET_TABLES, lambda: figures.budget_by_program(self.table_rows(BUDGET_TABLES))
        )

    def has_findings(self) -> bool:
        """Whether the findings of the plan as it is now are known (computing them costs ~0.5 s on a large plan)."""
        return "findings" in self._cache

    def findings(self, tables: Iterable[str]) -> list[rules.Finding]:
        """What Kelengkapan lists (and the dashboard counts), over the rows of ``tables``, once per state of the
        plan; after an edit only the tables it changed are read and checked against the row rules again."""
        from smartcity_desktop.core import rules

        def table_problems(name: str, items: Any) -> list[Any]:
            return self.per_table("row_problems", name, lambda: rules.table_row_problems(name, items))

        return self.cached("findings", lambda: rules.findings(self.table_rows(tables), table_problems))

    def _forget(self, tables: Iterable[str] | None) -> None:
        """Drop the read models of the plan; of the per-table ones, those of ``tables`` (None: all)."""
        self._cache.clear()
        if tables is None:
            self._tables.clear()
            return
        changed = set(tables)
        for key in [k for k in self._tables if k[1] in changed]:
            del self._tables[key]

    def changed_outside(self, tables: set[str]) -> None:
        """The plan was changed by something other than an edit (a repair): the read models are read again and the
        views refresh. The edits before it cannot be replayed over it, so the history is cleared."""
        self._forget(None)
        self.undo_stack.clear()
        self.last_changes = None
        self.changed.emit(tables)

    def take(self, key: str) -> Any:
        """A read model handed over once (e.g. the dashboard's figures computed off the GUI thread at launch), or
        None; it is removed, so it can never outlive the state it was read from."""
        return self._cache.pop(key, None)

    @contextmanager
    def errors_to(self, sink: Callable[[str], None]) -> Iterator[None]:
        """Refusals of the edits run inside go to ``sink`` (an error beside the field) instead of ``failed``."""
        self._error_sinks.append(sink)
        try:
            yield
        finally:
            self._error_sinks.pop()

    def _replay(self, changes: ChangeSet, *, undo: bool) -> bool:
        try:
            if undo:
                self.edits.undo(changes)
            else:
                self.edits.redo(changes)
        except PlanError as e:
            self.failed.emit(e.message())
            return False
        self._forget({c.table for c in changes.changes})
        self.last_changes = changes
        self.changed.emit({c.table for c in changes.changes})
        return True

    def close(self, *, abandon: bool = False) -> None:
        """Write the last edits and release the plan.

        Raises PlanError when the disk refuses; the plan then stays open and usable. ``abandon`` ends
        without writing and keeps the edits in the working copy for recovery at the next start.
        """
        self.document.close(abandon=abandon)
        self.document.on_written = None
        self.document.on_error = None
        self.release()

    def release(self) -> None:
        """Drop the undo history and leave ``PlanSession.open_sessions``: from now on this session may be freed.
        ``close`` calls it; call it directly for a session whose document was closed some other way."""
        self.undo_stack.clear()
        self._cache.clear()
        self._tables.clear()
        PlanSession.open_sessions.discard(self)


@atexit.register
def _release_open_sessions() -> None:
    """At exit, sessions nobody closed (a crash path, a test) drop their undo histories before the interpreter's
    last garbage collection."""
    import shiboken6

    for session in list(PlanSession.open_sessions):
        if shiboken6.isValid(session) and shiboken6.isValid(session.undo_stack):
            session.undo_stack.clear()
    PlanSession.open_sessions.clear()
