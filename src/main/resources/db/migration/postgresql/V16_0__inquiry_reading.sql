-- inquiry module: how far each counsellor has read each inquiry's transcript (the console's unread mark)
CREATE TABLE inquiry_reading (
    inquiry_id BIGINT      NOT NULL,
    username   VARCHAR(64) NOT NULL,
    read_upto  BIGINT      NOT NULL,
    read_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (inquiry_id, username),
    CONSTRAINT inquiry_reading_inquiry_fk FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE
);
