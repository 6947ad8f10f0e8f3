"""A list of records (education, experience, family members…): a compact table and a form.

The table shows the short fields of every row so the caseworker sees the whole list at once;
the form under it edits the current row, long texts included (with their "never share" marks).
Rows are added, removed and moved with buttons or, from anywhere inside the editor, with
shortcuts; in the table, Insert and Delete work too. Nothing of a row is lost to the editor: keys
the columns do not name are kept as they came.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QRegularExpressionValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.disclosure import countries
from ui.editor.country_box import CountryBox, ui_language
from ui.editor.marked_text import MarkedTextEdit, find_spans
from ui.privacy import MASK, PrivacyScreen

KINDS = ("text", "int", "bool", "date", "choice", "country", "longtext")
#: Shortcuts active anywhere inside one rows editor (in its table, Insert and Delete too).
ADD_SHORTCUT = "Alt+Insert"
REMOVE_SHORTCUT = "Alt+Delete"
UP_SHORTCUT = "Ctrl+Shift+Up"
DOWN_SHORTCUT = "Ctrl+Shift+Down"
#: The table shows at least / at most this many rows before it scrolls.
MIN_VISIBLE_ROWS = 2
MAX_VISIBLE_ROWS = 6
#: Dates people give are often partial: 2019, 2019-04, 2019-04-15.
DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Column:
    """One field of the rows: ``kind`` is one of :data:`KINDS`; ``choices`` are (value, label)
    pairs for a "choice". Titles and labels come translated from the caller."""

    key: str
    title: str
    kind: str = "text"
    choices: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r} (expected one of {KINDS})")


def valid_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day."""
    found = DATE_PATTERN.match(text)
    if not found:
        return False
    year, month, day = found.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().casefold()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    return None


class _ChoiceBox(QComboBox):
    """A combo box that a wheel turned while scrolling past the form does not change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class RowsEditor(QWidget):
    """Edits ``list[dict]`` described by :class:`Column`; long texts carry "never share" marks."""

    #: A row was added, removed, moved or changed by the caseworker (never by set_rows).
    edited = Signal()

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not columns:
            raise ValueError("a rows editor needs at least one column")
        self.columns = list(columns)
        self._by_key = {column.key: column for column in self.columns}
        short = [column for column in self.columns if column.kind != "longtext"]
        self.table_columns = short or self.columns[:1]
        self._rows: list[dict] = []
        self._marks: dict[str, list[str]] = {}
        self._form_row = -1  # the row the form shows
        self._loading = False
        self._privacy: PrivacyScreen | None = None
        self._private_keys: set[str] = set()
        self._warnings: dict[str, QAction] = {}  # date column key → its "not a date" sign

        self.table = QTableWidget(0, len(self.table_columns), self)
        self.table.setHorizontalHeaderLabels([column.title for column in self.table_columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # the table is a summary: columns share its width, long values are elided
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setHighlightSections(False)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.installEventFilter(self)
        self.table.currentCellChanged.connect(self._on_current_changed)

        self.add_button = self._button()
        self.remove_button = self._button()
        self.up_button = self._button(QStyle.StandardPixmap.SP_ArrowUp)
        self.down_button = self._button(QStyle.StandardPixmap.SP_ArrowDown)
        self.add_action = self._action(ADD_SHORTCUT, self.add_row)
        self.remove_action = self._action(REMOVE_SHORTCUT, self.remove_row)
        self.up_action = self._action(UP_SHORTCUT, self.move_up)
        self.down_action = self._action(DOWN_SHORTCUT, self.move_down)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.table, 1, Qt.AlignmentFlag.AlignTop)
        top.addLayout(buttons)
        self._buttons = buttons

        # the form for the current row, or what to do while there is no row
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for column in self.columns:
            field = self._make_field(column)
            self.fields[column.key] = field
            label = QLabel(column.title, self.form)
            label.setBuddy(field)
            field.setAccessibleName(column.title)
            self.labels[column.key] = label
            form.addRow(label, field)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)  # room to spare goes to the form's long texts

        chain = [self.table, self.add_button, self.remove_button, self.up_button,
                 self.down_button, *self._focus_chain()]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self.table)
        self._retranslate()
        self._rebuild_table()

    # -- public API ------------------------------------------------------------------------

    def set_rows(
        self, rows: list[dict], marks: dict[str, list[str]] = {}  # noqa: B006 - never mutated
    ) -> None:
        """Show ``rows`` and, per long-text column key, the marks of its texts; does not emit
        :attr:`edited`. The current row stays where it was if there still is one (an undo sets
        the rows again while the caseworker is in the form), else the first row is current."""
        previous = self._form_row
        self._rows = [dict(row) for row in rows or ()]
        self._marks = {
            column.key: [m for m in (marks or {}).get(column.key, []) if m and m.strip()]
            for column in self.columns
            if column.kind == "longtext"
        }
        self._form_row = -1
        self._rebuild_table()
        self._select(min(max(previous, 0), len(self._rows) - 1))

    def rows(self) -> list[dict]:
        """The rows, keys in column order then any others; empty values omitted, ints as int,
        bools as bool, texts trimmed; a row with nothing left in it is dropped."""
        self._commit_form()
        out = []
        for row in self._rows:
            clean = {}
            for key in [c.key for c in self.columns] + [k for k in row if k not in self._by_key]:
                if key not in row:
                    continue
                value = self._output_value(self._by_key.get(key), row[key])
                if value is not None:
                    clean[key] = value
            if clean:
                out.append(clean)
        return out

    def marks(self) -> dict[str, list[str]]:
        """Per long-text column key, the marks whose text occurs in at least one row (any
        case); keys with none are left out."""
        self._commit_form()
        out: dict[str, list[str]] = {}
        for key, held in self._marks.items():
            texts = [str(row.get(key) or "") for row in self._rows]
            present = {mark.casefold() for text in texts for _, _, mark in find_spans(text, held)}
            kept = [mark for mark in held if mark.casefold() in present]
            if kept:
                out[key] = kept
        return out

    def problems(self) -> list[str]:
        """What is wrong with the rows, one line each (dates that are no dates)."""
        self._commit_form()
        found = []
        for index, row in enumerate(self._rows):
            for column in self.columns:
                value = row.get(column.key)
                if column.kind != "date" or _empty(value):
                    continue
                if not valid_date(str(value).strip()):
                    found.append(
                        self.tr("Row %1, %2: not a date (write 2019, 2019-04 or 2019-04-15)")
                        .replace("%1", str(index + 1))
                        .replace("%2", column.title)
                    )
        return found

    def current_row(self) -> int:
        """The row the form shows, or -1."""
        return self._form_row

    def clear(self) -> None:
        """On lock: every row, mark and field goes (and the long texts' undo history)."""
        self._form_row = -1
        self.set_rows([])
        for column in self.columns:
            self._load_field(column, None)

    def set_privacy(self, privacy: PrivacyScreen, keys: Iterable[str] | None = None) -> None:
        """Mask the columns ``keys`` (all if None) while the privacy screen is on: masked in
        the table, and their fields guarded."""
        self._privacy = privacy
        self._private_keys = set(self._by_key if keys is None else keys)
        for key in self._private_keys:
            if key in self.fields:
                privacy.guard(self.fields[key])
        privacy.changed.connect(self._on_privacy_changed)
        self._rebuild_table()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """The name belongs to the table screen readers land in, too."""
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    # -- row operations --------------------------------------------------------------------

    def add_row(self) -> None:
        """Add an empty row after the last one and start typing in it."""
        self._commit_form()
        self._rows.append({})
        self._rebuild_table()
        self._select(len(self._rows) - 1)
        self._focus_first_field()
        self.edited.emit()

    def remove_row(self) -> None:
        """Remove the current row; the next one (or the one before) becomes current."""
        index = self._form_row
        if not 0 <= index < len(self._rows):
            return
        had_focus = self.table.hasFocus()
        self._form_row = -1  # nothing to commit: the row goes
        del self._rows[index]
        self._rebuild_table()
        self._select(min(index, len(self._rows) - 1))
        if had_focus or not self._rows:
            self.table.setFocus()
        self.edited.emit()

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        index = self._form_row
        target = index + step
        if not (0 <= index < len(self._rows) and 0 <= target < len(self._rows)):
            return
        self._commit_form()
        self._rows[index], self._rows[target] = self._rows[target], self._rows[index]
        self._form_row = -1
        self._rebuild_table()
        self._select(target)
        self.edited.emit()

    # -- the table -------------------------------------------------------------------------

    def _rebuild_table(self) -> None:
        current = self._form_row
        self._loading = True
        try:
            self.table.setRowCount(len(self._rows))
            for index in range(len(self._rows)):
                self._fill_table_row(index)
            if 0 <= current < len(self._rows):
                self.table.setCurrentCell(current, max(0, self.table.currentColumn()))
        finally:
            self._loading = False
        self._fit_table()
        self._update_buttons()

    def _fill_table_row(self, index: int) -> None:
        row = self._rows[index]
        for position, column in enumerate(self.table_columns):
            text = self._display(column, row.get(column.key))
            item = self.table.item(index, position)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(index, position, item)
            item.setText(text)
            if column.kind == "date" and text and text != MASK and not valid_date(text):
                item.setToolTip(self.tr("Not a date: write 2019, 2019-04 or 2019-04-15"))
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            else:
                item.setToolTip("")
                item.setIcon(QIcon())

    def _display(self, column: Column, value: Any) -> str:
        if _empty(value):
            return ""
        if (
            self._privacy is not None
            and self._privacy.is_on()
            and column.key in self._private_keys
        ):
            return MASK
        if column.kind == "bool":
            flag = _as_bool(value)
            return "" if flag is None else (self.tr("Yes") if flag else self.tr("No"))
        if column.kind == "choice":
            return dict(column.choices).get(str(value), str(value))
        if column.kind == "country":
            found = countries.country(str(value))
            return found.name(ui_language()) if found is not None else str(value)
        if column.kind == "longtext":
            lines = str(value).strip().splitlines()
            return (lines[0] + (" …" if len(lines) > 1 else "")) if lines else ""
        return str(value).strip()

    def _fit_table(self) -> None:
        """As tall as its rows, between MIN_VISIBLE_ROWS and MAX_VISIBLE_ROWS."""
        shown = max(MIN_VISIBLE_ROWS, min(MAX_VISIBLE_ROWS, len(self._rows)))
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        rows_height = header + shown * row_height + 2 * self.table.frameWidth()
        # never shorter than the buttons beside it
        self.table.setFixedHeight(max(rows_height, self._buttons.sizeHint().height()))

    def _select(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            self.table.setCurrentCell(index, max(0, self.table.currentColumn()))
            if self._form_row != index:  # setCurrentCell on the current cell says nothing
                self._show_row(index)
        else:
            self.table.setCurrentCell(-1, -1)
            self._show_row(-1)

    def _on_current_changed(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        if self._loading or row == self._form_row:
            return
        self._commit_form()
        self._show_row(row)

    def _update_buttons(self) -> None:
        index = self._form_row
        has = 0 <= index < len(self._rows)
        for widget, action, enabled in (
            (self.remove_button, self.remove_action, has),
            (self.up_button, self.up_action, has and index > 0),
            (self.down_button, self.down_action, has and index < len(self._rows) - 1),
        ):
            widget.setEnabled(enabled)
            action.setEnabled(enabled)

    # -- the form --------------------------------------------------------------------------

    def _make_field(self, column: Column) -> QWidget:
        key = column.key
        if column.kind in ("text", "int", "date"):
            field = QLineEdit(self.form)
            field.setClearButtonEnabled(False)
            if column.kind == "int":
                field.setValidator(
                    QRegularExpressionValidator(QRegularExpression(r"-?\d{0,9}"), field)
                )
                field.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
                field.setMaximumWidth(field.fontMetrics().horizontalAdvance("0") * 12 + 16)
            elif column.kind == "date":
                field.setValidator(
                    QRegularExpressionValidator(
                        QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"), field
                    )
                )
                field.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
                # shown only while the date is wrong (an invisible action still leaves a ghost)
                self._warnings[key] = QAction(
                    self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), "", field
                )
            field.textChanged.connect(lambda _text, k=key: self._field_edited(k))
        elif column.kind in ("bool", "choice"):
            field = _ChoiceBox(self.form)
            field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            field.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            field.addItem("—", None)
            if column.kind == "bool":
                field.addItem("", True)
                field.addItem("", False)
            else:
                for value, label in column.choices:
                    field.addItem(label, value)
            field.currentIndexChanged.connect(lambda _index, k=key: self._field_edited(k))
        elif column.kind == "country":
            field = CountryBox(self.form)
            field.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            field.edited.connect(lambda k=key: self._field_edited(k))
        else:  # longtext
            field = MarkedTextEdit(self.form)
            lines = 4
            field.setMinimumHeight(field.fontMetrics().lineSpacing() * lines + 40)
            field.edited.connect(lambda k=key: self._field_edited(k))
        return field

    def _focus_chain(self) -> list[QWidget]:
        return [self.fields[column.key] for column in self.columns]

    def _focus_first_field(self) -> None:
        if self.columns:
            self.fields[self.columns[0].key].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_row(self, index: int) -> None:
        """Load row ``index`` into the form (-1: the empty state)."""
        self._form_row = index if 0 <= index < len(self._rows) else -1
        row = self._rows[self._form_row] if self._form_row >= 0 else {}
        for column in self.columns:
            self._load_field(column, row.get(column.key))
        self.stack.setCurrentWidget(self.form if self._form_row >= 0 else self.empty_label)
        self._update_buttons()

    def _load_field(self, column: Column, value: Any) -> None:
        field = self.fields[column.key]
        self._loading = True
        try:
            if column.kind in ("text", "int", "date"):
                field.setText("" if value is None else str(value))  # also forgets undo
                self._check_date(column, field)
            elif column.kind == "bool":
                flag = _as_bool(value)
                field.setCurrentIndex(0 if flag is None else (1 if flag else 2))
            elif column.kind == "choice":
                self._set_choice(field, value)
            elif column.kind == "country":
                field.set_code(None if value is None else str(value))
            else:
                text = "" if value is None else str(value)
                field.set_content(text, self._marks.get(column.key, []))
        finally:
            self._loading = False

    @staticmethod
    def _set_choice(field: QComboBox, value: Any) -> None:
        # a value the choices do not list (an older import) is kept and shown as it is
        for index in range(field.count() - 1, 0, -1):
            if field.itemData(index, Qt.ItemDataRole.UserRole + 1):
                field.removeItem(index)
        if _empty(value):
            field.setCurrentIndex(0)
            return
        index = field.findData(str(value))
        if index < 0:
            field.addItem(str(value), str(value))
            index = field.count() - 1
            field.setItemData(index, True, Qt.ItemDataRole.UserRole + 1)
        field.setCurrentIndex(index)

    def _read_field(self, column: Column) -> Any:
        field = self.fields[column.key]
        if column.kind in ("text", "int", "date"):
            text = field.text()
            if column.kind == "int":
                return _as_int(text) if text.strip() else None
            return text
        if column.kind in ("bool", "choice"):
            return field.currentData()
        if column.kind == "country":
            return field.code()
        return field.content()

    def _field_edited(self, key: str) -> None:
        if self._loading or self._form_row < 0:
            return
        column = self._by_key[key]
        if column.kind == "date":
            self._check_date(column, self.fields[key])
        if self._store(column):
            self._fill_table_row(self._form_row)
            self.edited.emit()

    def _store(self, column: Column) -> bool:
        """Copy the field into the current row; True if the row (or its marks) changed."""
        row = self._rows[self._form_row]
        value = self._read_field(column)
        changed = False
        if _empty(value):
            changed = not _empty(row.get(column.key))
            row.pop(column.key, None)
        elif row.get(column.key) != value:
            row[column.key] = value
            changed = True
        if column.kind == "longtext":
            held = self.fields[column.key].held_marks()
            if held != self._marks.get(column.key, []):
                self._marks[column.key] = held
                changed = True
        return changed

    def _commit_form(self) -> None:
        """Copy every field into the current row (a country typed but not yet confirmed)."""
        if 0 <= self._form_row < len(self._rows):
            for column in self.columns:
                if self._store(column):
                    self._fill_table_row(self._form_row)

    def _check_date(self, column: Column, field: QWidget) -> None:
        if column.kind != "date":
            return
        text = field.text().strip()
        bad = bool(text) and not valid_date(text)
        warning = self._warnings[column.key]
        message = self.tr("Not a date: write 2019, 2019-04 or 2019-04-15")
        if bad and warning not in field.actions():
            field.addAction(warning, QLineEdit.ActionPosition.TrailingPosition)
        elif not bad and warning in field.actions():
            field.removeAction(warning)
        warning.setToolTip(message if bad else "")
        field.setToolTip(message if bad else "")
        field.setAccessibleDescription(message if bad else self.tr("Year, year-month or full date"))

    # -- output ----------------------------------------------------------------------------

    @staticmethod
    def _output_value(column: Column | None, value: Any) -> Any:
        if column is None:  # a key the columns do not name: kept as it came
            return None if _empty(value) else value
        if column.kind == "int":
            return _as_int(value)
        if column.kind == "bool":
            return _as_bool(value)
        if column.kind == "country":
            return None if _empty(value) else str(value).strip().upper()
        if column.kind == "choice":
            return None if _empty(value) else str(value)
        return None if _empty(value) else str(value).strip()

    # -- plumbing --------------------------------------------------------------------------

    def _button(self, icon: QStyle.StandardPixmap | None = None) -> QPushButton:
        widget = QPushButton(self)
        if icon is not None:
            widget.setIcon(self.style().standardIcon(icon))
        widget.setAutoDefault(False)
        return widget

    def _action(self, shortcut: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _on_privacy_changed(self, _on: bool) -> None:
        for index in range(len(self._rows)):
            self._fill_table_row(index)

    def _retranslate(self) -> None:
        def native(shortcut: str) -> str:
            return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)

        for widget, action, text, name, shortcut in (
            (self.add_button, self.add_action, self.tr("Add"), self.tr("Add a row"), ADD_SHORTCUT),
            (self.remove_button, self.remove_action, self.tr("Remove"),
             self.tr("Remove the selected row"), REMOVE_SHORTCUT),
            (self.up_button, self.up_action, self.tr("Move up"),
             self.tr("Move the selected row up"), UP_SHORTCUT),
            (self.down_button, self.down_action, self.tr("Move down"),
             self.tr("Move the selected row down"), DOWN_SHORTCUT),
        ):
            widget.setText(text)
            widget.setAccessibleName(name)
            widget.setToolTip(f"{name} ({native(shortcut)})")
            action.setText(name)
        self.empty_label.setText(
            self.tr("Nothing here yet. Add a row with “Add” (%1).")
            .replace("%1", native(ADD_SHORTCUT))
        )
        for column in self.columns:
            if column.kind == "bool":
                field = self.fields[column.key]
                field.setItemText(1, self.tr("Yes"))
                field.setItemText(2, self.tr("No"))
            elif column.kind == "date":
                field = self.fields[column.key]
                field.setPlaceholderText(self.tr("YYYY-MM-DD"))
                # room for the placeholder, a full date and the warning sign
                metrics = field.fontMetrics()
                text = max(
                    metrics.horizontalAdvance(field.placeholderText()),
                    metrics.horizontalAdvance("0000-00-00"),
                )
                field.setFixedWidth(text + metrics.height() + 28)
                self._check_date(column, field)
        for index in range(len(self._rows)):
            self._fill_table_row(index)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event
            if key_event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if key_event.key() == Qt.Key.Key_Insert:
                    self.add_row()
                    return True
                if key_event.key() == Qt.Key.Key_Delete and self._rows:
                    self.remove_row()
                    return True
                if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._rows:
                    self._focus_first_field()  # Enter: edit the current row
                    return True
        return super().eventFilter(watched, event)
