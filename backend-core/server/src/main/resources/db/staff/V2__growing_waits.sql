-- Wrong PINs no longer lock a member out for a flat 5 minutes: from the fifth in a row each makes
-- the next wait longer, counted from the last (last_wrong_at, epoch millis), and an hour without
-- one forgets them. The counts kept under the old rule start afresh.
ALTER TABLE staff_member RENAME COLUMN locked_until TO last_wrong_at;
UPDATE staff_member SET wrong_in_a_row = 0, last_wrong_at = NULL;
