-- conversation module: every flow version that went live (so conversations keep the version they started with,
-- and the last good version survives a restart), and each family's conversation state
CREATE TABLE conversation_flow_version (
    flow_id    VARCHAR(100) NOT NULL,
    version    VARCHAR(32)  NOT NULL,
    file_name  VARCHAR(200) NOT NULL,
    source     TEXT NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (flow_id, version)
);
CREATE INDEX conversation_flow_version_by_file ON conversation_flow_version (file_name, stored_at);

CREATE TABLE conversation_state (
    user_id        VARCHAR(80)  NOT NULL PRIMARY KEY,
    status         VARCHAR(12)  NOT NULL,
    flow_id        VARCHAR(100),
    flow_version   VARCHAR(32),
    state_id       VARCHAR(100),
    slots          TEXT NOT NULL,
    retries        INT          NOT NULL DEFAULT 0,
    turn           INT          NOT NULL DEFAULT 0,
    offers         TEXT NOT NULL,
    pending        TEXT,
    transcript     TEXT NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity  TIMESTAMP WITH TIME ZONE NOT NULL
);
