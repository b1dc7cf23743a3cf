# SPDX-License-Identifier: GPL-3.0-or-later
"""The program table: a model loaded once per refresh (one query per table), a filter proxy, and delegates."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QMessageBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from smartcity_desktop.core import model
from smartcity_desktop.gui import labels
from smartcity_desktop.gui.formats import format_rupiah
from smartcity_desktop.gui.program_edits import format_years, parse_years
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.services.operations import programs
from smartcity_desktop.services.reading import programs as q

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

(COL_DIM, COL_ELEMENT, COL_NAME, COL_AGENCY, COL_FUNDING, COL_YEARS, COL_HORIZON, COL_QW, COL_BUDGET) = range(9)
HEADERS: tuple[Any, ...] = (  # marked for lupdate, translated in headerData
    QT_TRANSLATE_NOOP("ProgramModel", "Dimensi"),
    QT_TRANSLATE_NOOP("ProgramModel", "Elemen"),
    QT_TRANSLATE_NOOP("ProgramModel", "Program"),
    QT_TRANSLATE_NOOP("ProgramModel", "OPD Pelaksana"),
    QT_TRANSLATE_NOOP("ProgramModel", "Sumber Dana"),
    QT_TRANSLATE_NOOP("ProgramModel", "Tahun"),
    QT_TRANSLATE_NOOP("ProgramModel", "Horizon"),
    QT_TRANSLATE_NOOP("ProgramModel", "Quick Win"),
    QT_TRANSLATE_NOOP("ProgramModel", "Anggaran total"),
)
EDITABLE = {COL_NAME, COL_AGENCY, COL_YEARS, COL_HORIZON}
TEXT_FIELDS = {  # the row fields each column's text is made of (``_display``)
    COL_DIM: ("dimension_name",),
    COL_ELEMENT: ("element_name",),
    COL_AGENCY: ("lead_agency_code", "lead_agency_name"),
    COL_FUNDING: ("funding_ids",),
    COL_YEARS: ("first_year", "last_year"),
    COL_HORIZON: ("horizon",),
    COL_QW: (),
    COL_BUDGET: ("budget_total",),
}
EDIT_FIELDS = {COL_NAME: "name", COL_AGENCY: "lead_agency_id", COL_HORIZON: "horizon"}  # edited as stored


class SessionTableModel(QAbstractTableModel):
    """A table of rows read through the plan session, one row per id (``row_of``), edited through operations."""

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[dict[str, Any]] = []
        self.row_of: dict[str, int] = {}
        self.local_edit = False  # True while an edit made here runs (the view then skips its full refresh)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.row_of = {r["id"]: i for i, r in enumerate(rows)}

    def run_operation(self, label: str, adds: bool, operation: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """One undoable operation; the new id for one that ``adds`` a row, else whether the change was made."""
        self.local_edit = True
        try:
            if adds:
                return self.session.add(label, operation, *args, **kw)
            return self.session.run(label, operation, *args, **kw)
        finally:
            self.local_edit = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)


class ProgramTableModel(SessionTableModel):
    """Rows of program_queries.program_table; edits go through the session, then only the edited row reloads."""

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.agencies: dict[str, dict[str, Any]] = {}
        self.funding: dict[str, dict[str, Any]] = {}
        self.dimension_id: str | None = None
        self.sort_column = -1  # the rows are kept in this column's order (the proxy only filters)
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._seq: dict[str, int] = {}  # each row's place in the query's order (ties keep it)

    # -- loading --------------------------------------------------------
    def reload(self, dimension_id: str | None = None) -> None:
        """Read every row again (one query per table)."""
        db = self.session.db
        self.dimension_id = dimension_id
        self.beginResetModel()
        self.agencies = {r["id"]: r for r in db.rows("agency")}
        self.funding = {r["id"]: r for r in db.rows("funding_source")}
        rows = self.session.program_rows()  # read once per state of its tables (the launch reads it first)
        if dimension_id is not None:
            rows = [r for r in rows if r["dimension_id"] == dimension_id]
        self._seq = {r["id"]: i for i, r in enumerate(rows)}
        self.set_rows(self._ordered(rows))
        self.endResetModel()

    def reload_program(self, program_id: str) -> None:
        """Re-read one program's row (after an edit made here)."""
        i = self.row_of.get(program_id)
        fresh = q.program_table(self.session.db, program_id=program_id)
        if i is None:
            if fresh and (self.dimension_id is None or fresh[0]["dimension_id"] == self.dimension_id):
                self.reload(self.dimension_id)
            return
        if not fresh:
            self.beginRemoveRows(QModelIndex(), i, i)
            self.set_rows(self.rows[:i] + self.rows[i + 1 :])
            self.endRemoveRows()
            return
        col, before = self.sort_column, self.rows[i]
        self.rows[i] = fresh[0]
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
        if col >= 0 and self._sort_key(before, col) != self._sort_key(fresh[0], col):
            self.sort(col, self.sort_order)  # the row moves to its new place, as a sorting proxy would move it

    # -- order ----------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``: one key per row in Python (issue 10: a sorting proxy calls its Python
        ``lessThan`` n log n times at every build, ~3,000 calls for 600 programs). Ties keep the query's order,
        as the proxy's stable sort kept it; the selection and other persistent indexes follow their rows."""
        self.sort_column, self.sort_order = column, order
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.rows[i.row()]["id"] if i.isValid() else None for i in old]
        self.set_rows(self._ordered(self.rows))
        new = [
            self.index(self.row_of[pid], i.column()) if pid in self.row_of else QModelIndex()
            for pid, i in zip(ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _ordered(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``rows`` in the query's order, then stably sorted by the sort column."""
        end = len(self._seq)
        out = sorted(rows, key=lambda r: self._seq.get(r["id"], end))
        col = self.sort_column
        if col < 0:
            return out
        desc = self.sort_order == Qt.SortOrder.DescendingOrder
        try:
            out.sort(key=lambda r: self._sort_key(r, col), reverse=desc)
        except TypeError:  # keys that do not compare (as the proxy did: compared as text)
            out.sort(key=lambda r: str(self._sort_key(r, col)), reverse=desc)
        return out

    def run(self, label: str, program_ids: list[str], operation: Callable[..., Any], *args: Any) -> Any:
        """One undoable operation (``services.operations.programs``); afterwards only the given programs' rows
        are re-read. Returns the new id for operations that add a row, else whether the change was made."""
        ok = self.run_operation(label, operation in (programs.add, programs.duplicate), operation, *args)
        for pid in program_ids:
            self.reload_program(pid)
        return ok

    # -- Qt model -------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProgramModel", str(HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.column() in EDITABLE:
            f |= Qt.ItemFlag.ItemIsEditable
        if index.column() == COL_QW:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def program_id(self, row: int) -> str:
        return str(self.rows[row]["id"])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(r, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_QW:
            return Qt.CheckState.Checked if r["is_quick_win"] else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == ID_ROLE:
            return r["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_BUDGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_FUNDING:
                return "\n".join(self.funding[f]["name"] for f in r["funding_ids"] if f in self.funding)
            if col == COL_AGENCY:
                return r["lead_agency_name"] or ""
            if col == COL_NAME:
                return r["name"]
            text = self._display(r, col)  # a cell cut by a narrow column shows whole on hover
            return text if isinstance(text, str) and text else None
        return None

    def display_text(self, row: int, col: int) -> str:
        """The text ``data()`` shows in a cell, as a string ("" for none)."""
        return str(self._display(self.rows[row], col) or "")

    def distinct_texts(self, rows: list[int], col: int) -> dict[str, int]:
        """text -> a row showing it, over ``rows``: each text is formatted once per distinct value of the fields
        it shows (column fitting measures 600 programs' cells without formatting 600 amounts or labels); for
        the budget, one amount per number of digits (the caller measures it with its widest digit)."""
        fields = TEXT_FIELDS.get(col)
        if fields is None:
            return {self.display_text(row, col): row for row in rows}
        seen: dict[Any, int] = {}
        for row in rows:
            r = self.rows[row]
            if col == COL_BUDGET:  # amounts of as many digits are as wide but for the digits' own widths
                key: Any = len(str(abs(int(r["budget_total"] or 0)))) if r["budget_total"] else 0
            else:
                key = tuple(r[f] if f != "funding_ids" else tuple(r[f]) for f in fields)
            seen.setdefault(key, row)
        return {self.display_text(row, col): row for row in seen.values()}

    def _display(self, r: dict[str, Any], col: int) -> Any:
        if col == COL_DIM:
            return r["dimension_name"]
        if col == COL_ELEMENT:
            return r["element_name"] or ""
        if col == COL_NAME:  # the RPJMD/Renstra code before the name, as the documents print it
            return f"{r['code']}  {r['name']}" if r.get("code") else r["name"]
        if col == COL_AGENCY:
            return r["lead_agency_code"] or r["lead_agency_name"] or ""
        if col == COL_FUNDING:
            return ", ".join(self.funding[f]["code"] for f in r["funding_ids"] if f in self.funding)
        if col == COL_YEARS:
            return format_years(r["first_year"], r["last_year"])
        if col == COL_HORIZON:
            return labels.label("horizon", r["horizon"])
        if col == COL_BUDGET:
            return format_rupiah(r["budget_total"]) if r["budget_total"] else "\u2013"
        return None

    def _edit_value(self, r: dict[str, Any], col: int) -> Any:
        return r[EDIT_FIELDS[col]] or "" if col in EDIT_FIELDS else self._display(r, col)

    def _sort_key(self, r: dict[str, Any], col: int) -> Any:
        if col == COL_DIM:
            return (r["dimension_sort"], r["sort_key"])
        if col == COL_YEARS:
            return (r["first_year"] or 0, r["last_year"] or 0)
        if col == COL_HORIZON:
            return model.HORIZONS.index(r["horizon"]) if r["horizon"] else 9
        if col == COL_QW:
            return int(r["is_quick_win"])
        if col == COL_BUDGET:
            return int(r["budget_total"] or 0)
        return str(self._display(r, col) or "").casefold()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        r = self.rows[index.row()]
        pid = str(r["id"])
        col = index.column()
        if col == COL_QW and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            label = self.tr("Tandai Quick Win") if on else self.tr("Hapus tanda Quick Win")
            return bool(self.run(label, [pid], programs.set_quick_win, pid, on))
        if role != Qt.ItemDataRole.EditRole:
            return False
        values: dict[str, Any]
        if col == COL_NAME:
            name = str(value).strip()
            if not name or name == r["name"]:
                return False
            values, label = {"name": name}, self.tr("Ubah nama program")
        elif col == COL_AGENCY:
            values, label = {"lead_agency_id": value or None}, self.tr("Ubah OPD pelaksana")
        elif col == COL_HORIZON:
            values, label = {"horizon": value or None}, self.tr("Ubah horizon")
        elif col == COL_YEARS:
            try:
                first, last = parse_years(str(value))
            except ValueError:
                self.session.failed.emit(self.tr("Tahun tidak dikenali: tulis misalnya 2019-2021."))
                return False
            if first is not None and last is not None and first > last:
                first, last = last, first
            go, on_conflict = ask_budgets_outside(None, self.session, pid, first, last)
            if not go:
                return False
            label = self.tr("Ubah tahun program")
            return bool(
                self.run(label, [pid], programs.update, pid, {"first_year": first, "last_year": last}, on_conflict)
            )
        else:
            return False
        return bool(self.run(label, [pid], programs.update, pid, values))


def commit_number(
    session: PlanSession,
    error: Any,
    text: str,
    parse: Callable[[str], Any],
    unreadable: str,
    refused: Callable[[str], str],
    edit: Callable[[Any], object],
) -> bool:
    """A typed number (a budget, a target) committed beside its field: ``text`` that ``parse`` cannot read
    shows ``unreadable`` in ``error`` (a FieldError) and returns False; else ``edit(value)`` runs one operation
    through the session, a refusal shows as ``refused(reason)`` and a success clears the error."""
    try:
        value = parse(text)
    except ValueError:
        error.show_error(unreadable)
        return False
    reasons: list[str] = []
    with session.errors_to(reasons.append):
        edit(value)
    if reasons:
        error.show_error(refused(reasons[-1]))
    else:
        error.clear_error()
    return True


def ask_budgets_outside(
    parent: QWidget | None, session: PlanSession, program_id: str, first: int | None, last: int | None
) -> tuple[bool, programs.OnConflict]:
    """Before new program years: when budgets lie outside them, ask whether to delete those budgets.

    (True, None): no budget outside; (True, "clip"): delete them; (False, None): keep the old years."""
    outside = programs.budgets_outside(session.db, program_id, first, last)
    if not outside:
        return True, None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ProgramModel", "Ubah tahun program"),
        QCoreApplication.translate(
            "ProgramModel",
            "Anggaran tahun {0} berada di luar tahun program {1}\u2013{2}. Hapus anggaran tahun itu? "
            "Pilih Tidak untuk mempertahankan tahun program lama.",
        ).format(", ".join(map(str, outside)), first if first is not None else "", last if last is not None else ""),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        return True, "clip"
    return False, None


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change a proxy's filter settings and filter its rows again (Qt 6.10+ API when present)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - older Qt
        change()
        proxy.invalidateRowsFilter()


class ProgramFilter(QSortFilterProxyModel):
    """Filters the program table by dimension, agency, funding source, year, Quick Win and text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dimension_id: str | None = None
        self.agency_id: str | None = None
        self.funding_id: str | None = None
        self.year: int | None = None
        self.quick_win: bool | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, **kw: Any) -> None:
        refilter(self, lambda: self._set(kw))

    def _set(self, kw: dict[str, Any]) -> None:
        for k, v in kw.items():
            setattr(self, k, v)
        self.text = self.text.casefold().strip()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ProgramTableModel):
            return True
        r = model.rows[source_row]
        if self.dimension_id and r["dimension_id"] != self.dimension_id:
            return False
        if self.agency_id and r["lead_agency_id"] != self.agency_id and self.agency_id not in r["agency_ids"]:
            return False
        if self.funding_id and self.funding_id not in r["funding_ids"]:
            return False
        if self.year is not None:
            first, last = r["first_year"], r["last_year"]
            if first is None or not (first <= self.year <= (last or first)):
                return False
        if self.quick_win is not None and bool(r["is_quick_win"]) != self.quick_win:
            return False
        if self.text:
            hay = " ".join(
                str(x or "")
                for x in (r["name"], r["description"], r["activities"], r["element_name"], r["lead_agency_name"])
            )
            if self.text not in hay.casefold():
                return False
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort: the program model orders its own rows (one key per row), this proxy only filters."""
        model = self.sourceModel()
        if isinstance(model, ProgramTableModel):
            model.sort(column, order)
        else:  # pragma: no cover
            super().sort(column, order)


class ComboDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (code, label) pairs given by ``items()``; stores the code."""

    def __init__(self, items: Callable[[], list[tuple[str, str]]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items = items

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for code, text in self.items():
            box.addItem(text, code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        code = editor.currentData()
        if code != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, code, Qt.ItemDataRole.EditRole)
