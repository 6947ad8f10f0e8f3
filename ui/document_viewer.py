"""Show a document from the vault inside the desk: pictures and PDF pages, from memory only.

A document must never reach the disk in plaintext unless the caseworker saves a copy, so the
viewer gets the file's bytes from the worker and decodes them in memory: pictures with
``QImageReader`` over a ``QBuffer``, PDFs with PDFium (``pypdfium2``, which renders from a bytes
buffer; PySide6-Essentials has no QtPdf). Nothing is handed to an outside program, which would
need a file.

Decoding runs on a one-thread pool of its own, off the GUI thread and off the database worker
(a 40-page scan must not hold up the vault). PDFium is not thread-safe, so that pool has exactly
one thread for the whole desk. Pages arrive one by one with a progress bar; a job started
before :meth:`DocumentViewer.clear` (a lock) is cancelled between pages and whatever it still
sends is ignored (a generation counter, as the main window does).
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.media import is_image
from ui.form_page import button, paragraph
from ui.privacy import PrivacyScreen

#: PDF pages are rendered this wide at most (pixels), sharp enough to read a passport's MRZ.
PAGE_WIDTH_PX = 1400
#: …and at most at this scale (2 = 144 dpi), so a small page is not blown up needlessly.
MAX_PDF_SCALE = 2.0
#: Pages kept in memory for one document; a longer PDF shows its first pages and says so.
MAX_PAGES = 60
#: A picture larger than this (pixels) is decoded scaled down: a 100-megapixel scan would
#: otherwise take 400 MB.
MAX_IMAGE_PIXELS = 40_000_000
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def _render_pool() -> QThreadPool:
    """The desk's one decoding thread (PDFium allows one caller at a time)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
        _POOL.setObjectName("kakehashi-render")
    return _POOL


_POOL: QThreadPool | None = None
_HUB: "_RenderSignals | None" = None
#: Job tokens, unique across viewers: each viewer takes only its own job's results.
_TOKENS = itertools.count(1)


def wait_for_renders(msecs: int = 30_000) -> bool:
    """Wait for decoding jobs to end (tests and the app's shutdown)."""
    return _POOL.waitForDone(msecs) if _POOL is not None else True


def decode_image(data: bytes, max_pixels: int | None = None) -> QImage:
    """Decode a picture from memory, turned upright by its orientation tag and scaled down
    beyond ``max_pixels``; a null image if it cannot be decoded. Safe off the GUI thread."""
    array = QByteArray(data)
    source = QBuffer(array)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    try:
        reader.setAutoTransform(True)
        size = reader.size()
        if max_pixels and size.isValid() and size.width() * size.height() > max_pixels:
            factor = (max_pixels / (size.width() * size.height())) ** 0.5
            reader.setScaledSize(QSize(int(size.width() * factor), int(size.height() * factor)))
        return reader.read()
    finally:
        # The reader's handler (TIFF's) touches the device as it is destroyed: it must go
        # before the buffer does, or Python's arbitrary order of freeing locals crashes.
        reader = None  # noqa: F841
        source.close()


class _RenderSignals(QObject):
    """Carries a job's results to the GUI thread (queued: the job runs on the pool)."""

    total = Signal(int, int, int)  # token, pages to render, pages in the file
    page = Signal(int, int, QImage)  # token, index, picture
    failed = Signal(int, str)  # token, reason code (see DocumentViewer._failure_text)
    done = Signal(int)


def _hub() -> _RenderSignals:
    """One long-lived sender for every job (made on the GUI thread, never deleted), so a job
    that outlives its viewer emits into nothing instead of through a deleted object."""
    global _HUB
    if _HUB is None:
        _HUB = _RenderSignals()
    return _HUB


@dataclass
class _Job:
    token: int
    media_type: str
    data: bytes
    cancelled: threading.Event


class _RenderTask(QRunnable):
    def __init__(self, job: _Job, signals: _RenderSignals) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            if job.media_type == "application/pdf":
                self._render_pdf()
            else:
                self._decode_image()
        except Exception:  # noqa: BLE001 - a hostile file must not take the desk down
            if not job.cancelled.is_set():
                self.signals.failed.emit(job.token, "damaged")
            return
        finally:
            job.data = b""  # the bytes are not kept beyond the job
        if not job.cancelled.is_set():
            self.signals.done.emit(job.token)

    def _decode_image(self) -> None:
        job = self.job
        self.signals.total.emit(job.token, 1, 1)
        image = decode_image(job.data, MAX_IMAGE_PIXELS)
        if image.isNull():
            self.signals.failed.emit(job.token, "damaged")
            return
        if not job.cancelled.is_set():
            self.signals.page.emit(job.token, 0, image)

    def _render_pdf(self) -> None:
        import pypdfium2 as pdfium

        job = self.job
        try:
            document = pdfium.PdfDocument(job.data)
        except pdfium.PdfiumError as error:
            password = "password" in str(error).lower()
            self.signals.failed.emit(job.token, "password" if password else "damaged")
            return
        try:
            count = len(document)
            shown = min(count, MAX_PAGES)
            self.signals.total.emit(job.token, shown, count)
            for index in range(shown):
                if job.cancelled.is_set():
                    return
                page = document[index]
                try:
                    width = max(page.get_width(), 1.0)
                    scale = min(MAX_PDF_SCALE, PAGE_WIDTH_PX / width)
                    bitmap = page.render(scale=scale, prefer_bgrx=True, may_draw_forms=False)
                    try:
                        image = QImage(
                            bitmap.buffer,
                            bitmap.width,
                            bitmap.height,
                            bitmap.stride,
                            QImage.Format.Format_RGB32,
                        ).copy()  # own the pixels before PDFium frees its buffer
                    finally:
                        bitmap.close()
                finally:
                    page.close()
                self.signals.page.emit(job.token, index, image)
        finally:
            document.close()


class DocumentViewer(QDialog):
    """A window showing one document. Reused: :meth:`show_document` replaces what it shows."""

    #: The caseworker asked for a copy on disk (the panel warns and saves).
    save_requested = Signal()
    #: Every page that will be shown is shown, or the document could not be shown.
    finished_rendering = Signal()

    def __init__(self, privacy: PrivacyScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Never a file name in a title: titles reach task bars, window lists and screenshots.
        self.setWindowTitle(self.tr("Document — Kakehashi"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(820, 900)
        self.privacy = privacy
        self._signals = _hub()
        self._signals.total.connect(self._total)
        self._signals.page.connect(self._page)
        self._signals.failed.connect(self._failed)
        self._signals.done.connect(self._done)
        self._token = next(_TOKENS)
        self._job: _Job | None = None
        self._images: list[QImage | None] = []
        self._labels: list[QLabel] = []
        self._zoom: float | None = None  # None: fit to the window
        self._kind = ""  # "image" or "pdf" while something is shown
        self._pages_in_file = 0
        self.rendering = False

        self.name_label = QLabel()
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setAccessibleName(self.tr("File name"))
        self.zoom_out_button = button(self.tr("Zoom &out"))
        self.zoom_fit_button = button(self.tr("&Fit"))
        self.zoom_in_button = button(self.tr("Zoom &in"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = button(self.tr("&Save a copy…"))
        self.close_button = button(self.tr("&Close"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_fit_button.setToolTip(self.tr("Fit to the window (Ctrl+0)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_fit_button.clicked.connect(self.zoom_fit)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.close)

        self.pages = QWidget()
        self.pages.setObjectName("pages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setAccessibleName(self.tr("Document"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setStyleSheet("QScrollArea > QWidget > QWidget#pages { background: #5f6368; }")
        privacy.guard(self.scroll)
        privacy.guard(self.name_label)

        self.notice = paragraph("")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_save = button(self.tr("&Save a copy…"))
        self.notice_save.clicked.connect(self.save_requested)
        notice_page = QWidget()
        notice_layout = QVBoxLayout(notice_page)
        notice_layout.addStretch(1)
        notice_layout.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.notice_save)
        row.addStretch(1)
        notice_layout.addSpacing(8)
        notice_layout.addLayout(row)
        notice_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(notice_page)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.zoom_fit_button):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.zoom_in),
            ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out),
            (("Ctrl+0",), self.zoom_fit),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot)

        self._rescale_timer = QTimer(self)
        self._rescale_timer.setSingleShot(True)
        self._rescale_timer.setInterval(80)
        self._rescale_timer.timeout.connect(self._rescale)
        self._reset()

    # -- what is shown ---------------------------------------------------------------------

    def show_document(self, file_name: str | None, media_type: str | None, data: bytes) -> None:
        """Show ``data`` (the stored file): pictures and PDFs are drawn, anything else gets a
        note and the Save a copy button."""
        self._reset()
        self.name_label.setText(file_name or "")
        media_type = media_type or ""
        if media_type == "application/pdf" or is_image(media_type):
            self._kind = "pdf" if media_type == "application/pdf" else "image"
            self._start(media_type, data)
        else:
            self._show_notice(
                self.tr(
                    "This kind of file cannot be shown inside Kakehashi. Save a copy to open it "
                    "with another program: the copy is not encrypted."
                )
            )
            self.finished_rendering.emit()
        self.show()
        self.raise_()
        self.activateWindow()
        self.scroll.setFocus()

    def _start(self, media_type: str, data: bytes) -> None:
        self._token = next(_TOKENS)
        self._job = _Job(self._token, media_type, data, threading.Event())
        self.rendering = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Opening…"))
        self.stack.setCurrentWidget(self.scroll)
        _render_pool().start(_RenderTask(self._job, self._signals))

    def _total(self, token: int, shown: int, in_file: int) -> None:
        if token != self._token:
            return
        self._pages_in_file = in_file
        self._images = [None] * shown
        if self._kind == "pdf":
            self.progress.setRange(0, shown)
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("Page %v of %m"))

    def _page(self, token: int, index: int, image: QImage) -> None:
        if token != self._token or index >= len(self._images):
            return
        self._images[index] = image
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Page %1").replace("%1", str(index + 1)))
        self._labels.append(label)
        self.pages_layout.addWidget(label)
        self._set_pixmap(label, image)
        if self._kind == "pdf":
            self.progress.setValue(index + 1)
            self.status.setText(
                self.tr("Rendering page %1 of %2…")
                .replace("%1", str(index + 1))
                .replace("%2", str(len(self._images)))
            )
        self._update_zoom_label()

    def _failed(self, token: int, reason: str) -> None:
        if token != self._token:
            return
        self._end_job()
        self._show_notice(self._failure_text(reason))
        self.finished_rendering.emit()

    def _failure_text(self, reason: str) -> str:
        if reason == "password":
            return self.tr(
                "This PDF is protected by a password and cannot be shown inside Kakehashi. Save "
                "a copy to open it with another program: the copy is not encrypted."
            )
        return self.tr(
            "This file is damaged or in a form Kakehashi cannot draw. Save a copy to try "
            "another program: the copy is not encrypted."
        )

    def _done(self, token: int) -> None:
        if token != self._token:
            return
        self._end_job()
        shown = len(self._labels)
        if self._kind == "pdf":
            if self._pages_in_file > shown:
                self.status.setText(
                    self.tr("The first %1 of %2 pages are shown. Save a copy to see them all.")
                    .replace("%1", str(shown))
                    .replace("%2", str(self._pages_in_file))
                )
            else:
                self.status.setText(self.tr("Pages: %1").replace("%1", str(shown)))
        else:
            image = self._images[0] if self._images else None
            if image is not None:
                self.status.setText(
                    self.tr("%1 × %2 pixels")
                    .replace("%1", str(image.width()))
                    .replace("%2", str(image.height()))
                )
        self.finished_rendering.emit()

    def _end_job(self) -> None:
        self.rendering = False
        self._job = None
        self.progress.hide()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.stack.setCurrentIndex(1)
        self.status.clear()
        for widget in (self.zoom_in_button, self.zoom_out_button, self.zoom_fit_button):
            widget.hide()  # nothing to zoom
        self.save_button.hide()  # the notice has its own, in its middle
        self.notice_save.setFocus()

    # -- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The scale shown now (1.0: one pixel of the picture per pixel of the screen)."""
        first = next((i for i in self._images if i is not None), None)
        if first is None:
            return 1.0
        return self._zoom if self._zoom is not None else self._fit_scale(first)

    def zoom_in(self) -> None:
        current = self.zoom()
        self._set_zoom(next((z for z in ZOOM_STEPS if z > current + 1e-3), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.zoom()
        smaller = [z for z in ZOOM_STEPS if z < current - 1e-3]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def zoom_fit(self) -> None:
        self._zoom = None
        self._rescale()

    def _set_zoom(self, value: float) -> None:
        self._zoom = value
        self._rescale()

    def _fit_scale(self, image: QImage) -> float:
        view = self.scroll.viewport().size()
        margin = 2 * self.pages_layout.contentsMargins().left() + 24
        width_scale = max(view.width() - margin, 50) / max(image.width(), 1)
        if self._kind == "pdf":
            return min(width_scale, 1.0)  # PDF pages: fit the width, scroll down
        height_scale = max(view.height() - margin, 50) / max(image.height(), 1)
        return min(width_scale, height_scale, 1.0)

    def _set_pixmap(self, label: QLabel, image: QImage) -> None:
        scale = self.zoom()
        size = QSize(max(1, round(image.width() * scale)), max(1, round(image.height() * scale)))
        if size == image.size():
            label.setPixmap(QPixmap.fromImage(image))
        else:
            label.setPixmap(
                QPixmap.fromImage(
                    image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
                )
            )

    def _rescale(self) -> None:
        images = [i for i in self._images if i is not None]
        for label, image in zip(self._labels, images):
            self._set_pixmap(label, image)
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{round(self.zoom() * 100)} %" if self._labels else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._zoom is None and self._labels:
            self._rescale_timer.start()

    # -- forgetting ------------------------------------------------------------------------

    def pixmaps(self) -> list[QPixmap]:
        """The pictures on screen now (tests)."""
        return [label.pixmap() for label in self._labels if not label.pixmap().isNull()]

    def _reset(self) -> None:
        if self._job is not None:
            self._job.cancelled.set()
        self._token = next(_TOKENS)
        self._job = None
        self.rendering = False
        for label in self._labels:
            label.clear()
            label.deleteLater()
        self._labels = []
        self._images = []
        self._zoom = None
        self._kind = ""
        self._pages_in_file = 0
        self.name_label.clear()
        self.notice.clear()
        self.status.clear()
        self.zoom_label.clear()
        self.progress.hide()
        for widget in (self.zoom_in_button, self.zoom_out_button, self.zoom_fit_button,
                       self.save_button):
            widget.show()
        self.stack.setCurrentWidget(self.scroll)

    def clear(self) -> None:
        """Forget the document: cancel its rendering, drop every picture, close the window."""
        self._reset()
        self.hide()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Closing forgets the pictures too: nothing stays in memory behind a hidden window."""
        self._reset()
        super().closeEvent(event)

    def reject(self) -> None:
        """Esc closes, and forgets."""
        self._reset()
        super().reject()
