-- inquiry module: every consent text families agreed to before a hand-over, numbered in the order they were first
-- used (the text as the flow file wrote it); each inquiry records the version its family agreed to, and when
CREATE TABLE inquiry_consent_version (
    version       INT           NOT NULL PRIMARY KEY,
    text_hash     VARCHAR(64)   NOT NULL,
    consent_text  VARCHAR(10000) NOT NULL,
    first_used_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT inquiry_consent_version_hash_uk UNIQUE (text_hash)
);
ALTER TABLE inquiry ADD COLUMN consent_version INT;
ALTER TABLE inquiry ADD COLUMN consented_at TIMESTAMP(6) WITH TIME ZONE;
