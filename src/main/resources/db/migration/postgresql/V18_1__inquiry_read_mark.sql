-- inquiry module: the newest LINE read token (markAsReadToken) of a family's message in an open inquiry, kept only
-- for centers that mark messages as read when the holder opens the inquiry (centers.yaml mark-as-read); used once
CREATE TABLE inquiry_read_mark (
    inquiry_id  BIGINT        NOT NULL PRIMARY KEY,
    token       VARCHAR(1000) NOT NULL,
    received_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT inquiry_read_mark_inquiry_fk FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE
);
