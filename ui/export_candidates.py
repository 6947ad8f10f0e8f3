"""The export dialog's list of candidates: who they are (ref and name) and their state — ready
with their k, refused by the consent gate and why, blocked and what makes them stand out.

Names are identifying: while the privacy screen is on the list shows ``MASK`` instead (the ref
stays, so the rows can still be told apart, as in the dossier list).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.disclosure import export
from app.disclosure.preview import Candidate
from ui.export_words import state_text
from ui.privacy import MASK, PrivacyScreen

Index = QModelIndex | QPersistentModelIndex

#: The state line's colour: ready is calm, refused and blocked stand out.
STATE_COLORS = {
    export.READY: "#1d6b3a",
    export.REFUSED: "#9a3412",
    export.BLOCKED: "#9a3412",
    export.MISSING: "#5d6a75",
}
#: The role holding a row's state (``export.READY``…), for views and tests.
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


class CandidateListModel(QAbstractListModel):
    def __init__(self, privacy: PrivacyScreen, parent=None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._rows: list[Candidate] = []
        privacy.changed.connect(self._privacy_changed)

    def set_candidates(self, candidates: list[Candidate]) -> None:
        self.beginResetModel()
        self._rows = list(candidates)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (names, reasons, profiles)."""
        self.set_candidates([])

    def candidate(self, row: int) -> Candidate:
        return self._rows[row]

    def candidates(self) -> list[Candidate]:
        return list(self._rows)

    def row_of(self, dossier_id: int | None) -> int:
        return next((i for i, c in enumerate(self._rows) if c.dossier_id == dossier_id), -1)

    def who(self, candidate: Candidate) -> str:
        """"S-001  Jean-Baptiste …", the name masked under the privacy screen."""
        if self._privacy.is_on():
            return MASK  # the ref is an identifier too
        ref = candidate.ref or candidate.outcome.name
        return f"{ref}  {candidate.full_name or ''}".strip()

    def _privacy_changed(self, _: bool) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        candidate = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.who(candidate)}\n{state_text(candidate)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return state_text(candidate)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.who(candidate)}: {state_text(candidate)}"
        if role == Qt.ItemDataRole.ForegroundRole and candidate.state != export.READY:
            return QColor(STATE_COLORS.get(candidate.state, "#5d6a75"))
        if role == STATE_ROLE:
            return candidate.state
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
