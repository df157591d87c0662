-- Who made each version: a staff member's id for a manager's change, "bar" for sold out / back on,
-- "store" for the bundled menu.
ALTER TABLE menu_version ADD COLUMN changed_by TEXT NOT NULL DEFAULT 'store';
