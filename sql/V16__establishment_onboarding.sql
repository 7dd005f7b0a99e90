-- Relais, establishments as clients (issue 16): a request made on the public form waits, unseen by
-- the association, until its contact's address is confirmed and a coordinator has checked them;
-- a site the form created stays archived (out of the public programme) until then.

ALTER TABLE establishment_request ADD COLUMN awaiting_contact_check boolean NOT NULL DEFAULT false;
CREATE INDEX establishment_request_created_idx ON establishment_request (created_at DESC)
    WHERE NOT awaiting_contact_check;

ALTER TABLE establishment_contact ADD COLUMN created_site boolean NOT NULL DEFAULT false;
CREATE INDEX establishment_contact_status_idx ON establishment_contact (status);
