from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.clipboard import CONCEALED_MIME, SecretClipboard


def test_a_copied_secret_is_concealed_and_cleared_after_the_delay(qtbot, qapp):
    clipboard = SecretClipboard(qapp, clear_after_ms=50)
    clipboard.copy("RKEY-0000")
    data = QApplication.clipboard().mimeData()
    assert data.text() == "RKEY-0000" and data.hasFormat(CONCEALED_MIME)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5000)


def test_what_someone_else_copied_is_left_alone(qtbot, qapp):
    clipboard = SecretClipboard(qapp)
    clipboard.copy("RKEY-0000")
    QApplication.clipboard().setText("a colleague's note")
    clipboard.clear_if_ours()
    assert QApplication.clipboard().text() == "a colleague's note"
    QApplication.clipboard().clear()


def test_quitting_clears_our_copy(qapp):
    clipboard = qapp.secret_clipboard
    clipboard.copy("RKEY-1111")
    qapp.aboutToQuit.emit()
    assert QApplication.clipboard().text() == ""


def test_a_copy_from_any_field_of_the_desk_is_concealed_and_cleared(qtbot, qapp):
    """Ctrl+C in a name field: the copy gets the concealed hint and is cleared like ours."""
    from PySide6.QtWidgets import QLineEdit

    from ui.clipboard import CONCEALED_MIME, secret_clipboard

    clipboard = secret_clipboard()
    field = QLineEdit("Jean-Baptiste Kalala")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: qapp.applicationState() == Qt.ApplicationState.ApplicationActive,
                    timeout=2_000)
    field.selectAll()
    field.copy()
    data = qapp.clipboard().mimeData()
    assert data.hasFormat(CONCEALED_MIME)
    assert qapp.clipboard().text() == "Jean-Baptiste Kalala"
    clipboard.clear_if_ours()  # as on lock
    assert qapp.clipboard().text() == ""
