"""The export dialog's plain words: a candidate's state and reason, a hit's kind and field, what
a generalization level means, in the desk's language.

The core (``app.disclosure``) speaks in codes and short English reasons; these functions turn
them into sentences. Every source text is written once, marked with
``QT_TRANSLATE_NOOP("ExportWords", …)`` so that lupdate collects it, and translated when used.
No function here takes a personal value: reasons carry dates and field names, never a name or a
word of a dossier.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from app.disclosure import export
from app.disclosure.preview import Candidate, Preview

CONTEXT = "ExportWords"
#: Marks, in the candidate list, the candidates who needed the batch's last generalization step.
FORCED_MARK = "▲"


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


_KINDS = {
    "name": QT_TRANSLATE_NOOP("ExportWords", "Name"),
    "phone": QT_TRANSLATE_NOOP("ExportWords", "Phone number"),
    "email": QT_TRANSLATE_NOOP("ExportWords", "E-mail address"),
    "card": QT_TRANSLATE_NOOP("ExportWords", "Residence card number"),
    "number": QT_TRANSLATE_NOOP("ExportWords", "Number"),
    "url": QT_TRANSLATE_NOOP("ExportWords", "Web address"),
    "handle": QT_TRANSLATE_NOOP("ExportWords", "Messaging account"),
    "place": QT_TRANSLATE_NOOP("ExportWords", "Place"),
    "employer": QT_TRANSLATE_NOOP("ExportWords", "Employer"),
    "institution": QT_TRANSLATE_NOOP("ExportWords", "School or university"),
    "date": QT_TRANSLATE_NOOP("ExportWords", "Date"),
    "postal": QT_TRANSLATE_NOOP("ExportWords", "Postal code"),
    "address": QT_TRANSLATE_NOOP("ExportWords", "Address"),
    "country": QT_TRANSLATE_NOOP("ExportWords", "Country"),
}

_FIELDS = {
    "summary": QT_TRANSLATE_NOOP("ExportWords", "Summary"),
    "aspirations": QT_TRANSLATE_NOOP("ExportWords", "Aspirations"),
    "skills": QT_TRANSLATE_NOOP("ExportWords", "Skills"),
    "desired_roles": QT_TRANSLATE_NOOP("ExportWords", "Desired roles"),
    "preferred_locations": QT_TRANSLATE_NOOP("ExportWords", "Preferred locations"),
    "certifications": QT_TRANSLATE_NOOP("ExportWords", "Certifications"),
    "*": QT_TRANSLATE_NOOP("ExportWords", "Every field"),
    # what the renderer may shorten to fit one page (app.render.pdf.Fitted.trimmed)
    "experience": QT_TRANSLATE_NOOP("ExportWords", "Experience"),
    "languages": QT_TRANSLATE_NOOP("ExportWords", "Languages"),
    "education": QT_TRANSLATE_NOOP("ExportWords", "Education"),
    "headline": QT_TRANSLATE_NOOP("ExportWords", "Headline"),
    "facts": QT_TRANSLATE_NOOP("ExportWords", "Facts at a glance"),
}
_JOB_PARTS = {
    "title": QT_TRANSLATE_NOOP("ExportWords", "Job %1: title"),
    "detail": QT_TRANSLATE_NOOP("ExportWords", "Job %1: details"),
    "description": QT_TRANSLATE_NOOP("ExportWords", "Job %1: description"),
}
_EDUCATION_ITEM = QT_TRANSLATE_NOOP("ExportWords", "Education %1")

_QUASI = {
    "age": QT_TRANSLATE_NOOP("ExportWords", "age"),
    "gender": QT_TRANSLATE_NOOP("ExportWords", "gender"),
    "origin": QT_TRANSLATE_NOOP("ExportWords", "origin"),
    "nationalities": QT_TRANSLATE_NOOP("ExportWords", "nationality"),
    "study_regions": QT_TRANSLATE_NOOP("ExportWords", "region of study"),
    "work_regions": QT_TRANSLATE_NOOP("ExportWords", "region of work"),
    "education": QT_TRANSLATE_NOOP("ExportWords", "place of study"),
    "employers": QT_TRANSLATE_NOOP("ExportWords", "employer kind"),
    "experience_years": QT_TRANSLATE_NOOP("ExportWords", "years of experience"),
    "experience_durations": QT_TRANSLATE_NOOP("ExportWords", "length of each job"),
    "work_permission": QT_TRANSLATE_NOOP("ExportWords", "work permission"),
}

#: How two items of a list, and two reasons, are joined (applied pairwise for longer ones).
_LIST_PAIR = QT_TRANSLATE_NOOP("ExportWords", "%1, %2")
_REASON_PAIR = QT_TRANSLATE_NOOP("ExportWords", "%1; %2")

#: The consent gate's reasons (app.disclosure.consent), fixed and with a date.
_CONSENT_FIXED = (
    QT_TRANSLATE_NOOP("ExportWords", "no consent to share an anonymized profile"),
    QT_TRANSLATE_NOOP("ExportWords", "the consent to share covers other companies only"),
)
_CONSENT_DATED = (
    QT_TRANSLATE_NOOP("ExportWords", "consent withdrawn on %1"),
    QT_TRANSLATE_NOOP("ExportWords", "consent expired on %1"),
    QT_TRANSLATE_NOOP("ExportWords", "consent only applies from %1"),
)

_STATES = {
    export.READY: QT_TRANSLATE_NOOP("ExportWords", "Ready · k = %1"),
    export.REFUSED: QT_TRANSLATE_NOOP("ExportWords", "Refused: %1"),
    export.BLOCKED: QT_TRANSLATE_NOOP("ExportWords", "Blocked: stands out by %1"),
    export.MISSING: QT_TRANSLATE_NOOP(
        "ExportWords", "Not found: the dossier is no longer in the vault"),
    export.EXPORTED: QT_TRANSLATE_NOOP("ExportWords", "Written: %1"),
    export.LEAKED: QT_TRANSLATE_NOOP(
        "ExportWords",
        "Withheld: the rendered PDF still held an identifier (%1); nothing was written"),
    export.CANCELLED: QT_TRANSLATE_NOOP(
        "ExportWords", "Not written: the export was stopped before this profile"),
}

#: (field, grain) of a generalization level → what the profiles show instead.
_CHANGES = {
    ("age", "band10"): QT_TRANSLATE_NOOP("ExportWords", "ages in 10-year bands"),
    ("age", "suppressed"): QT_TRANSLATE_NOOP("ExportWords", "no age"),
    ("gender", "suppressed"): QT_TRANSLATE_NOOP("ExportWords", "no gender"),
    ("origin", "region"): QT_TRANSLATE_NOOP(
        "ExportWords", "origin and nationality as a continent"),
    ("origin", "suppressed"): QT_TRANSLATE_NOOP("ExportWords", "no origin or nationality"),
    ("nationalities", "region"): QT_TRANSLATE_NOOP("ExportWords", "nationality as a continent"),
    ("nationalities", "suppressed"): QT_TRANSLATE_NOOP("ExportWords", "no nationality"),
    ("study_regions", "region"): QT_TRANSLATE_NOOP(
        "ExportWords", "places of study and work as a continent"),
    ("study_regions", "suppressed"): QT_TRANSLATE_NOOP(
        "ExportWords", "no region of study or work"),
    ("work_regions", "region"): QT_TRANSLATE_NOOP("ExportWords", "places of work as a continent"),
    ("work_regions", "suppressed"): QT_TRANSLATE_NOOP("ExportWords", "no region of work"),
    ("education", "suppressed"): QT_TRANSLATE_NOOP(
        "ExportWords", "not whether studies were in Japan or abroad"),
    ("employers", "group"): QT_TRANSLATE_NOOP("ExportWords", "employers only as broad groups"),
    ("employers", "suppressed"): QT_TRANSLATE_NOOP("ExportWords", "no kind of employer"),
    ("experience_years", "coarse"): QT_TRANSLATE_NOOP(
        "ExportWords", "years of experience in broad bands (under 5, 5–9, 10 or more)"),
    ("experience_years", "suppressed"): QT_TRANSLATE_NOOP(
        "ExportWords", "no years of experience"),
    ("experience_durations", "suppressed"): QT_TRANSLATE_NOOP(
        "ExportWords", "no length for each job"),
    ("work_permission", "suppressed"): QT_TRANSLATE_NOOP("ExportWords", "no work permission"),
}

_SHARED_ONE = QT_TRANSLATE_NOOP(
    "ExportWords", "%1 or more people in this vault share this profile (k = %2, threshold %1).")
_SHARED_ALL = QT_TRANSLATE_NOOP(
    "ExportWords",
    "%1 or more people in this vault share each of these profiles (lowest k = %2, threshold %1).")
_GENERALIZED = QT_TRANSLATE_NOOP("ExportWords", "To reach that, the whole batch is generalized: %1.")
_AS_USUAL = QT_TRANSLATE_NOOP(
    "ExportWords",
    "Nothing had to be generalized beyond the usual: 5-year age bands and regions of the world.")
_NONE_READY = QT_TRANSLATE_NOOP(
    "ExportWords", "No candidate of this selection can be exported to this company.")
_BLOCKED = QT_TRANSLATE_NOOP(
    "ExportWords",
    "A blocked profile stands out even with every detail withheld: fewer than %1 people in this "
    "vault would share it.")


def kind_label(kind: str) -> str:
    """A scanner hit's kind ("name", "phone"…) as a word."""
    return _tr(_KINDS[kind]) if kind in _KINDS else kind


_JOB_PART = re.compile(r"^experience\[(\d+)\]\.(title|detail|description)$")
_EDUCATION = re.compile(r"^education\[(\d+)\]$")


def field_label(name: str) -> str:
    """A profile field as ``preview.field_texts`` names it, as the caseworker knows it."""
    job = _JOB_PART.match(name)
    if job:
        return _tr(_JOB_PARTS[job.group(2)]).replace("%1", str(int(job.group(1)) + 1))
    education = _EDUCATION.match(name)
    if education:
        return _tr(_EDUCATION_ITEM).replace("%1", str(int(education.group(1)) + 1))
    return _tr(_FIELDS[name]) if name in _FIELDS else name


def quasi_label(name: str) -> str:
    """A quasi-identifier (``generalize.FIELDS``) as a word, for "stands out by …"."""
    return _tr(_QUASI[name]) if name in _QUASI else name


def _joined(template: str, items: list[str]) -> str:
    """``items`` joined by what stands between %1 and %2 in ``template`` ("%1, %2" → ", ")."""
    _, _, rest = template.partition("%1")
    separator = rest.partition("%2")[0] if "%2" in rest else ", "
    return separator.join(items)


def join_list(items: list[str]) -> str:
    """"a, b, c" in the desk's language ("a、b、c")."""
    return _joined(_tr(_LIST_PAIR), items)


def consent_reason(reason: str) -> str:
    """The consent gate's reason ("consent withdrawn on 2026-06-01; …") in the desk's language
    (a reason not known here is shown as the core wrote it: never hidden)."""
    parts = []
    for part in reason.split("; "):
        if part in _CONSENT_FIXED:
            parts.append(_tr(part))
            continue
        for source in _CONSENT_DATED:
            match = re.fullmatch(re.escape(source).replace("%1", "(.+)"), part)
            if match:
                parts.append(_tr(source).replace("%1", match.group(1)))
                break
        else:
            parts.append(part)
    return _joined(_tr(_REASON_PAIR), parts)


def state_text(candidate: Candidate) -> str:
    """One line: ready (with k), refused (why), blocked (what stands out), and after an export:
    written, withheld or not reached."""
    outcome = candidate.outcome
    state = outcome.state
    template = _tr(_STATES[state]) if state in _STATES else "%1"
    if state == export.READY:
        text = template.replace("%1", str(outcome.k))
        return f"{text}  {FORCED_MARK}" if outcome.forced else text
    if state == export.REFUSED:
        return template.replace("%1", consent_reason(outcome.reason))
    if state == export.BLOCKED:
        return template.replace("%1", join_list([quasi_label(f) for f in outcome.stands_out]))
    if state == export.EXPORTED:
        return template.replace("%1", outcome.path.name if outcome.path else "")
    if state == export.LEAKED:
        return template.replace("%1", join_list([kind_label(k) for k in outcome.leaks]))
    if state in (export.MISSING, export.CANCELLED):
        return template
    return template.replace("%1", outcome.reason)


def change_phrases(changes: list[tuple[str, str]]) -> list[str]:
    """What a level shows more coarsely, in words; origin and nationality (and regions of study
    and of work) are said together when they change together, as they do on the ladder."""
    grains = dict(changes)
    out = []
    for name, grain in changes:
        if name == "nationalities" and grains.get("origin") == grain:
            continue
        if name == "work_regions" and grains.get("study_regions") == grain:
            continue
        source = _CHANGES.get((name, grain))
        out.append(_tr(source) if source else f"{quasi_label(name)}: {grain}")
    return out


def explanation(preview: Preview, selected: Candidate | None) -> str:
    """The plain-words panel: how many people share the profile, what had to be generalized for
    that, and whether a few candidates made the whole batch that general."""
    ready = preview.ready()
    blocked = any(c.state == export.BLOCKED for c in preview.candidates)
    if not ready:
        lines = [_tr(_NONE_READY)]
        if blocked:
            lines.append(_tr(_BLOCKED).replace("%1", str(preview.threshold)))
        return "\n".join(lines)
    chosen = selected if selected is not None and selected in ready else None
    k = chosen.outcome.k if chosen is not None else preview.lowest_k()
    shared = _tr(_SHARED_ONE if chosen is not None else _SHARED_ALL)
    lines = [shared.replace("%1", str(preview.threshold)).replace("%2", str(k))]
    if preview.changes:
        lines.append(_tr(_GENERALIZED).replace("%1", join_list(change_phrases(preview.changes))))
    else:
        lines.append(_tr(_AS_USUAL))
    forced = preview.forced()
    if preview.changes and 0 < len(forced) < len(ready):
        lines.append(QCoreApplication.translate(
            "ExportWords",
            "The batch is this general because of %n candidate(s) (marked %1 in the list); "
            "without them the others could keep more detail.",
            None, len(forced)).replace("%1", FORCED_MARK))
    return "\n".join(lines)
