-- Relais, reports: what the dashboards group by, and the indexes their set-based queries use.

-- Professional or student, copied when the response is started: wellbeing is reported by
-- audience without linking the response to an account.
ALTER TABLE survey_response
    ADD COLUMN respondent_status varchar(20) CHECK (respondent_status IN ('PROFESSIONAL', 'STUDENT'));

CREATE INDEX registration_session_idx ON registration (session_id, status);
CREATE INDEX survey_response_day_idx ON survey_response (submitted_on) WHERE submitted;
CREATE INDEX survey_response_session_idx ON survey_response (session_id);
CREATE INDEX survey_invitation_campaign_idx ON survey_invitation (campaign_id, session_id);
CREATE INDEX survey_answer_item_idx ON survey_answer (item_id);
