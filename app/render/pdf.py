"""Anonymized candidate profiles as PDF: one calm A4 page per candidate, drawn by Qt.

The page is Qt rich text (``QTextDocument``) built from ``resources/templates/profile.html``,
painted with ``QPainter`` on a ``QPdfWriter``. Every value from the ``Profile`` is HTML-escaped
before it meets the template; the template itself is the only markup. The bundled IPAex Gothic
(``resources/fonts/ipaexg.ttf``) draws all the text, Latin and Japanese alike, so a profile looks
the same on every laptop and Japanese never falls back to boxes.

One page, always. If the content is too long the page is first drawn smaller (down to
``MIN_SCALE``), then the longest free texts (summary, aspirations, experience descriptions) are
cut at a word boundary with an ellipsis, then long lists show their first items and "+n more",
and only as a last resort (a pathological profile) the page is clipped. ``render_profile_fitted``
also tells what was done, for a preview.

After Qt has written the file, it is rewritten (pypdf) so that it carries nothing but the page:
``/Info`` holds only a title (the candidate code), a fixed creator and a fixed producer — no
author, no dates; the XMP packet (with Qt's dates and a random document UUID) is dropped; no
annotations, outlines, names, forms, scripts, open actions or attachments; the trailer ID is a
hash of the content. The same profile gives the same bytes.

Labels (section headings, footer) come from ``profile.labels`` in the profile's language; a
missing key falls back to English (``LABELS``).

Qt needs a ``QGuiApplication``: the desk has its ``QApplication``; anything else (CLI, tests)
gets an offscreen ``QGuiApplication`` made here on first use, which must be on the main thread.
Rendering itself may run on any thread (QTextDocument, QPainter and QPdfWriter are fine off the
GUI thread), several at once.
"""

from __future__ import annotations

import hashlib
import html
import io
import os
import re
import string
import struct
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from app.atomic import write_private
from app.disclosure.codes import ALPHABET as CODE_ALPHABET
from app.disclosure.profile import Profile
from app.resources import resource_path

__all__ = [
    "LABELS",
    "PRODUCER",
    "CREATOR",
    "RenderError",
    "Fitted",
    "ensure_qt",
    "render_profile_fitted",
    "render_profile",
    "profile_html",
    "render_booklet",
    "write_pdf",
    "profile_filename",
]

#: Written into every PDF instead of Qt's "Qt 6.x" (no version: nothing to tell builds apart).
PRODUCER = "Kakehashi"
CREATOR = "Kakehashi"

FONT_FILE = ("fonts", "ipaexg.ttf")
TEMPLATE = ("templates", "profile.html")

#: Label keys the renderer reads from ``profile.labels``, with the English used when one is missing.
LABELS: dict[str, str] = {
    "summary": "Summary",
    "experience": "Experience",
    "aspirations": "Aspirations",
    "skills": "Skills",
    "languages": "Languages",
    "education": "Education",
    "certifications": "Certifications",
    "desired_roles": "Desired roles",
    "introduced_by": "Introduced by",  # header, right: "Introduced by <organization>"
    "contact": "Contact",              # footer, before the organization's name
    "note": "Anonymized profile — the candidate's identity is shared only with their consent.",
    "more": "+{n} more",               # a shortened list; {n} is replaced by the count left out
    "booklet_title": "Shortlist",      # cover page and the booklet's PDF title
    "booklet_subtitle": "{n} anonymized candidate profiles, one per page.",
}

# Page geometry, in points (the writer runs at 72 dpi, so a device pixel is a point).
DPI = 72
MARGIN_X = 52.0
MARGIN_TOP = 46.0
MARGIN_BOTTOM = 36.0
FOOTER_GAP = 16.0          # between the body and the footer's rule
BASE_POINT_SIZE = 9.5
SCALES = (1.0, 0.96, 0.92, 0.88)
MIN_SCALE = SCALES[-1]
TEXT_COMFORT = 480         # free texts are first cut no shorter than this (characters) ...
ITEMS_COMFORT = 8          # ... and lists no shorter than this (jobs: half), before going
TEXT_FLOOR = 160           # down to these floors

HEADLINE_LIMIT = 200       # the headline (desired roles) never takes more than about two lines
FACT_COLUMNS = 3
RULE_COLOR = "#d5dde2"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_CODE_FORMAT = re.compile(f"KH-[{re.escape(CODE_ALPHABET)}]{{4}}-[{re.escape(CODE_ALPHABET)}]{{4}}")


class RenderError(RuntimeError):
    """The profile could not be rendered (no usable Qt application, font or template)."""


# -- Qt set-up --------------------------------------------------------------------------------

_setup_lock = threading.Lock()
_app: QGuiApplication | None = None   # the offscreen application made here, kept alive
_family: str | None = None


def ensure_qt() -> str:
    """Make sure a ``QGuiApplication`` exists and the bundled font is registered; return its family.

    With no application at all, one is made here (offscreen unless a platform is already chosen),
    which Qt requires to happen on the main thread. A bare ``QCoreApplication`` cannot render
    text, so it is an error.
    """
    global _app, _family
    with _setup_lock:
        app = QCoreApplication.instance()
        if app is None:
            if threading.current_thread() is not threading.main_thread():
                raise RenderError(
                    "no Qt application: call app.render.pdf.ensure_qt() on the main thread first"
                )
            if not os.environ.get("QT_QPA_PLATFORM") and "-platform" not in sys.argv:
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
            _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "kakehashi"])
        elif not isinstance(app, QGuiApplication):
            raise RenderError("a QCoreApplication is running; rendering needs a QGuiApplication")
        if _family is None:
            path = resource_path(*FONT_FILE)
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                raise RenderError(f"the bundled font could not be loaded: {path}")
            _family = families[0]
        return _family


# -- template -----------------------------------------------------------------------------------

_BLOCK = re.compile(r"<!--\s*block:(\w+)\s*-->\n?(.*?)<!--\s*/block\s*-->", re.S)


@lru_cache(maxsize=1)
def _blocks() -> dict[str, string.Template]:
    path = resource_path(*TEMPLATE)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"the profile template is missing: {path}") from exc
    blocks = {name: string.Template(body.strip()) for name, body in _BLOCK.findall(text)}
    needed = {"style", "page", "headline", "facts", "facts_row", "fact", "section", "paragraph",
              "line", "more", "job", "job_detail", "job_text",
              "footer", "footer_org", "footer_sep", "cover", "cover_row"}
    if missing := needed - blocks.keys():
        raise RenderError(f"the profile template lacks blocks: {', '.join(sorted(missing))}")
    return blocks


def _fill(block: str, **values: str) -> str:
    return _blocks()[block].substitute(values)


def _clean(text: str) -> str:
    """Control and direction-override characters out, line ends unified, spaces tidied."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


def _esc(text: str) -> str:
    """One line of plain text as HTML."""
    return html.escape(" ".join(_clean(text).split()), quote=True)


def _esc_multiline(text: str) -> str:
    """Free text as HTML: paragraphs kept (at most one blank line), everything escaped."""
    text = re.sub(r"\n{3,}", "\n\n", _clean(text))
    return "<br/>".join(html.escape(line, quote=True) for line in text.split("\n"))


def _label(profile: Profile, key: str) -> str:
    value = profile.labels.get(key) if profile.labels else None
    return value if isinstance(value, str) and value.strip() else LABELS[key]


def _count_label(profile: Profile, key: str, n: int) -> str:
    return _label(profile, key).replace("{n}", str(n))


def _truncate(text: str, limit: int | None) -> tuple[str, bool]:
    """``text`` cut to about ``limit`` characters at a word boundary, with an ellipsis."""
    text = _clean(text)
    if limit is None or len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= limit * 0.6:
        cut = cut[:space]
    cut = cut.rstrip(" \n,;:.-–—、。，・")
    return cut + "…", True


# -- composing a page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Limits:
    text: int | None = None     # longest free text, characters
    items: int | None = None    # longest list, items
    facts: int | None = None    # facts (only in the last resort)


@dataclass
class Fitted:
    """How a profile was fitted on its page."""

    scale: float = 1.0
    trimmed: list[str] = field(default_factory=list)   # "summary", "skills", ... shortened
    clipped: bool = False                              # even the shortest form overflowed
    missing: str = ""    # characters the bundled font lacks: drawn with a system font if Qt
                         # finds one, else as boxes (e.g. Arabic script, emoji)

    @property
    def complete(self) -> bool:
        return not self.trimmed and not self.clipped


def _headline_text(profile: Profile) -> str:
    if profile.headline and profile.headline.strip():
        return profile.headline
    return " · ".join(r for r in profile.desired_roles if r.strip())


def _roles_outside_headline(profile: Profile) -> list[str]:
    """Desired roles the headline does not already show (then they get their own section)."""
    roles = [r for r in profile.desired_roles if r.strip()]
    if not profile.headline or not profile.headline.strip():
        return []
    headline = unicodedata.normalize("NFKC", profile.headline).casefold()
    return [r for r in roles if unicodedata.normalize("NFKC", r).casefold() not in headline]


def _capped(items: list[str], cap: int | None) -> tuple[list[str], int]:
    items = [i for i in items if i and i.strip()]
    if cap is None or len(items) <= cap:
        return items, 0
    return items[:cap], len(items) - cap


def _section(heading: str, body: str, first: bool) -> str:
    return _fill("section", cls="heading0" if first else "heading", heading=_esc(heading), body=body)


def _compose(profile: Profile, limits: _Limits, trimmed: set[str]) -> str:
    """The page's HTML for these limits; names of what the limits shortened go into ``trimmed``."""

    def free(name: str, text: str | None) -> str:
        cut, was_cut = _truncate(text or "", limits.text)
        if was_cut:
            trimmed.add(name)
        return _esc_multiline(cut)

    def more(name: str, left: int) -> str:
        if not left:
            return ""
        trimmed.add(name)
        return _fill("more", text=_esc(_count_label(profile, "more", left)))

    def lines(name: str, values) -> str:
        items, left = _capped(list(values), limits.items)
        return "".join(_fill("line", text=_esc(v)) for v in items) + more(name, left)

    # header
    org = profile.organization
    header_org = f"{_esc(_label(profile, 'introduced_by'))} {_esc(org.name)}" if org else ""
    headline, cut = _truncate(_headline_text(profile), HEADLINE_LIMIT)
    if cut:
        trimmed.add("headline")
    headline_html = _fill("headline", text=_esc(headline)) if headline else ""

    # facts, FACT_COLUMNS to a row
    facts = [f for f in profile.facts if (f.label or "").strip() or (f.value or "").strip()]
    if limits.facts is not None and len(facts) > limits.facts:
        facts = facts[: limits.facts]
        trimmed.add("facts")
    facts_html = ""
    if facts:
        widths = [100 // FACT_COLUMNS] * FACT_COLUMNS
        widths[-1] += 100 - sum(widths)  # the row spans the full width
        rows = []
        for start in range(0, len(facts), FACT_COLUMNS):
            chunk = [(f.label, f.value) for f in facts[start:start + FACT_COLUMNS]]
            chunk += [("", "")] * (FACT_COLUMNS - len(chunk))
            cells = [_fill("fact", width=str(w), label=_esc(label), value=_esc(value))
                     for w, (label, value) in zip(widths, chunk)]
            rows.append(_fill("facts_row", cells="".join(cells)))
        facts_html = _fill("facts", rows="\n".join(rows))

    # main column: summary, experience, aspirations
    main: list[str] = []
    if profile.summary and profile.summary.strip():
        main.append(_section(_label(profile, "summary"),
                             _fill("paragraph", text=free("summary", profile.summary)), not main))
    jobs = [j for j in profile.experience if (j.title or j.detail or j.description or "").strip()]
    job_cap = None if limits.items is None else max(1, limits.items // 2)  # a job counts twice
    jobs, jobs_left = (jobs, 0) if job_cap is None or len(jobs) <= job_cap else (
        jobs[:job_cap], len(jobs) - job_cap)
    if jobs:
        parts = []
        for i, job in enumerate(jobs):
            title = _esc(job.title or "") if (job.title or "").strip() else ""
            detail = _fill("job_detail", text=_esc(job.detail)) if (job.detail or "").strip() else ""
            desc = (_fill("job_text", text=free("experience", job.description))
                    if (job.description or "").strip() else "")
            parts.append(_fill("job", cls="job0" if i == 0 else "job", title=title,
                               detail=detail, description=desc))
        main.append(_section(_label(profile, "experience"),
                             "".join(parts) + more("experience", jobs_left), not main))
    if profile.aspirations and profile.aspirations.strip():
        main.append(_section(_label(profile, "aspirations"),
                             _fill("paragraph", text=free("aspirations", profile.aspirations)),
                             not main))

    # side column: skills, languages, education, certifications, desired roles
    side: list[str] = []
    skills, skills_left = _capped(list(profile.skills), limits.items)
    if skills:
        body = "".join(_fill("line", text=_esc(s)) for s in skills)
        side.append(_section(_label(profile, "skills"), body + more("skills", skills_left), not side))
    for key, values in (("languages", profile.languages),
                        ("education", [e.text for e in profile.education]),
                        ("certifications", profile.certifications),
                        ("desired_roles", _roles_outside_headline(profile))):
        if any(v and v.strip() for v in values):
            side.append(_section(_label(profile, key), lines(key, values), not side))

    return _fill("page", style=_fill("style"), title=_esc(profile.title), header_org=header_org,
                 code=_esc(profile.code), headline=headline_html, facts=facts_html,
                 main="".join(main), side="".join(side))


def _footer(profile: Profile) -> str:
    org = profile.organization
    contact = ""
    if org:
        parts = [_fill("footer_org", label=_esc(_label(profile, "contact")), name=_esc(org.name))]
        parts += [_esc(v) for v in (org.email, org.phone) if v and v.strip()]
        contact = _fill("footer_sep").join(parts)
    return _fill("footer", style=_fill("style"), contact=contact, note=_esc(_label(profile, "note")))


def _cover(profiles: list[Profile], start: int, count: int) -> str:
    """The cover page listing ``profiles[start:start + count]`` (labels of the first profile)."""
    first = profiles[0]
    org = first.organization
    header_org = f"{_esc(_label(first, 'introduced_by'))} {_esc(org.name)}" if org else ""
    rows = "\n".join(
        _fill("cover_row", code=_esc(p.code), headline=_esc(_truncate(_headline_text(p), 140)[0]))
        for p in profiles[start:start + count]
    )
    return _fill("cover", style=_fill("style"), eyebrow=_esc(first.title), header_org=header_org,
                 title=_esc(_label(first, "booklet_title")),
                 subtitle=_esc(_count_label(first, "booklet_subtitle", len(profiles))), rows=rows)


# -- layout and painting ------------------------------------------------------------------------


class _Page:
    """Lays out and paints rich text on one writer: body area above a footer with a rule."""

    def __init__(self, writer: QPdfWriter, family: str) -> None:
        self.writer = writer
        self.family = family
        self.width = writer.width() - 2 * MARGIN_X
        self.height = writer.height()

    def document(self, html_text: str, scale: float = 1.0) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDocumentMargin(0)
        doc.setUseDesignMetrics(True)
        font = QFont()
        font.setFamilies([self.family])
        font.setPointSizeF(BASE_POINT_SIZE)
        font.setKerning(True)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setHtml(html_text)
        doc.setTextWidth(self.width / scale)
        return doc

    def body_height(self, footer: QTextDocument) -> float:
        return self.footer_top(footer) - FOOTER_GAP - MARGIN_TOP

    def footer_top(self, footer: QTextDocument) -> float:
        return self.height - MARGIN_BOTTOM - footer.size().height() - 8.0

    def paint(self, painter: QPainter, body: QTextDocument, scale: float,
              footer: QTextDocument | None) -> None:
        avail = self.body_height(footer) if footer is not None else (
            self.height - MARGIN_BOTTOM - MARGIN_TOP)
        painter.save()
        painter.translate(MARGIN_X, MARGIN_TOP)
        painter.scale(scale, scale)
        body.drawContents(painter, QRectF(0, 0, self.width / scale, avail / scale))
        painter.restore()
        if footer is not None:
            top = self.footer_top(footer)
            painter.fillRect(QRectF(MARGIN_X, top, self.width, 0.6), QColor(RULE_COLOR))
            painter.save()
            painter.translate(MARGIN_X, top + 8.0)
            footer.drawContents(painter)
            painter.restore()


def _fit(page: _Page, profile: Profile, footer: QTextDocument) -> tuple[QTextDocument, Fitted]:
    """The profile's page at the largest scale, then with the least trimming, that fits."""
    avail = page.body_height(footer)

    def attempt(limits: _Limits, scale: float) -> tuple[QTextDocument, set[str], bool]:
        trimmed: set[str] = set()
        doc = page.document(_compose(profile, limits, trimmed), scale)
        return doc, trimmed, doc.size().height() * scale <= avail

    for scale in SCALES:
        doc, _, fits = attempt(_Limits(), scale)
        if fits:
            return doc, Fitted(scale=scale)

    scale = MIN_SCALE
    texts = [profile.summary or "", profile.aspirations or ""]
    texts += [j.description or "" for j in profile.experience]
    longest_text = max((len(_clean(t)) for t in texts), default=0)
    lists = [profile.skills, profile.languages, profile.certifications, profile.desired_roles,
             profile.education, (None,) * (2 * len(profile.experience))]  # a job counts twice
    longest_list = max((len(x) for x in lists), default=0)

    def search(lo: int, hi: int, make) -> tuple | None:
        """The largest n in [lo, hi] whose limits fit, by bisection (fitting is monotone in n)."""
        best = None
        while lo <= hi:
            mid = (lo + hi) // 2
            result = attempt(make(mid), scale)
            if result[2]:
                best, lo = result, mid + 1
            else:
                hi = mid - 1
        return best

    # In turn, each step keeping what the previous one settled for:
    #   long free texts cut to no less than TEXT_COMFORT characters;
    #   long lists shortened to no fewer than ITEMS_COMFORT items (jobs: half as many);
    #   free texts cut further, to TEXT_FLOOR;  lists shortened further, to one item.
    text = None if longest_text <= TEXT_COMFORT else TEXT_COMFORT
    items = None if longest_list <= ITEMS_COMFORT else ITEMS_COMFORT
    steps = []
    if text is not None:
        steps.append((TEXT_COMFORT, longest_text - 1, lambda n: _Limits(text=n)))
    if items is not None:
        steps.append((ITEMS_COMFORT, longest_list - 1, lambda n: _Limits(text=text, items=n)))
    text_floor = TEXT_FLOOR if longest_text > TEXT_FLOOR else None
    if text_floor is not None:
        steps.append((TEXT_FLOOR, min(longest_text, TEXT_COMFORT) - 1,
                      lambda n: _Limits(text=n, items=items)))
    if longest_list > 1:
        steps.append((1, min(longest_list, ITEMS_COMFORT) - 1,
                      lambda n: _Limits(text=text_floor, items=n)))
    for lo, hi, make in steps:
        if lo <= hi and (found := search(lo, hi, make)):
            doc, trimmed, _ = found
            return doc, Fitted(scale=scale, trimmed=sorted(trimmed))
    # last resort (a pathological profile): few facts too, then clip what still overflows
    doc, trimmed, fits = attempt(_Limits(text=text_floor, items=1, facts=FACT_COLUMNS * 2), scale)
    return doc, Fitted(scale=scale, trimmed=sorted(trimmed), clipped=not fits)


# -- the document ------------------------------------------------------------------------------


def _new_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    return writer


def _draw(profiles: list[Profile], title: str, cover: bool) -> tuple[bytes, list[Fitted]]:
    family = ensure_qt()
    return _draw_with_qt(profiles, title, cover, family)


def _draw_with_qt(profiles: list[Profile], title: str, cover: bool,
                  family: str) -> tuple[bytes, list[Fitted]]:
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise RenderError("could not open a memory buffer for the PDF")
    writer = _new_writer(buffer, title)
    page = _Page(writer, family)
    fitted: list[Fitted] = []
    painter = QPainter()
    if not painter.begin(writer):
        raise RenderError("Qt could not start the PDF")
    try:
        pages = 0
        if cover:
            footer = page.document(_footer(profiles[0]))
            for part in _cover_pages(page, profiles, page.body_height(footer)):
                if pages:
                    writer.newPage()
                page.paint(painter, part, 1.0, footer)
                pages += 1
        for profile in profiles:
            if pages:
                writer.newPage()
            footer = page.document(_footer(profile))
            body, fit = _fit(page, profile, footer)
            page.paint(painter, body, fit.scale, footer)
            fitted.append(fit)
            pages += 1
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data()), fitted


def _cover_pages(page: _Page, profiles: list[Profile], avail: float) -> list[QTextDocument]:
    """The cover: one page, or as many as a long shortlist needs (a row is never split)."""
    docs: list[QTextDocument] = []
    start = 0
    while start < len(profiles):
        left = len(profiles) - start
        doc = page.document(_cover(profiles, start, left))
        if doc.size().height() <= avail:
            docs.append(doc)
            break
        lo, hi, best = 1, left - 1, (1, None)
        while lo <= hi:
            mid = (lo + hi) // 2
            doc = page.document(_cover(profiles, start, mid))
            if doc.size().height() <= avail:
                best, lo = (mid, doc), mid + 1
            else:
                hi = mid - 1
        count, doc = best
        docs.append(doc if doc is not None else page.document(_cover(profiles, start, 1)))
        start += count
    return docs


def _pdf_title(profile: Profile) -> str:
    return " ".join(_clean(f"{profile.title} {profile.code}").split())


def render_profile_fitted(profile: Profile) -> tuple[bytes, Fitted]:
    """``render_profile``, and how the profile was fitted on its page."""
    raw, fitted = _draw([profile], _pdf_title(profile), cover=False)
    fit = fitted[0]
    fit.missing = _missing_glyphs(profile)
    return _scrub(raw, _pdf_title(profile), _used_chars([profile])), fit


def render_profile(profile: Profile) -> bytes:
    """One A4 page: the anonymized profile as a scrubbed PDF."""
    return render_profile_fitted(profile)[0]


def profile_html(profile: Profile) -> tuple[str, Fitted]:
    """The page as ``render_profile`` would draw it — the body with the trimming that fits one
    page, then the footer — as Qt rich text, for the desk's preview; no PDF is made.

    The HTML is the laid-out document's own (``QTextDocument.toHtml``), so a ``QTextBrowser``
    shows the very text the PDF will hold. May run on any thread, like rendering."""
    family = ensure_qt()
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise RenderError("could not open a memory buffer for the preview")
    try:
        page = _Page(_new_writer(buffer, _pdf_title(profile)), family)
        footer_html = _footer(profile)
        body, fit = _fit(page, profile, page.document(footer_html))
        fit.missing = _missing_glyphs(profile)
        cursor = QTextCursor(body)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertHtml(footer_html)
        return body.toHtml(), fit
    finally:
        buffer.close()


def render_booklet(profiles: list[Profile], *, cover: bool = True) -> bytes:
    """A shortlist as one PDF: a cover listing the candidate codes (unless ``cover=False``),
    then one page per profile, in the order given. Cover labels come from the first profile."""
    profiles = list(profiles)
    if not profiles:
        raise ValueError("a booklet needs at least one profile")
    title = " ".join(_clean(_label(profiles[0], "booklet_title")).split())
    raw, _ = _draw(profiles, title, cover=cover)
    return _scrub(raw, title, _used_chars(profiles))


def profile_filename(profile: Profile) -> str:
    """``<candidate code>.pdf``: the only name a profile file gets (never a name or a ref).

    Anything but a candidate code as ``app.disclosure.codes`` makes them is refused."""
    if not _CODE_FORMAT.fullmatch(profile.code or ""):
        raise ValueError("not a candidate code")
    return f"{profile.code}.pdf"


def write_pdf(path: Path, data: bytes) -> None:
    """Write a rendered PDF atomically, mode 0600 (nothing is left under a temp name)."""
    if not isinstance(data, (bytes, bytearray)) or not bytes(data[:5]) == b"%PDF-":
        raise ValueError("not a PDF")
    write_private(Path(path), bytes(data))


# -- scrubbing ----------------------------------------------------------------------------------

#: Page keys that must not survive: annotations (links, comments, form widgets), page actions,
#: thumbnails, article beads, private application data, per-page XMP, structure back-references.
_PAGE_DROP = ("/Annots", "/AA", "/Thumb", "/B", "/PieceInfo", "/Metadata", "/StructParents",
              "/Tabs", "/LastModified")


def _missing_glyphs(profile: Profile) -> str:
    cmap = _font_index().cmap
    text = _clean(" ".join(profile.all_text()))
    return "".join(sorted({c for c in text if not c.isspace() and ord(c) not in cmap}))


def _used_chars(profiles: list[Profile]) -> frozenset[str]:
    text = "".join(s for p in profiles for s in p.all_text()) + "".join(LABELS.values())
    return frozenset(unicodedata.normalize("NFC", text) + text + "…·+0123456789")


def _scrub(data: bytes, title: str, used: frozenset[str]) -> bytes:
    """Qt's PDF rewritten with nothing but its pages: see the module's docstring."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for page in reader.pages:
        for key in _PAGE_DROP:
            if key in page:
                del page[NameObject(key)]
        writer.add_page(page)
    digest = hashlib.sha256(title.encode("utf-8"))
    seen: set[int] = set()
    for page in writer.pages:
        digest.update(page.get_contents().get_data())
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if id(font) in seen or "/ToUnicode" not in font:
                continue
            seen.add(id(font))
            _repair_to_unicode(font, used)
    writer.metadata = {"/Title": title, "/Creator": CREATOR, "/Producer": PRODUCER}
    file_id = ByteStringObject(digest.digest()[:16])
    writer._ID = ArrayObject([file_id, file_id])  # a hash of the content, not a random UUID
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- ToUnicode ----------------------------------------------------------------------------------
#
# Text extraction (a recipient copying text, and our own read-back) reads a font's ToUnicode map.
# Qt's is wrong in two ways for IPAex Gothic:
#   - it names the lowest code point that the font draws with a glyph, and this font shares
#     glyphs: U+65E5 日 with U+2F47 ⽇ (KANGXI RADICAL SUN), U+2014 — with U+0336 (COMBINING LONG
#     STROKE OVERLAY), ... so "日本" extracts as "⽇本" and "English — fluent" as "English ̶ fluent";
#   - it only looks at the Basic Multilingual Plane, so a kanji beyond it (U+2000B 𠀋, some 300
#     in this font) gets a wrong code point.
# So the map is rebuilt: each glyph of the embedded subset is matched to the bundled font's glyph
# by its outline's contour count and bounding box (Qt re-encodes the points but keeps those), and
# named by the code point the profile's text used among those the font draws with it (or the
# most plausible one). Qt's own entry is kept when a glyph cannot be matched (spaces, a system
# font Qt fell back to).


def _ttf_tables(font: bytes) -> dict[bytes, tuple[int, int]]:
    (count,) = struct.unpack_from(">H", font, 4)
    return {tag: (offset, length) for tag, _, offset, length in
            (struct.unpack_from(">4sIII", font, 12 + 16 * i) for i in range(count))}


def _read_cmap(font: bytes) -> dict[int, int]:
    """Code point → glyph of a TrueType font (cmap formats 4 and 12, Unicode subtables)."""
    tables = _ttf_tables(font)
    if b"cmap" not in tables:
        return {}
    cmap = tables[b"cmap"][0]
    mapping: dict[int, int] = {}
    (count,) = struct.unpack_from(">H", font, cmap + 2)
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", font, cmap + 4 + 8 * i)
        if not (platform == 0 or (platform == 3 and encoding in (1, 10))):
            continue
        table = cmap + offset
        (fmt,) = struct.unpack_from(">H", font, table)
        if fmt == 12:
            (groups,) = struct.unpack_from(">I", font, table + 12)
            for g in range(groups):
                first, last, glyph = struct.unpack_from(">III", font, table + 16 + 12 * g)
                for cp in range(first, last + 1):
                    mapping.setdefault(cp, glyph + cp - first)
        elif fmt == 4:
            (seg2,) = struct.unpack_from(">H", font, table + 6)
            seg = seg2 // 2
            ends = struct.unpack_from(f">{seg}H", font, table + 14)
            starts = struct.unpack_from(f">{seg}H", font, table + 16 + seg2)
            deltas = struct.unpack_from(f">{seg}h", font, table + 16 + 2 * seg2)
            ranges_at = table + 16 + 3 * seg2
            ranges = struct.unpack_from(f">{seg}H", font, ranges_at)
            for k in range(seg):
                for cp in range(starts[k], ends[k] + 1):
                    if cp == 0xFFFF:
                        continue
                    if ranges[k] == 0:
                        glyph = (cp + deltas[k]) & 0xFFFF
                    else:
                        at = ranges_at + 2 * k + ranges[k] + 2 * (cp - starts[k])
                        (glyph,) = struct.unpack_from(">H", font, at)
                        glyph = (glyph + deltas[k]) & 0xFFFF if glyph else 0
                    if glyph:
                        mapping.setdefault(cp, glyph)
    return mapping


def _glyph_keys(font: bytes) -> list[bytes | None]:
    """Per glyph: contour count and bounding box (10 bytes of its header), None if empty."""
    tables = _ttf_tables(font)
    (loca_format,) = struct.unpack_from(">h", font, tables[b"head"][0] + 50)
    (count,) = struct.unpack_from(">H", font, tables[b"maxp"][0] + 4)
    loca = tables[b"loca"][0]
    if loca_format == 0:
        offsets = [2 * x for x in struct.unpack_from(f">{count + 1}H", font, loca)]
    else:
        offsets = list(struct.unpack_from(f">{count + 1}I", font, loca))
    glyf = tables[b"glyf"][0]
    return [font[glyf + offsets[i]: glyf + offsets[i] + 10] if offsets[i + 1] - offsets[i] >= 10
            else None for i in range(count)]


@lru_cache(maxsize=1)
def _postscript_name() -> str:
    """The bundled font's PostScript name (name ID 6): what Qt writes as its /BaseFont."""
    font = resource_path(*FONT_FILE).read_bytes()
    table = _ttf_tables(font)[b"name"][0]
    _, count, storage = struct.unpack_from(">HHH", font, table)
    for i in range(count):
        platform, _, _, name_id, length, offset = struct.unpack_from(">HHHHHH", font, table + 6 + 12 * i)
        if name_id == 6:
            raw = font[table + storage + offset: table + storage + offset + length]
            return raw.decode("utf-16-be") if platform in (0, 3) else raw.decode("latin-1")
    return ""


@dataclass(frozen=True)
class _FontIndex:
    cmap: dict[int, int]                        # code point → glyph
    by_glyph: dict[int, tuple[int, ...]]        # glyph → code points
    keys: list[bytes | None]                    # glyph → outline key
    by_key: dict[bytes, tuple[int, ...]]        # outline key → glyphs


@lru_cache(maxsize=1)
def _font_index() -> _FontIndex:
    font = resource_path(*FONT_FILE).read_bytes()
    cmap = _read_cmap(font)
    by_glyph: dict[int, list[int]] = {}
    for cp, glyph in cmap.items():
        by_glyph.setdefault(glyph, []).append(cp)
    keys = _glyph_keys(font)
    by_key: dict[bytes, list[int]] = {}
    for glyph, key in enumerate(keys):
        if key is not None:
            by_key.setdefault(key, []).append(glyph)
    return _FontIndex(cmap, {g: tuple(c) for g, c in by_glyph.items()}, keys,
                      {k: tuple(g) for k, g in by_key.items()})


def _rank(cp: int, used: frozenset[str], claim: str) -> tuple:
    """Which of several code points of one glyph the text most likely had (smallest first)."""
    ch = chr(cp)
    return (ch not in used,
            ch != claim,
            unicodedata.category(ch).startswith("M"),               # a combining mark
            unicodedata.normalize("NFKC", ch) != ch,                # a compatibility character
            any(lo <= cp <= hi for lo, hi in _UNLIKELY),            # radicals, modifiers, ...
            cp)


#: Blocks whose characters share glyphs with everyday ones but are rarely meant: spacing modifier
#: letters and combining marks, letterlike symbols, mathematical operators, CJK radicals and
#: strokes, CJK compatibility ideographs.
_UNLIKELY = ((0x02B0, 0x036F), (0x2100, 0x214F), (0x2200, 0x22FF), (0x2E80, 0x2FDF),
             (0x31C0, 0x31EF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))

_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _parse_to_unicode(cmap: bytes) -> dict[int, str]:
    """CID → text of a ToUnicode CMap (bfchar, and bfrange in both its forms)."""
    def text(code: bytes) -> str:
        try:
            return bytes.fromhex(code.decode("ascii")).decode("utf-16-be")
        except (ValueError, UnicodeDecodeError):
            return ""

    out: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        codes = _HEX.findall(block)
        for src, dst in zip(codes[0::2], codes[1::2]):
            out[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for line in re.findall(rb"<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*(?:\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            codes = _HEX.findall(line)
            first, last = int(codes[0], 16), int(codes[1], 16)
            if b"[" in line:
                for offset, dst in enumerate(codes[2:]):
                    out[first + offset] = text(dst)
            else:
                start = text(codes[2])
                for offset in range(last - first + 1):
                    if len(start) == 1:
                        out[first + offset] = chr(ord(start) + offset)
    return out


def _write_to_unicode(entries: dict[int, str]) -> bytes:
    lines = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
             b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
             b"1 begincodespacerange", b"<0000> <FFFF>", b"endcodespacerange"]
    items = sorted(entries.items())
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        lines.append(b"%d beginbfchar" % len(chunk))
        lines += [b"<%04X> <%s>" % (cid, text.encode("utf-16-be").hex().upper().encode("ascii"))
                  for cid, text in chunk]
        lines.append(b"endbfchar")
    lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    return b"\n".join(lines) + b"\n"


def _outline_distance(a: bytes | None, b: bytes | None) -> float:
    """How far apart two glyph keys are: the bounding boxes' difference in font units, or
    infinity for a different number of contours (or an empty glyph)."""
    if a is None or b is None or a[:2] != b[:2]:
        return float("inf")
    return float(sum(abs(x - y) for x, y in zip(struct.unpack(">4h", a[2:10]),
                                                 struct.unpack(">4h", b[2:10]))))


#: Qt re-encodes outlines, which may move a bounding box by a unit or two.
_SAME_OUTLINE = 8.0


def _repair_to_unicode(font, used: frozenset[str]) -> None:
    """Rebuild the ToUnicode map of a Type0 font embedding a subset of the bundled font."""
    try:
        descendant = font["/DescendantFonts"][0].get_object()
        if str(descendant.get("/BaseFont", "")).split("+")[-1].lstrip("/") != _postscript_name():
            return  # a system font Qt fell back to: its cmap is not ours to read
        program = descendant["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        subset_keys = _glyph_keys(program)
    except (KeyError, IndexError, TypeError, struct.error):
        return  # not a TrueType subset of ours: leave Qt's map
    index = _font_index()
    beyond_bmp = [ord(c) for c in used if ord(c) > 0xFFFF and ord(c) in index.cmap]
    stream = font["/ToUnicode"].get_object()
    claims = _parse_to_unicode(stream.get_data())
    entries: dict[int, str] = {}
    for cid, key in enumerate(subset_keys):
        if cid == 0:
            continue
        claim = claims.get(cid, "")
        glyph = index.cmap.get(ord(claim)) if len(claim) == 1 else None
        candidates: tuple[int, ...] = ()
        if glyph is not None and (key is None or index.keys[glyph] is None
                                  or _outline_distance(index.keys[glyph], key) <= _SAME_OUTLINE):
            # Qt named one code point of the right glyph: all code points of that glyph, and of
            # glyphs with the very same outline (the font has duplicates for radicals), compete
            same = index.by_key.get(index.keys[glyph], (glyph,)) if index.keys[glyph] else (glyph,)
            candidates = tuple(cp for g in {glyph, *same} for cp in index.by_glyph.get(g, ()))
        elif key is not None and beyond_bmp:
            # Qt's name is wrong (a glyph it only reaches beyond the BMP): which such character
            # of the text has this outline?
            best = min(beyond_bmp, key=lambda cp: _outline_distance(index.keys[index.cmap[cp]], key))
            if _outline_distance(index.keys[index.cmap[best]], key) <= _SAME_OUTLINE:
                candidates = (best,)
        if candidates:
            entries[cid] = chr(min(candidates, key=lambda cp: _rank(cp, used, claim)))
        elif claim:
            entries[cid] = claim
    stream.set_data(_write_to_unicode(entries))
