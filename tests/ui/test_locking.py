"""Locking by itself (idle, the platform's screen lock or sleep), the panic shortcut, the
privacy screen remembered per vault, the locking settings, and the demo vault."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.demo import PASSPHRASE as DEMO_PASSPHRASE
from tests.ui.helpers import JOB_TIMEOUT_MS, click, unlock_through
from ui.clipboard import secret_clipboard
from ui.desk_preferences import DeskPreferences


def unlock(qtbot, controller, folder, passphrase):
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.window.preferences_changed, timeout=JOB_TIMEOUT_MS):
        unlock_through(qtbot, dialog, folder, passphrase)
    qtbot.waitUntil(lambda: controller.window.count_label.text() != "", timeout=JOB_TIMEOUT_MS)
    return controller.window


def locked(controller, session) -> bool:
    return controller.dialog is not None and session.folder is None


def test_idle_time_locks_the_vault(qtbot, controller, session, closed_vault, passphrase):
    folder, _ = closed_vault
    window = unlock(qtbot, controller, folder, passphrase)
    assert controller.idle.minutes() == 5  # the default
    controller.idle._timer.setInterval(10)
    controller.idle.set_minutes(0.3 / 60)  # 0.3 s
    qtbot.waitUntil(lambda: locked(controller, session), timeout=5_000)
    assert not window.isVisible()


def test_input_keeps_the_vault_open(qtbot, controller, session, closed_vault, passphrase):
    folder, _ = closed_vault
    window = unlock(qtbot, controller, folder, passphrase)
    controller.idle._timer.setInterval(10)
    controller.idle.set_minutes(0.5 / 60)
    for _ in range(8):
        qtbot.wait(100)
        qtbot.mouseMove(window, window.rect().center())
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert session.folder is not None
    qtbot.waitUntil(lambda: locked(controller, session), timeout=5_000)


def test_the_platform_locking_the_screen_locks_the_vault(
    qtbot, controller, session, closed_vault, passphrase
):
    folder, _ = closed_vault
    unlock(qtbot, controller, folder, passphrase)
    controller.platform._screensaver(False)  # the screen saver going away: nothing happens
    assert session.folder is not None
    controller.platform._sleeping(True)  # logind: about to suspend
    assert locked(controller, session)


def test_panic_locks_and_minimizes(qtbot, controller, session, closed_vault, passphrase):
    folder, _ = closed_vault
    window = unlock(qtbot, controller, folder, passphrase)
    window.activateWindow()
    assert window.panic_action.shortcut().toString() == "Ctrl+Shift+L"
    window.panic_action.trigger()
    assert locked(controller, session)
    assert not window.isVisible()
    assert controller.dialog.isMinimized()


def test_privacy_screen_is_remembered_per_vault(
    qtbot, controller, session, make_vault, passphrase
):
    first, _ = make_vault("one")
    second, _ = make_vault("two")
    folders = first.folder, second.folder
    first.close()
    second.close()
    window = unlock(qtbot, controller, folders[0], passphrase)
    assert not window.privacy_action.isChecked() and not window.privacy.is_on()
    window.privacy_action.trigger()
    assert window.privacy.is_on()
    controller.lock()
    qtbot.waitUntil(lambda: session.vault is None, timeout=JOB_TIMEOUT_MS)
    window = unlock(qtbot, controller, folders[0], passphrase)
    assert window.privacy_action.isChecked() and window.privacy.is_on()
    controller.lock()
    window = unlock(qtbot, controller, folders[1], passphrase)
    assert not window.privacy_action.isChecked() and not window.privacy.is_on()


def test_privacy_screen_masks_guarded_widgets_until_pointed_at(qtbot, controller, closed_vault,
                                                               passphrase):
    folder, _ = closed_vault
    window = unlock(qtbot, controller, folder, passphrase)
    field = QLineEdit("Amani Mwangi")
    qtbot.addWidget(field)
    field.move(400, 400)  # away from the (offscreen) pointer, which rests near the corner
    field.show()
    window.privacy.guard(field)
    assert not window.privacy.is_masked(field)
    window.privacy_action.trigger()
    assert window.privacy.is_masked(field)
    QApplication.sendEvent(field, QEvent(QEvent.Type.Enter))  # pointed at: revealed
    assert not window.privacy.is_masked(field)
    QApplication.sendEvent(field, QEvent(QEvent.Type.Leave))
    assert window.privacy.is_masked(field)
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow, timeout=2_000)
    field.setFocus(Qt.FocusReason.OtherFocusReason)  # the program focusing it: still masked
    QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason))
    assert window.privacy.is_masked(field)
    field.setFocus(Qt.FocusReason.MouseFocusReason)  # clicked into: revealed
    QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.MouseFocusReason))
    assert QApplication.focusWidget() is field
    assert not window.privacy.is_masked(field)
    QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusOut))
    assert window.privacy.is_masked(field)
    window.privacy_action.trigger()
    assert not window.privacy.is_masked(field)


def test_locking_settings_are_kept_in_the_vault(qtbot, controller, session, closed_vault,
                                                passphrase):
    folder, _ = closed_vault
    window = unlock(qtbot, controller, folder, passphrase)
    dialog = window.open_desk_settings()
    dialog.idle.setCurrentIndex(dialog.idle.findData(15))
    dialog.clipboard.setCurrentIndex(dialog.clipboard.findData(60))
    with qtbot.waitSignal(dialog.saved, timeout=JOB_TIMEOUT_MS):
        dialog.buttons.accepted.emit()
    assert controller.idle.minutes() == 15
    assert secret_clipboard().clear_after_s == 60
    controller.lock()
    secret_clipboard().set_clear_after_s(30)
    unlock(qtbot, controller, folder, passphrase)
    assert window.preferences == DeskPreferences(False, 15, 60)
    assert controller.idle.minutes() == 15 and secret_clipboard().clear_after_s == 60
    secret_clipboard().set_clear_after_s(30)


def test_try_with_sample_data_opens_a_marked_demo_vault_deleted_on_quit(
    qtbot, controller, session, settings
):
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    dialog.show_create()
    with qtbot.waitSignal(controller.window.preferences_changed, timeout=60_000):
        click(qtbot, dialog.create_page.demo_button)
    window = controller.window
    qtbot.waitUntil(lambda: window.count_label.text() != "", timeout=JOB_TIMEOUT_MS)
    folder = session.demo_folder
    assert folder is not None and folder.is_dir()
    assert window.demo_banner.isVisible() and DEMO_PASSPHRASE in window.demo_banner.text()
    assert "demo" in window.windowTitle()
    assert settings.last_vault() is None  # never remembered
    # locking offers the demo vault again, with its passphrase on screen
    controller.lock()
    assert controller.dialog.unlock_page.folder.path() == folder
    assert DEMO_PASSPHRASE in controller.dialog.notice.text()
    controller.quit()
    assert not folder.exists() and not folder.parent.exists()
