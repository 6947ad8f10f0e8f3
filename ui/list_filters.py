"""The dossier list's filter bar: language and level, skill, work permission, consent to share,
interviewed since. Each filter is labelled; the bar hands a :class:`ListQuery` to the list.

The languages and skills offered are the vault's own (read on the worker by the list view and
handed in with :meth:`ListFilters.set_choices`); nothing here touches the database.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.store.dossier_list import ConsentFilter, FilterChoices, ListQuery
from ui.dossier_list_model import language_name, ui_language

#: Level codes offered, for ``ListQuery.min_level`` (None: any level).
_LEVEL_CODES = (None, "A1", "A2", "B1", "B2", "C1", "C2", "native")


class ListFilters(QWidget):
    #: Emitted whenever a filter changes (not while choices are being filled in).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._skills: tuple[str, ...] = ()
        self._skill_by_fold: dict[str, str] = {}

        self.language = QComboBox()
        self.language.setMinimumContentsLength(12)
        self.level = QComboBox()
        self.skill = QComboBox()
        self.skill.setEditable(True)
        self.skill.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.skill.setMinimumContentsLength(16)
        self.skill.lineEdit().setPlaceholderText(self.tr("Any skill"))
        self.skill.lineEdit().setClearButtonEnabled(True)
        self.work = QComboBox()
        self.consent = QComboBox()
        self.since = QComboBox()
        self.since_date = QDateEdit()
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        self.since_date.setAccessibleName(self.tr("Interviewed on or after this date"))
        self.since_date.hide()
        self.reset_button = QPushButton(self.tr("C&lear filters"))

        for combo, items in (
            (self.work, (
                (self.tr("Any"), ()),
                (self.tr("Yes"), ("yes",)),
                (self.tr("Yes or restricted"), ("yes", "restricted")),
                (self.tr("Restricted"), ("restricted",)),
                (self.tr("No"), ("no",)),
                (self.tr("Unknown or not recorded"), ("unknown",)),
            )),
            (self.consent, (
                (self.tr("Any"), ConsentFilter.ANY),
                (self.tr("Active"), ConsentFilter.ACTIVE),
                (self.tr("None active (none, withdrawn, expired)"), ConsentFilter.INACTIVE),
            )),
            (self.since, (
                (self.tr("Any time"), 0),
                (self.tr("In the last 30 days"), 30),
                (self.tr("In the last 3 months"), 91),
                (self.tr("In the last 6 months"), 182),
                (self.tr("In the last 12 months"), 365),
                (self.tr("Since a date…"), -1),
            )),
        ):
            for text, value in items:
                combo.addItem(text, value)
        self._fill_levels()
        self._fill_languages(())

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)

        def labelled(text: str, widget: QWidget, row: int, column: int) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)

        labelled(self.tr("L&anguage:"), self.language, 0, 0)
        labelled(self.tr("Le&vel:"), self.level, 0, 2)
        labelled(self.tr("S&kill:"), self.skill, 0, 4)
        labelled(self.tr("&Work permission:"), self.work, 1, 0)
        labelled(self.tr("Co&nsent to share:"), self.consent, 1, 2)
        since_row = QHBoxLayout()
        since_row.setContentsMargins(0, 0, 0, 0)
        since_row.addWidget(self.since, 1)
        since_row.addWidget(self.since_date)
        since_box = QWidget()
        since_box.setLayout(since_row)
        label = QLabel(self.tr("&Interviewed:"))
        label.setBuddy(self.since)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(label, 1, 4)
        grid.addWidget(since_box, 1, 5)
        grid.addWidget(self.reset_button, 0, 6, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(5, 1)

        self.language.currentIndexChanged.connect(self._language_changed)
        for combo in (self.level, self.work, self.consent):
            combo.currentIndexChanged.connect(self._emit)
        self.since.currentIndexChanged.connect(self._since_changed)
        self.since_date.dateChanged.connect(self._emit)
        self.skill.activated.connect(self._emit)
        self.skill.lineEdit().editingFinished.connect(self._skill_edited)
        self.skill.lineEdit().textChanged.connect(
            lambda text: not text and self._emit()  # the clear button, or everything deleted
        )
        self.reset_button.clicked.connect(self.reset)
        self._last_skill: str | None = None
        self._update_enabled()

    # -- choices ------------------------------------------------------------------------------

    def _fill_levels(self) -> None:
        labels = {
            None: self.tr("Any level"),
            "A1": self.tr("A1 / N5 or above"),
            "A2": self.tr("A2 / N4 or above"),
            "B1": self.tr("B1 / N3 or above"),
            "B2": self.tr("B2 / N2 or above"),
            "C1": self.tr("C1 / N1 or above"),
            "C2": self.tr("C2 or above"),
            "native": self.tr("Native"),
        }
        with QSignalBlocker(self.level):
            self.level.clear()
            for code in _LEVEL_CODES:
                self.level.addItem(labels[code], code)

    def _fill_languages(self, tags: tuple[str, ...]) -> None:
        current = self.language.currentData()
        lang = ui_language()
        with QSignalBlocker(self.language):
            self.language.clear()
            self.language.addItem(self.tr("Any language"), None)
            for tag in tags:
                self.language.addItem(language_name(tag, lang), tag)
            found = self.language.findData(current)
            self.language.setCurrentIndex(max(found, 0))

    def set_choices(self, choices: FilterChoices) -> None:
        """The vault's languages and skills, most frequent first."""
        self._fill_languages(choices.languages)
        self._skills = choices.skills
        self._skill_by_fold = {s.casefold(): s for s in reversed(choices.skills)}
        text = self.skill.currentText()
        with QSignalBlocker(self.skill), QSignalBlocker(self.skill.lineEdit()):
            self.skill.clear()
            self.skill.addItems(list(choices.skills))
            self.skill.setCurrentIndex(-1)
            self.skill.setEditText(text)
        completer = QCompleter(list(choices.skills), self.skill)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.skill.setCompleter(completer)
        self._update_enabled()

    # -- state --------------------------------------------------------------------------------

    def skill_value(self) -> str | None:
        """The skill typed or chosen, spelt as the vault has it when it is one of its skills."""
        text = self.skill.currentText().strip()
        if not text:
            return None
        return self._skill_by_fold.get(text.casefold(), text)

    def apply_to(self, query: ListQuery) -> ListQuery:
        """``query`` with this bar's filters."""
        since_days = self.since.currentData()
        since: date | None = None
        if since_days == -1:
            since = self.since_date.date().toPython()
        elif since_days:
            since = date.today() - timedelta(days=since_days)
        language = self.language.currentData()
        return dataclasses.replace(
            query,
            language=language,
            min_level=self.level.currentData() if language else None,
            skill=self.skill_value(),
            work_permission=tuple(self.work.currentData() or ()),
            consent=ConsentFilter(self.consent.currentData() or ConsentFilter.ANY),
            interviewed_since=since,
        )

    def active_count(self) -> int:
        query = self.apply_to(ListQuery())
        return sum(
            bool(x) for x in (
                query.language, query.skill, query.work_permission,
                query.consent is not ConsentFilter.ANY, query.interviewed_since,
            )
        )

    def reset(self) -> None:
        """Every filter back to "any" (one ``changed``)."""
        blockers = [QSignalBlocker(w) for w in (
            self.language, self.level, self.work, self.consent, self.since, self.since_date,
            self.skill, self.skill.lineEdit())]
        self.language.setCurrentIndex(0)
        self.level.setCurrentIndex(0)
        self.work.setCurrentIndex(0)
        self.consent.setCurrentIndex(0)
        self.since.setCurrentIndex(0)
        self.since_date.hide()
        self.skill.setCurrentIndex(-1)
        self.skill.setEditText("")
        del blockers
        self._last_skill = None
        self._update_enabled()
        self.changed.emit()

    def clear(self) -> None:
        """On lock: filters back to "any" and the vault's languages and skills forgotten."""
        with QSignalBlocker(self):
            self.reset()
            self.set_choices(FilterChoices())

    # -- reacting -----------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        self.level.setEnabled(self.language.currentData() is not None)
        self.reset_button.setEnabled(self.active_count() > 0)

    def _emit(self, *_) -> None:
        self._last_skill = self.skill_value()
        self._update_enabled()
        self.changed.emit()

    def _language_changed(self, _: int) -> None:
        if self.language.currentData() is None:
            with QSignalBlocker(self.level):
                self.level.setCurrentIndex(0)
        self._emit()

    def _since_changed(self, _: int) -> None:
        custom = self.since.currentData() == -1
        if custom and not self.since_date.isVisible():
            with QSignalBlocker(self.since_date):
                self.since_date.setDate(QDate.currentDate().addMonths(-1))
        self.since_date.setVisible(custom)
        self._emit()

    def _skill_edited(self) -> None:
        if self.skill_value() != self._last_skill:
            self._emit()
