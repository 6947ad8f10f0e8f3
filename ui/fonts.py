"""The bundled Japanese font, registered with Qt and made the fallback of the UI's fonts.

A bare Linux or Windows install may have no font with kana and kanji at all, and Qt then draws
boxes. IPAex Gothic ships in ``resources/fonts`` (see its README) and is registered at start-up.
PySide6 does not bind ``QFontDatabase.addApplicationFallbackFontFamily`` (it needs ``QChar``), so
the fallback is set up in the two ways it does bind: the application font lists the bundled
family after its own, and the families of the general and fixed-pitch system fonts get it as a
substitute (which covers fonts derived from them, e.g. a bold title or the monospace recovery key).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from app.resources import resource_path

BUNDLED_FONTS = ("ipaexg.ttf",)

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database (once); return their family names."""
    if not _registered:
        for name in BUNDLED_FONTS:
            path = resource_path("fonts", name)
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)


def install_cjk_fallback(app: QGuiApplication) -> list[str]:
    """Register the bundled fonts and make them the fallback for Japanese text."""
    families = register_bundled_fonts()
    if not families:
        return []
    bases = {
        QFontInfo(app.font()).family(),
        QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)).family(),
        QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).family(),
    }
    for base in bases - set(families):
        QFont.insertSubstitutions(base, [f for f in families if f not in QFont.substitutes(base)])
    font = QFont(app.font())
    primary = QFontInfo(font).family()
    font.setFamilies([primary, *[f for f in families if f != primary]])
    app.setFont(font)
    return families


def monospace_font(point_scale: float = 1.0) -> QFont:
    """The system's fixed-pitch font, scaled (for keys and commands the user copies)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * point_scale)
    return font
