-- Relais, accounts for administrators: deactivation, and invitations by mail.

-- A deactivated account cannot sign in and its open sessions end; its history stays.
ALTER TABLE account ADD COLUMN deactivated_at timestamptz;

-- Invitation links share the single-use, hash-only table of password resets; only resets count
-- against the hourly limit of "Mot de passe oublié".
ALTER TABLE password_reset ADD COLUMN purpose varchar(12) NOT NULL DEFAULT 'RESET'
    CHECK (purpose IN ('RESET', 'INVITATION'));

-- The administrators' search looks accounts up by role.
CREATE INDEX account_role_role_idx ON account_role (role);
