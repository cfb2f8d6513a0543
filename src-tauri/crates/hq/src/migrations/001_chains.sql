-- Every till's chain of events, as the tills shipped them. HQ only ever
-- adds to it: a batch must continue the chain it holds for that till
-- (checked below, in the database), and nothing here is updated or deleted.

CREATE TABLE hq_tills (
    till_id    TEXT PRIMARY KEY,
    shop       TEXT NOT NULL,
    name       TEXT NOT NULL,
    head_seq   BIGINT NOT NULL DEFAULT 0,
    head_hash  TEXT NOT NULL,
    shipped_at TIMESTAMPTZ
);

CREATE TABLE hq_events (
    till_id   TEXT   NOT NULL REFERENCES hq_tills (till_id),
    seq       BIGINT NOT NULL,
    at        TEXT   NOT NULL,
    kind      TEXT   NOT NULL,
    subject   TEXT   NOT NULL,
    body      TEXT   NOT NULL,
    prev_hash TEXT   NOT NULL,
    hash      TEXT   NOT NULL,
    shop      TEXT   NOT NULL,
    till_name TEXT   NOT NULL,
    PRIMARY KEY (till_id, seq)
);

-- A batch continues the chain: its first event follows the till's head,
-- each next one the event before it. Checked once per statement, over all
-- the rows it inserts, then the head moves.
CREATE FUNCTION hq_continue_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad RECORD;
BEGIN
    FOR bad IN
        WITH n AS (
            SELECT r.till_id, r.seq, r.prev_hash,
                   lag(r.seq) OVER w AS seq_before,
                   lag(r.hash) OVER w AS hash_before
            FROM new_rows r
            WINDOW w AS (PARTITION BY r.till_id ORDER BY r.seq)
        )
        SELECT n.till_id, n.seq FROM n JOIN hq_tills t ON t.till_id = n.till_id
        WHERE (n.seq_before IS NULL AND (n.seq <> t.head_seq + 1 OR n.prev_hash <> t.head_hash))
           OR (n.seq_before IS NOT NULL AND (n.seq <> n.seq_before + 1 OR n.prev_hash <> n.hash_before))
        LIMIT 1
    LOOP
        RAISE EXCEPTION 'event % of till % does not continue the chain HQ holds', bad.seq, bad.till_id
            USING ERRCODE = 'P0001', HINT = 'chain';
    END LOOP;
    UPDATE hq_tills t SET head_seq = m.seq, head_hash = m.hash, shipped_at = now()
    FROM (SELECT DISTINCT ON (till_id) till_id, seq, hash FROM new_rows ORDER BY till_id, seq DESC) m
    WHERE t.till_id = m.till_id;
    RETURN NULL;
END $$;

CREATE TRIGGER hq_events_continue_chain AFTER INSERT ON hq_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hq_continue_chain();

CREATE FUNCTION hq_never_overwrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'HQ never changes or removes an event it holds';
END $$;

CREATE TRIGGER hq_events_never_overwrite BEFORE UPDATE OR DELETE ON hq_events
    FOR EACH ROW EXECUTE FUNCTION hq_never_overwrite();

-- What a till's events say now, per till: derived by the code that ships,
-- in the transaction that adds the events.
CREATE TABLE hq_invoices (
    till_id     TEXT        NOT NULL,
    id          TEXT        NOT NULL,
    shop        TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    fiat        TEXT        NOT NULL,
    amount_fiat NUMERIC     NOT NULL,
    currency    TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    paid_at     TIMESTAMPTZ,
    last_seq    BIGINT      NOT NULL,
    body        TEXT        NOT NULL,
    PRIMARY KEY (till_id, id)
);
-- The owner's questions: one day across every till, one till across a
-- year, one shop.
CREATE INDEX hq_invoices_by_created ON hq_invoices (created_at);
CREATE INDEX hq_invoices_by_paid ON hq_invoices (paid_at, created_at) WHERE paid_at IS NOT NULL;
CREATE INDEX hq_invoices_by_till ON hq_invoices (till_id, created_at);
CREATE INDEX hq_invoices_by_shop ON hq_invoices (shop, created_at);

CREATE TABLE hq_withdrawals (
    till_id  TEXT   NOT NULL,
    id       TEXT   NOT NULL,
    status   TEXT   NOT NULL,
    last_seq BIGINT NOT NULL,
    body     TEXT   NOT NULL,
    PRIMARY KEY (till_id, id)
);

CREATE TABLE hq_zreports (
    till_id   TEXT        NOT NULL,
    number    BIGINT      NOT NULL,
    closed_at TIMESTAMPTZ NOT NULL,
    body      TEXT        NOT NULL,
    PRIMARY KEY (till_id, number)
);

-- What HQ refused and why: a fork, a rewritten or cut history.
CREATE TABLE hq_alerts (
    id      BIGSERIAL PRIMARY KEY,
    till_id TEXT        NOT NULL,
    at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    seq     BIGINT,
    message TEXT        NOT NULL
);
