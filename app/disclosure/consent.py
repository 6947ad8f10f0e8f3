"""The consent gate: a profile leaves only under an active ``share_anonymized_profile`` consent
whose scope is "any" (or absent) or this company."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

PURPOSE = "share_anonymized_profile"


@dataclass(frozen=True)
class ConsentDecision:
    allowed: bool
    reason: str  # why not (or which consent allows it), one line, no personal value


def _first_day(text: str) -> date:
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(text: str) -> date:
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return date(year, month, day)


def _same_company(scope: str, company: str) -> bool:
    return " ".join(scope.split()).casefold() == " ".join(company.split()).casefold()


def check(dossier: dict, company: str, today: date) -> ConsentDecision:
    """Decide for one dossier and one company. A partial date is read in the person's favour:
    a consent "given in 2026-05" starts on the 31st, one "withdrawn in 2026-06" ends on the 1st."""
    relevant = [c for c in dossier.get("consents", ()) if c.get("purpose") == PURPOSE]
    if not relevant:
        return ConsentDecision(False, "no consent to share an anonymized profile")
    in_scope = [
        c for c in relevant
        if (c.get("scope") or "any").strip().casefold() == "any" or _same_company(c["scope"], company)
    ]
    if not in_scope:
        return ConsentDecision(False, "the consent to share covers other companies only")
    reasons = []
    for consent in in_scope:
        withdrawn = consent.get("withdrawn_on")
        if withdrawn and _first_day(withdrawn) <= today:
            reasons.append(f"consent withdrawn on {withdrawn}")
            continue
        expires = consent.get("expires_on")
        if expires and _first_day(expires) <= today and _last_day(expires) < today:
            reasons.append(f"consent expired on {expires}")
            continue
        if _last_day(consent["given_on"]) > today:
            reasons.append(f"consent only applies from {consent['given_on']}")
            continue
        scope = "any company" if (consent.get("scope") or "any").strip().casefold() == "any" else "this company"
        return ConsentDecision(True, f"consent given on {consent['given_on']} for {scope}")
    return ConsentDecision(False, "; ".join(reasons))
