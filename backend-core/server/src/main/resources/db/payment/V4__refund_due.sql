-- A cancelled order's refund that the card network could not take (down, or the breaker open) is
-- owed (refund_due) and tried again by a sweep until the network takes it, instead of the
-- cancellation being dead-lettered after three quick tries with the customer's money kept.
ALTER TABLE payment ADD COLUMN refund_due INTEGER NOT NULL DEFAULT 0;
CREATE INDEX payment_refund_due ON payment (refund_due) WHERE refund_due = 1;
