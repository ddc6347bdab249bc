-- inquiry module: an inquiry made anonymous (on the family's request, or when its retention period ended) keeps its
-- month, center, category, municipality and answer times for the reports, and loses the LINE user id behind it
ALTER TABLE inquiry ALTER COLUMN user_id SET NULL;
ALTER TABLE inquiry ADD COLUMN anonymised_at TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX inquiry_by_closed ON inquiry (closed_at);
