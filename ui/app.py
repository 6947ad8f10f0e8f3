"""The desk's entry point: ``kakehashi`` with no command calls :func:`run_gui`."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.clipboard import SecretClipboard
from ui.fonts import install_cjk_fallback
from ui.i18n import Translations, choose_language
from ui.settings import APPLICATION, ORGANIZATION


class KakehashiApplication(QApplication):
    """The application object: names (for QSettings), the bundled font, the translators.

    Tests get this class from the ``qapp_cls`` fixture, so they run with the same font set-up.
    The language is installed by :meth:`set_language` (``run_gui`` picks it), so a test or the
    screenshot tool can switch between English and Japanese.
    """

    def __init__(self, argv: Sequence[str] | None = None) -> None:
        super().__init__(list(argv) if argv else [sys.argv[0] if sys.argv else "kakehashi"])
        self.setOrganizationName(ORGANIZATION)
        self.setApplicationName(APPLICATION)
        self.setDesktopFileName("kakehashi")
        self.setQuitOnLastWindowClosed(False)  # the controller decides when the desk is done
        self.font_families = install_cjk_fallback(self)
        self.translations = Translations(self)
        self.secret_clipboard = SecretClipboard(self)
        self.aboutToQuit.connect(self.secret_clipboard.clear_if_ours)

    def set_language(self, lang: str) -> bool:
        """Install ``lang``'s translations (``en`` removes them); False if a file is missing."""
        return self.translations.set_language(lang)


def _quit_on_sigint(app: QApplication) -> None:
    """Ctrl+C in the terminal, or a polite kill (SIGTERM: the session ending), quits cleanly —
    the vault is closed, a demo vault deleted: Python gets a chance to run every 200 ms."""
    # exit(), not quit(): Qt 6's quit() first asks every window to close, and a window busy
    # unlocking (or the main window, which turns a close into the desk's own quit) refuses
    signal.signal(signal.SIGINT, lambda *_: app.exit(0))
    signal.signal(signal.SIGTERM, lambda *_: app.exit(0))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)


def one_line_excepthook(kind, error, tb) -> None:
    """An unexpected error in the desk: one line with its type, never a traceback (an exception's
    text or a traceback's source lines could carry a person's data). KAKEHASHI_DEBUG=1 shows all."""
    if os.environ.get("KAKEHASHI_DEBUG") == "1":
        sys.__excepthook__(kind, error, tb)
    else:
        print(f"kakehashi: internal error ({kind.__name__})", file=sys.stderr)


def run_gui(*, demo: bool = False) -> int:
    """Show the unlock dialog, then the main window; return the exit code. With ``demo``, open
    a temporary vault of invented people at once (``kakehashi --demo``)."""
    from ui.controller import DeskController

    app = KakehashiApplication.instance() or KakehashiApplication(sys.argv[:1])
    if isinstance(app, KakehashiApplication):
        lang = choose_language()
        if not app.set_language(lang):
            print(f"kakehashi: no translation file for '{lang}'; run 'make translations'",
                  file=sys.stderr)
    sys.excepthook = one_line_excepthook
    controller = DeskController(platform_events=True)
    controller.finished.connect(lambda: app.exit(0))
    app.aboutToQuit.connect(controller.quit)
    _quit_on_sigint(app)
    controller.start(demo=demo)
    return app.exec()
