-- The sweep that lets go of orders whose payment failed and were left reads them by status and
-- last change (status = 'PAYMENT_FAILED' AND updated_at < ? ORDER BY updated_at); without this
-- index every sweep read every order the store ever took.
CREATE INDEX customer_order_by_status ON customer_order (status, updated_at);
