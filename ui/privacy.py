"""The privacy screen: while it is on, identifying and restricted values are masked until the
caseworker reveals one — by pointing at it or clicking into it — for interviews in shared spaces.

One :class:`PrivacyScreen` belongs to the main window. Widgets that show such values are handed
to :meth:`PrivacyScreen.guard`: while the screen is on each is covered by an opaque mask (a
child widget painted over it, so it moves, scrolls and resizes with it and shows nothing of what
is under it — a blur effect was tried and can show a stale, readable picture after scrolling),
except the one under the pointer or holding the keyboard focus the caseworker moved there (by a
click, Tab or a shortcut — not a field the program focused), the widget itself or anything
inside it (a list editor's text box). Models that show names (the dossier list) listen to
:attr:`PrivacyScreen.changed` and show :data:`MASK` instead. The choice is remembered per vault
(inside it: ``desk.privacy``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

#: What a masked value shows in lists and labels.
MASK = "••••••"
#: The vault's meta key that remembers the choice.
PRIVACY_KEY = "desk.privacy"


class _Mask(QWidget):
    """An opaque cover over one guarded widget; the pointer passes through it."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("privacy_mask")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(target.rect())
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        painter.setPen(palette.mid().color())
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setPen(palette.placeholderText().color())
        text = MASK if self.height() < 44 else QApplication.translate(
            "PrivacyScreen", "Hidden — point at it or click to show"
        )
        painter.drawText(self.rect().adjusted(8, 0, -8, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()


class PrivacyScreen(QObject):
    #: Emitted with the new state whenever the screen is switched on or off.
    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on = False
        self._masks: dict[int, tuple[QWidget, _Mask]] = {}
        #: The widget the caseworker moved the focus into (click, Tab, a shortcut) — not one
        #: the program focused (a dossier opening focuses its name field: that stays masked).
        self._user_focus: QWidget | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def is_on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        if on == self._on:
            return
        self._on = on
        for widget in self.guarded():
            self._apply(widget)
        self.changed.emit(on)

    def guard(self, widget: QWidget) -> None:
        """Mask ``widget`` whenever the screen is on, unless pointed at or focused."""
        key = id(widget)
        if key in self._masks:
            return
        self._masks[key] = (widget, _Mask(widget))
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda *_: self._masks.pop(key, None))
        self._apply(widget)

    def guarded(self) -> list[QWidget]:
        live = {k: v for k, v in self._masks.items() if shiboken6.isValid(v[0])}
        self._masks = live
        return [widget for widget, _ in live.values()]

    def is_masked(self, widget: QWidget) -> bool:
        """Whether ``widget`` is covered right now."""
        entry = self._masks.get(id(widget))
        return entry is not None and shiboken6.isValid(entry[1]) and not entry[1].isHidden()

    def _holds_focus(self, widget: QWidget) -> bool:
        focus = self._user_focus
        if focus is None or not shiboken6.isValid(focus) or QApplication.focusWidget() is not focus:
            return False
        return focus is widget or widget.isAncestorOf(focus)

    def _apply(self, widget: QWidget, *, pointed: bool | None = None) -> None:
        entry = self._masks.get(id(widget))
        if entry is None or not shiboken6.isValid(entry[1]):
            return
        mask = entry[1]
        pointed = widget.underMouse() if pointed is None else pointed
        covered = self._on and not (pointed or self._holds_focus(widget))
        if covered:
            mask.setGeometry(widget.rect())
            mask.raise_()
        mask.setVisible(covered)

    _USER_REASONS = (
        Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason,
    )

    def _focus_moved(self, widget: QWidget, event: QFocusEvent) -> None:
        """Any widget of the application got or lost the focus: re-decide the masks around."""
        before = self._user_focus
        if event.type() == QEvent.Type.FocusIn:
            self._user_focus = widget if event.reason() in self._USER_REASONS else None
        elif widget is self._user_focus:
            self._user_focus = None
        if not self._on:
            return
        touched = [w for w in (before, widget) if w is not None and shiboken6.isValid(w)]
        for guarded in self.guarded():
            if any(w is guarded or guarded.isAncestorOf(w) for w in touched):
                self._apply(guarded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QWidget):
            self._focus_moved(watched, event)
        if not isinstance(watched, QWidget) or id(watched) not in self._masks:
            return False
        if kind == QEvent.Type.Enter:
            self._apply(watched, pointed=True)
        elif kind == QEvent.Type.Leave:
            self._apply(watched, pointed=False)
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self._apply(watched)
        return False
