-- The team a data issue belongs to, where the row names one: a team's reports list their own rows' issues and those
-- of their files as a whole, not every other team's of the same organisation-wide file.
ALTER TABLE intake_issue ADD COLUMN team_id VARCHAR(200);
CREATE INDEX intake_issue_team ON intake_issue (run_id, team_id);
