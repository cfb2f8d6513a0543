-- Invoices closed without all their money (underpaid, expired, cancelled)
-- stay watched for the shop's monitoring window, counted from when they
-- closed (their last change).
CREATE INDEX invoices_monitored ON invoices (updated_at)
    WHERE status IN ('underpaid', 'expired', 'cancelled');
