from datetime import date

import pytest

from app.disclosure.consent import check

TODAY = date(2026, 11, 23)


def dossier(*consents):
    return {"ref": "X", "names": {"full": "X"}, "consents": list(consents)}


def share(**kw):
    return {"purpose": "share_anonymized_profile", "given_on": "2026-01-10", **kw}


@pytest.mark.parametrize(
    "consents, company, allowed, reason",
    [
        ([], "Acme", False, "no consent"),
        ([{"purpose": "store", "given_on": "2026-01-01"}], "Acme", False, "no consent"),
        ([share()], "Acme", True, "any company"),
        ([share(scope="any")], "Acme", True, "any company"),
        ([share(scope="ANY ")], "Acme", True, "any company"),
        ([share(scope="Acme")], "acme", True, "this company"),
        ([share(scope="Hakata  Logistics Co.")], "Hakata Logistics Co.", True, "this company"),
        ([share(scope="Other Co.")], "Acme", False, "other companies only"),
        ([share(withdrawn_on="2026-06-01")], "Acme", False, "withdrawn on 2026-06-01"),
        ([share(withdrawn_on="2026-11")], "Acme", False, "withdrawn"),
        ([share(withdrawn_on="2027-01-01")], "Acme", True, "any company"),
        ([share(expires_on="2026-11-22")], "Acme", False, "expired on 2026-11-22"),
        ([share(expires_on="2026-11")], "Acme", True, "any company"),  # until the month's end
        ([share(expires_on="2026-10")], "Acme", False, "expired"),
        ([share(given_on="2026-12-01")], "Acme", False, "only applies from"),
        ([share(given_on="2026-11")], "Acme", False, "only applies from"),  # read as the 30th
        ([share(withdrawn_on="2026-06-01"), share(given_on="2026-07-01")], "Acme", True, "2026-07-01"),
    ],
)
def test_consent_gate(consents, company, allowed, reason):
    decision = check(dossier(*consents), company, TODAY)
    assert decision.allowed is allowed
    assert reason in decision.reason


def test_the_sample_files_consents(sample_doc):
    s1, s2, s3 = sample_doc["dossiers"]
    assert check(s1, "Aichi Precision Parts", TODAY).allowed
    assert check(s2, "Hakata Logistics Co.", TODAY).allowed
    assert not check(s2, "Aichi Precision Parts", TODAY).allowed
    assert "withdrawn" in check(s3, "Shibuya Knit Studio", TODAY).reason
