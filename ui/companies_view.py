"""The companies profiles are sent to: a filterable list on the left, the editor on the right
(name, sector, prefecture, contacts, notes) and, under it, what was sent to the company.

Every read and write is a job on the session's worker; the list and the editor are refreshed
from what the job returns. A name must be unique (ignoring case and spacing, as the consent
gate compares names): a duplicate is refused with a message and nothing is written. Deleting a
company keeps its entries in the disclosure log. Contacts are the company's staff, not the
people the vault protects, so they are not masked by the privacy screen; the notes may mention
a candidate, and the history names dossier refs and released words, so those are.
"""

from __future__ import annotations

import json
from functools import lru_cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.resources import resource_path
from app.store.companies import (
    CompanyGone,
    CompanyRepository,
    CompanySummary,
    DuplicateCompany,
    clean_name,
)
from app.store.db import transaction
from ui.disclosure_history import DisclosureHistory
from ui.form_page import ErrorLabel, button, heading, paragraph, tab_chain
from ui.messages import user_message
from ui.privacy import PrivacyScreen
from ui.session import VaultSession

Index = QModelIndex | QPersistentModelIndex

#: Contact columns, in the order of the editor's table.
CONTACT_KEYS = ("name", "role", "email", "phone")
MAX_SHORT = 200


# -- prefectures -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def prefectures() -> tuple[dict[str, str], ...]:
    """The 47 prefectures (ISO 3166-2:JP order): ``code``, ``en`` (what is stored), ``ja``."""
    data = json.loads(resource_path("prefectures.json").read_text(encoding="utf-8"))
    return tuple(data["prefectures"])


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def prefecture_key(value: str | None) -> str | None:
    """The stored (English) name of the prefecture ``value`` names — "tokyo", "Tokyo-to",
    "東京都", "東京", "JP-13" — or None when it names none."""
    if not value:
        return None
    v = _fold(value)
    for suffix in ("-to", "-fu", "-ken", " prefecture"):
        if v.endswith(suffix):
            v = v[: -len(suffix)]
    for p in prefectures():
        if v in (p["en"].casefold(), p["code"].casefold(), p["ja"], p["ja"][:-1]):
            return p["en"]
    return None


def prefecture_label(value: str | None) -> str:
    """A stored prefecture in the desk's language (an unknown value as it was written)."""
    key = prefecture_key(value)
    if key is None:
        return value or ""
    if QLocale().language() == QLocale.Language.Japanese:
        return next(p["ja"] for p in prefectures() if p["en"] == key)
    return key


# -- dialogs (module functions, so tests can answer them) -------------------------------------


def ask_discard_changes(parent: QWidget) -> bool:
    """Whether to throw away the editor's unsaved changes."""
    answer = QMessageBox.question(
        parent, "Kakehashi",
        QCoreApplication.translate("CompaniesView",
                                   "This company has unsaved changes. Discard them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def confirm_delete(parent: QWidget, name: str, sent: int) -> bool:
    """Whether to delete the company ``name`` (``sent`` profiles were sent to it)."""
    title = QCoreApplication.translate("CompaniesView", "Delete “%1”?").replace("%1", name)
    box = QMessageBox(QMessageBox.Icon.Warning, "Kakehashi", title,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate(
        "CompaniesView",
        "Its contacts and notes are removed from the vault. The disclosure log keeps the record "
        "of the %n profile(s) sent to it: that history cannot be deleted.", "", sent))
    delete = box.addButton(QCoreApplication.translate("CompaniesView", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    chosen = box.clickedButton() is delete
    box.deleteLater()
    return chosen


# -- jobs (run on the worker) -----------------------------------------------------------------


def list_companies(vault) -> list[CompanySummary]:
    return CompanyRepository(vault.conn).summaries()


def load_company(vault, company_id: int) -> dict:
    doc = CompanyRepository(vault.conn).load(company_id)
    if doc is None:
        raise CompanyGone()
    return doc


def save_company(vault, company_id: int | None, doc: dict) -> tuple[int, list[CompanySummary]]:
    """Insert or replace, all or nothing; the id and the list as it now is."""
    repo = CompanyRepository(vault.conn)
    with transaction(vault.conn):
        saved_id = repo.save(company_id, doc)
    return saved_id, repo.summaries()


def delete_company(vault, company_id: int) -> list[CompanySummary]:
    repo = CompanyRepository(vault.conn)
    with transaction(vault.conn):
        repo.delete(company_id)
    return repo.summaries()


# -- the list ----------------------------------------------------------------------------------


class CompanyTableModel(QAbstractTableModel):
    NAME, SECTOR, PREFECTURE, SENT = range(4)
    #: A value to sort by (numbers as numbers).
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CompanySummary] = []

    def set_rows(self, rows: list[CompanySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def summary(self, row: int) -> CompanySummary:
        return self._rows[row]

    def row_of(self, company_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == company_id), None)

    def sectors(self) -> list[str]:
        return sorted({r.sector for r in self._rows if r.sector}, key=str.casefold)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Sector"), self.tr("Prefecture"),
                    self.tr("Sent"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SENT:
            return self.tr("Profiles sent to this company")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == self.SORT_ROLE:
            if column == self.SENT:
                return row.sent
            return _fold(str(self.data(index) or ""))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return row.name
        if column == self.SECTOR:
            return row.sector or ""
        if column == self.PREFECTURE:
            return prefecture_label(row.prefecture)
        return str(row.sent)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _Filter(QSortFilterProxyModel):
    """Keeps the rows whose name, sector or prefecture contains every word typed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(CompanyTableModel.SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = _fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        text = _fold(" ".join(
            str(model.data(model.index(source_row, c, source_parent)) or "") for c in range(3)
        ))
        return all(word in text for word in self._words)


# -- the editor --------------------------------------------------------------------------------


class ContactsTable(QTableWidget):
    """The company's contacts: one row each (name, role, email, phone), edited in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(CONTACT_KEYS), parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Email"), self.tr("Phone")]
        )
        self.setAccessibleName(self.tr("Contacts at the company"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setMinimumHeight(90)
        self.setMaximumHeight(150)

    def set_contacts(self, contacts: list[dict]) -> None:
        self.setRowCount(0)
        for contact in contacts:
            self.add_row(contact)

    def add_row(self, contact: dict | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column, key in enumerate(CONTACT_KEYS):
            self.setItem(row, column, QTableWidgetItem((contact or {}).get(key, "")))
        return row

    def contacts(self) -> list[dict]:
        """The rows with anything in them, each without its empty values."""
        out = []
        for row in range(self.rowCount()):
            contact = {}
            for column, key in enumerate(CONTACT_KEYS):
                item = self.item(row, column)
                value = " ".join(item.text().split()) if item is not None else ""
                if value:
                    contact[key] = value[:MAX_SHORT]
            if contact:
                # the schema's key order: name, email, phone, role
                out.append({k: contact[k] for k in ("name", "email", "phone", "role")
                            if k in contact})
        return out


class CompaniesView(QWidget):
    """The list of companies and the editor of one; :meth:`load` reads the list, :meth:`clear`
    forgets everything shown."""

    #: A company was added, renamed, changed or deleted (the export dialog's list may refresh).
    companies_changed = Signal()
    #: The list has been read and shown (or failed to), on the GUI thread.
    loaded = Signal()
    #: A company has been read into the editor.
    company_loaded = Signal()
    #: A save or a delete has ended, well or not.
    job_finished = Signal()

    def __init__(self, session: VaultSession, privacy: PrivacyScreen,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.privacy = privacy
        self._generation = 0
        self._request = 0            # the newest company read: older answers are ignored
        self._busy = False
        self._filling = False        # the editor is being filled from the vault
        self._restoring = False      # the list's selection is being put back
        self.company_id: int | None = None   # the company in the editor (None: a new one)
        self._saved_doc: dict = {}           # the editor's content as last read or saved
        self._saved_name = ""

        # left: the list
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, sector or prefecture"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter companies"))
        filter_label = QLabel(self.tr("&Find:"))
        filter_label.setBuddy(self.filter)
        self.model = CompanyTableModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Companies"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CompanyTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CompanyTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.list_message = paragraph("")
        self.list_message.hide()
        self.count_label = QLabel()
        self.filter.textChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.list_message)
        left_layout.addWidget(self.count_label)

        # right: the editor
        self.title = heading("")
        self.unsaved_label = QLabel(self.tr("Unsaved changes"))
        italic = QFont(self.unsaved_label.font())
        italic.setItalic(True)
        self.unsaved_label.setFont(italic)
        self.unsaved_label.setAccessibleName(self.tr("Unsaved changes"))
        self.unsaved_label.hide()
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_SHORT)
        self.name.setAccessibleName(self.tr("Company name"))
        self.rename_note = paragraph("")
        self.rename_note.hide()
        self.sector = QLineEdit()
        self.sector.setMaxLength(MAX_SHORT)
        self.sector.setAccessibleName(self.tr("Sector"))
        self.sector.setPlaceholderText(self.tr("e.g. logistics, manufacturing, food"))
        self.sectors = QStringListModel(self)
        self.sector_completer = QCompleter(self.sectors, self.sector)
        self.sector_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.sector.setCompleter(self.sector_completer)
        self.prefecture = QComboBox()
        self.prefecture.setAccessibleName(self.tr("Prefecture"))
        self.contacts = ContactsTable()
        self.add_contact_button = button(self.tr("&Add contact"))
        self.remove_contact_button = button(self.tr("Re&move contact"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes about the company"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        privacy.guard(self.notes)
        self.error_label = ErrorLabel()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = self._row(form, self.tr("&Name:"), self.name)
        form.addRow("", self.rename_note)
        self._row(form, self.tr("&Sector:"), self.sector)
        self._row(form, self.tr("&Prefecture:"), self.prefecture)
        contacts_box = QWidget()
        contacts_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.setContentsMargins(0, 0, 0, 0)
        contacts_layout.addWidget(self.contacts)
        contacts_buttons = QHBoxLayout()
        contacts_buttons.addWidget(self.add_contact_button)
        contacts_buttons.addWidget(self.remove_contact_button)
        contacts_buttons.addStretch(1)
        contacts_layout.addLayout(contacts_buttons)
        self._row(form, self.tr("C&ontacts:"), self.contacts, contacts_box)
        self._row(form, self.tr("No&tes:"), self.notes)

        self.new_button = button(self.tr("&New"), self.tr("New company"))
        self.save_button = button(self.tr("&Save"), self.tr("Save the company"))
        self.delete_button = button(self.tr("&Delete…"), self.tr("Delete the company"))
        self.new_button.setToolTip(self.tr("New company (Ctrl+N)"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))

        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.unsaved_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(title_row)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.error_label)
        editor_layout.addLayout(buttons)
        self.editor = editor

        self.history = DisclosureHistory(session)
        privacy.guard(self.history.table)
        privacy.guard(self.history.details)
        self.history_box = QGroupBox(self.tr("Profiles sent to this company"))
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.editor)
        right.addWidget(self.history_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([400, 360])  # the history gets room for a few rows and the details
        right.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        # actions: the shortcuts work anywhere inside the view
        self.new_action = self._action(self.new_company, QKeySequence.StandardKey.New)
        self.save_action = self._action(self.save, QKeySequence.StandardKey.Save)
        self.find_action = self._action(self._focus_filter, QKeySequence.StandardKey.Find)
        self.new_button.clicked.connect(self.new_company)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.add_contact_button.clicked.connect(self._add_contact)
        self.remove_contact_button.clicked.connect(self._remove_contact)
        for edit in (self.name, self.sector):
            edit.textChanged.connect(self._edited)
        self.prefecture.currentIndexChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.contacts.itemChanged.connect(self._edited)
        self.contacts.model().rowsRemoved.connect(self._edited)
        self.contacts.model().rowsInserted.connect(self._edited)
        self.contacts.itemSelectionChanged.connect(self._update_buttons)

        tab_chain(self.filter, self.table, self.name, self.sector, self.prefecture,
                  self.contacts, self.add_contact_button, self.remove_contact_button,
                  self.notes, self.new_button, self.delete_button, self.save_button)
        self.clear()

    def _row(self, form: QFormLayout, text: str, buddy: QWidget,
             field: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, field if field is not None else buddy)
        return label

    def _action(self, slot, key) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- the list ------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the list on the worker (the editor keeps its company if it is still there)."""
        generation = self._generation
        self.session.run(
            list_companies,
            lambda rows: self._listed(generation, rows),
            lambda error: self._list_failed(generation, error),
            context=self,
        )

    def _listed(self, generation: int, rows: list[CompanySummary]) -> None:
        if generation != self._generation:
            return
        self._set_rows(rows)
        if self.company_id is None and not self.is_dirty() and rows:
            first = self._proxy_summary(0) if self.proxy.rowCount() else self.model.summary(0)
            self.select_company(first.id)
        elif self.company_id is None and not rows:
            self.new_company()
        self.loaded.emit()

    def _list_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._show_list_message(user_message(error))
        self.loaded.emit()

    def _set_rows(self, rows: list[CompanySummary]) -> None:
        """Show ``rows``, keeping the editor's company selected."""
        self._restoring = True
        try:
            self.model.set_rows(rows)
            self._select_row_of(self.company_id)
        finally:
            self._restoring = False
        self.sectors.setStringList(self.model.sectors())
        self.count_label.setText(self.tr("Companies: %n", "", len(rows)))
        self._update_list_message()
        self._update_buttons()

    def _proxy_summary(self, proxy_row: int) -> CompanySummary:
        return self.model.summary(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def _select_row_of(self, company_id: int | None) -> None:
        selection = self.table.selectionModel()
        row = self.model.row_of(company_id) if company_id is not None else None
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            selection.setCurrentIndex(
                index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        else:
            selection.clearSelection()

    def _filter_changed(self, text: str) -> None:
        self._restoring = True
        try:
            self.proxy.set_text(text)
            self._select_row_of(self.company_id)
        finally:
            self._restoring = False
        self._update_list_message()

    def _update_list_message(self) -> None:
        if self.model.rowCount() == 0:
            self._show_list_message(self.tr(
                "No companies yet. Fill in the form and save it to add the first one."))
        elif self.proxy.rowCount() == 0:
            self._show_list_message(self.tr("No company matches the filter."))
        else:
            self.list_message.hide()

    def _show_list_message(self, text: str) -> None:
        self.list_message.setText(text)
        self.list_message.show()

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        company_id = self._proxy_summary(current.row()).id
        if company_id == self.company_id:
            return
        if not self.select_company(company_id):
            # the caseworker kept the unsaved changes: back to the company being edited, once
            # the view has finished selecting the row that was clicked
            QTimer.singleShot(0, self, self._reselect)

    def _reselect(self) -> None:
        self._restoring = True
        try:
            self._select_row_of(self.company_id)
        finally:
            self._restoring = False

    # -- the editor ----------------------------------------------------------------------------

    def select_company(self, company_id: int) -> bool:
        """Read ``company_id`` into the editor (after asking about unsaved changes); False if
        the caseworker chose to keep editing."""
        if self._busy or not self._may_discard():
            return False
        self.company_id = company_id
        self._request += 1
        request, generation = self._request, self._generation
        self._fill({}, saved_name="")
        self._set_editable(False)
        row = self.model.row_of(company_id)
        self.title.setText(self.model.summary(row).name if row is not None else "")
        self._restoring = True
        try:
            self._select_row_of(company_id)
        finally:
            self._restoring = False
        self.history_box.show()
        self.history.show_company(company_id)
        self.session.run(
            lambda vault: load_company(vault, company_id),
            lambda doc: self._company_read(generation, request, doc),
            lambda error: self._company_failed(generation, request, error),
            context=self,
        )
        return True

    def _company_read(self, generation: int, request: int, doc: dict) -> None:
        if generation != self._generation or request != self._request:
            return
        self._fill(doc, saved_name=doc.get("name", ""))
        self._set_editable(True)
        self.company_loaded.emit()

    def _company_failed(self, generation: int, request: int, error: BaseException) -> None:
        if generation != self._generation or request != self._request:
            return
        self._set_editable(True)
        self.company_id = None
        self._fill({}, saved_name="")
        self.error_label.show_message(user_message(error))
        self.history.clear()
        self.history_box.hide()
        self.load()
        self.company_loaded.emit()

    def new_company(self) -> None:
        """An empty editor for a company not yet in the vault."""
        if self._busy or not self._may_discard():
            return
        self._request += 1
        self.company_id = None
        self._restoring = True
        try:
            self._select_row_of(None)
        finally:
            self._restoring = False
        self._fill({}, saved_name="")
        self._set_editable(True)
        self.history.clear()
        self.history_box.hide()
        self.name.setFocus()

    def _fill(self, doc: dict, *, saved_name: str) -> None:
        """Put ``doc`` in the editor and take it as the saved state."""
        self._filling = True
        try:
            self.name.setText(doc.get("name", ""))
            self.sector.setText(doc.get("sector", ""))
            self._fill_prefectures(doc.get("prefecture"))
            self.contacts.set_contacts(doc.get("contacts") or [])
            self.notes.setPlainText(doc.get("notes", ""))
        finally:
            self._filling = False
        self._saved_name = saved_name
        self._saved_doc = self.document()
        self.error_label.clear_message()
        self.title.setText(saved_name or self.tr("New company"))
        self._edited()

    def _fill_prefectures(self, stored: str | None) -> None:
        combo = self.prefecture
        combo.clear()
        combo.addItem(self.tr("— not set —"), None)
        key = prefecture_key(stored)
        if stored and key is None:
            combo.addItem(stored, stored)  # as imported: kept until the caseworker changes it
        japanese = QLocale().language() == QLocale.Language.Japanese
        for p in prefectures():
            combo.addItem(p["ja"] if japanese else p["en"], p["en"])
        wanted = key if key is not None else stored
        index = combo.findData(wanted) if wanted else 0
        combo.setCurrentIndex(max(index, 0))

    def document(self) -> dict:
        """The editor's content as the repository takes it (empty values left out)."""
        doc: dict = {"name": clean_name(self.name.text())}
        sector = " ".join(self.sector.text().split())
        if sector:
            doc["sector"] = sector
        prefecture = self.prefecture.currentData()
        if prefecture:
            doc["prefecture"] = prefecture
        contacts = self.contacts.contacts()
        if contacts:
            doc["contacts"] = contacts
        notes = self.notes.toPlainText().strip()
        if notes:
            doc["notes"] = notes
        return doc

    def is_dirty(self) -> bool:
        """Whether the editor holds changes not saved in the vault."""
        return self.document() != self._saved_doc

    def _edited(self, *_args) -> None:
        if self._filling:
            return
        dirty = self.is_dirty()
        self.unsaved_label.setVisible(dirty)
        renamed = clean_name(self.name.text())
        if self.company_id is not None and self._saved_name and renamed \
                and renamed != self._saved_name:
            self.rename_note.setText(
                self.tr("Renaming keeps the company's history and candidate codes. A consent "
                        "given for “%1” only will not cover “%2”.")
                .replace("%1", self._saved_name).replace("%2", renamed)
            )
            self.rename_note.show()
        else:
            self.rename_note.hide()
        self._update_buttons()

    def _may_discard(self) -> bool:
        return not self.is_dirty() or ask_discard_changes(self)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.name, self.sector, self.prefecture, self.contacts, self.notes,
                       self.add_contact_button):
            widget.setEnabled(editable and not self._busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self._busy and self.name.isEnabled()
        self.save_button.setEnabled(idle and self.is_dirty())
        self.save_action.setEnabled(self.save_button.isEnabled())
        self.delete_button.setEnabled(idle and self.company_id is not None)
        self.new_button.setEnabled(not self._busy)
        self.remove_contact_button.setEnabled(
            idle and self.contacts.currentRow() >= 0 and self.contacts.rowCount() > 0
        )

    def _add_contact(self) -> None:
        row = self.contacts.add_row()
        self.contacts.setCurrentCell(row, 0)
        self.contacts.setFocus()
        self.contacts.editItem(self.contacts.item(row, 0))

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)
        self._update_buttons()

    # -- saving and deleting -------------------------------------------------------------------

    def flush(self) -> None:
        """Before a lock: save unsaved changes that can be saved (a company with a name), so
        locking never loses what was typed; the job is queued before the vault closes."""
        if self.is_dirty() and not self._busy and self.name.isEnabled() and self.document()["name"]:
            self.save()

    def save(self) -> None:
        """Write the editor's company (new or changed) in one transaction on the worker."""
        if self._busy or not self.name.isEnabled():
            return
        self.contacts.setCurrentItem(None)  # commits a cell still being edited
        doc = self.document()
        if not doc["name"]:
            self.error_label.show_message(self.tr("Give the company a name."))
            self.name.setFocus()
            return
        company_id, generation = self.company_id, self._generation
        self._set_busy(True)
        self.session.run(
            lambda vault: save_company(vault, company_id, doc),
            lambda outcome: self._saved(generation, doc, outcome),
            lambda error: self._save_failed(generation, doc, error),
            context=self,
        )

    def _saved(self, generation: int, doc: dict,
               outcome: tuple[int, list[CompanySummary]]) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        company_id, rows = outcome
        new = self.company_id is None
        self.company_id = company_id
        self._request += 1
        self._saved_name = doc["name"]
        self._saved_doc = doc
        self.title.setText(doc["name"])
        self.name.setText(doc["name"])  # as stored: spaces trimmed
        self._set_rows(rows)
        self._edited()
        if new:
            self.history_box.show()
            self.history.show_company(company_id)
        self.companies_changed.emit()
        self.job_finished.emit()

    def _save_failed(self, generation: int, doc: dict, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if isinstance(error, DuplicateCompany):
            self.error_label.show_message(
                self.tr("Another company is already called “%1” (names are compared without "
                        "regard to case or spaces). Choose a different name; nothing was saved.")
                .replace("%1", doc["name"])
            )
            self.name.setFocus()
            self.name.selectAll()
        elif isinstance(error, CompanyGone):
            self.error_label.show_message(self.tr(
                "This company is no longer in the vault; nothing was saved. Save again to add "
                "it as a new company."))
            self.company_id = None
            self._saved_name = ""
            self.history.clear()
            self.history_box.hide()
            self.load()
            self._edited()
        else:
            self.error_label.show_message(user_message(error))
        self.job_finished.emit()

    def delete(self) -> None:
        """Delete the editor's company after confirmation; its disclosure history stays."""
        if self._busy or self.company_id is None:
            return
        row = self.model.row_of(self.company_id)
        sent = self.model.summary(row).sent if row is not None else 0
        if not confirm_delete(self, self._saved_name or self.name.text(), sent):
            return
        company_id, generation = self.company_id, self._generation
        self._set_busy(True)
        self.session.run(
            lambda vault: delete_company(vault, company_id),
            lambda rows: self._deleted(generation, rows),
            lambda error: self._delete_failed(generation, error),
            context=self,
        )

    def _deleted(self, generation: int, rows: list[CompanySummary]) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.company_id = None
        self._fill({}, saved_name="")  # forgets the deleted company: no question to discard
        self._set_rows(rows)
        self.new_company()
        self.companies_changed.emit()
        self.job_finished.emit()

    def _delete_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.error_label.show_message(user_message(error))
        if isinstance(error, CompanyGone):
            self.load()
        self.job_finished.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.table.setEnabled(not busy)
        self.filter.setEnabled(not busy)
        self._set_editable(True)
        if busy:
            self.error_label.clear_message()

    # -- locking -------------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every value shown: list, filter, editor, history; jobs under way are ignored
        when they come back."""
        self._generation += 1
        self._request += 1
        self._busy = False
        self.company_id = None
        self._restoring = True
        try:
            self.model.clear()
            self.table.clearSelection()
        finally:
            self._restoring = False
        self.filter.setText("")  # setText drops the undo history too
        self.sectors.setStringList([])
        self._fill({}, saved_name="")
        self.title.clear()
        self.count_label.clear()
        self.list_message.hide()
        self.history.clear()
        self.history_box.hide()
        self._set_busy(False)
        self._set_editable(False)
