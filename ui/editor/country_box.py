"""A country chooser: an editable combo box over every ISO 3166 code, named in the UI language.

Caseworkers type a country's name the way they say it ("アフガ…", "congo"), so the box is
editable and completes on any part of the name. What it holds is always a code (or ``None``):
text that names no country is not kept, the box goes back to its last country when the
caseworker leaves it. Names come from ``app.disclosure.countries`` (English and Japanese for
all 249 codes, plus XK, XX "stateless" and ZZ "unknown"); a code that list does not know (an
old import) is kept as it is and shown as the bare code, never silently dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.disclosure import countries

#: What the box shows for "no country".
NONE_TEXT = "—"
#: Item data role holding the code ("" for none).
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def ui_language() -> str:
    """The desk's language as the country data spells it: ``ja`` or ``en``.

    ``ui.i18n.Translations.set_language`` sets the default locale along with the translators,
    so the default locale is the one source of truth (also in tests that switch languages).
    """
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


class CountryBox(QComboBox):
    """Pick a country by typing part of its name; :meth:`code` is its ISO alpha-2 code."""

    #: The caseworker changed the country (not emitted by :meth:`set_code`).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._code: str | None = None
        self._lang = ""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # the longest names ("South Georgia and the South Sandwich Islands") must not widen forms
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus (nor change) by wheel

        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        # completion on any part of the name, in a popup, whatever the case
        completer = QCompleter(self._items, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated[str].connect(self._on_completed)

        self._fill()
        self.currentIndexChanged.connect(self._on_index_changed)
        self.lineEdit().editingFinished.connect(self._commit_text)
        self.lineEdit().setPlaceholderText(NONE_TEXT)
        self._retranslate()

    # -- public API ------------------------------------------------------------------------

    def set_code(self, code: str | None) -> None:
        """Show ``code`` (case-insensitive; None or "" for none) without emitting :attr:`edited`."""
        self._loading = True
        try:
            self._code = self._normalize(code)
            self.setCurrentIndex(self._index_for(self._code))
            self._show_current()
        finally:
            self._loading = False

    def code(self) -> str | None:
        """The chosen code, or None. Text typed and not yet committed counts if it names a
        country (a save by shortcut must not lose it); other text does not."""
        typed = self._match(self.lineEdit().text())
        if typed is not None:
            return typed or None
        return self._code

    def clear(self) -> None:  # noqa: D102 - "forget the value" on lock, keep the list
        self.set_code(None)

    # -- internals -------------------------------------------------------------------------

    @staticmethod
    def _normalize(code: str | None) -> str | None:
        code = (code or "").strip().upper()
        return code or None

    def _fill(self) -> None:
        """(Re)build the list in the UI language, keeping the chosen code."""
        lang = ui_language()
        if lang == self._lang:
            return
        self._lang = lang
        was_loading, self._loading = self._loading, True
        try:
            self._items.clear()
            none = QStandardItem(NONE_TEXT)
            none.setData("", CODE_ROLE)
            self._items.appendRow(none)
            collator = QCollator(QLocale("ja_JP" if lang == "ja" else "en_US"))
            named = [(countries.country(c).name(lang), c) for c in countries.codes()]
            named.sort(key=lambda pair: collator.sortKey(pair[0]))
            for name, code in named:
                item = QStandardItem(name)
                item.setData(code, CODE_ROLE)
                item.setToolTip(code)
                self._items.appendRow(item)
            self.setCurrentIndex(self._index_for(self._code))
            self._show_current()
        finally:
            self._loading = was_loading

    def _index_for(self, code: str | None) -> int:
        if code is None:
            return 0
        for row in range(self._items.rowCount()):
            if self._items.item(row).data(CODE_ROLE) == code:
                return row
        # a code the country list does not know: keep it, shown as itself
        item = QStandardItem(code)
        item.setData(code, CODE_ROLE)
        self._items.appendRow(item)
        return self._items.rowCount() - 1

    def _match(self, text: str) -> str | None:
        """The code that ``text`` names ("" for none), or None if it names nothing.

        A name in either language or a two-letter code is accepted."""
        text = text.strip()
        if not text or text == NONE_TEXT:
            return ""
        folded = text.casefold()
        for row in range(self._items.rowCount()):
            item = self._items.item(row)
            if item.text().casefold() == folded:
                return item.data(CODE_ROLE)
        for code in countries.codes():
            country = countries.country(code)
            if folded in (country.name("en").casefold(), country.name("ja").casefold()):
                return code
        if len(text) == 2 and text.isascii() and text.isalpha():
            if countries.country(text) is not None:
                return text.upper()
        return None

    def _show_current(self) -> None:
        """The line edit shows the current item's text (after a typo, the last good value)."""
        if self.currentIndex() >= 0:
            self.lineEdit().setText(self.itemText(self.currentIndex()))
            self.lineEdit().setCursorPosition(0)  # a long name shows its beginning
        if self.currentIndex() == 0:
            self.lineEdit().clear()  # the placeholder says "—"

    def _set_from_user(self, code: str | None) -> None:
        changed = code != self._code
        self._code = code
        was_loading, self._loading = self._loading, True
        try:
            self.setCurrentIndex(self._index_for(code))
        finally:
            self._loading = was_loading
        self._show_current()
        if changed and not self._loading:
            self.edited.emit()

    def _on_index_changed(self, index: int) -> None:
        if self._loading or index < 0:
            return
        code = self._items.item(index).data(CODE_ROLE) or None
        self._set_from_user(code)

    def _on_completed(self, text: str) -> None:
        match = self._match(text)
        if match is not None:
            self._set_from_user(match or None)

    def _commit_text(self) -> None:
        match = self._match(self.lineEdit().text())
        if match is None:
            self._show_current()  # text that names no country is not kept
        else:
            self._set_from_user(match or None)

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("Type part of a country's name, or choose from the list"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._fill()
            self._retranslate()
        super().changeEvent(event)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self._fill()  # the language may have changed since the box was made
        super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        # scrolling a long form must not change a country under the pointer
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
