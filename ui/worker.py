"""One database thread for the desk: vault jobs run there, one after another, results come back
by signal.

The pattern is Anki's ``QueryOp``/``taskman``: the GUI thread submits a callable with a success
and an error callback; the callable runs on the worker thread; the callbacks run back on the GUI
thread. The GUI thread never waits on the database or the KDF (only :meth:`shutdown` waits, once,
to close the vault when the app quits).

A single :class:`DatabaseWorker` owns exactly one ``QThread``. Every job touching a vault —
create, unlock, reads, lock — goes through it, so the vault and its SQLCipher connection are only
ever used from that thread, and jobs never interleave.
"""

from __future__ import annotations

import itertools
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Executor(QObject):
    """Lives on the worker thread and runs what it is handed, in order."""

    done = Signal(int, object, object)  # job id, result, error (one of the two is None)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result, error = fn(), None
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the caller
            result, error = None, exc
            if os.environ.get("KAKEHASHI_DEBUG") == "1":
                traceback.print_exc()
        self.done.emit(job_id, result, error)


@dataclass
class _Pending:
    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    context: QObject | None


class DatabaseWorker(QObject):
    """Runs jobs serially on one dedicated thread; delivers outcomes on the GUI thread."""

    _submit = Signal(int, object)
    #: Emitted on the GUI thread whenever the number of unfinished jobs changes.
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._stopped = False
        self._thread = QThread()
        self._thread.setObjectName("kakehashi-database")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._submit.connect(self._executor.run, Qt.ConnectionType.QueuedConnection)
        self._executor.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread.finished.connect(self._executor.deleteLater)
        self._thread.start()

    @property
    def thread_handle(self) -> QThread:
        """The worker's thread (for tests and assertions)."""
        return self._thread

    def is_busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        fn: Callable[[], Any],
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        context: QObject | None = None,
    ) -> int:
        """Queue ``fn`` on the worker thread; return the job's id.

        ``on_result(value)`` or ``on_error(exception)`` is then called on the GUI thread, unless
        ``context`` (usually the widget that asked) has been deleted in the meantime. An error
        without an ``on_error`` is reported on stderr by type only: exception texts may quote
        values, and nothing personal goes to a log.
        """
        if self._stopped:
            raise RuntimeError("the database worker has been shut down")
        job_id = next(self._ids)
        was_busy = self.is_busy()
        self._pending[job_id] = _Pending(on_result, on_error, context)
        self._submit.emit(job_id, fn)
        if not was_busy:
            self.busy_changed.emit(True)
        return job_id

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(job_id, None)
        if pending is not None and not self._pending:
            self.busy_changed.emit(False)
        if pending is None or self._stopped:
            return
        if pending.context is not None and not shiboken6.isValid(pending.context):
            return
        if error is None:
            if pending.on_result is not None:
                pending.on_result(result)
        elif pending.on_error is not None:
            pending.on_error(error)
        else:
            print(f"kakehashi: a background job failed ({type(error).__name__})", file=sys.stderr)

    def shutdown(self, final: Callable[[], Any] | None = None) -> None:
        """Run ``final`` after every queued job, then stop the thread and wait for it.

        Outcomes of jobs still queued are dropped. Safe to call twice.
        """
        if self._stopped:
            return
        self._stopped = True
        thread = self._thread

        def last() -> None:
            try:
                if final is not None:
                    final()
            finally:
                thread.quit()

        self._submit.emit(0, last)
        thread.wait()
        self._pending.clear()
