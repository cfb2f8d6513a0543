-- Withdrawals are events in the same hash chain as invoices (kind
-- 'withdrawal', the withdrawal's id in invoice_id); this is their current
-- state, derived in the same transaction and checked by `journal verify`.
CREATE TABLE withdrawals (
    id         TEXT    PRIMARY KEY,
    provider   TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    last_seq   INTEGER NOT NULL,
    body       TEXT    NOT NULL
);
CREATE INDEX withdrawals_open ON withdrawals (status)
    WHERE status NOT IN ('completed', 'failed');

-- The owner's saved payout addresses.
CREATE TABLE payout_addresses (
    id       INTEGER PRIMARY KEY,
    label    TEXT NOT NULL,
    asset    TEXT NOT NULL,
    address  TEXT NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (asset, address)
);
