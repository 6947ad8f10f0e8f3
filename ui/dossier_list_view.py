"""The desk's dossier list: search-as-you-type, the filter bar, the lazy table and its count.

Every query runs on the session's worker through one :class:`~app.store.dossier_list.ListIndex`
(made at :meth:`DossierListView.load`, dropped at :meth:`DossierListView.clear`), so a keystroke
costs one lookup in the search index. Each keystroke's job carries a serial number: a job that
starts after a newer keystroke does nothing, and an answer older than the newest is dropped, so
the list never flickers back to an earlier search. A generation counter drops whatever comes
back after a lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.store.dossier_list import (
    FilterChoices,
    ListIndex,
    ListOrder,
    ListQuery,
    SortKey,
    filter_choices,
    rows,
    total,
)
from ui.dossier_list_model import PAGE_SIZE, DossierListModel
from ui.list_filters import ListFilters
from ui.messages import user_message
from ui.privacy import PrivacyScreen
from ui.session import VaultSession

#: Keystrokes closer together than this make one query (a few ms: typing stays live).
DEBOUNCE_MS = 4
#: Columns a header click sorts by, and the order the first click gives.
_SORTABLE = {
    DossierListModel.NAME: ListOrder(SortKey.NAME, ascending=True),
    DossierListModel.INTERVIEW: ListOrder(SortKey.INTERVIEW, ascending=False),
}


class DossierListView(QWidget):
    #: A dossier to open (double-click or Enter), by id.
    open_requested = Signal(int)
    #: The current row's dossier id, or -1.
    current_changed = Signal(int)
    selection_changed = Signal()
    #: The first page is shown after :meth:`load` (or an error instead).
    loaded = Signal()
    #: The list shows the answer to the latest search or filter change.
    search_done = Signal()

    def __init__(
        self, session: VaultSession, privacy: PrivacyScreen | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.privacy = privacy
        self._generation = 0
        self._serial = 0
        self._index: ListIndex | None = None
        self._order = ListOrder()
        self._total = 0
        self._first_load = False
        self._pending_select: int | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, skills, notes… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search dossiers"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.filters_button = QPushButton()
        self.filters_button.setCheckable(True)
        self.filters_button.setAccessibleName(self.tr("Show the filters"))
        self.filters = ListFilters()
        self.filters.hide()

        self.model = DossierListModel(session, privacy, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dossiers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # fixed row heights: the view never measures 100,000 rows
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DossierListModel.SKILLS, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (DossierListModel.REF, 90), (DossierListModel.NAME, 200),
            (DossierListModel.LANGUAGES, 190), (DossierListModel.WORK, 120),
            (DossierListModel.INTERVIEW, 110), (DossierListModel.CONSENT, 160),
        ):
            self.table.setColumnWidth(column, width)

        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.no_match = QWidget()
        no_match_text = QLabel(self.tr("No dossier matches the search and the filters."))
        no_match_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_all_button = QPushButton(self.tr("&Show all dossiers"))
        self.show_all_button.clicked.connect(self.show_all)
        no_match_layout = QVBoxLayout(self.no_match)
        no_match_layout.addStretch(1)
        no_match_layout.addWidget(no_match_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_all_button)
        row.addStretch(1)
        no_match_layout.addLayout(row)
        no_match_layout.addStretch(2)
        self.stack = QStackedWidget()
        for widget in (self.message, self.no_match, self.table):
            self.stack.addWidget(widget)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of dossiers shown"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.filters_button)
        self.setTabOrder(self.filters_button, self.table)

        if privacy is not None:
            privacy.guard(self.search)  # what is typed there is often a name

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_query)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.filters.changed.connect(self._filters_changed)
        self.filters_button.toggled.connect(self._toggle_filters)
        header.sectionClicked.connect(self._header_clicked)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.current_changed.emit(self.model.id_at(current.row())
                                                         if current.isValid() else -1))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit())
        self.model.failed.connect(self._show_problem)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self.focus_search)
        self._update_filters_button()
        self.clear()

    # -- public API ---------------------------------------------------------------------------

    def load(self) -> None:
        """After unlocking: read the list (first page, count), then what searches reuse."""
        self._generation += 1
        self._index = ListIndex()
        self._first_load = True
        self.message.setText(self.tr("Loading…"))
        self.stack.setCurrentWidget(self.message)
        self._run_query()

    def reload(self) -> None:
        """Read the list again with the same search and filters (the selection is kept)."""
        if self._index is not None:
            self._run_query()

    def clear(self) -> None:
        """Forget everything shown (on lock): rows, search text, filters, choices, counts."""
        self._generation += 1
        self._serial += 1
        self._debounce.stop()
        self._index = None
        self._pending_select = None
        self._total = 0
        self.model.clear()
        with _Blocked(self.search):
            self.search.setText("")  # setText drops the undo history too
        self.filters.clear()
        self._update_filters_button()
        self.count_label.clear()
        self.message.clear()
        self.stack.setCurrentWidget(self.message)

    def refresh_dossier(self, dossier_id: int) -> None:
        """A dossier was saved: show its row's new columns (its place follows on the next
        search or :meth:`reload`)."""
        self.model.refresh_ids([dossier_id])

    def selected_ids(self) -> list[int]:
        """The selected dossiers, in list order."""
        out: list[int] = []
        selection = self.table.selectionModel().selection()
        spans = sorted((r.top(), r.bottom()) for r in selection)
        seen = -1
        for top, bottom in spans:
            for row in range(max(top, seen + 1), bottom + 1):
                out.append(self.model.id_at(row))
            seen = max(seen, bottom)
        return out

    def current_id(self) -> int:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else -1

    def select_dossier(self, dossier_id: int) -> None:
        """Make ``dossier_id`` the current, selected row; if the search or the filters hide it,
        they are cleared first."""
        row = self.model.row_of(dossier_id)
        if row >= 0:
            self._select_row(row)
            return
        if self._index is None:
            return
        self._pending_select = dossier_id
        self.show_all()

    def show_all(self) -> None:
        """Clear the search and the filters."""
        with _Blocked(self.search):
            self.search.setText("")  # setText drops the undo history too
        with _Blocked(self.filters):
            self.filters.reset()
        self._update_filters_button()
        self._run_query()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def query(self) -> ListQuery:
        return self.filters.apply_to(ListQuery(text=self.search.text()))

    def order(self) -> ListOrder:
        return self._order

    def set_order(self, order: ListOrder) -> None:
        self._order = order
        header = self.table.horizontalHeader()
        column = next((c for c, o in _SORTABLE.items() if o.key is order.key), -1)
        header.setSortIndicator(
            column, Qt.SortOrder.AscendingOrder if order.ascending else Qt.SortOrder.DescendingOrder
        )
        self.reload()

    # -- queries ------------------------------------------------------------------------------

    def _run_query(self) -> None:
        index = self._index
        if index is None:
            return
        self._debounce.stop()
        self._serial += 1
        serial, generation = self._serial, self._generation
        query, order = self.query(), self._order

        def job(vault):
            if serial != self._serial:
                return None  # a newer keystroke is queued behind this one
            ids = index.matching_ids(vault.conn, query, order)
            return ids, rows(vault.conn, ids[:PAGE_SIZE]), total(vault.conn)

        self.session.run(
            job,
            lambda outcome: self._answered(generation, serial, query, outcome),
            lambda error: self._failed(generation, serial, error),
            context=self,
        )

    def _answered(self, generation: int, serial: int, query: ListQuery, outcome) -> None:
        if generation != self._generation or serial != self._serial or outcome is None:
            return
        ids, first_rows, count = outcome
        keep = self._pending_select if self._pending_select is not None else self.current_id()
        selected = set(self.selected_ids())
        self._pending_select = None
        self._total = count
        self.model.set_ids(ids, first_rows)
        self._restore_selection(keep, selected)
        if not ids and count:
            self.stack.setCurrentWidget(self.no_match)
        elif not ids:
            self.message.setText(self.tr("This vault has no dossiers yet."))
            self.stack.setCurrentWidget(self.message)
        else:
            self.stack.setCurrentWidget(self.table)
        self._show_count(len(ids), count, query)
        if self._first_load:
            self._first_load = False
            self.loaded.emit()
            self._warm(generation)
        self.search_done.emit()

    def _failed(self, generation: int, serial: int, error: BaseException) -> None:
        if generation != self._generation or serial != self._serial:
            return
        self._show_problem(user_message(error))
        if self._first_load:
            self._first_load = False
            self.loaded.emit()
        self.search_done.emit()

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _warm(self, generation: int) -> None:
        """After the first page: what the first short search and the filter bar need."""
        index = self._index
        order = self._order

        def job(vault) -> FilterChoices:
            if index is not None:
                index.warm(vault.conn, order)
            return filter_choices(vault.conn)

        self.session.run(
            job,
            lambda choices: generation == self._generation and self.filters.set_choices(choices),
            lambda error: None,  # the list's own reads report a vault that does not read
            context=self,
        )

    def _show_count(self, shown: int, count: int, query: ListQuery) -> None:
        if not query.is_empty() and shown != count:
            self.count_label.setText(
                self.tr("%1 of %Ln dossier(s)", "", count).replace(
                    "%1", self.locale().toString(shown))
            )
        else:
            self.count_label.setText(self.tr("%Ln dossier(s)", "", count))

    # -- selection ----------------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _restore_selection(self, current: int, selected: set[int]) -> None:
        row = self.model.row_of(current) if current >= 0 else -1
        if row < 0:
            self.current_changed.emit(-1)
            return
        model = self.table.selectionModel()
        model.setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        for dossier_id in selected - {current}:
            other = self.model.row_of(dossier_id)
            if other >= 0:
                model.select(
                    self.model.index(other, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.table.scrollTo(self.model.index(row, 0))

    def _activated(self, index) -> None:
        dossier_id = self.model.id_at(index.row())
        if dossier_id >= 0:
            self.open_requested.emit(dossier_id)

    # -- reacting -----------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self._update_filters_button()
        self._run_query()

    def _update_filters_button(self) -> None:
        count = self.filters.active_count()
        if count:
            self.filters_button.setText(self.tr("&Filters (%1)").replace("%1", str(count)))
        else:
            self.filters_button.setText(self.tr("&Filters"))

    def _toggle_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        if shown:
            self.filters.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def _header_clicked(self, column: int) -> None:
        if column in _SORTABLE:
            first = _SORTABLE[column]
            if self._order.key is first.key:
                order = ListOrder(first.key, not self._order.ascending)
            else:
                order = first
            self.set_order(order)
        else:
            self.set_order(self._order)  # puts the indicator back where it was

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.setText("")  # setText drops the undo history too
            return True
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self._select_row(0)
            return True
        return super().eventFilter(watched, event)


class _Blocked:
    """``with _Blocked(widget):`` — no signals from it meanwhile."""

    def __init__(self, obj: QObject) -> None:
        self.obj = obj

    def __enter__(self) -> None:
        self._was = self.obj.blockSignals(True)

    def __exit__(self, *exc) -> None:
        self.obj.blockSignals(self._was)
