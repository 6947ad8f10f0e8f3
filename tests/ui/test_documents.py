"""Documents in the desk: attach (cleaned), view (pictures and PDF pages, from memory only),
save a copy (only after the warning, 0600), edit, remove, forget on lock."""

from __future__ import annotations

import os
import stat
import struct
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QMessageBox

from app.media.metadata import strip_metadata
from app.store.db import transaction
from app.store.documents import DocumentRepository
from app.store.dossiers import DossierRepository
from tests.support import PASSPHRASE
from tests.unit.test_media_metadata import (
    CANARY,
    CLEAN_GIF,
    CLEAN_JPEG,
    CLEAN_WEBP,
    _chunk,
    dirty_gif,
    dirty_jpeg,
    dirty_png,
    dirty_webp,
    png,
)
from ui import document_viewer
from ui.editor import documents_panel
from ui.editor.documents_panel import DocumentsModel, DocumentsPanel
from ui.folder_field import display_path
from ui.privacy import MASK, PrivacyScreen

TIMEOUT = 30_000


def _files_under(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*")}


def make_pdf(pages: int = 2) -> bytes:
    """A real PDF written by Qt in memory: an A5 page per number, with text and a box."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait,
                    QMarginsF(10, 10, 10, 10))
    )
    writer.setResolution(72)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.fillRect(20, 20, 200, 80, QColor(30, 90, 200))
        painter.drawText(20, 140, f"Page {page + 1}")
    painter.end()
    buffer.close()
    return bytes(array.data())


def decodes(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


@pytest.fixture
def desk(qtbot, session, make_vault, sample_doc, tmp_path):
    """An unlocked session on a vault with one dossier, and a documents panel showing it."""
    vault, _ = make_vault()
    with transaction(vault.conn):
        dossier_id = DossierRepository(vault.conn).insert(sample_doc["dossiers"][0])
    doc = DossierRepository(vault.conn).load(dossier_id, contents=False)
    folder = vault.folder
    vault.close()
    errors = []
    session.unlock(folder, PASSPHRASE, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: session.folder is not None or bool(errors), timeout=TIMEOUT)
    assert not errors
    privacy = PrivacyScreen()
    panel = DocumentsPanel(session, privacy)
    qtbot.addWidget(panel)
    panel.resize(720, 460)
    panel.show()
    panel.set_dossier(dossier_id, doc)
    files = tmp_path / "incoming"
    files.mkdir()
    yield panel, dossier_id, files
    panel.clear()
    document_viewer.wait_for_renders()


def read_in_vault(qtbot, session, fn):
    """Run ``fn(vault)`` on the worker and wait for its result."""
    box = []
    session.run(fn, box.append, box.append)
    qtbot.waitUntil(lambda: len(box) > 0, timeout=TIMEOUT)
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def attach(qtbot, panel, monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(documents_panel, "ask_files", lambda *args: list(paths))
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)


def open_viewer(qtbot, panel) -> document_viewer.DocumentViewer:
    panel.table.setFocus()
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    viewer = panel.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: not viewer.rendering, timeout=TIMEOUT)
    return viewer


def the_box(qtbot, panel) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(panel._boxes), timeout=TIMEOUT)
    return panel._boxes[-1]


# -- stripping keeps pictures that decode ------------------------------------------------------


@pytest.mark.parametrize(
    ("dirty", "media_type", "clean"),
    [
        (dirty_jpeg(orientation=1), "image/jpeg", CLEAN_JPEG),
        (dirty_png(), "image/png", png([_chunk(b"gAMA", struct.pack(">I", 45455))])),
        (dirty_webp(), "image/webp", CLEAN_WEBP),
        (dirty_gif(), "image/gif", CLEAN_GIF),
    ],
    ids=["jpeg", "png", "webp", "gif"],
)
def test_stripped_pictures_still_decode_to_the_same_pixels(dirty, media_type, clean):
    stripped = strip_metadata(dirty, media_type).data
    assert CANARY not in stripped
    after, before = decodes(stripped), decodes(clean)
    assert after.size() == before.size()
    assert after.convertToFormat(QImage.Format.Format_RGB32) == before.convertToFormat(
        QImage.Format.Format_RGB32
    )


def test_kept_orientation_still_turns_the_photo_upright():
    stripped = strip_metadata(dirty_jpeg(orientation=6), "image/jpeg").data
    from PySide6.QtGui import QImageReader

    array = QByteArray(stripped)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    assert (image.width(), image.height()) == (6, 8)  # 8x6 turned a quarter


# -- attach and view -------------------------------------------------------------------------


def test_attach_and_view_a_photo(qtbot, desk, session, monkeypatch):
    panel, dossier_id, files = desk
    original = dirty_jpeg(orientation=6)
    path = files / "IMG_0042.jpg"
    path.write_bytes(original)
    before_mtime = path.stat().st_mtime_ns
    watched = (Path(os.environ["TMPDIR"]), Path(os.environ["HOME"]))
    before = _files_under(*watched)
    changed = []
    panel.changed.connect(lambda: changed.append(True))

    assert panel.list_stack.currentIndex() == 0
    attach(qtbot, panel, monkeypatch, path)

    assert changed
    assert [r.file_name for r in panel.model.rows] == ["IMG_0042.jpg"]
    info = panel.model.rows[0]
    assert (info.kind, info.media_type) == ("photo", "image/jpeg")
    assert "Hidden photo data" in panel.status.text()
    stored = read_in_vault(qtbot, session, lambda v: DocumentRepository(v.conn).content(info.id))
    assert stored == strip_metadata(original, "image/jpeg").data
    assert CANARY not in stored and b"http://ns.adobe.com" not in stored
    decodes(stored)
    assert path.read_bytes() == original and path.stat().st_mtime_ns == before_mtime

    viewer = open_viewer(qtbot, panel)
    [pixmap] = viewer.pixmaps()
    assert pixmap.height() > pixmap.width()  # shown upright: the orientation was kept
    assert viewer.status.text() == "6 × 8 pixels"
    assert viewer.windowTitle() == "Document — Kakehashi"  # no file name in a title
    start = viewer.zoom()
    viewer.zoom_in()
    assert viewer.zoom() > start
    viewer.zoom_out()
    viewer.zoom_out()
    assert viewer.zoom() < start
    viewer.zoom_fit()
    assert viewer.zoom() == pytest.approx(start)
    assert viewer.scroll in panel.privacy.guarded()

    assert _files_under(*watched) == before  # nothing written while attaching or viewing


def test_attach_and_view_a_pdf_page_by_page(qtbot, desk, session, monkeypatch):
    panel, _, files = desk
    data = make_pdf(pages=3)
    path = files / "CV_2024.pdf"
    path.write_bytes(data)
    watched = (Path(os.environ["TMPDIR"]), Path(os.environ["HOME"]))
    before = _files_under(*watched)

    attach(qtbot, panel, monkeypatch, path)
    info = panel.model.rows[0]
    assert (info.kind, info.media_type, info.size) == ("cv", "application/pdf", len(data))
    stored = read_in_vault(qtbot, session, lambda v: DocumentRepository(v.conn).content(info.id))
    assert stored == data  # not a picture: stored as it is

    pages = []
    viewer = None

    def count_pages():
        pages.append(True)

    panel.table.setFocus()
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    viewer = panel.viewer
    viewer._signals.page.connect(count_pages)
    qtbot.waitUntil(lambda: not viewer.rendering, timeout=TIMEOUT)
    shown = viewer.pixmaps()
    assert len(shown) == 3
    # an A5 page is taller than wide, and it was drawn: the blue box is there
    image = viewer._images[0]
    assert image.height() > image.width()
    assert QColor(image.pixel(int(image.width() * 0.15), int(image.height() * 0.07))).blue() > 150
    assert viewer.status.text() == "Pages: 3"
    assert not viewer.progress.isVisible()
    assert _files_under(*watched) == before


def test_other_files_are_stored_as_they_are_and_not_shown(qtbot, desk, monkeypatch):
    panel, _, files = desk
    path = files / "letter.txt"
    path.write_text("Dear caseworker,\n", encoding="utf-8")
    attach(qtbot, panel, monkeypatch, path)
    assert panel.model.rows[0].media_type == "text/plain"
    viewer = open_viewer(qtbot, panel)
    assert viewer.pixmaps() == []
    assert "cannot be shown inside Kakehashi" in viewer.notice.text()
    assert viewer.notice_save.isVisible()


def test_pictures_without_a_stripper_are_converted_or_refused(qtbot, desk, session, monkeypatch):
    panel, _, files = desk
    image = QImage(10, 7, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 160, 20))
    tiff = files / "scan.tiff"
    assert image.save(str(tiff), "TIFF")
    with open(tiff, "ab") as handle:  # hidden bytes that a reader skips
        handle.write(CANARY)
    assert decodes(tiff.read_bytes()).size().toTuple() == (10, 7)
    heic = files / "IMG_7731.HEIC"
    heic.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + CANARY)
    fake = files / "holiday.jpg"
    fake.write_bytes(b"not a picture at all " + CANARY)
    empty = files / "empty.pdf"
    empty.write_bytes(b"")

    attach(qtbot, panel, monkeypatch, tiff, heic, fake, empty)

    assert [r.file_name for r in panel.model.rows] == ["scan.png"]
    info = panel.model.rows[0]
    assert info.media_type == "image/png"
    stored = read_in_vault(qtbot, session, lambda v: DocumentRepository(v.conn).content(info.id))
    assert CANARY not in stored
    assert decodes(stored).size().toTuple() == (10, 7)
    errors = panel.error.text().splitlines()
    assert len(errors) == 3
    assert "IMG_7731.HEIC was not attached" in errors[0] and "HEIC" in errors[0]
    assert errors[1].startswith("holiday.jpg was not attached: it is named like a picture")
    assert "empty.pdf was not attached: the file is empty." == errors[2]
    assert panel.error.isVisible()
    assert "converted" in panel.status.text()


def test_a_file_over_the_limit_is_refused_before_it_is_read(qtbot, desk, monkeypatch):
    panel, _, files = desk
    monkeypatch.setattr(documents_panel, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    big = files / "video.mp4"
    with open(big, "wb") as handle:
        handle.truncate(1024 * 1024 + 1)  # sparse: nothing to read if it is refused first
    opened = []
    real_open = open
    monkeypatch.setattr(
        "builtins.open",
        lambda p, *a, **k: (opened.append(Path(p)), real_open(p, *a, **k))[1],
    )
    attach(qtbot, panel, monkeypatch, big)
    assert panel.model.rows == []
    assert panel.error.text() == "video.mp4 was not attached: it is larger than 1 MiB."
    assert big not in opened


# -- save a copy -----------------------------------------------------------------------------


def test_save_a_copy_writes_0600_only_after_the_warning(qtbot, desk, session, monkeypatch, tmp_path):
    panel, _, files = desk
    path = files / "passport.png"
    path.write_bytes(dirty_png())
    attach(qtbot, panel, monkeypatch, path)
    info = panel.model.rows[0]
    assert info.kind == "passport"
    out = tmp_path / "out" / "copy.png"
    out.parent.mkdir()
    asked = []
    monkeypatch.setattr(
        documents_panel, "ask_save_file", lambda parent, title, default: asked.append(default) or out
    )

    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    box = the_box(qtbot, panel)
    assert asked and asked[0].name == "passport.png"
    assert "unencrypted to " + display_path(out) in box.informativeText()
    assert box.defaultButton() is not box.accept_button  # Enter does not write
    assert not out.exists()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not panel._boxes, timeout=TIMEOUT)
    read_in_vault(qtbot, session, lambda v: None)  # any write would have run by now
    assert not out.exists()

    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    box = the_box(qtbot, panel)
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        box.accept_button.click()
    assert out.exists()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    stored = read_in_vault(qtbot, session, lambda v: DocumentRepository(v.conn).content(info.id))
    assert out.read_bytes() == stored
    assert CANARY not in out.read_bytes()
    assert [p.name for p in out.parent.iterdir()] == ["copy.png"]  # no temp file left
    assert "Saved an unencrypted copy" in panel.status.text()


# -- edit and remove -------------------------------------------------------------------------


def test_edit_kind_number_issuer_and_remove(qtbot, desk, session, monkeypatch):
    panel, dossier_id, files = desk
    path = files / "scan-001.pdf"
    path.write_bytes(make_pdf(1))
    attach(qtbot, panel, monkeypatch, path)
    info = panel.model.rows[0]
    assert info.kind == "other"
    read_in_vault(qtbot, session, lambda v: v.conn.execute(
        "UPDATE dossiers SET updated_at = '2000-01-01T00:00:00Z' WHERE id = ?", (dossier_id,)))

    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        index = panel.kind_combo.findData("passport")
        panel.kind_combo.setCurrentIndex(index)
        panel.kind_combo.activated.emit(index)
    panel.number_edit.setFocus()
    qtbot.keyClicks(panel.number_edit, "TR1234567")
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        qtbot.keyClick(panel.number_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        index = panel.issuer_combo.findData("TR")
        panel.issuer_combo.setCurrentIndex(index)
        panel.issuer_combo.activated.emit(index)
    stored = read_in_vault(qtbot, session, lambda v: DocumentRepository(v.conn).get(info.id))
    assert (stored.kind, stored.number, stored.issuer_country) == ("passport", "TR1234567", "TR")
    assert panel.model.data(panel.model.index(0, DocumentsModel.KIND)) == "Passport"
    touched = read_in_vault(qtbot, session, lambda v: v.conn.execute(
        "SELECT updated_at FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()[0])
    assert touched > "2000"

    # typed but not confirmed: flush() (called before a lock) queues the save
    panel.number_edit.setText("TR7654321")
    panel.flush()
    qtbot.waitUntil(
        lambda: read_in_vault(qtbot, session, lambda v: DocumentRepository(v.conn).get(info.id))
        .number == "TR7654321",
        timeout=TIMEOUT,
    )

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = the_box(qtbot, panel)
    assert "original file" in box.informativeText()
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        box.accept_button.click()
    assert panel.model.rows == []
    assert panel.list_stack.currentIndex() == 0
    assert read_in_vault(qtbot, session, lambda v: DocumentRepository(v.conn).list(dossier_id)) == []
    assert path.exists()  # the original is never deleted


# -- privacy and forgetting --------------------------------------------------------------------


def test_privacy_screen_masks_and_clear_forgets_everything(qtbot, desk, session, monkeypatch):
    panel, dossier_id, files = desk
    path = files / "residence_card.webp"
    path.write_bytes(dirty_webp())
    attach(qtbot, panel, monkeypatch, path)
    panel.number_edit.setText("AB12345678CD")
    panel.flush()
    qtbot.waitUntil(lambda: panel.model.rows[0].number == "AB12345678CD", timeout=TIMEOUT)
    viewer = open_viewer(qtbot, panel)
    assert len(viewer.pixmaps()) == 1

    panel.attach_button.setFocus()  # the table is not revealed by holding the focus
    panel.privacy.set_on(True)
    model = panel.model
    assert model.data(model.index(0, DocumentsModel.FILE)) == MASK
    assert model.data(model.index(0, DocumentsModel.NUMBER)) == MASK
    assert model.data(model.index(0, DocumentsModel.KIND)) == "Residence card"
    for widget in (panel.table, panel.number_edit, panel.status, viewer.scroll):
        assert widget in panel.privacy.guarded()
    assert panel.privacy.is_masked(panel.table)
    panel.privacy.set_on(False)

    # a job under way when the panel is cleared (a lock) is ignored when it comes back
    second = files / "photo2.gif"
    second.write_bytes(dirty_gif())
    monkeypatch.setattr(documents_panel, "ask_files", lambda *args: [second])
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    panel.clear()
    read_in_vault(qtbot, session, lambda v: None)
    qtbot.wait(50)
    assert panel.model.rows == []
    assert panel.viewer is None
    assert not shiboken6.isValid(viewer) or (not viewer.isVisible() and viewer.pixmaps() == [])
    assert panel.number_edit.text() == "" and panel.status.text() == ""
    assert not panel.attach_button.isEnabled()
    assert panel.dossier_id is None


def test_a_lock_while_a_pdf_renders_drops_its_pages(qtbot, desk, monkeypatch):
    panel, _, files = desk
    path = files / "certificates.pdf"
    path.write_bytes(make_pdf(pages=12))
    attach(qtbot, panel, monkeypatch, path)
    panel.table.setFocus()
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    viewer = panel.viewer
    viewer.clear()  # what panel.clear() does on a lock, while pages are still coming
    document_viewer.wait_for_renders()
    qtbot.wait(50)  # let queued pages arrive: they must be ignored
    assert viewer.pixmaps() == [] and viewer._images == []
    assert not viewer.isVisible()


def test_a_lock_closes_the_warning_without_writing(qtbot, desk, session, monkeypatch, tmp_path):
    panel, _, files = desk
    path = files / "certificate.gif"
    path.write_bytes(dirty_gif())
    attach(qtbot, panel, monkeypatch, path)
    out = tmp_path / "copy.gif"
    monkeypatch.setattr(documents_panel, "ask_save_file", lambda *args: out)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    box = the_box(qtbot, panel)
    assert box.isVisible()
    panel.clear()  # the lock
    read_in_vault(qtbot, session, lambda v: None)
    assert not out.exists()
    assert panel._boxes == []


def test_the_viewer_deleted_by_the_main_window_is_made_again(qtbot, desk, monkeypatch):
    """On a lock the main window closes and deletes every dialog under it, the viewer too."""
    panel, dossier_id, files = desk
    path = files / "photo.png"
    path.write_bytes(dirty_png())
    attach(qtbot, panel, monkeypatch, path)
    first = open_viewer(qtbot, panel)
    first.done(0)
    first.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=TIMEOUT)
    second = open_viewer(qtbot, panel)
    assert second is not first and len(second.pixmaps()) == 1
    panel.clear()
    assert panel.viewer is None
