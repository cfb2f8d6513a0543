-- Closed shifts, derived from their `shift_closed` events like invoices
-- are from theirs. Numbers run 1, 2, 3... without gaps.
CREATE TABLE shifts (
    number    INTEGER PRIMARY KEY,
    closed_at TEXT    NOT NULL,
    seq       INTEGER NOT NULL,
    body      TEXT    NOT NULL
);

-- A shift covers a range of events, not of clock times: the event that
-- created each invoice and the one that settled its money say which shift
-- counts it, however close together the clock ran.
ALTER TABLE invoices ADD COLUMN created_seq INTEGER;
ALTER TABLE invoices ADD COLUMN settled_seq INTEGER;
UPDATE invoices SET
    created_seq = (SELECT min(e.seq) FROM events e WHERE e.invoice_id = invoices.id),
    settled_seq = (SELECT min(e.seq) FROM events e WHERE e.invoice_id = invoices.id
                   AND json_extract(e.body, '$.paid_at') = invoices.paid_at);
CREATE INDEX invoices_by_created_seq ON invoices (created_seq);
CREATE INDEX invoices_by_settled_seq ON invoices (settled_seq) WHERE settled_seq IS NOT NULL;
