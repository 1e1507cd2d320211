-- Every process of the service (and every one-shot run) that works on this database, with a heartbeat: a run whose
-- process stopped beating was cut off (killed, crashed) and is taken up again by a live one.
CREATE TABLE service_instance (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    host         VARCHAR(255) NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    heartbeat_at TIMESTAMP    NOT NULL
);

-- Which process runs each job execution; a live process takes over an execution whose owner died.
CREATE TABLE run_owner (
    job_execution_id BIGINT      NOT NULL PRIMARY KEY,
    instance_id      VARCHAR(36) NOT NULL
);

-- The process an upload was queued in: if it dies before the run starts, another takes the upload up.
ALTER TABLE upload ADD COLUMN instance_id VARCHAR(36);
