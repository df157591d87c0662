-- The day's takings and the sales report read the payments settled in one business day
-- (settled_at in [start, end)); without this index each report read the whole payment table.
CREATE INDEX payment_by_settled_at ON payment (settled_at);
