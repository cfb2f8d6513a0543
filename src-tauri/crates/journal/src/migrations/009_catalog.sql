-- The shop's items, derived from their audit entries (item_saved,
-- item_removed) in the same transaction and replayed by `journal verify`.
CREATE TABLE catalog (
    sku        TEXT    PRIMARY KEY,
    name       TEXT    NOT NULL,
    price      TEXT    NOT NULL,
    tax_rate   TEXT    NOT NULL,
    category   TEXT,
    active     INTEGER NOT NULL,
    updated_at TEXT    NOT NULL
);
