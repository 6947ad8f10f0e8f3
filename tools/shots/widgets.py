"""Screenshots of the editor's building blocks, filled with a sample dossier read from the vault.

* ``editor-widgets``: a small form with a CountryBox, a ValuesEditor (skills) and a
  MarkedTextEdit (the summary, with two passages marked "never share");
* ``editor-rows``: a RowsEditor with the dossier's work experience, the first row open.

Only reads the vault. The column titles and field labels are the caller's in the app (the
dossier editor translates them); here they are given in both languages directly.
"""

from __future__ import annotations

from pathlib import Path
from tools.screenshots import wait_until

#: Labels of this picture only (the app's own come from the dossier editor).
_LABELS = {
    "en": {
        "country": "Country of origin", "skills": "Skills", "summary": "Summary",
        "skills_hint": "e.g. welding", "title": "Job title", "employer": "Employer",
        "kind": "Employer kind", "private": "Private company",
        "self_employed": "Self-employed",
        "ngo": "NGO", "country_col": "Country", "start": "Start", "end": "End",
        "description": "Description",
    },
    "ja": {
        "country": "出身国", "skills": "スキル", "summary": "紹介文",
        "skills_hint": "例: 溶接",
        "title": "職名", "employer": "勤務先", "kind": "勤務先の種類",
        "private": "民間企業",
        "self_employed": "自営", "ngo": "NGO", "country_col": "国", "start": "開始",
        "end": "終了", "description": "職務内容",
    },
}


def _load_sample(vault) -> dict:
    """Runs on the worker: the first sample dossier (S-001 if it is there)."""
    from app.store.dossiers import DossierRepository

    repository = DossierRepository(vault.conn)
    dossier_id = repository.id_for_ref("S-001") or repository.ids()[0]
    return repository.load(dossier_id, contents=False)


def shoot(lang: str, session, settings, samples: Path, save) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

    from ui.editor.country_box import CountryBox
    from ui.editor.marked_text import MarkedTextEdit
    from ui.editor.rows_editor import Column, RowsEditor
    from ui.editor.values_editor import ValuesEditor

    outcome: list = []
    session.run(_load_sample, outcome.append, outcome.append)
    wait_until(lambda: bool(outcome))
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    doc = outcome[0]
    text = _LABELS[lang]

    # 1. A small form: a country, skills, the summary with marks
    form_widget = QWidget()
    form_widget.setWindowTitle("Kakehashi")
    form = QFormLayout(form_widget)
    country = CountryBox()
    country.set_code(doc.get("country_of_origin"))
    skills = ValuesEditor(text["skills_hint"])
    skills.set_values(doc.get("skills", []))
    summary = MarkedTextEdit()
    summary_text = doc.get("summary", "")
    marks = [m for m in ("JB", "090-4417-2208") if m in summary_text]
    summary.set_content(summary_text, marks)
    summary.setMinimumHeight(150)
    for key, widget in (("country", country), ("skills", skills), ("summary", summary)):
        label = QLabel(text[key])
        label.setBuddy(widget)
        form.addRow(label, widget)
    form_widget.resize(620, 360)
    save(form_widget, "editor-widgets", lang)
    form_widget.hide()
    form_widget.deleteLater()

    # 2. The work experience as rows, the first one open in the form
    rows = RowsEditor(
        [
            Column("title", text["title"]),
            Column("employer", text["employer"]),
            Column("employer_kind", text["kind"], "choice",
                   (("private", text["private"]), ("self_employed", text["self_employed"]),
                    ("ngo", text["ngo"]))),
            Column("country", text["country_col"], "country"),
            Column("start", text["start"], "date"),
            Column("end", text["end"], "date"),
            Column("description", text["description"], "longtext"),
        ]
    )
    rows.setWindowTitle("Kakehashi")
    experience = doc.get("experience", [])
    rows.set_rows(experience, {"description": ["six staff"]})
    rows.table.setCurrentCell(0, 0)
    rows.resize(720, 520)
    save(rows, "editor-rows", lang)
    rows.clear()
    rows.hide()
    rows.deleteLater()
