"""Copying secrets: the recovery key, and anything copied out of the desk's fields.

As KeePassXC does: the copy carries the hint password managers use so clipboard managers keep
no history of it, and it is cleared after a while, on lock and when the desk quits — but only if
the clipboard still holds our text (the caseworker may have copied something else since).
Clearing at quit also matters for the process itself: a Python-made QMimeData still owned by
the clipboard when the interpreter shuts down crashes it.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

#: KDE's and KeePassXC's hint to clipboard managers: do not keep this in the history.
CONCEALED_MIME = "x-kde-passwordManagerHint"
CLEAR_AFTER_MS = 30_000


class SecretClipboard(QObject):
    """One per application (``KakehashiApplication.secret_clipboard``)."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._claiming = False
        clipboard = QApplication.clipboard() if QApplication.instance() is not None else None
        if clipboard is not None:
            clipboard.dataChanged.connect(self._claim)

    @property
    def clear_after_s(self) -> int:
        return self._timer.interval() // 1000

    def set_clear_after_s(self, seconds: int) -> None:
        """How long a copied secret stays (the vault's choice, applied when it opens)."""
        self._timer.setInterval(max(5, seconds) * 1000)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData(CONCEALED_MIME, b"secret")
        QApplication.clipboard().setMimeData(data)
        self._text = text
        self._timer.start()

    def _claim(self) -> None:
        """A copy made anywhere in the desk (Ctrl+C in a name field, a table, a note) is a copy
        of a person's data: give it the concealed hint and the same clearing as ours. Only
        copies this application made (it owns the clipboard) are touched."""
        if self._claiming:
            return
        clipboard = QApplication.clipboard()
        data = clipboard.mimeData()
        # ours: the platform says so, or the copy happened while the desk was the active
        # application (some platforms cannot tell who owns the clipboard)
        ours = clipboard.ownsClipboard() or (
            QApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if (not ours or data is None or data.hasFormat(CONCEALED_MIME)
                or not data.hasText() or not data.text()):
            return
        self._claiming = True
        try:
            self.copy(data.text())
        finally:
            self._claiming = False

    def clear_if_ours(self) -> None:
        self._timer.stop()
        if self._text is not None and QApplication.clipboard().text() == self._text:
            QApplication.clipboard().clear()
        self._text = None


def secret_clipboard() -> SecretClipboard:
    """The application's secret clipboard (made on first use if the app is not ours)."""
    app = QApplication.instance()
    found = getattr(app, "secret_clipboard", None)
    if found is None:
        found = SecretClipboard(app)
        app.secret_clipboard = found
        app.aboutToQuit.connect(found.clear_if_ours)
    return found
