-- Relais, conventions (issue 16): every version's PDF is written once, when it is proposed, so the
-- establishment accepts exactly the file it read; its days, place and trainers as proposed are
-- kept with it (the sessions may change later, a version never does).

ALTER TABLE convention ADD COLUMN place varchar(600);
ALTER TABLE convention ADD COLUMN trainers varchar(600);
UPDATE convention SET place = '', trainers = '' WHERE place IS NULL;
ALTER TABLE convention ALTER COLUMN place SET NOT NULL;
ALTER TABLE convention ALTER COLUMN trainers SET NOT NULL;

-- Proposed or accepted, a version has its PDF and the SHA-256 of those bytes; an accepted one
-- also says who accepted it and when.
ALTER TABLE convention DROP CONSTRAINT convention_frozen;
ALTER TABLE convention ADD CONSTRAINT convention_frozen CHECK (
    pdf IS NOT NULL AND sha256 IS NOT NULL
    AND (accepted_at IS NULL) = (accepted_by_name IS NULL)
    AND (status <> 'ACCEPTED' OR accepted_at IS NOT NULL)
    AND (status <> 'PROPOSED' OR accepted_at IS NULL));

-- The days of a version, as proposed (Europe/Paris times are the sessions').
CREATE TABLE convention_day (
    convention_id bigint      NOT NULL REFERENCES convention (id),
    position      smallint    NOT NULL CHECK (position >= 0),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL CHECK (ends_at > starts_at),
    PRIMARY KEY (convention_id, position)
);

-- What a version says and its PDF are written once. Its state moves only forward: a proposed
-- version is accepted or withdrawn, an accepted one may only be superseded by a later version;
-- who accepted and when never change.
CREATE OR REPLACE FUNCTION convention_stays_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.pdf IS DISTINCT FROM OLD.pdf OR NEW.sha256 IS DISTINCT FROM OLD.sha256
            OR NEW.request_id <> OLD.request_id OR NEW.number <> OLD.number
            OR NEW.price_cents <> OLD.price_cents OR NEW.price_basis <> OLD.price_basis
            OR NEW.vat <> OLD.vat OR NEW.trainees <> OLD.trainees
            OR NEW.payment_terms <> OLD.payment_terms OR NEW.objectives <> OLD.objectives
            OR NEW.content <> OLD.content OR NEW.means <> OLD.means OR NEW.evaluation <> OLD.evaluation
            OR NEW.place <> OLD.place OR NEW.trainers <> OLD.trainers
            OR NEW.created_at <> OLD.created_at OR NEW.created_by <> OLD.created_by THEN
        RAISE EXCEPTION 'convention %: a version never changes, a new one is proposed', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'convention_frozen';
    END IF;
    IF OLD.accepted_at IS NOT NULL AND (NEW.accepted_at IS DISTINCT FROM OLD.accepted_at
            OR NEW.accepted_by_id IS DISTINCT FROM OLD.accepted_by_id
            OR NEW.accepted_by_name IS DISTINCT FROM OLD.accepted_by_name) THEN
        RAISE EXCEPTION 'convention % was accepted: it cannot change', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'convention_frozen';
    END IF;
    IF NEW.status <> OLD.status AND NOT (
            (OLD.status = 'PROPOSED' AND NEW.status IN ('ACCEPTED', 'WITHDRAWN'))
            OR (OLD.status = 'ACCEPTED' AND NEW.status = 'SUPERSEDED')) THEN
        RAISE EXCEPTION 'convention %: % cannot become %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'convention_frozen';
    END IF;
    RETURN NEW;
END $$;

-- The days of a version are written with it and never change; an accepted version keeps them.
CREATE FUNCTION convention_day_stays() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM convention c
                                   WHERE c.id = OLD.convention_id AND c.accepted_at IS NOT NULL) THEN
        RAISE EXCEPTION 'the days of convention % never change', OLD.convention_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'convention_frozen';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER convention_day_stays BEFORE UPDATE OR DELETE ON convention_day
    FOR EACH ROW EXECUTE FUNCTION convention_day_stays();
