-- Takings count on the day money settled, per cashier: both indexed.
ALTER TABLE invoices ADD COLUMN paid_at TEXT;
ALTER TABLE invoices ADD COLUMN cashier TEXT;
UPDATE invoices SET paid_at = json_extract(body, '$.paid_at'), cashier = json_extract(body, '$.cashier');
CREATE INDEX invoices_by_paid ON invoices (paid_at) WHERE paid_at IS NOT NULL;
