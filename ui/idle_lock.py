"""Locking the vault by itself: after a spell without keyboard or mouse, and when the platform
says the screen locks or the machine goes to sleep.

:class:`IdleWatcher` watches every input event the application receives (an event filter on the
``QApplication``) and emits :attr:`IdleWatcher.idle` once no input came for the set number of
minutes. It measures with both the monotonic clock and the wall clock: on Linux the monotonic
clock stands still while the laptop sleeps, and a lid closed for an hour is an hour of idleness.

:class:`PlatformLockWatcher` listens where the platform reports a lock or a suspend: Qt's own
application state (``Suspended``, on mobile-like platforms), and on Linux the D-Bus signals of
logind (``PrepareForSleep``, a session's ``Lock``) and of the screen savers (``ActiveChanged``).
D-Bus is local IPC to this machine's message bus, not a network connection; the desk asks for
nothing else on it. Where no bus is there (a bare CI machine), the watcher stays quiet.
"""

from __future__ import annotations

import time

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot

#: The default idle time before the vault locks itself.
DEFAULT_IDLE_MINUTES = 5
#: The vault's meta key holding the caseworker's choice (0 = never).
IDLE_KEY = "desk.idle_minutes"
#: What the caseworker can choose from, in minutes (0 = never).
IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 0)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def idle_minutes_of(value: str | None) -> int:
    """The stored choice, or the default when absent or not one of the choices."""
    if value is not None and value.isdigit() and int(value) in IDLE_CHOICES:
        return int(value)
    return DEFAULT_IDLE_MINUTES


class IdleWatcher(QObject):
    #: No input for the set time (emitted once per idle spell, while running).
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, check_ms: int = 1000) -> None:
        super().__init__(parent)
        self._limit_s = DEFAULT_IDLE_MINUTES * 60.0
        self._running = False
        self._last_monotonic = time.monotonic()
        self._last_wall = time.time()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self._check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        """0 switches the idle lock off."""
        self._limit_s = minutes * 60.0

    def minutes(self) -> float:
        return self._limit_s / 60.0

    def start(self) -> None:
        self.touch()
        self._running = True
        self._timer.start()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def touch(self) -> None:
        """Input happened now."""
        self._last_monotonic = time.monotonic()
        self._last_wall = time.time()

    def idle_seconds(self) -> float:
        wall = time.time() - self._last_wall
        monotonic = time.monotonic() - self._last_monotonic
        # a wall clock set backwards must not keep the vault open: take the larger of the two
        return max(monotonic, wall if wall >= 0 else 0.0)

    def _check(self) -> None:
        if self._running and self._limit_s > 0 and self.idle_seconds() >= self._limit_s:
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT_EVENTS:
            self._last_monotonic = time.monotonic()
            self._last_wall = time.time()
        return False


class PlatformLockWatcher(QObject):
    #: The screen is locking, the session is being locked, or the machine is going to sleep.
    lock_now = Signal()

    def __init__(self, parent: QObject | None = None, *, use_dbus: bool = True) -> None:
        super().__init__(parent)
        self.connected_to: list[str] = []
        app = QCoreApplication.instance()
        if app is not None and hasattr(app, "applicationStateChanged"):
            app.applicationStateChanged.connect(self._state_changed)
        if use_dbus:
            self._listen_on_dbus()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now.emit()

    @Slot(bool)
    def _sleeping(self, going: bool) -> None:
        if going:
            self.lock_now.emit()

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lock_now.emit()

    @Slot()
    def _session_locked(self) -> None:
        self.lock_now.emit()

    def _listen_on_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus (Windows, macOS): nothing to listen to
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect(
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self, SLOT("_sleeping(bool)"),
            ):
                self.connected_to.append("logind.PrepareForSleep")
            # every session's Lock signal: the path of our own session is not known up front
            if system.connect(
                "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock",
                self, SLOT("_session_locked()"),
            ):
                self.connected_to.append("logind.Session.Lock")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
                ("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
            ):
                if session.connect(service, path, interface, "ActiveChanged", self,
                                   SLOT("_screensaver(bool)")):
                    self.connected_to.append(f"{interface}.ActiveChanged")
