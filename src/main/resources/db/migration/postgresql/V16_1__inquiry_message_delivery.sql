-- inquiry module: a staff reply's outbox batch, so the console can show whether LINE took it (delivery truth)
ALTER TABLE inquiry_message ADD COLUMN outbox_batch_id BIGINT;
CREATE INDEX inquiry_message_by_batch ON inquiry_message (outbox_batch_id);
