-- line module: every look-up of a chat's batches (its unsent batches, the claim's order check) uses
-- line_outbox_unsent_by_chat (chat_id, status, id); line_outbox_by_chat (chat_id, id) only cost upkeep on every insert
DROP INDEX line_outbox_by_chat;
