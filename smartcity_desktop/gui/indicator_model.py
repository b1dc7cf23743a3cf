# SPDX-License-Identifier: GPL-3.0-or-later
"""The indicator table: the ids of the indicators passing the filter are read once per refresh, their rows a page
at a time as the table scrolls to them (``canFetchMore``/``fetchMore``), their targets per year of the plan period
when first shown, a batch of rows at a time (issue 10: reading all 4,000 indicators and 40,000 targets of a large
plan, and filtering them in Python, was most of the view's first build)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt

from smartcity_desktop.gui.formats import format_number
from smartcity_desktop.gui.program_edits import parse_decimal
from smartcity_desktop.gui.program_model import ID_ROLE, Index, SessionTableModel
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.services.operations import indicators
from smartcity_desktop.services.reading import programs as q

log = logging.getLogger(__name__)

TARGET_BATCH = 200  # rows whose targets one read fetches
PAGE = 200  # rows one fetch reads (a screenful is ~20)

COL_DIM, COL_PROGRAM, COL_NAME, COL_UNIT, COL_BASELINE, COL_SOURCE = range(6)
FIXED: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("IndicatorModel", "Dimensi"),
    QT_TRANSLATE_NOOP("IndicatorModel", "Program"),
    QT_TRANSLATE_NOOP("IndicatorModel", "Indikator"),
    QT_TRANSLATE_NOOP("IndicatorModel", "Satuan"),
    QT_TRANSLATE_NOOP("IndicatorModel", "Baseline"),
    QT_TRANSLATE_NOOP("IndicatorModel", "Sumber data"),
)
TEXT_COLUMNS = {COL_NAME: "name", COL_UNIT: "unit", COL_SOURCE: "data_source"}


class IndicatorModel(SessionTableModel):
    """Rows of program_queries.indicator_table; year columns hold targets."""

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.years: list[int] = []
        self.dimension_id: str | None = None  # the filter: SQL for the dimension and program, Python for text
        self.program_id: str | None = None
        self.text = ""
        self.ids: list[str] = []  # every indicator passing the filter, in order; ``rows`` holds those read

    def set_filter(self, **kw: Any) -> None:
        """Change the filter (dimension_id, program_id, text) and read again."""
        for k, v in kw.items():
            setattr(self, k, v)
        self.text = self.text.casefold().strip()
        self.reload()

    def matches(self, r: dict[str, Any]) -> bool:
        """Whether row ``r`` passes the filter."""
        if self.dimension_id and r["dim_id"] != self.dimension_id:
            return False
        if self.program_id and r["program_id"] != self.program_id:
            return False
        if self.text:
            hay = f"{r['name']} {r['program_name'] or ''} {r['data_source'] or ''}".casefold()
            return self.text in hay
        return True

    def reload(self) -> None:
        db = self.session.db
        plan = db.plan()
        self.beginResetModel()
        self.years = list(range(int(plan["period_start"]), int(plan["period_end"]) + 1))
        if self.text:  # a text filter reads every indicator of the dimension/program and keeps the matches
            rows = q.indicator_table(
                db, with_targets=False, dimension_id=self.dimension_id or None, program_id=self.program_id or None
            )
            rows = [r for r in rows if self.matches(r)]
            self.ids = [r["id"] for r in rows]
            self.set_rows(rows)
        else:
            self.ids = q.indicator_ids(db, self.dimension_id or None, self.program_id or None)
            self.set_rows(self._read(0))
        self.endResetModel()

    def _read(self, start: int) -> list[dict[str, Any]]:
        ids = self.ids[start : start + PAGE]
        if not ids:
            return []
        rows = q.indicator_table(self.session.db, with_targets=False, ids=ids)
        return rows

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < len(self.ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        """Read the next page of rows (the table asks when it scrolls to the end of those read)."""
        if parent.isValid():
            return
        start = len(self.rows)
        rows = [r for r in self._read(start) if r["id"] not in self.row_of]
        if not rows:
            self.ids = self.ids[:start]  # deleted meanwhile: nothing more to read
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.row_of.update({r["id"]: start + n for n, r in enumerate(rows)})
        self.endInsertRows()

    def find(self, indicator_id: str) -> int | None:
        """The row of an indicator passing the filter (its page read when it was not yet), else None."""
        if indicator_id not in self.row_of and indicator_id in self.ids:
            while indicator_id not in self.row_of and self.canFetchMore():
                before = len(self.rows)
                self.fetchMore()
                if len(self.rows) == before:
                    break
        return self.row_of.get(indicator_id)

    def targets(self, r: dict[str, Any]) -> dict[int, float]:
        """The targets {year: value} of row ``r``, read (with those of the next rows not read yet) on first use."""
        if "targets" not in r:
            i = self.row_of[r["id"]]
            batch = [x for x in self.rows[i : i + TARGET_BATCH] if "targets" not in x]
            read = q.indicator_targets(self.session.db, [x["id"] for x in batch])
            for x in batch:
                x["targets"] = read.get(x["id"], {})
        return r["targets"]  # type: ignore[no-any-return]

    def reload_indicator(self, indicator_id: str) -> None:
        """Re-read one indicator's row after an edit; it leaves the table when it no longer passes the filter."""
        i = self.row_of.get(indicator_id)
        fresh = q.indicator_table(self.session.db, indicator_id)
        if i is None or not fresh:
            self.reload()
            return
        if not self.matches(fresh[0]):
            self.beginRemoveRows(QModelIndex(), i, i)
            self.set_rows(self.rows[:i] + self.rows[i + 1 :])
            self.ids = [x for x in self.ids if x != indicator_id]
            self.endRemoveRows()
            return
        self.rows[i] = fresh[0]
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def run(self, label: str, indicator_id: str | None, operation: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """One undoable operation (``services.operations.indicators``); then the indicator's row is re-read.
        Returns the new id for ``indicators.add``, else whether the change was made."""
        ok = self.run_operation(label, operation is indicators.add, operation, *args, **kw)
        if indicator_id:
            self.reload_indicator(indicator_id)
        else:
            self.reload()
        return ok

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIXED) + len(self.years)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED):
            return QCoreApplication.translate("IndicatorModel", str(FIXED[section]))
        return str(self.years[section - len(FIXED)])

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.column() >= COL_NAME:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def year_of(self, column: int) -> int | None:
        return self.years[column - len(FIXED)] if column >= len(FIXED) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r["id"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_DIM:
                return r["dimension_name"] or ""
            if col == COL_PROGRAM:
                return r["program_name"] or ""
            if col in TEXT_COLUMNS:
                return r[TEXT_COLUMNS[col]] or ""
            if col == COL_BASELINE:
                value = format_number(r["baseline_value"])
                if role == Qt.ItemDataRole.DisplayRole and r["baseline_year"] and value:
                    return f"{value} ({r['baseline_year']})"
                return value
            year = self.year_of(col)
            return format_number(self.targets(r).get(year)) if year else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (col == COL_BASELINE or col >= len(FIXED)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_NAME, COL_PROGRAM):
            return r["name"] if col == COL_NAME else r["program_name"]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self.rows[index.row()]
        iid = str(r["id"])
        col = index.column()
        text = str(value).strip()
        if col in TEXT_COLUMNS:
            column = TEXT_COLUMNS[col]
            if column == "name" and not text:
                return False
            if (r[column] or "") == text:
                return False
            values = {column: text or None}
            return bool(self.run(self.tr("Ubah indikator"), iid, indicators.update, iid, values))
        try:
            number = parse_decimal(text)
        except ValueError:
            self.session.failed.emit(self.tr("Angka tidak dikenali: tulis misalnya 12,5."))
            return False
        if col == COL_BASELINE:
            if number == r["baseline_value"]:
                return False
            return bool(self.run(self.tr("Ubah baseline"), iid, indicators.update, iid, {"baseline_value": number}))
        year = self.year_of(col)
        if year is None or number == self.targets(r).get(year):
            return False
        label = self.tr("Ubah target %1").replace("%1", str(year))
        return bool(self.run(label, iid, indicators.set_target, iid, year, number))
