"""The disclosure history of one dossier or one company: every profile that left the vault for
it, read from the hash-chained log, and whether the chain still verifies.

Reading the entries and verifying the whole chain run as one job on the session's worker (the
chain is only proven whole from its first entry, whatever the view shows). A broken chain is
said in red above the table and the entries it names are marked; a log that has been cut back
still verifies (see ``app/disclosure/log.py``), which is why the CLI's ``audit`` shows the newest
hash. Nothing here writes to the vault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.disclosure import generalize, log
from app.store.companies import CompanyRepository
from app.vault import envelope as env
from app.vault.secret import wipe
from ui.backup_jobs import local_time as _local_time
from ui.form_page import ERROR_STYLE, paragraph
from ui.messages import user_message
from ui.session import VaultSession

Index = QModelIndex | QPersistentModelIndex

CONTEXT = "DisclosureHistory"
#: The highest generalization level ("level 3 of 13").
TOP_LEVEL = generalize.LEVELS - 1
ALTERED_COLOR = QColor("#b3261e")

#: What each step of the generalization ladder does, in the words of the rules file.
STEP_LABELS = {
    "as recorded": QT_TRANSLATE_NOOP("DisclosureHistory", "as recorded"),
    "no duration per job": QT_TRANSLATE_NOOP("DisclosureHistory", "no duration per job"),
    "10-year age bands": QT_TRANSLATE_NOOP("DisclosureHistory", "10-year age bands"),
    "coarse experience bands": QT_TRANSLATE_NOOP("DisclosureHistory", "coarse experience bands"),
    "employer kinds grouped": QT_TRANSLATE_NOOP("DisclosureHistory", "employer kinds grouped"),
    "continents, not sub-regions": QT_TRANSLATE_NOOP(
        "DisclosureHistory", "continents, not sub-regions"
    ),
    "no gender": QT_TRANSLATE_NOOP("DisclosureHistory", "no gender"),
    "no region of study or work": QT_TRANSLATE_NOOP(
        "DisclosureHistory", "no region of study or work"
    ),
    "no origin or nationality": QT_TRANSLATE_NOOP("DisclosureHistory", "no origin or nationality"),
    "no age": QT_TRANSLATE_NOOP("DisclosureHistory", "no age"),
    "no employer kind": QT_TRANSLATE_NOOP("DisclosureHistory", "no employer kind"),
    "no place of study": QT_TRANSLATE_NOOP("DisclosureHistory", "no place of study"),
    "no years of experience": QT_TRANSLATE_NOOP("DisclosureHistory", "no years of experience"),
    "every quasi-identifier suppressed": QT_TRANSLATE_NOOP(
        "DisclosureHistory", "every quasi-identifier suppressed"
    ),
}

#: Dossier fields as the log names them (the interchange format's keys).
FIELD_LABELS = {
    "skills": QT_TRANSLATE_NOOP("DisclosureHistory", "skills"),
    "certifications": QT_TRANSLATE_NOOP("DisclosureHistory", "certifications"),
    "desired_roles": QT_TRANSLATE_NOOP("DisclosureHistory", "desired roles"),
    "preferred_locations": QT_TRANSLATE_NOOP("DisclosureHistory", "preferred locations"),
    "employment_types": QT_TRANSLATE_NOOP("DisclosureHistory", "employment types"),
    "available_from": QT_TRANSLATE_NOOP("DisclosureHistory", "availability"),
    "languages": QT_TRANSLATE_NOOP("DisclosureHistory", "languages"),
    "education": QT_TRANSLATE_NOOP("DisclosureHistory", "education"),
    "experience": QT_TRANSLATE_NOOP("DisclosureHistory", "experience"),
    "summary": QT_TRANSLATE_NOOP("DisclosureHistory", "summary"),
    "aspirations": QT_TRANSLATE_NOOP("DisclosureHistory", "aspirations"),
    "birth_date": QT_TRANSLATE_NOOP("DisclosureHistory", "age (from the birth date)"),
    "gender": QT_TRANSLATE_NOOP("DisclosureHistory", "gender"),
    "country_of_origin": QT_TRANSLATE_NOOP("DisclosureHistory", "region of origin"),
    "nationalities": QT_TRANSLATE_NOOP("DisclosureHistory", "nationality (region)"),
    "residence": QT_TRANSLATE_NOOP("DisclosureHistory", "work permission"),
}

#: The stricter classes a caseworker can move a field to for one dossier.
CLASS_LABELS = {
    "identifying": QT_TRANSLATE_NOOP("DisclosureHistory", "identifying"),
    "restricted": QT_TRANSLATE_NOOP("DisclosureHistory", "restricted"),
    "quasi": QT_TRANSLATE_NOOP("DisclosureHistory", "quasi-identifying"),
}

#: Lists inside one cell: items, and the larger parts (each release, each step).
ITEM_SEPARATOR = QT_TRANSLATE_NOOP("DisclosureHistory", ", ")
PART_SEPARATOR = QT_TRANSLATE_NOOP("DisclosureHistory", "; ")

_ENTRY_NUMBER = re.compile(r"^entry (\d+)")


def local_time(stamp: str) -> str:
    """A stored UTC stamp as local date and time (an unreadable one as it is)."""
    try:
        return _local_time(stamp)
    except ValueError:
        return stamp


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _items(parts) -> str:
    return _tr(ITEM_SEPARATOR).join(parts)


def _parts(parts) -> str:
    return _tr(PART_SEPARATOR).join(parts)


def _field(name: str) -> str:
    if name == "*":
        return QCoreApplication.translate("DisclosureHistory", "any field")
    # "experience[0].description" → the label of "experience"
    base = name.split("[", 1)[0].split(".", 1)[0]
    return _tr(FIELD_LABELS[base]) if base in FIELD_LABELS else name


@dataclass
class History:
    """What one job read: the entries shown, the company names now, the chain's state."""

    entries: list[log.Entry]
    company_names: dict[int, str]
    total: int                                   # entries in the whole log
    problems: list[str] = field(default_factory=list)

    def altered(self) -> set[int]:
        """The entry numbers the verification names."""
        return {int(m.group(1)) for p in self.problems if (m := _ENTRY_NUMBER.match(p))}


def read_history(vault, *, dossier_id: int | None = None,
                 company_id: int | None = None) -> History:
    """Runs on the worker: the entries of one dossier or company, and the whole chain checked."""
    conn = vault.conn
    entries = log.entries(conn, dossier_id=dossier_id, company_id=company_id)
    with vault.unwrapped_key() as data_key:
        key = env.derive_subkey(data_key, log.LOG_KEY_PURPOSE)
    try:
        problems = log.verify(conn, key)
    finally:
        wipe(key)
    return History(entries, CompanyRepository(conn).names_by_id(), log.head(conn)[0], problems)


# -- describing one entry ---------------------------------------------------------------------


def _fill(template: str, *values: object) -> str:
    """``template`` (already translated) with ``%1``, ``%2``… replaced, house style."""
    for number, value in enumerate(values, 1):
        template = template.replace(f"%{number}", str(value))
    return template


def language_text(code: str | None) -> str:
    if code == "en":
        return QCoreApplication.translate("DisclosureHistory", "English")
    if code == "ja":
        return QCoreApplication.translate("DisclosureHistory", "Japanese")
    return code or "—"


def level_text(level) -> str:
    """"Level 3 of 13: coarse experience bands" (the step that level adds)."""
    if not isinstance(level, int) or not 0 <= level <= TOP_LEVEL:
        return "—"
    template = QCoreApplication.translate("DisclosureHistory", "Level %1 of %2")
    text = _fill(template, level, TOP_LEVEL)
    step = generalize.STEPS[level]
    return f"{text}: {_tr(STEP_LABELS.get(step, step))}"


def level_steps(level) -> str:
    """Every step applied up to ``level``: what was generalized."""
    if not isinstance(level, int) or not 0 < level <= TOP_LEVEL:
        return QCoreApplication.translate(
            "DisclosureHistory", "Quasi-identifiers as recorded (the most specific level).")
    steps = [_tr(STEP_LABELS.get(s, s)) for s in generalize.STEPS[1:level + 1]]
    return _fill(QCoreApplication.translate("DisclosureHistory", "Generalized: %1"), _parts(steps))


def k_text(record: dict) -> str:
    k, threshold = record.get("k"), record.get("threshold")
    if k is None:
        return "—"
    if threshold is None:
        return str(k)
    return _fill(QCoreApplication.translate("DisclosureHistory", "%1 (at least %2)"), k, threshold)


def releases_text(record: dict) -> str:
    """Each hit the caseworker let through, where, and the reason given."""
    releases = record.get("releases") or []
    if not releases:
        return QCoreApplication.translate("DisclosureHistory", "None")
    template = QCoreApplication.translate("DisclosureHistory", "%1 in %2: %3")
    return _parts(_fill(template, f"“{r.get('text', '')}”", _field(str(r.get("field", ""))),
                        r.get("reason", "")) for r in releases)


def overrides_text(record: dict) -> str:
    """The fields this dossier moves to a stricter class."""
    overrides = record.get("overrides") or []
    if not overrides:
        return QCoreApplication.translate("DisclosureHistory", "None")
    template = QCoreApplication.translate("DisclosureHistory", "%1 treated as %2")
    return _parts(_fill(template, _field(str(o.get("field", ""))),
                        _tr(CLASS_LABELS.get(o.get("class"), str(o.get("class")))))
                  for o in overrides)


def fields_text(record: dict) -> str:
    return _items(_field(f) for f in record.get("fields") or []) or "—"


# -- the table ---------------------------------------------------------------------------------


class DisclosureTableModel(QAbstractTableModel):
    """The entries of one view; the second column is the company (per dossier) or the
    candidate's dossier ref (per company)."""

    WHEN, WHO, CODE, LANGUAGE, LEVEL, K, RELEASED, OVERRIDES, BY = range(9)
    COLUMNS = 9

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[log.Entry] = []
        self._names: dict[int, str] = {}
        self._altered: set[int] = set()
        self.per_company = False

    def set_history(self, history: History, *, per_company: bool) -> None:
        self.beginResetModel()
        self.per_company = per_company
        self._entries = list(history.entries)
        self._names = dict(history.company_names)
        self._altered = history.altered()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._entries, self._names, self._altered = [], {}, set()
        self.endResetModel()

    def entry(self, row: int) -> log.Entry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        who = self.tr("Candidate (ref)") if self.per_company else self.tr("Company")
        return (self.tr("Sent"), who, self.tr("Candidate code"), self.tr("Language"),
                self.tr("Generalization"), self.tr("k"), self.tr("Released hits"),
                self.tr("Overrides"), self.tr("By"))[section]

    def company_text(self, entry: log.Entry) -> str:
        """The company's name now; the name it had then if renamed or deleted."""
        then = str(entry.record.get("company") or "")
        now = self._names.get(entry.company_id)
        if now is None:
            return self.tr("%1 (deleted)").replace("%1", then or "?")
        if then and then != now:
            return self.tr("%1 (sent as %2)").replace("%1", now).replace("%2", then)
        return now

    def text(self, row: int, column: int) -> str:
        entry = self._entries[row]
        record = entry.record
        if record.get("unreadable"):
            if column == self.WHEN:
                return local_time(entry.at)
            return self.tr("unreadable") if column == self.WHO else ""
        if column == self.WHEN:
            return local_time(entry.at)
        if column == self.WHO:
            if self.per_company:
                return str(record.get("ref") or "—")
            return self.company_text(entry)
        if column == self.CODE:
            return entry.candidate_code
        if column == self.LANGUAGE:
            return language_text(record.get("lang"))
        if column == self.LEVEL:
            return level_text(record.get("level"))
        if column == self.K:
            return k_text(record)
        if column == self.RELEASED:
            return releases_text(record)
        if column == self.OVERRIDES:
            return overrides_text(record)
        return str((record.get("slot") or {}).get("label") or "—")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.text(index.row(), index.column())
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.LEVEL:
                return level_steps(self._entries[index.row()].record.get("level"))
            return text
        if role == Qt.ItemDataRole.ForegroundRole and self.is_altered(index.row()):
            return QBrush(ALTERED_COLOR)
        return None

    def is_altered(self, row: int) -> bool:
        return self._entries[row].seq in self._altered

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DisclosureHistory(QWidget):
    """The log's entries for one dossier (:meth:`show_dossier`) or one company
    (:meth:`show_company`), with the chain's state; :meth:`clear` forgets them."""

    #: Emitted on the GUI thread when a view has been read and shown (or failed to).
    loaded = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self._history: History | None = None

        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.chain_label.setAccessibleName(self.tr("State of the disclosure log"))

        self.model = DisclosureTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Profiles sent"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # the selected entry in full, for the keyboard and screen readers (no tooltips needed)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("The selected profile in full"))
        lines = self.details.fontMetrics().lineSpacing()
        self.details.setFixedHeight(lines * 5 + 12)

        self.message = paragraph("")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        self.clear()

    # -- what is shown -------------------------------------------------------------------------

    def show_dossier(self, dossier_id: int) -> None:
        """The profiles of this person sent to any company."""
        self._start(dossier_id=dossier_id)

    def show_company(self, company_id: int) -> None:
        """The profiles sent to this company."""
        self._start(company_id=company_id)

    def _start(self, *, dossier_id: int | None = None, company_id: int | None = None) -> None:
        self.clear()
        generation = self._generation
        per_company = company_id is not None
        self._show_message(self.tr("Loading…"))
        self.session.run(
            lambda vault: read_history(vault, dossier_id=dossier_id, company_id=company_id),
            lambda history: self._loaded(generation, history, per_company),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _loaded(self, generation: int, history: History, per_company: bool) -> None:
        if generation != self._generation:
            return  # read before a lock or another selection
        self._history = history
        self.model.set_history(history, per_company=per_company)
        self._show_chain(history)
        if history.entries:
            self.stack.setCurrentWidget(self.table)
        elif per_company:
            self._show_message(self.tr("No profile has been sent to this company yet."))
        else:
            self._show_message(self.tr("No profile of this person has been sent yet."))
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._show_message(user_message(error))
        self.loaded.emit()

    def _show_chain(self, history: History) -> None:
        if history.problems:
            altered = sorted(history.altered())
            where = str(altered[0]) if altered else "?"
            self.chain_label.setText(
                self.tr("The disclosure log has been altered at entry %1. Do not rely on it; "
                        "tell whoever looks after the vault.").replace("%1", where)
            )
            self.chain_label.setStyleSheet(ERROR_STYLE)
        else:
            self.chain_label.setText(
                self.tr("The log's chain is intact: %n record(s) checked.", "", history.total)
            )
            self.chain_label.setStyleSheet("")
        self.chain_label.setAccessibleDescription(self.chain_label.text())
        self.chain_label.show()

    def chain_is_intact(self) -> bool | None:
        """None until read; then whether the whole log verified."""
        return None if self._history is None else not self._history.problems

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if not rows:
            self.details.clear()
            self.details.hide()
            return
        self.details.setPlainText(self.describe(min(rows)))
        self.details.show()

    def describe(self, row: int) -> str:
        """One entry in full, as lines: what the table abbreviates."""
        entry = self.model.entry(row)
        record = entry.record
        lines = [
            self.tr("Profile %1, sent %2 by %3 in %4.")
            .replace("%1", entry.candidate_code)
            .replace("%2", local_time(entry.at))
            .replace("%3", self.model.text(row, DisclosureTableModel.BY))
            .replace("%4", language_text(record.get("lang"))),
            level_text(record.get("level")) + " — " + level_steps(record.get("level")),
            self.tr("Fields on the profile: %1").replace("%1", fields_text(record)),
            self.tr("Hidden by the scanner: %n", "", int(record.get("hits_redacted") or 0)),
            self.tr("Released hits: %1").replace("%1", releases_text(record)),
            self.tr("Overrides: %1").replace("%1", overrides_text(record)),
        ]
        if self.model.is_altered(row):
            lines.insert(0, self.tr("This entry does not match the log's chain."))
        return "\n".join(lines)

    def clear(self) -> None:
        """Forget every entry shown; a read still under way is ignored when it comes back."""
        self._generation += 1
        self._history = None
        self.model.clear()
        self.table.clearSelection()
        self.details.clear()
        self.details.hide()
        self.chain_label.clear()
        self.chain_label.hide()
        self._show_message("")
