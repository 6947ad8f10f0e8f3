"""The documents of one dossier: attach, view, save a copy, remove, and say what each one is.

Files enter the vault (the encrypted database) and never leave it in plaintext unless the
caseworker saves a copy after a warning. Attaching reads the file on the worker thread (a scan on
a slow USB stick must not freeze the window), tells its type from its bytes, and cleans photos of
their hidden data — GPS position, camera serial, dates, thumbnails — before anything is stored:

* JPEG, PNG, WebP and GIF are stripped byte by byte (``app.media.metadata``): the picture data
  is kept as it is, no quality is lost;
* any other picture (TIFF, BMP, SVG…), or one of those four that the strict stripper finds
  malformed, is decoded with Qt and re-encoded (PNG; JPEG for a JPEG) — a fresh file that
  carries nothing but pixels — then stripped again;
* a picture that Qt cannot decode (HEIC from an iPhone, a damaged file) is refused with the
  reason: storing it would keep whatever it hides.

The original file is left untouched; the desk offers no way to delete it.

The panel follows the editor's panel interface (``set_dossier``/``clear``/``flush``,
``changed``); every write is a targeted one (``app.store.documents``) that touches the dossier.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImageWriter, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.atomic import write_private
from app.disclosure import countries
from app.media import claims_image, extension_for, guess_kind, is_image, sniff
from app.media.metadata import STRIPPABLE, CannotStrip, strip_metadata
from app.store.db import transaction
from app.store.documents import KINDS, MAX_DOCUMENT_BYTES, DocumentInfo, DocumentRepository
from ui.document_viewer import DocumentViewer, decode_image
from ui.folder_field import display_path
from ui.form_page import ErrorLabel, button, paragraph
from ui.messages import user_message
from ui.privacy import MASK, PrivacyScreen

CONTEXT = "DocumentsPanel"

KIND_LABELS = {
    "passport": QT_TRANSLATE_NOOP("DocumentsPanel", "Passport"),
    "residence_card": QT_TRANSLATE_NOOP("DocumentsPanel", "Residence card"),
    "cv": QT_TRANSLATE_NOOP("DocumentsPanel", "CV"),
    "certificate": QT_TRANSLATE_NOOP("DocumentsPanel", "Certificate"),
    "photo": QT_TRANSLATE_NOOP("DocumentsPanel", "Photo"),
    "other": QT_TRANSLATE_NOOP("DocumentsPanel", "Other"),
}
#: A malformed JPEG is re-encoded as JPEG at this quality (a PNG of a 12-megapixel photo is huge).
REENCODE_JPEG_QUALITY = 92


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_LABELS.get(kind, KIND_LABELS["other"]))


def ask_files(parent: QWidget, title: str, filter_text: str) -> list[Path]:
    """The open dialog for "Attach files…" (tests replace this function)."""
    dialog = QFileDialog(parent, title, str(Path.home()), filter_text)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [Path(p) for p in dialog.selectedFiles()]
    finally:
        dialog.deleteLater()


def ask_save_file(parent: QWidget, title: str, default: Path) -> Path | None:
    """The save dialog for "Save a copy…" (tests replace this function)."""
    dialog = QFileDialog(parent, title, str(default.parent))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(str(default))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


# -- attaching (runs on the worker thread) -------------------------------------------------------


class AttachRefused(Exception):
    """A file that was not attached; ``reason`` is one of the codes the panel words."""

    def __init__(self, reason: str, file_name: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.file_name = file_name
        self.detail = detail


@dataclass(frozen=True)
class Attached:
    info: DocumentInfo
    cleaned: bool  # hidden data was found and removed
    converted: bool  # the picture was re-encoded


def _read_limited(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file or is too large before reading it
    all (a 4 GB video picked by mistake)."""
    name = path.name
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise AttachRefused("not_file", name)
        if info.st_size > MAX_DOCUMENT_BYTES:
            raise AttachRefused("too_large", name)
        with open(path, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as error:
        raise AttachRefused("unreadable", name, error.strerror or type(error).__name__) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise AttachRefused("too_large", name)
    if not data:
        raise AttachRefused("empty", name)
    return data


def _reencode(data: bytes, *, lossy: bool) -> tuple[bytes, str] | None:
    """Decode with Qt (turned upright) and write a fresh file: pixels only. None if Qt cannot
    decode it. QImage works off the GUI thread."""
    image = decode_image(data)
    if image.isNull():
        return None
    as_jpeg = lossy and not image.hasAlphaChannel()
    out = QByteArray()
    sink = QBuffer(out)
    sink.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(sink, b"jpeg" if as_jpeg else b"png")
    if as_jpeg:
        writer.setQuality(REENCODE_JPEG_QUALITY)
    ok = writer.write(image)
    sink.close()
    if not ok:
        return None
    return bytes(out.data()), "image/jpeg" if as_jpeg else "image/png"


def clean_file(data: bytes, file_name: str) -> tuple[bytes, str, str, bool, bool]:
    """(bytes to store, media type, file name, cleaned, converted) for a file being attached.

    Non-pictures are stored as they are. Pictures are stripped, or re-encoded and stripped, or
    refused (see the module's docstring)."""
    media_type = sniff(data, file_name)
    if not is_image(media_type) and not claims_image(file_name):
        return data, media_type, file_name, False, False
    if media_type in STRIPPABLE:
        try:
            stripped = strip_metadata(data, media_type)
            return stripped.data, media_type, file_name, bool(stripped.removed), False
        except CannotStrip:
            pass  # malformed by the letter: Qt may still decode it, and re-encoding cleans it
    # A JPEG that was lossy already stays JPEG; anything else becomes a lossless PNG.
    encoded = _reencode(data, lossy=media_type == "image/jpeg")
    if encoded is None:
        if media_type in STRIPPABLE:
            reason = "damaged_image"
        elif is_image(media_type):
            reason = "unsupported_image"  # a picture Qt cannot decode: HEIC, AVIF, RAW…
        else:
            reason = "not_image"  # named like a picture, but the bytes are no picture
        raise AttachRefused(reason, file_name, _format_name(media_type, file_name))
    new_data, new_type = encoded
    try:
        stripped = strip_metadata(new_data, new_type)
    except CannotStrip:
        raise AttachRefused("damaged_image", file_name) from None
    new_name = str(Path(file_name).with_suffix("." + (extension_for(new_type) or "png")))
    return stripped.data, new_type, new_name, True, True


def _format_name(media_type: str, file_name: str) -> str:
    if is_image(media_type):
        return media_type.split("/", 1)[1].upper()
    return Path(file_name).suffix.lstrip(".").upper() or media_type


def attach_file(vault, dossier_id: int, path: Path) -> Attached:
    """Runs on the worker: read, clean, store. The original file is only read."""
    data = _read_limited(path)
    content, media_type, file_name, cleaned, converted = clean_file(data, path.name)
    if len(content) > MAX_DOCUMENT_BYTES:
        raise AttachRefused("too_large", path.name)
    repository = DocumentRepository(vault.conn)
    with transaction(vault.conn):
        document_id = repository.add(
            dossier_id,
            content,
            kind=guess_kind(path.name, media_type),
            file_name=file_name,
            media_type=media_type,
        )
    return Attached(repository.get(document_id), cleaned, converted)


def save_copy_job(vault, document_id: int, path: Path) -> Path:
    """Runs on the worker: the stored bytes, written atomically with mode 0600."""
    write_private(path, DocumentRepository(vault.conn).content(document_id))
    return path


# -- the list ----------------------------------------------------------------------------------


class DocumentsModel(QAbstractTableModel):
    """The dossier's documents; file names and numbers are masked under the privacy screen."""

    KIND, FILE, SIZE, NUMBER = range(4)
    _HEADERS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Kind"),
        QT_TRANSLATE_NOOP("DocumentsModel", "File"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Size"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Number"),
    )

    def __init__(self, privacy: PrivacyScreen, parent=None) -> None:
        super().__init__(parent)
        self.privacy = privacy
        self.rows: list[DocumentInfo] = []
        privacy.changed.connect(self._privacy_changed)

    def set_rows(self, rows: list[DocumentInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def append(self, info: DocumentInfo) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(info)
        self.endInsertRows()
        return row

    def replace(self, info: DocumentInfo) -> None:
        for row, old in enumerate(self.rows):
            if old.id == info.id:
                self.rows[row] = info
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, document_id: int) -> None:
        for row, old in enumerate(self.rows):
            if old.id == document_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
                return

    def row_of(self, document_id: int) -> int:
        return next((r for r, info in enumerate(self.rows) if info.id == document_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DocumentsModel", self._HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        info = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return kind_label(info.kind)
            if column == self.SIZE:
                return QLocale().formattedDataSize(info.size or 0, 1)
            value = info.file_name if column == self.FILE else info.number
            if value and self.privacy.is_on():
                return MASK
            return value or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _privacy_changed(self, _on: bool) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 3))


# -- the panel ---------------------------------------------------------------------------------


class DocumentsPanel(QWidget):
    """Attach, list, view, save a copy of and remove a dossier's documents."""

    #: A document was attached, changed or removed (the dossier list may refresh its row).
    changed = Signal()
    #: An attach batch, a view or an edit has come back (tests and the editor's busy state).
    settled = Signal()

    def __init__(self, session, privacy: PrivacyScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.privacy = privacy
        self.dossier_id: int | None = None
        self._generation = 0
        self._queue: list[Path] = []
        self._batch = 0
        self._attached: list[Attached] = []
        self._refused: list[AttachRefused] = []
        self._boxes: list[QMessageBox] = []
        self._filling = False
        self._shown: DocumentInfo | None = None  # the document whose fields are shown
        self.viewer: DocumentViewer | None = None
        self.setAcceptDrops(True)

        self.model = DocumentsModel(privacy, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DocumentsModel.FILE, QHeaderView.ResizeMode.Stretch)
        for column in (DocumentsModel.KIND, DocumentsModel.SIZE, DocumentsModel.NUMBER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Enter and double-click both arrive as "activated"
        self.table.activated.connect(lambda _index: self.view_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        privacy.guard(self.table)

        self.empty_label = paragraph(
            self.tr(
                "No documents yet. Attach passports, residence cards, CVs, certificates or "
                "photos: they are kept inside the encrypted vault, and photos lose their hidden "
                "data (location, camera, dates) on the way in. The original files are not "
                "changed."
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMaximumWidth(560)  # short lines read better than one across
        empty_page = QWidget()
        empty_layout = QHBoxLayout(empty_page)
        empty_layout.addWidget(self.empty_label)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(empty_page)
        self.list_stack.addWidget(self.table)

        self.attach_button = button(self.tr("&Attach files…"))
        self.attach_button.setToolTip(
            self.tr("Copy files into the vault (you can also drop files here)")
        )
        self.view_button = button(self.tr("&View"))
        self.view_button.setToolTip(self.tr("Show the document inside Kakehashi (Enter)"))
        self.save_button = button(self.tr("Save a &copy…"))
        self.save_button.setToolTip(self.tr("Write the document to a file, unencrypted"))
        self.remove_button = button(self.tr("&Remove…"))
        self.remove_button.setToolTip(self.tr("Delete the document from the vault (Delete)"))
        self.attach_button.clicked.connect(self.attach)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)

        # What the selected document is: kind, number, issuing country (saved as they change).
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(100)
        self.number_edit.setClearButtonEnabled(True)
        self.issuer_combo = QComboBox()
        self.issuer_combo.setMinimumContentsLength(16)
        self.issuer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._fill_countries()
        self.kind_combo.activated.connect(lambda _i: self._save_fields())
        self.issuer_combo.activated.connect(lambda _i: self._save_fields())
        self.number_edit.editingFinished.connect(self._save_fields)
        privacy.guard(self.number_edit)
        privacy.guard(self.issuer_combo)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind_label = QLabel(self.tr("&Kind:"))
        self.kind_label.setBuddy(self.kind_combo)
        self.number_label = QLabel(self.tr("&Number:"))
        self.number_label.setBuddy(self.number_edit)
        self.issuer_label = QLabel(self.tr("&Issued by:"))
        self.issuer_label.setBuddy(self.issuer_combo)
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.number_label, self.number_edit)
        form.addRow(self.issuer_label, self.issuer_combo)
        self.details = QWidget()
        self.details.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        privacy.guard(self.status)
        self.error = ErrorLabel()
        privacy.guard(self.error)

        buttons = QHBoxLayout()
        for widget in (self.attach_button, self.view_button, self.save_button,
                       self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        layout.addLayout(status_row)
        layout.addWidget(self.error)

        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        QWidget.setTabOrder(self.table, self.attach_button)
        QWidget.setTabOrder(self.attach_button, self.view_button)
        QWidget.setTabOrder(self.view_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.number_edit)
        QWidget.setTabOrder(self.number_edit, self.issuer_combo)
        self.clear()

    # -- the panel interface ---------------------------------------------------------------

    def set_dossier(self, dossier_id: int, doc: dict) -> None:
        """Show this dossier's documents. ``doc`` is the dossier loaded without file contents;
        its documents carry their vault ids, so the list needs no extra read."""
        self.clear()
        self.dossier_id = dossier_id
        documents = doc.get("documents") or []
        if all("id" in d for d in documents):
            self._show_rows(
                [
                    DocumentInfo(
                        id=d["id"], dossier_id=dossier_id, position=position,
                        kind=d.get("kind", "other"), number=d.get("number"),
                        issuer_country=d.get("issuer_country"), file_name=d.get("file_name"),
                        media_type=d.get("media_type"), size=d.get("size"),
                    )
                    for position, d in enumerate(documents)
                ]
            )
        else:
            self.reload()
        self._update_actions()

    def reload(self) -> None:
        """Read the list again from the vault."""
        if self.dossier_id is None:
            return
        generation, dossier_id = self._generation, self.dossier_id
        self.session.run(
            lambda vault: DocumentRepository(vault.conn).list(dossier_id),
            lambda rows: generation == self._generation and self._show_rows(rows),
            lambda error: self._show_error(generation, user_message(error)),
            context=self,
        )

    def clear(self) -> None:
        """Forget the dossier: the list, the fields, the messages, the viewer and any dialog;
        jobs still under way are ignored when they come back."""
        self._generation += 1
        self.dossier_id = None
        self._queue.clear()
        self._batch = 0
        self._attached.clear()
        self._refused.clear()
        # The main window closes and deletes its child dialogs on a lock too: skip what is gone.
        for box in list(self._boxes):
            if shiboken6.isValid(box):
                box.accepted_action = None  # closing for a lock must not write or delete
                box.done(0)
        self._boxes.clear()
        viewer, self.viewer = self._live_viewer(), None
        if viewer is not None:
            viewer.clear()
            viewer.deleteLater()
        self.model.clear()
        self.list_stack.setCurrentIndex(0)
        self._fill_fields(None)
        self.status.clear()
        self.error.clear_message()
        self.progress.hide()
        self._update_actions()

    def flush(self) -> None:
        """Queue a number typed but not yet confirmed (focus still in the field) before a lock."""
        self._save_fields()

    # -- the list --------------------------------------------------------------------------

    def _show_rows(self, rows: list[DocumentInfo]) -> None:
        self.model.set_rows(rows)
        self.list_stack.setCurrentWidget(self.table if rows else self.list_stack.widget(0))
        if rows:
            self.table.selectRow(0)
        self._update_actions()

    def selected(self) -> DocumentInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def select_document(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self._save_fields()  # a number typed for the previous row is kept
        self._fill_fields(self.selected())
        self._update_actions()

    def _update_actions(self) -> None:
        has_dossier = self.dossier_id is not None
        has_selection = self.selected() is not None
        self.attach_button.setEnabled(has_dossier and not self._queue and self._batch == 0)
        for widget in (self.view_button, self.save_button, self.remove_button):
            widget.setEnabled(has_selection)
        self.details.setVisible(has_selection)

    # -- the fields of the selected document -----------------------------------------------

    def _fill_countries(self) -> None:
        app = QCoreApplication.instance()
        lang = getattr(getattr(app, "translations", None), "language", "en")
        lang = lang if lang in ("en", "ja") else "en"
        self.issuer_combo.clear()
        self.issuer_combo.addItem(self.tr("(not stated)"), None)
        entries = []
        for code in countries.codes():
            found = countries.country(code)
            if found is not None and code not in ("XX", "ZZ"):
                entries.append((found.name(lang), code))
        for name, code in sorted(entries):
            self.issuer_combo.addItem(f"{name} ({code})", code)

    def _fill_fields(self, info: DocumentInfo | None) -> None:
        self._filling = True
        try:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(info.kind if info else "other")))
            self.number_edit.setText((info.number or "") if info else "")
            self.number_edit.setModified(False)
            index = self.issuer_combo.findData(info.issuer_country) if info and info.issuer_country else 0
            self.issuer_combo.setCurrentIndex(max(0, index))
        finally:
            self._filling = False
        self._shown = info

    def _save_fields(self) -> None:
        """Write the kind, number and issuing country of the document shown, if changed."""
        info = self._shown
        if self._filling or info is None or self.dossier_id is None:
            return
        changes: dict[str, str | None] = {}
        kind = self.kind_combo.currentData()
        if kind != info.kind:
            changes["kind"] = kind
        number = self.number_edit.text().strip() or None
        if number != info.number:
            changes["number"] = number
        issuer = self.issuer_combo.currentData()
        if issuer != info.issuer_country:
            changes["issuer_country"] = issuer
        if not changes:
            return
        # What is on screen is now what the vault will hold: a second call queues nothing.
        self._shown = dataclasses.replace(info, **changes)
        generation = self._generation
        self.session.run(
            lambda vault: _update(vault, info.id, changes),
            lambda new: self._updated(generation, new),
            lambda error: self._show_error(generation, user_message(error)),
            context=self,
        )

    def _updated(self, generation: int, info: DocumentInfo) -> None:
        if generation != self._generation:
            return
        self.model.replace(info)
        self.changed.emit()
        self.settled.emit()

    # -- attaching -------------------------------------------------------------------------

    def attach(self) -> None:
        """Ask for files, then attach them one by one on the worker."""
        if self.dossier_id is None:
            return
        generation = self._generation
        paths = ask_files(
            self,
            self.tr("Attach files to the dossier"),
            self.tr("Documents and photos (*.pdf *.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff "
                    "*.bmp *.heic *.docx *.odt *.txt);;All files (*)"),
        )
        if generation == self._generation and paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[Path]) -> None:
        """Attach ``paths`` in order: each is read, cleaned and stored by its own job."""
        if self.dossier_id is None or not paths:
            return
        self._queue.extend(Path(p) for p in paths)
        if self._batch == 0:
            self._attached.clear()
            self._refused.clear()
            self.error.clear_message()
        self._batch = len(self._queue) + len(self._attached) + len(self._refused)
        self.progress.setRange(0, self._batch if self._batch > 1 else 0)
        self.progress.show()
        self._next_attach()

    def _next_attach(self) -> None:
        self._update_actions()
        if not self._queue:
            self._attach_finished()
            return
        path = self._queue.pop(0)
        done = len(self._attached) + len(self._refused)
        if self._batch > 1:
            self.progress.setValue(done)
        self.status.setText(
            self.tr("Attaching %1 (%2 of %3)…")
            .replace("%1", path.name)
            .replace("%2", str(done + 1))
            .replace("%3", str(self._batch))
        )
        generation, dossier_id = self._generation, self.dossier_id
        self.session.run(
            lambda vault: attach_file(vault, dossier_id, path),
            lambda attached: self._one_attached(generation, attached),
            lambda error: self._one_refused(generation, path, error),
            context=self,
        )

    def _one_attached(self, generation: int, attached: Attached) -> None:
        if generation != self._generation:
            return
        self._attached.append(attached)
        self.model.append(attached.info)
        self.list_stack.setCurrentWidget(self.table)
        self.select_document(attached.info.id)
        self.changed.emit()
        self._next_attach()

    def _one_refused(self, generation: int, path: Path, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, AttachRefused):
            error = AttachRefused("failed", path.name, user_message(error))
        self._refused.append(error)
        self._next_attach()

    def _attach_finished(self) -> None:
        self.progress.hide()
        attached, refused = list(self._attached), list(self._refused)
        self._batch = 0
        self._attached.clear()
        self._refused.clear()
        self._update_actions()
        parts = []
        if len(attached) == 1:
            one = attached[0]
            parts.append(
                self.tr("Attached %1 as %2.")
                .replace("%1", one.info.file_name or "")
                .replace("%2", kind_label(one.info.kind))
            )
        elif attached:
            parts.append(self.tr("Files attached: %1.").replace("%1", str(len(attached))))
        if any(a.converted for a in attached):
            parts.append(self.tr("Pictures in other formats were converted, keeping only the "
                                 "picture."))
        elif any(a.cleaned for a in attached):
            parts.append(self.tr("Hidden photo data (location, camera, dates) was removed."))
        if attached:
            parts.append(self.tr("Check the kind below."))
        self.status.setText(" ".join(parts))
        if refused:
            self.error.show_message("\n".join(self._refusal_text(r) for r in refused))
        if attached:
            self.table.setFocus()
        self.settled.emit()

    def _refusal_text(self, refused: AttachRefused) -> str:
        name = refused.file_name
        texts = {
            "too_large": self.tr("%1 was not attached: it is larger than %2 MiB.").replace(
                "%2", str(MAX_DOCUMENT_BYTES // (1024 * 1024))
            ),
            "empty": self.tr("%1 was not attached: the file is empty."),
            "not_file": self.tr("%1 was not attached: it is not a file."),
            "unreadable": self.tr("%1 could not be read: %2").replace("%2", refused.detail),
            "damaged_image": self.tr(
                "%1 was not attached: the picture is damaged, so its hidden data (location, "
                "camera) cannot be removed safely."
            ),
            "not_image": self.tr(
                "%1 was not attached: it is named like a picture, but its content is not one "
                "Kakehashi can read, so hidden data in it cannot be removed."
            ),
            "unsupported_image": self.tr(
                "%1 was not attached: its hidden data (location, camera) cannot be removed from "
                "%2 pictures. Convert it to JPEG or PNG first."
            ).replace("%2", refused.detail),
        }
        text = texts.get(refused.reason) or self.tr("%1 was not attached: %2").replace(
            "%2", refused.detail
        )
        return text.replace("%1", name)

    # drag and drop: files dropped on the panel are attached like picked ones
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.dossier_id is not None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)

    # -- viewing ---------------------------------------------------------------------------

    def view_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        generation = self._generation
        self.status.setText(self.tr("Opening…"))
        self.session.run(
            lambda vault: DocumentRepository(vault.conn).content(info.id),
            lambda data: self._show(generation, info, data),
            lambda error: self._show_error(generation, user_message(error)),
            context=self,
        )

    def _show(self, generation: int, info: DocumentInfo, data: bytes) -> None:
        if generation != self._generation:
            return
        self.status.clear()
        if self._live_viewer() is None:
            self.viewer = DocumentViewer(self.privacy, self)
            self.viewer.save_requested.connect(self._save_viewed)
        self.viewer.setProperty("document_id", info.id)
        self.viewer.show_document(info.file_name, info.media_type, data)
        self.settled.emit()

    def _live_viewer(self) -> DocumentViewer | None:
        """The viewer, unless it was deleted (the main window deletes its dialogs on a lock)."""
        if self.viewer is not None and not shiboken6.isValid(self.viewer):
            self.viewer = None
        return self.viewer

    def _save_viewed(self) -> None:
        if self._live_viewer() is None:
            return
        document_id = self.viewer.property("document_id")
        row = self.model.row_of(document_id) if document_id is not None else -1
        if row >= 0:
            self.save_copy(self.model.rows[row], parent=self.viewer)

    # -- saving a copy ---------------------------------------------------------------------

    def save_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.save_copy(info)

    def save_copy(self, info: DocumentInfo, parent: QWidget | None = None) -> None:
        """Ask where, warn that the copy is unencrypted, and only then write it (0600)."""
        generation = self._generation
        name = info.file_name or self._default_name(info)
        path = ask_save_file(parent or self, self.tr("Save an unencrypted copy"), Path.home() / name)
        if path is None or generation != self._generation:
            return
        box = self._box(
            QMessageBox.Icon.Warning,
            self.tr("Save an unencrypted copy?"),
            self.tr(
                "This writes the document unencrypted to %1.\n\nAnyone who can open that "
                "folder — another user of this computer, whoever finds the USB stick — can read "
                "it. Kakehashi cannot delete or track the copy: delete it yourself when it is no "
                "longer needed."
            ).replace("%1", display_path(path)),
            self.tr("Save &unencrypted copy"),
            parent or self,
        )
        box.accepted_action = lambda: self._write_copy(generation, info, path)

    def _write_copy(self, generation: int, info: DocumentInfo, path: Path) -> None:
        self.session.run(
            lambda vault: save_copy_job(vault, info.id, path),
            lambda written: self._copy_written(generation, written),
            lambda error: self._show_error(generation, user_message(error)),
            context=self,
        )

    def _copy_written(self, generation: int, path: Path) -> None:
        if generation != self._generation:
            return
        self.error.clear_message()
        self.status.setText(
            self.tr("Saved an unencrypted copy to %1. Delete it when it is no longer needed.")
            .replace("%1", display_path(path))
        )
        self.settled.emit()

    def _display_name(self, info: DocumentInfo) -> str:
        """The file name, or the mask while the privacy screen is on (dialogs are not blurred)."""
        if self.privacy.is_on():
            return MASK
        return info.file_name or kind_label(info.kind)

    def _default_name(self, info: DocumentInfo) -> str:
        extension = extension_for(info.media_type)
        stem = info.kind.replace("_", "-")
        return f"{stem}.{extension}" if extension else stem

    # -- removing --------------------------------------------------------------------------

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        generation = self._generation
        box = self._box(
            QMessageBox.Icon.Question,
            self.tr("Remove this document from the vault?"),
            self.tr(
                "%1 (%2) is deleted from the vault. The original file on this computer, if "
                "there is one, is not touched."
            )
            .replace("%1", self._display_name(info))
            .replace("%2", kind_label(info.kind)),
            self.tr("&Remove"),
            self,
        )
        box.accepted_action = lambda: self._remove(generation, info)

    def _remove(self, generation: int, info: DocumentInfo) -> None:
        def job(vault) -> None:
            with transaction(vault.conn):
                DocumentRepository(vault.conn).delete(info.id)

        self.session.run(
            job,
            lambda _: self._removed(generation, info),
            lambda error: self._show_error(generation, user_message(error)),
            context=self,
        )

    def _removed(self, generation: int, info: DocumentInfo) -> None:
        if generation != self._generation:
            return
        viewer = self._live_viewer()
        if viewer is not None and viewer.property("document_id") == info.id:
            viewer.clear()
        row = self.model.row_of(info.id)
        self.model.remove(info.id)
        if self.model.rows:
            self.table.selectRow(min(row, len(self.model.rows) - 1))
        else:
            self.list_stack.setCurrentIndex(0)
            self._fill_fields(None)
        self._update_actions()
        self.status.setText(self.tr("The document was removed from the vault."))
        self.changed.emit()
        self.settled.emit()

    # -- dialogs and messages --------------------------------------------------------------

    def _box(self, icon, title: str, text: str, accept_text: str, parent: QWidget) -> QMessageBox:
        """A window-modal question whose accept button runs ``box.accepted_action``; Cancel is
        the default, so Enter never writes or deletes by accident."""
        box = QMessageBox(icon, "Kakehashi", title, parent=parent)
        box.setInformativeText(text)
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.accept_button = accept
        box.accepted_action = None

        def finished(_result: int) -> None:
            if box in self._boxes:
                self._boxes.remove(box)
            action = box.accepted_action
            if box.clickedButton() is accept and action is not None:
                action()
            box.deleteLater()

        box.finished.connect(finished)
        self._boxes.append(box)
        box.open()
        return box

    def _show_error(self, generation: int, text: str) -> None:
        if generation != self._generation:
            return
        self.status.clear()
        self.error.show_message(text)
        self.settled.emit()


def _update(vault, document_id: int, changes: dict) -> DocumentInfo:
    with transaction(vault.conn):
        return DocumentRepository(vault.conn).update(document_id, **changes)

