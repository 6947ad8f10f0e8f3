"""The privacy screen: while it is on, identifying and restricted values are masked until the
caseworker reveals one — by pointing at it or clicking into it — for interviews in shared spaces.

One :class:`PrivacyScreen` belongs to the main window. Widgets that show such values are handed
to :meth:`PrivacyScreen.guard`: while the screen is on they are drawn blurred beyond reading
(a ``QGraphicsBlurEffect``), except the one under the pointer or holding the keyboard focus.
Models that show names (the dossier list) listen to :attr:`PrivacyScreen.changed` and show
:data:`MASK` instead. The choice is remembered per vault (inside it: ``desk.privacy``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGraphicsBlurEffect, QWidget

#: What a masked value shows in lists and labels.
MASK = "••••••"
#: The vault's meta key that remembers the choice.
PRIVACY_KEY = "desk.privacy"
#: Blur strong enough that no letter of a 10-point text can be read.
BLUR_RADIUS = 18.0


class PrivacyScreen(QObject):
    #: Emitted with the new state whenever the screen is switched on or off.
    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on = False
        self._guarded: list[QWidget] = []

    def is_on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        if on == self._on:
            return
        self._on = on
        for widget in self._live():
            self._apply(widget)
        self.changed.emit(on)

    def guard(self, widget: QWidget) -> None:
        """Mask ``widget`` whenever the screen is on, unless pointed at or focused."""
        if widget in self._guarded:
            return
        self._guarded.append(widget)
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda *_: self._forget())
        self._apply(widget)

    def guarded(self) -> list[QWidget]:
        return self._live()

    def is_masked(self, widget: QWidget) -> bool:
        """Whether ``widget`` is drawn masked right now."""
        return isinstance(widget.graphicsEffect(), QGraphicsBlurEffect)

    def _live(self) -> list[QWidget]:
        self._guarded = [w for w in self._guarded if shiboken6.isValid(w)]
        return list(self._guarded)

    def _forget(self) -> None:
        self._live()

    def _apply(self, widget: QWidget) -> None:
        revealed = widget.underMouse() or widget.hasFocus()
        masked = self._on and not revealed
        if masked and not self.is_masked(widget):
            effect = QGraphicsBlurEffect(widget)
            effect.setBlurRadius(BLUR_RADIUS)
            effect.setBlurHints(QGraphicsBlurEffect.BlurHint.QualityHint)
            widget.setGraphicsEffect(effect)
        elif not masked and widget.graphicsEffect() is not None:
            widget.setGraphicsEffect(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (
            QEvent.Type.Enter,
            QEvent.Type.Leave,
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
        ) and isinstance(watched, QWidget):
            # Enter/Leave arrive before underMouse() changes: decide from the event itself
            revealed = event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn) or (
                event.type() == QEvent.Type.Leave and watched.hasFocus()
            ) or (event.type() == QEvent.Type.FocusOut and watched.underMouse())
            if self._on and revealed and watched.graphicsEffect() is not None:
                watched.setGraphicsEffect(None)
            elif self._on and not revealed:
                effect = QGraphicsBlurEffect(watched)
                effect.setBlurRadius(BLUR_RADIUS)
                watched.setGraphicsEffect(effect)
        return False
