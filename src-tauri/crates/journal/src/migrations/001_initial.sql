-- The append-only truth: one row per event, each carrying the hash of the
-- one before it.
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    invoice_id TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL
);
CREATE INDEX events_by_invoice ON events (invoice_id, seq);

-- Current state, derived from the events in the same transaction that
-- appends them. `body` is the invoice as in its last event; the other
-- columns are copies of its fields for indexing.
CREATE TABLE invoices (
    id           TEXT    PRIMARY KEY,
    provider     TEXT    NOT NULL,
    provider_ref TEXT,
    order_id     TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    fiat         TEXT    NOT NULL,
    amount_fiat  TEXT    NOT NULL,
    currency     TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    last_seq     INTEGER NOT NULL,
    body         TEXT    NOT NULL
);
CREATE UNIQUE INDEX invoices_live_order ON invoices (order_id) WHERE status <> 'failed';
CREATE INDEX invoices_by_created ON invoices (created_at);
CREATE INDEX invoices_open ON invoices (status) WHERE status IN ('pending', 'confirming');

-- Configuration, not history: which gateways this till speaks to.
CREATE TABLE providers (
    name       TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL,
    base_url   TEXT,
    options    TEXT    NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL
);
