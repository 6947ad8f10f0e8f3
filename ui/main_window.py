"""The main window after unlocking: for now, the vault's most recent dossiers, read-only.

Its title is always "Kakehashi", never a person's name. Reads go through the session's worker;
:meth:`MainWindow.clear` forgets everything shown (the controller calls it on lock).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.store.dossiers import DossierRepository, DossierSummary
from ui.dossier_model import DossierTableModel
from ui.folder_field import display_path
from ui.fonts import monospace_font
from ui.form_page import heading, paragraph
from ui.messages import user_message
from ui.session import VaultSession

#: The table shows this many of the most recently changed dossiers (the lazy list comes later).
SHOWN_ROWS = 200
#: Room on either side of the narrow columns' text, in pixels.
COLUMN_PADDING = 16


def _shell_quote(path: str) -> str:
    return f'"{path}"' if any(c in path for c in " '\"&;()$") else path


def _load_summaries(vault) -> tuple[int, list[DossierSummary]]:
    """Runs on the worker thread."""
    repository = DossierRepository(vault.conn)
    return repository.count(), repository.summaries(limit=SHOWN_ROWS)


class EmptyState(QWidget):
    """What an empty vault shows: how to import dossiers, honestly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("This vault has no dossiers yet"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = paragraph(
            self.tr(
                "Dossiers are imported from an interchange file (JSON) with the command line. "
                "Lock the vault first (Ctrl+L) or quit Kakehashi: a vault can be open in only "
                "one program at a time. Then run:"
            )
        )
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.command = QLabel()
        self.command.setFont(monospace_font(1.1))
        self.command.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.command.setAccessibleName(self.tr("Import command"))
        self.command.setWordWrap(True)
        column = QWidget()
        column.setMaximumWidth(620)  # short lines read better than one across the window
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addSpacing(8)
        inner.addWidget(self.explanation)
        inner.addSpacing(8)
        inner.addWidget(self.command)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 10)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        layout.setContentsMargins(24, 24, 24, 24)

    def set_folder(self, folder: Path | None) -> None:
        vault = _shell_quote(display_path(folder)) if folder is not None else "VAULT"
        self.command.setText(f"kakehashi import {vault} FILE")


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    #: Emitted on the GUI thread when the dossiers have been loaded (or failed to).
    loaded = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Kakehashi")
        self.resize(900, 560)

        self.model = DossierTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dossiers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            DossierTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )

        self.empty_state = EmptyState()
        self.message = paragraph("")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.message, self.empty_state, self.table):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)

        self.count_label = QLabel()
        self.folder_label = QLabel()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.folder_label)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setStatusTip(self.tr("Close the vault and ask for the passphrase again"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_requested)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.addAction(self.lock_action)  # the shortcut works without opening the menu
        self.addAction(self.quit_action)

        self._generation = 0
        self.clear()

    # -- content ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the dossier count and the most recent summaries on the worker."""
        folder = self.session.folder
        self.empty_state.set_folder(folder)
        self.folder_label.setText(display_path(folder) if folder is not None else "")
        self._show_message(self.tr("Loading…"))
        generation = self._generation
        self.session.read(
            _load_summaries,
            lambda outcome: self._loaded(generation, outcome),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _loaded(self, generation: int, outcome: tuple[int, list[DossierSummary]]) -> None:
        if generation != self._generation:
            return  # read before a lock: what it found must not be shown now
        count, rows = outcome
        self.model.set_rows(rows)
        for column in (DossierTableModel.REF, DossierTableModel.UPDATED):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)
        self.stack.setCurrentWidget(self.table if rows else self.empty_state)
        text = self.tr("%n dossier(s)", "", count)
        if count > len(rows):
            text += "  ·  " + self.tr("showing the %1 most recently changed").replace(
                "%1", str(len(rows))
            )
        self.count_label.setText(text)
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        self._show_message(user_message(error))
        self.count_label.clear()
        self.loaded.emit()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        """Forget every value shown: the table, the counts, the folder; a read still under way
        is ignored when it comes back."""
        self._generation += 1
        self.model.clear()
        self.table.clearSelection()
        self.count_label.clear()
        self.folder_label.clear()
        self.empty_state.set_folder(None)
        self._show_message("")

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window quits the desk (the controller closes the vault)."""
        event.ignore()
        self.quit_requested.emit()
