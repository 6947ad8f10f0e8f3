-- The desk's dossier list at 100,000 dossiers: its orders and filters read these small indexes
-- instead of the wide dossiers rows and the interviews' notes (app/store/dossier_list.py).
CREATE INDEX dossiers_by_name ON dossiers (full_name COLLATE NOCASE);
CREATE INDEX dossiers_by_permission ON dossiers (work_permission);
CREATE INDEX interviews_by_date ON interviews (dossier_id, date);
