-- A staged person's levels live in their own row, as "id=level" pairs in responsibility id order
-- ("cloud-storage=3,kubernetes=2"): one insert per person instead of one per level, which made storing the rows
-- take many times longer than reading them. Staged rows only serve the run that imported them.
ALTER TABLE intake_person ADD COLUMN levels VARCHAR(60000) DEFAULT '' NOT NULL;
DROP TABLE intake_level;
