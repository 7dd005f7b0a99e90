-- Relais, establishments as clients (issue 16, helper D): the client's opinion. Once a request is
-- held, its establishment's contacts are asked a short questionnaire ("Avis de l'établissement"),
-- a satisfaction campaign of its own phase, CLIENT, sent at once (no weeks to wait); the answers
-- are kept under a pseudonym like every other answer, on the request's last session.

-- V5's two checks on the phase (its values; "weeks only for cold and after") were named by
-- PostgreSQL: find them rather than guess their names.
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'campaign'::regclass AND contype = 'c'
               AND pg_get_constraintdef(oid) LIKE '%phase%' LOOP
        EXECUTE format('ALTER TABLE campaign DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;
ALTER TABLE campaign ADD CONSTRAINT campaign_phase_check
    CHECK (phase IN ('HOT', 'COLD', 'BEFORE', 'AFTER', 'CLIENT'));
ALTER TABLE campaign ADD CONSTRAINT campaign_weeks_check
    CHECK (phase IN ('HOT', 'BEFORE', 'CLIENT') OR weeks_after > 0);

-- The establishment totals (coordinators' page, activity report) read conventions by request;
-- erasure finds a person's staff invitations by account.
CREATE INDEX IF NOT EXISTS convention_request_idx ON convention (request_id, status);
CREATE INDEX IF NOT EXISTS staff_invitation_account_idx ON staff_invitation (account_id);
