"""The two small questions of reviewing hits: why a hit may be released (a reason is required:
it goes into the disclosure log), and which text to remove as well ("never share" for this
person, from now on).

Both show the text they are about — the caseworker's own reviewing — and guard it with the
privacy screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.disclosure.preview import FieldHit
from ui.export_words import field_label, kind_label
from ui.form_page import add_labelled_row, heading, paragraph
from ui.privacy import PrivacyScreen

#: A reason is one line; a long one is still logged whole.
REASON_MAX = 300


class _OneLineQuestion(QDialog):
    """A title, an explanation, a small form around one required line, and OK/Cancel: OK is
    enabled only while the line holds something other than spaces."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kakehashi")
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(paragraph(intro))
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def line(self) -> QLineEdit:
        raise NotImplementedError

    def _answer(self) -> str:
        return " ".join(self.line().text().split())

    def _ready(self) -> None:
        self.line().textChanged.connect(self._update)
        self.line().setFocus()
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self._answer()))

    def accept(self) -> None:
        if not self._answer():  # Enter in an empty field: the answer is required
            return
        super().accept()


class ReleaseDialog(_OneLineQuestion):
    """"This hit is not an identifier": the reason, required, is logged with the export."""

    def __init__(self, hit: FieldHit, privacy: PrivacyScreen | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Release this hit?"),
            self.tr(
                "The text stays in this field of this profile, for this export only. Release "
                "only what cannot point to the person: the reason is recorded in the disclosure "
                "log."),
            self.tr("&Release"), parent)
        self.original = QLabel(hit.text)
        self.original.setWordWrap(True)
        self.original.setAccessibleName(self.tr("Original text"))
        if privacy is not None:
            privacy.guard(self.original)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setAccessibleName(self.tr("Reason for releasing"))
        self.reason.setPlaceholderText(self.tr("e.g. a programming language, not a name"))
        self.form.addRow(self.tr("Kind:"), QLabel(kind_label(hit.kind)))
        self.form.addRow(self.tr("Found in:"), QLabel(field_label(hit.field)))
        self.form.addRow(self.tr("Text:"), self.original)
        add_labelled_row(self.form, self.tr("&Reason:"), self.reason)
        self._ready()

    def line(self) -> QLineEdit:
        return self.reason

    def reason_text(self) -> str:
        return self._answer()

    def clear(self) -> None:
        self.original.clear()
        self.reason.setText("")  # setText drops the undo history too


class MarkDialog(_OneLineQuestion):
    """One more text to remove: stored as "never share" for this person, in every profile."""

    def __init__(self, suggested: str, privacy: PrivacyScreen | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Remove more text"),
            self.tr(
                "This text is replaced by a marker wherever it appears, in this profile and in "
                "every later one of this person. It is kept in the dossier as \"never share\"."),
            self.tr("&Remove it"), parent)
        self.text = QLineEdit(suggested)
        self.text.setAccessibleName(self.tr("Text to remove"))
        self.text.setPlaceholderText(self.tr("Select it in the preview, or type it"))
        if privacy is not None:
            privacy.guard(self.text)
        add_labelled_row(self.form, self.tr("&Text:"), self.text)
        self._ready()

    def line(self) -> QLineEdit:
        return self.text

    def chosen_text(self) -> str:
        return self._answer()

    def clear(self) -> None:
        self.text.setText("")  # setText drops the undo history too
