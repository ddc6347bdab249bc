-- Spring Modulith event publication registry (events between modules survive restarts)
CREATE TABLE event_publication (
    id               UUID NOT NULL PRIMARY KEY,
    listener_id      TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    serialized_event TEXT NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion ON event_publication (completion_date);
