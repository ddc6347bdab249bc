-- line module: when processing is far behind, a family waiting for an answer is told so by reply while the event's
-- reply token is still fresh (LateNotices); the time it was told, and the token is then cleared (used up)
ALTER TABLE line_inbox_event ADD COLUMN late_notice_at TIMESTAMP WITH TIME ZONE;
