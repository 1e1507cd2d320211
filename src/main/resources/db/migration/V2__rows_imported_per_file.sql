-- Rows imported per file, counted as they are stored: in long layout several rows make one person, so counting
-- people no longer gives the rows.
ALTER TABLE intake_file ADD COLUMN rows_imported INTEGER DEFAULT 0 NOT NULL;

CREATE INDEX intake_person_row ON intake_person (run_id, file_index, row_no);
