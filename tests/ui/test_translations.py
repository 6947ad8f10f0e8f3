"""The translation files: complete, placeholders intact, in step with the code, and used.

The placeholder rule is Electrum's (``electrum/i18n.py``): a translation whose ``%1``/``%n``/
``{name}`` differ from its source would show a wrong or missing value, so it is refused here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.errors import DamagedEnvelope, VaultInUse, WrongPassphrase
from app.vault.vault import Vault, check_new_passphrase
from ui.messages import user_message

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text or ""))


def messages(ts: Path):
    """(context, source, translation element, numerus) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation"), (
                message.get("numerus") == "yes"
            )


def translated_forms(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems_in(ts: Path) -> list[str]:
    found = []
    for context, source, translation, numerus in messages(ts):
        where = f"{ts.name} [{context}] {source!r}"
        state = None if translation is None else translation.get("type")
        if translation is None or state in ("unfinished", "obsolete", "vanished"):
            found.append(f"{where}: not translated (or obsolete)")
            continue
        forms = translated_forms(translation, numerus)
        if not forms or not all(form.strip() for form in forms):
            found.append(f"{where}: empty translation")
            continue
        expected = placeholders(source)
        for form in forms:
            if placeholders(form) != expected:
                found.append(
                    f"{where}: placeholders {dict(placeholders(form))} != {dict(expected)}"
                )
    return found


def test_there_is_a_japanese_and_an_english_plural_file():
    assert {ts.name for ts in TS_FILES} >= {"kakehashi_ja.ts", "kakehashi_en.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_the_same_placeholders(ts):
    assert problems_in(ts) == []


def test_the_checker_catches_unfinished_and_changed_placeholders(tmp_path):
    bad = tmp_path / "bad.ts"
    bad.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja_JP">
<context><name>X</name>
<message><source>no vault at %1</source><translation>保管庫がありません</translation></message>
<message><source>Hello {name}</source><translation>こんにちは {nom}</translation></message>
<message><source>Quit</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n item(s)</source>
<translation><numerusform>項目</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    assert len(problems_in(bad)) == 4


@pytest.mark.skipif(
    not Path(sys.executable).with_name("pyside6-lupdate").exists()
    and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate is not installed",
)
def test_the_japanese_file_is_in_step_with_the_code(tmp_path):
    """Every string of ui/ is in the .ts (no message forgotten after a code change)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-silent", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _, _ in messages(fresh)}
    have = {(c, s) for c, s, _, _ in messages(TRANSLATIONS / "kakehashi_ja.ts")}
    assert wanted - have == set(), "run pyside6-lupdate (see resources/translations/README.md)"
    assert have - wanted == set(), "obsolete messages: run pyside6-lupdate with -no-obsolete"
    plurals = {(c, s) for c, s, _, numerus in messages(fresh) if numerus}
    english = {(c, s) for c, s, _, _ in messages(TRANSLATIONS / "kakehashi_en.ts")}
    assert plurals == english


def test_japanese_is_installed_with_qt_own_translations(qapp):
    assert qapp.set_language("ja")
    assert QCoreApplication.translate("UnlockPage", "Unlock") == "ロック解除"
    plural = QCoreApplication.translate("MainWindow", "%n dossier(s)", "", 3)
    assert plural == "ケース記録 3 件"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"  # qtbase_ja
    qapp.set_language("en")
    assert QCoreApplication.translate("UnlockPage", "Unlock") == "Unlock"
    assert QCoreApplication.translate("MainWindow", "%n dossier(s)", "", 1) == "1 dossier"
    assert QCoreApplication.translate("MainWindow", "%n dossier(s)", "", 2) == "2 dossiers"


def test_widgets_built_in_japanese_speak_japanese(qapp, qtbot, session, settings):
    from ui.unlock_dialog import UnlockDialog

    qapp.set_language("ja")
    dialog = UnlockDialog(session, settings)
    qtbot.addWidget(dialog)
    assert dialog.unlock_page.unlock_button.text() == "ロック解除"
    assert JAPANESE.search(dialog.create_page.title.text())
    assert JAPANESE.search(dialog.recovery_page.stored_check.text())


def _core_errors(tmp_path) -> list[BaseException]:
    errors: list[BaseException] = [WrongPassphrase(), VaultInUse(), DamagedEnvelope()]
    for bad in ("short", " leading space"):
        try:
            check_new_passphrase(bad)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x")
    for attempt in (
        lambda: Vault.open(tmp_path / "absent", "whatever"),
        lambda: Vault.open(full, "whatever"),
        lambda: Vault.create(full, "long enough passphrase"),
    ):
        try:
            attempt()
        except Exception as error:  # noqa: BLE001
            errors.append(error)
    return errors


def test_the_core_messages_the_desk_meets_have_japanese_translations(qapp, tmp_path):
    """Catches a core message reworded without the desk's list (ui/messages.py) following."""
    errors = _core_errors(tmp_path)
    assert len(errors) == 8
    english = [user_message(e) for e in errors]
    qapp.set_language("ja")
    japanese = [user_message(e) for e in errors]
    for error, text in zip(errors, japanese):
        assert JAPANESE.search(text), f"no Japanese for the core's {str(error)!r}"
    assert english[0] == "Wrong passphrase or recovery key."
