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
