"""The editor's reusable widgets, driven by keyboard and mouse as a caseworker would.

MarkedTextEdit (free text with "never share" marks), ValuesEditor (one value per line),
RowsEditor (a table of records with a form) and CountryBox (a country by name, kept as a code).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from app.interchange.importer import import_file
from app.store.dossiers import DossierRepository
from tests.support import SAMPLE
from tests.ui.helpers import JOB_TIMEOUT_MS
from ui.editor.country_box import CountryBox
from ui.editor.marked_text import MarkedTextEdit
from ui.editor.rows_editor import Column, RowsEditor, valid_date
from ui.editor.values_editor import ValuesEditor
from ui.privacy import MASK, PrivacyScreen

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

EXPERIENCE = [
    Column("title", "Title"),
    Column("employer_kind", "Employer kind", "choice",
           (("private", "Private company"), ("ngo", "NGO"), ("self_employed", "Self-employed"))),
    Column("country", "Country", "country"),
    Column("start", "Start", "date"),
    Column("end", "End", "date"),
    Column("description", "Description", "longtext"),
]
EDUCATION = [
    Column("field", "Field"),
    Column("end_year", "End year", "int"),
    Column("completed", "Completed", "bool"),
    Column("notes", "Notes", "longtext"),
]


def shown(qtbot, widget: QWidget, focus: QWidget | None = None) -> QWidget:
    """Show ``widget`` as the active window with the keyboard focus in ``focus`` (shortcuts
    with a widget context only fire then)."""
    qtbot.addWidget(widget)
    widget.resize(520, 460)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    target = focus or widget
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is (target.focusProxy() or target))
    return widget


def select(edit: MarkedTextEdit, word: str, occurrence: int = 0) -> None:
    start = -1
    for _ in range(occurrence + 1):
        start = edit.toPlainText().index(word, start + 1)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def put_cursor(edit: MarkedTextEdit, position: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(position)
    edit.setTextCursor(cursor)


# -- MarkedTextEdit --------------------------------------------------------------------------


def test_marks_survive_a_round_trip_and_set_content_is_silent(qtbot):
    edit = MarkedTextEdit()
    qtbot.addWidget(edit)
    emitted = []
    edit.edited.connect(lambda: emitted.append(True))
    text = "Amal fled Homs in 2015.\nShe still writes to her cousin in homs."
    edit.set_content(text, ["Homs", " homs ", "", "Aleppo"])

    assert emitted == []
    assert edit.content() == text
    # deduplicated case-insensitively, first spelling kept, absent texts not reported
    assert edit.marks() == ["Homs"]
    # every occurrence shown, whatever its case
    second = text.index("homs")
    assert [(s, e) for s, e, _ in edit.mark_spans()] == [(10, 14), (second, second + 4)]
    assert len(edit.extraSelections()) == 2
    assert "1" in edit.accessibleDescription()
    assert edit.document().isUndoAvailable() is False


def test_selecting_and_ctrl_shift_n_marks_every_occurrence(qtbot):
    edit = MarkedTextEdit()
    edit.set_content("Worked in Kandahar, then left KANDAHAR for Kabul.", [])
    shown(qtbot, edit)
    assert edit.marks() == []
    select(edit, "Kandahar")

    with qtbot.waitSignal(edit.edited, timeout=1000):
        qtbot.keyClick(edit, Qt.Key.Key_N, CTRL | SHIFT)

    assert edit.marks() == ["Kandahar"]
    assert len(edit.mark_spans()) == 2
    assert edit.content() == "Worked in Kandahar, then left KANDAHAR for Kabul."
    assert "1 passage" in edit.accessibleDescription()
    # the strip's button now offers the opposite where the cursor stands in a mark
    put_cursor(edit, edit.toPlainText().index("KANDAHAR") + 2)
    assert edit.mark_button.text() == "Share again"


def test_share_again_removes_the_mark_under_the_cursor(qtbot):
    edit = MarkedTextEdit()
    edit.set_content("Rahim lives near Rahim's uncle in Herat.", ["Rahim", "Herat"])
    shown(qtbot, edit)
    put_cursor(edit, edit.toPlainText().index("Herat") + 2)

    with qtbot.waitSignal(edit.edited, timeout=1000):
        qtbot.keyClick(edit, Qt.Key.Key_N, CTRL | SHIFT)
    assert edit.marks() == ["Rahim"]

    put_cursor(edit, 1)
    assert edit.unmark_action.isEnabled()
    edit.unmark_action.trigger()
    assert edit.marks() == []
    assert edit.extraSelections() == []


def test_a_mark_whose_text_was_deleted_leaves_marks(qtbot):
    edit = MarkedTextEdit()
    edit.set_content("Call Faisal tomorrow.", ["Faisal"])
    shown(qtbot, edit)
    select(edit, "Faisal")
    emitted = []
    edit.edited.connect(lambda: emitted.append(True))

    qtbot.keyClick(edit, Qt.Key.Key_Backspace)

    assert edit.content() == "Call  tomorrow."
    assert edit.marks() == []
    assert emitted
    # undo brings the text back, and with it the mark
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.marks() == ["Faisal"]


def test_mark_with_nothing_selected_marks_nothing(qtbot):
    edit = MarkedTextEdit()
    edit.set_content("Plain words.", [])
    shown(qtbot, edit)
    put_cursor(edit, 3)
    qtbot.keyClick(edit, Qt.Key.Key_N, CTRL | SHIFT)
    assert edit.marks() == [] and edit.held_marks() == []
    assert not edit.mark_button.isEnabled()


def test_context_menu_offers_never_share_and_share_again(qtbot):
    edit = MarkedTextEdit()
    edit.set_content("Met Yusuf in Kabul.", ["Kabul"])
    shown(qtbot, edit)
    select(edit, "Yusuf")
    seen = {}

    def inspect_menu():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.update({a.text(): a.isEnabled() for a in menu.actions() if a.text()})
        menu.close()

    QTimer.singleShot(50, inspect_menu)
    position = edit.cursorRect().center()
    edit.contextMenuEvent(
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, position, edit.viewport().mapToGlobal(position)
        )
    )
    assert seen.get("Never share") is True
    assert seen.get("Share again") is False


def test_marked_text_has_its_tooltip(qtbot):
    edit = MarkedTextEdit()
    edit.set_content("Kabul", ["Kabul"])
    shown(qtbot, edit)
    cursor = edit.textCursor()
    cursor.setPosition(2)
    point = edit.cursorRect(cursor).center()
    QApplication.sendEvent(
        edit.viewport(),
        QHelpEvent(QHelpEvent.Type.ToolTip, point, edit.viewport().mapToGlobal(point)),
    )
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == "Never shared: removed from every profile"
    QToolTip.hideText()


def test_paste_is_plain_text_and_clear_forgets(qtbot):
    edit = MarkedTextEdit()
    edit.set_content("x", ["x"])
    shown(qtbot, edit)
    data = QMimeData()
    data.setHtml("<b>bold</b> and <i>more</i>")
    data.setText("bold and more")
    edit.insertFromMimeData(data)
    assert "bold and more" in edit.content()
    assert "font-weight:700" not in edit.document().toHtml()
    assert "font-style:italic" not in edit.document().toHtml()
    edit.selectAll()
    assert edit.createMimeDataFromSelection().formats() == ["text/plain"]
    edit.clear()
    assert edit.content() == "" and edit.held_marks() == [] and edit.marks() == []
    assert not edit.document().isUndoAvailable()


def test_marks_with_astral_characters_line_up(qtbot):
    edit = MarkedTextEdit()
    qtbot.addWidget(edit)
    edit.set_content("🙂🙂 Mosul", ["Mosul"])
    (start, end, _), = edit.mark_spans()
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Mosul"


# -- ValuesEditor ----------------------------------------------------------------------------


def test_values_editor_trims_drops_empties_keeps_order(qtbot):
    editor = ValuesEditor("e.g. welding")
    shown(qtbot, editor)
    emitted = []
    editor.edited.connect(lambda: emitted.append(True))
    editor.set_values(["  welding ", "", "forklift", "  "])
    assert editor.values() == ["welding", "forklift"]
    assert emitted == []
    assert editor.edit.placeholderText() == "e.g. welding"

    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert emitted == []  # empty lines change no value
    qtbot.keyClicks(editor.edit, "   Japanese N3  ")
    assert editor.values() == ["welding", "forklift", "Japanese N3"]
    assert emitted

    editor.clear()
    assert editor.values() == [] and not editor.edit.document().isUndoAvailable()


def test_values_editor_tab_leaves_the_box(qtbot):
    holder = QWidget()
    editor = ValuesEditor(parent=holder)
    after = MarkedTextEdit(holder)
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout(holder)
    layout.addWidget(editor)
    layout.addWidget(after)
    shown(qtbot, holder, editor)
    assert QApplication.focusWidget() is editor.edit
    qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert editor.values() == []


# -- RowsEditor ------------------------------------------------------------------------------


def test_rows_round_trip_types_and_unknown_keys(qtbot):
    editor = RowsEditor(EDUCATION)
    qtbot.addWidget(editor)
    emitted = []
    editor.edited.connect(lambda: emitted.append(True))
    rows = [
        {"field": "nursing", "end_year": 2012, "completed": False, "start_year": 2008},
        {"field": " law ", "completed": True, "end_year": "", "notes": "  "},
    ]
    editor.set_rows(rows)
    assert emitted == []
    assert editor.rows() == [
        {"field": "nursing", "end_year": 2012, "completed": False, "start_year": 2008},
        {"field": "law", "completed": True},
    ]
    assert editor.table.rowCount() == 2
    assert editor.table.item(0, 2).text() == "No"
    assert editor.table.item(1, 2).text() == "Yes"


def test_typing_an_int_and_choosing_a_bool_give_python_types(qtbot):
    editor = RowsEditor(EDUCATION)
    editor.set_rows([{"field": "chemistry"}])
    shown(qtbot, editor, editor.fields["end_year"])
    year = editor.fields["end_year"]
    qtbot.keyClicks(year, "20x19")  # the validator refuses the letter
    completed = editor.fields["completed"]
    completed.setCurrentIndex(completed.findText("Yes"))
    assert editor.rows() == [{"field": "chemistry", "end_year": 2019, "completed": True}]
    assert editor.table.item(0, 1).text() == "2019"
    completed.setCurrentIndex(0)  # "—": not stated
    assert editor.rows() == [{"field": "chemistry", "end_year": 2019}]


def test_add_remove_move_by_keyboard_only(qtbot):
    editor = RowsEditor(EDUCATION)
    editor.set_rows([])
    shown(qtbot, editor, editor.table)
    assert editor.stack.currentWidget() is editor.empty_label
    assert not editor.remove_button.isEnabled()

    # Insert in the table adds a row and puts the cursor in its first field
    with qtbot.waitSignal(editor.edited, timeout=1000):
        qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert QApplication.focusWidget() is editor.fields["field"]
    qtbot.keyClicks(editor.fields["field"], "first")
    # Alt+Insert adds from anywhere inside the editor
    qtbot.keyClick(editor.fields["field"], Qt.Key.Key_Insert, ALT)
    qtbot.keyClicks(editor.fields["field"], "second")
    qtbot.keyClick(editor.fields["field"], Qt.Key.Key_Insert, ALT)
    qtbot.keyClicks(editor.fields["field"], "third")
    assert [r["field"] for r in editor.rows()] == ["first", "second", "third"]
    assert editor.table.item(2, 0).text() == "third"

    # Ctrl+Shift+Up twice: "third" goes to the top, still the row being edited
    qtbot.keyClick(editor.fields["field"], Qt.Key.Key_Up, CTRL | SHIFT)
    qtbot.keyClick(editor.fields["field"], Qt.Key.Key_Up, CTRL | SHIFT)
    assert [r["field"] for r in editor.rows()] == ["third", "first", "second"]
    assert editor.current_row() == 0 and editor.fields["field"].text() == "third"
    assert not editor.up_button.isEnabled()
    qtbot.keyClick(editor.fields["field"], Qt.Key.Key_Down, CTRL | SHIFT)
    assert [r["field"] for r in editor.rows()] == ["first", "third", "second"]

    # arrows in the table choose the row, Enter goes to its form, Delete removes it
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down)
    assert editor.current_row() == 2 and editor.fields["field"].text() == "second"
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert [r["field"] for r in editor.rows()] == ["first", "third"]
    assert editor.current_row() == 1
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor.fields["field"]
    qtbot.keyClick(editor.fields["field"], Qt.Key.Key_Delete, ALT)
    assert [r["field"] for r in editor.rows()] == ["first"]


def test_buttons_have_names_and_shortcuts_in_their_tooltips(qtbot):
    editor = RowsEditor(EDUCATION)
    qtbot.addWidget(editor)
    for button in (editor.add_button, editor.remove_button, editor.up_button, editor.down_button):
        assert button.accessibleName()
        assert "(" in button.toolTip()
    for column in EDUCATION:
        assert editor.labels[column.key].buddy() is editor.fields[column.key]
    editor.set_rows([{"field": "a"}, {"field": "b"}])
    editor.table.setCurrentCell(0, 0)
    editor.down_button.click()
    assert [r["field"] for r in editor.rows()] == ["b", "a"]
    editor.remove_button.click()
    editor.add_button.click()
    assert editor.table.rowCount() == 2 and editor.rows() == [{"field": "b"}]


def test_marks_per_longtext_column_are_the_union_over_rows(qtbot):
    editor = RowsEditor(EXPERIENCE)
    editor.set_rows(
        [
            {"title": "Driver", "description": "Drove for the Red Crescent in Aleppo."},
            {"title": "Cook", "description": "Cooked at a hotel."},
        ],
        {"description": ["Red Crescent", "Damascus"]},
    )
    shown(qtbot, editor, editor.fields["description"])
    assert editor.marks() == {"description": ["Red Crescent"]}

    # mark a word in the second row
    editor.table.setCurrentCell(1, 0)
    description = editor.fields["description"]
    description.setFocus()
    select(description, "hotel")
    qtbot.keyClick(description, Qt.Key.Key_N, CTRL | SHIFT)
    assert editor.marks() == {"description": ["Red Crescent", "hotel"]}

    # delete the first row: its mark's text is gone from every row, so is the mark
    editor.table.setCurrentCell(0, 0)
    editor.remove_row()
    assert editor.marks() == {"description": ["hotel"]}
    assert editor.rows() == [{"title": "Cook", "description": "Cooked at a hotel."}]


def test_dates_choices_and_countries_in_the_form(qtbot):
    editor = RowsEditor(EXPERIENCE)
    editor.set_rows([{"title": "Clerk", "employer_kind": "academic", "country": "sy"}])
    shown(qtbot, editor, editor.fields["start"])
    # a choice the columns do not list is kept, not lost
    assert editor.fields["employer_kind"].currentText() == "academic"
    assert editor.table.item(0, 2).text() == "Syria"
    qtbot.keyClicks(editor.fields["start"], "2019-13")
    assert editor.problems() and "Start" in editor.problems()[0]
    editor.fields["start"].clear()
    qtbot.keyClicks(editor.fields["start"], "2019-04")
    assert editor.problems() == []
    kind = editor.fields["employer_kind"]
    kind.setCurrentIndex(kind.findData("ngo"))
    assert editor.table.item(0, 1).text() == "NGO"
    assert editor.rows() == [
        {"title": "Clerk", "employer_kind": "ngo", "country": "SY", "start": "2019-04"}
    ]
    assert valid_date("2020") and valid_date("2020-02-29") and not valid_date("2021-02-29")


def test_privacy_screen_masks_the_table(qtbot):
    editor = RowsEditor(EXPERIENCE)
    qtbot.addWidget(editor)
    privacy = PrivacyScreen()
    editor.set_privacy(privacy, ["title"])
    editor.set_rows([{"title": "Driver", "country": "AF"}])
    assert editor.table.item(0, 0).text() == "Driver"
    privacy.set_on(True)
    assert editor.table.item(0, 0).text() == MASK
    assert editor.table.item(0, 2).text() == "Afghanistan"
    assert privacy.is_masked(editor.fields["title"])
    privacy.set_on(False)
    assert editor.table.item(0, 0).text() == "Driver"


def test_clear_forgets_rows_fields_and_marks(qtbot):
    editor = RowsEditor(EXPERIENCE)
    qtbot.addWidget(editor)
    editor.set_rows([{"title": "Driver", "description": "Kabul"}], {"description": ["Kabul"]})
    assert editor.fields["title"].text() == "Driver"
    editor.clear()
    assert editor.rows() == [] and editor.marks() == {}
    assert editor.table.rowCount() == 0
    assert editor.fields["title"].text() == ""
    assert editor.fields["description"].content() == ""
    assert editor.fields["description"].held_marks() == []


def test_unknown_column_kind_is_refused():
    with pytest.raises(ValueError):
        Column("x", "X", "number")


def test_rows_of_a_stored_dossier_round_trip(qtbot, session, make_vault, passphrase):
    """The experience and education of the sample dossiers, read from a real vault through
    the session's worker, come back out of the editor unchanged."""
    vault, _ = make_vault()
    import_file(vault.conn, SAMPLE)
    folder = vault.folder
    vault.close()
    opened = []
    session.unlock(folder, passphrase, opened.append, opened.append)
    qtbot.waitUntil(lambda: session.folder is not None, timeout=JOB_TIMEOUT_MS)

    loaded = []
    session.run(
        lambda v: [DossierRepository(v.conn).load(i, contents=False)
                   for i in DossierRepository(v.conn).ids()],
        loaded.append,
        loaded.append,
    )
    qtbot.waitUntil(lambda: bool(loaded), timeout=JOB_TIMEOUT_MS)
    docs = loaded[0]
    assert isinstance(docs, list) and docs
    experience = RowsEditor(EXPERIENCE)
    education = RowsEditor(
        [Column("level", "Level", "choice", (("bachelor", "Bachelor"),)),
         Column("field", "Field"), Column("institution", "Institution"),
         Column("country", "Country", "country"), Column("start_year", "Start", "int"),
         Column("end_year", "End", "int"), Column("completed", "Completed", "bool")]
    )
    qtbot.addWidget(experience)
    qtbot.addWidget(education)
    for doc in docs:
        rows = doc.get("experience", [])
        experience.set_rows(rows)
        for index in range(len(rows)):  # walk every row through the form
            experience.table.setCurrentCell(index, 0)
        assert experience.rows() == rows
        education.set_rows(doc.get("education", []))
        assert education.rows() == doc.get("education", [])


# -- CountryBox ------------------------------------------------------------------------------


def test_country_box_in_japanese_shows_japanese_names_and_returns_codes(qtbot, qapp):
    qapp.set_language("ja")
    box = CountryBox()
    shown(qtbot, box)
    names = [box.itemText(i) for i in range(box.count())]
    assert "アフガニスタン" in names and "日本" in names
    assert "Afghanistan" not in names
    assert box.itemText(0) == "—"

    emitted = []
    box.edited.connect(lambda: emitted.append(True))
    box.set_code("jp")
    assert box.code() == "JP" and box.currentText() == "日本" and emitted == []

    box.lineEdit().setText("アフガニスタン")  # QTest types ASCII only
    assert box.code() == "AF"  # typed, not yet confirmed, still counts
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.code() == "AF" and emitted

    # an English name or a code typed in a Japanese desk is understood too
    box.lineEdit().setText("Syria")
    box.lineEdit().editingFinished.emit()
    assert box.code() == "SY" and box.currentText() == "シリア"


def test_country_box_keeps_unknown_codes_and_none(qtbot):
    box = CountryBox()
    qtbot.addWidget(box)
    assert box.code() is None
    box.set_code("QQ")
    assert box.code() == "QQ"
    box.set_code("af")
    assert box.currentText() == "Afghanistan"
    # text that names no country is not kept: the box goes back to its country
    box.lineEdit().setText("Atlantis")
    assert box.code() == "AF"
    box.lineEdit().editingFinished.emit()
    assert box.currentText() == "Afghanistan" and box.code() == "AF"
    box.set_code(None)
    assert box.code() is None and box.currentIndex() == 0
    box.set_code("ZZ")
    box.clear()
    assert box.code() is None and box.count() > 200


def test_country_box_follows_a_language_switch(qtbot, qapp):
    box = CountryBox()
    qtbot.addWidget(box)
    box.set_code("DE")
    assert box.currentText() == "Germany"
    qapp.set_language("ja")
    qtbot.waitUntil(lambda: box.currentText() == "ドイツ", timeout=2000)
    assert box.code() == "DE"


def test_country_box_completes_on_part_of_a_name_by_keyboard(qtbot):
    box = CountryBox()
    shown(qtbot, box)
    emitted = []
    box.edited.connect(lambda: emitted.append(True))
    qtbot.keyClicks(box.lineEdit(), "ghanis")  # the middle of "Afghanistan"
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert box.completer().currentCompletion() == "Afghanistan"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert box.code() == "AF" and box.currentText() == "Afghanistan"
    assert emitted


def test_set_rows_again_keeps_the_current_row(qtbot):
    """The dossier editor's undo sets the rows again: the form stays on the same row."""
    editor = RowsEditor(EDUCATION)
    qtbot.addWidget(editor)
    editor.set_rows([{"field": "a"}, {"field": "b"}, {"field": "c"}])
    assert editor.current_row() == 0
    editor.table.setCurrentCell(2, 0)
    editor.set_rows([{"field": "a"}, {"field": "b"}, {"field": "c2"}])
    assert editor.current_row() == 2 and editor.fields["field"].text() == "c2"
    editor.set_rows([{"field": "a"}])
    assert editor.current_row() == 0 and editor.fields["field"].text() == "a"
    editor.clear()
    editor.set_rows([{"field": "x"}, {"field": "y"}])
    assert editor.current_row() == 0
