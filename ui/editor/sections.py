"""The dossier form: every part of the interchange format, in sections a caseworker can scan.

:class:`DossierForm` lays the sections out (identity, contact, residence, languages, education,
experience, skills and wishes, summary and aspirations, story, family, health, notes; the editor
adds the panels for interviews, documents, consents and disclosures) and knows, for each field,
how to show it from an interchange document and write it back. Each field is a
:class:`FieldAdapter`: one value (its *state*, comparable with ``==``) that the editor's undo
stack records and restores. The form holds no database code and no undo logic of its own.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.disclosure import field_classes as fc
from app.store.dossier_fields import get_path, set_path
from ui.editor.country_box import CountryBox
from ui.editor.field_class import ClassBadge
from ui.editor.marked_text import MarkedTextEdit
from ui.editor.rows_editor import Column, RowsEditor
from ui.editor.values_editor import ValuesEditor
from ui.form_page import ErrorLabel

CONTEXT = "DossierForm"
#: Longest short value the format accepts (``$defs.short``).
SHORT_MAX = 500
#: The label column (label and class badge) is at most this wide; longer labels wrap.
LABEL_MAX_WIDTH = 280


# -- the format's enumerations, as a caseworker reads them --------------------------------------

GENDERS = (
    ("female", QT_TRANSLATE_NOOP("DossierForm", "Female")),
    ("male", QT_TRANSLATE_NOOP("DossierForm", "Male")),
    ("nonbinary", QT_TRANSLATE_NOOP("DossierForm", "Non-binary")),
    ("undisclosed", QT_TRANSLATE_NOOP("DossierForm", "Prefers not to say")),
)
RESIDENCE_STATUSES = (
    ("asylum_applicant", QT_TRANSLATE_NOOP("DossierForm", "Asylum applicant")),
    ("refugee", QT_TRANSLATE_NOOP("DossierForm", "Recognized refugee")),
    ("complementary_protection", QT_TRANSLATE_NOOP("DossierForm", "Complementary protection")),
    ("designated_activities", QT_TRANSLATE_NOOP("DossierForm", "Designated activities")),
    ("humanitarian_stay", QT_TRANSLATE_NOOP("DossierForm", "Humanitarian stay")),
    ("other_visa", QT_TRANSLATE_NOOP("DossierForm", "Other visa")),
    ("no_status", QT_TRANSLATE_NOOP("DossierForm", "No status")),
    ("unknown", QT_TRANSLATE_NOOP("DossierForm", "Unknown")),
)
WORK_PERMISSIONS = (
    ("yes", QT_TRANSLATE_NOOP("DossierForm", "May work")),
    ("restricted", QT_TRANSLATE_NOOP("DossierForm", "May work with restrictions")),
    ("no", QT_TRANSLATE_NOOP("DossierForm", "May not work")),
    ("unknown", QT_TRANSLATE_NOOP("DossierForm", "Unknown")),
)
EDUCATION_LEVELS = (
    ("primary", QT_TRANSLATE_NOOP("DossierForm", "Primary")),
    ("secondary", QT_TRANSLATE_NOOP("DossierForm", "Secondary")),
    ("vocational", QT_TRANSLATE_NOOP("DossierForm", "Vocational")),
    ("associate", QT_TRANSLATE_NOOP("DossierForm", "Associate degree")),
    ("bachelor", QT_TRANSLATE_NOOP("DossierForm", "Bachelor's")),
    ("master", QT_TRANSLATE_NOOP("DossierForm", "Master's")),
    ("doctorate", QT_TRANSLATE_NOOP("DossierForm", "Doctorate")),
    ("other", QT_TRANSLATE_NOOP("DossierForm", "Other")),
)
EMPLOYER_KINDS = (
    ("international_organization", QT_TRANSLATE_NOOP("DossierForm", "International organization")),
    ("government", QT_TRANSLATE_NOOP("DossierForm", "Government")),
    ("ngo", QT_TRANSLATE_NOOP("DossierForm", "NGO")),
    ("private", QT_TRANSLATE_NOOP("DossierForm", "Private company")),
    ("self_employed", QT_TRANSLATE_NOOP("DossierForm", "Self-employed")),
    ("academic", QT_TRANSLATE_NOOP("DossierForm", "Academic")),
    ("other", QT_TRANSLATE_NOOP("DossierForm", "Other")),
)
EMPLOYMENT_TYPES = (
    ("full_time", QT_TRANSLATE_NOOP("DossierForm", "Full time")),
    ("part_time", QT_TRANSLATE_NOOP("DossierForm", "Part time")),
    ("contract", QT_TRANSLATE_NOOP("DossierForm", "Contract")),
    ("internship", QT_TRANSLATE_NOOP("DossierForm", "Internship")),
    ("trial", QT_TRANSLATE_NOOP("DossierForm", "Trial employment")),
    ("freelance", QT_TRANSLATE_NOOP("DossierForm", "Freelance")),
)
LEVEL_WORDS = (
    ("native", QT_TRANSLATE_NOOP("DossierForm", "Native")),
    ("basic", QT_TRANSLATE_NOOP("DossierForm", "Basic")),
    ("conversational", QT_TRANSLATE_NOOP("DossierForm", "Conversational")),
    ("business", QT_TRANSLATE_NOOP("DossierForm", "Business")),
    ("fluent", QT_TRANSLATE_NOOP("DossierForm", "Fluent")),
)
JLPT = QT_TRANSLATE_NOOP("DossierForm", "JLPT %1")


def options(table: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """(value, label) pairs in the desk's language."""
    return [(value, QCoreApplication.translate(CONTEXT, text)) for value, text in table]


def language_level_options() -> list[tuple[str, str]]:
    words = options(LEVEL_WORDS)
    cefr = [(code, code) for code in ("A1", "A2", "B1", "B2", "C1", "C2")]
    jlpt = [(code, QCoreApplication.translate(CONTEXT, JLPT).replace("%1", code))
            for code in ("N1", "N2", "N3", "N4", "N5")]
    return words[:1] + cefr + jlpt + words[1:]


# -- fields -------------------------------------------------------------------------------------


class FieldAdapter(QObject):
    """One field of the form: its widget, its state, and its place in the document.

    ``path`` is the dotted interchange path (``names.full``, ``education``); ``typing`` fields
    coalesce a burst of keystrokes into one undo step.
    """

    #: The caseworker changed the value (never emitted by :meth:`set_state`).
    edited = Signal(object)
    typing = False

    def __init__(self, path: str, label: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.path = path
        self.keys = tuple(path.split("."))
        self.label = label
        self.widget = widget
        self.error = ErrorLabel()
        self.badge: ClassBadge | None = None

    def focus_widget(self) -> QWidget:
        """Where the caret goes (a label's buddy, undo)."""
        return self.widget

    def guard_widget(self) -> QWidget:
        """What the privacy screen blurs: the widget that takes the focus."""
        return self.focus_widget()

    def state(self) -> Any:
        raise NotImplementedError

    def set_state(self, state: Any) -> None:
        raise NotImplementedError

    def empty_state(self) -> Any:
        raise NotImplementedError

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        raise NotImplementedError

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.set_state(self.empty_state())
        self.error.clear_message()

    def _emit(self, *_: object) -> None:
        self.edited.emit(self)


class LineField(FieldAdapter):
    """A short text (a name, an address, a date written as the person gave it)."""

    typing = True

    def __init__(self, path: str, label: str, placeholder: str = "") -> None:
        edit = QLineEdit()
        edit.setMaxLength(SHORT_MAX)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        super().__init__(path, label, edit)
        self.edit = edit
        edit.textEdited.connect(self._emit)

    def state(self) -> str:
        return self.edit.text()

    def empty_state(self) -> str:
        return ""

    def set_state(self, state: str) -> None:
        old = self.edit.text()
        self.edit.setText(state)
        self.edit.setCursorPosition(_changed_at(old, state))

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        value = get_path(doc, self.keys)
        self.set_state("" if value is None else str(value))

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        text = self.edit.text().strip()
        if text:
            set_path(doc, self.keys, text)


class ChoiceField(FieldAdapter):
    """One of the format's enumerated values, or none."""

    def __init__(self, path: str, label: str, options: list[tuple[str, str]]) -> None:
        box = QComboBox()
        box.addItem("—", None)
        for value, text in options:
            box.addItem(text, value)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        super().__init__(path, label, box)
        self.box = box
        box.activated.connect(self._emit)

    def state(self) -> str | None:
        return self.box.currentData()

    def empty_state(self) -> None:
        return None

    def set_state(self, state: str | None) -> None:
        index = self.box.findData(state)
        if index < 0:  # a value this list does not know (an old import) is kept as it is
            self.box.addItem(str(state), state)
            index = self.box.count() - 1
        self.box.setCurrentIndex(index)

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        self.set_state(get_path(doc, self.keys))

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        if self.state() is not None:
            set_path(doc, self.keys, self.state())


class CountryField(FieldAdapter):
    def __init__(self, path: str, label: str) -> None:
        box = CountryBox()
        super().__init__(path, label, box)
        self.box = box
        box.edited.connect(self._emit)

    def state(self) -> str | None:
        return self.box.code()

    def empty_state(self) -> None:
        return None

    def set_state(self, state: str | None) -> None:
        self.box.set_code(state)

    def clear(self) -> None:
        self.box.clear()
        self.error.clear_message()

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        self.set_state(get_path(doc, self.keys))

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        if self.state():
            set_path(doc, self.keys, self.state())


class ValuesField(FieldAdapter):
    """A list of short strings, one per line."""

    typing = True

    def __init__(self, path: str, label: str, placeholder: str = "") -> None:
        editor = ValuesEditor(placeholder)
        super().__init__(path, label, editor)
        self.editor = editor
        editor.edited.connect(self._emit)

    def focus_widget(self) -> QWidget:
        return self.editor.edit

    def guard_widget(self) -> QWidget:
        return self.editor

    def state(self) -> tuple[str, ...]:
        return tuple(self.editor.values())

    def empty_state(self) -> tuple[str, ...]:
        return ()

    def set_state(self, state: tuple[str, ...]) -> None:
        self.editor.set_values(list(state))

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        self.set_state(tuple(get_path(doc, self.keys) or ()))

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        if self.state():
            set_path(doc, self.keys, list(self.state()))


class ChecksField(FieldAdapter):
    """A set of the format's enumerated values (employment types), as check boxes."""

    def __init__(self, path: str, label: str, options: list[tuple[str, str]]) -> None:
        group = QWidget()
        grid = QGridLayout(group)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (value, text) in enumerate(options):
            box = QCheckBox(text)
            grid.addWidget(box, index // 3, index % 3)
            self.boxes[value] = box
        group.setAccessibleName(label)
        super().__init__(path, label, group)
        self.extra: tuple[str, ...] = ()  # values this form does not know, kept as they are
        for box in self.boxes.values():
            box.clicked.connect(self._emit)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def guard_widget(self) -> QWidget:
        return self.widget

    def state(self) -> tuple[str, ...]:
        return tuple(v for v, box in self.boxes.items() if box.isChecked()) + self.extra

    def empty_state(self) -> tuple[str, ...]:
        return ()

    def set_state(self, state: tuple[str, ...]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in state)
        self.extra = tuple(v for v in state if v not in self.boxes)

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        self.set_state(tuple(get_path(doc, self.keys) or ()))

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        if self.state():
            set_path(doc, self.keys, list(self.state()))


class TextField(FieldAdapter):
    """Free text with "never share" marks, stored with the text (annotations)."""

    typing = True

    def __init__(self, path: str, label: str) -> None:
        edit = MarkedTextEdit()
        edit.setUndoRedoEnabled(False)  # the editor's undo stack is the one undo
        edit.setMinimumHeight(96)
        super().__init__(path, label, edit)
        self.edit = edit
        edit.edited.connect(self._emit)

    def state(self) -> tuple[str, tuple[str, ...]]:
        return self.edit.content(), tuple(self.edit.marks())

    def empty_state(self) -> tuple[str, tuple[str, ...]]:
        return "", ()

    def set_state(self, state: tuple[str, tuple[str, ...]]) -> None:
        old = self.edit.content()
        text, marks = state
        self.edit.set_content(text, list(marks))
        self.edit.setUndoRedoEnabled(False)
        cursor = self.edit.textCursor()
        cursor.setPosition(min(_changed_at(old, text), len(self.edit.toPlainText())))
        self.edit.setTextCursor(cursor)

    def clear(self) -> None:
        self.edit.clear()
        self.edit.setUndoRedoEnabled(False)
        self.error.clear_message()

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        self.set_state((get_path(doc, self.keys) or "", tuple(marks.get(self.path, ()))))

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        text, held = self.state()
        if text.strip():
            set_path(doc, self.keys, text)
        if held:
            marks[self.path] = list(held)


class RowsField(FieldAdapter):
    """A list of objects (languages, education...), one row each; long-text columns carry
    never-share marks under ``<path>.<column>``."""

    def __init__(self, path: str, label: str, columns: list[Column]) -> None:
        editor = RowsEditor(columns)
        super().__init__(path, label, editor)
        self.editor = editor
        self.columns = columns
        self.long_columns = [c.key for c in columns if c.kind == "longtext"]
        editor.edited.connect(self._emit)

    def focus_widget(self) -> QWidget:
        return self.editor.focusProxy() or self.editor

    def guard_widget(self) -> QWidget:
        return self.editor

    def column_title(self, key: str) -> str:
        return next((c.title for c in self.columns if c.key == key), key)

    def state(self) -> tuple[list[dict], dict[str, list[str]]]:
        marks = {k: list(v) for k, v in self.editor.marks().items() if v}
        return copy.deepcopy(self.editor.rows()), marks

    def empty_state(self) -> tuple[list[dict], dict[str, list[str]]]:
        return [], {}

    def set_state(self, state: tuple[list[dict], dict[str, list[str]]]) -> None:
        rows, marks = state
        self.editor.set_rows(copy.deepcopy(rows), {k: list(v) for k, v in marks.items()})

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        own = {key: list(marks.get(f"{self.path}.{key}", ())) for key in self.long_columns}
        self.set_state((list(get_path(doc, self.keys) or ()), {k: v for k, v in own.items() if v}))

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        rows, own = self.state()
        rows = [row for row in rows if any(v not in (None, "") for v in row.values())]
        if rows:
            set_path(doc, self.keys, rows)
        for key, texts in own.items():
            if texts:
                marks[f"{self.path}.{key}"] = list(texts)


class CountriesField(RowsField):
    """A list of country codes (nationalities): rows of one country each."""

    def __init__(self, path: str, label: str) -> None:
        super().__init__(path, label, [Column("country", label, "country")])

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        codes = get_path(doc, self.keys) or ()
        self.set_state(([{"country": code} for code in codes], {}))

    def write(self, doc: dict, marks: dict[str, list[str]]) -> None:
        codes = [row.get("country") for row in self.editor.rows() if row.get("country")]
        if codes:
            set_path(doc, self.keys, codes)


def _changed_at(old: str, new: str) -> int:
    """Where ``new`` first differs from ``old``: the caret goes there after an undo."""
    limit = min(len(old), len(new))
    index = 0
    while index < limit and old[index] == new[index]:
        index += 1
    return min(index + max(0, len(new) - len(old)), len(new))


# -- the form -----------------------------------------------------------------------------------


class Section(QFrame):
    """A titled part of the form with a form layout; a panel section holds one widget."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.heading = QLabel(title)
        font = QFont(self.heading.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setAccessibleName(title)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 12)
        layout.addWidget(self.heading)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(self.form)


class DossierForm(QWidget):
    """Every section and field; reads and writes interchange documents."""

    #: A field's badge asked for its override key to be moved to a class (or None: default).
    override_requested = Signal(str, object)

    def __init__(self, privacy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.privacy = privacy
        self.sections: list[Section] = []
        self.fields: list[FieldAdapter] = []
        self.badges: dict[str, list[ClassBadge]] = {}
        self._heads: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 4, 16, 16)
        self._build()
        # one label column for every section (each has a form layout of its own); a long
        # label (Japanese, often) wraps inside it
        width = min(max(head.sizeHint().width() for head in self._heads), LABEL_MAX_WIDTH)
        for head in self._heads:
            head.setFixedWidth(width)

    # -- building --------------------------------------------------------------------------------

    def section(self, key: str, title: str) -> Section:
        section = Section(key, title)
        self.sections.append(section)
        self._layout.addWidget(section)
        return section

    def add(self, section: Section, field: FieldAdapter, *, wide: bool = False,
            required: bool = False, default: str | None = None, note: str = "") -> FieldAdapter:
        """Put ``field`` in ``section`` with its label and class badge (``default`` for a list
        of objects, whose parts have several classes); guard it if it never leaves the vault."""
        cls = default or fc.class_of(field.path)
        key = fc.override_key(field.path) if default is None else (
            field.path if field.path in fc.OVERRIDE_KEYS else None)
        text = field.label + (" *" if required else "")
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(field.focus_widget())
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        badge = ClassBadge(cls, key)
        field.badge = badge
        if key:
            self.badges.setdefault(key, []).append(badge)
            badge.override_requested.connect(
                lambda cls_, k=key: self.override_requested.emit(k, cls_))
        head = QWidget()
        row = QHBoxLayout(head)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label, 0)
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field.widget)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            column.addWidget(hint)
        column.addWidget(field.error)
        name = field.label + (" " + self.tr("(required)") if required else "")
        field.focus_widget().setAccessibleName(name)
        if wide:
            section.form.addRow(head)
            section.form.addRow(cell)
        else:
            self._heads.append(head)
            section.form.addRow(head, cell)
        if isinstance(field, RowsField):
            private = [c.key for c in field.columns
                       if fc.FIELD_CLASSES.get(f"{field.path}.{c.key}", cls)
                       in (fc.IDENTIFYING, fc.RESTRICTED)]
            if private:
                field.editor.set_privacy(self.privacy, private)
        elif cls in (fc.IDENTIFYING, fc.RESTRICTED):
            self.privacy.guard(field.guard_widget())
        self.fields.append(field)
        return field

    def add_panel(self, key: str, title: str, widget: QWidget, note: str = "") -> Section:
        section = self.section(key, title)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            section.form.addRow(hint)
        section.form.addRow(widget)
        return section

    def _build(self) -> None:
        date_hint = self.tr("YYYY-MM-DD, YYYY-MM or YYYY")

        s = self.section("identity", self.tr("Identity"))
        self.full_name = self.add(s, LineField("names.full", self.tr("Full name")), required=True)
        self.add(s, LineField("names.given", self.tr("Given name")))
        self.add(s, LineField("names.family", self.tr("Family name")))
        self.add(s, LineField("names.preferred", self.tr("Preferred name")))
        self.add(s, ValuesField("names.aliases", self.tr("Other names (aliases)")))
        self.add(s, ValuesField("names.other_scripts", self.tr("Name in other scripts")))
        self.add(s, LineField("birth_date", self.tr("Birth date"), date_hint))
        self.add(s, ChoiceField("gender", self.tr("Gender"), options(GENDERS)))
        self.add(s, CountriesField("nationalities", self.tr("Nationalities")))
        self.add(s, CountryField("country_of_origin", self.tr("Country of origin")))
        self.add(s, LineField("hometown", self.tr("Home town")))

        s = self.section("contact", self.tr("Contact"))
        self.add(s, ValuesField("contact.phones", self.tr("Phone numbers")))
        self.add(s, ValuesField("contact.emails", self.tr("Email addresses")))
        self.add(s, LineField("contact.address", self.tr("Address")))
        self.add(s, ValuesField("contact.messaging", self.tr("Messaging"),
                                self.tr("e.g. Signal @name")))

        s = self.section("residence", self.tr("Residence"))
        self.add(s, ChoiceField("residence.status", self.tr("Residence status"),
                                options(RESIDENCE_STATUSES)))
        self.add(s, ChoiceField("residence.work_permission", self.tr("Work permission"),
                                options(WORK_PERMISSIONS)))
        self.add(s, LineField("residence.card_number", self.tr("Residence card number")))
        self.add(s, LineField("residence.expires", self.tr("Residence card expires"), date_hint))
        self.add(s, TextField("residence.notes", self.tr("Residence notes")), wide=True)

        quasi_parts = self.tr("Institutions, employers, countries and dates are quasi-identifying: "
                         "a profile shows them only generalized.")
        s = self.section("languages", self.tr("Languages"))
        self.add(s, RowsField("languages", self.tr("Languages"), [
            Column("language", self.tr("Language (code)"), "text"),
            Column("level", self.tr("Level"), "choice", tuple(language_level_options())),
        ]), wide=True, default=fc.key_class("languages"),
            note=self.tr("Language codes: ja Japanese, en English, fr French, ar Arabic, "
                    "prs Dari, ps Pashto, uk Ukrainian…"))

        s = self.section("education", self.tr("Education"))
        self.add(s, RowsField("education", self.tr("Education"), [
            Column("level", self.tr("Level"), "choice", tuple(options(EDUCATION_LEVELS))),
            Column("field", self.tr("Field of study"), "text"),
            Column("institution", self.tr("Institution"), "text"),
            Column("country", self.tr("Country"), "country"),
            Column("start_year", self.tr("From (year)"), "int"),
            Column("end_year", self.tr("To (year)"), "int"),
            Column("completed", self.tr("Completed"), "bool"),
        ]), wide=True, default=fc.key_class("education"), note=quasi_parts)

        s = self.section("experience", self.tr("Experience"))
        self.add(s, RowsField("experience", self.tr("Experience"), [
            Column("title", self.tr("Job title"), "text"),
            Column("employer", self.tr("Employer"), "text"),
            Column("employer_kind", self.tr("Kind of employer"), "choice",
                   tuple(options(EMPLOYER_KINDS))),
            Column("sector", self.tr("Sector"), "text"),
            Column("country", self.tr("Country"), "country"),
            Column("start", self.tr("From"), "date"),
            Column("end", self.tr("To"), "date"),
            Column("description", self.tr("Description"), "longtext"),
        ]), wide=True, default=fc.key_class("experience"), note=quasi_parts)

        s = self.section("wishes", self.tr("Skills and wishes"))
        self.add(s, ValuesField("skills", self.tr("Skills")))
        self.add(s, RowsField("certifications", self.tr("Certifications"), [
            Column("name", self.tr("Certification"), "text"),
            Column("year", self.tr("Year"), "int"),
        ]), wide=True, default=fc.key_class("certifications"))
        self.add(s, ValuesField("desired_roles", self.tr("Desired roles")))
        self.add(s, ValuesField("preferred_locations", self.tr("Preferred locations (prefecture)")))
        self.add(s, ChecksField("employment_types", self.tr("Employment types"),
                                options(EMPLOYMENT_TYPES)))
        self.add(s, LineField("available_from", self.tr("Available from"), date_hint))

        s = self.section("summary", self.tr("Summary and aspirations"))
        self.add(s, TextField("summary", self.tr("Summary")), wide=True)
        self.add(s, TextField("aspirations", self.tr("Aspirations")), wide=True)

        s = self.section("story", self.tr("Story"))
        self.add(s, TextField("story", self.tr("Story")), wide=True)

        s = self.section("family", self.tr("Family"))
        self.add(s, RowsField("family", self.tr("Family members"), [
            Column("name", self.tr("Name"), "text"),
            Column("relation", self.tr("Relation"), "text"),
            Column("location", self.tr("Where they are"), "text"),
            Column("notes", self.tr("Notes"), "longtext"),
        ]), wide=True, default=fc.IDENTIFYING)

        s = self.section("health", self.tr("Health"))
        self.add(s, TextField("health", self.tr("Health")), wide=True)

        s = self.section("notes", self.tr("Notes"))
        self.add(s, TextField("notes", self.tr("Internal notes")), wide=True)

    # -- values ----------------------------------------------------------------------------------

    def field(self, path: str) -> FieldAdapter:
        return next(f for f in self.fields if f.path == path)

    def read(self, doc: dict, marks: dict[str, list[str]]) -> None:
        for field in self.fields:
            field.read(doc, marks)

    def write(self, ref: str) -> tuple[dict, dict[str, list[str]]]:
        """The dossier's own fields as an interchange document, and its never-share marks."""
        doc: dict = {"ref": ref}
        marks: dict[str, list[str]] = {}
        for field in self.fields:
            field.write(doc, marks)
        doc.setdefault("names", {}).setdefault("full", "")
        return _ordered(doc), marks

    def set_overrides(self, overrides: dict[str, str]) -> None:
        for key, badges in self.badges.items():
            for badge in badges:
                badge.set_override(overrides.get(key))
        # a field made identifying or restricted for this person is masked from now on (a
        # guard is never lifted: loosening again only takes effect when the form is rebuilt)
        for field in self.fields:
            key = field.path.split(".", 1)[0]  # overrides are kept per top-level part
            if overrides.get(key) in (fc.IDENTIFYING, fc.RESTRICTED):
                self.privacy.guard(field.guard_widget())

    def clear(self) -> None:
        for field in self.fields:
            field.clear()
        self.set_overrides({})

    def clear_problems(self) -> None:
        for field in self.fields:
            field.error.clear_message()

    def text_widgets(self) -> Iterable[QWidget]:
        return self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit)


def _ordered(doc: dict) -> dict:
    """The document in the format's order (the order of ``FIELD_CLASSES``), for a stable file."""
    order: list[str] = []
    for path in fc.FIELD_CLASSES:
        top = path.split(".", 1)[0]
        if top not in order:
            order.append(top)
    return {key: doc[key] for key in order if key in doc}


__all__ = [
    "ChoiceField", "ChecksField", "CountriesField", "CountryField", "DossierForm",
    "FieldAdapter", "LineField", "RowsField", "Section", "TextField", "ValuesField",
]
