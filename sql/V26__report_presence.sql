-- Relais, issue 21 (reports at ten times the size): per registration, what its attendance lines
-- add up to, kept up to date by triggers, so that the activity report reads one narrow row per
-- registration of the period instead of aggregating its half-days each time (at ten times the
-- association's size that aggregate was most of the report's time).
--
-- Counts rather than flags, changed by the difference each statement makes: two transactions
-- marking half-days of the same registration at once add up (an ON CONFLICT DO UPDATE works on
-- the latest committed row), where recomputing from each one's snapshot would lose one of them.
-- came = present > 0 (present or late at one half-day at least), no_show = absent = half_days
-- (absent without excuse at every half-day recorded); no row, or half_days = 0: no line.
-- ReportsBeforeAfterIT checks it against the attendance lines themselves.
CREATE TABLE registration_presence (
    registration_id bigint  PRIMARY KEY REFERENCES registration (id) ON DELETE CASCADE,
    half_days       integer NOT NULL,
    present         integer NOT NULL,
    absent          integer NOT NULL
);

CREATE FUNCTION registration_presence_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO registration_presence AS p (registration_id, half_days, present, absent)
        SELECT registration_id, count(*), count(*) FILTER (WHERE status IN ('PRESENT', 'LATE')),
               count(*) FILTER (WHERE status = 'ABSENT')
          FROM new_lines GROUP BY registration_id
        ON CONFLICT (registration_id) DO UPDATE
           SET half_days = p.half_days + EXCLUDED.half_days, present = p.present + EXCLUDED.present,
               absent = p.absent + EXCLUDED.absent;
    ELSIF TG_OP = 'UPDATE' THEN
        -- New lines count, old ones uncount; a change that moves no count (the retention job
        -- clearing signatures) writes nothing.
        INSERT INTO registration_presence AS p (registration_id, half_days, present, absent)
        SELECT registration_id, half_days, present, absent
          FROM (SELECT registration_id, sum(n) AS half_days,
                       coalesce(sum(n) FILTER (WHERE status IN ('PRESENT', 'LATE')), 0) AS present,
                       coalesce(sum(n) FILTER (WHERE status = 'ABSENT'), 0) AS absent
                  FROM (SELECT registration_id, status, 1 AS n FROM new_lines
                        UNION ALL SELECT registration_id, status, -1 FROM old_lines) l
                 GROUP BY registration_id) d
         WHERE half_days <> 0 OR present <> 0 OR absent <> 0
        ON CONFLICT (registration_id) DO UPDATE
           SET half_days = p.half_days + EXCLUDED.half_days, present = p.present + EXCLUDED.present,
               absent = p.absent + EXCLUDED.absent;
    ELSE
        UPDATE registration_presence p
           SET half_days = p.half_days - d.half_days, present = p.present - d.present,
               absent = p.absent - d.absent
          FROM (SELECT registration_id, count(*) AS half_days,
                       count(*) FILTER (WHERE status IN ('PRESENT', 'LATE')) AS present,
                       count(*) FILTER (WHERE status = 'ABSENT') AS absent
                  FROM old_lines GROUP BY registration_id) d
         WHERE p.registration_id = d.registration_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER registration_presence_insert AFTER INSERT ON attendance
    REFERENCING NEW TABLE AS new_lines
    FOR EACH STATEMENT EXECUTE FUNCTION registration_presence_sync();
CREATE TRIGGER registration_presence_update AFTER UPDATE ON attendance
    REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines
    FOR EACH STATEMENT EXECUTE FUNCTION registration_presence_sync();
CREATE TRIGGER registration_presence_delete AFTER DELETE ON attendance
    REFERENCING OLD TABLE AS old_lines
    FOR EACH STATEMENT EXECUTE FUNCTION registration_presence_sync();

INSERT INTO registration_presence (registration_id, half_days, present, absent)
SELECT registration_id, count(*), count(*) FILTER (WHERE status IN ('PRESENT', 'LATE')),
       count(*) FILTER (WHERE status = 'ABSENT')
  FROM attendance GROUP BY registration_id;

-- The satisfaction report counts the invitations of the period's sessions: by session first, so
-- that a year is read through its sessions rather than every invitation of every year.
CREATE INDEX survey_invitation_session_idx ON survey_invitation (session_id, campaign_id);
