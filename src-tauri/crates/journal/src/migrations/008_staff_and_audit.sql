-- Facts about the journal itself (where its key starts, this till's id).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A provider's own id: keyring credentials are filed under it. Providers
-- already configured keep their name as id, which is where their
-- credentials already are.
ALTER TABLE providers ADD COLUMN id TEXT;
UPDATE providers SET id = name;
CREATE UNIQUE INDEX providers_by_id ON providers (id);

-- The people who work the till, derived from their `staff` events like
-- invoices are from theirs.
CREATE TABLE staff (
    id       TEXT    PRIMARY KEY,
    name     TEXT    NOT NULL,
    role     TEXT    NOT NULL,
    active   INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    body     TEXT    NOT NULL
);
CREATE UNIQUE INDEX staff_active_name ON staff (name COLLATE NOCASE) WHERE active = 1;
CREATE UNIQUE INDEX staff_one_owner ON staff (role) WHERE active = 1 AND role = 'owner';

-- The audit trail by day, and everything about people and configuration
-- in order, for the check each process makes when it opens the journal.
CREATE INDEX events_audit_by_time ON events (at) WHERE kind = 'audit';
CREATE INDEX events_people_and_config ON events (seq) WHERE kind IN ('audit', 'staff');
