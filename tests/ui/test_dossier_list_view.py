"""The desk's dossier list on a real vault: lazy pages fetched on the worker only, search as you
type, filters, sorting, selection, the privacy screen, and forgetting everything on lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread, Qt

from app.store.db import transaction
from app.store.dossiers import DossierRepository
from app.synthetic import iter_dossiers
from tests.ui.helpers import JOB_TIMEOUT_MS
from ui.dossier_list_model import MASK, PAGE_SIZE, PENDING, DossierListModel
from ui.dossier_list_view import DossierListView
from ui.privacy import PrivacyScreen

SYNTHETIC = 230  # three pages and a bit
SHARE = "share_anonymized_profile"
PEOPLE = [
    {"ref": "P-1", "names": {"full": "Amina Haddad"},
     "languages": [{"language": "ar", "level": "native"}, {"language": "ja", "level": "N2"}],
     "skills": ["zither tuning", "bookkeeping"], "residence": {"work_permission": "yes"},
     "interviews": [{"date": "2099-01-01"}],
     "consents": [{"purpose": SHARE, "given_on": "2020-01-01"}]},
    {"ref": "P-2", "names": {"full": "Zoltan Quixby"},
     "languages": [{"language": "ja", "level": "N5"}],
     "skills": ["zither tuning"], "residence": {"work_permission": "no"}},
]


@pytest.fixture
def vault_folder(make_vault):
    vault, _ = make_vault()
    repository = DossierRepository(vault.conn)
    with transaction(vault.conn):
        for doc in iter_dossiers(SYNTHETIC, seed=3):
            repository.insert(doc)
        for doc in PEOPLE:
            repository.insert(doc)
    folder = vault.folder
    vault.close()
    return folder


@pytest.fixture
def privacy(qtbot):
    return PrivacyScreen()


@pytest.fixture
def view(qtbot, session, privacy, vault_folder, passphrase):
    session.unlock(vault_folder, passphrase, lambda _: None, pytest.fail)
    qtbot.waitUntil(lambda: session.folder is not None, timeout=JOB_TIMEOUT_MS)
    created = DossierListView(session, privacy)
    qtbot.addWidget(created)
    created.resize(1000, 600)
    created.show()
    with qtbot.waitSignal(created.loaded, timeout=JOB_TIMEOUT_MS):
        created.load()
    return created


def idle(qtbot, session) -> None:
    qtbot.waitUntil(lambda: not session.worker.is_busy(), timeout=JOB_TIMEOUT_MS)


def type_search(qtbot, view, text: str) -> None:
    """Type like a person, then wait until the list shows the answer to the whole text."""
    view.search.setFocus()
    before = view.search.text()
    for char in text:
        qtbot.keyClicks(view.search, char)
    qtbot.waitUntil(lambda: view.query().text == before + text
                    and not view.session.worker.is_busy()
                    and not view._debounce.isActive(), timeout=JOB_TIMEOUT_MS)


def counted(view) -> str:
    """The count label; "dossier(s)" until the English plural forms are in kakehashi_en.ts."""
    return view.count_label.text().replace("dossier(s)", "dossiers")


def names(view) -> list[str]:
    model = view.model
    return [model.index(row, DossierListModel.NAME).data() for row in range(model.rowCount())]


def fetch_all(qtbot, view) -> None:
    model = view.model
    for row in range(0, model.rowCount(), PAGE_SIZE):
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: all(model.has_page(row // PAGE_SIZE)
                                for row in range(0, model.rowCount(), PAGE_SIZE)),
                    timeout=JOB_TIMEOUT_MS)


def test_first_page_and_count_then_later_pages_on_demand(qtbot, view, session):
    model = view.model
    assert model.rowCount() == SYNTHETIC + 2
    assert counted(view) == f"{SYNTHETIC + 2} dossiers"
    assert view.stack.currentWidget() is view.table
    assert model.has_page(0) and not model.has_page(2)
    assert model.index(0, DossierListModel.NAME).data() not in ("", PENDING)
    last = model.rowCount() - 1
    assert model.index(last, DossierListModel.NAME).data() == PENDING  # asks for its page
    qtbot.waitUntil(lambda: model.has_page(last // PAGE_SIZE), timeout=JOB_TIMEOUT_MS)
    assert model.index(last, DossierListModel.NAME).data() not in ("", PENDING)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_no_sql_runs_on_the_gui_thread(qtbot, view, session):
    threads: list[QThread] = []
    done = []

    def trace(vault):
        vault.conn.set_trace_callback(lambda _: threads.append(QThread.currentThread()))

    session.run(trace, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=JOB_TIMEOUT_MS)
    view.reload()
    type_search(qtbot, view, "zither")
    view.search.clear()
    idle(qtbot, view.session)
    fetch_all(qtbot, view)
    view.table.scrollToBottom()
    view.refresh_dossier(view.model.id_at(0))
    idle(qtbot, session)
    assert len(threads) > 10
    worker = session.worker.thread_handle
    assert all(thread is worker for thread in threads)
    assert QThread.currentThread() is not worker


def test_typing_filters_the_list_and_escape_clears(qtbot, view):
    type_search(qtbot, view, "zither")
    assert sorted(names(view)) == ["Amina Haddad", "Zoltan Quixby"]
    assert counted(view) == f"2 of {SYNTHETIC + 2} dossiers"
    type_search(qtbot, view, " quixby")  # keep typing
    assert names(view) == ["Zoltan Quixby"]
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.model.rowCount() == SYNTHETIC + 2, timeout=JOB_TIMEOUT_MS)
    type_search(qtbot, view, "nobody-like-this")
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.no_match
    view.show_all_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == SYNTHETIC + 2, timeout=JOB_TIMEOUT_MS)
    assert view.search.text() == ""


def test_a_stale_answer_never_replaces_a_newer_one(qtbot, view, session):
    view.search.setText("zither")
    view._run_query()
    view.search.setText("quixby")
    view._run_query()
    view.search.setText("amina")
    view._run_query()
    idle(qtbot, session)
    assert names(view) == ["Amina Haddad"]


def test_filters_combine_with_each_other_and_the_search(qtbot, view, session):
    view.filters_button.click()
    assert view.filters.isVisible()
    filters = view.filters
    qtbot.waitUntil(lambda: filters.language.count() > 2, timeout=JOB_TIMEOUT_MS)  # choices
    filters.skill.setEditText("Zither Tuning")  # case as typed; the vault's spelling is used
    filters.skill.lineEdit().editingFinished.emit()
    idle(qtbot, session)
    assert sorted(names(view)) == ["Amina Haddad", "Zoltan Quixby"]
    filters.language.setCurrentIndex(filters.language.findData("ja"))
    filters.level.setCurrentIndex(filters.level.findData("B2"))
    idle(qtbot, session)
    assert names(view) == ["Amina Haddad"]  # N2 is at least B2; N5 is not
    assert view.filters_button.text().replace("&", "") == "Filters (2)"
    filters.level.setCurrentIndex(0)
    filters.work.setCurrentIndex(filters.work.findText("No"))
    idle(qtbot, session)
    assert names(view) == ["Zoltan Quixby"]
    type_search(qtbot, view, "amina")
    assert view.model.rowCount() == 0
    filters.reset_button.click()
    idle(qtbot, session)
    assert names(view) == ["Amina Haddad"]  # the search stays
    filters.consent.setCurrentIndex(filters.consent.findData(filters.consent.itemData(1)))
    filters.since.setCurrentIndex(filters.since.count() - 1)  # "since a date…"
    assert filters.since_date.isVisible()
    idle(qtbot, session)
    assert names(view) == ["Amina Haddad"]  # active consent, interviewed in 2099


def test_privacy_screen_masks_names_refs_and_consent(qtbot, view, privacy):
    model = view.model
    name = model.index(0, DossierListModel.NAME).data()
    privacy.set_on(True)
    for column in (DossierListModel.NAME, DossierListModel.REF, DossierListModel.CONSENT):
        assert model.index(0, column).data() == MASK
        assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == MASK
    assert model.index(0, DossierListModel.SKILLS).data() != MASK
    assert privacy.is_masked(view.search) or view.search.hasFocus()
    privacy.set_on(False)
    assert model.index(0, DossierListModel.NAME).data() == name


def test_sorting_by_name_and_last_interview(qtbot, view, session):
    header = view.table.horizontalHeader()
    header.sectionClicked.emit(DossierListModel.NAME)
    idle(qtbot, session)
    fetch_all(qtbot, view)
    shown = names(view)
    ascii_lower = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
    assert shown == sorted(shown, key=lambda n: n.translate(ascii_lower).encode())  # NOCASE
    assert header.sortIndicatorSection() == DossierListModel.NAME
    header.sectionClicked.emit(DossierListModel.NAME)
    idle(qtbot, session)
    fetch_all(qtbot, view)
    assert names(view) == shown[::-1]
    header.sectionClicked.emit(DossierListModel.INTERVIEW)
    idle(qtbot, session)
    assert view.model.index(0, DossierListModel.NAME).data() == "Amina Haddad"  # 2099
    header.sectionClicked.emit(DossierListModel.SKILLS)  # not sortable: nothing changes
    assert header.sortIndicatorSection() == DossierListModel.INTERVIEW


def test_selection_survives_a_search_and_enter_opens(qtbot, view, session):
    model = view.model
    amina = model.id_at(next(r for r in range(model.rowCount())
                             if model.index(r, DossierListModel.NAME).data() == "Amina Haddad"))
    with qtbot.waitSignal(view.current_changed) as changed:
        view.select_dossier(amina)
    assert changed.args == [amina]
    assert view.selected_ids() == [amina]
    type_search(qtbot, view, "zither")
    assert view.selected_ids() == [amina] and view.current_id() == amina
    with qtbot.waitSignal(view.open_requested) as opened:
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [amina]
    view.table.selectAll()
    assert len(view.selected_ids()) == 2
    # a dossier hidden by the search: the search is cleared to show it
    view.search.clear()
    type_search(qtbot, view, "quixby")
    assert view.model.row_of(amina) == -1
    view.select_dossier(amina)
    idle(qtbot, session)
    assert view.search.text() == "" and view.current_id() == amina


def test_ctrl_f_focuses_the_search(qtbot, view):
    view.table.setFocus()
    view.activateWindow()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_refresh_shows_a_saved_dossier(qtbot, view, session):
    model = view.model
    dossier_id = model.id_at(0)

    def rename(vault):
        repository = DossierRepository(vault.conn)
        doc = repository.load(dossier_id)
        doc["names"]["full"] = "Renamed Person"
        with transaction(vault.conn):
            repository.replace(dossier_id, doc)

    done = []
    session.run(rename, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=JOB_TIMEOUT_MS)
    view.refresh_dossier(dossier_id)
    idle(qtbot, session)
    assert model.index(model.row_of(dossier_id), DossierListModel.NAME).data() == "Renamed Person"
    type_search(qtbot, view, "renamed")
    assert names(view) == ["Renamed Person"]


def test_clear_forgets_everything_and_late_answers_are_dropped(qtbot, view, session):
    type_search(qtbot, view, "zither")
    view.filters.work.setCurrentIndex(1)
    idle(qtbot, session)
    view.reload()  # an answer is on its way ...
    view.model.fetch_page(0)
    view.clear()  # ... and the list is cleared before it comes back
    idle(qtbot, session)
    assert view.model.rowCount() == 0
    assert view.search.text() == ""
    assert view.filters.active_count() == 0
    assert view.filters.language.count() == 1 and view.filters.skill.count() == 0
    assert view.count_label.text() == ""
    assert view._index is None
    assert view.selected_ids() == [] and view.current_id() == -1
    with qtbot.waitSignal(view.loaded, timeout=JOB_TIMEOUT_MS):
        view.load()
    assert view.model.rowCount() == SYNTHETIC + 2


def test_an_empty_vault_says_so(qtbot, session, privacy, make_vault, passphrase):
    vault, _ = make_vault("empty")
    folder = vault.folder
    vault.close()
    session.unlock(folder, passphrase, lambda _: None, pytest.fail)
    qtbot.waitUntil(lambda: session.folder is not None, timeout=JOB_TIMEOUT_MS)
    view = DossierListView(session, privacy)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=JOB_TIMEOUT_MS):
        view.load()
    assert view.stack.currentWidget() is view.message
    assert view.message.text() == "This vault has no dossiers yet."
    assert counted(view) == "0 dossiers"


def test_a_locked_vault_shows_one_line(qtbot, view, session):
    locked = []
    session.lock(locked.append)
    qtbot.waitUntil(lambda: bool(locked), timeout=JOB_TIMEOUT_MS)
    view.reload()
    idle(qtbot, session)
    assert view.stack.currentWidget() is view.message
    assert view.message.text() == "The vault is locked."
