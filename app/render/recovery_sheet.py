"""The recovery sheet: one A4 page with a new vault's recovery key, to print or to keep as PDF.

The words on it come from the caller (the desk translates them); the key is drawn large in the
bundled font, in its eight groups, with room to write where the sheet is kept. Nothing else is
on the page: no vault folder, no date of a person's interview, no name. The PDF is built in
memory; the caller writes it atomically with mode 0600 (``app.render.pdf.write_pdf``) or prints
the same document.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from app.render.pdf import CREATOR, RenderError, ensure_qt

#: Points of margin around the sheet's text.
MARGIN_PT = 56


@dataclass(frozen=True)
class SheetText:
    """The sheet's words, in the caseworker's language."""

    title: str
    explanation: str
    warning: str
    kept_where: str
    created: str


def sheet_html(recovery_key: str, text: SheetText, family: str) -> str:
    groups = html.escape(recovery_key).replace("-", "&#8209;")  # no line break inside the key
    esc = html.escape
    return f"""
<html><body style="font-family: '{esc(family)}'; color: #111;">
<h1 style="font-size: 20pt; margin-bottom: 4pt;">{esc(text.title)}</h1>
<p style="font-size: 11pt; color: #333;">{esc(text.created)}</p>
<p style="font-size: 12pt; line-height: 140%;">{esc(text.explanation)}</p>
<table width="100%" cellpadding="18" style="border: 2px solid #111; margin-top: 14pt;
 margin-bottom: 14pt;"><tr><td align="center" style="font-size: 22pt; letter-spacing: 1pt;">
<b>{groups}</b></td></tr></table>
<p style="font-size: 12pt; line-height: 140%;"><b>{esc(text.warning)}</b></p>
<p style="font-size: 12pt; margin-top: 28pt;">{esc(text.kept_where)}</p>
<p style="font-size: 12pt;">______________________________________________</p>
</body></html>"""


def sheet_document(recovery_key: str, text: SheetText) -> QTextDocument:
    """The sheet as rich text (for printing); needs a ``QGuiApplication``."""
    family = ensure_qt()
    document = QTextDocument()
    document.setHtml(sheet_html(recovery_key, text, family))
    return document


def render_recovery_sheet(recovery_key: str, text: SheetText) -> bytes:
    """The sheet as a one-page A4 PDF, in memory."""
    document = sheet_document(recovery_key, text)
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise RenderError("could not open a memory buffer for the PDF")
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    writer.setTitle(text.title)
    writer.setCreator(CREATOR)
    painter = QPainter()
    if not painter.begin(writer):
        raise RenderError("Qt could not start the PDF")
    try:
        scale = writer.resolution() / 72.0
        width_pt = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point).width()
        document.setPageSize(QSizeF(width_pt - 2 * MARGIN_PT, 10_000))
        painter.scale(scale, scale)
        painter.translate(MARGIN_PT, MARGIN_PT)
        document.drawContents(painter)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())
