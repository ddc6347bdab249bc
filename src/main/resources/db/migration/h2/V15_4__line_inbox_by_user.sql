-- line module: a family's erasure deletes what they wrote in groups too (events of other chats with their user id);
-- without this index that DELETE read the whole inbox (8 s for 100,000 events on H2: docs/records.md)
CREATE INDEX line_inbox_by_user ON line_inbox_event (user_id);
