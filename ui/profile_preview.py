"""One candidate's profile as it will leave the vault, with the scanner's hits to review.

Above: the page exactly as the PDF draws it (the renderer's own rich text in a read-only
``QTextBrowser``), every marker that replaced an identifier ("[name]", "［氏名］"…) highlighted.
Below: the hits — kind, marker, the field it was found in — and, only on demand, the original
text (the caseworker is authorized to see it; the privacy screen masks it). Selecting a hit
picks out its markers on the page.

The widget shows; it does not decide. The export dialog feeds it (``show_profile``) and acts on
its buttons: Release… and Add a hit….
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.disclosure import scanner
from app.disclosure.preview import FALLBACK_MARKER, FieldHit
from ui.export_words import field_label, kind_label
from ui.form_page import button
from ui.privacy import MASK, PrivacyScreen

Index = QModelIndex | QPersistentModelIndex

#: Every marker a profile may hold, in both languages.
MARKERS: tuple[str, ...] = tuple(sorted(
    {*scanner.MARKERS.values(), *scanner.MARKERS_JA.values(), FALLBACK_MARKER}, key=len,
    reverse=True))
MARKER_BACKGROUND = "#ffe08a"   # every marker on the page
SELECTED_BACKGROUND = "#f4a340"  # the markers of the hit selected in the list
MESSAGE_COLOR = "#5d6a75"
PAPER_STYLE = "QTextBrowser { background: #ffffff; color: #1e2a33; }"


class HitsModel(QAbstractTableModel):
    """The hits of one profile: kind, marker, field, and the original text when asked for."""

    KIND, MARKER, FIELD, ORIGINAL = range(4)

    def __init__(self, privacy: PrivacyScreen, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[FieldHit] = []
        self._originals = False
        self._privacy = privacy
        privacy.changed.connect(self._privacy_changed)

    def set_hits(self, hits: list[FieldHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> FieldHit:
        return self._hits[row]

    def hits(self) -> list[FieldHit]:
        return list(self._hits)

    def show_originals(self, shown: bool) -> None:
        self._originals = shown
        self._refresh_originals()

    def originals_shown(self) -> bool:
        return self._originals

    def _privacy_changed(self, _: bool) -> None:
        self._refresh_originals()

    def _refresh_originals(self) -> None:
        if self._hits:
            self.dataChanged.emit(self.index(0, self.ORIGINAL),
                                  self.index(len(self._hits) - 1, self.ORIGINAL))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("Marker"), self.tr("Found in"),
                self.tr("Original text"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if column == self.KIND:
            return kind_label(hit.kind)
        if column == self.MARKER:
            return hit.marker
        if column == self.FIELD:
            return field_label(hit.field)
        if not self._originals or self._privacy.is_on():
            return MASK
        return hit.text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProfilePreview(QWidget):
    """The page and its hits, with the buttons to release a hit or add one."""

    #: The selected hit changed (None: none selected).
    hit_selected = Signal(object)

    def __init__(self, privacy: PrivacyScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.privacy = privacy
        self.page = QTextBrowser()
        self.page.setReadOnly(True)
        self.page.setOpenLinks(False)
        self.page.setStyleSheet(PAPER_STYLE)
        self.page.setAccessibleName(self.tr("Profile preview"))
        self.page.setAccessibleDescription(
            self.tr("The profile as the PDF will show it; markers replace what was removed"))
        self.page.document().setDocumentMargin(28)
        self.page.copyAvailable.connect(lambda _: self._update_buttons())

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.hits_label = QLabel(self.tr("&Hits: what was removed"))
        self.model = HitsModel(privacy, self)
        self.hits = QTableView()
        self.hits.setModel(self.model)
        self.hits.setAccessibleName(self.tr("Hits"))
        self.hits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.verticalHeader().hide()
        self.hits.setWordWrap(False)
        self.hits.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.hits.horizontalHeader()
        for column in (HitsModel.KIND, HitsModel.MARKER, HitsModel.FIELD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HitsModel.ORIGINAL, QHeaderView.ResizeMode.Stretch)
        self.hits.selectionModel().selectionChanged.connect(lambda *_: self._hit_changed())
        self.hits_label.setBuddy(self.hits)
        privacy.guard(self.hits)  # the original texts, once shown

        self.release_button = button(
            self.tr("&Release…"), self.tr("Release the selected hit, with a reason"))
        self.release_button.setToolTip(
            self.tr("A false hit: let this text through for this export. The reason is logged."))
        self.mark_button = button(
            self.tr("&Add a hit…"), self.tr("Remove more text: never share it for this person"))
        self.mark_button.setToolTip(
            self.tr("Select text in the preview, or type it: it is replaced by a marker on "
                    "every profile of this person from now on."))
        self.originals_button = QPushButton(self.tr("Show &original text"))
        self.originals_button.setCheckable(True)
        self.originals_button.setAutoDefault(False)
        self.originals_button.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_O))
        self.originals_button.toggled.connect(self.model.show_originals)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        buttons.addWidget(self.originals_button)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.hits_label)
        lower_layout.addWidget(self.hits, 1)
        lower_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.page)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        #: Where each marker stands on the page: (start, end, marker), in page order.
        self.marker_spans: list[tuple[int, int, str]] = []
        self._can_mark = False
        self.clear()

    # -- content -----------------------------------------------------------------------------

    def show_profile(self, page_html: str, hits: list[FieldHit], notice: str = "") -> None:
        """Show the page (the renderer's rich text) with its markers highlighted, and its hits."""
        self._blank()
        self.page.setHtml(page_html)
        self.marker_spans = self._highlight_markers()
        self.model.set_hits(hits)
        self._set_notice(notice)
        self._can_mark = True
        self._update_buttons()

    def show_message(self, text: str) -> None:
        """No profile to show (a refused candidate, a page being prepared): say why instead."""
        self._blank()
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line)
        self.page.setHtml(f'<div style="color: {MESSAGE_COLOR};">{paragraphs}</div>')
        self.marker_spans = []
        self.model.clear()
        self._set_notice("")
        self._can_mark = False
        self._update_buttons()

    def clear(self) -> None:
        """Forget the page, the hits (and their original texts) and hide the originals again."""
        self._blank()
        self.marker_spans = []
        self.model.clear()
        self.originals_button.setChecked(False)
        self._set_notice("")
        self._can_mark = False
        self._update_buttons()

    def plain_text(self) -> str:
        return self.page.toPlainText()

    def selected_text(self) -> str:
        """The text selected in the page (one line), for "Add a hit…"."""
        text = self.page.textCursor().selectedText()
        return " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())

    def selected_hit(self) -> FieldHit | None:
        rows = self.hits.selectionModel().selectedRows()
        return self.model.hit(rows[0].row()) if rows else None

    def select_hit(self, row: int) -> None:
        self.hits.selectRow(row)

    # -- internals ---------------------------------------------------------------------------

    def _blank(self) -> None:
        """An empty page with no format left over from the last one (a marker's background)."""
        self.page.setExtraSelections([])
        self.page.clear()
        self.page.setCurrentCharFormat(QTextCharFormat())

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _highlight_markers(self) -> list[tuple[int, int, str]]:
        """Give every marker on the page a background, and say where they stand."""
        document = self.page.document()
        marked = QTextCharFormat()
        marked.setBackground(QColor(MARKER_BACKGROUND))
        marked.setToolTip(self.tr("Removed by the scanner"))
        spans: list[tuple[int, int, str]] = []
        taken: set[int] = set()
        for marker in MARKERS:  # longest first: "[number]" is never taken for a part of another
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(marker, cursor, QTextDocument.FindFlag.FindCaseSensitively)
                if cursor.isNull():
                    break
                if cursor.selectionStart() in taken:
                    continue
                taken.add(cursor.selectionStart())
                cursor.mergeCharFormat(marked)
                spans.append((cursor.selectionStart(), cursor.selectionEnd(), marker))
        return sorted(spans)

    def _hit_changed(self) -> None:
        hit = self.selected_hit()
        selections = []
        if hit is not None:
            strong = QTextCharFormat()
            strong.setBackground(QColor(SELECTED_BACKGROUND))
            for start, end, marker in self.marker_spans:
                if marker != hit.marker:
                    continue
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.page.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = strong
                selections.append(selection)
            if selections:
                visible = QTextCursor(selections[0].cursor)
                visible.clearSelection()
                self.page.setTextCursor(visible)
                self.page.ensureCursorVisible()
        self.page.setExtraSelections(selections)
        self._update_buttons()
        self.hit_selected.emit(hit)

    def _update_buttons(self) -> None:
        self.release_button.setEnabled(self.selected_hit() is not None)
        self.mark_button.setEnabled(self._can_mark)
