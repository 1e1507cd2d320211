-- A report is mailed once per team, quarter and occasion: the quarterly run's message once, and each upload's once,
-- so a manager's upload mid-quarter does not take the place of the quarterly message. 'run' is a one-shot run's.
ALTER TABLE mail_message ADD COLUMN occasion VARCHAR(40) DEFAULT 'run' NOT NULL;
ALTER TABLE mail_message DROP CONSTRAINT mail_message_once;
ALTER TABLE mail_message ADD CONSTRAINT mail_message_once UNIQUE (team_id, quarter_label, occasion, recipient);

-- The process sending a pending message: if it dies, the message is taken on again at once, not after 15 minutes.
ALTER TABLE mail_message ADD COLUMN claimed_by VARCHAR(36);
