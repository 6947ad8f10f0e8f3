"""The class badge beside a field's label: which class the field is in, and — for the fields
that can leave the vault — a menu that holds the field back for this dossier.

The badge is a small coloured word ("Identifying", "Restricted", "Quasi-identifying",
"Shareable") so a caseworker scanning the form sees at once what may reach a company; the same
word is its accessible name. A quasi-identifying or shareable field can be moved to
"Restricted" (never shared) for this dossier and back to its default; the badge only asks for
the move (:attr:`ClassBadge.override_requested`): the editor makes it an undoable change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.disclosure import field_classes as fc

CONTEXT = "ClassBadge"

#: Class → (word, what it means), translated when shown.
_WORDS = {
    fc.IDENTIFYING: (QT_TRANSLATE_NOOP("ClassBadge", "Identifying"),
                     QT_TRANSLATE_NOOP("ClassBadge", "Never leaves the vault; also searched for "
                                                     "in shared text")),
    fc.RESTRICTED: (QT_TRANSLATE_NOOP("ClassBadge", "Restricted"),
                    QT_TRANSLATE_NOOP("ClassBadge", "Never leaves the vault")),
    fc.QUASI: (QT_TRANSLATE_NOOP("ClassBadge", "Quasi-identifying"),
               QT_TRANSLATE_NOOP("ClassBadge", "Shared only generalized, and counted in the "
                                               "re-identification check")),
    fc.SHAREABLE: (QT_TRANSLATE_NOOP("ClassBadge", "Shareable"),
                   QT_TRANSLATE_NOOP("ClassBadge", "May be on a profile, after scanning and "
                                                   "review")),
}
#: Background colours, dark enough for white text (WCAG AA at the badge's size).
COLOURS = {
    fc.IDENTIFYING: "#a4262c",
    fc.RESTRICTED: "#8a4600",
    fc.QUASI: "#1d5a9e",
    fc.SHAREABLE: "#2b6f31",
}


def class_word(cls: str) -> str:
    """The class's name in the desk's language."""
    return QCoreApplication.translate(CONTEXT, _WORDS[cls][0])


def class_meaning(cls: str) -> str:
    return QCoreApplication.translate(CONTEXT, _WORDS[cls][1])


class ClassBadge(QToolButton):
    """A field's class; a menu to hold it back for this dossier when it can leave the vault."""

    #: The caseworker chose a class for this dossier (a class), or the default (None).
    override_requested = Signal(object)

    def __init__(self, default: str, override_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.key = override_key
        self.current: str | None = None  # the override shown, if any
        self.setAutoRaise(False)
        if override_key:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.82)
        font.setBold(True)
        self.setFont(font)
        if override_key:
            self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.menu_ = QMenu(self)
            self.restrict_action = QAction(self)
            self.restrict_action.triggered.connect(
                lambda: self.override_requested.emit(fc.OVERRIDE_TARGET))
            self.default_action = QAction(self)
            self.default_action.triggered.connect(lambda: self.override_requested.emit(None))
            self.menu_.addAction(self.restrict_action)
            self.menu_.addAction(self.default_action)
            self.setMenu(self.menu_)
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.set_override(None)

    def is_movable(self) -> bool:
        return self.key is not None

    def effective(self) -> str:
        if self.current is not None and fc.strictness(self.current) > fc.strictness(self.default):
            return self.current
        return self.default

    def set_override(self, cls: str | None) -> None:
        """Show the field as moved to ``cls`` for this dossier (None: its default)."""
        self.current = cls
        self.retranslate()

    def retranslate(self) -> None:
        shown = self.effective()
        moved = shown != self.default
        word = class_word(shown)
        text = (self.tr("%1 (this dossier)").replace("%1", word) if moved else word)
        self.setText(text + (" ▾" if self.key else ""))
        border = "2px dashed white" if moved else "none"
        self.setStyleSheet(
            f"QToolButton {{ background: {COLOURS[shown]}; color: white; border: {border};"
            " border-radius: 7px; padding: 1px 7px; }"
            "QToolButton::menu-indicator { image: none; width: 0; }"
            "QToolButton:focus { outline: 2px solid palette(highlight); }"
        )
        self.setAccessibleName(self.tr("Field class: %1").replace("%1", word))
        tip = class_meaning(shown)
        if moved:
            tip = self.tr("Moved for this dossier; by default: %1").replace(
                "%1", class_word(self.default)) + "\n" + tip
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
        if self.key:
            self.restrict_action.setText(
                self.tr("Never share this for this dossier (Restricted)"))
            self.restrict_action.setEnabled(not moved)
            self.default_action.setText(
                self.tr("Back to the default (%1)").replace("%1", class_word(self.default)))
            self.default_action.setEnabled(moved)
