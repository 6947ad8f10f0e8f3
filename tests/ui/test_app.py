"""The application object: bundled Japanese font, language choice, settings, entry point."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

from ui.app import KakehashiApplication
from ui.i18n import choose_language
from ui.session import kdf_target_ms

JAPANESE_TEXT = "保管庫のロックを解除。ひらがなカタカナ"


def glyph_runs(font: QFont, text: str) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_tests_run_on_our_application_class(qapp):
    assert isinstance(qapp, KakehashiApplication)
    assert not qapp.quitOnLastWindowClosed()


def test_the_bundled_font_is_registered_and_draws_japanese(qapp):
    assert qapp.font_families == ["IPAexGothic"]
    runs = glyph_runs(qapp.font(), "Kakehashi " + JAPANESE_TEXT)
    japanese = [glyphs for family, glyphs in runs if family == "IPAexGothic"]
    assert sum(len(g) for g in japanese) == len(JAPANESE_TEXT)
    assert all(index != 0 for _, glyphs in runs for index in glyphs)  # 0 is the "box" glyph


def test_fonts_derived_from_the_fixed_pitch_font_fall_back_too(qapp):
    from ui.fonts import monospace_font

    runs = glyph_runs(monospace_font(1.5), JAPANESE_TEXT)
    assert runs and all(index != 0 for _, glyphs in runs for index in glyphs)


def test_language_comes_from_the_environment_then_the_system(monkeypatch):
    monkeypatch.setenv("KAKEHASHI_LANG", "ja")
    assert choose_language() == "ja"
    monkeypatch.setenv("KAKEHASHI_LANG", "EN")
    assert choose_language() == "en"
    monkeypatch.setenv("KAKEHASHI_LANG", "fr")  # unsupported: the system decides
    assert choose_language() in ("en", "ja")


def test_kdf_target_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("KAKEHASHI_KDF_TARGET_MS", "1")
    assert kdf_target_ms() == 1
    for bad in ("0", "-5", "fast", ""):
        monkeypatch.setenv("KAKEHASHI_KDF_TARGET_MS", bad)
        assert kdf_target_ms() == 1000
    monkeypatch.delenv("KAKEHASHI_KDF_TARGET_MS")
    assert kdf_target_ms() == 1000


def test_settings_use_the_kakehashi_names_and_this_tests_folder(settings, isolated_environment):
    from pathlib import Path

    name = Path(settings.file_name())
    assert name.parent.name == "Kakehashi" and name.stem == "Kakehashi"
    assert str(name).startswith(str(isolated_environment["home"]))


def test_an_unexpected_error_is_one_line_without_its_text(capsys, monkeypatch):
    from ui.app import one_line_excepthook

    monkeypatch.delenv("KAKEHASHI_DEBUG", raising=False)
    try:
        raise ValueError("Farid Rahimi 090-4417-2208")
    except ValueError as error:
        one_line_excepthook(type(error), error, error.__traceback__)
    err = capsys.readouterr().err
    assert err == "kakehashi: internal error (ValueError)\n"
