"""A read-only table model over dossier summaries (ref, name, last change)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.store.dossiers import DossierSummary

Index = QModelIndex | QPersistentModelIndex


#: Year first in every language: unambiguous, and close to Japan's own 2026/04/01.
TIME_FORMAT = "yyyy-MM-dd HH:mm"


def local_time(stamp: str) -> str:
    """A stored UTC ISO 8601 stamp as local date and time."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment.toLocalTime(), TIME_FORMAT)


class DossierTableModel(QAbstractTableModel):
    REF, NAME, UPDATED = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DossierSummary] = []

    def set_rows(self, rows: list[DossierSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock: nothing of the vault stays in the model)."""
        self.set_rows([])

    def summary(self, row: int) -> DossierSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Ref"), self.tr("Name"), self.tr("Last change"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.REF:
            return row.ref
        if column == self.NAME:
            return row.name
        return local_time(row.updated_at)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
