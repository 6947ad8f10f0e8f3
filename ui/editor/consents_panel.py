"""A dossier's consents: which are in force, recording a new one, withdrawing one.

Consents are never edited or deleted from the desk: the history is what shows, later, that a
profile left under a consent in force. "Withdraw…" stamps today's date on one. The state column
("Active", "Withdrawn on …", "Expired on …") comes from the consent gate's own reading
(:func:`app.store.consents.consent_state`), in words and in colour.
"""

from __future__ import annotations

from datetime import date as Date

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store.companies import CompanyRepository
from app.store.consents import ANY, METHODS, PURPOSES, Consent, ConsentRepository, ConsentState
from app.store.consents import consent_state
from app.store.db import transaction
from ui.form_page import ErrorLabel, button, button_row, heading
from ui.messages import user_message
from ui.privacy import PrivacyScreen
from ui.session import VaultSession

#: Text colours of the states, dark enough on a light background (WCAG AA).
STATE_COLOURS = {
    ConsentState.ACTIVE: "#1b6e2a",
    ConsentState.WITHDRAWN: "#b3261e",
    ConsentState.EXPIRED: "#8a5300",
    ConsentState.PENDING: "#3f51a3",
}


def purpose_label(purpose: str) -> str:
    return {
        "store": QCoreApplication.translate("ConsentsPanel", "Keep this dossier"),
        "share_anonymized_profile": QCoreApplication.translate(
            "ConsentsPanel", "Share an anonymized profile"
        ),
        "share_identity": QCoreApplication.translate("ConsentsPanel", "Share identity"),
        "photo": QCoreApplication.translate("ConsentsPanel", "Use the photo"),
    }.get(purpose, purpose)


def method_label(method: str | None) -> str:
    return {
        "written": QCoreApplication.translate("ConsentsPanel", "Written (signed form)"),
        "verbal": QCoreApplication.translate("ConsentsPanel", "Verbal"),
        "digital": QCoreApplication.translate("ConsentsPanel", "Digital"),
    }.get(method or "", "")


def scope_label(scope: str | None) -> str:
    if (scope or ANY).strip().casefold() == ANY:
        return QCoreApplication.translate("ConsentsPanel", "Any company")
    return scope or ""


def state_label(state: ConsentState, when: str | None) -> str:
    """A consent's state in words (the colour only repeats it)."""
    if state is ConsentState.ACTIVE:
        return QCoreApplication.translate("ConsentsPanel", "Active")
    text = {
        ConsentState.WITHDRAWN: QCoreApplication.translate("ConsentsPanel", "Withdrawn on %1"),
        ConsentState.EXPIRED: QCoreApplication.translate("ConsentsPanel", "Expired on %1"),
        ConsentState.PENDING: QCoreApplication.translate("ConsentsPanel", "Applies from %1"),
    }[state]
    return text.replace("%1", when or "")


def _iso(value: QDate) -> str:
    return value.toString(Qt.DateFormat.ISODate)


class ConsentDialog(QDialog):
    """Record one consent the person gave; saved on the worker when the caseworker saves."""

    #: The consent is stored (its id).
    saved = Signal(int)

    def __init__(
        self,
        session: VaultSession,
        dossier_id: int,
        companies: list[str],
        parent: QWidget | None = None,
        today: Date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier_id = dossier_id
        self.setWindowTitle(self.tr("Record consent — Kakehashi"))
        self.setMinimumWidth(520)
        today_q = QDate(*(today or Date.today()).timetuple()[:3])

        self.purpose = QComboBox()
        for purpose in PURPOSES:
            self.purpose.addItem(purpose_label(purpose), purpose)
        self.purpose.setCurrentIndex(PURPOSES.index("share_anonymized_profile"))
        self.any_company = QRadioButton(self.tr("&Any company"))
        self.one_company = QRadioButton(self.tr("Only &this company:"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.any_company)
        self.scope_group.addButton(self.one_company)
        self.any_company.setChecked(True)
        self.company = QComboBox()
        self.company.setAccessibleName(self.tr("Company the consent is limited to"))
        self.company.addItems(companies)
        self.company.setEnabled(False)
        self.one_company.setEnabled(bool(companies))
        if not companies:
            self.one_company.setToolTip(self.tr("No companies in the vault yet"))
        self.one_company.toggled.connect(self.company.setEnabled)
        self.given = QDateEdit(today_q)
        self.given.setCalendarPopup(True)
        self.given.setDisplayFormat("yyyy-MM-dd")
        self.expires_check = QCheckBox(self.tr("&Expires on:"))
        self.expires = QDateEdit(today_q.addYears(1))
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        self.expires.setAccessibleName(self.tr("Expiry date"))
        self.expires.setEnabled(False)
        self.expires_check.toggled.connect(self.expires.setEnabled)
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(method_label(method), method)

        scope_box = QVBoxLayout()
        scope_box.setContentsMargins(0, 0, 0, 0)
        scope_box.addWidget(self.any_company)
        company_row = QHBoxLayout()
        company_row.addWidget(self.one_company)
        company_row.addWidget(self.company, 1)
        scope_box.addLayout(company_row)
        expires_row = QHBoxLayout()
        expires_row.addWidget(self.expires_check)
        expires_row.addWidget(self.expires)
        expires_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, buddy, shown in (
            (self.tr("&Purpose:"), self.purpose, None),
            (self.tr("Scope:"), self.any_company, scope_box),
            (self.tr("&Given on:"), self.given, None),
            ("", self.expires_check, expires_row),
            (self.tr("&Method:"), self.method, None),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            if shown is None:
                form.addRow(label, buddy)
            else:
                form.addRow(label, shown)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Record a consent")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._busy = False

    def values(self) -> dict:
        """The consent as the repository takes it."""
        return {
            "purpose": self.purpose.currentData(),
            "scope": self.company.currentText() if self.one_company.isChecked() else ANY,
            "given_on": _iso(self.given.date()),
            "expires_on": _iso(self.expires.date()) if self.expires_check.isChecked() else None,
            "method": self.method.currentData(),
        }

    def save(self) -> None:
        if self._busy:
            return
        values = self.values()
        if values["expires_on"] is not None and values["expires_on"] < values["given_on"]:
            self._show_error(self.tr("The expiry date is before the date the consent was given."))
            return
        self._busy = True
        self.save_button.setEnabled(False)
        dossier_id = self.dossier_id

        def job(vault) -> int:
            with transaction(vault.conn):
                return ConsentRepository(vault.conn).add(dossier_id, **values)

        self.session.run(job, self._saved, self._failed, context=self)

    def _saved(self, consent_id: int) -> None:
        self._busy = False
        self.saved.emit(consent_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self._show_error(user_message(error))

    def _show_error(self, text: str) -> None:
        self.error.show_message(text)


class ConsentsPanel(QWidget):
    #: A consent was recorded or withdrawn (the dossier list may refresh its row).
    changed = Signal()
    #: The table was read (again) and is shown.
    loaded = Signal()

    PURPOSE, SCOPE, GIVEN, EXPIRES, WITHDRAWN, METHOD, STATE = range(7)

    def __init__(
        self, session: VaultSession, privacy: PrivacyScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.privacy = privacy
        self.dossier_id: int | None = None
        self.consents: list[Consent] = []
        self.dialog: ConsentDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._generation = 0
        #: "Today" for states and withdrawals (tests may set it).
        self.today: Date | None = None

        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Purpose"), self.tr("Scope"), self.tr("Given on"), self.tr("Expires on"),
            self.tr("Withdrawn on"), self.tr("Method"), self.tr("State"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SCOPE, QHeaderView.ResizeMode.Stretch)
        privacy.guard(self.table)

        self.empty = QLabel(
            self.tr("No consent recorded. A profile can be shared only under a consent to "
                    "share an anonymized profile that is in force.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.error = ErrorLabel()
        self.record_button = button(self.tr("&Record consent…"))
        self.withdraw_button = button(self.tr("&Withdraw…"))
        self.withdraw_button.setToolTip(
            self.tr("The person withdrew the selected consent today (it stays in the history)")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(button_row([self.record_button], [self.withdraw_button]))

        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _today(self) -> Date:
        return self.today or Date.today()

    # -- the panel interface ---------------------------------------------------------------

    def set_dossier(self, dossier_id: int, doc: dict) -> None:
        self.clear()
        self.dossier_id = dossier_id
        self.refresh()

    def flush(self) -> None:
        """Each consent is written when it is recorded or withdrawn: nothing waits."""

    def clear(self) -> None:
        """Forget the dossier's consents; close the dialogs opened from here."""
        self._generation += 1
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.done(QDialog.DialogCode.Rejected)  # and deleted (WA_DeleteOnClose)
        box, self.confirm_box = self.confirm_box, None
        if box is not None and shiboken6.isValid(box):
            box.done(QMessageBox.StandardButton.Cancel)
        self.dossier_id = None
        self.consents = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self.error.clear_message()
        self.stack.setCurrentWidget(self.empty)
        self._update_buttons()

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.dossier_id is None:
            return
        dossier_id, generation = self.dossier_id, self._generation
        self.session.run(
            lambda vault: ConsentRepository(vault.conn).list(dossier_id),
            lambda rows: self._listed(generation, rows),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _listed(self, generation: int, rows: list[Consent]) -> None:
        if generation != self._generation:
            return
        selected = self.selected()
        self.consents = rows
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        today = self._today()
        for row, consent in enumerate(rows):
            state, when = consent_state(consent, today)
            cells = (
                purpose_label(consent.purpose), scope_label(consent.scope), consent.given_on,
                consent.expires_on or "", consent.withdrawn_on or "",
                method_label(consent.method), state_label(state, when),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.PURPOSE:
                    item.setData(Qt.ItemDataRole.UserRole, consent.id)
                if column == self.STATE:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[state])))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setData(Qt.ItemDataRole.UserRole, state.value)
                self.table.setItem(row, column, item)
            if selected is not None and consent.id == selected.id:
                self.table.selectRow(row)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.error.clear_message()
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.error.show_message(user_message(error))

    def selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), self.PURPOSE)
        consent_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((c for c in self.consents if c.id == consent_id), None)

    def select(self, consent_id: int) -> None:
        for row, consent in enumerate(self.consents):
            if consent.id == consent_id:
                self.table.selectRow(row)

    def state_text(self, row: int) -> str:
        item = self.table.item(row, self.STATE)
        return item.text() if item is not None else ""

    def _update_buttons(self) -> None:
        consent = self.selected()
        self.record_button.setEnabled(self.dossier_id is not None)
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    # -- recording -------------------------------------------------------------------------

    def record_consent(self) -> None:
        """Read the companies on the worker, then open the dialog."""
        if self.dossier_id is None:
            return
        generation = self._generation
        self.record_button.setEnabled(False)
        self.session.run(
            lambda vault: CompanyRepository(vault.conn).names(),
            lambda names: self._open_dialog(generation, names),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _open_dialog(self, generation: int, companies: list[str]) -> None:
        if generation != self._generation or self.dossier_id is None:
            return
        self._update_buttons()
        dialog = ConsentDialog(self.session, self.dossier_id, companies, self, self._today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda consent_id: generation == self._generation
                             and self._stored(consent_id))
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _stored(self, consent_id: int) -> None:
        self.refresh()
        self.changed.emit()

    # -- withdrawing -----------------------------------------------------------------------

    def withdraw_selected(self) -> QMessageBox | None:
        """Ask, then mark the selected consent withdrawn today."""
        consent = self.selected()
        if consent is None or consent.withdrawn_on is not None:
            return None
        today = self._today().isoformat()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Kakehashi",
            self.tr("Withdraw this consent?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        which = (
            self.tr("%1 — %2, given on %3.")
            .replace("%1", purpose_label(consent.purpose))
            .replace("%2", scope_label(consent.scope))
            .replace("%3", consent.given_on)
        )
        box.setInformativeText(
            which + "\n\n"
            + self.tr("It is marked withdrawn on %1 and stays in the history. Nothing is shared "
                      "under it from then on. This cannot be undone: if the person agrees again, "
                      "record a new consent.").replace("%1", today)
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Withdraw"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        generation = self._generation
        box.finished.connect(
            lambda _: box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            and generation == self._generation
            and self._withdraw(consent.id, today)
        )
        box.finished.connect(lambda _: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
        return box

    def _withdraw(self, consent_id: int, on: str) -> None:
        def job(vault) -> None:
            with transaction(vault.conn):
                ConsentRepository(vault.conn).withdraw(consent_id, on)

        generation = self._generation
        self.session.run(
            job,
            lambda _: generation == self._generation and self._stored(consent_id),
            lambda error: self._failed(generation, error),
            context=self,
        )
