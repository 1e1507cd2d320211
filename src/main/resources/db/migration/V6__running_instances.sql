-- Every process of the service (and every one-shot run) that works on this database, with a heartbeat: a run whose
-- process stopped beating was cut off (killed, crashed) and is taken up again by a live one.
-- Times with their zone, written and compared by the database alone: processes in other zones agree.
CREATE TABLE service_instance (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    host         VARCHAR(255)             NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which process runs each job execution; a live process takes over an execution whose owner died.
CREATE TABLE run_owner (
    job_execution_id BIGINT      NOT NULL PRIMARY KEY,
    instance_id      VARCHAR(36) NOT NULL
);

-- A restart of a failed or cut-off execution, claimed once: of two processes restarting the same run at the same
-- moment, only the one whose row is inserted restarts it.
CREATE TABLE run_restart (
    previous_execution_id BIGINT      NOT NULL PRIMARY KEY,
    instance_id           VARCHAR(36) NOT NULL
);

-- The process an upload was queued in: if it dies before the run starts, another takes the upload up.
ALTER TABLE upload ADD COLUMN instance_id VARCHAR(36);
