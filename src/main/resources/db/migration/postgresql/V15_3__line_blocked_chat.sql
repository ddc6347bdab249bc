-- line module: chats whose family blocked the account (an unfollow event), until they add it again: what is waiting to
-- be sent to them is cancelled, and a message LINE does not take is not retried
CREATE TABLE line_blocked_chat (
    chat_id    VARCHAR(80) NOT NULL PRIMARY KEY,
    blocked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
