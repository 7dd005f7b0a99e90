-- Issue 14: how many people may wait for a seat of a session. NULL (every session until now, and
-- a form left empty) means as many as the session has seats, so a 20-seat session never shows a
-- waitlist position of 161 again.
ALTER TABLE session ADD COLUMN waitlist_limit integer
  CONSTRAINT session_waitlist_limit_range CHECK (waitlist_limit BETWEEN 0 AND 1000);
