-- Everything of the interchange format, v1. Lists keep their order through ``position``.
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE dossiers (
    id                INTEGER PRIMARY KEY,
    ref               TEXT NOT NULL UNIQUE,
    full_name         TEXT NOT NULL,
    given_name        TEXT,
    family_name       TEXT,
    preferred_name    TEXT,
    birth_date        TEXT,
    gender            TEXT,
    country_of_origin TEXT,
    hometown          TEXT,
    address           TEXT,
    residence_status  TEXT,
    work_permission   TEXT,
    card_number       TEXT,
    residence_expires TEXT,
    residence_notes   TEXT,
    available_from    TEXT,
    summary           TEXT,
    aspirations       TEXT,
    story             TEXT,
    health            TEXT,
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX dossiers_by_update ON dossiers (updated_at DESC, id DESC);

-- Simple lists: aliases, other scripts, nationalities, phones, emails, messaging, skills,
-- desired roles, preferred locations, employment types.
CREATE TABLE dossier_values (
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    position   INTEGER NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (dossier_id, field, position)
) WITHOUT ROWID;
CREATE INDEX dossier_values_by_value ON dossier_values (field, value);

CREATE TABLE dossier_languages (
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    language   TEXT NOT NULL,
    level      TEXT,
    PRIMARY KEY (dossier_id, position)
) WITHOUT ROWID;

CREATE TABLE dossier_education (
    dossier_id  INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    level       TEXT,
    field       TEXT,
    institution TEXT,
    country     TEXT,
    start_year  INTEGER,
    end_year    INTEGER,
    completed   INTEGER,
    PRIMARY KEY (dossier_id, position)
) WITHOUT ROWID;

CREATE TABLE dossier_experience (
    dossier_id    INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    title         TEXT,
    employer      TEXT,
    employer_kind TEXT,
    sector        TEXT,
    country       TEXT,
    start_date    TEXT,
    end_date      TEXT,
    description   TEXT,
    PRIMARY KEY (dossier_id, position)
) WITHOUT ROWID;

CREATE TABLE dossier_certifications (
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    year       INTEGER,
    PRIMARY KEY (dossier_id, position)
) WITHOUT ROWID;

CREATE TABLE dossier_family (
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT,
    relation   TEXT,
    location   TEXT,
    notes      TEXT,
    PRIMARY KEY (dossier_id, position)
) WITHOUT ROWID;

CREATE TABLE interviews (
    id          INTEGER PRIMARY KEY,
    dossier_id  INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    date        TEXT NOT NULL,
    mode        TEXT,
    interviewer TEXT,
    notes       TEXT
);
CREATE INDEX interviews_by_dossier ON interviews (dossier_id, position);

CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    dossier_id   INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    purpose      TEXT NOT NULL,
    scope        TEXT,
    given_on     TEXT NOT NULL,
    expires_on   TEXT,
    withdrawn_on TEXT,
    method       TEXT
);
CREATE INDEX consents_by_dossier ON consents (dossier_id, position);

-- Attachments live here, inside the encrypted database, never as files.
CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    dossier_id     INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    number         TEXT,
    issuer_country TEXT,
    file_name      TEXT,
    media_type     TEXT,
    size           INTEGER,
    content        BLOB
);
CREATE INDEX documents_by_dossier ON documents (dossier_id, position);

CREATE TABLE companies (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    sector     TEXT,
    prefecture TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE company_contacts (
    company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT,
    email      TEXT,
    phone      TEXT,
    role       TEXT,
    PRIMARY KEY (company_id, position)
) WITHOUT ROWID;

-- Full-text search over a dossier, rowid = dossiers.id. Trigrams find substrings in any script
-- (Japanese has no spaces to split words on). The text is folded (case, width, accents) in
-- Python before it is indexed, so plain SQLite and SQLCipher of any version behave the same.
CREATE VIRTUAL TABLE dossier_search USING fts5 (
    names, skills, body,
    tokenize = 'trigram'
);
