"""The dossier list's table model: it holds ids only and fetches rows a page at a time, on the
worker, when the view asks for them (Anki's browser table does the same).

``data()`` never touches the database: a row not fetched yet shows "…" and queues its page on
the session's worker; the page comes back by callback and the rows are repainted. Pages are
kept in a small LRU cache, so scrolling through 100,000 dossiers holds a few thousand rows.
Names and refs (identifying) and the consent state (restricted) show :data:`ui.privacy.MASK`
while the privacy screen is on.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.disclosure.generalize import language_text
from app.store.dossier_list import ConsentState, ListRow, rows
from ui.privacy import MASK, PrivacyScreen
from ui.session import VaultSession

Index = QModelIndex | QPersistentModelIndex

#: Rows per fetch: more than a screenful, few enough for one quick job.
PAGE_SIZE = 100
#: Pages kept; the least recently used go first.
MAX_PAGES = 40
#: Skills shown in the cell (all of them in the tooltip).
SHOWN_SKILLS = 3
#: What a cell shows while its row is being fetched.
PENDING = "…"


def display_date(stored: str | None) -> str:
    """A stored date as it was written: year first (unambiguous in both languages), and
    possibly partial ("2026-05"), which a reformatting would hide."""
    return stored or ""


def language_name(tag: str, lang: str) -> str:
    """"Arabic" / "アラビア語" for "ar"; the tag itself for a language the profile rules do
    not name (rather than "Other language")."""
    name = language_text({"language": tag}, lang)
    return f"{name} ({tag})" if name == language_text({"language": "zz"}, lang) else name


def ui_language() -> str:
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DossierListModel(QAbstractTableModel):
    REF, NAME, LANGUAGES, SKILLS, WORK, INTERVIEW, CONSENT = range(7)
    COLUMNS = 7
    #: Columns masked while the privacy screen is on.
    MASKED = (REF, NAME, CONSENT)

    #: Emitted when a page has arrived (with its first row), e.g. for "first page shown".
    page_loaded = Signal(int)
    #: Emitted when a page could not be read (the message, in the desk's words).
    failed = Signal(str)

    def __init__(
        self, session: VaultSession, privacy: PrivacyScreen | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.privacy = privacy
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, ListRow]] = OrderedDict()
        self._asked: set[int] = set()
        self._generation = 0
        if privacy is not None:
            privacy.changed.connect(self._privacy_changed)

    # -- ids ----------------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], first_rows: Iterable[ListRow] = ()) -> None:
        """Show ``ids`` (in order); ``first_rows`` fetched with them are shown at once."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._positions = None
        self._pages.clear()
        self._asked.clear()
        first = list(first_rows)
        if first:
            self._store(0, first)
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def clear(self) -> None:
        """Forget every id and row (on lock); a page still being fetched is dropped."""
        self.set_ids([])

    def id_at(self, row: int) -> int:
        return self._ids[row] if 0 <= row < len(self._ids) else -1

    def row_of(self, dossier_id: int) -> int:
        """The row showing ``dossier_id``, or -1."""
        if self._positions is None:
            self._positions = {d: n for n, d in enumerate(self._ids)}
        return self._positions.get(dossier_id, -1)

    def row_data(self, row: int) -> ListRow | None:
        """The fetched row, or None while it is not (it is not asked for)."""
        page = self._pages.get(row // PAGE_SIZE)
        return None if page is None else page.get(self.id_at(row))

    def has_page(self, page: int) -> bool:
        return page in self._pages

    def refresh_ids(self, ids: Iterable[int]) -> None:
        """Fetch these rows again (they changed); rows not shown are ignored."""
        wanted = [i for i in ids if self.row_of(i) >= 0]
        if not wanted:
            return
        generation = self._generation
        self.session.run(
            lambda vault: rows(vault.conn, wanted),
            lambda found: self._refreshed(generation, wanted, found),
            self._failed,
            context=self,
        )

    def _refreshed(self, generation: int, wanted: list[int], found: list[ListRow]) -> None:
        if generation != self._generation:
            return
        by_id = {r.id: r for r in found}
        for dossier_id in wanted:
            row = self.row_of(dossier_id)
            page = self._pages.get(row // PAGE_SIZE)
            if page is not None and dossier_id in by_id:
                page[dossier_id] = by_id[dossier_id]
            elif page is not None:
                page.pop(dossier_id, None)  # gone from the vault: shown as pending no more
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    # -- pages --------------------------------------------------------------------------------

    def _store(self, page: int, found: Iterable[ListRow]) -> None:
        """Keep ``found`` as ``page``'s rows (ids not on that page are ignored)."""
        wanted = set(self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE])
        self._pages[page] = {row.id: row for row in found if row.id in wanted}
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def fetch_page(self, page: int) -> None:
        """Ask the worker for a page's rows (once, until it arrives)."""
        if page in self._pages or page in self._asked:
            return
        wanted = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        if not wanted:
            return
        self._asked.add(page)
        generation = self._generation
        self.session.run(
            lambda vault: rows(vault.conn, wanted),
            lambda found: self._page_arrived(generation, page, found),
            lambda error: self._page_failed(generation, page, error),
            context=self,
        )

    def _page_arrived(self, generation: int, page: int, found: list[ListRow]) -> None:
        if generation != self._generation:
            return  # fetched for a list shown before (another search, or before a lock)
        self._asked.discard(page)
        self._store(page, found)
        first = page * PAGE_SIZE
        last = min(len(self._ids), first + PAGE_SIZE) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMNS - 1))
        self.page_loaded.emit(first)

    def _page_failed(self, generation: int, page: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._asked.discard(page)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        from ui.messages import user_message

        self.failed.emit(user_message(error))

    def _privacy_changed(self, _: bool) -> None:
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.COLUMNS - 1)
            )

    # -- Qt -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Ref"), self.tr("Name"), self.tr("Languages"), self.tr("Skills"),
            self.tr("Work permission"), self.tr("Last interview"), self.tr("Consent to share"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = index.row()
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        item = None if cached is None else cached.get(self.id_at(row))
        if item is None:
            if cached is None:
                self.fetch_page(page)
            return PENDING if role == Qt.ItemDataRole.DisplayRole else None
        self._pages.move_to_end(page)
        column = index.column()
        if self.privacy is not None and self.privacy.is_on() and column in self.MASKED:
            return MASK
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return self._text(item, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # -- cells --------------------------------------------------------------------------------

    def _text(self, item: ListRow, column: int) -> str:
        if column == self.REF:
            return item.ref
        if column == self.NAME:
            return item.name
        if column == self.LANGUAGES:
            return self._languages(item)
        if column == self.SKILLS:
            shown = list(item.skills[:SHOWN_SKILLS])
            if len(item.skills) > SHOWN_SKILLS:
                shown.append(self.tr("+%1").replace("%1", str(len(item.skills) - SHOWN_SKILLS)))
            return self._separator().join(shown)
        if column == self.WORK:
            return work_permission_text(item.work_permission)
        if column == self.INTERVIEW:
            return display_date(item.last_interview)
        return consent_text(item)

    def _tooltip(self, item: ListRow, column: int) -> str | None:
        if column == self.LANGUAGES and item.languages:
            lang = ui_language()
            lines = []
            for tag, level in item.languages:
                line = language_text({"language": tag, "level": level}, lang)
                if language_text({"language": tag}, lang) == language_text({"language": "zz"}, lang):
                    line = line.replace(language_text({"language": "zz"}, lang), language_name(tag, lang), 1)
                lines.append(line)
            return "\n".join(lines)
        if column == self.SKILLS and item.skills:
            return "\n".join(item.skills)
        text = self._text(item, column)
        return text or None

    def _separator(self) -> str:
        return "、" if ui_language() == "ja" else ", "

    def _languages(self, item: ListRow) -> str:
        parts = []
        for tag, level in item.languages:
            if level:
                shown = self.tr("native") if level == "native" else level
                parts.append(self.tr("%1 (%2)").replace("%1", tag).replace("%2", shown))
            else:
                parts.append(tag)
        return self._separator().join(parts)


def work_permission_text(value: str | None) -> str:
    """The interchange format's work permission in the desk's words."""
    if value == "yes":
        return QCoreApplication.translate("DossierListModel", "Yes")
    if value == "restricted":
        return QCoreApplication.translate("DossierListModel", "Restricted")
    if value == "no":
        return QCoreApplication.translate("DossierListModel", "No")
    if value == "unknown":
        return QCoreApplication.translate("DossierListModel", "Unknown")
    return QCoreApplication.translate("DossierListModel", "Not recorded")


def consent_text(item: ListRow) -> str:
    """Where the dossier stands on sharing an anonymized profile, as of today."""
    state = item.consent
    if state is ConsentState.ACTIVE:
        if item.consent_until:
            return _tr_until(item.consent_until)
        return QCoreApplication.translate("DossierListModel", "Active")
    if state is ConsentState.PENDING:
        return QCoreApplication.translate("DossierListModel", "Not yet in force")
    if state is ConsentState.WITHDRAWN:
        return QCoreApplication.translate("DossierListModel", "Withdrawn %1").replace(
            "%1", display_date(item.consent_ended))
    if state is ConsentState.EXPIRED:
        return QCoreApplication.translate("DossierListModel", "Expired %1").replace(
            "%1", display_date(item.consent_ended))
    return QCoreApplication.translate("DossierListModel", "None")


def _tr_until(until: str) -> str:
    return QCoreApplication.translate("DossierListModel", "Active until %1").replace(
        "%1", display_date(until))
