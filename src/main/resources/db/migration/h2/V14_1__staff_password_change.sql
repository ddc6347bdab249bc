-- staff module: an account whose password was set by someone else (the one-time password of the first run in local
-- mode, or a reset by an administrator) must choose its own at the next sign-in
ALTER TABLE staff_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
