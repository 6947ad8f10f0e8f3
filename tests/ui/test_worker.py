"""The database worker: one thread, jobs in order, outcomes back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread

from app.errors import WrongPassphrase
from tests.ui.helpers import JOB_TIMEOUT_MS
from ui.worker import DatabaseWorker


@pytest.fixture
def worker(qtbot):
    created = DatabaseWorker()
    yield created
    created.shutdown()


def test_jobs_run_off_the_gui_thread_and_results_come_back_on_it(qtbot, qapp, worker):
    gui_thread = threading.get_ident()
    seen = {}

    def job():
        seen["job_thread"] = threading.get_ident()
        seen["job_qthread"] = QThread.currentThread()
        return 42

    def done(value):
        seen["result"] = value
        seen["callback_thread"] = threading.get_ident()

    worker.submit(job, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=JOB_TIMEOUT_MS)
    assert seen["result"] == 42
    assert seen["job_thread"] != gui_thread
    assert seen["job_qthread"] is not qapp.thread()
    assert seen["job_qthread"] is worker.thread_handle
    assert seen["callback_thread"] == gui_thread


def test_every_job_runs_on_the_same_thread_in_order(qtbot, worker):
    order, threads = [], set()

    def job(n):
        def run():
            threads.add(threading.get_ident())
            order.append(n)
            return n

        return run

    results = []
    for n in range(20):
        worker.submit(job(n), results.append)
    qtbot.waitUntil(lambda: len(results) == 20, timeout=JOB_TIMEOUT_MS)
    assert order == list(range(20)) == results
    assert len(threads) == 1


def test_errors_come_back_as_exceptions(qtbot, worker):
    errors = []

    def job():
        raise WrongPassphrase()

    worker.submit(job, lambda _: pytest.fail("no result expected"), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=JOB_TIMEOUT_MS)
    assert isinstance(errors[0], WrongPassphrase)


def test_busy_signal_brackets_the_jobs(qtbot, worker):
    with qtbot.waitSignals([worker.busy_changed, worker.busy_changed], timeout=JOB_TIMEOUT_MS):
        worker.submit(lambda: None)
    assert not worker.is_busy()


def test_no_callback_once_the_asking_widget_is_gone(qtbot, worker):
    context = QObject()
    called, release = [], threading.Event()
    worker.submit(lambda: release.wait(5), called.append, called.append, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not _alive(context))
    release.set()
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=JOB_TIMEOUT_MS)
    assert called == []


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_shutdown_runs_the_final_job_after_queued_ones_and_stops(qtbot):
    worker = DatabaseWorker()
    order = []
    worker.submit(lambda: order.append("queued"))
    worker.shutdown(final=lambda: order.append("final"))
    assert order == ["queued", "final"]
    assert worker.thread_handle.isFinished()
    worker.shutdown()  # twice is fine
    with pytest.raises(RuntimeError):
        worker.submit(lambda: None)
