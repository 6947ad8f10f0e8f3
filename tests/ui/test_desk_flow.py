"""The whole desk as a caseworker uses it: open a dossier from the list, type, walk away — the
idle lock saves the typing, and leaves no person's data on any widget or model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.interchange.importer import import_file
from app.store.dossiers import DossierRepository
from tests.support import SAMPLE
from tests.ui.helpers import JOB_TIMEOUT_MS, unlock_through

NAMES = ("Jean-Baptiste", "Mukendi", "Kalala", "ジャン")


@pytest.fixture
def vault_with_samples(make_vault):
    vault, _ = make_vault()
    import_file(vault.conn, SAMPLE)
    folder = vault.folder
    vault.close()
    return folder


def texts_of(root: QWidget) -> list[str]:
    """Every text a widget tree shows: fields, labels, buttons, combo items, model cells."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLineEdit, QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model: QAbstractItemModel = widget.model()
            root_index = widget.rootIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # a list model (one column, its columnCount is private)
                columns = 1
            for row in range(min(model.rowCount(root_index), 200)):
                for column in range(columns):
                    value = model.index(row, column, root_index).data(
                        Qt.ItemDataRole.DisplayRole)
                    if value is not None:
                        found.append(str(value))
        found.append(widget.windowTitle())
    return found


def test_idle_lock_saves_the_typing_and_clears_every_widget(
    qtbot, controller, session, vault_with_samples, passphrase
):
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    window = controller.window
    with qtbot.waitSignal(window.loaded, timeout=JOB_TIMEOUT_MS):
        unlock_through(qtbot, dialog, vault_with_samples, passphrase)
    # open S-001 from the list, as a click would
    view = window.list_view
    qtbot.waitUntil(lambda: any(view.model.index(r, view.model.REF).data() == "S-001"
                                for r in range(view.model.rowCount())), timeout=JOB_TIMEOUT_MS)
    row = next(r for r in range(view.model.rowCount())
               if view.model.index(r, view.model.REF).data() == "S-001")
    view.table.selectRow(row)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.dossier_id() is not None and not session.worker.is_busy(),
                    timeout=JOB_TIMEOUT_MS)
    assert window.editor_stack.currentWidget() is editor
    shown = "\n".join(texts_of(window))
    assert "Jean-Baptiste" in shown  # the dossier really is on screen
    summary = editor.form.field("summary").edit
    summary.setFocus()
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(summary, " Typed just before the lock.")
    qtbot.waitUntil(editor.has_unsaved, timeout=JOB_TIMEOUT_MS)

    # walk away: the idle lock fires
    vault = session.vault
    controller.idle._timer.setInterval(10)
    controller.idle.set_minutes(0.2 / 60)
    qtbot.waitUntil(lambda: controller.dialog is not None and session.folder is None,
                    timeout=10_000)
    leftovers = [t for t in texts_of(window) if any(n in t for n in NAMES)]
    assert leftovers == []
    assert not window.isVisible()
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)

    # the typing was saved before the vault closed
    from app.vault.vault import Vault

    with Vault.open(vault_with_samples, passphrase) as reopened:
        repo = DossierRepository(reopened.conn)
        doc = repo.load(repo.id_for_ref("S-001"))
    assert doc["summary"].endswith("Typed just before the lock.")
