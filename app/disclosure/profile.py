"""The anonymized profile: everything a company may see, and nothing else.

A ``Profile`` is built up from the allow-list (``app.disclosure.policy``): a value reaches it only
through a rule that names it, already generalized (quasi-identifiers) or scanned (free text).
The renderer draws exactly these fields; it never sees the dossier.

All strings here are final display text in the profile's language, except the free text, which
stays as written (after redaction).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fact:
    """One labelled line of the profile's "at a glance" block, e.g. ("Age", "30–39")."""

    label: str
    value: str


@dataclass(frozen=True)
class ExperienceItem:
    title: str | None          # job title, scanned
    detail: str | None         # generalized: "NGO · rural development · South Asia · 5–9 years"
    description: str | None    # free text, scanned and redacted


@dataclass(frozen=True)
class EducationItem:
    text: str                  # generalized: "Master's · civil engineering · university in Japan"


@dataclass(frozen=True)
class Organization:
    """The nonprofit that introduces the candidate: the only contact on the profile."""

    name: str
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Profile:
    code: str                              # the candidate code for this company
    lang: str                              # "en" or "ja"
    title: str                             # "Candidate profile" in the profile's language
    headline: str | None                   # desired roles, joined
    facts: tuple[Fact, ...] = ()
    skills: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    desired_roles: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()        # "Japanese — JLPT N2", "French — native"
    experience: tuple[ExperienceItem, ...] = ()
    education: tuple[EducationItem, ...] = ()
    summary: str | None = None
    aspirations: str | None = None
    organization: Organization | None = None
    labels: dict[str, str] = field(default_factory=dict)  # section headings, footer, in `lang`

    def all_text(self) -> list[str]:
        """Every string the renderer may draw (the read-back checks the PDF against it too)."""
        out = [self.code, self.title, self.headline or "", self.summary or "", self.aspirations or ""]
        out += [f"{f.label} {f.value}" for f in self.facts]
        out += [*self.skills, *self.certifications, *self.desired_roles, *self.languages]
        for item in self.experience:
            out += [item.title or "", item.detail or "", item.description or ""]
        out += [e.text for e in self.education]
        if self.organization:
            out += [self.organization.name, self.organization.email or "", self.organization.phone or ""]
        out += list(self.labels.values())
        return [s for s in out if s]
