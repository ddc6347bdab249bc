-- line module: find a chat's unsent batches without reading its whole history (outbox claim, next batch of a chat)
CREATE INDEX line_outbox_unsent_by_chat ON line_outbox_batch (chat_id, status, id);
