"""The desk's language: English or Japanese, from ``KAKEHASHI_LANG`` or the system locale.

Our messages come from ``resources/translations/kakehashi_<lang>.qm`` (built from the ``.ts``
by ``make translations``); Qt's own (standard buttons, file dialogs, context menus) from
``qtbase_<lang>.qm`` in Qt's translations folder, as Anki does. English is the source language,
but it has a file too: Qt takes plural forms ("1 dossier", "2 dossiers") from a translation,
so ``kakehashi_en.ts`` holds only the messages with ``%n`` (``lupdate -pluralonly``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

LANG_ENV = "KAKEHASHI_LANG"
LANGUAGES = ("en", "ja")
SOURCE_LANGUAGE = "en"


def choose_language() -> str:
    """``KAKEHASHI_LANG`` if it names a supported language, else the system's, else English."""
    forced = os.environ.get(LANG_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    if QLocale.system().language() == QLocale.Language.Japanese:
        return "ja"
    return SOURCE_LANGUAGE


def translation_file(lang: str):
    return resource_path("translations", f"kakehashi_{lang}.qm")


def _locale_for(lang: str) -> QLocale:
    """Dates and numbers follow the language when it differs from the system's."""
    system = QLocale.system()
    if lang == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    if system.language() == QLocale.Language.Japanese:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


class Translations:
    """The translators installed in the application; switchable (the screenshot tool does)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def set_language(self, lang: str) -> bool:
        """Install ``lang``'s translators. False if our own translation file is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = lang
        QLocale.setDefault(_locale_for(lang))
        if lang != SOURCE_LANGUAGE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_translator = QTranslator(self._app)
            if qt_translator.load(f"qtbase_{lang}", qt_dir):
                self._install(qt_translator)
        ours = QTranslator(self._app)
        if not ours.load(str(translation_file(lang))):
            return False
        self._install(ours)
        return True

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
