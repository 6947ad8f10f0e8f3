"""The recovery key page's sheet: saved as a private one-page PDF, or printed."""

from __future__ import annotations

import io
import stat

from pypdf import PdfReader

import ui.recovery_key_page as page_module
from tests.ui.helpers import click
from ui.recovery_key_page import RecoveryKeyPage

KEY = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"


def test_the_sheet_is_saved_private_and_holds_the_key(qtbot, tmp_path, monkeypatch):
    page = RecoveryKeyPage()
    qtbot.addWidget(page)
    page.show_key(KEY)
    target = tmp_path / "sheet"
    monkeypatch.setattr(page_module, "ask_sheet_file", lambda *a: target.with_suffix(".pdf"))
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: "sheet.pdf" in page.copied_label.text(), timeout=10_000)
    written = target.with_suffix(".pdf")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    reader = PdfReader(io.BytesIO(written.read_bytes()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text().replace("\u2011", "-")
    assert KEY in text.replace(" ", "").replace("\n", "")
    assert "sheet.pdf" in page.copied_label.text()
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temp file left


def test_a_cancelled_save_writes_nothing(qtbot, tmp_path, monkeypatch):
    page = RecoveryKeyPage()
    qtbot.addWidget(page)
    page.show_key(KEY)
    monkeypatch.setattr(page_module, "ask_sheet_file", lambda *a: None)
    click(qtbot, page.save_button)
    assert list(tmp_path.iterdir()) == []


def test_print_sends_the_same_sheet(qtbot, monkeypatch):
    page = RecoveryKeyPage()
    qtbot.addWidget(page)
    page.show_key(KEY)
    printed = []
    monkeypatch.setattr(page_module, "print_document",
                        lambda parent, document: printed.append(document.toPlainText()) or True)
    click(qtbot, page.print_button)
    assert len(printed) == 1 and KEY.replace("-", "\u2011") in printed[0]
    assert page.copied_label.text()
