-- needs the column of V2: runs only if versions are ordered as numbers
INSERT INTO drink (id, price_won) VALUES ('espresso', 3000);
