-- The responsibilities of the matrix a quarter was analysed with, so that a trend across two matrix versions can
-- compare only the responsibilities both share.
CREATE TABLE quarter_responsibility (
    team_id           VARCHAR(200) NOT NULL,
    quarter_label     VARCHAR(16)  NOT NULL,
    responsibility_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (team_id, quarter_label, responsibility_id),
    FOREIGN KEY (team_id, quarter_label) REFERENCES team_quarter (team_id, quarter_label) ON DELETE CASCADE
);
