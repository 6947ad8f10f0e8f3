"""Screenshots of the dossier list: the sample dossiers, a search, the filter bar, no match,
and the privacy screen's masks. Called by ``tools/screenshots.py`` for each language."""

from __future__ import annotations

from pathlib import Path

from tools.screenshots import wait_until


def shoot(lang: str, session, settings, samples: Path, save) -> None:
    """``session`` is unlocked on ``samples``; ``save(widget, name, lang)`` writes the PNG."""
    from ui.dossier_list_view import DossierListView
    from ui.privacy import PrivacyScreen

    privacy = PrivacyScreen()
    view = DossierListView(session, privacy)
    view.resize(1180, 420)
    view.show()
    loaded = []
    view.loaded.connect(lambda: loaded.append(True))
    view.load()
    wait_until(lambda: bool(loaded) and not session.worker.is_busy())

    def settle() -> None:
        wait_until(lambda: not session.worker.is_busy() and not view._debounce.isActive())

    save(view, "list", lang)

    view.search.setText("ja")
    settle()
    view.filters_button.setChecked(True)
    filters = view.filters
    filters.language.setCurrentIndex(max(0, filters.language.findData("ja")))
    filters.level.setCurrentIndex(max(0, filters.level.findData("B1")))
    filters.work.setCurrentIndex(2)  # yes or restricted
    view.search.clear()
    settle()
    save(view, "list-filters", lang)

    view.search.setText("nobody by this name")
    settle()
    save(view, "list-no-match", lang)
    view.show_all()
    settle()
    view.filters_button.setChecked(False)

    privacy.set_on(True)
    view.table.setFocus()
    save(view, "list-privacy", lang)
    privacy.set_on(False)

    view.clear()
    view.hide()
    view.deleteLater()
