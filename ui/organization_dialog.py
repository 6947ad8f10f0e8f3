"""The nonprofit's contact printed on every profile: its name, email and phone.

A company that receives a profile must have someone to answer to, and it must never be the
candidate: this contact is the only one a profile carries. It lives in the vault's own settings
(``vault_meta``, the keys ``app.disclosure.policy.ORG_KEYS``, as ``kakehashi organization``
writes them); it is read and saved by jobs on the session's worker.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.disclosure.policy import ORG_KEYS
from app.store.db import transaction
from app.store.meta import MetaRepository
from ui.form_page import FormPage, add_labelled_row, heading, paragraph, tab_chain
from ui.messages import user_message
from ui.session import VaultSession

#: Longest value accepted (the interchange format's "short" strings are as long).
MAX_LENGTH = 200


def read_organization(vault) -> dict[str, str]:
    """Runs on the worker: ``{"name": …, "email": …, "phone": …}``, "" when unset."""
    meta = MetaRepository(vault.conn)
    return {attr: meta.get(key) or "" for attr, key in ORG_KEYS.items()}


def write_organization(vault, values: dict[str, str]) -> dict[str, str]:
    """Runs on the worker: store the three values (an empty one is removed), as the CLI does."""
    meta = MetaRepository(vault.conn)
    with transaction(vault.conn):
        for attr, key in ORG_KEYS.items():
            meta.set(key, values.get(attr, "").strip() or None)
    return read_organization(vault)


class OrganizationPage(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Your organization's contact"))
        intro = paragraph(
            self.tr(
                "This contact is printed on every profile instead of the candidate's: a company "
                "that is interested answers to you, never to the person. Use the organization's "
                "shared address and phone number, not a caseworker's own."
            )
        )
        self.name = self._field(self.tr("Organization name"))
        self.email = self._field(self.tr("Email address"))
        self.phone = self._field(self.tr("Phone number"))
        self.name.setPlaceholderText(self.tr("e.g. Bridge Support Japan"))
        self.email.setPlaceholderText(self.tr("e.g. jobs@example.org"))

        form = QFormLayout()
        add_labelled_row(form, self.tr("&Name:"), self.name)
        add_labelled_row(form, self.tr("&Email:"), self.email)
        add_labelled_row(form, self.tr("&Phone:"), self.phone)
        note = paragraph(
            self.tr("Without a name, profiles carry no contact at all. Each profile exported "
                    "from now on uses what is saved here.")
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.lay_out(self.title, intro, 8, form, note, buttons=self.buttons)
        tab_chain(self.name, self.email, self.phone, self.save_button, self.cancel_button)

    def _field(self, accessible_name: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible_name)
        field.setMaxLength(MAX_LENGTH)
        return field

    def interactive_widgets(self) -> list[QWidget]:
        return [self.name, self.email, self.phone, self.save_button]

    def values(self) -> dict[str, str]:
        return {"name": self.name.text().strip(), "email": self.email.text().strip(),
                "phone": self.phone.text().strip()}

    def set_values(self, values: dict[str, str]) -> None:
        self.name.setText(values.get("name", ""))
        self.email.setText(values.get("email", ""))
        self.phone.setText(values.get("phone", ""))


class OrganizationDialog(QDialog):
    #: Emitted after the values were saved in the vault: the dict as the vault now has it.
    saved = Signal(object)
    #: Emitted when the values have been read (or failed to).
    loaded = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Kakehashi")
        self.setMinimumWidth(560)
        self.page = OrganizationPage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self.page.buttons.accepted.connect(self.save)
        self.page.buttons.rejected.connect(self.reject)
        self._generation = 0
        self._saving = False
        self.load()

    def is_busy(self) -> bool:
        return self.page.busy_state

    def load(self) -> None:
        """Read the three values on the worker; the fields stay disabled until then."""
        self._generation += 1
        generation = self._generation
        self.page.set_busy(True, self.tr("Loading…"))
        self.session.run(
            read_organization,
            lambda values: self._loaded(generation, values),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _loaded(self, generation: int, values: dict[str, str]) -> None:
        if generation != self._generation:
            return
        self.page.set_busy(False)
        self.page.set_values(values)
        self.page.name.setFocus()
        self.loaded.emit()

    def save(self) -> None:
        page = self.page
        if self.is_busy():
            return
        values = page.values()
        if not values["name"] and (values["email"] or values["phone"]):
            page.show_error(
                self.tr("Give the organization's name too: without it no contact is printed."),
                page.name,
            )
            return
        self._generation += 1
        generation = self._generation
        self._saving = True
        page.set_busy(True, self.tr("Saving…"))
        self.session.run(
            lambda vault: write_organization(vault, values),
            lambda stored: self._saved(generation, stored),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _saved(self, generation: int, stored: dict[str, str]) -> None:
        if generation != self._generation:
            return
        self._saving = False
        self.page.set_busy(False)
        self.saved.emit(stored)
        self.accept()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._saving = False
        self.page.set_busy(False)
        self.page.show_error(user_message(error))
        self.loaded.emit()

    def clear(self) -> None:
        """Forget the values shown and close (on lock); a job under way is then ignored."""
        self._generation += 1
        self._saving = False
        self.page.set_values({})
        self.page.clear_error()
        self.page.set_busy(False)
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        if self._saving:
            return  # the save is under way: its outcome decides
        super().reject()
