-- The retry key (a random UUID the outbox makes for each batch, sent to LINE as X-Line-Retry-Key) is never looked up
-- by the bot; its unique constraint only made every stored answer check and update one more index, at a random place
-- (issue 18: the second most costly index write per event on H2). A random UUID is unique without it.
ALTER TABLE line_outbox_batch DROP CONSTRAINT line_outbox_retry_key_uk;
