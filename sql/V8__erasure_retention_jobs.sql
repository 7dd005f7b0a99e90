-- Relais, trust: erased accounts, the retention job, the admins' view of scheduled jobs.

-- An erased account keeps only what anonymous statistics need (status, profession, region):
-- no e-mail, no password, and a name only while a sign-in sheet legally requires it.
ALTER TABLE account ADD COLUMN erased_at timestamptz;

-- The retention job looks accounts up by their last sign-in (or creation).
CREATE INDEX account_last_activity_idx ON account ((COALESCE(last_login_at, created_at)))
    WHERE erased_at IS NULL;

-- The last run of each scheduled job, for the administrators' page.
CREATE TABLE job_run (
    name            varchar(40)   PRIMARY KEY,
    started_at      timestamptz   NOT NULL,
    finished_at     timestamptz,
    outcome         varchar(10)   NOT NULL CHECK (outcome IN ('RUNNING', 'OK', 'FAILED')),
    details         varchar(1000),
    runs            bigint        NOT NULL DEFAULT 0,
    failures        bigint        NOT NULL DEFAULT 0,
    last_failure_at timestamptz
);

-- The audit log, newest first, for the administrators' page.
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
