"""Screenshots of a dossier's documents: the panel, the viewer (a photo, a PDF), the warning
before an unencrypted copy is saved, and the empty panel.

* ``documents-empty``: the panel of a dossier without documents;
* ``documents-panel``: after attaching four files through the panel as a caseworker does — a
  scanned passport (JPEG with GPS Exif, cleaned on the way in), a residence card (PNG), a CV (PDF)
  and an iPhone photo (HEIC, refused with the reason);
* ``document-viewer-photo`` and ``document-viewer-pdf``: the viewer on the passport and the CV;
* ``document-save-warning``: the warning shown before "Save a copy" writes anything.

The files are made here (drawn with QPainter, a PDF with QPdfWriter) in a folder of the
screenshot tool's temporary home, and attached through the real panel and worker. Afterwards
the documents are removed again and the dossier's "last changed" time is put back, so the
other pictures taken from the same sample vault do not change.
"""

from __future__ import annotations

from pathlib import Path
from tools.screenshots import run_job, wait_until

SAMPLE_REF = "S-001"


def _load_sample(vault) -> tuple[int, dict, str]:
    """Runs on the worker: the sample dossier, loaded as the editor does, and its stamp."""
    from app.store.dossiers import DossierRepository

    repository = DossierRepository(vault.conn)
    dossier_id = repository.id_for_ref(SAMPLE_REF) or repository.ids()[0]
    stamp = vault.conn.execute(
        "SELECT updated_at FROM dossiers WHERE id = ?", (dossier_id,)
    ).fetchone()[0]
    return dossier_id, repository.load(dossier_id, contents=False), stamp


def _put_back(dossier_id: int, stamp: str, keep: set[int]):
    def job(vault) -> None:
        from app.store.db import transaction
        from app.store.documents import DocumentRepository

        repository = DocumentRepository(vault.conn)
        with transaction(vault.conn):
            for info in repository.list(dossier_id):
                if info.id not in keep:
                    repository.delete(info.id)
            vault.conn.execute(
                "UPDATE dossiers SET updated_at = ? WHERE id = ?", (stamp, dossier_id)
            )

    return job


def _passport_scan(path: Path) -> None:
    """A specimen passport page, as a phone photo: a JPEG with GPS and camera Exif."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    image = QImage(1250, 880, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9e4d4"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRect(0, 0, 1250, 120), QColor("#7a1f2b"))
    painter.setPen(QColor("white"))
    painter.setFont(QFont("Sans", 34, QFont.Weight.Bold))
    painter.drawText(QRect(40, 0, 1170, 120), Qt.AlignmentFlag.AlignVCenter, "PASSPORT · SPECIMEN")
    painter.fillRect(QRect(60, 180, 300, 380), QColor("#c9c2ad"))
    painter.setPen(QPen(QColor("#8c846d"), 3))
    painter.drawEllipse(QRect(135, 230, 150, 170))
    painter.drawArc(QRect(95, 410, 230, 200), 0, 180 * 16)
    painter.setPen(QColor("#3b3b3b"))
    painter.setFont(QFont("Sans", 20))
    for row, (label, value) in enumerate(
        [("Surname", "SPECIMEN"), ("Given names", "SAMPLE"), ("Nationality", "UTOPIA"),
         ("Date of birth", "01 JAN 1990"), ("Date of expiry", "01 JAN 2030")]
    ):
        painter.drawText(420, 210 + row * 80, label)
        painter.setFont(QFont("Sans", 26, QFont.Weight.Bold))
        painter.drawText(420, 245 + row * 80, value)
        painter.setFont(QFont("Sans", 20))
    painter.setFont(QFont("Monospace", 30))
    painter.drawText(60, 700, "P<UTOSPECIMEN<<SAMPLE<<<<<<<<<<<<<<<<<<<<<<")
    painter.drawText(60, 770, "X000000000UTO9001011F3001012<<<<<<<<<<<<<<04")
    painter.end()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    buffer.close()
    jpeg = bytes(array.data())
    # What a phone adds: Exif with the camera's make and where the picture was taken.
    make = b"PhoneMaker\0"
    ifd = struct.pack(">H", 1) + struct.pack(">HHII", 0x010F, 2, len(make), 26) + b"\0\0\0\0"
    exif = b"Exif\0\0" + b"MM\0*" + struct.pack(">I", 8) + ifd + make
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    path.write_bytes(jpeg[:2] + app1 + jpeg[2:])


def _residence_card(path: Path) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(856, 540, QImage.Format.Format_RGB32)
    image.fill(QColor("#dcebf5"))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 0, 856, 70), QColor("#2f5d8a"))
    painter.setPen(QColor("white"))
    painter.setFont(QFont("Sans", 22, QFont.Weight.Bold))
    painter.drawText(QRect(24, 0, 800, 70), Qt.AlignmentFlag.AlignVCenter, "RESIDENCE CARD · SPECIMEN")
    painter.fillRect(QRect(620, 110, 190, 240), QColor("#b7c9d8"))
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont("Sans", 18))
    for row, text in enumerate(["NAME  SPECIMEN SAMPLE", "STATUS  —", "PERIOD  —"]):
        painter.drawText(40, 150 + row * 60, text)
    painter.end()
    image.setText("Comment", "scanned at the office")  # a PNG text chunk: removed on attach
    image.save(str(path), "PNG")


def _cv_pdf(path: Path) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(18, 18, 18, 18))
    )
    writer.setResolution(96)
    painter = QPainter(writer)
    width = writer.width()
    for page in range(2):
        if page:
            writer.newPage()
        painter.setPen(QColor("#1f3b57"))
        painter.setFont(QFont("Sans", 22, QFont.Weight.Bold))
        painter.drawText(QRectF(0, 0, width, 50), Qt.AlignmentFlag.AlignLeft,
                         "Curriculum vitae" if page == 0 else "Experience (continued)")
        painter.fillRect(QRectF(0, 56, width, 3), QColor("#1f3b57"))
        painter.setPen(QColor("#222222"))
        painter.setFont(QFont("Sans", 11))
        lines = [
            "Warehouse coordination, stock control, forklift licence",
            "Languages: French (native), Lingala (native), English (B2), Japanese (N4)",
            "Bachelor of business administration",
            "Sales and logistics, 6 years",
        ]
        for row in range(14):
            painter.drawText(QRectF(0, 90 + row * 34, width, 30), Qt.AlignmentFlag.AlignLeft,
                             "•  " + lines[row % len(lines)])
    painter.end()


def shoot(lang: str, session, settings, samples: Path, save) -> None:
    from PySide6.QtCore import Qt

    from ui import document_viewer
    from ui.editor import documents_panel
    from ui.editor.documents_panel import DocumentsPanel
    from ui.privacy import PrivacyScreen

    dossier_id, doc, stamp = run_job(session, _load_sample)
    existing = {d["id"] for d in doc.get("documents", []) if "id" in d}
    privacy = PrivacyScreen()
    panel = DocumentsPanel(session, privacy)
    panel.resize(760, 500)
    real_ask_files, real_ask_save = documents_panel.ask_files, documents_panel.ask_save_file
    try:
        panel.set_dossier(dossier_id, {**doc, "documents": []})
        panel.show()
        save(panel, "documents-empty", lang)

        folder = Path.home() / "Documents" / f"attach-{lang}"
        folder.mkdir(parents=True, exist_ok=True)
        files = [folder / "passport-scan.jpg", folder / "residence-card.png", folder / "CV.pdf",
                 folder / "IMG_2041.HEIC"]
        _passport_scan(files[0])
        _residence_card(files[1])
        _cv_pdf(files[2])
        files[3].write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
        settled = []
        panel.settled.connect(lambda: settled.append(True))
        documents_panel.ask_files = lambda *args: list(files)
        panel.attach()
        wait_until(lambda: bool(settled))
        panel.select_document(panel.model.rows[0].id)
        panel.number_edit.setText("X000000000")
        panel.flush()
        wait_until(lambda: panel.model.rows[0].number == "X000000000")
        panel.table.setFocus()
        save(panel, "documents-panel", lang)

        for row, name in ((0, "document-viewer-photo"), (2, "document-viewer-pdf")):
            settled.clear()
            panel.table.selectRow(row)
            panel.view_selected()
            wait_until(lambda: bool(settled) and panel.viewer is not None
                        and not panel.viewer.rendering)
            panel.viewer.resize(760, 620)
            panel.viewer.zoom_fit()
            save(panel.viewer, name, lang)
        panel.viewer.close()

        documents_panel.ask_save_file = lambda parent, title, default: (
            Path.home() / "Desktop" / default.name
        )
        panel.table.selectRow(0)
        panel.save_selected()
        wait_until(lambda: bool(panel._boxes))
        box = panel._boxes[-1]
        box.setWindowModality(Qt.WindowModality.NonModal)
        save(box, "document-save-warning", lang)
        box.done(0)
    finally:
        documents_panel.ask_files, documents_panel.ask_save_file = real_ask_files, real_ask_save
        panel.clear()
        document_viewer.wait_for_renders()
        run_job(session, _put_back(dossier_id, stamp, existing))
        panel.hide()
        panel.deleteLater()


if __name__ == "__main__":  # a quick look without the full screenshot run
    import os
    import sys
    import tempfile

    ROOT = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(ROOT))
    from tools import screenshots

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/documents")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kakehashi-shots-") as tmp:
        home = Path(tmp) / "caseworker"
        screenshots.isolate(home)
        screenshots.build_translations()
        from ui.app import KakehashiApplication
        from ui.session import VaultSession
        from ui.settings import Settings

        app = KakehashiApplication(["kakehashi"])
        _, sample_folder = screenshots.make_vaults(home)
        extra = os.environ.get("KAKEHASHI_EXTRA_QM")  # a translation not merged yet
        for language in ("en", "ja"):
            app.set_language(language)
            if extra and language == "ja":
                from PySide6.QtCore import QTranslator

                translator = QTranslator(app)
                translator.load(extra)
                app.installTranslator(translator)
            desk_session = VaultSession()
            opened = []
            desk_session.unlock(sample_folder, screenshots.PASSPHRASE, opened.append, opened.append)
            wait_until(lambda: bool(opened))

            def save_here(widget, name, lang):
                widget.show()
                wait_until(lambda: True)
                widget.grab().save(str(out / f"{name}-{lang}.png"))

            shoot(language, desk_session, Settings(), sample_folder, save_here)
            desk_session.shutdown()
