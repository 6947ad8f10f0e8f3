-- Disclosure: candidate codes, the caseworker's per-dossier overrides, and the disclosure log.

-- One random code per (dossier, company): stable for that company, different for every company,
-- derived from nothing internal.
CREATE TABLE candidate_codes (
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    code       TEXT NOT NULL UNIQUE,
    PRIMARY KEY (dossier_id, company_id)
) WITHOUT ROWID;

-- A field moved to a stricter class for one dossier ("skills" → restricted: never shared).
CREATE TABLE field_overrides (
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    class      TEXT NOT NULL CHECK (class IN ('identifying', 'restricted', 'quasi')),
    PRIMARY KEY (dossier_id, field)
) WITHOUT ROWID;

-- Words the caseworker marked "never share" in a free-text field.
CREATE TABLE never_share (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX never_share_by_dossier ON never_share (dossier_id);

-- Every export, append-only and hash-chained (HMAC under a key derived from the data key).
-- No foreign keys: deleting a dossier or a company must not touch its history.
CREATE TABLE disclosures (
    seq            INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    dossier_id     INTEGER NOT NULL,
    company_id     INTEGER NOT NULL,
    candidate_code TEXT NOT NULL,
    record         TEXT NOT NULL,   -- canonical JSON of everything else the entry says
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL UNIQUE
);
CREATE INDEX disclosures_by_dossier ON disclosures (dossier_id);
CREATE INDEX disclosures_by_company ON disclosures (company_id);
CREATE TRIGGER disclosures_are_not_updated BEFORE UPDATE ON disclosures
BEGIN
    SELECT RAISE (ABORT, 'the disclosure log is append-only');
END;
CREATE TRIGGER disclosures_are_not_deleted BEFORE DELETE ON disclosures
BEGIN
    SELECT RAISE (ABORT, 'the disclosure log is append-only');
END;
