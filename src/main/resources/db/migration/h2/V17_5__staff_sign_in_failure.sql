-- staff module: failed sign-ins counted for the throttle (staff.signin.SignInThrottle), shared by every process on the
-- database so that a second process does not double the tries allowed. kind: ADDRESS (a client address), ACCOUNT (a
-- username tried from browsers it does not know, existing or not), DEVICE (a known browser's own failures). Only the
-- key's SHA-256 is stored: no address, no username (a guess may be a password typed in the wrong field), no cookie.
-- Rows are forgotten after the throttle's memory (app.staff.sign-in.*-memory) and purged by the throttle.
-- (staff_account's failed_attempts and locked_until, from the old lock-out, stay unused: an older version still reads
-- them during a rolling upgrade.)
CREATE TABLE staff_sign_in_failure (
    kind     VARCHAR(8)  NOT NULL,
    key_hash VARCHAR(64) NOT NULL,
    failures INT         NOT NULL,
    last_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_sign_in_failure_pk PRIMARY KEY (kind, key_hash)
);
CREATE INDEX staff_sign_in_failure_by_time ON staff_sign_in_failure (last_at);
