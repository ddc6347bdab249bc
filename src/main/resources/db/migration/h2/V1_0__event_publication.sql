-- Spring Modulith event publication registry (events between modules survive restarts)
CREATE TABLE event_publication (
    id               UUID NOT NULL PRIMARY KEY,
    listener_id      VARCHAR(512) NOT NULL,
    event_type       VARCHAR(512) NOT NULL,
    serialized_event VARCHAR(1000000) NOT NULL,
    publication_date TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    completion_date  TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion ON event_publication (completion_date);
